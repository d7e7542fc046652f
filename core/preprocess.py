"""Turn a drawn canvas into the network's 784 inputs, the way MNIST was made.

MNIST's digits were cropped to their ink, scaled (anti-aliased) so the longer
side is 20 px, and placed in a 28x28 field with their centre of mass at the
centre of the field. ``canvas_to_inputs`` does the same to a drawing:

1. validate: a 2-D real array; NaN/inf -> 0, values clipped to [0, 1];
2. find the ink: pixels >= max(INK_ABS_THRESHOLD, INK_REL_THRESHOLD * max),
   so faint noise does not count (no ink -> the "nothing drawn" result);
3. crop to the ink's bounding box;
4. resize so the longer side is 20 px, keeping the aspect ratio: exact area
   averaging when shrinking, bilinear when enlarging, each done as
   ``Ry @ crop @ Rx.T`` with small resampling matrices;
5. place in a 28x28 field, shifted by a whole number of pixels so the centre
   of mass lands on FIELD_CENTER = (13.5, 13.5) (pixel-index coordinates,
   the middle of the field); the shift is clamped so the 20-px box stays in;
6. normalise so the brightest pixel is 1.0 (a soft brush still gives
   MNIST-like saturated strokes), then inputs = image28 * 0.99 + 0.01.

Images are float arrays in [0, 1] with ink = 1 on background 0. Integer and
bool arrays are taken as those values too; convert 8-bit images (0..255)
with ``uint8_to_unit`` first. Pure NumPy.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

FIELD_SIZE = 28
BOX_SIZE = 20
FIELD_CENTER = ((FIELD_SIZE - 1) / 2, (FIELD_SIZE - 1) / 2)  # (13.5, 13.5)

INPUT_SCALE = 0.99  # inputs = p * INPUT_SCALE + INPUT_OFFSET, p in [0, 1]
INPUT_OFFSET = 0.01

INK_ABS_THRESHOLD = 0.02  # pixels fainter than this never count as ink
INK_REL_THRESHOLD = 0.05  # ... nor pixels fainter than this fraction of the max


@dataclass(frozen=True, eq=False)
class Preprocessed:
    """Every stage of preprocessing one canvas (for the network and for display).

    inputs:         float32 (784,) in [0.01, 1.0], or None when nothing is drawn.
    image28:        float32 (28, 28) in [0, 1], the field the network sees
                    (zeros when nothing is drawn).
    cropped:        float32 (h, w), the canvas inside the ink's bounding box
                    (clipped to [0, 1]); (0, 0) when nothing is drawn.
    scaled20:       float32 (h20, w20), the crop resized so max(h20, w20) == 20;
                    (0, 0) when nothing is drawn.
    bbox:           (top, left, bottom, right) of the ink in canvas pixels,
                    bottom/right exclusive: cropped == canvas[top:bottom, left:right].
    center_of_mass: (row, col) of image28, near FIELD_CENTER; None when empty.
    """

    inputs: np.ndarray | None
    image28: np.ndarray
    cropped: np.ndarray
    scaled20: np.ndarray
    bbox: tuple[int, int, int, int] | None
    center_of_mass: tuple[float, float] | None

    @property
    def empty(self) -> bool:
        """True when the canvas held no ink."""
        return self.inputs is None


def uint8_to_unit(image) -> np.ndarray:
    """8-bit image (any shape, 0..255) -> float32 of the same shape in [0, 1]."""
    unit = np.asarray(image, dtype=np.float32) / np.float32(255.0)
    return np.clip(unit, 0.0, 1.0)


def field_to_inputs(image28) -> np.ndarray:
    """28x28 field in [0, 1] -> float32 (784,) inputs in [0.01, 1.0]."""
    field = _as_unit_image(image28, "field")
    if field.shape != (FIELD_SIZE, FIELD_SIZE):
        raise ValueError(f"field must be 28x28, got shape {field.shape}")
    inputs = field.ravel().astype(np.float32)
    inputs *= np.float32(INPUT_SCALE)
    inputs += np.float32(INPUT_OFFSET)
    return np.clip(inputs, np.float32(INPUT_OFFSET), np.float32(1.0))


def canvas_to_inputs(canvas) -> Preprocessed:
    """Canvas (H, W) in [0, 1], ink = 1 -> Preprocessed with inputs (784,).

    Raises ValueError if the canvas is not 2-D or not real numbers.
    """
    image = _as_unit_image(canvas)
    bbox = ink_bbox(image)
    if bbox is None:
        return nothing_drawn()
    top, left, bottom, right = bbox
    cropped = image[top:bottom, left:right]
    scaled = scale_to_box(cropped, BOX_SIZE)
    field = place_by_center_of_mass(scaled)
    peak = field.max()
    if peak > 0:
        field /= peak
    field32 = field.astype(np.float32)
    return Preprocessed(
        inputs=field_to_inputs(field32),
        image28=field32,
        cropped=cropped.astype(np.float32),
        scaled20=scaled.astype(np.float32),
        bbox=bbox,
        center_of_mass=center_of_mass(field),
    )


def ink_bbox(image: np.ndarray) -> tuple[int, int, int, int] | None:
    """(top, left, bottom, right), bottom/right exclusive, of the ink in a
    [0, 1] image (H, W); None when no pixel reaches the ink threshold."""
    if image.size == 0:
        return None
    peak = float(image.max())
    threshold = max(INK_ABS_THRESHOLD, INK_REL_THRESHOLD * peak)
    if peak < threshold:
        return None
    ink = image >= threshold
    rows = np.flatnonzero(ink.any(axis=1))
    cols = np.flatnonzero(ink.any(axis=0))
    return int(rows[0]), int(cols[0]), int(rows[-1]) + 1, int(cols[-1]) + 1


def scale_to_box(image: np.ndarray, box: int = BOX_SIZE) -> np.ndarray:
    """Image (h, w) -> float64 (h', w') with max(h', w') == box, aspect kept
    (the shorter side rounded, at least 1 px)."""
    h, w = image.shape
    longer = max(h, w)
    out_h = max(1, round(h * box / longer))
    out_w = max(1, round(w * box / longer))
    ry = resample_matrix(h, out_h)
    rx = resample_matrix(w, out_w)
    return ry @ image @ rx.T


@lru_cache(maxsize=512)
def resample_matrix(n_in: int, n_out: int) -> np.ndarray:
    """(n_out, n_in) matrix resampling a 1-D signal of n_in pixels to n_out.

    Shrinking (or same size): exact area averaging, each row holds the
    fractional overlap of an output pixel with the input pixels (rows sum to 1).
    Enlarging: bilinear interpolation between pixel centres.
    The result is cached and read-only.
    """
    if n_out <= n_in:
        matrix = _area_matrix(n_in, n_out)
    else:
        matrix = _bilinear_matrix(n_in, n_out)
    matrix.flags.writeable = False
    return matrix


def _area_matrix(n_in: int, n_out: int) -> np.ndarray:
    """Box filter with fractional coverage: (n_out, n_in), rows sum to 1."""
    step = n_in / n_out
    lo = np.arange(n_out)[:, None] * step  # output pixel j covers [lo, hi)
    hi = lo + step
    left = np.arange(n_in)[None, :]  # input pixel i covers [i, i + 1)
    overlap = np.minimum(hi, left + 1) - np.maximum(lo, left)
    return np.clip(overlap, 0.0, None) / step


def _bilinear_matrix(n_in: int, n_out: int) -> np.ndarray:
    """Linear interpolation between pixel centres: (n_out, n_in), rows sum to 1."""
    pos = (np.arange(n_out) + 0.5) * (n_in / n_out) - 0.5
    pos = np.clip(pos, 0.0, n_in - 1)
    below = np.floor(pos).astype(int)
    above = np.minimum(below + 1, n_in - 1)
    frac = pos - below
    matrix = np.zeros((n_out, n_in))
    rows = np.arange(n_out)
    np.add.at(matrix, (rows, below), 1.0 - frac)
    np.add.at(matrix, (rows, above), frac)
    return matrix


def center_of_mass(image: np.ndarray) -> tuple[float, float] | None:
    """(row, col) intensity-weighted centre of an image (h, w); None if all 0."""
    total = float(image.sum())
    if not total > 0:
        return None
    row = float(image.sum(axis=1) @ np.arange(image.shape[0])) / total
    col = float(image.sum(axis=0) @ np.arange(image.shape[1])) / total
    return row, col


def place_by_center_of_mass(image: np.ndarray, size: int = FIELD_SIZE) -> np.ndarray:
    """Paste an image (h, w), h, w <= size, into a zero (size, size) field,
    shifted by whole pixels so its centre of mass is nearest the field centre.
    The shift is clamped so the whole image stays inside the field."""
    h, w = image.shape
    field = np.zeros((size, size))
    com = center_of_mass(image)
    if com is None:
        com = ((h - 1) / 2, (w - 1) / 2)
    centre = (size - 1) / 2
    top = _clamp(int(np.floor(centre - com[0] + 0.5)), 0, size - h)
    left = _clamp(int(np.floor(centre - com[1] + 0.5)), 0, size - w)
    field[top:top + h, left:left + w] = image
    return field


def _clamp(value: int, lowest: int, highest: int) -> int:
    return min(max(value, lowest), highest)


def _as_unit_image(array, name: str = "canvas") -> np.ndarray:
    """Any array-like -> float64 copy in [0, 1] (NaN/inf -> 0); ValueError if
    it is not 2-D or not real numbers."""
    try:
        raw = np.asarray(array)
    except Exception as exc:  # ragged lists and the like
        raise ValueError(f"{name} is not an array of numbers: {exc}") from None
    if raw.dtype.kind not in "biuf":
        raise ValueError(f"{name} must hold real numbers, got dtype {raw.dtype}")
    if raw.ndim != 2:
        raise ValueError(f"{name} must be 2-D (H, W), got {raw.ndim}-D with shape {raw.shape}")
    image = raw.astype(np.float64)  # always a copy
    image[~np.isfinite(image)] = 0.0
    return np.clip(image, 0.0, 1.0, out=image)


def nothing_drawn() -> Preprocessed:
    """The result for a canvas (or strokes) without ink: inputs None, a black field."""
    empty = np.zeros((0, 0), dtype=np.float32)
    return Preprocessed(
        inputs=None,
        image28=np.zeros((FIELD_SIZE, FIELD_SIZE), dtype=np.float32),
        cropped=empty,
        scaled20=empty.copy(),
        bbox=None,
        center_of_mass=None,
    )
