"""Switching the language rebuilds the window around the same session, and nothing is lost."""
import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from gui.window.languages import install_translator
from gui.window.main_window import MainWindow
from test_main_window import start
from checks import WAIT


@pytest.fixture
def window(qtbot, settings, small_mnist):
    """Not handed to qtbot: a language switch deletes it. The last window is closed at the end."""
    window = MainWindow(settings=settings, data_dir=small_mnist)
    window._confirm_close = False
    MainWindow.open_windows.append(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    yield window
    for survivor in list(MainWindow.open_windows):
        survivor.close()
    MainWindow.open_windows.clear()
    install_translator(QApplication.instance(), "en")


def switch(window, qtbot, language):
    successor = window.switch_language(language)
    assert successor is not None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old window is really gone
    QApplication.processEvents()
    return successor


def test_switching_keeps_the_network_runs_and_data(window, qtbot):
    start(window, qtbot, epochs=1)
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    session, network = window.session, window.session.network
    chinese = switch(window, qtbot, "zh_CN")
    assert chinese.menuBar().actions()[0].text() == "模型(&M)"
    assert chinese.session is session and session.network is network
    assert chinese.runs_view.findChild(type(chinese.runs_view.table), "runsTable").rowCount() == 1
    assert chinese.sweep_view.dataset is session.dataset and chinese.sweep_view.start_button.isEnabled()
    assert chinese.charts.test_curve.getData()[0] is not None  # the last run's curves are still drawn
    # the new window works, and the old one's slots are gone with it (no errors from deleted widgets)
    start(chinese, qtbot, epochs=1)
    qtbot.waitUntil(lambda: session.state == "idle", timeout=WAIT)
    assert chinese.runs_view.table.rowCount() == 2
    chinese.new_model()
    assert session.network is not network
    english = switch(chinese, qtbot, "en")
    assert english.menuBar().actions()[0].text() == "&Model"


def test_no_switch_while_training_or_sweeping(window, qtbot):
    start(window, qtbot)
    assert window.switch_language("zh_CN") is None
    assert "before switching the language" in window.statusBar().currentMessage()
    window.session.stop()
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    window.sweep_view.start()
    assert window.sweep_view.is_running()
    assert window.switch_language("zh_CN") is None
    window.sweep_view.cancel()
    qtbot.waitUntil(lambda: not window.sweep_view.is_running(), timeout=WAIT)


# -- one language at a time (issue 23) ----------------------------------------------------------------

def test_the_language_menu_ticks_the_language_in_use(qtbot, settings, small_mnist):
    install_translator(QApplication.instance(), "zh_CN")  # as --lang zh_CN does, with no choice saved
    try:
        window = MainWindow(settings=settings, data_dir=small_mnist, load_data=False)
        qtbot.addWidget(window)
        window._confirm_close = False
        ticked = {action.objectName(): action.isChecked() for action in window.findChild(type(window.menuBar().actions()[0].menu()), "languageMenu").actions()}
        assert ticked == {"language_en": False, "language_zh_CN": True}
    finally:
        install_translator(QApplication.instance(), "en")


def test_qts_own_dialogs_speak_chinese_too():
    from gui.left_column.training_panel import format_duration

    app = QApplication.instance()
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    install_translator(app, "zh_CN")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："  # qtbase: the file dialogs
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        assert format_duration(5) == "5 秒" and format_duration(185) == "3 分 05 秒"
    finally:
        install_translator(app, "en")
    assert format_duration(5) == "5 s" and format_duration(185) == "3 min 05 s"


def test_english_says_1_epoch_not_epochs(qtbot):
    from dataclasses import replace

    from core.experiments import EXPERIMENTS
    from gui.areas.tutorial_math.claim_card import ClaimCard

    card = ClaimCard("init", replace(EXPERIMENTS["init"].defaults, epochs=1), "en")
    qtbot.addWidget(card)
    assert "1 epoch," in card.setup_label.text() and "epoch(s)" not in card.setup_label.text()
    card.set_settings(replace(EXPERIMENTS["init"].defaults, epochs=3))
    assert "3 epochs," in card.setup_label.text()
