"""A scroll area that sizes its widget to the viewport, but never below the widget's minimum.

(QScrollArea's own widgetResizable asks a layout with word-wrapped labels for its height for
the width, which is its *preferred* height: a view or column with one wrapped line would scroll
where it fits. Evaluation scrolled 176 px down at 1024×640, and 222 px at 1366×768, so.)
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class FittingScroll(QScrollArea):
    """Shows ``widget`` at the viewport's size; it scrolls only where its minimum size does not fit."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None, object_name: str = ""):
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setWidget(widget)
        self.setFrameShape(QFrame.Shape.NoFrame)
        widget.installEventFilter(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return False

    def _fit(self) -> None:
        widget, viewport = self.widget(), self.viewport().size()
        width = max(viewport.width(), widget.minimumSizeHint().width())
        layout = widget.layout()
        if layout is not None and layout.hasHeightForWidth():  # wrapped labels: fewer lines when wider
            least = layout.totalMinimumHeightForWidth(width)
        else:
            least = widget.minimumSizeHint().height()
        size = QSize(width, max(viewport.height(), least))
        if widget.size() != size:
            widget.resize(size)
