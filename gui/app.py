"""Start the Qt application: names for QSettings, the language, the main window."""
from __future__ import annotations

import os
import sys

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

import resources
from gui.window.languages import choose_language, install_translator

ICON = resources.path("icons", "digitlab.svg")

STARTUP_BENCHMARK = "DIGITLAB_STARTUP_BENCHMARK"  # set to 1: print "window shown" at the first paint, then quit


class _ReportFirstPaint(QObject):
    """For bench/bench.py: print when the window first paints (it has been shown), then close it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("window shown", flush=True)
            QTimer.singleShot(0, watched.close)
        return False


def run(lang: str | None = None, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("DigitLab")
    app.setApplicationName("DigitLab")
    app.setApplicationDisplayName("DigitLab")
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(ICON)))
    settings = QSettings()
    install_translator(app, choose_language(lang, settings))
    from gui.window.main_window import MainWindow

    window = MainWindow(settings=settings)
    if os.environ.get(STARTUP_BENCHMARK) == "1":
        window.installEventFilter(_ReportFirstPaint(window))
    window.show()
    from gui.dialogs.tour import should_show

    if should_show(settings) and os.environ.get(STARTUP_BENCHMARK) != "1":
        QTimer.singleShot(0, window.show_tour)  # on first start, once the window is up
    status = app.exec()
    _delete_window(window)
    return status


def _delete_window(window: QWidget) -> None:
    """Delete the window while Python still runs, its legends unhooked first.

    Left to PySide's exit clean-up, pyqtgraph's Python overrides are called mid-teardown and can crash the process;
    and a legend anchored to its chart moves itself when its geometry changes, which it does while the chart's
    view box is being deleted (pyqtgraph 0.14, seen with Chinese text: "Internal C++ object (ViewBox) already deleted").
    """
    for view in window.findChildren(pg.GraphicsView):
        for item in view.items():
            if isinstance(item, pg.LegendItem):
                item.geometryChanged.disconnect()
    shiboken6.delete(window)
