"""Augmentation: new versions of the training digits, as people might have written them.

Each image is warped by its own random affine map (rotation, slant, scale, aspect,
shift), optionally by a smooth elastic distortion, and its strokes are made thinner or
thicker. The label never changes. Everything is vectorised over a chunk of images.
During training some 6s give their place to 9s turned upside down (``turned_upside_down``,
``AugmentSettings.turned_nines``; core.training chooses them), a 6's big loop MNIST lacks, and
some 1s get a flag at their top (``with_flags``, ``AugmentSettings.flagged_ones``), as many
people write a 1 and MNIST's writers seldom did, some 6s a bigger, rounder loop
(``with_round_loops``, ``AugmentSettings.round_sixes``) and some 0s a slash (``with_slashes``,
``AugmentSettings.slashed_zeros``).

Randomness is drawn per *sample*, once per epoch (``draw_params``), and ``augment`` is a
pure function of the images and those parameters: a seed gives the same digits however
training splits an epoch into chunks.

Geometry, for an output pixel at (x, y) measured from the field's centre c = (13.5, 13.5)::

    (x_src, y_src) = A⁻¹ · (x − shift_x, y − shift_y) + c + elastic(x, y)
    A = rotate(θ) · shear(slant) · diag(scale · aspect, scale)

and the output is the source image sampled bilinearly there (zero outside the field), then
scaled so its brightest pixel is 255 again.
Stroke width changes with the grey level taken as the strokes' border: the warped image
times 1 + 2t for t > 0 (thicker), and (image − |t|·255) / (1 − |t|) for t < 0 (thinner).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SIZE = 28
CENTER = (SIZE - 1) / 2
PAD = 2  # zero border around each source image, so samples outside the field read 0
PADDED = SIZE + 2 * PAD
ELASTIC_GRID = 4  # the elastic displacement is drawn on a 4×4 grid and interpolated
BLOCK = 256  # images per pass: keeps every intermediate array in the CPU's cache


@dataclass(frozen=True)
class AugmentSettings:
    """The ranges each random change is drawn from (uniformly)."""

    # mild by default: 0.6× the ranges (12°, 18°, 0.8–1.15, 0.75–1.2, 2 px, −0.6–0.9). On a validation split
    # and the drawn digits' tune split (bench/tune_robust.py --strength): ×0.4 98.36 % / 93.7 %,
    # ×0.6 98.43 % / 94.0 %, ×1 97.91 % / 92.1 %; elastic 1, 2.5, 4 px: 94.0, 93.8, 91.1 % drawn; slants
    # centred on 2°, 4°, 6° (batch 16): 94.0, 95.0, 94.2 % drawn, 98.27, 98.26, 98.16 % validation: noise, so 0°
    rotation_degrees: float = 7.0  # ± this
    slant_degrees: float = 11.0  # ± this: shear along x, as handwriting leans
    slant_center: float = 0.0  # the slants are drawn around this (> 0: leaning right)
    scale: tuple[float, float] = (0.88, 1.09)  # the digit's height
    aspect: tuple[float, float] = (0.85, 1.12)  # width / height, on top of scale
    shift_pixels: float = 1.2  # ± this, in x and in y
    thickness: tuple[float, float] = (-0.36, 0.54)  # < 0: thinner, > 0: thicker (see above)
    elastic_pixels: float = 0.0  # largest elastic displacement; 0 turns it off
    # the chance that a 6's place in an epoch goes to one of MNIST's 9s turned upside down (a 6 with a big loop,
    # which MNIST's writers seldom drew). Drawn digits' tune split, Robust, mean of seeds 0–2: 95.7 % without,
    # 96.2 % at 0.3, 96.0 % at 0.5, 95.7 % at 0.8 (MNIST validation 98.20, 98.24, 98.14, 98.09 %)
    turned_nines: float = 0.3
    # the chance that a 1 (upright or leaning right) gets a flag at its top before it is warped (with_flags).
    # Drawn digits' tune split, Robust, mean of seeds 0–5: 96.0 % without, 96.1 % at 0.3, its flagged 1s 72 → 93 %,
    # its plain 7s 100 → 97 % (seeds 0–2, a first version: 96.6 % at 0.15 and 0.3, 96.3 % at 0.45); MNIST validation
    # 98.21 → 98.20 %. Kept for the 1s: a flagged 1 read as 7 one time in four is a failure anyone sees
    flagged_ones: float = 0.3
    # the chance that a 6 (a turned 9 in its place too) gets a bigger, rounder loop before it is warped
    # (with_round_loops): MNIST's 6s are narrow with small loops, a 6 drawn round was read as 0.
    # Tune split, Robust, mean of seeds 0–5: 96.1 % without (its big-looped 6s 52 %), 96.4 % at 0.3 (66 %); 0.5: 96.2 %,
    # widths 1.3–1.8: 96.35 %, loops grown but not widened: 96.3 %; MNIST validation 98.20 % without, 98.25 % at 0.3
    round_sixes: float = 0.3
    # the chance that a 0 gets a slash through it before it is warped (with_slashes), as many people write a zero
    # so it is not an O: the Robust network read slashed zeros as 8, 6 or 4. Pen digits' tune writers, Robust, mean
    # of seeds 0–2 (bench/tune_pen.py --slashed-zeros): 97.6 % without, 97.6 % at 0.15, 98.0 % at 0.3, 98.15 % at 0.5;
    # MNIST validation 98.26, 98.23, 98.16, 98.17 %
    slashed_zeros: float = 0.5

    def validate(self) -> None:
        for name in ("scale", "aspect"):
            low, high = getattr(self, name)
            if not 0 < low <= high:
                raise ValueError(f"augmentation {name} range must be positive and ordered, got {(low, high)}")
        low, high = self.thickness
        if not -1 <= low <= high <= 1:
            raise ValueError(f"augmentation thickness must lie in [-1, 1], got {(low, high)}")
        if not (np.isfinite(self.slant_center) and abs(self.slant_center) + self.slant_degrees < 80):
            raise ValueError(f"augmentation slant must stay within ±80°, got {self.slant_center} ± {self.slant_degrees}")
        for name in ("turned_nines", "flagged_ones", "round_sixes", "slashed_zeros"):
            value = getattr(self, name)
            if not (np.isfinite(value) and 0 <= value <= 1):
                raise ValueError(f"augmentation {name} must be a chance in [0, 1], got {value}")
        for name in ("rotation_degrees", "slant_degrees", "shift_pixels", "elastic_pixels"):
            value = getattr(self, name)
            if not (np.isfinite(value) and value >= 0):
                raise ValueError(f"augmentation {name} must be a number ≥ 0, got {value}")


@dataclass(frozen=True)
class AugmentParams:
    """Per-sample random draws for n samples."""

    inverse: np.ndarray  # (n, 2, 2) float32: output offset from the centre -> source offset
    shift: np.ndarray  # (n, 2) float32: (x, y) in pixels
    thickness: np.ndarray  # (n,) float32 in [-1, 1]
    elastic: np.ndarray | None  # (n, 2, ELASTIC_GRID, ELASTIC_GRID) float32 displacements (x, y), or None

    def __len__(self) -> int:
        return len(self.thickness)

    def __getitem__(self, part: slice) -> "AugmentParams":
        return AugmentParams(
            self.inverse[part], self.shift[part], self.thickness[part], None if self.elastic is None else self.elastic[part]
        )


def draw_params(rng: np.random.Generator, n: int, settings: AugmentSettings = AugmentSettings()) -> AugmentParams:
    """Random changes for n samples, drawn from ``rng``."""
    settings.validate()
    theta = np.radians(rng.uniform(-settings.rotation_degrees, settings.rotation_degrees, n))
    slant = np.tan(np.radians(settings.slant_center + rng.uniform(-settings.slant_degrees, settings.slant_degrees, n)))
    scale = rng.uniform(*settings.scale, n)
    width = scale * rng.uniform(*settings.aspect, n)
    shift = rng.uniform(-settings.shift_pixels, settings.shift_pixels, (n, 2))
    thickness = rng.uniform(*settings.thickness, n)
    # A = R(θ) · [[1, -slant], [0, 1]] · diag(width, scale): a positive slant leans the top to the right
    cos, sin = np.cos(theta), np.sin(theta)
    forward = np.empty((n, 2, 2))
    forward[:, 0, 0] = cos * width
    forward[:, 0, 1] = -(cos * slant + sin) * scale
    forward[:, 1, 0] = sin * width
    forward[:, 1, 1] = (cos - sin * slant) * scale
    # the inverse of [[a, b], [c, d]] is [[d, -b], [-c, a]] / (ad - bc): in closed form, ~25× quicker than
    # np.linalg.inv on n small matrices (0.6 s of a Robust run's main thread)
    inverse = np.empty((n, 2, 2))
    determinant = forward[:, 0, 0] * forward[:, 1, 1] - forward[:, 0, 1] * forward[:, 1, 0]
    inverse[:, 0, 0] = forward[:, 1, 1] / determinant
    inverse[:, 0, 1] = -forward[:, 0, 1] / determinant
    inverse[:, 1, 0] = -forward[:, 1, 0] / determinant
    inverse[:, 1, 1] = forward[:, 0, 0] / determinant
    elastic = None
    if settings.elastic_pixels > 0:
        elastic = rng.uniform(-settings.elastic_pixels, settings.elastic_pixels, (n, 2, ELASTIC_GRID, ELASTIC_GRID))
        elastic = elastic.astype(np.float32)
    return AugmentParams(
        inverse=inverse.astype(np.float32),
        shift=shift.astype(np.float32),
        thickness=thickness.astype(np.float32),
        elastic=elastic,
    )


def turned_upside_down(images: np.ndarray) -> np.ndarray:
    """Images (n, 784) -> the same turned by 180° (a copy): reversing a 28×28 image's 784 pixels turns it."""
    return np.ascontiguousarray(np.asarray(images)[:, ::-1])


FLAG_LENGTH = (0.2, 0.45)  # a flag's length, as a fraction of the 1's height
FLAG_ANGLE = (25.0, 60.0)  # degrees below the horizontal: a flag runs from the top down to the left
FLAG_PEN, FLAG_EDGE = 2.4, 1.2  # px: MNIST's stroke width and an anti-aliased edge (core.strokes' pen)
LEANS_LEFT = 0.05  # a 1 whose bottom lies right of its top by more than this per pixel of height gets no flag


def _line_darkness(x0, y0, dx, dy) -> np.ndarray:
    """(k,) line starts, (k,) direction vectors -> (k, 28, 28) darkness 0–255 of a pen line from (x0, y0) to (x0+dx, y0+dy)."""
    ys, xs = np.mgrid[0:SIZE, 0:SIZE].astype(np.float32)  # (28, 28) each
    across_x, across_y = xs - x0[:, None, None], ys - y0[:, None, None]  # (k, 28, 28) from the line's start
    along = np.clip((across_x * dx[:, None, None] + across_y * dy[:, None, None]) / (dx * dx + dy * dy + 1e-6)[:, None, None], 0, 1)
    distance = np.hypot(across_x - along * dx[:, None, None], across_y - along * dy[:, None, None])
    return np.clip((FLAG_PEN / 2 - distance) / FLAG_EDGE + 0.5, 0, 1) * 255


def with_flags(images: np.ndarray, lengths: np.ndarray, angles: np.ndarray) -> np.ndarray:
    """1s (k, 784) uint8 -> the same with a flag drawn at their top (a copy), as many people write a 1.

    lengths (k,): each flag's length as a fraction of its 1's height; angles (k,): degrees below the
    horizontal, the flag running from the stroke's top down to the left. A 1 that leans left (its top
    left of its bottom) is left as it is: with a flag it would be a 7. So is an empty or tiny image.
    """
    k = len(images)
    fields = np.asarray(images).reshape(k, SIZE, SIZE).astype(np.float32)
    ink = fields > 128
    rows_with_ink = ink.any(axis=2)  # (k, 28)
    top = rows_with_ink.argmax(axis=1)
    bottom = SIZE - 1 - rows_with_ink[:, ::-1].argmax(axis=1)
    columns = np.arange(SIZE, dtype=np.float32)

    def middle(row: np.ndarray) -> np.ndarray:  # the mean column of each image's ink in that row, (k,)
        inked = ink[np.arange(k), row]
        return (inked @ columns) / np.maximum(inked.sum(axis=1), 1)

    x_top, x_bottom = middle(top), middle(bottom)
    height = (bottom - top).astype(np.float32)
    gets_flag = rows_with_ink.any(axis=1) & (height >= 4) & (x_bottom - x_top <= LEANS_LEFT * height)
    # the flag: a line from (x0, y0), the top of the stroke, to (x1, y1), down and to the left
    x0, y0 = x_top, top + np.float32(0.5)
    length, angle = np.asarray(lengths, np.float32) * height, np.radians(np.asarray(angles, np.float32))
    dx, dy = -length * np.cos(angle), length * np.sin(angle)  # (k,)
    flag = _line_darkness(x0, y0, dx, dy)
    flagged = np.where(gets_flag[:, None, None], np.maximum(fields, flag), fields)
    return np.rint(flagged).astype(np.uint8).reshape(k, SIZE * SIZE)


SLASH_ANGLE = (40.0, 90.0)  # degrees above the horizontal, rising to the right: from a diagonal to upright
SLASH_REACH = (1.0, 1.25)  # the slash's length, as a fraction of the zero's larger side


def with_slashes(images: np.ndarray, angles: np.ndarray, reaches: np.ndarray) -> np.ndarray:
    """0s (k, 784) uint8 -> the same with a slash through their middle (a copy), as many people write a zero.

    angles (k,): degrees above the horizontal, the slash rising to the right (90: upright); reaches (k,): its
    length as a fraction of the zero's larger side. An empty image is left as it is.
    """
    k = len(images)
    fields = np.asarray(images).reshape(k, SIZE, SIZE).astype(np.float32)
    ink = fields > 128
    rows, cols = ink.any(axis=2), ink.any(axis=1)  # (k, 28) each
    has_ink = rows.any(axis=1)
    top, bottom = rows.argmax(axis=1), SIZE - 1 - rows[:, ::-1].argmax(axis=1)
    left, right = cols.argmax(axis=1), SIZE - 1 - cols[:, ::-1].argmax(axis=1)
    middle_x, middle_y = (left + right) / 2 + np.float32(0.5), (top + bottom) / 2 + np.float32(0.5)
    length = np.asarray(reaches, np.float32) * np.maximum(bottom - top, right - left).astype(np.float32)
    angle = np.radians(np.asarray(angles, np.float32))
    dx, dy = length * np.cos(angle), -length * np.sin(angle)  # up and to the right (y grows down)
    slash = _line_darkness(middle_x - dx / 2, middle_y - dy / 2, dx, dy)
    slashed = np.where(has_ink[:, None, None], np.maximum(fields, slash), fields)
    return np.rint(slashed).astype(np.uint8).reshape(k, SIZE * SIZE)


LOOP_POWER = (0.45, 0.8)  # rows of a 6 come from top + height · u^power: below 1, the loop grows and the stem shortens
LOOP_WIDTH = (1.15, 1.5)  # and the 6 is stretched sideways by this about its ink's middle


def with_round_loops(images: np.ndarray, powers: np.ndarray, widths: np.ndarray) -> np.ndarray:
    """6s (k, 784) uint8 -> the same with a bigger, rounder loop (a copy), as many people draw a 6.

    Within each digit's rows (top to bottom, height h), output row top + h·u shows source row
    top + h·u^power: with power < 1 the lower part, the loop, takes more of the height and the
    stem less. Then each digit is stretched sideways by its width factor about its ink's middle
    column (what leaves the field is cut off). powers, widths: (k,).
    """
    k = len(images)
    fields = np.asarray(images).reshape(k, SIZE, SIZE).astype(np.float32)
    steps = np.arange(SIZE, dtype=np.float32)
    rows_with_ink = (fields > 64).any(axis=2)  # (k, 28)
    top = rows_with_ink.argmax(axis=1).astype(np.float32)[:, None]  # (k, 1)
    height = np.maximum(SIZE - 1 - rows_with_ink[:, ::-1].argmax(axis=1) - top[:, 0], 1).astype(np.float32)[:, None]
    u = np.clip((steps - top) / height, 0, 1)  # (k, 28): each row's place within the digit's height
    source_rows = top + height * u ** np.asarray(powers, np.float32)[:, None]
    source_rows = np.where((steps >= top) & (steps <= top + height), source_rows, steps)
    fields = _resample_axis(fields, source_rows, axis=1)
    ink_per_column = fields.sum(axis=1)  # (k, 28)
    middle = (ink_per_column @ steps / np.maximum(ink_per_column.sum(axis=1), 1))[:, None]
    source_columns = middle + (steps - middle) / np.asarray(widths, np.float32)[:, None]
    return np.rint(_resample_axis(fields, source_columns, axis=2)).astype(np.uint8).reshape(k, SIZE * SIZE)


def _resample_axis(fields: np.ndarray, sources: np.ndarray, axis: int) -> np.ndarray:
    """fields (k, 28, 28) read along axis 1 (rows) or 2 (columns) at float positions sources (k, 28),
    linearly between neighbours; positions outside the field read 0."""
    inside = (sources >= 0) & (sources <= SIZE - 1)
    sources = np.clip(sources, 0, SIZE - 1)
    low = np.floor(sources).astype(np.intp)
    high = np.minimum(low + 1, SIZE - 1)
    fraction = sources - low
    shape = (len(fields), SIZE, 1) if axis == 1 else (len(fields), 1, SIZE)
    low, high = (np.broadcast_to(index.reshape(shape), fields.shape) for index in (low, high))
    return (
        np.take_along_axis(fields, low, axis=axis) * ((1 - fraction) * inside).reshape(shape)
        + np.take_along_axis(fields, high, axis=axis) * (fraction * inside).reshape(shape)
    )


def augment(images: np.ndarray, params: AugmentParams, out: np.ndarray | None = None) -> np.ndarray:
    """uint8 or float images (n, 28, 28) or (n, 784), 0–255 -> uint8 (n, 784): each warped by its params.

    ``out`` (n, 784) uint8, if given, receives the result. The images are read, never written.
    """
    flat = np.asarray(images).reshape(len(images), SIZE * SIZE)
    if len(params) != len(flat):
        raise ValueError(f"{len(flat)} images but parameters for {len(params)}")
    if out is None:
        out = np.empty((len(flat), SIZE * SIZE), np.uint8)
    for start in range(0, len(flat), BLOCK):
        part = slice(start, start + BLOCK)
        warped = _augment_block(flat[part], params[part])
        # the brightest pixel back to 255, as in MNIST, where even thin strokes have a saturated core
        peak = warped.max(axis=1, keepdims=True)
        np.maximum(peak, 1.0, out=peak)
        warped *= 255.0 / peak
        np.rint(warped, out=warped)
        out[part] = warped  # within 0–255: bilinear weights are convex, the strokes' blend too
    return out


def _augment_block(flat: np.ndarray, params: AugmentParams) -> np.ndarray:
    """(m, 784) 0–255 -> float32 (m, 784) in 0–255."""
    m = len(flat)
    padded = np.zeros((m, PADDED, PADDED), np.float32)
    padded[:, PAD:-PAD, PAD:-PAD] = flat.reshape(m, SIZE, SIZE)

    # source coordinates of every output pixel, (m, 784) each:
    # source = A⁻¹ (offset − shift) + centre = A⁻¹ offset + (centre − A⁻¹ shift)
    inverse = params.inverse
    origin = CENTER + PAD - np.einsum("nij,nj->ni", inverse, params.shift)  # (m, 2)
    x = _affine_row(inverse[:, 0, 0], inverse[:, 0, 1], origin[:, 0])
    y = _affine_row(inverse[:, 1, 0], inverse[:, 1, 1], origin[:, 1])
    if params.elastic is not None:
        dx, dy = _elastic_field(params.elastic)
        x += dx
        y += dy
    np.clip(x, 0.0, PADDED - 1.001, out=x)  # outside the field: the zero border
    np.clip(y, 0.0, PADDED - 1.001, out=y)
    x0, y0 = np.floor(x), np.floor(y)
    x -= x0  # from here on the fractions
    y -= y0
    # flat index of the top-left neighbour, computed exactly in float32 (values < 2**24)
    y0 *= PADDED
    y0 += x0
    y0 += (np.arange(m, dtype=np.float32) * (PADDED * PADDED))[:, None]
    index = y0.astype(np.intp)
    pixels = padded.reshape(-1)
    top = np.take(pixels, index)
    top_right = np.take(pixels[1:], index)
    bottom = np.take(pixels[PADDED:], index)
    bottom_right = np.take(pixels[PADDED + 1:], index)
    top_right -= top
    top_right *= x
    top += top_right
    bottom_right -= bottom
    bottom_right *= x
    bottom += bottom_right
    bottom -= top
    bottom *= y
    top += bottom
    _change_thickness(top, params.thickness)
    return top


def _affine_row(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """a·(x − centre) + b·(y − centre) + c at every pixel (x, y) of m images: a, b, c (m,) -> float32 (m, 784).

    Summed as a (m, 1, 28) row term plus a (m, 28, 1) column term: one pass over the big array.
    """
    steps = (np.arange(SIZE) - CENTER).astype(np.float32)
    along_x = a.astype(np.float32)[:, None] * steps  # (m, 28)
    along_y = b.astype(np.float32)[:, None] * steps + c.astype(np.float32)[:, None]
    return (along_x[:, None, :] + along_y[:, :, None]).reshape(len(a), SIZE * SIZE)


def _change_thickness(warped: np.ndarray, thickness: np.ndarray) -> None:
    """Thicken (t > 0) or thin (t < 0) warped images (m, 784) in 0–255, in place, t (m,) in [-1, 1].

    A stroke's edge is a ramp of grey about a pixel wide (the bilinear sampling sees to that), so
    its width follows the grey level taken as its border: brightening (×(1 + 2t)) widens the
    strokes, dropping the faintest greys (below −t·255, then stretched back) narrows them.
    """
    t = thickness.astype(np.float32)[:, None]
    gain = np.where(t > 0, 1 + 2 * t, 1 / (1 + t))  # t < 0: 1 / (1 − |t|)
    offset = np.where(t > 0, 0.0, 255 * t * gain).astype(np.float32)
    warped *= gain
    warped += offset
    np.clip(warped, 0.0, 255.0, out=warped)


_ELASTIC_UPSAMPLE: np.ndarray | None = None


def _elastic_field(coarse: np.ndarray) -> np.ndarray:
    """(m, 2, g, g) displacements on a coarse grid -> x and y displacements (m, 784) each, interpolated over the field."""
    global _ELASTIC_UPSAMPLE
    if _ELASTIC_UPSAMPLE is None:
        # linear interpolation from g grid points spread over the field to its 28 pixels
        position = np.linspace(0, ELASTIC_GRID - 1, SIZE)
        below = np.minimum(np.floor(position).astype(int), ELASTIC_GRID - 2)
        fraction = position - below
        matrix = np.zeros((SIZE, ELASTIC_GRID), np.float32)
        matrix[np.arange(SIZE), below] = 1 - fraction
        matrix[np.arange(SIZE), below + 1] = fraction
        _ELASTIC_UPSAMPLE = matrix
    up = _ELASTIC_UPSAMPLE
    fine = (up @ coarse @ up.T).reshape(len(coarse), 2, SIZE * SIZE)  # (m, 2, 784)
    return fine[:, 0], fine[:, 1]
