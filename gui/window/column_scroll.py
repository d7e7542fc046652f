"""The window's left column in a scroll area: on a short screen it scrolls instead of making
the window taller than the screen, and it is never narrower than its contents need."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget

from gui.widgets.fitting_scroll import FittingScroll


class ColumnScroll(FittingScroll):
    """The column at the viewport's size, never below its minimum; never narrower than the column needs."""

    def __init__(self, column: QWidget, parent: QWidget | None = None):
        super().__init__(column, parent, object_name="leftScroll")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        """As wide as the column's own minimum (plus a scroll bar while one shows); any height."""
        width = self.widget().minimumSizeHint().width()
        if self.verticalScrollBar().isVisible():
            width += self.verticalScrollBar().sizeHint().width()
        return QSize(width, 120)

    def sizeHint(self) -> QSize:
        return self.widget().sizeHint()
