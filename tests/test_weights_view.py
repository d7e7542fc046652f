"""WeightsView: the mosaic of the hidden nodes' incoming weights."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from gui.weights_view import CELL, SIDE, WeightsView, grid_shape, symmetric_level


@pytest.fixture
def view(qtbot):
    widget = WeightsView()
    qtbot.addWidget(widget)
    widget.resize(600, 380)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def patterned_weights(hidden: int) -> np.ndarray:
    """(hidden, 784) float64: node k's weights are k + a distinctive 28×28 ramp (row r, col c -> r/100 + c/10000)."""
    rows, cols = np.mgrid[0:SIDE, 0:SIDE]
    ramp = (rows / 100 + cols / 10000).ravel()
    return np.arange(hidden, dtype=np.float64)[:, None] + ramp[None, :]


def tile(mosaic: np.ndarray, cols: int, node: int) -> np.ndarray:
    row, col = divmod(node, cols)
    return mosaic[row * CELL + 1 : row * CELL + 1 + SIDE, col * CELL + 1 : col * CELL + 1 + SIDE]


def test_tiles_hold_each_nodes_weights_row_major(view):
    weights = patterned_weights(200)
    view.set_weights(weights)
    mosaic = view.mosaic_image()
    rows, cols = grid_shape(200)
    assert (rows, cols) == (14, 15)
    assert mosaic.dtype == np.float32 and mosaic.flags.c_contiguous
    assert mosaic.shape == (rows * CELL + 1, cols * CELL + 1)
    for node in (0, 1, 14, 15, 17, 199):
        np.testing.assert_array_equal(tile(mosaic, cols, node), weights[node].reshape(SIDE, SIDE).astype(np.float32))
    assert np.isnan(mosaic[0]).all() and np.isnan(mosaic[:, 0]).all()  # gaps
    assert np.isnan(mosaic[CELL]).all() and np.isnan(mosaic[:, CELL]).all()
    assert np.isnan(tile(mosaic, cols, 200)).all()  # empty cells after the last node
    assert np.count_nonzero(~np.isnan(mosaic)) == 200 * SIDE * SIDE


def test_levels_are_symmetric_and_robust(view):
    rng = np.random.default_rng(1)
    weights = rng.normal(0, 784**-0.5, (200, 784))
    weights[3, 5] = 50.0  # an outlier must not wash out the colours
    view.set_weights(weights)
    lo, hi = view._image.getLevels()
    assert lo == -hi and hi == pytest.approx(view.level)
    assert 0.05 < hi < 0.2
    assert tuple(view._bar.levels()) == pytest.approx((lo, hi))
    node_lo, node_hi = view._node_image.getLevels()
    assert (node_lo, node_hi) == pytest.approx((lo, hi))


@pytest.mark.parametrize("hidden", [1, 2, 3, 10, 200, 1000])
def test_any_hidden_count_lays_out_and_maps_back(view, hidden):
    view.set_weights(patterned_weights(hidden))
    rows, cols = grid_shape(hidden)
    assert rows * cols >= hidden and (rows - 1) * cols < hidden
    assert cols == math.ceil(math.sqrt(hidden))
    mosaic = view.mosaic_image()
    assert mosaic.shape == (rows * CELL + 1, cols * CELL + 1)
    for node in range(hidden):
        centre = view.tile_rect(node).center()
        assert view.node_at(centre.x(), centre.y()) == node
    np.testing.assert_array_equal(tile(mosaic, cols, hidden - 1), patterned_weights(hidden)[-1].reshape(SIDE, SIDE).astype(np.float32))
    assert view.node_at(-1, 5) == -1 and view.node_at(5, -0.1) == -1
    assert view.node_at(cols * CELL + 1, 5) == -1 and view.node_at(5, rows * CELL + 1) == -1
    assert view.node_at(float("nan"), 5) == -1
    if rows * cols > hidden:  # an empty cell
        assert view.node_at((cols - 0.5) * CELL, (rows - 0.5) * CELL) == -1


def test_relayout_keeps_and_clamps_the_selection(view, qtbot):
    view.set_weights(patterned_weights(200))
    assert view.selected_node == 0
    view.select_node(150)
    view.set_weights(patterned_weights(200) * 2)
    assert view.selected_node == 150
    with qtbot.waitSignal(view.selectedNode) as blocker:
        view.set_weights(patterned_weights(10))
    assert blocker.args == [9] and view.selected_node == 9
    view.set_weights(patterned_weights(1000))
    assert view.selected_node == 9
    assert view.findChild(QLabel, "nodeLabel").text() == "Hidden node 9"


def test_click_on_a_tile_selects_it(view, qtbot):
    view.set_weights(patterned_weights(200))
    qtbot.wait(10)
    mosaic_widget = view.findChild(pg.GraphicsLayoutWidget, "mosaicView")
    centre = view.tile_rect(37).center()
    pos = view.view_to_widget(centre.x(), centre.y()).toPoint()
    assert mosaic_widget.viewport().rect().contains(pos)
    with qtbot.waitSignal(view.selectedNode) as blocker:
        qtbot.mouseClick(mosaic_widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [37] and view.selected_node == 37
    label = view.findChild(QLabel, "nodeLabel")
    assert label.text() == "Hidden node 37"
    np.testing.assert_array_equal(view._node_image.image, patterned_weights(200)[37].reshape(SIDE, SIDE).astype(np.float32))


def test_hover_shows_the_node_and_leaving_returns_to_the_selection(view, qtbot):
    view.set_weights(patterned_weights(200))
    view.select_node(5)
    label = view.findChild(QLabel, "nodeLabel")
    scene_pos = view._view.mapViewToScene(view.tile_rect(42).center())
    with qtbot.waitSignal(view.hoveredNode) as blocker:
        view._on_mouse_moved(scene_pos)  # what the scene's sigMouseMoved delivers
    assert blocker.args == [42] and view.hovered_node == 42
    assert label.text() == "Hidden node 42"
    with qtbot.waitSignal(view.hoveredNode) as blocker:
        view.eventFilter(view.findChild(pg.GraphicsLayoutWidget, "mosaicView").viewport(), QEvent(QEvent.Type.Leave))
    assert blocker.args == [-1]
    assert label.text() == "Hidden node 5"


def test_light_up_overlay_follows_activations_and_checkbox(view):
    view.set_weights(patterned_weights(200))
    check = view.findChild(QCheckBox, "lightUpCheck")
    assert not check.isChecked() and check.text() == "Light up by activation"  # off by default
    activations = np.linspace(0, 1, 200)
    view.set_activations(activations)
    assert not view.activations_shown
    check.setChecked(True)
    assert view.activations_shown
    overlay = view._overlay.image
    assert overlay.shape == (14, 15, 4) and overlay.dtype == np.uint8
    assert overlay[0, 0, 3] > overlay[13, 4, 3]  # node 0 (activation 0) darker than node 199
    check.setChecked(False)
    assert not view.activations_shown
    check.setChecked(True)
    assert view.activations_shown
    view.set_activations(None)
    assert not view.activations_shown
    view.set_activations(np.ones(10))  # for another network: not drawn
    assert not view.activations_shown
    view.set_activations(activations)
    view.set_weights(patterned_weights(10))  # the network shrank: the old activations no longer fit
    assert not view.activations_shown


def test_nan_and_degenerate_weights_do_not_break_the_levels(view):
    weights = np.random.default_rng(2).normal(0, 0.05, (200, 784))
    weights[7] = np.nan
    weights[8, :10] = np.inf
    view.set_weights(weights)
    assert math.isfinite(view.level) and view.level > 0
    view.select_node(7)
    assert view.findChild(QLabel, "nodeLabel").text() == "Hidden node 7"
    view.grab()  # renders with NaN
    view.set_weights(np.full((10, 784), np.nan))
    assert view.level == 1.0
    view.set_weights(np.zeros((10, 784), np.float32))
    assert view.level == 1.0
    assert symmetric_level(np.array([[0.0, -2.0, np.nan]])) == 2.0


def test_wrong_shape_is_rejected(view):
    with pytest.raises(ValueError):
        view.set_weights(np.zeros((10, 783)))
    with pytest.raises(ValueError):
        view.set_weights(np.zeros(784))


def test_object_names(view):
    assert view.objectName() == "weightsView"
    assert view.findChild(pg.GraphicsLayoutWidget, "nodeView") is not None
    assert view.findChild(pg.GraphicsLayoutWidget, "mosaicView") is not None
