"""The window's left column in a scroll area: on a short screen it scrolls instead of making
the window taller than the screen, and it is never narrower than its contents need."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class ColumnScroll(QScrollArea):
    """Sizes the column itself: to the viewport, but never below the column's minimum size.

    (QScrollArea's own widgetResizable asks a layout with word-wrapped labels for its height
    for the width, which is its *preferred* height: the column would scroll where it fits.)
    """

    def __init__(self, column: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("leftScroll")
        self.setWidget(column)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        """As wide as the column's own minimum (plus a scroll bar while one shows); any height."""
        width = self.widget().minimumSizeHint().width()
        if self.verticalScrollBar().isVisible():
            width += self.verticalScrollBar().sizeHint().width()
        return QSize(width, 120)

    def sizeHint(self) -> QSize:
        return self.widget().sizeHint()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return False

    def _fit(self) -> None:
        column, viewport = self.widget(), self.viewport().size()
        width = max(viewport.width(), column.minimumSizeHint().width())
        layout = column.layout()
        if layout is not None and layout.hasHeightForWidth():  # wrapped labels: fewer lines when wider
            least = layout.totalMinimumHeightForWidth(width)
        else:
            least = column.minimumSizeHint().height()
        size = QSize(width, max(viewport.height(), least))
        if column.size() != size:
            column.resize(size)
