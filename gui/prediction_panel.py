"""What the network makes of the drawing: its answer, how sure, all ten outputs.

The bar chart shows the raw sigmoid outputs (each in 0..1, they need not sum
to 1). The "sure" figure is the winner's share of their sum,
outputs[argmax] / outputs.sum(), a simple normalisation that reads like a
probability.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

N_OUTPUTS = 10
PREVIEW_ZOOM = 4  # 28x28 shown as 112x112, nearest neighbour
BAR_COLOR = QColor(110, 140, 180)
WINNER_COLOR = QColor(255, 165, 0)


class _BarPlot(pg.PlotWidget):
    """A PlotWidget with a compact size hint (the default asks for 640x480)."""

    def sizeHint(self) -> QSize:
        return QSize(320, 180)


class PredictionPanel(QWidget):
    """The predicted digit, its confidence, a bar chart of the ten outputs and
    the 28x28 image the network was given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("predictionPanel")
        self._confidence: float | None = None

        self.predictionLabel = QLabel()
        self.predictionLabel.setObjectName("predictionLabel")
        font = QFont(self.font())
        font.setPixelSize(64)
        font.setBold(True)
        self.predictionLabel.setFont(font)
        self.predictionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.predictionLabel.setMinimumSize(80, 80)

        self.confidenceLabel = QLabel()
        self.confidenceLabel.setObjectName("confidenceLabel")
        self.confidenceLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPixelSize(16)
        self.confidenceLabel.setFont(font)

        self.networkInputView = QLabel()
        self.networkInputView.setObjectName("networkInputView")
        side = 28 * PREVIEW_ZOOM
        self.networkInputView.setFixedSize(side + 2, side + 2)
        self.networkInputView.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.networkInputView.setStyleSheet("border: 1px solid gray; background: black;")

        self.inputCaption = QLabel()
        self.inputCaption.setObjectName("networkInputCaption")
        self.inputCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.correctionLabel = QLabel()  # what became of a one-click correction ("You said 9 …")
        self.correctionLabel.setObjectName("correctionLabel")
        self.correctionLabel.setWordWrap(True)
        self.correctionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.correctionLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the window
        self.correctionLabel.hide()

        self.outputsCaption = QLabel()
        self.outputsCaption.setObjectName("outputsCaption")

        self.outputsPlot = _BarPlot()
        self.outputsPlot.setObjectName("outputsPlot")
        self._setup_plot()

        answer = QVBoxLayout()
        answer.addStretch(1)
        answer.addWidget(self.predictionLabel)
        answer.addWidget(self.confidenceLabel)
        answer.addStretch(1)

        seen = QVBoxLayout()
        seen.addWidget(self.networkInputView, 0, Qt.AlignmentFlag.AlignHCenter)
        seen.addWidget(self.inputCaption, 0, Qt.AlignmentFlag.AlignHCenter)

        top = QHBoxLayout()
        top.addLayout(answer, 1)
        top.addLayout(seen)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.correctionLabel)
        layout.addWidget(self.outputsCaption)
        layout.addWidget(self.outputsPlot, 1)

        self._retranslate()
        self.show_prediction(None, None)

    def _setup_plot(self) -> None:
        """Fixed axes 0..9 x 0..1, no mouse interaction, one BarGraphItem."""
        plot = self.outputsPlot
        plot.setBackground(None)
        plot.setMinimumHeight(140)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.setXRange(-0.6, N_OUTPUTS - 0.4, padding=0)
        plot.setYRange(0.0, 1.0, padding=0.04)  # a little room so ticks 0 and 1 show
        self._apply_palette()
        for name in ("bottom", "left"):
            plot.getAxis(name).setStyle(tickLength=4)  # ticks point outwards, off the bars
        plot.getAxis("bottom").setTicks([[(i, str(i)) for i in range(N_OUTPUTS)]])
        left = plot.getAxis("left")
        left.setTicks([[(v, f"{v:g}") for v in (0, 0.5, 1)]])
        left.setStyle(hideOverlappingLabels=False)  # keep the labels 0 and 1 (needs no grid)
        left.setWidth(34)  # fixed, so the chart does not shift when values arrive
        self._bars = pg.BarGraphItem(
            x=np.arange(N_OUTPUTS), height=np.zeros(N_OUTPUTS), width=0.7,
            brushes=[BAR_COLOR] * N_OUTPUTS, pen=None,
        )
        plot.addItem(self._bars)

    def _apply_palette(self) -> None:
        """Axes in the theme's text colour (the plot is transparent over the window), also after a theme change."""
        text = self.palette().windowText().color()
        for name in ("bottom", "left"):
            axis = self.outputsPlot.getAxis(name)
            axis.setPen(text)
            axis.setTextPen(text)

    def show_prediction(self, outputs: np.ndarray | None, image28: np.ndarray | None) -> None:
        """Show the network's answer; None clears to the empty state.

        outputs: (10,) sigmoid outputs of the network's query.
        image28: (28, 28) float in [0, 1], the field the network saw
                 (None shows a black field).
        """
        if outputs is None:
            self._confidence = None
            self.predictionLabel.setText("")
            self._bars.setOpts(height=np.zeros(N_OUTPUTS), brushes=[BAR_COLOR] * N_OUTPUTS)
            self._show_image(None)
            self._retranslate()
            return

        values = np.nan_to_num(np.asarray(outputs, dtype=np.float64).ravel())
        if values.shape != (N_OUTPUTS,):
            raise ValueError(f"outputs must have shape (10,), got {np.shape(outputs)}")
        values = np.clip(values, 0.0, 1.0)
        winner = int(np.argmax(values))
        total = float(values.sum())
        self._confidence = values[winner] / total if total > 0 else 0.0

        self.predictionLabel.setText(str(winner))
        brushes = [WINNER_COLOR if i == winner else BAR_COLOR for i in range(N_OUTPUTS)]
        self._bars.setOpts(height=values, brushes=brushes)
        self._show_image(image28)
        self._retranslate()

    def show_correction(self, text: str) -> None:
        """The line under the answer about a correction; an empty text hides it."""
        self.correctionLabel.setText(text)
        self.correctionLabel.setVisible(bool(text))

    def bar_heights(self) -> np.ndarray:
        """The ten bar heights currently shown, (10,)."""
        return np.asarray(self._bars.opts["height"], dtype=np.float64)

    def _show_image(self, image28: np.ndarray | None) -> None:
        """Show a (28, 28) [0, 1] image enlarged x4 with visible pixels."""
        if image28 is None:
            image28 = np.zeros((28, 28))
        pixels = np.clip(np.nan_to_num(np.asarray(image28, dtype=np.float64)), 0.0, 1.0)
        gray = np.ascontiguousarray(np.rint(pixels * 255), dtype=np.uint8)
        h, w = gray.shape
        image = QImage(gray.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
        pixmap = QPixmap.fromImage(image).scaled(
            w * PREVIEW_ZOOM, h * PREVIEW_ZOOM,
            Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation,
        )
        self.networkInputView.setPixmap(pixmap)

    def _retranslate(self) -> None:
        self.inputCaption.setText(self.tr("What the network sees"))
        self.outputsCaption.setText(self.tr("The ten outputs (orange: the winner)"))
        self.outputsPlot.setToolTip(self.tr("How strongly each output neuron fires, 0 to 1"))
        self.outputsPlot.setAccessibleName(self.tr("The ten outputs"))
        self.predictionLabel.setAccessibleName(self.tr("Predicted digit"))
        self.predictionLabel.setAccessibleDescription(self.tr("The digit the network reads on the drawing pad"))
        self.confidenceLabel.setAccessibleName(self.tr("How sure the network is"))
        self.networkInputView.setAccessibleName(self.tr("What the network sees"))
        self.networkInputView.setAccessibleDescription(self.tr("The drawing as the network's 28×28 input image"))
        # as wide as its widest text, so that a new prediction never resizes the window's layout
        widest = self.tr("{percent} % sure").format(percent=100)
        self.confidenceLabel.setMinimumWidth(self.confidenceLabel.fontMetrics().horizontalAdvance(widest) + 4)
        if self._confidence is None:
            self.confidenceLabel.setText("")
        else:
            percent = round(100 * self._confidence)
            self.confidenceLabel.setText(self.tr("{percent} % sure").format(percent=percent))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)
