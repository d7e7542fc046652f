"""Drawn strokes -> the network's 784 inputs, redrawn with MNIST's pen.

A digit drawn on the pad is known as its strokes (the paths the pointer took), not only as
pixels. MNIST's digits were written with a pen whose line, once the digit is scaled into its
20×20 box, is about 2–3 px wide. A pad brush has a fixed width in canvas pixels, so a small
digit scaled up gets fat lines and a large one thin lines, and a thick brush can close a 6's
loop. ``strokes_to_inputs`` therefore scales the strokes' *centre lines* MNIST's way and draws
them again with one pen width in the 28×28 field:

0. (``upright``, the default) the slant is taken out: the centre lines are sheared sideways so
   their principal slant is vertical (``slope`` below), as people lean their digits by up to
   30° and more, and MNIST's writers mostly by less;
1. the centre lines' bounding box is scaled (aspect kept) so the digit, pen included, is
   20 px on its longer side, and centred on the field;
2. each pixel's darkness is 1 within ``PEN_WIDTH / 2`` of a stroke's centre line, falling to 0
   over ``PEN_EDGE`` px (an anti-aliased pen);
3. the drawing sits with its centre of mass at the field's centre (13.5, 13.5), as MNIST's digits
   do (the mean of points spaced evenly along the lines, which is the ink's centre of mass but
   for where lines cross or end).

Points are (x, y) in canvas pixels. Pure NumPy.
"""
from __future__ import annotations

import numpy as np

from core.preprocess import BOX_SIZE, FIELD_CENTER, FIELD_SIZE, Preprocessed, center_of_mass, field_to_inputs, nothing_drawn

PEN_WIDTH = 2.4  # px in the 28×28 field: the width of MNIST's strokes (bench/handwriting.py measured it)
PEN_EDGE = 1.2  # px over which the pen's edge fades out

Stroke = tuple[np.ndarray, float]  # points (k, 2) as (x, y) in canvas pixels, and the brush width


def strokes_to_inputs(
    strokes: list[Stroke], pen_width: float = PEN_WIDTH, pen_edge: float = PEN_EDGE, upright: bool = True
) -> Preprocessed:
    """Strokes -> Preprocessed with inputs (784,) (``cropped`` stays empty: there is no canvas crop).

    With no points at all, the result is the "nothing drawn" one of ``canvas_to_inputs``.
    ``upright``: take the drawing's slant out first (``stand_upright``).
    """
    paths = [np.asarray(points, dtype=np.float64).reshape(-1, 2) for points, _ in strokes]
    paths = [path for path in paths if len(path) and np.isfinite(path).all()]
    if not paths:
        return nothing_drawn()
    if upright:
        paths = stand_upright(paths)
    every_point = np.concatenate(paths)
    low, high = every_point.min(axis=0), every_point.max(axis=0)
    extent = float((high - low).max())
    brush = max(float(width) for _, width in strokes)
    # the centre lines span BOX_SIZE − PEN_WIDTH, so with the pen the digit is BOX_SIZE px;
    # a dot or a tiny scribble is not blown up beyond what its brush covered
    scale = (BOX_SIZE - pen_width) / max(extent, brush, 1e-6)
    middle = (low + high) / 2
    samples = np.concatenate([_resample((path - middle) * scale) for path in paths])  # (n, 2) (x, y), evenly along the lines
    # the pen's ink is spread evenly along the lines, so their samples' mean is the drawing's centre of mass
    field = render(samples - samples.mean(axis=0) + FIELD_CENTER[::-1], pen_width, pen_edge).astype(np.float32)
    rows, cols = np.nonzero(field > 0.05)
    scaled20 = field[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1] if len(rows) else np.zeros((0, 0), np.float32)
    return Preprocessed(
        inputs=field_to_inputs(field),
        image28=field,
        cropped=np.zeros((0, 0), np.float32),
        scaled20=scaled20.copy(),
        bbox=None,
        center_of_mass=center_of_mass(field),
    )


MAX_SLOPE = 1.0  # a slant of 45°: beyond it the lines lie flat rather than lean (a dash, a wide 7's bar)


def slope(paths: list[np.ndarray]) -> float:
    """How far the lines move right for each pixel down, from their second moments: Σ x·y / Σ y²,
    with (x, y) measured from the lines' centre of mass, ink spread evenly along them (< 0: the top leans right).

    paths: [(k, 2) (x, y) in pixels, y down]; clipped to ±MAX_SLOPE; 0 for a dot or a flat line.
    """
    return _slope(_line_moments(paths))


def _slope(moments) -> float:
    if moments is None:
        return 0.0
    _, (xx, xy, yy) = moments
    if yy <= 1e-9 * max(xx + yy, 1e-12):  # a flat line: nothing leans
        return 0.0
    return float(np.clip(xy / yy, -MAX_SLOPE, MAX_SLOPE))


def stand_upright(paths: list[np.ndarray], passes: int = 2) -> list[np.ndarray]:
    """The paths sheared sideways, x − slope·(y − ȳ), so their slant is vertical; ȳ, the lines' mean height, stays.

    A shear changes the lines' lengths, so the slant measured afterwards is not quite 0: a second
    pass takes out what is left (a 30° lean: 0.54 → 0.05 → 0.005).
    """
    for _ in range(passes):
        moments = _line_moments(paths)
        if moments is None:
            return paths
        lean, middle_y = _slope(moments), moments[0][1]
        paths = [np.stack([path[:, 0] - lean * (path[:, 1] - middle_y), path[:, 1]], axis=1) for path in paths]
    return paths


def _line_moments(paths: list[np.ndarray]):
    """((x̄, ȳ), (∫x², ∫xy, ∫y²) about (x̄, ȳ)) of the polylines, ink spread evenly along them; None if they have no length.

    Exact for straight segments: along p0 → p1 of length L, ∫xy ds = L·(x0·y0 / 3 + (x0·y1 + x1·y0) / 6 + x1·y1 / 3).
    """
    segments = [np.stack([path[:-1], path[1:]], axis=1) for path in paths if len(path) > 1]  # (k − 1, 2, 2) each
    if not segments:
        return None
    ends = np.concatenate(segments)  # (m, 2 ends, 2 coordinates)
    start, end = ends[:, 0], ends[:, 1]
    lengths = np.hypot(*(end - start).T)
    length = float(lengths.sum())
    if length <= 1e-9:
        return None
    mean = (lengths @ ((start + end) / 2)) / length
    start, end = start - mean, end - mean  # about the mean: no cancellation in the spreads
    (x0, y0), (x1, y1) = start.T, end.T

    def second(a0, b0, a1, b1):
        return float(lengths @ (a0 * b0 / 3 + (a0 * b1 + a1 * b0) / 6 + a1 * b1 / 3))

    return (float(mean[0]), float(mean[1])), (second(x0, x0, x1, x1), second(x0, y0, x1, y1), second(y0, y0, y1, y1))


def render(samples: np.ndarray, width: float = PEN_WIDTH, edge: float = PEN_EDGE) -> np.ndarray:
    """Points (n, 2) of (x, y) field pixels, closely spaced along lines -> float64 (28, 28) in [0, 1].

    A pixel's darkness comes from its distance d to the nearest point: 1 within the pen's
    half width, falling linearly to 0 over ``edge`` px: clip((width / 2 − d) / edge + ½, 0, 1).
    """
    reach = int(np.ceil(width / 2 + edge / 2))
    steps = np.arange(-reach, reach + 2)
    base = np.floor(samples).astype(int)  # (n, 2)
    columns = base[:, 0, None, None] + steps[None, None, :]  # (n, 1, m)
    rows = base[:, 1, None, None] + steps[None, :, None]  # (n, m, 1)
    distance = np.hypot(columns - samples[:, 0, None, None], rows - samples[:, 1, None, None])  # (n, m, m)
    darkness = np.clip((width / 2 - distance) / edge + 0.5, 0.0, 1.0)
    rows, columns = np.broadcast_arrays(rows, columns)
    inside = (darkness > 0) & (rows >= 0) & (rows < FIELD_SIZE) & (columns >= 0) & (columns < FIELD_SIZE)
    field = np.zeros(FIELD_SIZE * FIELD_SIZE)
    np.maximum.at(field, rows[inside] * FIELD_SIZE + columns[inside], darkness[inside])
    return field.reshape(FIELD_SIZE, FIELD_SIZE)


SAMPLE_STEP = 0.25  # px in the field between the points a line is drawn from


def _resample(path: np.ndarray) -> np.ndarray:
    """Points every SAMPLE_STEP px along a polyline (k, 2) -> (n, 2), both ends included."""
    if len(path) < 2:
        return path
    lengths = np.hypot(*np.diff(path, axis=0).T)
    along = np.concatenate([[0.0], np.cumsum(lengths)])
    if along[-1] == 0:
        return path[:1]
    at = np.linspace(0.0, along[-1], int(np.ceil(along[-1] / SAMPLE_STEP)) + 1)
    return np.stack([np.interp(at, along, path[:, 0]), np.interp(at, along, path[:, 1])], axis=1)
