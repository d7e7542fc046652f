"""Real people's pen-written digits (UNIPEN section 1a, CC BY 4.0): their strokes, drawn the pad's way.

The bundled ``resources/pen-digits/unipen-1a-digits.npz`` holds 8,570 isolated digits written on
tablets by 93 people at 11 sites, as the pen's paths (its README gives the format and the credit).
``render`` puts a digit's strokes on the pad's 280×280 canvas at a size, place and brush width a
person might use, and turns them into the network's 784 inputs with ``core.strokes.strokes_to_inputs``,
the very function the pad's ``seen()`` calls: what the network trains on is what the pad shows it.

``strokes_to_inputs`` scales a digit's centre lines to MNIST's 20-px box and centres them, so the
size, place and brush a person uses wash out: two renderings of the same digit at other sizes, places
and brushes differ by at most 1/255 in any pixel (measured over 400 digits). One rendering of each
digit is therefore all there is; ``tools/render_pen_digits.py`` stores it in
``resources/pen-digits/rendered.npz`` (a test re-renders digits and compares), and training varies
the digits by warping them like MNIST's (``core.augment``).

``writer_split`` splits the digits **by writer** into train / tune / test (no writer in two parts),
so a network is graded on people it has never seen. Pure NumPy.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.strokes import strokes_to_inputs

CANVAS = 280.0  # the pad's canvas side, in canvas pixels (gui.left_column.drawing_pad.CANVAS_SIZE)
HEIGHT = (90.0, 240.0)  # a written digit's height on the canvas, canvas px: drawn uniformly from this range
BRUSH = (4.0, 40.0)  # the pad's brush widths (its slider's range), canvas px
SPLIT_SEED = 0  # the writer split's seed: the README and bench/ report the split it gives
SPLIT_SHARES = {"train": 0.6, "tune": 0.2, "test": 0.2}  # of each site's digits, writer by writer


class PenDigitsError(ValueError):
    """The pen-digits file is missing, unreadable or inconsistent (the message names the file)."""


@dataclass(frozen=True)
class PenDigits:
    """Digits as strokes. Digit i is strokes ``digit_start[i]`` … ``digit_start[i+1]-1``; stroke k is
    ``points[stroke_start[k]:stroke_start[k+1]]`` ((n, 2) float32 (x, y), y down, the digit's height 1)."""

    points: np.ndarray  # (P, 2) float32
    stroke_start: np.ndarray  # (S + 1,) int64
    digit_start: np.ndarray  # (D + 1,) int64
    labels: np.ndarray  # (D,) int64, 0–9
    writers: np.ndarray  # (D,) int64, index into writer_names
    sites: np.ndarray  # (D,) int64, index into site_names
    writer_names: tuple[str, ...]
    site_names: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.labels)

    def strokes(self, i: int) -> list[np.ndarray]:
        """Digit i's strokes in the order written: [(n, 2) float32 (x, y)], height 1, top-left at (0, 0)."""
        first, last = int(self.digit_start[i]), int(self.digit_start[i + 1])
        return [self.points[self.stroke_start[k] : self.stroke_start[k + 1]] for k in range(first, last)]


def default_path() -> Path:
    from resources import path

    return path("pen-digits", "unipen-1a-digits.npz")


def rendered_path() -> Path:
    from resources import path

    return path("pen-digits", "rendered.npz")


def load_rendered(digits: PenDigits, path: str | Path | None = None) -> np.ndarray:
    """The bundled rendering of every digit: uint8 (D, 28, 28), in the order of ``digits``; raises PenDigitsError."""
    path = Path(path) if path is not None else rendered_path()
    try:
        with np.load(path, allow_pickle=False) as z:
            images = np.asarray(z["images"])
    except FileNotFoundError:
        raise PenDigitsError(f"{path}: no such file (the pen-written digits, rendered; tools/render_pen_digits.py makes it)") from None
    except (OSError, ValueError, KeyError) as problem:
        raise PenDigitsError(f"{path}: not a rendering of the pen digits ({problem})") from None
    if images.dtype != np.uint8 or images.shape != (len(digits), 28, 28):
        raise PenDigitsError(f"{path}: holds {images.shape} {images.dtype} images, not ({len(digits)}, 28, 28) uint8")
    return images


# the parts a network learns from. Settings are chosen with the train writers' digits alone, graded on the tune
# writers or by cross-validation over both (bench/tune_pen.py); the chosen recipe then learns from both parts,
# 73 people: 37 → 55 people learning took the other people's accuracy 96.1 → 96.5 % (cross-validated, seeds 0–1).
# The test writers are never learned from.
LEARNED_FROM = ("train", "tune")


def check_learnable(parts: tuple[str, ...]) -> None:
    """Raise ValueError unless ``parts`` names some of the parts a network may learn from (never "test")."""
    if not parts or not set(parts) <= {"train", "tune"}:
        raise ValueError(f"pen digits are learned from the train and tune writers only, not {parts}")


def training_part(parts: tuple[str, ...] = LEARNED_FROM, seed: int = SPLIT_SEED) -> tuple[np.ndarray, np.ndarray]:
    """The digits of the writers in ``parts`` ("train", "tune") as images uint8 (n, 28, 28) and labels uint8 (n,)."""
    check_learnable(parts)
    digits = load_pen_digits()
    images = load_rendered(digits)
    split = writer_split(digits, seed)
    chosen = np.sort(np.concatenate([split[part] for part in parts]))
    return images[chosen], digits.labels[chosen].astype(np.uint8)


def load_pen_digits(path: str | Path | None = None) -> PenDigits:
    """Read the pen-digits file (default: the bundled one); raises PenDigitsError naming the file."""
    path = Path(path) if path is not None else default_path()
    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {name: np.asarray(z[name]) for name in ("points", "stroke_start", "digit_start", "label", "site", "writer", "sites", "writers")}
    except FileNotFoundError:
        raise PenDigitsError(f"{path}: no such file (the pen-written digits)") from None
    except (OSError, ValueError, KeyError) as problem:
        raise PenDigitsError(f"{path}: not a pen-digits file ({problem})") from None
    digits = PenDigits(
        points=arrays["points"].astype(np.float32).reshape(-1, 2),
        stroke_start=arrays["stroke_start"].astype(np.int64),
        digit_start=arrays["digit_start"].astype(np.int64),
        labels=arrays["label"].astype(np.int64),
        writers=arrays["writer"].astype(np.int64),
        sites=arrays["site"].astype(np.int64),
        writer_names=tuple(str(name) for name in arrays["writers"]),
        site_names=tuple(str(name) for name in arrays["sites"]),
    )
    count = len(digits.labels)
    consistent = (
        len(digits.digit_start) == count + 1 and digits.digit_start[-1] == len(digits.stroke_start) - 1
        and digits.stroke_start[-1] == len(digits.points) and np.all(np.diff(digits.stroke_start) > 0)
        and np.all(np.diff(digits.digit_start) > 0) and len(digits.writers) == len(digits.sites) == count
        and count > 0 and digits.labels.min() >= 0 and digits.labels.max() <= 9
        and digits.writers.max() < len(digits.writer_names) and digits.sites.max() < len(digits.site_names)
    )
    if not consistent:
        raise PenDigitsError(f"{path}: its arrays do not fit together (digits, strokes and points)")
    return digits


def writer_split(digits: PenDigits, seed: int = SPLIT_SEED) -> dict[str, np.ndarray]:
    """{"train", "tune", "test"} -> sorted digit indices (int64); every writer's digits in one part only.

    Site by site (each site had its own tablet), the site's writers in a random order (``seed``) each
    go to the part furthest below its share (``SPLIT_SHARES``) of that site's digits, so every part
    holds writers of most sites. A site of one writer goes to train.
    """
    rng = np.random.default_rng(seed)
    names = list(SPLIT_SHARES)
    chosen: dict[str, list[int]] = {name: [] for name in names}
    for site in range(len(digits.site_names)):
        writers = np.unique(digits.writers[digits.sites == site])
        if not len(writers):
            continue
        counts = {int(w): int((digits.writers == w).sum()) for w in writers}
        total = sum(counts.values())
        taken = dict.fromkeys(names, 0)
        for order, writer in enumerate(rng.permutation(writers)):
            if order == 0:
                part = "train"
            else:  # the part furthest below its share; ties go to test, then tune
                part = max(reversed(names), key=lambda name: SPLIT_SHARES[name] * total - taken[name])
            taken[part] += counts[int(writer)]
            chosen[part].append(int(writer))
    return {name: np.flatnonzero(np.isin(digits.writers, chosen[name])).astype(np.int64) for name in names}


def place_on_canvas(strokes: list[np.ndarray], rng: np.random.Generator) -> tuple[list[np.ndarray], float]:
    """A digit's strokes (height 1) at a random height (``HEIGHT``) and place on the pad's canvas, and a brush width."""
    every_point = np.concatenate(strokes)
    low, high = every_point.min(axis=0), every_point.max(axis=0)
    height = rng.uniform(*HEIGHT)
    scale = height / max(float(high[1] - low[1]), 1e-6)
    size = (high - low) * scale
    room = np.maximum(CANVAS - size, 0.0)
    corner = rng.uniform(0.0, 1.0, 2) * room - low * scale
    return [(np.asarray(stroke, np.float64) * scale + corner).astype(np.float32) for stroke in strokes], float(rng.uniform(*BRUSH))


def render(digits: PenDigits, indices: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The digits ``indices`` as the pad would give them to the network: uint8 (n, 28, 28), ink 255.

    Each is placed on the canvas by ``place_on_canvas`` and prepared by ``strokes_to_inputs``;
    its 28×28 field (0–1 darkness) is stored as MNIST stores pixels (0–255).
    """
    images = np.zeros((len(indices), 28, 28), np.uint8)
    for row, index in enumerate(np.asarray(indices, np.int64)):
        strokes, brush = place_on_canvas(digits.strokes(int(index)), rng)
        field = strokes_to_inputs([(points, brush) for points in strokes]).image28
        images[row] = np.round(np.clip(field, 0.0, 1.0) * 255).astype(np.uint8)
    return images
