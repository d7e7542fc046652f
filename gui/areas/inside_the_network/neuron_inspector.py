"""One hidden node up close: its weights, its answer to the pad, its say in each output, its favourite digits.

``NeuronInspector`` shows, for the node chosen with ``set_node`` (e.g. the
weights mosaic's ``selectedNode``):

* its 784 incoming weights as a 28×28 image (``inspectorWeightsPlot``), diverging
  colour map CET-D1 with the mosaic's levels (±99th percentile of |w_ih|), so the
  colours mean the same as in the mosaic;
* its activation for the digit on the pad (``set_pad_inputs``);
* its weights to the ten outputs (``outputWeightsPlot``, red positive, blue negative);
* the 16 test images that excite it most (``topImages``, each with its label);
  clicking one emits ``imageChosen(image uint8 (28, 28), label)``.

Previous / next buttons (PgUp / PgDn, wrapping at the ends) and a node picker
(``nodePicker``) step through the nodes; they follow ``set_node`` and emit
``nodeChanged`` when the user moves. Below its minimum size the tab scrolls
rather than cutting off a chart.

The 16 images come from ``core.insight.top_activating`` over the test set: one
matrix-vector product per chunk, about 2 ms for 10,000 images, so it runs in the
GUI thread — and only while the inspector is visible (a hidden inspector marks
them stale and catches up when shown).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core import looks
from core.data import Dataset
from core.insight import top_activating
from core.network import NeuralNetwork
from gui.areas.inside_the_network.backquery_view import tile_mosaic, tile_origin
from gui.areas.learning.charts import export_plots
from gui.areas.results.evaluation_view import chart, image_chart
from gui.areas.learning.weights_view import COLOR_MAP, symmetric_level

SIDE = 28
TOP_K = 16
TOP_COLS = 4
LABEL_COLOUR = "#ffd54f"
WIDE = 1.25  # width / height above which the two halves sit side by side ...
WIDE_MIN = 720  # ... when there is room for both (px)


class _ShrinkingContent(QWidget):
    """A scroll area's content that asks for no more height than its minimum (the scroll
    area would otherwise give word-wrapped content its preferred height and scroll at once)."""

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalMinimumHeightForWidth(width)


class NeuronInspector(QWidget):
    """Everything about one hidden node."""

    imageChosen = Signal(object, int)  # uint8 (28, 28) test image, its label
    nodeChanged = Signal(int)  # the user stepped to another node (buttons, keys or the picker)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("neuronInspector")
        self.network: NeuralNetwork | None = None
        self.dataset: Dataset | None = None
        self.node = 0
        self.pad_inputs: np.ndarray | None = None  # (784,) in 0.01–1, or None
        self.top_indices = np.zeros(0, np.int64)  # test images shown in topImages, most exciting first
        self._top_stale = True
        self._colormap = pg.colormap.get(COLOR_MAP)

        self.title = QLabel(objectName="inspectorTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.previous_button = QPushButton("◀", objectName="previousNodeButton")
        self.previous_button.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton("▶", objectName="nextNodeButton")
        self.next_button.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.next_button.clicked.connect(lambda: self.step(+1))
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("◀") + 24)
        self.picker_label = QLabel(objectName="nodePickerLabel")
        self.picker = QSpinBox(objectName="nodePicker")
        self.picker_label.setBuddy(self.picker)
        self.picker.setRange(0, 0)
        self.picker.valueChanged.connect(self._on_picked)
        self.hint = QLabel(objectName="inspectorHint", wordWrap=True)  # what to do while there is nothing to show
        self.weights_caption = QLabel(objectName="inspectorWeightsCaption")
        self.weights_caption.setWordWrap(True)

        self.weights_widget, self.weights_image = image_chart("inspectorWeightsPlot", COLOR_MAP)
        plot = self.weights_widget.getPlotItem()
        self.colour_bar = plot.addColorBar(self.weights_image, colorMap=self._colormap, values=(-1.0, 1.0), interactive=False, width=10, rounding=0.001)
        plot.setRange(xRange=(0, SIDE), yRange=(0, SIDE), padding=0)
        plot.layout.setContentsMargins(1, 8, 1, 8)  # the colour bar's end labels ("-0.4") stand half above and below it
        self.weights_widget.setMinimumSize(150, 130)

        self.outputs_widget = chart("outputWeightsPlot")
        outputs_plot = self.outputs_widget.getPlotItem()
        outputs_plot.getAxis("bottom").setTicks([[(i, str(i)) for i in range(10)]])
        outputs_plot.setXRange(-0.6, 9.6, padding=0)
        outputs_plot.addLine(y=0, pen=pg.mkPen("#888888"))
        self.output_bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, pen=None)
        outputs_plot.addItem(self.output_bars)
        self.outputs_widget.setMinimumSize(170, 130)

        self.activation_label = QLabel(objectName="padActivation")
        self.activation_bar = QProgressBar(objectName="padActivationBar")
        self.activation_bar.setRange(0, 1000)
        self.activation_bar.setTextVisible(False)

        self.top_caption = QLabel(objectName="topImagesCaption")
        self.top_caption.setWordWrap(True)
        self.top_widget, self.top_image = image_chart("topImages", "CET-L1", background=None)
        top_plot = self.top_widget.getPlotItem()
        self.top_labels = []
        for k in range(TOP_K):
            top, left = tile_origin(k, TOP_COLS, SIDE, SIDE)
            text = pg.TextItem(anchor=(0, 0), color=LABEL_COLOUR)
            text.setPos(left + 0.5, top + 0.5)
            top_plot.addItem(text)
            self.top_labels.append(text)
        blank = tile_mosaic(np.full((TOP_K, SIDE, SIDE), np.nan), TOP_COLS)
        self.top_image.setImage(blank, levels=(0.0, 255.0), autoLevels=False)
        top_plot.setRange(xRange=(0, blank.shape[1]), yRange=(0, blank.shape[0]), padding=0.01)
        self.top_widget.setMinimumSize(180, 180)
        self.top_widget.scene().sigMouseClicked.connect(self._on_top_clicked)

        grid = QGridLayout()
        grid.addWidget(self.weights_widget, 0, 0)
        grid.addWidget(self.outputs_widget, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        about = QVBoxLayout()
        about.addLayout(grid, 1)
        about.addWidget(self.weights_caption)
        about.addWidget(self.activation_label)
        about.addWidget(self.activation_bar)
        favourites = QVBoxLayout()
        favourites.addWidget(self.top_caption)
        favourites.addWidget(self.top_widget, 1)
        # side by side in a wide space (under the mosaic, say), stacked in a tall one (a dock)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.addLayout(about, 1)
        self.body.addLayout(favourites, 1)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.picker_label)
        header.addWidget(self.previous_button)
        header.addWidget(self.picker)
        header.addWidget(self.next_button)
        content = _ShrinkingContent(objectName="inspectorContent")
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(self.body)
        self.scroll = QScrollArea(objectName="inspectorScroll", widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroll, 1)
        self._show_all()

    # -- public API ------------------------------------------------------------------
    def set_network(self, network: NeuralNetwork | None) -> None:
        """Show ``network``'s node (the selection is kept, clamped to its hidden count)."""
        self.network = network
        if network is not None:
            self.node = min(self.node, network.hidden_nodes - 1)
        self._top_stale = True
        self._show_all()

    def set_node(self, index: int) -> None:
        """Inspect hidden node ``index`` (clamped to the network's hidden count)."""
        index = max(int(index), 0)
        if self.network is not None:
            index = min(index, self.network.hidden_nodes - 1)
        if index != self.node:
            self.node = index
            self._top_stale = True
        self._show_all()

    def step(self, delta: int) -> None:
        """Move ``delta`` nodes on (−1: the previous one), wrapping around at the ends."""
        if self.network is None:
            return
        self.set_node((self.node + delta) % self.network.hidden_nodes)
        self.nodeChanged.emit(self.node)

    def _on_picked(self, value: int) -> None:
        if self.network is not None and value != self.node:
            self.set_node(value)
            self.nodeChanged.emit(self.node)

    def set_dataset(self, dataset: Dataset | None) -> None:
        """The dataset whose test images are searched for the most exciting ones."""
        self.dataset = dataset
        self._top_stale = True
        self._show_all()

    def set_pad_inputs(self, inputs: np.ndarray | None) -> None:
        """The digit on the pad as the network's inputs (784,) in 0.01–1, or None for an empty pad."""
        self.pad_inputs = None if inputs is None else np.asarray(inputs, dtype=np.float32).ravel()
        self._show_activation()

    @property
    def pad_activation(self) -> float | None:
        """The node's activation for the pad's digit (0–1; the mean of its five looks, core.looks), or None."""
        if self.network is None or self.pad_inputs is None or self.pad_inputs.shape != (self.network.input_nodes,):
            return None
        return float(looks.read(self.network, self.pad_inputs)[0][0, self.node])

    def plot_widgets(self) -> dict[str, pg.PlotWidget]:
        return {
            f"node-{self.node}-weights": self.weights_widget,
            f"node-{self.node}-output-weights": self.outputs_widget,
            f"node-{self.node}-top-images": self.top_widget,
        }

    def export_plots(self, directory: str | Path, suffix: str = ".png") -> list[Path]:
        """Write every chart into ``directory`` as PNG or SVG (by ``suffix``); returns the paths."""
        return export_plots(self.plot_widgets(), directory, suffix)

    # -- drawing ---------------------------------------------------------------------
    def _show_all(self) -> None:
        network = self.network
        self._sync_picker()
        if network is None or network.input_nodes != SIDE * SIDE:
            self.weights_image.setImage(np.full((SIDE, SIDE), np.nan, np.float32), levels=(-1.0, 1.0), autoLevels=False)
            self.output_bars.setOpts(height=np.zeros(10))
        else:
            level = symmetric_level(network.w_ih)
            weights = np.ascontiguousarray(network.w_ih[self.node].reshape(SIDE, SIDE), dtype=np.float32)
            self.weights_image.setImage(weights, levels=(-level, level), autoLevels=False)
            self.colour_bar.setLevels((-level, level))
            to_outputs = np.asarray(network.w_ho[:, self.node], dtype=np.float64)
            # CET-D1's ends: positive weights red, negative blue, as in the weight images
            brushes = [self._colormap.map(0.9 if w >= 0 else 0.1, mode="qcolor") for w in to_outputs]
            self.output_bars.setOpts(x=np.arange(len(to_outputs)), height=to_outputs, brushes=brushes)
            reach = max(float(np.abs(to_outputs).max()), 1e-6) * 1.15
            self.outputs_widget.getPlotItem().setYRange(-reach, reach, padding=0)
        if self.isVisible():
            self._update_top()
        self._show_activation()
        self._retranslate()

    def _sync_picker(self) -> None:
        """The picker's range and value, and the buttons, follow the network and the node (no signal)."""
        hidden = 0 if self.network is None else self.network.hidden_nodes
        self.picker.blockSignals(True)
        self.picker.setRange(0, max(hidden - 1, 0))
        self.picker.setValue(self.node)
        self.picker.blockSignals(False)
        for widget in (self.picker, self.previous_button, self.next_button):
            widget.setEnabled(hidden > 1)

    def _show_activation(self) -> None:
        activation = self.pad_activation
        self.activation_bar.setValue(0 if activation is None else int(round(1000 * activation)))
        self.activation_bar.setEnabled(activation is not None)
        if activation is None:
            self.activation_label.setText(self.tr("Draw a digit on the pad to see how strongly this node fires for it."))
        else:
            self.activation_label.setText(self.tr("Its activation for the digit on the pad: %1").replace("%1", f"{activation:.2f}"))

    def _update_top(self) -> None:
        """Find and draw the 16 most exciting test images (cheap, see the module docstring)."""
        self._top_stale = False
        network, dataset = self.network, self.dataset
        if network is None or dataset is None or network.input_nodes != SIDE * SIDE:
            self.top_indices = np.zeros(0, np.int64)
        else:
            self.top_indices = top_activating(network, dataset.test_images, self.node, TOP_K)
        images = np.full((TOP_K, SIDE, SIDE), np.nan, np.float32)
        if len(self.top_indices):
            images[: len(self.top_indices)] = self.dataset.test_images[self.top_indices]
        self.top_image.setImage(tile_mosaic(images, TOP_COLS), levels=(0.0, 255.0), autoLevels=False)
        for k, text in enumerate(self.top_labels):
            text.setText(str(int(self.dataset.test_labels[self.top_indices[k]])) if k < len(self.top_indices) else "")

    def resizeEvent(self, event) -> None:
        width, height = event.size().width(), event.size().height() - self.title.height()
        wide = width > WIDE * height and width >= WIDE_MIN
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def showEvent(self, event) -> None:
        if self._top_stale:
            self._update_top()
        super().showEvent(event)

    # -- clicks ------------------------------------------------------------------------
    def tile_at(self, x: float, y: float) -> int:
        """The index (0..15) of the top image at view position (x, y), or −1."""
        for k in range(len(self.top_indices)):
            top, left = tile_origin(k, TOP_COLS, SIDE, SIDE)
            if left <= x < left + SIDE and top <= y < top + SIDE:
                return k
        return -1

    def _on_top_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.top_widget.getPlotItem().getViewBox().mapSceneToView(event.scenePos())
        k = self.tile_at(point.x(), point.y())
        if k >= 0:
            index = int(self.top_indices[k])
            self.imageChosen.emit(np.array(self.dataset.test_images[index], dtype=np.uint8), int(self.dataset.test_labels[index]))

    # -- language ------------------------------------------------------------------------
    def _retranslate(self) -> None:
        if self.network is None:
            self.title.setText(self.tr("No network yet"))
            self.hint.setText(self.tr("A hidden node appears here once there is a network: double-click a tile of the weight mosaic, "
                                      "or pick a node number above."))
        else:
            self.title.setText(self.tr("Hidden node %1").replace("%1", str(self.node)))
        self.hint.setVisible(self.network is None)
        self.scroll.setVisible(self.network is not None)
        self.picker_label.setText(self.tr("&Node"))
        self.picker.setSuffix(self.tr(" of %1").replace("%1", str(self.network.hidden_nodes)) if self.network is not None else "")
        self.picker.setToolTip(self.tr("Which hidden node to show"))
        self.previous_button.setToolTip(self.tr("Previous node (PgUp)"))
        self.next_button.setToolTip(self.tr("Next node (PgDn)"))
        self.previous_button.setAccessibleName(self.tr("Previous node"))
        self.next_button.setAccessibleName(self.tr("Next node"))
        self.weights_caption.setText(
            self.tr("Ink on red pixels excites the node, ink on blue ones inhibits it; its output weights say which digits it votes for (red) or against (blue).")
        )
        weights_plot = self.weights_widget.getPlotItem()
        weights_plot.setTitle(self.tr("Its 784 incoming weights"), color="#222222", size="10pt")
        # as wide as its title and colour bar need, so that the colour bar's labels are never cut off
        needed = weights_plot.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
        self.weights_widget.setMinimumWidth(max(150, int(needed) + 2))
        outputs = self.outputs_widget.getPlotItem()
        title = self.tr("Weight to each output")
        outputs.setTitle(title, color="#222222", size="10pt")
        outputs.setLabel("bottom", self.tr("output digit"))
        # as wide as its title (and the left axis beside it) needs: at 1366 px it was cut to "Weight to each outp",
        # and the bar of 9 with it
        font = QFont(self.font())
        font.setPointSizeF(10)
        needed = QFontMetrics(font).horizontalAdvance(title) + 2 * outputs.getAxis("left").width() + 6
        self.outputs_widget.setMinimumWidth(max(170, int(needed)))
        if self.dataset is None:
            self.top_caption.setText(self.tr("The test images that excite it most appear here once MNIST is loaded."))
        else:
            self.top_caption.setText(self.tr("The 16 test images that excite it most (click one to put it on the pad):"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
