"""How well DigitLab reads digits drawn on its pad (issue 9), in one command.

    python bench/handwriting.py [--quick] [--draws N] [--sections presets,prepare,speed,correct]

Drawings come from bench/drawn_digits.py (the real DrawingPad, QTest mouse events). Settings
are chosen on the "tune" split; this script reports the "test" split, which nothing trains or
tunes on. Networks train on MNIST's 60,000 training images with fixed seeds.

Sections:
  presets  MNIST test accuracy and drawn-digit accuracy for the Tutorial, Fast and Robust presets,
           per digit and per brush width (thin 4–12, medium 13–24, thick 25–40 canvas px);
  prepare  the two ways to turn a drawing into inputs: the canvas's pixels (canvas_to_inputs) and
           the strokes redrawn with MNIST's pen (strokes_to_inputs), on both splits;
  speed    an augmented epoch against a plain one at batch 1, in the same process (ratio);
  correct  "Correct me", for each of 12 simulated people: one person (one way of writing each digit, and their own slant, size,
           brush and sloppiness, varied a little from drawing to drawing), 2 drawings of each digit
           corrected one by one with the app's correction fine-tune; accuracy on 100 fresh drawings
           by that person and on MNIST's test set after 0, 5, 10 and 20 corrections.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.drawn_digits import BRUSH_BINS, brush_bin, generate, generate_person  # noqa: E402
from bench.strokes import STYLES  # noqa: E402
from core import looks  # noqa: E402
from core.blas import blas_threads_at_most  # noqa: E402
from core.data import load_mnist  # noqa: E402
from core.network import NeuralNetwork  # noqa: E402
from core.personal import (  # noqa: E402
    CORRECTION_LEARNING_RATE, CORRECTION_MIX, CORRECTION_NEWEST, CORRECTION_STEPS, CORRECTION_WARP, CORRECTION_WARPED_COPIES, PersonalSet, fine_tune_steps,
)
from core.preprocess import canvas_to_inputs  # noqa: E402
from core.presets import PRESETS  # noqa: E402
from core.strokes import strokes_to_inputs  # noqa: E402
from core.training import Evaluation, TrainingConfig, evaluate, train  # noqa: E402

CACHE = ROOT / "bench" / "output"
PREPARATIONS = {
    "canvas": lambda drawing: canvas_to_inputs(drawing.canvas).image28,
    "strokes": lambda drawing: strokes_to_inputs(drawing.strokes, upright=False).image28,
    "upright": lambda drawing: strokes_to_inputs(drawing.strokes).image28,
}
APP_PREPARATION = "upright"  # what gui/window/main_window.py uses for drawings on the pad


READING_ONLY = ("personal.py", "insight.py", "looks.py", "explain.py")  # core files that never change a trained network


def source_hash(*paths: str, skip: tuple[str, ...] = ()) -> str:
    digest = hashlib.sha256()
    for path in paths:
        for file in sorted((ROOT / path).glob("*.py")) if (ROOT / path).is_dir() else [ROOT / path]:
            if file.name not in skip:
                digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def drawn_set(split: str, draws_per_style: int) -> dict:
    """Fields (n, 28, 28) per preparation, labels (n,), brush widths (n,) and styles (n,); cached."""
    key = source_hash("bench/drawn_digits.py", "bench/strokes.py", "gui/left_column/drawing_pad.py", "core/preprocess.py", "core/strokes.py")
    path = CACHE / f"drawn-{split}-{draws_per_style}-{key}.npz"
    if path.exists():
        with np.load(path) as saved:
            return {name: saved[name] for name in saved.files}
    drawings = generate(split, draws_per_style)
    arrays = {
        "labels": np.array([d.label for d in drawings]),
        "brush": np.array([d.brush_width for d in drawings], np.float32),
        "styles": np.array([f"{d.label} {d.style}" for d in drawings]),
    }
    for name, prepare in PREPARATIONS.items():
        arrays[name] = np.stack([prepare(d) for d in drawings]).astype(np.float32)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(path, **arrays)
    return arrays


def trained_network(preset_key: str, seed: int = 0, **overrides) -> tuple[NeuralNetwork, float, float]:
    """(network, MNIST test accuracy, training seconds) for a preset (``overrides``: TrainingConfig fields it
    trains with instead, e.g. pen_digits=0); cached by the core's sources."""
    key = source_hash("core", skip=READING_ONLY)
    changed = f"-{hashlib.sha256(repr(sorted(overrides.items())).encode()).hexdigest()[:8]}" if overrides else ""
    path = CACHE / f"net-{preset_key}{changed}-{seed}-{key}.npz"
    if path.exists():
        network = NeuralNetwork.load(path)
        with np.load(path) as saved:
            return network, network.test_accuracy, float(saved["extra_seconds"])
    preset = PRESETS[preset_key]
    config = replace(preset.training_config(seed, snapshot_weights=False), **overrides)
    network = NeuralNetwork(hidden_nodes=preset.hidden_nodes, learning_rate=preset.learning_rate, seed=seed)
    seconds = 0.0
    with blas_threads_at_most(1 if preset.batch_size < 64 else 2):
        for event in train(network, load_mnist(), config):
            if isinstance(event, Evaluation):
                seconds += event.seconds
    CACHE.mkdir(parents=True, exist_ok=True)
    network.save(path, {"seconds": np.array(seconds)})
    return network, network.test_accuracy, seconds


def accuracy(network: NeuralNetwork, fields: np.ndarray, labels: np.ndarray) -> tuple[float, np.ndarray]:
    """The drawings read as the app reads them: in five looks (core.looks)."""
    inputs = fields.reshape(len(fields), -1) * np.float32(0.99) + np.float32(0.01)
    predictions = looks.read_outputs(network, inputs).argmax(axis=1)
    return float((predictions == labels).mean()), predictions


FIRST_TEST_DRAWS = 12  # per style: the test split reported until 4 Dec 2026 (504 drawings), the first 12 of every larger one


def section_presets(test: dict, draws_per_style: int) -> None:
    print(f"\n## Presets: MNIST test set and drawn digits (test split, {len(test['labels'])} drawings, {APP_PREPARATION} preparation)\n")
    print("| preset | MNIST test | drawn | " + " | ".join(f"{name} {low}–{high}" for name, low, high in BRUSH_BINS) + " | training s |")
    print("|---|---|---|" + "---|" * len(BRUSH_BINS) + "---|")
    bins = np.array([brush_bin(width) for width in test["brush"]])
    per_digit = {}
    for key in PRESETS:
        network, mnist_accuracy, seconds = trained_network(key)
        overall, predictions = accuracy(network, test[APP_PREPARATION], test["labels"])
        right = predictions == test["labels"]
        by_bin = [100 * right[bins == name].mean() for name, _, _ in BRUSH_BINS]
        per_digit[key] = [100 * right[test["labels"] == digit].mean() for digit in range(10)]
        print(f"| {key} | {100 * mnist_accuracy:.2f} % | {100 * overall:.1f} % | " + " | ".join(f"{value:.1f} %" for value in by_bin) + f" | {seconds:.1f} |")
    if draws_per_style > FIRST_TEST_DRAWS:  # drawing i of a style is the same in every size of split
        first = np.arange(len(test["labels"])) % draws_per_style < FIRST_TEST_DRAWS
        figures = [100 * accuracy(trained_network(key)[0], test[APP_PREPARATION][first], test["labels"][first])[0] for key in PRESETS]
        print(f"\nthe first {FIRST_TEST_DRAWS} drawings of each style ({first.sum()}, the test split reported until 4 Dec 2026): "
              + ", ".join(f"{key} {value:.1f} %" for key, value in zip(PRESETS, figures)))
    print("\nper digit (drawn, test split):\n")
    print("| preset | " + " | ".join(str(digit) for digit in range(10)) + " |")
    print("|---|" + "---|" * 10)
    for key, values in per_digit.items():
        print(f"| {key} | " + " | ".join(f"{value:.0f}" for value in values) + " |")


def section_prepare(tune: dict, test: dict) -> None:
    print("\n## Preparing a drawing: the canvas's pixels or the strokes redrawn with MNIST's pen\n")
    print("| preset | split | canvas | strokes | strokes, thin / medium / thick |")
    print("|---|---|---|---|---|")
    for key in PRESETS:
        network, _, _ = trained_network(key)
        for split, data in (("tune", tune), ("test", test)):
            values = {name: accuracy(network, data[name], data["labels"])[0] for name in PREPARATIONS}
            bins = np.array([brush_bin(width) for width in data["brush"]])
            right = accuracy(network, data["strokes"], data["labels"])[1] == data["labels"]
            by_bin = " / ".join(f"{100 * right[bins == name].mean():.1f}" for name, _, _ in BRUSH_BINS)
            print(f"| {key} | {split} | {100 * values['canvas']:.1f} % | {100 * values['strokes']:.1f} % | {by_bin} |")
    mnist = load_mnist()
    fields = mnist.train_images[:2000].astype(np.float32) / 255
    drawn = test["strokes"]
    print(
        f"\nink per image (sum of pixels, 0–1 scale): MNIST {fields.sum(axis=(1, 2)).mean():.1f}, "
        f"drawn canvas {test['canvas'].sum(axis=(1, 2)).mean():.1f}, drawn strokes {drawn.sum(axis=(1, 2)).mean():.1f}"
    )


def section_speed(repeats: int = 3) -> None:
    """An augmented epoch against a plain one at batch 1 (the tutorial's rule), best of ``repeats``."""
    mnist = load_mnist()
    times = {False: [], True: []}
    for _ in range(repeats):
        for augment in (False, True):
            config = TrainingConfig(epochs=1, batch_size=1, learning_rate=0.1, augment=augment, seed=0, snapshot_weights=False)
            network = NeuralNetwork(seed=0)
            started = time.perf_counter()
            for event in train(network, replace(mnist, test_images=mnist.test_images[:1], test_labels=mnist.test_labels[:1]), config):
                pass
            times[augment].append(time.perf_counter() - started)
    plain, augmented = min(times[False]), min(times[True])
    print("\n## Augmented epoch against a plain one (batch 1, 60,000 images, best of %d)\n" % repeats)
    print(f"plain {plain:.2f} s, augmented {augmented:.2f} s: ×{augmented / plain:.2f} (target ≤ ×1.5)")


def person_style(rng: np.random.Generator) -> dict[int, str]:
    """One way of writing each digit, picked at random: one person's handwriting."""
    return {digit: str(rng.choice(sorted(STYLES[digit]))) for digit in range(10)}


def prepared(drawings) -> np.ndarray:
    return np.stack([PREPARATIONS[APP_PREPARATION](d) for d in drawings]).astype(np.float32)


def app_settings() -> dict:
    """The app's correction fine-tune (core.personal.CORRECTION_*), as section_correct's settings."""
    return dict(steps=CORRECTION_STEPS, learning_rate=CORRECTION_LEARNING_RATE, mix=CORRECTION_MIX,
                newest=CORRECTION_NEWEST, warped_copies=CORRECTION_WARPED_COPIES, warp=CORRECTION_WARP)


def person_drawings(person: int, fresh_per_digit: int) -> tuple[dict, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(styles, queue fields, queue labels, fresh fields, fresh labels) of one simulated person; cached.

    The queue is the 20 drawings the person corrects (2 of each digit, in random order); the fresh
    drawings come later and are never trained on."""
    rng = np.random.default_rng(1000 + person)
    styles = person_style(rng)
    order = rng.permutation(20)
    key = source_hash("bench/drawn_digits.py", "bench/strokes.py", "gui/left_column/drawing_pad.py", "core/preprocess.py", "core/strokes.py")
    path = CACHE / f"person-{person}-{fresh_per_digit}-{key}.npz"
    if path.exists():
        with np.load(path) as saved:
            return styles, saved["queue"], saved["queue_labels"], saved["fresh"], saved["fresh_labels"]
    queue = generate_person(styles, 2, person, seed=0)
    queue = [queue[i] for i in order]
    fresh = generate_person(styles, fresh_per_digit, person, seed=1)
    arrays = dict(queue=prepared(queue), queue_labels=np.array([d.label for d in queue]),
                  fresh=prepared(fresh), fresh_labels=np.array([d.label for d in fresh]))
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(path, **arrays)
    return styles, arrays["queue"], arrays["queue_labels"], arrays["fresh"], arrays["fresh_labels"]


def section_correct(
    preset_key: str, people: int = 12, fresh_per_digit: int = 10, first_person: int = 0, settings: dict | None = None,
    forgetting_split: str = "test", quiet: bool = False,
) -> dict:
    """Accuracy on a person's fresh drawings after 0, 5, 10, 20 corrections (2 of each digit, in random order).

    People 0–11 are reported (0–2 alone until 4 Dec 2026: too few to tell a person's luck from the method's); the correction settings were chosen with people 100 and up
    (``--tune``), their forgetting measured on MNIST validation (the last 10,000 training images).
    ``settings`` (fine_tune_steps's arguments and ``newest``) defaults to the app's. Returns the
    people's curves, MNIST drops (points) and median seconds per correction.
    """
    settings = {**app_settings(), **(settings or {})}
    newest = settings.pop("newest")
    mnist = load_mnist()
    base, base_mnist, _ = trained_network(preset_key)
    if forgetting_split == "validation":  # for tuning: the last 10,000 training images, never the test set,
        check_images, check_labels = mnist.train_images[-10_000:], mnist.train_labels[-10_000:]
        base_mnist = evaluate(base, check_images, check_labels)[0]
        mnist = replace(mnist, train_images=mnist.train_images[:-10_000], train_labels=mnist.train_labels[:-10_000])  # and not mixed in
    else:
        check_images, check_labels = mnist.test_images, mnist.test_labels
    shown = ", ".join(f"{name} {value}" for name, value in settings.items())
    if not quiet:
        print(f"\n## Correct me: {preset_key} preset, {people} people from {first_person}, 20 corrections each ({shown}, newest {newest})\n")
        mnist_part = "MNIST validation (last 10,000 training images)" if forgetting_split == "validation" else "MNIST test"
        print(f"| person | styles | fresh drawings after 0 / 5 / 10 / 20 corrections | {mnist_part} after 0 / 20 | seconds per correction |")
        print("|---|---|---|---|---|")
    curves, drops, seconds = [], [], []
    for person in range(first_person, first_person + people):
        styles, queue, queue_labels, fresh_fields, fresh_labels = person_drawings(person, fresh_per_digit)
        network, personal = base.copy(), PersonalSet()
        curve, durations = [accuracy(network, fresh_fields, fresh_labels)[0]], []
        for count, (field, label) in enumerate(zip(queue, queue_labels), start=1):
            personal.add(field, int(label))
            started = time.perf_counter()
            for _ in fine_tune_steps(network, personal.newest(newest), mnist, seed=count, **settings):
                pass
            durations.append(time.perf_counter() - started)
            if count in (5, 10, 20):
                curve.append(accuracy(network, fresh_fields, fresh_labels)[0])
        after_mnist = evaluate(network, check_images, check_labels)[0]
        curves.append(curve)
        drops.append(100 * (base_mnist - after_mnist))
        seconds.append(float(np.median(durations)))
        if not quiet:
            names = ", ".join(f"{digit}:{style}" for digit, style in styles.items())
            print(f"| {person + 1} | {names} | " + " / ".join(f"{100 * value:.0f} %" for value in curve)
                  + f" | {100 * base_mnist:.2f} → {100 * after_mnist:.2f} % | {np.median(durations):.2f} (max {max(durations):.2f}) |")
    curves = np.array(curves)
    if not quiet:
        print(f"\nmean after 0 / 5 / 10 / 20: " + " / ".join(f"{100 * value:.1f} %" for value in curves.mean(axis=0))
              + f"; worst after 20: {100 * curves[:, -1].min():.0f} %; MNIST drop at most {max(drops):.2f} points")
    return {"curves": curves, "drops": np.array(drops), "seconds": np.array(seconds)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=36, help="drawings per style in each split (42 styles; 36: 1,512 drawings)")
    parser.add_argument("--sections", default="presets,prepare,speed,correct")
    parser.add_argument("--correct-preset", default="robust")
    parser.add_argument("--quick", action="store_true", help="fewer drawings and people")
    parser.add_argument("--tune", action="store_true",
                        help="the correct section on the tuning people (100–105), forgetting on MNIST validation, not the reported ones")
    args = parser.parse_args()
    sections = set(args.sections.split(","))
    draws = 4 if args.quick else args.draws
    started = time.perf_counter()
    if sections & {"presets", "prepare"}:
        test = drawn_set("test", draws)
        if "presets" in sections:
            section_presets(test, draws)
        if "prepare" in sections:
            section_prepare(drawn_set("tune", draws), test)
    if "speed" in sections:
        section_speed(2 if args.quick else 3)
    if "correct" in sections:
        for key in args.correct_preset.split(","):
            if args.tune:
                section_correct(key, people=6, first_person=100, forgetting_split="validation")
            else:
                section_correct(key, people=1 if args.quick else 12)
    print(f"\n({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
