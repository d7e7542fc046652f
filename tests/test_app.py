"""Launching the app: language choice, translations, icon, and `python main.py` itself."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon

from gui import app as gui_app

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "requested, remembered, expected",
    [("zh_CN", "en", "zh_CN"), (None, "zh_CN", "zh_CN"), ("en", "zh_CN", "en"), ("zh-TW", None, "zh_CN"), ("de_DE", None, "en")],
)
def test_language_comes_from_the_flag_then_the_menu_choice(tmp_path, requested, remembered, expected):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    if remembered:
        settings.setValue("ui/language", remembered)
    assert gui_app.choose_language(requested, settings) == expected


def test_chinese_translation_installs_and_english_removes_it(qapp):
    assert gui_app.install_translator(qapp, "zh_CN")
    assert QCoreApplication.translate("MenuBar", "&Model") == "模型(&M)"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert gui_app.install_translator(qapp, "en")
    assert QCoreApplication.translate("MenuBar", "&Model") == "&Model"


def test_the_icon_loads(qapp):
    assert not QIcon(str(gui_app.ICON)).isNull()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_python_main_py_opens_the_window(tmp_path, lang):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),  # the user's settings stay untouched
        "XDG_DATA_HOME": str(tmp_path),
        gui_app.STARTUP_BENCHMARK: "1",  # print when the window has painted, then close it
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--lang", lang], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout
    assert "Traceback" not in result.stderr
