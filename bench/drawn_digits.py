"""Drawn-digit benchmark: digits drawn on the real DrawingPad with mouse events (issue 9).

Each drawing takes one style of one digit from bench/strokes.py, runs a smooth curve
through its control points, varies it the way people do (slant, rotation, size, aspect,
place on the pad, hand tremor, brush width, mouse speed), makes it as sloppy as a hand on a
mouse (loops left open or overshot, stroke ends stopping short or running on with little
tails, strokes landing off, slow wobble, corners cut, parts out of proportion, a smooth bend
of the whole shape; see DrawParams) and draws it on a shown 280x280
``gui.left_column.drawing_pad.DrawingPad`` with QTest.mousePress / mouseMove / mouseRelease, so the
pad's own painting makes the canvas.

    generate("tune", 10)          # every style of every digit, 10 drawings each
    generate("test", 10)          # the same, from a disjoint random stream: report only
    generate_style(4, "open", 50, seed=7)
    stack(drawings)               # -> DrawnArrays: canvases (n, 280, 280), labels (n,), ...
    load_or_generate("test", 10)  # stack(generate(...)), cached in bench/output/

Drawing i of a style always comes from the same seed, so generate(split, 5) gives the
first five drawings per style of generate(split, 10).

Run ``python3 bench/drawn_digits.py`` to time it and write contact sheets to /tmp.
"""
from __future__ import annotations

import hashlib
import os
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.strokes import CLOSURES, PARTS, STYLES  # noqa: E402
from gui.left_column.drawing_pad import BRUSH_MAX, BRUSH_MIN, CANVAS_SIZE  # noqa: E402

SPLITS = ("tune", "test")  # tune: for choosing settings; test: reported only
BRUSH_BINS = (("thin", 4, 12), ("medium", 13, 24), ("thick", 25, 40))  # inclusive widths, canvas px
CACHE_DIR = ROOT / "bench" / "output"

SLANT_DEG = 28.0  # the largest shear, degrees (positive leans the top to the right)
SLANT = (-15.0, SLANT_DEG)  # people mostly lean right, some up to 25-30 degrees
ROTATION_DEG = 12.0  # +- degrees
SIZE = (0.35, 0.90)  # the digit's height, fraction of the pad
ASPECT = (0.7, 1.2)  # width scale
TREMOR = (0.002, 0.02)  # smooth noise along the path, fraction of the digit's height
JITTER = (0.01, 0.04)  # each control point moved this much (std), fraction of the digit's height
STEP_PX = (3.0, 12.0)  # distance between mouse events (mouse speed), canvas px
# the sloppiness of a hand on a mouse (fractions of the digit's height unless said otherwise)
CLOSURE = (-0.16, 0.15)  # a loop's closing end stops this short of (< 0) or runs past (> 0) where it meets
JOIN = (0.0, 0.14)  # every other stroke end stops short or runs on by up to this much (uniform +-)
HOOK = (0.0, 0.09)  # length of the little tails at stroke ends (the pen moving before/after the button)
HOOK_CHANCE = 0.35  # the chance that a stroke end has a tail
STROKE_SHIFT = (0.0, 0.08)  # each stroke after the first lands this far off (std per axis)
WOBBLE = (0.005, 0.06)  # slow wobble of the hand along the path (std), far wider than the tremor
CORNER = (0.0, 0.10)  # corners rounded over up to this much (std of the smoothing) at the fastest mouse
PROPORTION = (0.7, 1.4)  # one part of the digit (bench.strokes.PARTS: a 6's loop, a 7's bar) scaled by this
WARP = (0.0, 0.08)  # a smooth bend of the whole shape (std of the control points' moves; neighbours move together)


@dataclass(frozen=True)
class DrawParams:
    """How one drawing varies from its authored path.

    slant_deg, rotation_deg: shear and rotation; size: height as a fraction of the pad
    (after shrinking to fit, if needed); aspect: width scale; place: (u, v) in [0, 1]^2,
    where the digit sits in the room left on the pad (0.5, 0.5 = centred); tremor: noise
    amplitude as a fraction of the height; jitter: how far each authored control point
    wanders (std, fraction of the height; the shape varies as a hand's does); brush_width:
    canvas px (an integer, as the slider gives); step_px: mouse-event spacing.

    The sloppiness of a hand on a mouse, fractions of the digit's height (the defaults are tidy):
    closure: how far a loop's closing end (bench.strokes.CLOSURES) stops short (< 0) of where
    it should meet, or runs past it (> 0); join: every other stroke end stops short or runs on
    by up to this much (each end its own amount); hook: length of the small tails some stroke
    ends get; stroke_shift: how far each later stroke lands off (std; a 5's bar away from its
    stem, a 4's stem off its bar); wobble: slow, wide wobble of the hand (std); corner: how much
    sharp corners are rounded (std of a smoothing along the path; grows with mouse speed);
    proportion: one part of the digit (bench.strokes.PARTS) scaled by this against the rest;
    warp: a smooth random bend of the whole shape (std of the control points' moves), so
    neighbouring control points move together (a bowl grows, a bar tilts) where `jitter` moves
    each on its own.
    """

    slant_deg: float
    rotation_deg: float
    size: float
    aspect: float
    place: tuple[float, float]
    tremor: float
    jitter: float
    brush_width: float
    step_px: float
    closure: float = 0.0
    join: float = 0.0
    hook: float = 0.0
    stroke_shift: float = 0.0
    wobble: float = 0.0
    corner: float = 0.0
    proportion: float = 1.0
    warp: float = 0.0


NEUTRAL = DrawParams(0.0, 0.0, 0.75, 1.0, (0.5, 0.5), 0.0, 0.0, 18.0, 3.0)  # upright, centred, default brush, tidy


@dataclass(eq=False)
class DrawnDigit:
    """One digit drawn on the pad.

    canvas:  float32 (280, 280) in [0, 1], ink = 1 (``DrawingPad.canvas()``).
    strokes: [(points float32 (k, 2) as (x, y) canvas px, width)], as the pad recorded them.
    """

    label: int
    style: str
    brush_width: float
    canvas: np.ndarray
    strokes: list[tuple[np.ndarray, float]]
    params: DrawParams


@dataclass(eq=False)
class DrawnArrays:
    """Drawings stacked: canvases float32 (n, 280, 280), labels int64 (n,),
    brush_widths float32 (n,), styles str (n,)."""

    canvases: np.ndarray
    labels: np.ndarray
    brush_widths: np.ndarray
    styles: np.ndarray

    def brush_bins(self) -> np.ndarray:
        """str (n,): each drawing's brush bin ("thin", "medium", "thick")."""
        return np.array([brush_bin(w) for w in self.brush_widths])


def brush_bin(width: float) -> str:
    """The BRUSH_BINS name of a brush width."""
    for name, low, high in BRUSH_BINS:
        if width <= high:
            return name
    return BRUSH_BINS[-1][0]


def random_params(rng: np.random.Generator) -> DrawParams:
    """Random variation of one drawing, every value uniform in its range."""
    params = DrawParams(
        slant_deg=float(rng.uniform(*SLANT)),
        rotation_deg=float(rng.uniform(-ROTATION_DEG, ROTATION_DEG)),
        size=float(rng.uniform(*SIZE)),
        aspect=float(rng.uniform(*ASPECT)),
        place=(float(rng.uniform()), float(rng.uniform())),
        tremor=float(rng.uniform(*TREMOR)),
        jitter=float(rng.uniform(*JITTER)),
        brush_width=float(rng.integers(BRUSH_MIN, BRUSH_MAX + 1)),
        step_px=float(rng.uniform(*STEP_PX)),
    )
    speed = (params.step_px - STEP_PX[0]) / (STEP_PX[1] - STEP_PX[0])  # 0 slowest .. 1 fastest
    return replace(
        params,
        closure=float(rng.uniform(*CLOSURE)),
        join=float(rng.uniform(*JOIN)),
        hook=float(rng.uniform(*HOOK)),
        stroke_shift=float(rng.uniform(*STROKE_SHIFT)),
        wobble=float(rng.uniform(*WOBBLE)),
        corner=float(CORNER[0] + (CORNER[1] - CORNER[0]) * rng.uniform(0.25, 1.0) * (0.4 + 0.6 * speed)),
        proportion=float(np.exp(rng.uniform(np.log(PROPORTION[0]), np.log(PROPORTION[1])))),
        warp=float(rng.uniform(*WARP)),
    )


# --- paths ---------------------------------------------------------------------------

def catmull_rom(points: np.ndarray, per_segment: int = 16) -> np.ndarray:
    """Centripetal Catmull-Rom curve through points (m, 2) -> (k, 2), ends included."""
    points = np.asarray(points, dtype=np.float64)
    if len(points) < 3:
        t = np.linspace(0.0, 1.0, per_segment + 1)[:, None]
        return points[0] + t * (points[-1] - points[0]) if len(points) == 2 else points.copy()
    padded = np.vstack([2 * points[0] - points[1], points, 2 * points[-1] - points[-2]])
    out = [points[:1]]
    s = np.linspace(0.0, 1.0, per_segment + 1)[1:, None]
    for p0, p1, p2, p3 in zip(padded, padded[1:], padded[2:], padded[3:]):
        t1 = np.linalg.norm(p1 - p0) ** 0.5 + 1e-9
        t2 = t1 + np.linalg.norm(p2 - p1) ** 0.5 + 1e-9
        t3 = t2 + np.linalg.norm(p3 - p2) ** 0.5 + 1e-9
        t = t1 + s * (t2 - t1)
        a1 = ((t1 - t) * p0 + t * p1) / t1
        a2 = ((t2 - t) * p1 + (t - t1) * p2) / (t2 - t1)
        a3 = ((t3 - t) * p2 + (t - t2) * p3) / (t3 - t2)
        b1 = ((t2 - t) * a1 + t * a2) / t2
        b2 = ((t3 - t) * a2 + (t - t1) * a3) / (t3 - t1)
        out.append(((t2 - t) * b1 + (t - t1) * b2) / (t2 - t1))
    return np.vstack(out)


def smooth_stroke(control: list[tuple[float, float]]) -> np.ndarray:
    """Authored control points -> dense (k, 2) path; a repeated point is a sharp corner."""
    pieces, piece = [], [control[0]]
    for point in control[1:]:
        if point == piece[-1]:
            pieces.append(piece)
            piece = [point]
        else:
            piece.append(point)
    pieces.append(piece)
    curves = [catmull_rom(np.array(p)) for p in pieces]
    return np.vstack([curves[0]] + [c[1:] for c in curves[1:]])


def resample(path: np.ndarray, step: float) -> np.ndarray:
    """Path (k, 2) -> points about `step` apart along it (k', 2), ends kept."""
    lengths = np.linalg.norm(np.diff(path, axis=0), axis=1)
    arc = np.concatenate([[0.0], np.cumsum(lengths)])
    if arc[-1] < 1e-9:
        return path[:1].copy()
    n = max(1, int(np.ceil(arc[-1] / step)))
    at = np.linspace(0.0, arc[-1], n + 1)
    return np.column_stack([np.interp(at, arc, path[:, 0]), np.interp(at, arc, path[:, 1])])


def _tremor(path: np.ndarray, amplitude: float, correlation: float, rng: np.random.Generator) -> np.ndarray:
    """Add smooth 2-D noise (std `amplitude`, varying over `correlation` px) to a 1-px-spaced path."""
    if amplitude <= 0 or len(path) < 2:
        return path
    sigma = max(correlation, 1.0)
    half = int(3 * sigma)
    kernel = np.exp(-0.5 * (np.arange(-half, half + 1) / sigma) ** 2)
    noise = rng.standard_normal((len(path) + 2 * half, 2))
    smooth = np.column_stack([np.convolve(noise[:, j], kernel, mode="valid") for j in range(2)])
    smooth /= np.sqrt(np.sum(kernel ** 2))  # unit std
    return path + amplitude * smooth


def _jitter(control: list[tuple[float, float]], amount: float, rng: np.random.Generator) -> list[tuple[float, float]]:
    """Move each control point by normal noise (std `amount`); a repeated point (a corner) stays one point."""
    moves = rng.normal(0.0, amount, (len(control), 2)) if amount > 0 else np.zeros((len(control), 2))
    out = []
    for i, point in enumerate(control):
        if i and point == control[i - 1]:
            out.append(out[-1])
        else:
            out.append((point[0] + float(moves[i, 0]), point[1] + float(moves[i, 1])))
    return out


def _scale_part(strokes: list[list[tuple[float, float]]], label: int, factor: float) -> list[list[tuple[float, float]]]:
    """Scale the control points inside the label's PARTS box about its anchor (a repeated point stays repeated)."""
    part = PARTS.get(label)
    if part is None or factor == 1.0:
        return strokes
    x0, y0, x1, y1 = part["box"]
    ax, ay = part["anchor"]
    if "range" in part:  # the generator's PROPORTION range mapped onto the digit's own, in log scale
        (low, high), (p_low, p_high) = np.log(part["range"]), np.log(PROPORTION)
        factor = float(np.exp(low + (np.log(factor) - p_low) / (p_high - p_low) * (high - low)))
    fx, fy = (factor if along else 1.0 for along in part["axes"])
    return [
        [(ax + (x - ax) * fx, ay + (y - ay) * fy) if x0 <= x <= x1 and y0 <= y <= y1 else (x, y) for x, y in stroke]
        for stroke in strokes
    ]


def _warp(strokes: list[list[tuple[float, float]]], amount: float, rng: np.random.Generator) -> list[list[tuple[float, float]]]:
    """Move every control point by one smooth random field (std `amount`, about one wave across
    the digit): neighbouring points move together, a repeated point stays repeated."""
    if amount <= 0:
        return strokes
    waves = 3
    freq = rng.uniform(0.4, 1.0, (2, waves, 1)) * np.exp(1j * rng.uniform(0, 2 * np.pi, (2, waves, 1)))  # per axis
    phase = rng.uniform(0, 2 * np.pi, (2, waves, 1))
    out = []
    for stroke in strokes:
        xy = np.array(stroke, dtype=np.float64)  # (m, 2)
        along = 2 * np.pi * (freq.real * xy[:, 0] + freq.imag * xy[:, 1]) + phase  # (2, waves, m)
        move = amount * np.sqrt(2.0 / waves) * np.sin(along).sum(axis=1).T  # (m, 2), std ~ amount
        out.append([(float(x), float(y)) for x, y in xy + move])
    return out


def _arc(path: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(path, axis=0), axis=1))])


def _run_on(path: np.ndarray, amount: float) -> np.ndarray:
    """The path's end cut back by -amount (< 0; at most 40 % of the path) or carried on by amount
    (> 0), turning as the path's end turns (a circle no tighter than radius 0.15)."""
    arc = _arc(path)
    total = arc[-1]
    if amount == 0 or total < 1e-6:
        return path
    if amount < 0:
        keep = total - min(-amount, 0.4 * total)
        inside = arc < keep
        last = np.array([np.interp(keep, arc, path[:, 0]), np.interp(keep, arc, path[:, 1])])
        return np.vstack([path[inside], last])
    d = min(0.04, total / 3)
    at = [np.array([np.interp(total - k * d, arc, path[:, 0]), np.interp(total - k * d, arc, path[:, 1])]) for k in (2, 1, 0)]
    a1 = np.arctan2(*(at[1] - at[0])[::-1])
    a2 = np.arctan2(*(at[2] - at[1])[::-1])
    rate = float(np.clip((a2 - a1 + np.pi) % (2 * np.pi) - np.pi, -d / 0.15, d / 0.15) / d)
    return np.vstack([path, _curl(path[-1], a2, rate, amount)])


def _curl(start: np.ndarray, angle: float, rate: float, length: float, step: float = 0.005) -> np.ndarray:
    """Points (n, 2) after `start` along a curve heading `angle` and turning `rate` radians per unit length."""
    s = np.arange(1, max(2, int(np.ceil(length / step))) + 1) * (length / max(2, int(np.ceil(length / step))))
    heading = angle + rate * (s - step / 2)
    return start + np.cumsum(np.column_stack([np.cos(heading), np.sin(heading)]) * (length / len(s)), axis=0)


def _hook(path: np.ndarray, length: float, rng: np.random.Generator) -> np.ndarray:
    """A small tail after the path's end: the pen still moving as the button comes up."""
    if length <= 0 or len(path) < 2:
        return path
    tangent = path[-1] - path[max(0, len(path) - 1 - max(1, len(path) // 10))]
    turn = float(rng.choice([-1.0, 1.0]) * rng.uniform(np.pi / 3, np.pi))
    return np.vstack([path, _curl(path[-1], float(np.arctan2(tangent[1], tangent[0])), turn / length, length)])


def _round_corners(path: np.ndarray, sigma: float) -> np.ndarray:
    """A 1-px-spaced path smoothed along its length (Gaussian, std `sigma` px), its ends kept:
    the corner cutting of a quick hand."""
    half = min(int(3 * sigma), len(path) - 1)
    if sigma < 0.5 or half < 1:
        return path
    kernel = np.exp(-0.5 * (np.arange(-half, half + 1) / sigma) ** 2)
    kernel /= kernel.sum()
    padded = np.vstack([2 * path[0] - path[half:0:-1], path, 2 * path[-1] - path[-2:-half - 2:-1]])
    return np.column_stack([np.convolve(padded[:, j], kernel, mode="valid") for j in range(2)])


def _sloppy_ends(label: int, style: str, strokes: list[np.ndarray], params: DrawParams,
                 rng: np.random.Generator) -> list[np.ndarray]:
    """Stroke ends stopping short or running on, loops left open or overshot, tails, strokes landing off."""
    closing = {(i, end): gap_scale for i, end, gap_scale in CLOSURES.get(label, {}).get(style, [])}
    out = []
    for i, stroke in enumerate(strokes):
        stroke = resample(stroke, 0.005)
        for end in ("start", "end"):
            stroke = stroke[::-1]  # work on the end last in the array: "start" first (reversed), then "end"
            if (i, end) in closing:
                amount = params.closure * (closing[i, end] if params.closure < 0 else 1.0)
            else:
                amount = float(rng.uniform(-1, 1)) * params.join
            stroke = _run_on(stroke, amount)
            if rng.uniform() < HOOK_CHANCE:
                stroke = _hook(stroke, params.hook * float(rng.uniform(0.5, 1.0)), rng)
        if i:
            stroke = stroke + rng.normal(0.0, params.stroke_shift, 2) if params.stroke_shift > 0 else stroke
        out.append(stroke)
    return out


def layout(label: int, style: str, params: DrawParams, rng: np.random.Generator) -> tuple[list[np.ndarray], DrawParams]:
    """The mouse positions of one drawing: [(k, 2) canvas px per stroke], and the params
    with `size` updated if the digit had to shrink to fit on the pad."""
    control = _warp(_scale_part(STYLES[label][style], label, params.proportion), params.warp, rng)
    strokes = [smooth_stroke(_jitter(s, params.jitter, rng)) for s in control]
    strokes = _sloppy_ends(label, style, strokes, params, rng)
    every = np.vstack(strokes)
    low, high = every.min(axis=0), every.max(axis=0)
    centre, height = (low + high) / 2, max(high[1] - low[1], 1e-6)

    slant, turn = np.radians(params.slant_deg), np.radians(params.rotation_deg)
    shear = np.array([[1.0, -np.tan(slant)], [0.0, 1.0]])  # y down: the top (y < 0) moves right
    rotate = np.array([[np.cos(turn), -np.sin(turn)], [np.sin(turn), np.cos(turn)]])
    matrix = rotate @ shear @ np.diag([params.aspect, 1.0]) * (params.size * CANVAS_SIZE / height)
    size_px = params.size * CANVAS_SIZE
    placed = []
    for s in strokes:
        s = _round_corners(resample((s - centre) @ matrix.T, 1.0), params.corner * size_px)
        s = _tremor(s, params.wobble * size_px, 0.25 * size_px, rng)
        placed.append(_tremor(s, params.tremor * size_px, 0.08 * size_px, rng))

    every = np.vstack(placed)
    low, high = every.min(axis=0), every.max(axis=0)
    margin = params.brush_width / 2 + 2  # the whole brush stays on the pad
    room = CANVAS_SIZE - 2 * margin
    shrink = min(1.0, room / max((high - low).max(), 1e-6))
    if shrink < 1.0:
        placed = [s * shrink for s in placed]
        low, high = low * shrink, high * shrink
        params = replace(params, size=params.size * shrink)
    offset = margin - low + np.asarray(params.place) * (room - (high - low))
    paths = [np.clip(resample(s + offset, params.step_px), 1.0, CANVAS_SIZE - 1.0) for s in placed]
    return paths, params


# --- drawing on the pad -------------------------------------------------------------

def make_pad():
    """A shown DrawingPad, exactly 280x280 so widget px = canvas px (creates the QApplication if needed)."""
    from PySide6.QtWidgets import QApplication

    from gui.left_column.drawing_pad import DrawingPad

    if QApplication.instance() is None:
        make_pad.app = QApplication([])  # kept alive for the process
    pad = DrawingPad()
    pad.resize(CANVAS_SIZE, CANVAS_SIZE)
    pad.show()
    return pad


def draw_on_pad(pad, paths: list[np.ndarray], brush_width: float) -> None:
    """Clear the pad and draw each path (k, 2 canvas px) as one press-move-release stroke."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    rect = pad.canvas_rect()
    scale = rect.width() / CANVAS_SIZE
    pad.clear()
    pad.set_brush_width(brush_width)
    for path in paths:
        xy = np.rint(path * scale + (rect.x(), rect.y())).astype(int)
        keep = np.concatenate([[True], np.any(xy[1:] != xy[:-1], axis=1)])
        points = [QPoint(int(x), int(y)) for x, y in xy[keep]]  # never (0, 0): QTest would take the centre
        QTest.mousePress(pad, left, none, points[0])
        for point in points[1:]:
            QTest.mouseMove(pad, point)
        QTest.mouseRelease(pad, left, none, points[-1])


def draw_digit(pad, label: int, style: str, params: DrawParams, rng: np.random.Generator) -> DrawnDigit:
    """Draw one style of a digit on the pad with the given variation (rng: the tremor)."""
    paths, params = layout(label, style, params, rng)
    draw_on_pad(pad, paths, params.brush_width)
    canvas = pad.canvas()
    strokes = pad.strokes()
    if len(strokes) != len(paths):
        raise RuntimeError(f"the pad recorded {len(strokes)} strokes, {len(paths)} were drawn")
    ink = np.vstack([p for p, _ in strokes]).astype(int)
    if canvas[ink[:, 1], ink[:, 0]].min() < 0.5:
        raise RuntimeError("the pad has no ink along the path drawn")
    return DrawnDigit(label, style, pad.brush_width, canvas, strokes, params)


def _split_key(split: str) -> int:
    if not split:
        raise ValueError("split must be a non-empty name")
    return int.from_bytes(hashlib.sha256(split.encode()).digest()[:8], "little")


def _style_index(label: int, style: str) -> int:
    return list(STYLES[label]).index(style)


def _draw_many(jobs, pad=None) -> list[DrawnDigit]:
    """jobs: [(label, style, seed list)] -> drawings, on `pad` or a pad made for the call."""
    own = pad is None
    pad = make_pad() if own else pad
    try:
        drawings = []
        for label, style, seed in jobs:
            rng = np.random.default_rng(seed)
            drawings.append(draw_digit(pad, label, style, random_params(rng), rng))
        return drawings
    finally:
        if own:
            pad.close()
            pad.deleteLater()


def generate(split: str, draws_per_style: int, labels=range(10), pad=None) -> list[DrawnDigit]:
    """`draws_per_style` drawings of every style of each label, digit by digit.

    Each split name seeds its own random stream ("tune" and "test" are disjoint); the same
    call gives identical drawings. pad: a shown 280x280 DrawingPad to draw on (default: a
    new one for this call).
    """
    key = _split_key(split)
    jobs = [
        (label, style, [0, key, label, _style_index(label, style), i])
        for label in labels
        for style in STYLES[label]
        for i in range(draws_per_style)
    ]
    return _draw_many(jobs, pad)


def generate_style(label: int, style: str, n: int, seed: int = 0, pad=None) -> list[DrawnDigit]:
    """n drawings of one style only ("one person's style"), from a stream of its own
    (disjoint from every split's)."""
    if style not in STYLES[label]:
        raise ValueError(f"no style {style!r} for {label}; have {list(STYLES[label])}")
    jobs = [(label, style, [1, seed, label, _style_index(label, style), i]) for i in range(n)]
    return _draw_many(jobs, pad)


def person_params(rng: np.random.Generator) -> DrawParams:
    """One person's habits: a drawing's parameters drawn once (their slant, size, brush, sloppiness...)."""
    return random_params(rng)


def habit_params(habits: DrawParams, rng: np.random.Generator) -> DrawParams:
    """One drawing by a person: their habits, varied a little as one hand varies (the place on the pad freely)."""

    def around(value, spread, low, high):
        return float(np.clip(value + rng.uniform(-spread, spread), low, high))

    return replace(
        habits,
        slant_deg=around(habits.slant_deg, 4.0, *SLANT),
        rotation_deg=around(habits.rotation_deg, 3.0, -ROTATION_DEG, ROTATION_DEG),
        size=around(habits.size, 0.08, *SIZE),
        aspect=around(habits.aspect, 0.05, *ASPECT),
        place=(float(rng.uniform()), float(rng.uniform())),
        step_px=around(habits.step_px, 1.5, *STEP_PX),
        closure=around(habits.closure, 0.03, *CLOSURE),
        proportion=float(habits.proportion * np.exp(rng.uniform(-0.07, 0.07))),
    )


def generate_person(styles: dict[int, str], per_digit: int, person: int, seed: int, pad=None) -> list[DrawnDigit]:
    """per_digit drawings of each digit by one person: their way of writing each digit (``styles``) and
    their habits (``person_params``, seeded by ``person``), each drawing varied a little (seeded by ``seed``).
    A stream of its own, disjoint from every split's and from ``generate_style``'s."""
    habits = person_params(np.random.default_rng([2, person]))
    own = pad is None
    pad = make_pad() if own else pad
    try:
        drawings = []
        for label in sorted(styles):
            for i in range(per_digit):
                rng = np.random.default_rng([3, person, seed, label, i])
                drawings.append(draw_digit(pad, label, styles[label], habit_params(habits, rng), rng))
        return drawings
    finally:
        if own:
            pad.close()
            pad.deleteLater()


def stack(drawings: list[DrawnDigit]) -> DrawnArrays:
    """Drawings -> DrawnArrays (canvases (n, 280, 280), labels, brush widths, style names)."""
    empty = np.zeros((0, CANVAS_SIZE, CANVAS_SIZE), dtype=np.float32)
    return DrawnArrays(
        canvases=np.stack([d.canvas for d in drawings]) if drawings else empty,
        labels=np.array([d.label for d in drawings], dtype=np.int64),
        brush_widths=np.array([d.brush_width for d in drawings], dtype=np.float32),
        styles=np.array([d.style for d in drawings], dtype=str),
    )


def load_or_generate(split: str, draws_per_style: int, labels=range(10)) -> DrawnArrays:
    """stack(generate(...)), cached in bench/output/ (keyed by the arguments and this code)."""
    sources = b"".join(Path(__file__).with_name(n).read_bytes() for n in ("drawn_digits.py", "strokes.py"))
    sources += (ROOT / "gui" / "drawing_pad.py").read_bytes()
    key = hashlib.sha256(repr((split, draws_per_style, list(labels))).encode() + sources).hexdigest()[:16]
    path = CACHE_DIR / f"drawn-{split}-{draws_per_style}-{key}.npz"
    if path.exists():
        with np.load(path) as saved:
            return DrawnArrays(saved["canvases"].astype(np.float32) / np.float32(255.0), saved["labels"],
                               saved["brush_widths"], saved["styles"])
    arrays = stack(generate(split, draws_per_style, labels))
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".tmp.npz")
    np.savez_compressed(partial, canvases=np.rint(arrays.canvases * 255).astype(np.uint8), labels=arrays.labels,
                        brush_widths=arrays.brush_widths, styles=arrays.styles)
    partial.replace(path)
    return arrays


# --- looking at them ---------------------------------------------------------------

def contact_sheet(images: np.ndarray, path: str | Path, columns: int, cell: int = 84, gap: int = 4) -> None:
    """Write images (n, h, w) in [0, 1], ink = 1, as a PNG grid (cells `cell` px, white ink on black)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    n = len(images)
    rows = (n + columns - 1) // columns
    sheet = QImage(columns * (cell + gap) + gap, rows * (cell + gap) + gap, QImage.Format.Format_Grayscale8)
    sheet.fill(90)
    painter = QPainter(sheet)
    for i, image in enumerate(images):
        pixels = np.ascontiguousarray(np.rint(np.clip(image, 0, 1) * 255).astype(np.uint8))
        h, w = pixels.shape
        tile = QImage(pixels.data, w, h, w, QImage.Format.Format_Grayscale8).scaled(
            cell, cell, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
        painter.drawImage(gap + (i % columns) * (cell + gap), gap + (i // columns) * (cell + gap), tile)
    painter.end()
    sheet.save(str(path))


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=5, help="drawings per style for the timing (default 5)")
    parser.add_argument("--sheets", default="/tmp", help="folder for the contact sheets (default /tmp)")
    args = parser.parse_args()

    pad = make_pad()
    columns = max(len(styles) for styles in STYLES.values())
    grid = np.zeros((len(STYLES), columns, CANVAS_SIZE, CANVAS_SIZE), dtype=np.float32)  # a row per digit
    for label, styles in STYLES.items():
        for j, style in enumerate(styles):
            grid[label, j] = draw_digit(pad, label, style, NEUTRAL, np.random.default_rng(0)).canvas
    contact_sheet(grid.reshape(-1, CANVAS_SIZE, CANVAS_SIZE), Path(args.sheets) / "drawn-styles.png", columns)

    start = time.perf_counter()
    drawings = generate("tune", args.draws, pad=pad)
    seconds = time.perf_counter() - start
    print(f"{len(drawings)} drawings in {seconds:.2f} s: {1000 * seconds / len(drawings):.1f} ms per drawing")
    contact_sheet(np.stack([d.canvas for d in drawings[::args.draws]]), Path(args.sheets) / "drawn-tune.png",
                  columns=5)
    print(f"contact sheets: {args.sheets}/drawn-styles.png (neutral), {args.sheets}/drawn-tune.png (random)")


if __name__ == "__main__":
    main()
