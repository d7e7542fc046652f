"""A guided first run: a bubble that points at the real controls one after another, one sentence each.

Start → the curves → the tiles → the pad and its answer → Why? → One step / Experiments → My handwriting.
The window shows it on first start (``should_show``) and from Help → Tour; Skip or Done remembers it in
QSettings (``tour/done``). The bubble and a frame around the control it points at are children of the
window (no window of their own): the controls stay usable while it shows.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

DONE_KEY = "tour/done"
HIGHLIGHT = QColor("#e8590c")
BUBBLE_WIDTH = 300


def should_show(settings: QSettings) -> bool:
    """On first start: the tour has not been finished or skipped yet."""
    return str(settings.value(DONE_KEY, "false")).lower() not in ("true", "1")


@dataclass(frozen=True)
class Stop:
    """One stop of the tour: the control to point at, and what to try there."""

    target: Callable[[], QWidget]
    text: str
    before: Callable[[], None] | None = None  # e.g. bring the control's view to the front


class _Highlight(QWidget):
    """A frame drawn around the control the tour points at; it lets every click through."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("tourHighlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(HIGHLIGHT, 3))
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 6, 6)


class Tour(QObject):
    """The tour over ``window``: ``start``, ``next``, ``skip``; ``finished`` when it ends either way."""

    finished = Signal()

    def __init__(self, window: QWidget, stops: list[Stop], settings: QSettings):
        super().__init__(window)
        self.window, self.stops, self.settings = window, stops, settings
        self.index = -1
        self.highlight = _Highlight(window)
        self.bubble = QFrame(window, objectName="tourBubble")
        self.bubble.setFrameShape(QFrame.Shape.Box)
        self.bubble.setStyleSheet(f"#tourBubble {{ background: #fffbe6; border: 2px solid {HIGHLIGHT.name()}; border-radius: 6px; }}"
                                  "#tourBubble QLabel { color: #222222; }")
        self.step_label = QLabel(objectName="tourStep")
        self.text_label = QLabel(objectName="tourText", wordWrap=True)
        self.skip_button = QPushButton(objectName="tourSkipButton")
        self.next_button = QPushButton(objectName="tourNextButton")
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_label, 1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self.bubble)
        layout.addWidget(self.text_label)
        layout.addLayout(buttons)
        self.bubble.setFixedWidth(BUBBLE_WIDTH)
        self.skip_button.setText(self.tr("Skip the tour"))
        self.skip_button.setToolTip(self.tr("End the tour; Help → Tour shows it again"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("The next control"))
        for widget in (self.bubble, self.highlight):
            widget.hide()
        window.installEventFilter(self)  # follow the window's size

    def start(self) -> None:
        self.index = -1
        self.next()

    def current_target(self) -> QWidget | None:
        return self.stops[self.index].target() if 0 <= self.index < len(self.stops) else None

    def next(self) -> None:
        self.index += 1
        if self.index >= len(self.stops):
            self._end()
            return
        stop = self.stops[self.index]
        if stop.before is not None:
            stop.before()
        self.text_label.setText(stop.text)
        self.step_label.setText(self.tr("%1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.stops))))
        self.next_button.setText(self.tr("Done") if self.index == len(self.stops) - 1 else self.tr("Next"))
        self.bubble.adjustSize()
        for widget in (self.highlight, self.bubble):
            widget.show()
            widget.raise_()
        self._place()
        self.next_button.setFocus()

    def skip(self) -> None:
        self._end()

    def is_showing(self) -> bool:
        return self.bubble.isVisible()

    def _end(self) -> None:
        self.index = len(self.stops)
        self.bubble.hide()
        self.highlight.hide()
        self.settings.setValue(DONE_KEY, True)
        self.finished.emit()

    def _place(self) -> None:
        """The frame around the target; the bubble beside it (right, else left, else below), inside the window."""
        target = self.current_target()
        if target is None:
            return
        top_left = target.mapTo(self.window, QPoint(0, 0))
        area = QRect(top_left, target.size()).adjusted(-4, -4, 4, 4).intersected(self.window.rect())
        self.highlight.setGeometry(area)
        bubble, window = self.bubble.size(), self.window.rect()
        if area.right() + 8 + bubble.width() <= window.right():
            x = area.right() + 8
        elif area.left() - 8 - bubble.width() >= 0:
            x = area.left() - 8 - bubble.width()
        else:
            x = max(0, min(area.left(), window.right() - bubble.width()))
        y = max(0, min(area.top(), window.bottom() - bubble.height()))
        if area.left() <= x + bubble.width() and x <= area.right() and area.bottom() + 8 + bubble.height() <= window.bottom():
            y = area.bottom() + 8  # no room beside it: below
        self.bubble.move(x, y)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize and self.is_showing():
            self._place()
        return False
