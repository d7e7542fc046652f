"""Start the Qt application: organisation names for QSettings, translations, the main window."""
from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication


def install_translator(app, lang: str | None) -> None:
    """Load resources/translations/digitlab_<lang>.qm (placeholder until translations exist)."""


def run(lang: str | None = None, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("DigitLab")
    app.setApplicationName("DigitLab")
    app.setApplicationDisplayName("DigitLab")
    app.setStyle("Fusion")
    from gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    return app.exec()
