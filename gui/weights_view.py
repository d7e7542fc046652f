"""The hidden layer's incoming weights as a mosaic of 28×28 tiles.

Every hidden node has 784 incoming weights, one per input pixel; reshaped to
28×28 (row-major, like the images) they show what the node "looks for".
``WeightsView`` lays all nodes out in one near-square grid and draws it as a
single pyqtgraph ``ImageItem`` with a diverging colour map (blue negative,
white zero, red positive), a colour bar for the scale, and a side panel with
the hovered (or selected) node enlarged.

Mosaic geometry (in image pixels = view coordinates, x to the right, y down):
every node owns a 29×29 *cell*: one pixel of gap on its top and left, then its
28×28 tile. One more gap row/column closes the grid at the bottom/right, so a
grid of ``rows × cols`` cells is an image of shape ``(29*rows + 1, 29*cols + 1)``.
Node ``k`` sits in cell ``(k // cols, k % cols)``. Gap pixels are NaN, which
``ImageItem`` draws transparent; a grey shape behind the image shows through.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

SIDE = 28  # a tile is SIDE × SIDE pixels
CELL = SIDE + 1  # a tile plus the one-pixel gap on its top and left
PIXELS = SIDE * SIDE
COLOR_MAP = "CET-D1"  # ships with pyqtgraph: blue – white – red, symmetric around zero
GAP_COLOR = QColor(128, 128, 128)
HOVER_COLOR = QColor(255, 170, 0)  # orange: visible on blue, white, red and dimmed tiles
SELECTION_COLOR = QColor(0, 0, 0)
NODE_VIEW_SIZE = 136  # px, the enlarged node in the side panel
DIM_ALPHA = 170  # how dark a tile with activation 0 gets when "light up" is on


def grid_shape(hidden: int) -> tuple[int, int]:
    """(rows, cols) of a near-square grid for ``hidden`` tiles: cols = ceil(sqrt(hidden))."""
    cols = max(1, math.ceil(math.sqrt(hidden)))
    rows = max(1, math.ceil(hidden / cols))
    return rows, cols


def symmetric_level(weights: np.ndarray, percentile: float = 99.0) -> float:
    """A robust colour scale for weights (any shape): the percentile of |w| over finite values.

    Always returns a finite value > 0 (1.0 when there is nothing finite and non-zero to go by),
    so the levels ``(-m, m)`` are valid even for all-NaN or all-zero weights.
    """
    magnitudes = np.abs(weights).ravel()
    if not np.isfinite(magnitudes).all():
        magnitudes = magnitudes[np.isfinite(magnitudes)]
    if magnitudes.size == 0:
        return 1.0
    k = int(round(percentile / 100.0 * (magnitudes.size - 1)))
    level = float(np.partition(magnitudes, k)[k])
    if level <= 0.0:
        level = float(magnitudes.max())
    return level if level > 0.0 else 1.0


def _locked_view_box() -> pg.ViewBox:
    """A ViewBox for images: y down, square pixels, no mouse panning/zoom, no menu."""
    view = pg.ViewBox(enableMouse=False, enableMenu=False, invertY=True, lockAspect=True)
    view.setMouseEnabled(False, False)
    view.setDefaultPadding(0.0)
    return view


class WeightsView(QWidget):
    """Mosaic of every hidden node's incoming weights, with hover/click inspection.

    Signals: ``hoveredNode(int)`` (−1 when the mouse leaves the tiles),
    ``selectedNode(int)`` (a click on a tile).
    Child objectNames: ``mosaicView`` (the mosaic's GraphicsLayoutWidget), ``nodeView``
    (the enlarged node), ``nodeLabel``, ``nodeStats``, ``lightUpCheck``.
    """

    hoveredNode = Signal(int)
    selectedNode = Signal(int)
    inspectRequested = Signal(int)  # a double-click on a tile

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("weightsView")
        self._colormap = pg.colormap.get(COLOR_MAP)
        self._weights = np.zeros((0, PIXELS), np.float32)  # (hidden, 784), float32
        self._padded = np.zeros((0, PIXELS), np.float32)  # (rows*cols, 784), NaN past hidden
        self._mosaic = np.full((1, 1), np.nan, np.float32)  # (29*rows + 1, 29*cols + 1)
        self._cells = self._mosaic[:0, :0].reshape(0, CELL, 0, CELL)  # view of _mosaic per cell
        self._rows, self._cols = 0, 0
        self._level = 1.0
        self._activations: np.ndarray | None = None  # (hidden,) in [0, 1], or None
        self._hovered = -1
        self._selected = 0

        # --- the mosaic, with its colour bar beside it
        self._plot = pg.GraphicsLayoutWidget()
        self._plot.setObjectName("mosaicView")
        self._plot.ci.setContentsMargins(2, 2, 2, 2)
        self._plot.ci.setSpacing(4)
        self._view = _locked_view_box()
        self._plot.addItem(self._view, row=0, col=0)

        self._gap_shape = QGraphicsPathItem()  # grey behind the occupied cells: the gaps' colour
        self._gap_shape.setPen(QPen(Qt.PenStyle.NoPen))
        self._gap_shape.setBrush(QBrush(GAP_COLOR))
        self._gap_shape.setZValue(-1)
        self._view.addItem(self._gap_shape, ignoreBounds=True)

        self._image = pg.ImageItem(axisOrder="row-major")
        self._image.setColorMap(self._colormap)
        self._view.addItem(self._image)

        self._grid_lines = QGraphicsPathItem()  # the gaps again, 1 screen pixel wide at any zoom
        grid_pen = QPen(GAP_COLOR, 1)
        grid_pen.setCosmetic(True)
        self._grid_lines.setPen(grid_pen)
        self._grid_lines.setZValue(0.5)
        self._view.addItem(self._grid_lines, ignoreBounds=True)

        self._overlay = pg.ImageItem(axisOrder="row-major")  # (rows, cols, 4) RGBA, one pixel per cell
        self._overlay.setZValue(1)
        self._overlay.setVisible(False)
        self._view.addItem(self._overlay, ignoreBounds=True)

        self._selection_box = self._outline(SELECTION_COLOR, 2.5, Qt.PenStyle.SolidLine, z=3)
        self._hover_box = self._outline(HOVER_COLOR, 2.0, Qt.PenStyle.SolidLine, z=2)

        self._bar = pg.ColorBarItem(
            values=(-1.0, 1.0), colorMap=self._colormap, interactive=False, width=12, rounding=0.001
        )
        self._plot.addItem(self._bar, row=0, col=1)

        # --- the side panel: the enlarged node, its label, the light-up toggle
        self._node_plot = pg.GraphicsLayoutWidget()
        self._node_plot.setObjectName("nodeView")
        self._node_plot.ci.setContentsMargins(0, 0, 0, 0)
        self._node_plot.setFixedSize(NODE_VIEW_SIZE, NODE_VIEW_SIZE)
        self._node_view = _locked_view_box()
        self._node_plot.addItem(self._node_view)
        node_back = QGraphicsRectItem(0, 0, SIDE, SIDE)  # NaN weights show as gap grey
        node_back.setPen(QPen(Qt.PenStyle.NoPen))
        node_back.setBrush(QBrush(GAP_COLOR))
        node_back.setZValue(-1)
        self._node_view.addItem(node_back, ignoreBounds=True)
        self._node_image = pg.ImageItem(axisOrder="row-major")
        self._node_image.setObjectName("nodeImage")
        self._node_image.setColorMap(self._colormap)
        self._node_view.addItem(self._node_image)
        self._node_view.setRange(xRange=(0, SIDE), yRange=(0, SIDE), padding=0)

        self._node_label = QLabel()
        self._node_label.setObjectName("nodeLabel")
        self._node_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        font = self._node_label.font()
        font.setBold(True)
        self._node_label.setFont(font)
        self._node_stats = QLabel()
        self._node_stats.setObjectName("nodeStats")
        self._node_stats.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._node_stats.setWordWrap(True)
        self._light_up = QCheckBox()
        self._light_up.setObjectName("lightUpCheck")
        self._light_up.setChecked(False)
        self._light_up.toggled.connect(self._update_overlay)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addStretch(1)
        side.addWidget(self._node_plot, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(self._node_label)
        side.addWidget(self._node_stats)
        side.addStretch(1)
        side.addWidget(self._light_up)
        side_panel = QWidget()
        side_panel.setLayout(side)
        side_panel.setFixedWidth(NODE_VIEW_SIZE + 16)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._plot, 1)
        layout.addWidget(side_panel)

        self._apply_background()
        self._plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._plot.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self._plot.viewport().installEventFilter(self)
        self._retranslate()

    # ------------------------------------------------------------------ public API

    @property
    def selected_node(self) -> int:
        """Index of the selected hidden node (default 0; kept, and clamped, across set_weights)."""
        return self._selected

    @property
    def hovered_node(self) -> int:
        """Index of the node under the mouse, or −1."""
        return self._hovered

    @property
    def level(self) -> float:
        """m of the current symmetric levels (−m, m) of the mosaic, node view and colour bar."""
        return self._level

    @property
    def activations_shown(self) -> bool:
        """Whether the "light up by activation" overlay is currently drawn."""
        return self._overlay.isVisible()

    def set_weights(self, w_ih: np.ndarray) -> None:
        """Show the input→hidden weights ``w_ih``: (hidden, 784), any float dtype.

        Re-lays out the grid when the hidden count changes; otherwise only refills the tiles.
        """
        w_ih = np.asarray(w_ih)
        if w_ih.ndim != 2 or w_ih.shape[1] != PIXELS or w_ih.shape[0] < 1:
            raise ValueError(f"expected weights of shape (hidden, {PIXELS}), got {w_ih.shape}")
        hidden = w_ih.shape[0]
        if hidden != len(self._weights):
            self._relayout(hidden)

        self._padded[:hidden] = w_ih  # casts to float32; rows past `hidden` stay NaN
        rows, cols = self._rows, self._cols
        tiles = self._padded.reshape(rows, cols, SIDE, SIDE).transpose(0, 2, 1, 3)  # (rows, 28, cols, 28)
        self._cells[:, 1:, :, 1:] = tiles

        self._level = symmetric_level(self._weights)
        levels = (-self._level, self._level)
        self._image.setImage(self._mosaic, levels=levels, autoLevels=False)
        self._bar.setLevels(levels)
        self._update_node_panel()

    def set_activations(self, hidden_outputs: np.ndarray | None) -> None:
        """Light tiles up by the hidden nodes' activations: (hidden,) values in [0, 1], or None.

        Inactive tiles are dimmed, active ones stay bright. The values are remembered while the
        "Light up by activation" box is unchecked, and ignored while their length does not match
        the hidden count (e.g. for a moment while the network is being replaced).
        """
        if hidden_outputs is None:
            self._activations = None
        else:
            self._activations = np.asarray(hidden_outputs, np.float32).ravel()
        self._update_overlay()
        self._update_node_panel()

    def node_at(self, x: float, y: float) -> int:
        """The node whose cell contains the view (mosaic pixel) position (x, y), or −1.

        A cell is the node's tile plus the gap on its top and left, so gaps never flicker to −1.
        """
        if not (math.isfinite(x) and math.isfinite(y)) or x < 0 or y < 0:
            return -1
        col, row = int(x // CELL), int(y // CELL)
        if col >= self._cols or row >= self._rows:
            return -1
        node = row * self._cols + col
        return node if node < len(self._weights) else -1

    def tile_rect(self, node: int) -> QRectF:
        """The 28×28 tile of ``node`` in view coordinates."""
        row, col = divmod(node, self._cols)
        return QRectF(col * CELL + 1, row * CELL + 1, SIDE, SIDE)

    def view_to_widget(self, x: float, y: float) -> QPointF:
        """A view (mosaic pixel) position in the coordinates of the mosaicView's viewport."""
        return self._plot.mapFromScene(self._view.mapViewToScene(QPointF(x, y))).toPointF()

    def mosaic_image(self) -> np.ndarray:
        """A copy of the mosaic: float32, (29*rows + 1, 29*cols + 1), NaN in gaps and empty cells."""
        return self._mosaic.copy()

    def select_node(self, node: int) -> None:
        """Select ``node`` (clamped to the hidden count) and emit ``selectedNode`` if it changed."""
        node = int(np.clip(node, 0, max(len(self._weights) - 1, 0)))
        changed = node != self._selected
        self._selected = node
        self._place_box(self._selection_box, node)
        self._update_node_panel()
        if changed:
            self.selectedNode.emit(node)

    # ------------------------------------------------------------------ layout and drawing

    def _outline(self, color: QColor, width: float, style: Qt.PenStyle, z: float) -> QGraphicsRectItem:
        """A hidden rectangle outline for the hover/selection highlight."""
        box = QGraphicsRectItem()
        pen = QPen(color, width, style)
        pen.setCosmetic(True)
        box.setPen(pen)
        box.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        box.setZValue(z)
        box.setVisible(False)
        self._view.addItem(box, ignoreBounds=True)
        return box

    def _relayout(self, hidden: int) -> None:
        """New grid for ``hidden`` nodes: buffers, grey gap shape, view range, highlights."""
        rows, cols = grid_shape(hidden)
        self._rows, self._cols = rows, cols
        self._padded = np.full((rows * cols, PIXELS), np.nan, np.float32)
        self._weights = self._padded[:hidden]  # a view: filled by set_weights
        self._mosaic = np.full((rows * CELL + 1, cols * CELL + 1), np.nan, np.float32)
        self._cells = self._mosaic[: rows * CELL, : cols * CELL].reshape(rows, CELL, cols, CELL)
        assert np.shares_memory(self._cells, self._mosaic)  # writes through to the image

        full_rows, rest = divmod(hidden, cols)
        gaps = QPainterPath()
        gaps.addRect(QRectF(0, 0, cols * CELL + 1, full_rows * CELL + 1))
        if rest:
            gaps.addRect(QRectF(0, full_rows * CELL, rest * CELL + 1, CELL + 1))
        self._gap_shape.setPath(gaps.simplified())
        self._grid_lines.setPath(self._grid_path(hidden))
        self._update_overlay()  # one pixel per cell: the grid changed

        width, height = self._mosaic.shape[1], self._mosaic.shape[0]
        self._view.setRange(xRange=(0, width), yRange=(0, height), padding=0.01)

        if self._hovered >= hidden:
            self._set_hovered(-1)
        self._set_hovered(self._hovered)
        previous = self._selected
        self._selected = min(self._selected, hidden - 1)
        self._place_box(self._selection_box, self._selected)
        if self._selected != previous:
            self.selectedNode.emit(self._selected)

    def _grid_path(self, hidden: int) -> QPainterPath:
        """Lines through the middle of every gap row/column of the occupied cells.

        Drawn with a cosmetic pen they stay visible when the mosaic is shown smaller than
        1 screen pixel per image pixel (where the 1-pixel gaps of the image drop out).
        """
        rows, cols = self._rows, self._cols
        full_rows, rest = divmod(hidden, cols)
        path = QPainterPath()
        for row in range(rows + 1):  # the line above `row`: as long as the longer row beside it
            cells = cols if row <= full_rows else rest
            y = row * CELL + 0.5
            path.moveTo(0.5, y)
            path.lineTo(cells * CELL + 0.5, y)
        for col in range(cols + 1):  # the line left of `col`
            cells = full_rows + (1 if col < rest or (col == rest and rest) else 0)
            x = col * CELL + 0.5
            path.moveTo(x, 0.5)
            path.lineTo(x, cells * CELL + 0.5)
        return path

    def _place_box(self, box: QGraphicsRectItem, node: int) -> None:
        """Put a highlight outline around ``node``'s tile (centred on the gaps), or hide it."""
        if 0 <= node < len(self._weights):
            box.setRect(self.tile_rect(node).adjusted(-0.5, -0.5, 0.5, 0.5))
            box.setVisible(True)
        else:
            box.setVisible(False)

    def _update_overlay(self) -> None:
        """Dim each cell by (1 − activation): one RGBA pixel per cell, stretched over the cell."""
        hidden = len(self._weights)
        activations = self._activations
        show = (
            self._light_up.isChecked()
            and activations is not None
            and hidden > 0
            and activations.shape == (hidden,)
        )
        self._overlay.setVisible(show)
        if not show:
            return
        lit = np.ones(self._rows * self._cols, np.float32)
        lit[:hidden] = np.nan_to_num(np.clip(activations, 0.0, 1.0), nan=0.0)
        rgba = np.zeros((self._rows, self._cols, 4), np.uint8)  # black, alpha = darkness
        rgba[..., 3] = ((1.0 - lit) * DIM_ALPHA).astype(np.uint8).reshape(self._rows, self._cols)
        # setRect after the image: each overlay pixel stretched over one 29×29 cell
        self._overlay.setImage(rgba, autoLevels=False, levels=None)
        self._overlay.setRect(QRectF(0, 0, self._cols * CELL, self._rows * CELL))

    def _update_node_panel(self) -> None:
        """Enlarged view + label for the hovered node, or else the selected one."""
        node = self._hovered if self._hovered >= 0 else self._selected
        if not 0 <= node < len(self._weights):
            self._node_image.clear()
            self._node_label.setText(self.tr("No weights yet"))
            self._node_stats.setText("")
            return
        weights = self._weights[node]
        self._node_image.setImage(
            np.ascontiguousarray(weights.reshape(SIDE, SIDE)), levels=(-self._level, self._level), autoLevels=False
        )
        self._node_label.setText(self.tr("Hidden node {0}").format(node))
        finite = weights[np.isfinite(weights)]
        if finite.size:
            stats = self.tr("min {0:+.3f}  max {1:+.3f}").format(float(finite.min()), float(finite.max()))
        else:
            stats = self.tr("no finite weights")
        activations = self._activations
        if activations is not None and activations.shape == (len(self._weights),):
            stats += "\n" + self.tr("activation {0:.2f}").format(float(activations[node]))
        self._node_stats.setText(stats)

    # ------------------------------------------------------------------ mouse

    def _set_hovered(self, node: int) -> None:
        self._place_box(self._hover_box, node if node != self._selected else -1)
        if node == self._hovered:
            return
        self._hovered = node
        self._update_node_panel()
        self.hoveredNode.emit(node)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        point = self._view.mapSceneToView(scene_pos)
        self._set_hovered(self.node_at(point.x(), point.y()))

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self._view.mapSceneToView(event.scenePos())
        node = self.node_at(point.x(), point.y())
        if node >= 0:
            self.select_node(node)
            self._set_hovered(self._hovered)  # hide the hover box on the now selected tile
            if event.double():
                self.inspectRequested.emit(node)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._plot.viewport() and event.type() == QEvent.Type.Leave:
            self._set_hovered(-1)
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ look and language

    def _apply_background(self) -> None:
        color = self.palette().color(QPalette.ColorRole.Window)
        self._plot.setBackground(color)
        self._node_plot.setBackground(color)
        text = self.palette().color(QPalette.ColorRole.WindowText)  # pyqtgraph's grey is faint on a light window
        self._bar.axis.setPen(text)
        self._bar.axis.setTextPen(text)

    def _retranslate(self) -> None:
        self._light_up.setText(self.tr("Light up by activation"))
        self._light_up.setToolTip(
            self.tr("Dim the tiles of hidden nodes that the digit on the drawing pad leaves inactive")
        )
        self.setAccessibleName(self.tr("Hidden node weights"))
        self.setAccessibleDescription(
            self.tr("Each hidden node's 784 incoming weights as a 28×28 tile: red positive, blue negative, white zero")
        )
        self._plot.setAccessibleName(self.tr("Weight mosaic of all hidden nodes"))
        self._node_plot.setAccessibleName(self.tr("The selected hidden node, enlarged"))
        self._light_up.setAccessibleDescription(self._light_up.toolTip())
        self._update_node_panel()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_background()
        super().changeEvent(event)
