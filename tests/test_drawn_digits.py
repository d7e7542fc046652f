"""Tests for the drawn-digit benchmark generator (bench/drawn_digits.py) and DrawingPad.strokes()."""

import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the bench package of this checkout

from bench import drawn_digits as dd  # noqa: E402
from bench.strokes import STYLES  # noqa: E402
from gui.left_column.drawing_pad import BRUSH_MAX, BRUSH_MIN, CANVAS_SIZE  # noqa: E402


def test_pad_strokes_are_numpy_copies(pad):
    assert pad.strokes() == []
    pad.set_brush_width(7)
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(pad, left, none, QPoint(30, 40))
    QTest.mouseMove(pad, QPoint(60, 40))
    QTest.mouseRelease(pad, left, none, QPoint(90, 50))
    (points, width), = pad.strokes()
    assert points.dtype == np.float32 and points.shape == (3, 2)
    np.testing.assert_array_equal(points, [[30, 40], [60, 40], [90, 50]])
    assert width == 7.0
    points[:] = 0  # a copy: the pad keeps its strokes
    assert pad.strokes()[0][0][0, 0] == 30
    pad.undo()
    assert pad.strokes() == []


def test_every_digit_has_four_styles_inside_the_unit_box():
    assert sorted(STYLES) == list(range(10))
    for label, styles in STYLES.items():
        assert len(styles) >= 4, label
        for name, strokes in styles.items():
            points = np.array([p for stroke in strokes for p in stroke])
            assert strokes and all(len(stroke) >= 2 for stroke in strokes), (label, name)
            assert points.min() >= 0 and points.max() <= 1, (label, name)


def test_random_params_stay_in_range():
    rng = np.random.default_rng(0)
    params = [dd.random_params(rng) for _ in range(500)]
    assert all(dd.SLANT[0] <= p.slant_deg <= dd.SLANT[1] and abs(p.slant_deg) <= dd.SLANT_DEG for p in params)
    assert all(abs(p.rotation_deg) <= dd.ROTATION_DEG for p in params)
    assert all(dd.SIZE[0] <= p.size <= dd.SIZE[1] and dd.ASPECT[0] <= p.aspect <= dd.ASPECT[1] for p in params)
    assert all(dd.TREMOR[0] <= p.tremor <= dd.TREMOR[1] and dd.JITTER[0] <= p.jitter <= dd.JITTER[1] for p in params)
    assert all(0 <= p.place[0] <= 1 and 0 <= p.place[1] <= 1 for p in params)
    widths = {p.brush_width for p in params}
    assert min(widths) == BRUSH_MIN and max(widths) == BRUSH_MAX and all(w == int(w) for w in widths)
    assert {dd.brush_bin(w) for w in widths} == {"thin", "medium", "thick"}
    assert dd.brush_bin(12) == "thin" and dd.brush_bin(13) == "medium" and dd.brush_bin(25) == "thick"


def test_sloppiness_params_stay_in_range_and_spread():
    rng = np.random.default_rng(1)
    params = [dd.random_params(rng) for _ in range(500)]
    assert max(p.slant_deg for p in params) > 25  # people slant up to 25-30 degrees
    for name, (low, high) in (("closure", dd.CLOSURE), ("join", dd.JOIN), ("hook", dd.HOOK), ("stroke_shift", dd.STROKE_SHIFT),
                              ("wobble", dd.WOBBLE), ("corner", dd.CORNER), ("proportion", dd.PROPORTION), ("warp", dd.WARP)):
        values = np.array([getattr(p, name) for p in params])
        assert low <= values.min() and values.max() <= high, name
        assert values.max() - values.min() > 0.5 * (high - low), name  # the range is used
    closures = np.array([p.closure for p in params])
    assert (closures < -0.1).any() and (closures > 0.1).any()  # loops left open and overshot, by >10 % of the height
    assert dd.WOBBLE[1] > 2 * dd.TREMOR[1]  # the slow wobble is wider than the fine tremor
    corner = np.array([p.corner for p in params])
    speed = np.array([p.step_px for p in params])
    assert np.corrcoef(corner, speed)[0, 1] > 0.3  # a quicker mouse cuts corners more
    # the neutral drawing is tidy
    assert (dd.NEUTRAL.closure, dd.NEUTRAL.join, dd.NEUTRAL.hook, dd.NEUTRAL.stroke_shift, dd.NEUTRAL.wobble,
            dd.NEUTRAL.corner, dd.NEUTRAL.warp, dd.NEUTRAL.proportion) == (0, 0, 0, 0, 0, 0, 0, 1)


def test_every_closure_and_part_names_a_real_stroke_end():
    from bench.strokes import CLOSURES, PARTS
    for label, styles in CLOSURES.items():
        for style, ends in styles.items():
            for stroke, end, gap_scale in ends:
                assert stroke < len(STYLES[label][style]) and end in ("start", "end") and 0 < gap_scale <= 1
    for label, part in PARTS.items():
        low, high = part.get("range", dd.PROPORTION)
        assert 0 < low <= 1 <= high or high < 1, label  # a range may only shrink (a 1's flag)
        box = np.array(part["box"]).reshape(2, 2)
        inside = [(x, y) for s in STYLES[label].values() for stroke in s for x, y in stroke
                  if box[0, 0] <= x <= box[1, 0] and box[0, 1] <= y <= box[1, 1]]
        assert inside, label  # the part moves some control points


def test_open_loop_gap_and_overshoot_follow_closure():
    from dataclasses import replace
    rng = lambda: np.random.default_rng(1)  # noqa: E731
    (tidy,), _ = dd.layout(0, "oval", dd.NEUTRAL, rng())
    (gap,), _ = dd.layout(0, "oval", replace(dd.NEUTRAL, closure=-0.15), rng())
    (over,), _ = dd.layout(0, "oval", replace(dd.NEUTRAL, closure=0.12), rng())
    height = dd.NEUTRAL.size * CANVAS_SIZE
    assert np.linalg.norm(tidy[-1] - tidy[0]) < 2
    assert 0.12 * height < np.linalg.norm(gap[-1] - gap[0]) < 0.18 * height  # stops short of its start
    from_start = np.linalg.norm(over[len(over) // 2:] - over[0], axis=1)
    assert from_start.min() < 0.03 * height and from_start[-1] > 0.08 * height  # meets its start, then runs on past it


def test_sloppy_drawing_keeps_its_strokes_on_the_pad(pad):
    drawings = dd.generate("tune", 1, pad=pad)  # ~10 ms a drawing on two cores: bench/handwriting.py draws thousands
    assert {d.label for d in drawings} == set(range(10))
    for d in drawings:
        assert len(d.strokes) == len(STYLES[d.label][d.style])
        frame = np.concatenate([d.canvas[0], d.canvas[-1], d.canvas[:, 0], d.canvas[:, -1]])
        assert frame.max() == 0


def test_generator_draws_through_the_real_pad(pad):
    changes, finished = [], []
    pad.changed.connect(lambda: changes.append(1))
    pad.strokeFinished.connect(lambda: finished.append(1))
    drawing, = dd.generate_style(4, "open", 1, seed=3, pad=pad)
    assert len(finished) == 2 and len(changes) > 20  # two strokes, painted move by move
    assert drawing.label == 4 and drawing.style == "open"
    assert len(drawing.strokes) == 2
    assert all(width == drawing.brush_width == drawing.params.brush_width for _, width in drawing.strokes)
    np.testing.assert_array_equal(drawing.canvas, pad.canvas())
    for points, _ in drawing.strokes:  # ink all along the path the mouse took
        assert points.dtype == np.float32 and points.shape[1] == 2
        xy = points.astype(int)
        assert (drawing.canvas[xy[:, 1], xy[:, 0]] >= 0.5).all()


def test_generation_repeats_exactly_and_splits_differ(qtbot, pad):
    tune = dd.generate("tune", 1, labels=[7], pad=pad)
    again = dd.generate("tune", 1, labels=[7])  # on a pad of its own
    test = dd.generate("test", 1, labels=[7], pad=pad)
    assert [d.style for d in tune] == list(STYLES[7]) and {d.label for d in tune} == {7}
    for a, b, c in zip(tune, again, test):
        np.testing.assert_array_equal(a.canvas, b.canvas)
        assert a.params == b.params
        assert a.params != c.params and not np.array_equal(a.canvas, c.canvas)


def test_stacked_canvases_have_ink_inside_the_pad(pad):
    drawings = dd.generate("tune", 1, labels=[0, 8], pad=pad)
    arrays = dd.stack(drawings)
    n = len(STYLES[0]) + len(STYLES[8])
    assert arrays.canvases.shape == (n, CANVAS_SIZE, CANVAS_SIZE) and arrays.canvases.dtype == np.float32
    assert arrays.labels.tolist() == [0] * len(STYLES[0]) + [8] * len(STYLES[8])
    assert arrays.styles.tolist() == list(STYLES[0]) + list(STYLES[8])
    assert arrays.brush_widths.tolist() == [d.brush_width for d in drawings]
    assert arrays.brush_bins().shape == (n,)
    for canvas in arrays.canvases:
        assert 0 <= canvas.min() and canvas.max() == 1.0 and (canvas > 0.5).sum() > 100
        frame = np.concatenate([canvas[0], canvas[-1], canvas[:, 0], canvas[:, -1]])
        assert frame.max() == 0  # the whole brush stayed on the pad


def test_generate_style_is_its_own_stream(pad):
    with pytest.raises(ValueError):
        dd.generate_style(1, "no such style", 1, pad=pad)
    a = dd.generate_style(1, "flag", 2, seed=5, pad=pad)
    b = dd.generate_style(1, "flag", 2, seed=6, pad=pad)
    assert [d.style for d in a] == ["flag", "flag"]
    assert a[0].params != a[1].params and a[0].params != b[0].params
