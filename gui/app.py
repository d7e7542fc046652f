"""Start the Qt application: names for QSettings, the language, the main window."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import resources

TRANSLATIONS = resources.path("translations")
ICON = resources.path("icons", "digitlab.svg")
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}

_installed: list[QTranslator] = []

STARTUP_BENCHMARK = "DIGITLAB_STARTUP_BENCHMARK"  # set to 1: print "window shown" at the first paint, then quit


class _ReportFirstPaint(QObject):
    """For bench/bench.py: print when the window first paints (it has been shown), then close it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("window shown", flush=True)
            QTimer.singleShot(0, watched.close)
        return False


def choose_language(requested: str | None, settings: QSettings) -> str:
    """--lang, else the language chosen in the menu last time, else the system's."""
    for candidate in (requested, settings.value("ui/language")):
        if candidate:
            return normalise_language(str(candidate))
    return normalise_language(QLocale.system().name())


def normalise_language(name: str) -> str:
    name = name.replace("-", "_")
    if name.lower().startswith("zh"):
        return "zh_CN"
    return "en"


def install_translator(app: QApplication, language: str) -> bool:
    """Install DigitLab's (and Qt's own dialog-button) translations for ``language``; English needs none."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = normalise_language(language)
    if language == "en":
        return True
    loaded = False
    for stem in ("digitlab", "qt_extra"):
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS / f"{stem}_{language}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded = True
    return loaded


def run(lang: str | None = None, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("DigitLab")
    app.setApplicationName("DigitLab")
    app.setApplicationDisplayName("DigitLab")
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(ICON)))
    settings = QSettings()
    install_translator(app, choose_language(lang, settings))
    from gui.main_window import MainWindow

    window = MainWindow(settings=settings)
    if os.environ.get(STARTUP_BENCHMARK) == "1":
        window.installEventFilter(_ReportFirstPaint(window))
    window.show()
    return app.exec()
