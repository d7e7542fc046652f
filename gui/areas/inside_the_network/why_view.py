"""Why this answer? The hidden nodes that voted for (and against) the network's answer to the pad.

The winning output node adds up one vote from each hidden node: the node's
activation for the digit (0–1) × its weight to that output
(``core.insight.answer_contributions``); a sigmoid of the total is the output
shown. ``WhyView`` shows the ``FOR_COUNT`` strongest votes for the answer and the
``AGAINST_COUNT`` strongest against it, each as the node's 28×28 incoming weights
(the mosaic's colours) with activation × weight = vote, and how all the votes add up.
Clicking a node emits ``nodeChosen(node)`` (the window opens it in the Hidden node tab).

A hidden view only remembers what to explain and catches up when shown.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from core import looks
from core.activation import sigmoid
from core.insight import answer_contributions
from core.network import NeuralNetwork
from gui.areas.learning.weights_view import COLOR_MAP, symmetric_level

SIDE = 28
ZOOM = 2  # each weight image 56×56 px, nearest neighbour (whole pixels, never blurred) ...
BIG_ZOOM = 3  # ... or 84×84 px in a tab at least BIG_AT in size
BIG_AT = (640, 600)
FOR_COUNT = 8
AGAINST_COUNT = 4
COLUMNS = 4


def weight_pixmap(weights: np.ndarray, level: float, zoom: int = ZOOM) -> QPixmap:
    """(784,) incoming weights as a 28×28 CET-D1 image (±level at the ends), enlarged ``zoom`` times."""
    colormap = pg.colormap.get(COLOR_MAP)
    scaled = np.clip((np.asarray(weights, dtype=np.float64).reshape(SIDE, SIDE) / level + 1.0) / 2.0, 0.0, 1.0)
    rgba = np.ascontiguousarray(colormap.map(scaled.ravel(), mode="byte").reshape(SIDE, SIDE, 4), dtype=np.uint8)
    image = QImage(rgba.data, SIDE, SIDE, 4 * SIDE, QImage.Format.Format_RGBA8888).copy()
    return QPixmap.fromImage(image).scaled(SIDE * zoom, SIDE * zoom, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation)


class WhyView(QWidget):
    """The votes behind the network's answer to the digit on the pad."""

    nodeChosen = Signal(int)  # a hidden node was clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("whyView")
        self.network: NeuralNetwork | None = None
        self.inputs: np.ndarray | None = None  # (784,) the pad's inputs, or None
        self.answer: int | None = None
        self.hidden_outputs = np.zeros(0)  # (hidden,) the pad digit's hidden outputs, averaged over its five looks
        self.contributions = np.zeros(0)  # (hidden,) each node's vote for the answer
        self.for_nodes = np.zeros(0, np.int64)  # the nodes shown as votes for, strongest first
        self.against_nodes = np.zeros(0, np.int64)  # the nodes shown as votes against, strongest first
        self._stale = False
        self.zoom = ZOOM  # the weight images' enlargement, by the space there is

        self.title = QLabel(objectName="whyTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.explanation = QLabel(objectName="whyExplanation", wordWrap=True)
        self.for_caption = QLabel(objectName="whyForCaption", wordWrap=True)
        self.against_caption = QLabel(objectName="whyAgainstCaption", wordWrap=True)
        self.sum_label = QLabel(objectName="whySum", wordWrap=True)
        self.sum_label.setTextFormat(Qt.TextFormat.RichText)
        self.for_buttons = [self._node_button() for _ in range(FOR_COUNT)]
        self.against_buttons = [self._node_button() for _ in range(AGAINST_COUNT)]

        content = QWidget(objectName="whyContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.for_caption)
        layout.addLayout(self._grid(self.for_buttons))
        layout.addWidget(self.against_caption)
        layout.addLayout(self._grid(self.against_buttons))
        layout.addWidget(self.sum_label)
        layout.addStretch(1)
        scroll = QScrollArea(objectName="whyScroll", widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show()

    def _node_button(self) -> QToolButton:
        button = QToolButton(objectName="whyNodeButton")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setIconSize(QSize(SIDE * ZOOM, SIDE * ZOOM))
        button.setAutoRaise(True)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        button.setFont(font)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda checked=False, b=button: self.nodeChosen.emit(int(b.property("node"))))
        return button

    @staticmethod
    def _grid(buttons: list[QToolButton]) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(2)
        for k, button in enumerate(buttons):
            grid.addWidget(button, k // COLUMNS, k % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        return grid

    # -- public API ------------------------------------------------------------------
    def explain(self, network: NeuralNetwork | None, inputs: np.ndarray | None) -> None:
        """Explain ``network``'s answer to ``inputs`` (784,) in 0.01–1; None clears to the guidance."""
        self.network = network
        self.inputs = None if inputs is None else np.asarray(inputs, dtype=np.float32).ravel()
        if self.isVisible():
            self._show()
        else:
            self._stale = True

    @property
    def output(self) -> float | None:
        """The answer's output: the sigmoid of the sum of all votes."""
        if self.answer is None:
            return None
        return float(sigmoid(np.array([self.contributions.sum()]))[0])

    # -- drawing ---------------------------------------------------------------------
    def _ready(self) -> bool:
        network, inputs = self.network, self.inputs
        return network is not None and inputs is not None and inputs.shape == (network.input_nodes,) and network.input_nodes == SIDE * SIDE

    def _show(self) -> None:
        self._stale = False
        if self._ready():
            hidden_outputs, final_outputs = looks.read(self.network, self.inputs)  # five looks, as the pad reads
            self.hidden_outputs, self.answer = hidden_outputs[0], int(np.argmax(final_outputs[0]))
            order, self.contributions = answer_contributions(self.network, self.inputs, self.answer)
            self.for_nodes = order[: FOR_COUNT][self.contributions[order[: FOR_COUNT]] > 0]
            last = order[::-1][:AGAINST_COUNT]
            self.against_nodes = last[self.contributions[last] < 0]
        else:
            self.answer, self.contributions, self.hidden_outputs = None, np.zeros(0), np.zeros(0)
            self.for_nodes = self.against_nodes = np.zeros(0, np.int64)
        self._fill(self.for_buttons, self.for_nodes)
        self._fill(self.against_buttons, self.against_nodes)
        self._retranslate()

    def _fill(self, buttons: list[QToolButton], nodes: np.ndarray) -> None:
        level = symmetric_level(self.network.w_ih) if len(nodes) else 1.0
        for k, button in enumerate(buttons):
            button.setVisible(k < len(nodes))
            if k < len(nodes):
                node = int(nodes[k])
                button.setProperty("node", node)
                button.setIcon(QIcon(weight_pixmap(self.network.w_ih[node], level, self.zoom)))

    def _retranslate(self) -> None:
        for button in self.for_buttons + self.against_buttons:  # until a digit is explained (they are hidden then)
            button.setToolTip(self.tr("A hidden node's vote: click to inspect the node"))
            button.setAccessibleName(self.tr("A hidden node's vote"))
        answer = self.answer
        shown = answer is not None
        for widget in (self.explanation, self.for_caption, self.against_caption, self.sum_label):
            widget.setVisible(shown)
        if not shown:
            self.title.setText(self.tr("Draw a digit on the pad to see which hidden nodes voted for the answer."))
            self.title.setWordWrap(True)
            return
        hidden = self.network.hidden_nodes
        digit = str(answer)
        self.title.setText(self.tr("Why %1?").replace("%1", digit))
        self.explanation.setText(
            self.tr("Output node %1 adds up %2 votes, one from each hidden node: how strongly the node fires for your digit "
                    "(its activation, 0 to 1, averaged over five looks: your digit as drawn and moved one pixel right, left, down "
                    "and up) × its weight to output %1. A sigmoid turns the total into the output shown.")
            .replace("%1", digit).replace("%2", str(hidden))
        )
        self.for_caption.setText(self.tr("The strongest votes for %1 (click a node to inspect it):").replace("%1", digit))
        self.against_caption.setText(self.tr("The strongest votes against %1:").replace("%1", digit) if len(self.against_nodes) else self.tr("No hidden node voted against %1.").replace("%1", digit))
        weights = self.network.w_ho[answer]
        for buttons, nodes in ((self.for_buttons, self.for_nodes), (self.against_buttons, self.against_nodes)):
            for button, node in zip(buttons, nodes):
                button.setAccessibleName(self.tr("Hidden node %1").replace("%1", str(node)))
                activation, weight, vote = float(self.hidden_outputs[node]), float(weights[node]), float(self.contributions[node])
                button.setText(self.tr("node %1").replace("%1", str(node)) + f" · {vote:+.2f}\n{activation:.2f} × {weight:+.2f}")
                button.setToolTip(
                    self.tr("Hidden node %1: activation %2 × weight %3 to output %4 = vote %5. Click to inspect it.")
                    .replace("%1", str(node)).replace("%2", f"{activation:.2f}").replace("%3", f"{weight:+.2f}")
                    .replace("%4", digit).replace("%5", f"{vote:+.2f}")
                )
        listed = np.concatenate([self.for_nodes, self.against_nodes])
        shown_sum = float(self.contributions[self.for_nodes].sum()), float(self.contributions[self.against_nodes].sum())
        rest = float(self.contributions.sum() - sum(shown_sum))
        total = float(self.contributions.sum())
        self.sum_label.setText(
            self.tr("How the votes add up: %1 (the %7 votes for above) %2 (the %8 against) %3 (the other %4 nodes) "
                    "= <b>%5</b> → sigmoid → <b>output %6</b>")
            .replace("%1", f"{shown_sum[0]:+.2f}").replace("%2", f"{shown_sum[1]:+.2f}").replace("%3", f"{rest:+.2f}")
            .replace("%7", str(len(self.for_nodes))).replace("%8", str(len(self.against_nodes)))
            .replace("%4", str(hidden - len(listed))).replace("%5", f"{total:.2f}").replace("%6", f"{self.output:.2f}")
        )

    def resizeEvent(self, event) -> None:
        zoom = BIG_ZOOM if event.size().width() >= BIG_AT[0] and event.size().height() >= BIG_AT[1] else ZOOM
        if zoom != self.zoom:
            self.zoom = zoom
            for button in self.for_buttons + self.against_buttons:
                button.setIconSize(QSize(SIDE * zoom, SIDE * zoom))
            self._fill(self.for_buttons, self.for_nodes)
            self._fill(self.against_buttons, self.against_nodes)
        super().resizeEvent(event)

    def showEvent(self, event) -> None:
        if self._stale:
            self._show()
        super().showEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
