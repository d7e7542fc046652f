"""WeightsView: the mosaic of the hidden nodes' incoming weights."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from PySide6.QtWidgets import QComboBox, QScrollArea

from gui.areas.learning.weights_view import SIDE, WeightsView, fit_grid, gutter, pitch, sort_order, symmetric_level


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


def tile(view: WeightsView, mosaic: np.ndarray, position: int) -> np.ndarray:
    """The 28×28 weights shown at ``position``, read back from the scaled mosaic (every scale-th pixel)."""
    rows, cols = view.grid
    row, col = divmod(position, cols)
    step, g, scale = pitch(view.scale), gutter(view.scale), view.scale
    block = mosaic[row * step + g : row * step + g + SIDE * scale, col * step + g : col * step + g + SIDE * scale]
    assert (block == np.repeat(np.repeat(block[::scale, ::scale], scale, 0), scale, 1))[np.isfinite(block)].all()
    return block[::scale, ::scale]


def sized(qtbot, width: int, height: int) -> WeightsView:
    widget = WeightsView()
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_tiles_hold_each_nodes_weights_row_major(view):
    weights = patterned_weights(200)
    view.set_weights(weights)
    mosaic = view.mosaic_image()
    rows, cols = view.grid
    step, g = pitch(view.scale), gutter(view.scale)
    assert rows * cols >= 200 and (rows - 1) * cols < 200
    assert mosaic.dtype == np.float32 and mosaic.flags.c_contiguous
    assert mosaic.shape == (rows * step + g, cols * step + g)
    for node in (0, 1, 14, 15, 17, 199):
        np.testing.assert_array_equal(tile(view, mosaic, node), weights[node].reshape(SIDE, SIDE).astype(np.float32))
    assert np.isnan(mosaic[:g]).all() and np.isnan(mosaic[:, :g]).all()  # gaps
    assert np.isnan(mosaic[step : step + g]).all() and np.isnan(mosaic[:, step : step + g]).all()
    if rows * cols > 200:
        assert np.isnan(tile(view, mosaic, 200)).all()  # empty cells after the last node
    assert np.count_nonzero(~np.isnan(mosaic)) == 200 * (SIDE * view.scale) ** 2


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
    rows, cols = view.grid
    assert rows * cols >= hidden and (rows - 1) * cols < hidden
    step, g = pitch(view.scale), gutter(view.scale)
    mosaic = view.mosaic_image()
    assert mosaic.shape == (rows * step + g, cols * step + g)
    for node in range(hidden):
        centre = view.tile_rect(node).center()
        assert view.node_at(centre.x(), centre.y()) == node
    np.testing.assert_array_equal(
        tile(view, mosaic, hidden - 1), patterned_weights(hidden)[-1].reshape(SIDE, SIDE).astype(np.float32)
    )
    assert view.node_at(-1, 5) == -1 and view.node_at(5, -0.1) == -1
    assert view.node_at(cols * step + 1, 5) == -1 and view.node_at(5, rows * step + 1) == -1
    assert view.node_at(float("nan"), 5) == -1
    if rows * cols > hidden:  # an empty cell
        assert view.node_at((cols - 0.5) * step, (rows - 0.5) * step) == -1


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
    assert check.isChecked() and check.text() == "Light up by activation"  # on by default
    assert not view.activations_shown  # an empty pad: plain weights
    activations = np.linspace(0, 1, 200)
    view.set_activations(activations)
    assert view.activations_shown  # ink on the pad: lit at once
    rows, cols = view.grid
    overlay = view._overlay.image
    assert overlay.shape == (rows, cols, 4) and overlay.dtype == np.uint8
    last = divmod(199, cols)
    assert overlay[0, 0, 3] > overlay[last][3] == 0  # node 0 (activation 0) veiled, node 199 (1.0) bright
    assert overlay[0, 0, 3] < 200  # dimmed, but its pattern still shows through
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


@pytest.mark.parametrize("size", [(480, 230), (560, 330), (1200, 700)])
def test_tiles_are_whole_multiples_of_28_screen_pixels_and_every_node_is_reachable(qtbot, size):
    view = sized(qtbot, *size)
    view.set_weights(patterned_weights(200))
    qtbot.waitUntil(lambda: view._scroll.width() > 100)
    scroll = view.findChild(QScrollArea, "mosaicScroll")
    mosaic_widget = view.findChild(pg.GraphicsLayoutWidget, "mosaicView")
    for node in (0, 57, 199):
        rect = view.tile_rect(node)
        top_left = view.view_to_widget(rect.left(), rect.top())
        bottom_right = view.view_to_widget(rect.right(), rect.bottom())
        width, height = bottom_right.x() - top_left.x(), bottom_right.y() - top_left.y()
        assert width == pytest.approx(SIDE * view.scale, abs=1e-6) and height == pytest.approx(width, abs=1e-6)
        assert round(width) % SIDE == 0
    # one mosaic pixel per screen pixel: nothing is resampled, so nothing blurs
    assert mosaic_widget.size().width() == view.mosaic_image().shape[1]
    assert mosaic_widget.size().height() == view.mosaic_image().shape[0]
    assert mosaic_widget.width() <= scroll.viewport().width()  # never a horizontal scroll
    for node in range(200):  # visible, or reachable with the vertical scroll bar
        scroll.ensureVisible(*view.view_to_widget(view.tile_rect(node).center().x(), view.tile_rect(node).center().y()).toPoint().toTuple())
        centre = view.view_to_widget(view.tile_rect(node).center().x(), view.tile_rect(node).center().y()).toPoint()
        in_viewport = mosaic_widget.mapTo(scroll.viewport(), centre)
        assert scroll.viewport().rect().contains(in_viewport), node
    if size == (1200, 700):
        assert view.scale >= 2  # room for bigger tiles: used
    if size == (480, 230):
        assert view.scale == 1 and scroll.verticalScrollBar().maximum() > 0  # too small even for 1x: scrolls


def test_fit_grid_takes_the_largest_scale_that_fits():
    assert fit_grid(200, 560, 330) == (1, 11, 19)  # 19 × 29 + 1 = 552 ≤ 560, 11 × 29 + 1 = 320 ≤ 330
    scale, rows, cols = fit_grid(200, 1100, 700)
    assert scale == 2 and rows * cols >= 200 and rows * pitch(2) + gutter(2) <= 700 and cols * pitch(2) + gutter(2) <= 1100
    assert fit_grid(200, 300, 100, scrollbar=15) == (1, 23, 9)  # scrolls: (300 - 15 - 1) // 29 = 9 columns beside the bar
    assert fit_grid(1, 2000, 2000)[0] == 8  # one node: large, but not without bound
    for hidden, width, height in [(10, 400, 300), (200, 480, 230), (1000, 900, 600), (3, 50, 50)]:
        scale, rows, cols = fit_grid(hidden, width, height)
        assert rows * cols >= hidden and (rows - 1) * cols < hidden and cols * pitch(scale) + gutter(scale) <= max(width, pitch(1) + 1)


def test_sort_order():
    activations = np.array([0.1, 0.9, 0.5, 0.9])
    assert sort_order("node", 4, activations).tolist() == [0, 1, 2, 3]
    assert sort_order("activation", 4, activations).tolist() == [1, 3, 2, 0]  # ties keep node order
    assert sort_order("weight", 4, activations, np.array([-1.0, 2.0, 0.5, 3.0])).tolist() == [3, 1, 2, 0]
    assert sort_order("activation", 4, None).tolist() == [0, 1, 2, 3]  # an empty pad: node order
    assert sort_order("weight", 4, activations, None).tolist() == [0, 1, 2, 3]
    assert sort_order("activation", 5, activations).tolist() == [0, 1, 2, 3, 4]  # another network's values


def click_position(view: WeightsView, qtbot, position: int) -> None:
    """A real click on the tile shown at ``position`` (row-major), whichever node that is."""
    step = pitch(view.scale)
    row, col = divmod(position, view.grid[1])
    x, y = col * step + step / 2, row * step + step / 2
    mosaic_widget = view.findChild(pg.GraphicsLayoutWidget, "mosaicView")
    qtbot.mouseClick(mosaic_widget.viewport(), Qt.MouseButton.LeftButton, pos=view.view_to_widget(x, y).toPoint())
    return x, y


def test_sorting_by_activation_puts_the_most_active_node_first(view, qtbot):
    rng = np.random.default_rng(3)
    weights = rng.normal(0, 0.05, (200, 784))
    view.set_weights(weights)
    combo = view.findChild(QComboBox, "mosaicSortCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "by node number", "by activation for the pad's digit", "by weight to the answer"
    ]
    hint = view.findChild(QLabel, "mosaicSortHint")
    combo.setCurrentIndex(1)
    assert view.order.tolist() == list(range(200)) and not hint.isHidden()  # no digit on the pad yet
    activations = rng.random(200)
    view.set_activations(activations, answer=4)
    assert hint.isHidden()
    strongest = int(np.argmax(activations))
    assert view.order[0] == strongest and np.all(np.diff(activations[view.order]) <= 0)
    np.testing.assert_array_equal(tile(view, view.mosaic_image(), 0), weights[strongest].reshape(SIDE, SIDE).astype(np.float32))
    assert view.tile_rect(strongest).topLeft().toTuple() == (gutter(view.scale), gutter(view.scale))
    with qtbot.waitSignal(view.selectedNode) as blocker:
        x, y = click_position(view, qtbot, 0)
    assert blocker.args == [strongest] and view.selected_node == strongest
    view._on_mouse_moved(view._view.mapViewToScene(pg.QtCore.QPointF(x, y)))  # hover it
    tooltip = view.findChild(pg.GraphicsLayoutWidget, "mosaicView").toolTip()
    assert f"Hidden node {strongest}" in tooltip and f"activation {activations[strongest]:.2f}" in tooltip
    view.set_activations(None)  # the pad cleared: back to node order
    assert view.order.tolist() == list(range(200)) and not hint.isHidden()
    assert view.selected_node == strongest  # the selection stays with its node
    half = gutter(view.scale) / 2  # and its outline moved with the tile
    assert view._selection_box.rect() == view.tile_rect(strongest).adjusted(-half, -half, half, half)
    assert view.tile_rect(strongest).topLeft() != view.tile_rect(int(view.order[0])).topLeft() or strongest == 0


def test_sorting_by_weight_to_the_answer_follows_w_ho(view, qtbot):
    rng = np.random.default_rng(4)
    w_ho = rng.normal(0, 0.2, (10, 200))
    view.set_weights(rng.normal(0, 0.05, (200, 784)), w_ho)
    view.findChild(QComboBox, "mosaicSortCombo").setCurrentIndex(2)
    view.set_activations(rng.random(200), answer=7)
    assert view.order.tolist() == np.argsort(-w_ho[7], kind="stable").tolist()
    best = int(np.argmax(w_ho[7]))
    with qtbot.waitSignal(view.selectedNode) as blocker:
        click_position(view, qtbot, 0)
    assert blocker.args == [best]
    assert f"weight to 7: {w_ho[7, best]:+.2f}" in view.findChild(QLabel, "nodeStats").text()
    view.set_activations(rng.random(200), answer=2)  # another answer, another order
    assert view.order[0] == int(np.argmax(w_ho[2]))
    mosaic_widget = view.findChild(pg.GraphicsLayoutWidget, "mosaicView")
    fifth = int(view.order[5])
    centre = view.tile_rect(fifth).center()
    pos = view.view_to_widget(centre.x(), centre.y()).toPoint()
    qtbot.mouseClick(mosaic_widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    with qtbot.waitSignal(view.inspectRequested) as blocker:  # a real double click: press, release, press, release
        qtbot.mouseDClick(mosaic_widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseRelease(mosaic_widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [fifth]


def test_the_mosaic_refits_when_the_view_grows(qtbot):
    view = sized(qtbot, 480, 230)
    view.set_weights(patterned_weights(200))
    small = view.scale, view.grid
    view.resize(1200, 700)
    qtbot.waitUntil(lambda: view.scale == 2)
    assert (view.scale, view.grid) != small
    np.testing.assert_array_equal(tile(view, view.mosaic_image(), 57), patterned_weights(200)[57].reshape(SIDE, SIDE).astype(np.float32))
    assert view._side.indexOf(view.findChild(QWidget, "mosaicControls")) >= 0  # tall: the controls beside, not above


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


def test_symmetric_level_of_a_whole_network_is_within_two_percent_of_the_exact_percentile():
    """symmetric_level looks at an evenly spread sample of a large matrix (LEVEL_SAMPLE weights)."""
    rng = np.random.default_rng(5)
    for spread in (0.02, 0.1, 0.5):
        weights = rng.normal(0.0, spread, (200, 784)) * rng.uniform(0.2, 1.5, (200, 1))  # nodes of unequal scale
        exact = float(np.percentile(np.abs(weights), 99.0))
        assert symmetric_level(weights) == pytest.approx(exact, rel=0.02)
