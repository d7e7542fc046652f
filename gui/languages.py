"""The interface languages: which exist, which one to use, and installing its translations."""
from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

import resources

TRANSLATIONS = resources.path("translations")
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}

_installed: list[QTranslator] = []
_current = ["en"]  # the language last installed (experiments tab: core's bilingual texts follow it)


def current_language() -> str:
    """The interface language last installed: "en" or "zh_CN"."""
    return _current[0]


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
    _current[0] = language  # experiments tab
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
