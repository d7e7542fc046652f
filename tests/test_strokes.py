"""Strokes redrawn with MNIST's pen: the brush width, the size and the place of a drawing do not matter."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from core.preprocess import canvas_to_inputs
from core.strokes import PEN_WIDTH, slope, stand_upright, strokes_to_inputs


def ellipse(cx=140, cy=140, rx=50, ry=80, n=120):
    t = np.linspace(0, 2 * np.pi, n)
    return np.stack([cx + rx * np.cos(t), cy + ry * np.sin(t)], axis=1)


def seven(x0=80, y0=60, size=160):
    """A 7 in two strokes (a bar and a stem), as canvas points."""
    bar = np.array([[x0, y0], [x0 + 0.6 * size, y0]])
    stem = np.array([[x0 + 0.6 * size, y0], [x0 + 0.25 * size, y0 + size]])
    return [bar, stem]


def ink_box(field, threshold=0.3):
    rows, cols = np.nonzero(field > threshold)
    return rows.max() - rows.min() + 1, cols.max() - cols.min() + 1


def test_brush_width_does_not_change_what_the_network_sees():
    thin = strokes_to_inputs([(path, 4.0) for path in seven()])
    thick = strokes_to_inputs([(path, 40.0) for path in seven()])
    np.testing.assert_array_equal(thin.image28, thick.image28)


def test_size_and_place_do_not_matter():
    big = strokes_to_inputs([(ellipse(140, 140, 60, 100), 18.0)]).image28
    small_in_a_corner = strokes_to_inputs([(ellipse(50, 60, 18, 30), 18.0)]).image28
    assert np.abs(big - small_in_a_corner).max() < 0.02


def test_like_mnist_twenty_pixels_high_centred_by_mass_with_mnists_ink():
    seen = strokes_to_inputs([(ellipse(), 18.0)])
    height, width = ink_box(seen.image28)
    assert 19 <= height <= 21 and 11 <= width <= 15  # aspect kept: 100 × 160 canvas px
    assert np.allclose(seen.center_of_mass, (13.5, 13.5), atol=0.3)
    assert seen.inputs.shape == (784,) and seen.inputs.min() >= 0.01 and seen.inputs.max() <= 1.0
    assert seen.image28.max() == pytest.approx(1.0)
    # MNIST's digits hold about 100 (0–1 scale) of ink; a 0 drawn this size lands in the same range
    assert 70 < seen.image28.sum() < 140


def test_a_line_is_drawn_with_the_pen_width():
    seen = strokes_to_inputs([(np.array([[140.0, 40], [140, 240]]), 30.0)])
    height, width = ink_box(seen.image28, threshold=0.5)
    assert height >= 19
    assert width == pytest.approx(PEN_WIDTH, abs=1.0)  # not the 30 px brush scaled down


def test_nothing_drawn_and_a_dot():
    assert strokes_to_inputs([]).empty
    assert strokes_to_inputs([(np.zeros((0, 2)), 18.0)]).empty
    dot = strokes_to_inputs([(np.array([[100.0, 100.0]]), 18.0)])
    assert not dot.empty and 0 < dot.image28.sum() < 15  # a small dot in the middle, not a 20-px blob
    assert np.allclose(dot.center_of_mass, (13.5, 13.5), atol=0.6)


def sheared(paths, lean):
    """The paths leaned: x + lean·(y − 140) (lean < 0: the top to the right, as handwriting leans)."""
    return [np.stack([path[:, 0] + lean * (path[:, 1] - 140), path[:, 1]], axis=1) for path in paths]


@pytest.mark.parametrize("lean", [-0.6, -0.25, 0.3])
def test_the_slant_is_measured_and_taken_out(lean):
    upright_zero = [ellipse(rx=40, ry=90)]
    assert slope(upright_zero) == pytest.approx(0.0, abs=1e-6)
    # the ink's slant, not the shear's: shearing lengthens some lines more than others
    assert slope(sheared(upright_zero, lean)) == pytest.approx(lean, rel=0.15)
    straightened = stand_upright(sheared(upright_zero, lean))
    assert slope(straightened) == pytest.approx(0.0, abs=0.01)
    np.testing.assert_allclose(straightened[0], upright_zero[0], atol=1.0)  # back where it was, within a pixel


def test_a_leaning_digit_is_seen_as_its_upright_self():
    one = [np.array([[140.0, 40], [140, 240]]), np.array([[110.0, 75], [140, 40]])]  # a 1 with a flag
    leaning = sheared(one, -0.45)  # about 24°
    upright = strokes_to_inputs([(path, 18.0) for path in one]).image28
    seen = strokes_to_inputs([(path, 18.0) for path in leaning]).image28
    as_drawn = strokes_to_inputs([(path, 18.0) for path in leaning], upright=False).image28
    assert np.abs(seen - upright).mean() < 0.02
    assert np.abs(as_drawn - upright).mean() > 0.05  # the slant did change the picture before


def test_a_flat_line_and_a_dot_have_no_slant():
    assert slope([np.array([[40.0, 100], [240, 100]])]) == 0.0
    assert slope([np.array([[100.0, 100]])]) == 0.0
    assert slope([np.array([[40.0, 40], [240, 60]])]) == pytest.approx(1.0)  # nearly flat: clipped to 45°


def draw_path(qtbot, pad, path, brush):
    pad.set_brush_width(brush)
    points = [QPoint(round(x), round(y)) for x, y in path]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for point in points[1:]:
        QTest.mouseMove(pad, point)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])


def test_the_pad_gives_the_network_the_redrawn_strokes_whatever_the_brush(qtbot, pad):
    path = ellipse(140, 140, 40, 70, 60)
    draw_path(qtbot, pad, path, 5)
    thin = pad.seen().image28
    pad.clear()
    draw_path(qtbot, pad, path, 35)
    thick = pad.seen().image28
    np.testing.assert_array_equal(thin, thick)
    # the canvas itself shows the brush: its pixels differ a lot
    assert canvas_to_inputs(pad.canvas()).image28.sum() > 1.3 * thick.sum()


def test_a_loaded_image_is_prepared_from_the_canvas(qtbot, pad, mnist):
    pad.load_image(mnist.test_images[0])
    draw_path(qtbot, pad, [(20, 20), (40, 20)], 10)  # a stroke on top of the digit
    np.testing.assert_array_equal(pad.seen().image28, canvas_to_inputs(pad.canvas()).image28)


def test_the_pad_stands_a_leaning_digit_upright(qtbot, pad):
    """A 1 leaning ~24° to the right, drawn with the mouse, reaches the network as a vertical stroke."""
    draw_path(qtbot, pad, [(170 - 0.45 * (y - 40), y) for y in range(40, 241, 10)], 18)
    field = pad.seen().image28
    rows, columns = np.nonzero(field > 0.5)
    assert rows.max() - rows.min() >= 18  # a tall stroke ...
    assert columns.max() - columns.min() <= 4  # ... and no longer a slanted one
