"""The row "Wrong? It is: 0 1 … 9" under the pad: one click tells the network the right digit.

``DigitButtons`` is a caption and ten buttons 0–9 (``digitChosen`` brings the digit), one of
which may be marked as suggested (``set_suggested``, e.g. the network's answer). ``CorrectionRow``
is the row under the pad: it words what became of a correction (``describe``); the window adds
the digit to the handwriting set and fine-tunes through the "My handwriting" tab
(``PersonalView.correct``), whose own "This digit is: 0 … 9" row is another ``DigitButtons``.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

N_DIGITS = 10


@dataclass(frozen=True)
class Correction:
    """One click: the label the user gave, what the network read then, and the inputs it read."""

    label: int
    read_before: int
    inputs: np.ndarray  # (784,), the pad's inputs at the click

    @property
    def confirmed(self) -> bool:
        return self.label == self.read_before


# the suggested digit's button: bold, with an orange frame like the winner's bar in the outputs chart
SUGGESTED_STYLE = "QToolButton[suggested=\"true\"] { font-weight: bold; border: 2px solid #ffa500; border-radius: 3px; }"


class DigitButtons(QWidget):
    """A caption and ten buttons named ``<button_prefix>0`` … ``<button_prefix>9``."""

    digitChosen = Signal(int)

    def __init__(self, object_name: str, button_prefix: str, caption_name: str, size: int | None = None, parent: QWidget | None = None):
        """``size``: the buttons' side in px (None: narrow, just wider than a digit)."""
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setStyleSheet(SUGGESTED_STYLE)
        self.suggested: int | None = None
        self.caption = QLabel(objectName=caption_name)
        self.caption.setWordWrap(True)  # "Wrong? / It is:" in two lines where the column is narrow
        self.buttons: list[QToolButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0 if size is None else 2)
        layout.addWidget(self.caption)
        layout.addSpacing(4)
        width = self.fontMetrics().horizontalAdvance("0") + 10 if size is None else size
        for digit in range(N_DIGITS):
            button = QToolButton(objectName=f"{button_prefix}{digit}", text=str(digit))
            button.setFixedWidth(width)
            if size is not None:
                button.setFixedHeight(size)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setProperty("suggested", False)
            button.clicked.connect(lambda checked=False, digit=digit: self.digitChosen.emit(digit))
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)

    def set_suggested(self, digit: int | None) -> None:
        """Mark ``digit``'s button (e.g. the network's answer), or none."""
        self.suggested = digit
        for value, button in enumerate(self.buttons):
            mark = value == digit
            if button.property("suggested") != mark:
                button.setProperty("suggested", mark)
                button.style().unpolish(button)
                button.style().polish(button)


class CorrectionRow(DigitButtons):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("correctionRow", "correctButton", "correctionCaption", parent=parent)
        self._retranslate()

    def describe(self, correction: Correction, read_after: int | None = None, set_size: int | None = None, tuned: bool = True) -> str:
        """The line under the prediction: while learning (``read_after`` None), after, or when the fine-tune did not run to its end."""
        if correction.confirmed and read_after is None and set_size is not None:  # a confirmation adds, it does not fine-tune
            text = self.tr("You confirmed %1: added to your set, nothing to learn").replace("%1", str(correction.label))
            if set_size == 1:
                return text + self.tr(" · your set: 1 digit")
            return text + self.tr(" · your set: %1 digits").replace("%1", str(set_size))
        if correction.confirmed:
            said = self.tr("You confirmed %1").replace("%1", str(correction.label))
        else:
            said = self.tr("You said %1 (it read %2)").replace("%1", str(correction.label)).replace("%2", str(correction.read_before))
        if not tuned:
            return self.tr("%1 · added to your set, not fine-tuned").replace("%1", said)
        if read_after is None:
            return self.tr("%1 · learning…").replace("%1", said)
        if correction.confirmed:
            text = self.tr("You confirmed %1: it reads %2").replace("%1", str(correction.label)).replace("%2", str(read_after))
        elif read_after == correction.read_before:
            text = self.tr("You said %1: it still reads %2").replace("%1", str(correction.label)).replace("%2", str(read_after))
        else:
            text = (
                self.tr("You said %1: it read %2, now reads %3")
                .replace("%1", str(correction.label))
                .replace("%2", str(correction.read_before))
                .replace("%3", str(read_after))
            )
        if set_size == 1:
            return text + self.tr(" · your set: 1 digit")
        return text + self.tr(" · your set: %1 digits").replace("%1", str(set_size))

    def _retranslate(self) -> None:
        self.caption.setText(self.tr("Wrong? It is:"))
        self.setToolTip(self.tr("Tell the network which digit you drew: it learns from it in a moment"))
        for digit, button in enumerate(self.buttons):
            button.setToolTip(
                self.tr("It is a %1: add the drawing to your handwriting set with this label and fine-tune the network on it").replace("%1", str(digit))
            )
            button.setAccessibleName(self.tr("It is a %1").replace("%1", str(digit)))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
