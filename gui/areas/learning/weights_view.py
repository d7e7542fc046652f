"""The hidden layer's incoming weights as a mosaic of 28×28 tiles.

Every hidden node has 784 incoming weights, one per input pixel; reshaped to
28×28 (row-major, like the images) they show what the node "looks for".
``WeightsView`` lays all nodes out in a grid that fills the space it has and draws
it as a single pyqtgraph ``ImageItem`` with a diverging colour map (blue negative,
white zero, red positive), beside a side panel with the hovered (or selected) node
enlarged above a colour bar for the scale.

Sharp at any size: the tiles are drawn at a whole scale ``s`` (each weight an s×s
block of screen pixels, built with NumPy), and the view shows the mosaic image one
image pixel per screen pixel. ``fit_grid`` picks the largest scale at which every
node fits; when even scale 1 does not fit, the mosaic scrolls vertically.

Mosaic geometry (in image pixels = view coordinates = screen pixels, x to the right,
y down): with ``g = gutter(s)`` and ``p = pitch(s) = 28*s + g``, every *position* owns
a p×p cell: g pixels of gap on its top and left, then its tile. g more gap
rows/columns close the grid at the bottom/right, so ``rows × cols`` cells make an
image of shape ``(p*rows + g, p*cols + g)``. Position ``i`` sits in cell
``(i // cols, i % cols)`` and shows node ``order[i]`` (the order the sort combo
chose). Gap pixels are NaN, which ``ImageItem`` draws transparent; a grey shape
behind the image shows through.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFrame,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

SIDE = 28  # a tile is SIDE × SIDE weights
PIXELS = SIDE * SIDE
MAX_SCALE = 8  # screen pixels per weight, at most (a few nodes in a big window)
COLOR_MAP = "CET-D1"  # ships with pyqtgraph: blue – white – red, symmetric around zero
GAP_COLOR = QColor(128, 128, 128)
HOVER_COLOR = QColor(255, 170, 0)  # orange: visible on blue, white, red and dimmed tiles
SELECTION_COLOR = QColor(0, 0, 0)
DIM_COLOR = (40, 40, 40)  # what an inactive tile is veiled with when "light up" is on
DIM_ALPHA = 150  # how veiled a tile with activation 0 gets: dimmed, its pattern still visible
SORT_ORDERS = ("node", "activation", "weight")  # the sort combo's items, in order
SIDE_PANEL_MIN_WIDTH = 128  # px: room for "min -0.27, max +0.25" on one line
STATS_LINES = 4  # the node's numbers: min/max, activation, weight to the answer, and a wrapped line
TALL_VIEW = 400  # px: from this height on the controls sit in the side panel, not above the mosaic


def gutter(scale: int) -> int:
    """Pixels of gap between tiles drawn at ``scale``: thin, a little wider for big tiles."""
    return 1 if scale <= 2 else 2


def pitch(scale: int) -> int:
    """Pixels from one tile's left edge to the next one's at ``scale``."""
    return SIDE * scale + gutter(scale)


def grid_shape(hidden: int) -> tuple[int, int]:
    """(rows, cols) of a near-square grid for ``hidden`` tiles: cols = ceil(sqrt(hidden))."""
    cols = max(1, math.ceil(math.sqrt(hidden)))
    rows = max(1, math.ceil(hidden / cols))
    return rows, cols


def fit_grid(hidden: int, width: int, height: int, scrollbar: int = 0) -> tuple[int, int, int]:
    """(scale, rows, cols) for ``hidden`` tiles in ``width × height`` screen pixels.

    The largest whole scale at which all tiles fit; of the column counts that fit at that
    scale, the one whose grid is shaped most like the space. When even scale 1 does not
    fit, scale 1 with the columns that fit beside a vertical ``scrollbar`` of that width:
    the grid is taller than the space and scrolls.
    """
    hidden = max(1, hidden)
    for scale in range(MAX_SCALE, 0, -1):
        step, g = pitch(scale), gutter(scale)
        most_cols, most_rows = min(hidden, (width - g) // step), (height - g) // step
        if most_cols < 1 or most_rows < 1 or most_cols * most_rows < hidden:
            continue
        fitting = range(math.ceil(hidden / most_rows), most_cols + 1)
        cols = min(fitting, key=lambda c: abs(math.log(c * step / (math.ceil(hidden / c) * step) * height / width)))
        rows = math.ceil(hidden / cols)
        return scale, rows, math.ceil(hidden / rows)  # as few columns as keep the rows: a full last row
    cols = max(1, min(hidden, (width - scrollbar - gutter(1)) // pitch(1)))
    rows = math.ceil(hidden / cols)
    return 1, rows, math.ceil(hidden / rows)


def sort_order(
    mode: str, hidden: int, activations: np.ndarray | None = None, answer_weights: np.ndarray | None = None
) -> np.ndarray:
    """Node indices in display order, (hidden,) int.

    ``"node"``: 0, 1, 2, …; ``"activation"``: strongest activation first; ``"weight"``: most
    positive ``answer_weights`` (w_ho[answer, :]) first. Ties keep node order. Without the
    values a mode needs (no digit on the pad), node order.
    """
    if mode == "activation" and activations is not None and activations.shape == (hidden,):
        keys = np.nan_to_num(activations, nan=-np.inf)
    elif mode == "weight" and answer_weights is not None and answer_weights.shape == (hidden,):
        keys = np.nan_to_num(answer_weights, nan=-np.inf)
    else:
        return np.arange(hidden)
    return np.argsort(-keys, kind="stable")


LEVEL_SAMPLE = 20_000  # weights symmetric_level looks at, at most about


def symmetric_level(weights: np.ndarray, percentile: float = 99.0) -> float:
    """A robust colour scale for weights (any shape): the percentile of |w| over finite values.

    Always returns a finite value > 0 (1.0 when there is nothing finite and non-zero to go by),
    so the levels ``(-m, m)`` are valid even for all-NaN or all-zero weights. Of many weights (a
    784×200 network has 156,800) it looks at an evenly spread sample of about 20,000: a partition of
    them all took 1.2 ms of each mosaic redraw while training; the sample's percentile is within
    2 % of the whole's.
    """
    flat = np.asarray(weights).ravel()
    magnitudes = np.abs(flat[:: max(1, flat.size // LEVEL_SAMPLE)])
    if not np.isfinite(magnitudes).all():
        magnitudes = magnitudes[np.isfinite(magnitudes)]
    if magnitudes.size == 0:
        return 1.0
    k = int(round(percentile / 100.0 * (magnitudes.size - 1)))
    level = float(np.partition(magnitudes, k)[k])
    if level <= 0.0:
        level = float(magnitudes.max())
    return level if level > 0.0 else 1.0


def _locked_view_box(lock_aspect: bool = True) -> pg.ViewBox:
    """A ViewBox for images: y down, no mouse panning/zoom, no menu."""
    view = pg.ViewBox(enableMouse=False, enableMenu=False, invertY=True, lockAspect=lock_aspect)
    view.setMouseEnabled(False, False)
    view.setDefaultPadding(0.0)
    return view


class WeightsView(QWidget):
    """Mosaic of every hidden node's incoming weights, with hover/click inspection and sorting.

    Signals: ``hoveredNode(int)`` (−1 when the mouse leaves the tiles),
    ``selectedNode(int)`` (a click on a tile), ``inspectRequested(int)`` (a double-click).
    Child objectNames: ``mosaicView`` (the mosaic's GraphicsLayoutWidget, in the scroll area
    ``mosaicScroll``), ``nodeView`` (the enlarged node), ``nodeLabel``, ``nodeStats``,
    ``mosaicColorBar``, ``mosaicSortCombo``, ``mosaicSortHint``, ``lightUpCheck``.
    """

    hoveredNode = Signal(int)
    selectedNode = Signal(int)
    inspectRequested = Signal(int)  # a double-click on a tile

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("weightsView")
        self._colormap = pg.colormap.get(COLOR_MAP)
        self._weights = np.zeros((0, PIXELS), np.float32)  # (hidden, 784) in node order
        self._answer_weights: np.ndarray | None = None  # (hidden,) w_ho[answer, :], or None
        self._w_ho: np.ndarray | None = None  # (10, hidden), or None
        self._answer: int | None = None
        self._activations: np.ndarray | None = None  # (hidden,) in [0, 1], or None
        self._order = np.zeros(0, np.intp)  # position -> node
        self._position = np.zeros(0, np.intp)  # node -> position
        self._scale, self._rows, self._cols = 1, 0, 0
        self._padded = np.zeros((0, PIXELS), np.float32)  # (rows*cols, 784) in display order, NaN past hidden
        self._mosaic = np.full((1, 1), np.nan, np.float32)  # (p*rows + g, p*cols + g)
        self._tiles = self._mosaic[:0, :0].reshape(0, SIDE, 1, 0, SIDE, 1)  # the mosaic's tile pixels
        self._level = 1.0
        self._hovered = -1
        self._selected = 0

        # --- the mosaic: one image, shown one image pixel per screen pixel, in a scroll area
        self._plot = pg.GraphicsLayoutWidget()
        self._plot.setObjectName("mosaicView")
        self._plot.ci.setContentsMargins(0, 0, 0, 0)
        self._plot.ci.setSpacing(0)
        self._plot.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._plot.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._view = _locked_view_box(lock_aspect=False)  # the range is set to the widget's pixels
        self._plot.addItem(self._view, row=0, col=0)

        self._gap_shape = QGraphicsPathItem()  # grey behind the occupied cells: the gaps' colour
        self._gap_shape.setPen(QPen(Qt.PenStyle.NoPen))
        self._gap_shape.setBrush(QBrush(GAP_COLOR))
        self._gap_shape.setZValue(-1)
        self._view.addItem(self._gap_shape, ignoreBounds=True)

        self._image = pg.ImageItem(axisOrder="row-major")
        self._image.setColorMap(self._colormap)
        self._view.addItem(self._image)

        self._overlay = pg.ImageItem(axisOrder="row-major")  # (rows, cols, 4) RGBA, one pixel per cell
        self._overlay.setZValue(1)
        self._overlay.setVisible(False)
        self._view.addItem(self._overlay, ignoreBounds=True)

        self._selection_box = self._outline(SELECTION_COLOR, 2.0, z=3)
        self._hover_box = self._outline(HOVER_COLOR, 2.0, z=2)

        self._scroll = QScrollArea()
        self._scroll.setObjectName("mosaicScroll")
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidgetResizable(False)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scroll.setMinimumSize(2 * SIDE, 2 * SIDE)
        self._scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._scroll.setWidget(self._plot)
        self._scroll.installEventFilter(self)

        # --- the side panel: the enlarged node, the colour bar under it, its label
        self._node_plot = pg.GraphicsLayoutWidget()
        self._node_plot.setObjectName("nodeView")
        self._node_plot.ci.setContentsMargins(0, 0, 0, 0)
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

        self._bar_plot = pg.GraphicsLayoutWidget()
        self._bar_plot.setObjectName("mosaicColorBar")
        self._bar_plot.ci.setContentsMargins(18, 0, 18, 0)
        self._bar_plot.setFixedHeight(34)
        self._bar = pg.ColorBarItem(
            values=(-1.0, 1.0), colorMap=self._colormap, interactive=False, width=10, rounding=0.001,
            orientation="horizontal",
        )
        self._bar.axis.setStyle(hideOverlappingLabels=False)  # the end labels fit in the margins; ticks: set_weights
        self._bar_plot.addItem(self._bar)

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
        small = self._node_stats.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self._node_stats.setFont(small)

        self._side = QVBoxLayout()
        self._side.setContentsMargins(0, 0, 0, 0)
        self._side.setSpacing(2)
        self._side.addWidget(self._node_plot, 0, Qt.AlignmentFlag.AlignHCenter)
        self._side.addWidget(self._bar_plot)
        self._side.addWidget(self._node_label)
        self._side.addWidget(self._node_stats)
        self._side.addStretch(1)
        self._side_panel = QWidget()
        self._side_panel.setLayout(self._side)
        # the panel never makes the view taller: in a very low view its last lines are cut off
        self._side_panel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)

        # --- the controls above: order and light-up
        self._sort_combo = QComboBox()
        self._sort_combo.setObjectName("mosaicSortCombo")
        self._sort_combo.addItems([""] * len(SORT_ORDERS))
        self._sort_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._sort_combo.currentIndexChanged.connect(self._apply_order)
        self._sort_label = QLabel()
        self._sort_label.setBuddy(self._sort_combo)
        self._sort_hint = QLabel()
        self._sort_hint.setObjectName("mosaicSortHint")
        self._sort_hint.setVisible(False)
        self._sort_hint.setEnabled(False)  # greyed: a hint
        self._sort_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # cut off, never widening
        self._light_up = QCheckBox()
        self._light_up.setObjectName("lightUpCheck")
        self._light_up.setChecked(True)
        self._light_up.toggled.connect(self._update_overlay)

        self._controls = QWidget()  # above the mosaic in a low view, at the foot of the side panel in a tall one
        self._controls.setObjectName("mosaicControls")
        self._controls_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self._controls)
        self._controls_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self._sort_label, self._sort_combo, self._light_up, self._sort_hint):
            self._controls_layout.addWidget(widget)
        self._controls_layout.addStretch(1)

        mosaic_row = QHBoxLayout()
        mosaic_row.setContentsMargins(0, 0, 0, 0)
        mosaic_row.addWidget(self._scroll, 1)
        mosaic_row.addWidget(self._side_panel)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self._layout.setSpacing(4)
        self._layout.addWidget(self._controls)
        self._layout.addLayout(mosaic_row, 1)

        self._apply_background()
        self._plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._plot.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self._plot.viewport().installEventFilter(self)
        self._size_side_panel()
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

    @property
    def scale(self) -> int:
        """Screen pixels per weight: a tile is 28·scale pixels wide."""
        return self._scale

    @property
    def grid(self) -> tuple[int, int]:
        """(rows, cols) of the current grid."""
        return self._rows, self._cols

    @property
    def order(self) -> np.ndarray:
        """The nodes in display order, (hidden,) int: position i shows node order[i]."""
        return self._order.copy()

    def set_weights(self, w_ih: np.ndarray, w_ho: np.ndarray | None = None) -> None:
        """Show the input→hidden weights ``w_ih``: (hidden, 784), any float dtype.

        ``w_ho`` (10, hidden), when given, is what "by weight to the answer" sorts by.
        Re-lays out the grid when the hidden count changes; otherwise only refills the tiles.
        """
        w_ih = np.asarray(w_ih)
        if w_ih.ndim != 2 or w_ih.shape[1] != PIXELS or w_ih.shape[0] < 1:
            raise ValueError(f"expected weights of shape (hidden, {PIXELS}), got {w_ih.shape}")
        hidden = w_ih.shape[0]
        if hidden != len(self._weights):
            self._weights = np.empty((hidden, PIXELS), np.float32)
            self._order = np.arange(hidden)
            self._position = np.arange(hidden)
            self._relayout()
        self._weights[...] = w_ih  # casts to float32
        self._w_ho = None if w_ho is None else np.asarray(w_ho, np.float32)
        self._level = symmetric_level(self._weights)
        self._bar.setLevels((-self._level, self._level))
        end = f"{self._level:.2g}"  # three ticks only: the narrow bar has no room for more
        self._bar.axis.setTicks([[(-self._level, "-" + end), (0.0, "0"), (self._level, end)], []])
        self._apply_order(refill=True)

    def set_activations(self, hidden_outputs: np.ndarray | None, answer: int | None = None) -> None:
        """Light tiles up by the pad digit's hidden outputs: (hidden,) values in [0, 1], or None.

        ``answer`` is the network's answer to that digit (for "by weight to the answer").
        Inactive tiles are dimmed, active ones stay bright. The values are ignored while their
        length does not match the hidden count (e.g. for a moment while the network is replaced).
        """
        if hidden_outputs is None:
            self._activations, self._answer = None, None
        else:
            self._activations = np.asarray(hidden_outputs, np.float32).ravel()
            self._answer = answer
        self._apply_order()
        self._update_overlay()
        self._update_node_panel()

    def node_at(self, x: float, y: float) -> int:
        """The node whose cell contains the view (mosaic pixel) position (x, y), or −1.

        A cell is the node's tile plus the gap on its top and left, so gaps never flicker to −1.
        """
        if not (math.isfinite(x) and math.isfinite(y)) or x < 0 or y < 0:
            return -1
        step = pitch(self._scale)
        col, row = int(x // step), int(y // step)
        if col >= self._cols or row >= self._rows:
            return -1
        position = row * self._cols + col
        return int(self._order[position]) if position < len(self._order) else -1

    def tile_rect(self, node: int) -> QRectF:
        """The tile of ``node`` (wherever the order puts it) in view coordinates = mosaic pixels."""
        row, col = divmod(int(self._position[node]), self._cols)
        step, size = pitch(self._scale), SIDE * self._scale
        return QRectF(col * step + gutter(self._scale), row * step + gutter(self._scale), size, size)

    def view_to_widget(self, x: float, y: float) -> QPointF:
        """A view (mosaic pixel) position in the coordinates of the mosaicView's viewport."""
        return self._plot.mapFromScene(self._view.mapViewToScene(QPointF(x, y))).toPointF()

    def mosaic_image(self) -> np.ndarray:
        """A copy of the mosaic: float32, (p*rows + g, p*cols + g), NaN in gaps and empty cells."""
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

    def sizeHint(self) -> QSize:
        return QSize(560, 330)

    # ------------------------------------------------------------------ layout and drawing

    def _outline(self, color: QColor, width: float, z: float) -> QGraphicsRectItem:
        """A hidden rectangle outline for the hover/selection highlight."""
        box = QGraphicsRectItem()
        pen = QPen(color, width)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        box.setPen(pen)
        box.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        box.setZValue(z)
        box.setVisible(False)
        self._view.addItem(box, ignoreBounds=True)
        return box

    def _available(self) -> tuple[int, int]:
        """The scroll area's size in pixels: what the grid may fill."""
        return max(1, self._scroll.width()), max(1, self._scroll.height())

    def _relayout(self) -> None:
        """Fit the grid to the space it has: scale, buffers, grey gap shape, view range, highlights."""
        hidden = len(self._weights)
        width, height = self._available()
        scrollbar = self._scroll.verticalScrollBar().sizeHint().width()
        scale, rows, cols = fit_grid(hidden, width, height, scrollbar)
        if (scale, rows, cols) == (self._scale, self._rows, self._cols) and len(self._padded) >= hidden:
            return
        self._scale, self._rows, self._cols = scale, rows, cols
        step, g = pitch(scale), gutter(scale)
        self._padded = np.full((rows * cols, PIXELS), np.nan, np.float32)
        self._mosaic = np.full((rows * step + g, cols * step + g), np.nan, np.float32)
        cells = self._mosaic[: rows * step, : cols * step].reshape(rows, step, cols, step)
        self._tiles = cells[:, g:, :, g:].reshape(rows, SIDE, scale, cols, SIDE, scale)
        assert np.shares_memory(self._tiles, self._mosaic)  # writes through to the image

        full_rows, rest = divmod(hidden, cols)
        gaps = QPainterPath()
        gaps.addRect(QRectF(0, 0, cols * step + g, full_rows * step + g))
        if rest:
            gaps.addRect(QRectF(0, full_rows * step, rest * step + g, step + g))
        self._gap_shape.setPath(gaps.simplified())

        height_px, width_px = self._mosaic.shape
        self._plot.setFixedSize(width_px, height_px)
        self._view.setRange(xRange=(0, width_px), yRange=(0, height_px), padding=0)
        self._fill()
        self._update_overlay()  # one pixel per cell: the grid changed

        if self._hovered >= hidden:
            self._set_hovered(-1)
        self._set_hovered(self._hovered)
        previous = self._selected
        self._selected = min(self._selected, hidden - 1)
        self._place_box(self._selection_box, self._selected)
        if self._selected != previous:
            self.selectedNode.emit(self._selected)

    def _sort_mode(self) -> str:
        return SORT_ORDERS[max(0, self._sort_combo.currentIndex())]

    def _pad_values(self) -> tuple[np.ndarray | None, np.ndarray | None]:
        """(activations, w_ho[answer]) of the pad's digit when they fit this network, else None each."""
        hidden = len(self._weights)
        activations = self._activations
        if activations is None or activations.shape != (hidden,):
            return None, None
        answer_weights = None
        if self._w_ho is not None and self._answer is not None and self._w_ho.shape[1:] == (hidden,):
            answer_weights = self._w_ho[self._answer]
        return activations, answer_weights

    def _apply_order(self, *_args, refill: bool = False) -> None:
        """Put the nodes in the order the combo asks for; refill the mosaic if it changed (or if asked)."""
        hidden = len(self._weights)
        mode = self._sort_mode()
        activations, answer_weights = self._pad_values()
        order = sort_order(mode, hidden, activations, answer_weights)
        self._sort_hint.setVisible(mode != "node" and activations is None)
        if not refill and np.array_equal(order, self._order):
            return
        self._order = order
        self._position = np.empty_like(order)
        self._position[order] = np.arange(hidden)
        if hidden:
            self._fill()
            self._update_overlay()
            self._place_box(self._selection_box, self._selected)
            self._place_box(self._hover_box, self._hovered if self._hovered != self._selected else -1)
            self._update_node_panel()

    def _fill(self) -> None:
        """Copy the weights, in display order and scaled up, into the mosaic and show it."""
        hidden = len(self._weights)
        if not hidden or len(self._padded) < hidden:
            return
        rows, cols = self._rows, self._cols
        np.take(self._weights, self._order, axis=0, out=self._padded[:hidden])  # rows past `hidden` stay NaN
        tiles = self._padded.reshape(rows, cols, SIDE, SIDE).transpose(0, 2, 1, 3)  # (rows, 28, cols, 28)
        self._tiles[...] = tiles[:, :, None, :, :, None]  # each weight a scale × scale block
        self._image.setImage(self._mosaic, levels=(-self._level, self._level), autoLevels=False)

    def _place_box(self, box: QGraphicsRectItem, node: int) -> None:
        """Put a highlight outline around ``node``'s tile (on the gaps around it), or hide it."""
        if 0 <= node < len(self._weights):
            half = gutter(self._scale) / 2
            box.setRect(self.tile_rect(node).adjusted(-half, -half, half, half))
            box.setVisible(True)
        else:
            box.setVisible(False)

    def _update_overlay(self) -> None:
        """Veil each cell by (1 − activation): one RGBA pixel per cell, stretched over the cell."""
        hidden = len(self._weights)
        activations, _ = self._pad_values()
        show = self._light_up.isChecked() and activations is not None and hidden > 0
        self._overlay.setVisible(show)
        if not show:
            return
        lit = np.ones(self._rows * self._cols, np.float32)
        lit[:hidden] = np.nan_to_num(np.clip(activations[self._order], 0.0, 1.0), nan=0.0)
        rgba = np.empty((self._rows, self._cols, 4), np.uint8)
        rgba[..., :3] = DIM_COLOR
        rgba[..., 3] = ((1.0 - lit) * DIM_ALPHA).astype(np.uint8).reshape(self._rows, self._cols)
        # setRect after the image: each overlay pixel stretched over one cell
        step = pitch(self._scale)
        self._overlay.setImage(rgba, autoLevels=False, levels=None)
        self._overlay.setRect(QRectF(0, 0, self._cols * step, self._rows * step))

    def _size_side_panel(self) -> None:
        """Fit the side panel to the height there is, so the mosaic keeps the width.

        The enlarged node is 3, 4 or 5 × 28 px; in a tall view the controls move from the
        row above the mosaic to the foot of the side panel, giving the mosaic their height.
        """
        height = self.height()
        size = (3 if height < 300 else 4 if height < 420 else 5) * SIDE
        self._node_plot.setFixedSize(size, size)
        tall = height >= TALL_VIEW
        in_side = self._side.indexOf(self._controls) >= 0
        if tall != in_side:
            (self._layout if in_side else self._side).removeWidget(self._controls)
            self._controls_layout.setDirection(
                QBoxLayout.Direction.TopToBottom if tall else QBoxLayout.Direction.LeftToRight
            )
            if tall:
                self._side.addWidget(self._controls)
            else:
                self._layout.insertWidget(0, self._controls)
        width = max(size + 20, SIDE_PANEL_MIN_WIDTH)
        if tall:
            width = max(width, self._sort_combo.sizeHint().width(), self._light_up.sizeHint().width())
        self._side_panel.setFixedWidth(width)
        # fixed sizes: a new node's numbers (2.5 times a second while training) never relayout the window
        self._node_label.setFixedSize(width, self._node_label.fontMetrics().lineSpacing() + 2)
        self._node_stats.setFixedSize(width, STATS_LINES * self._node_stats.fontMetrics().lineSpacing() + 2)

    def _update_node_panel(self) -> None:
        """Enlarged view + label for the hovered node, or else the selected one; the mosaic's tooltip."""
        node = self._hovered if self._hovered >= 0 else self._selected
        if not 0 <= node < len(self._weights):
            self._node_image.clear()
            self._node_label.setText(self.tr("No weights yet"))
            self._node_stats.setText("")
            self._plot.setToolTip("")
            return
        weights = self._weights[node]
        self._node_image.setImage(
            np.ascontiguousarray(weights.reshape(SIDE, SIDE)), levels=(-self._level, self._level), autoLevels=False
        )
        self._node_label.setText(self.tr("Hidden node {0}").format(node))
        finite = weights[np.isfinite(weights)]
        if finite.size:
            stats = (
                self.tr("min %1, max %2")
                .replace("%1", f"{float(finite.min()):+.2f}")
                .replace("%2", f"{float(finite.max()):+.2f}")
            )
        else:
            stats = self.tr("no finite weights")
        activations, answer_weights = self._pad_values()
        if activations is not None:
            stats += "\n" + self.tr("activation {0:.2f}").format(float(activations[node]))
        if answer_weights is not None:
            stats += "\n" + self.tr("weight to %1: %2").replace("%1", str(self._answer)).replace(
                "%2", f"{float(answer_weights[node]):+.2f}"
            )
        self._node_stats.setText(stats)
        self._plot.setToolTip(self._node_label.text() + "\n" + stats if self._hovered >= 0 else "")

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
        elif watched is self._scroll and event.type() == QEvent.Type.Resize and len(self._weights):
            self._relayout()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        self._size_side_panel()
        super().resizeEvent(event)

    # ------------------------------------------------------------------ look and language

    def _apply_background(self) -> None:
        color = self.palette().color(QPalette.ColorRole.Window)
        self._plot.setBackground(None)  # the group box's own shade shows through around the grid
        self._scroll.viewport().setAutoFillBackground(False)
        self._node_plot.setBackground(color)
        self._bar_plot.setBackground(color)
        text = self.palette().color(QPalette.ColorRole.WindowText)  # pyqtgraph's grey is faint on a light window
        self._bar.axis.setPen(text)
        self._bar.axis.setTextPen(text)

    def _retranslate(self) -> None:
        self._light_up.setText(self.tr("Light up by activation"))
        self._light_up.setToolTip(
            self.tr("Dim the tiles of hidden nodes that the digit on the drawing pad leaves inactive")
        )
        self._sort_label.setText(self.tr("Order:"))
        for index, text in enumerate(
            (self.tr("by node number"), self.tr("by activation for the pad's digit"), self.tr("by weight to the answer"))
        ):
            self._sort_combo.setItemText(index, text)
        self._sort_combo.setToolTip(
            self.tr("The order of the tiles: node 0 first, the nodes the pad's digit excites most first, "
                    "or the nodes that vote most for the network's answer first")
        )
        self._sort_hint.setText(self.tr("(draw a digit first)"))
        self._sort_hint.setToolTip(self.tr("Until there is a digit on the pad, the tiles stay in node order"))
        self.setAccessibleName(self.tr("Hidden node weights"))
        self.setAccessibleDescription(
            self.tr("Each hidden node's 784 incoming weights as a 28×28 tile: red positive, blue negative, white zero")
        )
        self._plot.setAccessibleName(self.tr("Weight mosaic of all hidden nodes"))
        self._node_plot.setAccessibleName(self.tr("The selected hidden node, enlarged"))
        self._light_up.setAccessibleDescription(self._light_up.toolTip())
        self._sort_combo.setAccessibleName(self.tr("Order of the tiles"))
        self._update_node_panel()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_background()
        super().changeEvent(event)
