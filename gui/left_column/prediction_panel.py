"""What the network makes of the drawing: its answer, the outputs behind it, all ten outputs.

The bar chart shows the raw sigmoid outputs (each in 0..1, they need not sum
to 1). Under the answer stand the winning output itself ("output 0.99") and the
runner-up ("then 7: 0.12"), never a made-up percentage. When the winning output is low
or another is close behind it (``core.insight.unsure_mask``) the answer is "not sure" and the
digit is drawn grey; answers of a network that has not been trained yet are marked as guesses.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from core.insight import UNSURE_BELOW, unsure_mask

N_OUTPUTS = 10
PREVIEW_ZOOM = 3  # 28x28 shown as 84x84, nearest neighbour
BAR_COLOR = QColor(110, 140, 180)
WINNER_COLOR = QColor(255, 165, 0)


class _BarPlot(pg.PlotWidget):
    """A PlotWidget with a compact size hint (the default asks for 640x480)."""

    def sizeHint(self) -> QSize:
        return QSize(320, 180)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def faded(text: QColor, background: QColor, contrast: float = 4.6) -> QColor:
    """The text colour moved towards the background as far as a contrast of ``contrast``:1 allows."""
    def mix(t: float) -> QColor:
        return QColor.fromRgbF(*(a + t * (b - a) for a, b in zip(text.getRgbF()[:3], background.getRgbF()[:3])))

    def ratio(colour: QColor) -> float:
        high, low = sorted((_luminance(colour), _luminance(background)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    best = text
    for step in range(1, 20):
        candidate = mix(step / 20)
        if ratio(candidate) < contrast:
            break
        best = candidate
    return best


def answer_state(outputs: np.ndarray | None, untrained: bool = False) -> str:
    """"empty" (no outputs), "guess" (an untrained network), "unsure" (core.insight.unsure_mask) or "sure"."""
    if outputs is None:
        return "empty"
    if untrained:
        return "guess"
    return "unsure" if unsure_mask(np.asarray(outputs, dtype=np.float64).reshape(1, -1))[0] else "sure"


class PredictionPanel(QWidget):
    """The predicted digit, its output and the runner-up, a bar chart of the ten outputs and
    the 28x28 image the network was given."""

    whyRequested = Signal()  # "Why this answer?" was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("predictionPanel")
        self._values: np.ndarray | None = None  # (10,) the outputs shown, clipped to 0..1
        self.state = "empty"  # see answer_state

        self.predictionLabel = QLabel()
        self.predictionLabel.setObjectName("predictionLabel")
        font = QFont(self.font())
        font.setPixelSize(56)
        font.setBold(True)
        self.predictionLabel.setFont(font)
        self.predictionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.predictionLabel.setMinimumSize(64, 64)

        self.confidenceLabel = QLabel()
        self.confidenceLabel.setObjectName("confidenceLabel")
        self.confidenceLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPixelSize(15)
        self.confidenceLabel.setFont(font)

        self.runnerUpLabel = QLabel(objectName="runnerUpLabel")  # "then 7: 0.12"
        self.runnerUpLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.guessLabel = QLabel(objectName="guessLabel")  # an untrained network's answer is a guess
        self.guessLabel.setWordWrap(True)
        self.guessLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.guessLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the window
        font = self.guessLabel.font()
        font.setItalic(True)
        self.guessLabel.setFont(font)
        self.guessLabel.hide()

        self.whyButton = QPushButton(objectName="whyButton")  # looks like a link
        self.whyButton.setFlat(True)
        self.whyButton.setCursor(Qt.CursorShape.PointingHandCursor)
        self.whyButton.setStyleSheet("QPushButton { border: none; padding: 2px; color: palette(link); text-decoration: underline; }"
                                     "QPushButton:disabled { color: transparent; }")
        self.whyButton.clicked.connect(self.whyRequested)

        self.networkInputView = QLabel()
        self.networkInputView.setObjectName("networkInputView")
        side = 28 * PREVIEW_ZOOM
        self.networkInputView.setFixedSize(side + 2, side + 2)
        self.networkInputView.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.networkInputView.setStyleSheet("border: 1px solid gray; background: black;")

        self.inputCaption = QLabel()
        self.inputCaption.setObjectName("networkInputCaption")
        self.inputCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.inputCaption.setWordWrap(True)
        self.inputCaption.setFixedWidth(side + 2)  # wraps under the image rather than widening the panel

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
        answer.addWidget(self.runnerUpLabel)
        answer.addWidget(self.whyButton, 0, Qt.AlignmentFlag.AlignHCenter)
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
        layout.addWidget(self.guessLabel)
        layout.addWidget(self.correctionLabel)
        layout.addWidget(self.outputsCaption)
        layout.addWidget(self.outputsPlot, 1)

        self._retranslate()
        self.show_prediction(None, None)

    def _setup_plot(self) -> None:
        """Fixed axes 0..9 x 0..1, no mouse interaction, one BarGraphItem."""
        plot = self.outputsPlot
        plot.setBackground(None)
        plot.setMinimumHeight(72)  # room for the pad on a 640-px-high screen, in Chinese too, after a run
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

    def show_prediction(self, outputs: np.ndarray | None, image28: np.ndarray | None, untrained: bool = False) -> None:
        """Show the network's answer; None clears to the empty state.

        outputs: (10,) sigmoid outputs of the network's query.
        image28: (28, 28) float in [0, 1], the field the network saw
                 (None shows a black field).
        untrained: the network has learnt nothing yet, so its answer is marked as a guess.
        """
        if outputs is None:
            self._values = None
            self.state = "empty"
            self.predictionLabel.setText("")
            self._bars.setOpts(height=np.zeros(N_OUTPUTS), brushes=[BAR_COLOR] * N_OUTPUTS)
            self._show_image(None)
            self._show_answer_texts()
            return

        values = np.nan_to_num(np.asarray(outputs, dtype=np.float64).ravel())
        if values.shape != (N_OUTPUTS,):
            raise ValueError(f"outputs must have shape (10,), got {np.shape(outputs)}")
        values = np.clip(values, 0.0, 1.0)
        winner = int(np.argmax(values))
        self._values = values
        self.state = answer_state(values, untrained)

        self.predictionLabel.setText(str(winner))
        brushes = [WINNER_COLOR if i == winner else BAR_COLOR for i in range(N_OUTPUTS)]
        self._bars.setOpts(height=values, brushes=brushes)
        self._show_image(image28)
        self._show_answer_texts()

    @property
    def winner(self) -> int | None:
        """The digit shown as the answer, or None."""
        return None if self._values is None else int(np.argmax(self._values))

    @property
    def runner_up(self) -> int | None:
        """The digit with the second-largest output, or None."""
        return None if self._values is None else int(np.argsort(-self._values, kind="stable")[1])

    def _show_answer_style(self) -> None:
        """A sure answer bold in the text colour; a guess or a not-sure answer plain and paler (still readable)."""
        font = self.predictionLabel.font()
        font.setBold(self.state in ("sure", "empty"))
        self.predictionLabel.setFont(font)
        palette = self.predictionLabel.palette()
        text, background = self.palette().windowText().color(), self.palette().window().color()
        colour = text if self.state in ("sure", "empty") else faded(text, background)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.predictionLabel.setPalette(palette)

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
        self.outputsPlot.setToolTip(
            self.tr("How strongly each output neuron fires, 0 to 1. The network looks at your digit five times, as drawn "
                    "and moved one pixel right, left, down and up; the output neurons read the average of the five looks.")
        )
        self.outputsPlot.setAccessibleName(self.tr("The ten outputs"))
        self.predictionLabel.setAccessibleName(self.tr("Predicted digit"))
        self.predictionLabel.setAccessibleDescription(self.tr("The digit the network reads on the drawing pad"))
        self.confidenceLabel.setAccessibleName(self.tr("How sure the network is"))
        self.networkInputView.setAccessibleName(self.tr("What the network sees"))
        self.networkInputView.setAccessibleDescription(self.tr("The drawing as the network's 28×28 input image"))
        self.networkInputView.setToolTip(
            self.tr("Your strokes as the network gets them: stood upright, redrawn with the width of MNIST's pen, "
                    "20 px high and centred by their mass, like MNIST's digits")
        )
        self.whyButton.setText(self.tr("Why this answer?"))
        self.whyButton.setToolTip(self.tr("Which hidden nodes voted for this answer (the Why? tab)"))
        self.guessLabel.setText(self.tr("A guess: this network has not been trained yet."))
        # as wide as its widest text, so that a new prediction never resizes the window's layout
        metrics = self.confidenceLabel.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in (self._output_text(0.88), self._unsure_text(0.88)))
        self.confidenceLabel.setMinimumWidth(widest + 4)
        self.runnerUpLabel.setMinimumWidth(self.runnerUpLabel.fontMetrics().horizontalAdvance(self._runner_up_text(8, 0.88)) + 4)
        self._show_answer_texts()

    def _show_answer_texts(self) -> None:
        """What changes with each answer: the output and runner-up lines, the guess note, Why?, the digit's style."""
        self.whyButton.setEnabled(self._values is not None)
        self.guessLabel.setVisible(self.state == "guess")
        if self._values is None:
            self.confidenceLabel.setText("")
            self.runnerUpLabel.setText("")
        else:
            best = float(self._values[self.winner])
            sure = self.state == "sure" or (self.state == "guess" and best >= UNSURE_BELOW)  # a guess says so itself
            self.confidenceLabel.setText(self._output_text(best) if sure else self._unsure_text(best))
            second = self.runner_up
            self.runnerUpLabel.setText(self._runner_up_text(second, float(self._values[second])))
        self._show_answer_style()

    def _output_text(self, value: float) -> str:
        return self.tr("output %1").replace("%1", f"{value:.2f}")

    def _unsure_text(self, value: float) -> str:
        return self.tr("not sure: %1").replace("%1", f"{value:.2f}")

    def _runner_up_text(self, digit: int, value: float) -> str:
        return self.tr("then %1: %2").replace("%1", str(digit)).replace("%2", f"{value:.2f}")

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            self._show_answer_style()
        super().changeEvent(event)
