"""Tests for gui.left_column.drawing_pad.DrawingPad and gui.left_column.prediction_panel.PredictionPanel."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from checks import pad_as_28x28
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from core.preprocess import canvas_to_inputs, uint8_to_unit
from gui.left_column.drawing_pad import BRUSH_DEFAULT, BRUSH_MAX, BRUSH_MIN, CANVAS_SIZE, DrawingPad
from gui.left_column.prediction_panel import PredictionPanel


def _mouse(pad, kind, pos, button, buttons):
    pos = pos if isinstance(pos, QPointF) else QPointF(*pos)
    event = QMouseEvent(kind, pos, pad.mapToGlobal(pos), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(pad, event)


def drag(pad, points, steps=10):
    """Press at points[0], move through the others (in `steps` per leg), release."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _mouse(pad, QEvent.Type.MouseButtonPress, points[0], left, left)
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        for t in np.linspace(0, 1, steps + 1)[1:]:
            pos = QPointF(x0 + t * (x1 - x0), y0 + t * (y1 - y0))
            _mouse(pad, QEvent.Type.MouseMove, pos, none, left)
    _mouse(pad, QEvent.Type.MouseButtonRelease, points[-1], left, none)


def ink_rows(canvas, col, threshold=0.5):
    """Rows of one canvas column holding ink."""
    return np.flatnonzero(canvas[:, col] >= threshold)


# --- DrawingPad ------------------------------------------------------------------

def test_new_pad_is_empty_and_black(pad):
    canvas = pad.canvas()
    assert pad.objectName() == "drawingPad"
    assert canvas.shape == (CANVAS_SIZE, CANVAS_SIZE)
    assert canvas.dtype == np.float32
    assert not canvas.any()
    assert pad.is_empty()
    assert not pad.can_undo()
    assert pad.brush_width == BRUSH_DEFAULT
    assert pad.toolTip()


def test_hint_text_is_not_part_of_the_canvas(pad):
    pad.grab()  # paints the hint and the guide frame on screen
    assert not pad.canvas().any()


def test_mouse_stroke_draws_ink_and_emits_signals(pad, qtbot):
    with qtbot.waitSignal(pad.changed), qtbot.waitSignal(pad.strokeFinished):
        drag(pad, [(40, 140), (240, 140)])
    canvas = pad.canvas()
    assert canvas.max() <= 1.0 and canvas.min() >= 0.0
    assert canvas[140, 40:241].min() > 0.9  # along the stroke
    assert not canvas[:100].any() and not canvas[180:].any()  # well away from it
    assert not pad.is_empty()
    assert pad.can_undo()


def test_changed_fires_on_every_move(pad, qtbot):
    count = []
    pad.changed.connect(lambda: count.append(1))
    drag(pad, [(50, 50), (150, 50)], steps=10)
    assert len(count) >= 10


def test_single_click_draws_a_dot(pad, qtbot):
    with qtbot.waitSignal(pad.strokeFinished):
        qtbot.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(100, 120))
    canvas = pad.canvas()
    assert canvas[120, 100] > 0.9
    area = (canvas > 0.5).sum()
    expected = np.pi * (BRUSH_DEFAULT / 2) ** 2
    assert 0.7 * expected < area < 1.3 * expected


def test_right_button_does_not_draw(pad, qtbot):
    qtbot.mouseClick(pad, Qt.MouseButton.RightButton, pos=QPoint(100, 100))
    assert not pad.canvas().any()


def test_undo_removes_the_last_stroke_only(pad, qtbot):
    drag(pad, [(40, 60), (240, 60)])
    first = pad.canvas()
    drag(pad, [(40, 200), (240, 200)])
    assert pad.canvas()[200, 140] > 0.9
    with qtbot.waitSignal(pad.changed):
        assert pad.undo()
    np.testing.assert_array_equal(pad.canvas(), first)
    assert pad.undo()
    assert not pad.canvas().any()
    assert pad.is_empty()
    assert not pad.undo()  # nothing left


def test_clear_empties_the_pad(pad, qtbot):
    drag(pad, [(40, 60), (240, 200)])
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert not pad.canvas().any()
    assert pad.is_empty()
    assert not pad.can_undo()


def test_brush_width_is_clamped(pad):
    pad.set_brush_width(100)
    assert pad.brush_width == BRUSH_MAX
    pad.brush_width = 1
    assert pad.brush_width == BRUSH_MIN
    pad.brush_width = 25
    assert pad.brush_width == 25


def test_brush_width_sets_stroke_thickness(pad):
    pad.set_brush_width(6)
    drag(pad, [(40, 70), (240, 70)])
    pad.set_brush_width(30)
    drag(pad, [(40, 200), (240, 200)])
    canvas = pad.canvas()
    thin = ink_rows(canvas[:140], 140)
    thick = ink_rows(canvas[140:], 140)
    assert abs(len(thin) - 6) <= 2
    assert abs(len(thick) - 30) <= 2
    pad.undo()  # the thin stroke keeps its own width when repainted
    assert abs(len(ink_rows(pad.canvas(), 140)) - 6) <= 2


def test_large_pad_maps_to_the_canvas(pad):
    pad.resize(500, 500)
    assert pad.canvas_rect().width() == 500
    drag(pad, [(100, 250), (400, 250)])
    canvas = pad.canvas()
    assert canvas.shape == (CANVAS_SIZE, CANVAS_SIZE)  # resolution unchanged
    assert canvas[140, 56:225].min() > 0.9  # 100..400 of 500 -> 56..224 of 280
    assert not canvas[:, :40].any() and not canvas[:, 240:].any()
    # the brush width is in canvas pixels, whatever the widget's size
    assert abs(len(ink_rows(canvas, 140)) - BRUSH_DEFAULT) <= 2


def test_wide_pad_uses_a_centred_square(pad):
    pad.resize(600, 300)
    rect = pad.canvas_rect()
    assert (rect.x(), rect.y(), rect.width(), rect.height()) == (150, 0, 300, 300)
    point = pad.map_to_canvas(QPointF(300, 150))
    assert (point.x(), point.y()) == (140, 140)


def test_size_hints_keep_the_pad_square():
    pad = DrawingPad()
    assert pad.sizeHint().width() == pad.sizeHint().height() == CANVAS_SIZE
    assert pad.minimumSizeHint().width() == pad.minimumSizeHint().height() >= 6 * 28  # 6 screen pixels per MNIST pixel at least
    pad.resize(350, 200)  # a short window: the canvas is the largest centred square
    assert pad.canvas_rect().getRect() == (75, 0, 200, 200)
    pad.deleteLater()


def test_touch_draws(pad, qtbot):
    device = QTest.createTouchDevice()
    with qtbot.waitSignal(pad.strokeFinished):
        QTest.touchEvent(pad, device).press(0, QPoint(60, 100), pad).commit()
        for x in range(70, 230, 10):
            QTest.touchEvent(pad, device).move(0, QPoint(x, 100), pad).commit()
        QTest.touchEvent(pad, device).release(0, QPoint(220, 100), pad).commit()
    canvas = pad.canvas()
    assert canvas[100, 60:221].min() > 0.9
    assert not canvas[150:].any()
    pad.undo()  # exactly one stroke, no duplicate from synthesized mouse events
    assert not pad.canvas().any()


def test_tablet_pen_draws(pad, qtbot):
    device = QPointingDevice.primaryPointingDevice()

    def pen(kind, x, y, buttons):
        pos = QPointF(x, y)
        event = QTabletEvent(kind, device, pos, pad.mapToGlobal(pos), 0.5, 0.0, 0.0,
                             0.0, 0.0, 0.0, Qt.KeyboardModifier.NoModifier,
                             Qt.MouseButton.LeftButton, buttons)
        QApplication.sendEvent(pad, event)
        assert event.isAccepted()

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    with qtbot.waitSignal(pad.strokeFinished):
        pen(QEvent.Type.TabletPress, 140, 40, left)
        for y in range(50, 250, 10):
            pen(QEvent.Type.TabletMove, 140, y, left)
        pen(QEvent.Type.TabletRelease, 140, 240, none)
    canvas = pad.canvas()
    assert canvas[40:241, 140].min() > 0.9
    assert not canvas[:, :100].any()


def _correlation(a, b):
    return float(np.corrcoef(a.ravel(), b.ravel())[0, 1])


def _ink_box(image):
    """The rows holding ink over half strength, as (first, last + 1)."""
    rows = np.flatnonzero((image > 0.5).any(axis=1))
    return rows[0], rows[-1] + 1


def _centre_of_mass(image):
    rows, cols = np.mgrid[0 : image.shape[0], 0 : image.shape[1]]
    return np.array([(rows * image).sum(), (cols * image).sum()]) / image.sum()


def _synthetic_digit():
    """A uint8 (28, 28) ring, like a 0, inside MNIST's central 20x20 box."""
    rows, cols = np.mgrid[0:28, 0:28]
    distance = np.hypot((rows - 13.5) / 9, (cols - 13.5) / 6)
    return (np.clip(1.6 - 6 * abs(distance - 0.8), 0, 1) * 255).astype(np.uint8)


@pytest.mark.parametrize("source", ["synthetic", "mnist"])
def test_load_image_puts_the_digit_on_the_pad(pad, qtbot, source):
    if source == "mnist":
        from core.data import load_mnist
        digit = load_mnist().test_images[0]
    else:
        digit = _synthetic_digit()
    with qtbot.waitSignal(pad.changed):
        pad.load_image(digit)
    assert not pad.is_empty()
    canvas, unit = pad.canvas(), digit / 255.0
    scale = CANVAS_SIZE / 28  # each of the digit's pixels covers 10×10 of the pad
    # the same place and size: ink box and centre of mass are the digit's, ten times larger
    (top, bottom), (left, right) = _ink_box(canvas), _ink_box(canvas.T)
    (d_top, d_bottom), (d_left, d_right) = _ink_box(unit), _ink_box(unit.T)
    np.testing.assert_allclose([top, bottom, left, right], scale * np.array([d_top, d_bottom, d_left, d_right]), atol=scale)
    np.testing.assert_allclose(_centre_of_mass(canvas), scale * (_centre_of_mass(unit) + 0.5), atol=2)
    assert _correlation(pad_as_28x28(canvas), unit) > 0.95
    seen = canvas_to_inputs(canvas).image28
    own = canvas_to_inputs(uint8_to_unit(digit)).image28
    assert _correlation(seen, own) > 0.8


def test_load_image_accepts_floats_and_survives_undo(pad):
    digit = _synthetic_digit()
    pad.load_image(digit.astype(np.float32) / 255)
    loaded = pad.canvas()
    assert loaded.max() > 0.9
    assert not pad.can_undo()
    drag(pad, [(10, 10), (60, 10)])  # a stroke on top
    assert pad.canvas()[10, 30] > 0.9
    pad.undo()
    np.testing.assert_array_equal(pad.canvas(), loaded)
    assert not pad.undo()  # the loaded image is not a stroke
    pad.clear()
    assert not pad.canvas().any() and pad.is_empty()


# --- PredictionPanel --------------------------------------------------------------

@pytest.fixture
def panel(qtbot):
    widget = PredictionPanel()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_panel_starts_empty(panel):
    assert panel.objectName() == "predictionPanel"
    assert panel.findChild(QLabel, "predictionLabel").text() == ""
    assert panel.findChild(QLabel, "confidenceLabel").text() == ""
    assert panel.findChild(QLabel, "networkInputView") is not None
    assert panel.findChild(type(panel.outputsPlot), "outputsPlot") is panel.outputsPlot
    assert not panel.bar_heights().any()


def test_panel_shows_the_prediction_and_clears_with_none(panel):
    outputs = np.full(10, 0.02)
    outputs[7] = 0.9
    image28 = np.zeros((28, 28), dtype=np.float32)
    image28[4:24, 13:15] = 1.0
    panel.show_prediction(outputs, image28)

    assert panel.predictionLabel.text() == "7"
    assert panel.confidenceLabel.text() == "output 0.90"  # the winning output itself
    np.testing.assert_allclose(panel.bar_heights(), outputs)
    pixmap = panel.networkInputView.pixmap()
    assert (pixmap.width(), pixmap.height()) == (84, 84)  # 3 screen pixels per MNIST pixel, nearest neighbour
    preview = pixmap.toImage()
    assert preview.pixelColor(13 * 3 + 1, 10 * 3 + 1).value() == 255  # ink, pixelated
    assert preview.pixelColor(5, 5).value() == 0

    panel.show_prediction(None, None)
    assert panel.predictionLabel.text() == ""
    assert panel.confidenceLabel.text() == ""
    assert not panel.bar_heights().any()
    assert panel.networkInputView.pixmap().toImage().pixelColor(53, 41).value() == 0


def test_panel_rejects_wrong_shapes(panel):
    with pytest.raises(ValueError):
        panel.show_prediction(np.zeros(9), None)


def test_pad_and_panel_work_together(pad, panel):
    drag(pad, [(140, 40), (140, 240)])  # a "1"
    pre = canvas_to_inputs(pad.canvas())
    outputs = np.full(10, 0.05)
    outputs[1] = 0.8
    panel.show_prediction(outputs, pre.image28)
    assert panel.predictionLabel.text() == "1"
    assert pre.image28[:, 13:15].max() == 1.0
