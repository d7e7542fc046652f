"""The window's right side: a few areas a learner can name, each holding one view or a row of views.

    Learning · Inside the network (Hidden node, Why?, Imagination) · The math (One step, Experiments)
    · Results (Evaluation, Runs, Sweeps) · My handwriting

``AreaTabs`` is the outer tab bar (``mainTabs``); an area of several views has an inner tab bar
(``areaTabs_<key>``). The window and its tests name views, never indexes: ``show_view``,
``current_view``, ``views`` (every view, in order) and ``view_title``; ``viewChanged`` follows
either bar.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

from gui.widgets.fitting_scroll import FittingScroll


def scrolled(view: QWidget) -> QScrollArea:
    """``view`` in a scroll area of its own: however wide or tall its content, it never widens the window
    (at 1024×640 a view gets what there is, fills it, and scrolls only below its minimum size)."""
    return FittingScroll(view, object_name=f"viewScroll_{view.objectName()}")


class AreaTabs(QTabWidget):
    """Areas as tabs; an area of several views shows them as tabs of its own."""

    viewChanged = Signal()  # the view shown changed (another area, or another view of an area)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainTabs")
        self._views: list[QWidget] = []
        self._titles: dict[QWidget, str] = {}
        self._inner: dict[QWidget, QTabWidget] = {}  # a view -> the inner tab bar holding it (absent: the view is an area)
        self._areas: list[tuple[str, list[QWidget]]] = []  # (title, its views), in order
        self._pages: dict[QWidget, QScrollArea] = {}  # a view -> the scroll area it is shown in
        self.currentChanged.connect(self.viewChanged)

    def add_area(self, key: str, title: str, views: list[tuple[QWidget, str]], tooltip: str = "") -> QWidget:
        """An area called ``title`` holding ``views`` ((widget, title) pairs, shown in this order)."""
        for view, _ in views:
            self._pages[view] = scrolled(view)
        if len(views) == 1:
            area = self._pages[views[0][0]]
        else:
            area = QTabWidget(objectName=f"areaTabs_{key}")
            area.setDocumentMode(True)  # the outer tab's frame is the area's frame
            for view, view_title in views:
                area.addTab(self._pages[view], view_title)
                self._inner[view] = area
            area.currentChanged.connect(self.viewChanged)
        index = self.addTab(area, title)
        if tooltip:
            self.setTabToolTip(index, tooltip)
        for view, view_title in views:
            self._views.append(view)
            self._titles[view] = view_title
        self._areas.append((title, [view for view, _ in views]))
        return area

    def areas(self) -> list[tuple[str, list[QWidget]]]:
        """(title, views) of each area, in order."""
        return [(title, list(views)) for title, views in self._areas]

    def views(self) -> list[QWidget]:
        """Every view, area by area, in the order shown."""
        return list(self._views)

    def view_title(self, view: QWidget) -> str:
        return self._titles[view]

    def area_of(self, view: QWidget) -> QWidget:
        """The outer tab's widget that holds ``view``."""
        return self._inner.get(view, self._pages[view])

    def page_of(self, view: QWidget) -> QScrollArea:
        """The scroll area ``view`` is shown in."""
        return self._pages[view]

    def show_view(self, view: QWidget) -> None:
        """Bring ``view`` to the front: its area, then its tab inside the area."""
        inner = self._inner.get(view)
        if inner is not None:
            inner.setCurrentWidget(self._pages[view])
        self.setCurrentWidget(self.area_of(view))

    def current_view(self) -> QWidget | None:
        page = self.currentWidget()
        if isinstance(page, QTabWidget) and page in self._inner.values():
            page = page.currentWidget()
        return page.widget() if isinstance(page, QScrollArea) else page
