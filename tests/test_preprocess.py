"""Tests for core.preprocess: canvas -> MNIST-style 28x28 field -> 784 inputs."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from core.preprocess import (
    FIELD_CENTER,
    Preprocessed,
    canvas_to_inputs,
    field_to_inputs,
    resample_matrix,
    uint8_to_unit,
)

CANVAS = 280


# --- synthetic drawings ----------------------------------------------------

def _grid(shape):
    rows, cols = np.mgrid[0:shape[0], 0:shape[1]]
    return rows + 0.5, cols + 0.5


def _soft(distance, half_width):
    """Anti-aliased stroke: 1 inside, 0 outside, a 1-px ramp at the edge."""
    return np.clip(half_width - distance + 0.5, 0.0, 1.0)


def draw_segment(canvas, start, end, width):
    """Thick line from start (row, col) to end (row, col) onto the canvas."""
    r, c = _grid(canvas.shape)
    (r0, c0), (r1, c1) = start, end
    dr, dc = r1 - r0, c1 - c0
    t = np.clip(((r - r0) * dr + (c - c0) * dc) / (dr * dr + dc * dc), 0.0, 1.0)
    dist = np.hypot(r - (r0 + t * dr), c - (c0 + t * dc))
    np.maximum(canvas, _soft(dist, width / 2), out=canvas)


def draw_seven(canvas, top, left, size):
    """A thick '7' filling the square box (top, left, size)."""
    w = size * 0.12
    p = lambda fr, fc: (top + fr * size, left + fc * size)  # noqa: E731
    draw_segment(canvas, p(0.1, 0.15), p(0.1, 0.85), w)
    draw_segment(canvas, p(0.1, 0.85), p(0.9, 0.4), w)
    return canvas


def draw_ring(canvas, top, left, size):
    """A thick '0' (ellipse ring) filling the box (top, left, size)."""
    r, c = _grid(canvas.shape)
    cr, cc = top + size / 2, left + size / 2
    radius = np.hypot((r - cr) / 0.45, (c - cc) / 0.32) * 0.4  # ~0.4*size on the ring
    dist = np.abs(radius - 0.4 * size) * 0.8
    np.maximum(canvas, _soft(dist, size * 0.06), out=canvas)
    return canvas


def blank(shape=(CANVAS, CANVAS)):
    return np.zeros(shape)


def ink_box(image, level=0.1):
    """(height, width) of the pixels >= level in an image."""
    rows = np.flatnonzero((image >= level).any(axis=1))
    cols = np.flatnonzero((image >= level).any(axis=0))
    return rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1


def assert_valid_inputs(result):
    assert isinstance(result, Preprocessed)
    assert not result.empty
    assert result.inputs.shape == (784,)
    assert result.inputs.dtype == np.float32
    assert np.all(np.isfinite(result.inputs))
    assert result.inputs.min() >= np.float32(0.01)
    assert result.inputs.max() <= np.float32(1.0)
    assert result.image28.shape == (28, 28)
    assert result.image28.dtype == np.float32
    assert result.image28.max() == pytest.approx(1.0)


def assert_centred(result, tolerance=1.0):
    row, col = result.center_of_mass
    assert abs(row - FIELD_CENTER[0]) <= tolerance
    assert abs(col - FIELD_CENTER[1]) <= tolerance


# --- nothing drawn -----------------------------------------------------------

def assert_empty(result):
    assert result.empty
    assert result.inputs is None
    assert result.bbox is None
    assert result.center_of_mass is None
    assert result.image28.shape == (28, 28) and not result.image28.any()
    assert result.cropped.shape == (0, 0)
    assert result.scaled20.shape == (0, 0)


def test_zero_canvas_is_empty():
    assert_empty(canvas_to_inputs(blank()))


def test_faint_noise_is_empty():
    rng = np.random.default_rng(0)
    assert_empty(canvas_to_inputs(rng.uniform(0.0, 0.015, (CANVAS, CANVAS))))


def test_nan_and_inf_only_is_empty():
    canvas = np.full((10, 10), np.nan)
    canvas[0, 0] = np.inf
    canvas[1, 1] = -np.inf
    assert_empty(canvas_to_inputs(canvas))


def test_faint_noise_does_not_widen_the_bbox():
    rng = np.random.default_rng(1)
    canvas = rng.uniform(0.0, 0.015, (CANVAS, CANVAS))
    canvas[100:180, 120:140] = 1.0
    result = canvas_to_inputs(canvas)
    assert result.bbox == (100, 120, 180, 140)
    assert result.cropped.shape == (80, 20)


# --- MNIST-style normalisation -------------------------------------------------

@pytest.mark.parametrize("draw", [draw_seven, draw_ring])
def test_small_corner_and_large_centre_drawings_match(draw):
    small = canvas_to_inputs(draw(blank(), 4, 6, 60))
    large = canvas_to_inputs(draw(blank(), 40, 40, 200))
    assert_valid_inputs(small)
    assert_valid_inputs(large)
    assert_centred(small)
    assert_centred(large)
    a, b = small.image28.ravel(), large.image28.ravel()
    assert np.mean(np.abs(a - b)) < 0.05
    assert np.corrcoef(a, b)[0, 1] > 0.9


@pytest.mark.parametrize("shape, expected", [((150, 45), (20, 6)), ((45, 150), (6, 20))])
def test_longer_side_is_20_and_aspect_is_kept(shape, expected):
    canvas = blank()
    canvas[30:30 + shape[0], 50:50 + shape[1]] = 1.0
    result = canvas_to_inputs(canvas)
    assert_valid_inputs(result)
    assert result.scaled20.shape == expected
    h, w = ink_box(result.image28)
    assert abs(max(h, w) - 20) <= 1
    assert abs(h - expected[0]) <= 1 and abs(w - expected[1]) <= 1
    assert_centred(result)


def test_tall_seven_keeps_aspect():
    canvas = blank()
    draw_segment(canvas, (20, 130), (260, 150), 24)  # a slanted "1"
    result = canvas_to_inputs(canvas)
    assert_valid_inputs(result)
    h, w = ink_box(result.image28)
    assert abs(h - 20) <= 1
    assert w < 10
    assert_centred(result)


def test_soft_brush_is_saturated():
    canvas = draw_ring(blank(), 40, 40, 200) * 0.4
    result = canvas_to_inputs(canvas)
    assert_valid_inputs(result)
    assert result.inputs.max() == pytest.approx(1.0)


def test_bbox_and_crop_match_the_canvas():
    canvas = blank()
    canvas[10:20, 200:230] = 0.8
    result = canvas_to_inputs(canvas)
    assert result.bbox == (10, 200, 20, 230)
    np.testing.assert_allclose(result.cropped, canvas[10:20, 200:230])


def test_centre_of_mass_is_reported_for_image28():
    result = canvas_to_inputs(draw_seven(blank(), 10, 150, 120))
    img = result.image28.astype(np.float64)
    rows, cols = np.indices(img.shape)
    expected = ((img * rows).sum() / img.sum(), (img * cols).sum() / img.sum())
    assert result.center_of_mass == pytest.approx(expected)


def test_lopsided_shape_stays_inside_the_field():
    canvas = blank()
    canvas[0:200, 0:10] = 1.0  # heavy bar on the left ...
    canvas[0:2, 10:200] = 0.05  # ... and a faint but counted tail to the right
    result = canvas_to_inputs(canvas)
    assert_valid_inputs(result)
    assert result.scaled20.shape == (20, 20)
    # all of the scaled image got pasted: nothing was lost at the field's edge
    assert result.image28.sum() == pytest.approx(
        result.scaled20.sum() / result.scaled20.max(), rel=1e-5
    )


# --- odd canvases ---------------------------------------------------------------

@pytest.mark.parametrize("shape", [(1, 1), (5, 3), (3, 5), (1, 64), (280, 40)])
def test_tiny_and_non_square_canvases(shape):
    canvas = np.ones(shape)
    result = canvas_to_inputs(canvas)
    assert_valid_inputs(result)
    assert max(result.scaled20.shape) == 20
    assert_centred(result)


def test_single_pixel_dot_is_sensible():
    canvas = blank()
    canvas[7, 250] = 1.0
    result = canvas_to_inputs(canvas)
    assert_valid_inputs(result)
    assert result.bbox == (7, 250, 8, 251)
    assert result.scaled20.shape == (20, 20)
    assert_centred(result, tolerance=0.01)


def test_nan_values_do_not_break_it():
    canvas = draw_ring(blank(), 40, 40, 200)
    clean = canvas_to_inputs(canvas)
    canvas[::7, ::5] = np.nan
    canvas[3, 3] = np.inf
    result = canvas_to_inputs(canvas)
    assert_valid_inputs(result)
    assert np.corrcoef(clean.inputs, result.inputs)[0, 1] > 0.95


def test_out_of_range_values_are_clipped():
    canvas = blank((50, 50))
    canvas[10:40, 20:30] = 7.0
    canvas[0:5, 0:5] = -3.0
    result = canvas_to_inputs(canvas)
    assert_valid_inputs(result)
    assert result.bbox == (10, 20, 40, 30)
    assert result.cropped.max() == 1.0


def test_integer_and_bool_canvases():
    mask = np.zeros((30, 30), dtype=bool)
    mask[5:25, 10:15] = True
    from_bool = canvas_to_inputs(mask)
    from_int = canvas_to_inputs(mask.astype(np.int32))
    assert_valid_inputs(from_bool)
    np.testing.assert_array_equal(from_bool.inputs, from_int.inputs)


@pytest.mark.parametrize("bad", [np.zeros(10), np.zeros((2, 3, 4)), np.float64(1.0)])
def test_not_2d_raises(bad):
    with pytest.raises(ValueError, match="2-D"):
        canvas_to_inputs(bad)


@pytest.mark.parametrize("bad", [np.array([["a", "b"]]), np.ones((3, 3), dtype=complex),
                                 np.array([[None, 1]], dtype=object)])
def test_non_numeric_raises(bad):
    with pytest.raises(ValueError, match="real numbers"):
        canvas_to_inputs(bad)


def test_ragged_list_raises_value_error():
    with pytest.raises(ValueError):
        canvas_to_inputs([[1.0, 2.0], [1.0]])


def test_input_canvas_is_not_modified():
    canvas = draw_seven(blank(), 10, 10, 100)
    canvas[0, 0] = np.nan
    before = canvas.copy()
    canvas_to_inputs(canvas)
    np.testing.assert_array_equal(canvas, before)


# --- helpers ----------------------------------------------------------------------

def test_field_to_inputs_scaling():
    field = np.zeros((28, 28))
    field[0, 0] = 1.0
    field[0, 1] = 0.5
    inputs = field_to_inputs(field)
    assert inputs.shape == (784,) and inputs.dtype == np.float32
    assert inputs[0] == pytest.approx(1.0)
    assert inputs[1] == pytest.approx(0.5 * 0.99 + 0.01)
    assert inputs[2] == pytest.approx(0.01)


def test_field_to_inputs_rejects_wrong_shape():
    with pytest.raises(ValueError, match="28x28"):
        field_to_inputs(np.zeros((20, 20)))


def test_uint8_to_unit_matches_mnist_scaling():
    image = np.array([[0, 128, 255]], dtype=np.uint8)
    unit = uint8_to_unit(image)
    assert unit.dtype == np.float32
    np.testing.assert_allclose(unit, [[0.0, 128 / 255, 1.0]], rtol=1e-6)


@pytest.mark.parametrize("n_in, n_out", [(200, 20), (37, 20), (20, 20), (3, 20), (1, 20), (7, 1)])
def test_resample_matrix_rows_sum_to_one(n_in, n_out):
    matrix = resample_matrix(n_in, n_out)
    assert matrix.shape == (n_out, n_in)
    assert np.all(matrix >= 0)
    np.testing.assert_allclose(matrix.sum(axis=1), 1.0)


def test_area_resampling_keeps_the_mean():
    rng = np.random.default_rng(2)
    signal = rng.random(137)
    assert (resample_matrix(137, 20) @ signal).mean() == pytest.approx(signal.mean())


# --- property test ----------------------------------------------------------------

canvases = hnp.arrays(
    dtype=st.sampled_from([np.float64, np.float32]),
    shape=hnp.array_shapes(min_dims=2, max_dims=2, min_side=1, max_side=64),
    elements=st.floats(allow_nan=True, allow_infinity=True, width=32),
)


@settings(max_examples=200, deadline=None)
@given(canvases)
def test_any_canvas_gives_empty_or_valid_inputs(canvas):
    result = canvas_to_inputs(canvas)
    if result.empty:
        assert result.inputs is None
        assert not result.image28.any()
        return
    inputs = result.inputs
    assert inputs.shape == (784,)
    assert inputs.dtype == np.float32
    assert np.all(np.isfinite(inputs))
    assert inputs.min() >= np.float32(0.01)
    assert inputs.max() <= np.float32(1.0)
    assert result.image28.shape == (28, 28)
    assert max(result.scaled20.shape) == 20
