"""The sample being learned, at a slow pace: its image, its target, the ten outputs and the error of each.

For each digit 0–9 a column shows the output the network gave (a blue bar, 0 to 1) and the
target (a line: 0.99 at the label, 0.01 elsewhere); beside the bar a narrow strip spans the
error target − output, green where the output is too low, red where it is too high.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

IMAGE_SIDE = 56  # 28 px doubled, nearest neighbour
DIGIT_ROW = 13  # each column's digit, written at its top (inside the column: no row of its own)
CHART_HEIGHT = IMAGE_SIDE  # the bars as tall as the image (they were 42 px: an output of 0.3 drew 13 px)
COLUMN = 24  # px per output, at least
ERROR_STRIP = 5  # px
OUTPUT_COLOR = QColor(70, 130, 200)
TOO_HIGH = QColor(215, 60, 50)
TOO_LOW = QColor(40, 160, 70)


def targets_for(label: int, outputs: int = 10) -> np.ndarray:
    """The tutorial's target vector (outputs,): 0.99 at the label, 0.01 elsewhere."""
    target = np.full(outputs, 0.01)
    target[label] = 0.99
    return target


def key(colour: QColor, mark: str) -> str:
    """A legend key in rich text: ``mark`` in ``colour``."""
    return f'<span style="color:{colour.name()}">{mark}</span>'


class _SampleChart(QWidget):
    """The image on the left, the ten output columns on its right (painted)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("learningSampleChart")
        self.setFixedHeight(CHART_HEIGHT)  # as tall as the samples strip it replaces: the column fits 1024×640
        self.setMinimumWidth(IMAGE_SIDE + 8 + 10 * COLUMN)
        self.image: QImage | None = None
        self.label: int | None = None
        self.outputs: np.ndarray | None = None

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(QRectF(0, 0, IMAGE_SIDE, IMAGE_SIDE), QColor(48, 48, 48))
        if self.image is not None:
            painter.drawImage(QRectF(0, 0, IMAGE_SIDE, IMAGE_SIDE), self.image)
        left = IMAGE_SIDE + 8
        column = max(COLUMN, (self.width() - left) // 10)
        palette_text = self.palette().windowText().color()
        font = QFont(painter.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        for digit in range(10):
            x = left + digit * column
            place = QRectF(x + 2, 0, column - 4, CHART_HEIGHT)
            painter.fillRect(place, self.palette().alternateBase())
            if self.outputs is not None and self.label is not None:
                output = float(np.clip(self.outputs[digit], 0.0, 1.0))
                target = 0.99 if digit == self.label else 0.01
                y_output = CHART_HEIGHT * (1 - output)
                y_target = CHART_HEIGHT * (1 - target)
                bar_width = place.width() - ERROR_STRIP - 1
                painter.fillRect(QRectF(place.left(), y_output, bar_width, CHART_HEIGHT - y_output), OUTPUT_COLOR)
                error = QRectF(place.right() - ERROR_STRIP, min(y_output, y_target), ERROR_STRIP, max(1.0, abs(y_output - y_target)))
                painter.fillRect(error, TOO_LOW if target > output else TOO_HIGH)
                painter.setPen(QPen(palette_text, 1))
                painter.drawLine(round(place.left()), round(y_target), round(place.right()), round(y_target))
            font.setBold(digit == self.label)
            painter.setFont(font)
            covered = self.outputs is not None and float(self.outputs[digit]) > 1 - DIGIT_ROW / CHART_HEIGHT
            painter.setPen(QColor("white") if covered else palette_text)  # on a bar that reaches the top, white
            painter.drawText(QRectF(place.left(), 1, place.width() - ERROR_STRIP - 1, DIGIT_ROW), Qt.AlignmentFlag.AlignCenter, str(digit))
        painter.end()


class SampleView(QWidget):
    """The last sample learned, from a paced Progress (``show_sample``); ``clear`` empties it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("learningSampleView")
        self.caption = QLabel(objectName="learningSampleCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.chart = _SampleChart()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # the caption at the left, as the samples strip's: the view is no taller than the strip it replaces
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption, 2)
        layout.addWidget(self.chart, 3)
        self.setAccessibleName(self.tr("The sample being learned"))
        self.label: int | None = None
        self.outputs: np.ndarray | None = None
        self.clear()

    def clear(self) -> None:
        self.label = self.outputs = None
        self.chart.image, self.chart.label, self.chart.outputs = None, None, None
        self.caption.setText(self.tr("The sample being learned appears here, with its outputs, target and error"))
        self.setToolTip("")
        self.chart.update()

    def show_sample(self, image: np.ndarray, label: int, outputs: np.ndarray) -> None:
        """image (28, 28) uint8, its label, the ten outputs (10,) the network gave before learning it."""
        pixels = np.ascontiguousarray(image, np.uint8)
        self.chart.image = QImage(pixels.data, 28, 28, 28, QImage.Format.Format_Grayscale8).copy()
        self.label, self.outputs = int(label), np.asarray(outputs, np.float64).copy()
        self.chart.label, self.chart.outputs = self.label, self.outputs
        target = targets_for(self.label, len(self.outputs))
        error = target - self.outputs
        answer = int(self.outputs.argmax())
        # the caption is the chart's legend too: each number after the key it is drawn with
        too_low = error[self.label] > 0
        text = (self.tr("Learning the digit %1: %2 output %3, %4 target 0.99, %5 error %6")
                .replace("%1", str(self.label))
                .replace("%2", key(OUTPUT_COLOR, "■"))
                .replace("%3", f"{self.outputs[self.label]:.2f}")
                .replace("%4", key(self.palette().windowText().color(), "━"))
                .replace("%5", key(TOO_LOW if too_low else TOO_HIGH, "▮"))
                .replace("%6", f"{error[self.label]:+.2f}"))
        if answer != self.label:
            text += " · " + self.tr("it said %1 (%2)").replace("%1", str(answer)).replace("%2", f"{self.outputs[answer]:.2f}")
        self.caption.setText(text)
        rows = "\n".join(
            self.tr("%1: output %2, target %3, error %4")
            .replace("%1", str(digit)).replace("%2", f"{self.outputs[digit]:.3f}")
            .replace("%3", f"{target[digit]:.2f}").replace("%4", f"{error[digit]:+.3f}")
            for digit in range(len(self.outputs))
        )
        self.setToolTip(self.tr("Blue bars: the outputs; lines: the target; green or red strips: the error (target − output)") + "\n" + rows)
        self.chart.setAccessibleDescription(rows)
        self.chart.update()
