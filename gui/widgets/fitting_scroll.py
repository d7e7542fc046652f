"""A scroll area that sizes its widget to the viewport, but never below the widget's minimum.

(QScrollArea's own widgetResizable asks a layout with word-wrapped labels for its height for
the width, which is its *preferred* height: a view or column with one wrapped line would scroll
where it fits. Evaluation scrolled 176 px down at 1024×640, and 222 px at 1366×768, so.)
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class FittingScroll(QScrollArea):
    """Shows ``widget`` at the viewport's size; it scrolls only where its minimum size does not fit.

    When the widget's layout settles to a new minimum, Qt asks the widget's parent, the viewport, to lay
    out again (a LayoutRequest): ``viewportEvent`` refits then. No event filter on the widget: a Python
    filter was handed the widget while a closing window destroyed it, and the test suite crashed now and
    then when its wrapper outlived it.
    """

    def __init__(self, widget: QWidget, parent: QWidget | None = None, object_name: str = ""):
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.setWidget(widget)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().viewportEvent(event)

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
