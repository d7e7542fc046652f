"""The interface languages: which exist, which one to use, and installing its translations."""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
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


def qt_translations() -> str:
    """The folder of Qt's own translations (qtbase_zh_CN.qm: file dialogs, standard buttons), as PySide6 ships them."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translator(app: QApplication, language: str) -> bool:
    """Install DigitLab's translations for ``language`` and Qt's own (qtbase: file dialogs, standard buttons,
    with qt_extra's fixes on top); English needs none. Translators installed later are asked first."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = normalise_language(language)
    _current[0] = language  # experiments tab
    if language == "en":
        return True
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_translations()):  # absent from a stripped Qt: DigitLab's own still load
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    loaded = False
    for stem in ("qt_extra", "digitlab"):
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS / f"{stem}_{language}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded = True
    return loaded
