"""The Experiments tab: a run fills its card with core's verdict and both variants' curves; Cancel leaves no
result and no thread; one experiment at a time; none while training; a language switch keeps the tab."""
import html
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from core.experiments import EXPERIMENTS, Settings
from gui.areas.tutorial_math.claim_card import is_scatter
from gui.areas.tutorial_math.experiments_view import ExperimentsView
from gui.window.languages import install_translator
from checks import WAIT

TINY = Settings(train_images=200, test_images=200, epochs=2, checkpoints=2, hidden_nodes=20)
TINY_SETTINGS = {
    "inputs": TINY,
    "targets": TINY,
    "init": TINY,
    "learning-rate": replace(TINY, epochs=1, learning_rates=(0.1, 3.0)),
    "epochs": replace(TINY, epochs=3),
    "constant": replace(TINY, epochs=1),
    "slope": replace(TINY, epochs=1, test_images=2),
    "pen": replace(TINY, epochs=1),
}
LONG = Settings(train_images=10_000, test_images=1000, epochs=50)  # a minute of work or more: every test cancels it long before its end


def tiny(view):
    for name, settings in TINY_SETTINGS.items():
        view.set_experiment_settings(name, settings)
    return view


@pytest.fixture
def view(qtbot, mnist):
    view = ExperimentsView()
    qtbot.addWidget(view)
    view.set_dataset(mnist)
    view.resize(500, 560)
    view.show()
    yield tiny(view)
    view.shutdown()


def run_button(view, name):
    return view.findChild(QPushButton, f"runExperimentButton_{name}")


def run_to_end(view, qtbot, name):
    with qtbot.waitSignal(view.runningChanged, timeout=WAIT, check_params_cb=lambda running: not running):
        qtbot.mouseClick(run_button(view, name), Qt.MouseButton.LeftButton)
    return view.results[name]


@pytest.mark.parametrize("name", list(EXPERIMENTS))
def test_a_run_fills_its_card_with_the_verdict_and_the_curves(view, qtbot, name):
    card = view.cards[name]
    assert "Press Run" in card.verdict_label.text() and card.numbers_label.text() == ""
    result = run_to_end(view, qtbot, name)
    assert result.name == name and result.settings == TINY_SETTINGS[name] and card.result is result
    assert html.escape(result.verdict.en, quote=False) in card.verdict_label.text()  # core's verdict, never the card's own
    assert ("✔" in card.verdict_label.text()) == result.verdict.holds
    index = list(EXPERIMENTS).index(name)
    assert view.card_tabs.tabText(index).endswith("✔" if result.verdict.holds else "✘")
    for lines, metrics in zip(card.curves, card.charts):  # every curve drawn, one point per measurement (or per learning rate)
        for line in lines:
            xs, ys = line.getData()
            if is_scatter(metrics):  # a dot per weight whose step lowered E
                assert xs is not None and 0 < len(xs) == len(ys) <= len(result.variants[0].curves[metrics[0]])
                continue
            points = len(result.variants) if card.kind == "sweep" else len(result.x)
            assert xs is not None and len(xs) == len(ys) == points
    assert any(words in card.numbers_label.text() for words in ("test accuracy", "rank correlation"))
    for variant in result.variants:
        assert (variant.label_en if card.kind == "pair" else "") in card.numbers_label.text()
    assert card.progress_bar.value() == 1000 and not view.is_running() and run_button(view, name).isEnabled()


def test_the_card_plots_the_measured_numbers(view, qtbot):
    result = run_to_end(view, qtbot, "init")
    tutorial_line, warned_line = view.cards["init"].curves[1]  # hidden outputs stuck on a flat end, in %
    assert list(warned_line.getData()[1]) == pytest.approx([100 * v for v in result.variant("warned").curves["saturated_share"]])
    assert list(tutorial_line.getData()[0]) == list(result.x)
    shown = view.cards["init"].numbers_label.text()
    assert f"{100 * result.variant('warned').numbers['saturated_share']:.1f} %" in shown


def test_cancel_stops_the_run_without_a_result(view, qtbot):
    view.set_experiment_settings("inputs", LONG)
    card = view.cards["inputs"]
    run_to_end(view, qtbot, "init")  # an earlier result elsewhere stays
    qtbot.mouseClick(run_button(view, "inputs"), Qt.MouseButton.LeftButton)
    assert view.is_running() and card.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: card.progress_bar.value() > 0, timeout=WAIT)
    with qtbot.waitSignal(view.runningChanged, timeout=WAIT):
        qtbot.mouseClick(card.cancel_button, Qt.MouseButton.LeftButton)
    assert not view.is_running() and not view._job.thread_alive()
    assert "inputs" not in view.results and card.result is None and "init" in view.results
    assert card.progress_bar.format() == "Cancelled: no result" and card.progress_bar.value() < 1000
    assert all(len(line.getData()[0] if line.getData()[0] is not None else []) == 0 for lines in card.curves for line in lines)
    assert run_button(view, "inputs").isEnabled() and not card.cancel_button.isEnabled()


def test_a_second_run_while_one_runs_is_refused(view, qtbot):
    view.set_experiment_settings("inputs", LONG)
    assert view.start("inputs")
    assert not view.start("init") and not view.start("inputs")
    assert not any(run_button(view, name).isEnabled() for name in EXPERIMENTS)
    assert not view.cards["init"].cancel_button.isEnabled()  # only the running card's Cancel
    assert "One experiment at a time" in view.status_label.text()
    with qtbot.waitSignal(view.runningChanged, timeout=WAIT):
        view.cancel()
    assert view.results == {} and all(run_button(view, name).isEnabled() for name in EXPERIMENTS)


def test_busy_and_no_data_disable_run(view, qtbot):
    view.set_busy(True)
    assert not run_button(view, "init").isEnabled() and not view.start("init") and not view.is_running()
    assert "when the training" in view.status_label.text()
    view.set_busy(False)
    assert run_button(view, "init").isEnabled() and not view.status_label.isVisibleTo(view)
    view.set_dataset(None)
    assert not run_button(view, "init").isEnabled() and not view.start("init")


def test_the_setup_line_says_which_images(view):
    view.set_experiment_settings("inputs", EXPERIMENTS["inputs"].defaults)
    text = view.cards["inputs"].setup_label.text()
    assert "first 10,000 training images" in text and "1 epoch" in text and "seed 0" in text and "5,000 test images" in text
    assert "0.01–1.0" in text


def test_training_and_experiments_lock_each_other(window, qtbot):
    view = tiny(window.experiments_view)
    assert view in window.tabs.views() and view.objectName() == "experimentsTab"
    assert view.dataset is window.session.dataset and run_button(view, "init").isEnabled()
    view.set_experiment_settings("inputs", replace(LONG, train_images=4000))  # the small MNIST's 4,000
    assert view.start("inputs")
    assert not window.menus.start_action.isEnabled() and not window.sweep_view.start_button.isEnabled()
    window.start_training("new")
    assert window.session.state == "idle"  # refused while the experiment runs
    assert window.switch_language("zh_CN") is None
    with qtbot.waitSignal(view.runningChanged, timeout=WAIT):
        view.cancel()
    assert window.menus.start_action.isEnabled()
    window.training_panel.epochs_spin.setValue(1)
    window.start_training("new")
    assert window.session.training and not run_button(view, "init").isEnabled() and not view.start("init")
    window.session.stop()
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    assert run_button(view, "init").isEnabled()


def test_a_small_dataset_cuts_the_subsets(window, qtbot):
    view = window.experiments_view
    assert view.fitted_settings("inputs").train_images == 4000 and view.fitted_settings("inputs").test_images == 1000
    assert "first 4,000 training images" in view.cards["inputs"].setup_label.text()


def test_a_language_switch_keeps_the_tab_and_its_results(qtbot, settings, small_mnist):
    from gui.window.main_window import MainWindow

    window = MainWindow(settings=settings, data_dir=small_mnist)
    window._confirm_close = False
    MainWindow.open_windows.append(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
        result = run_to_end(tiny(window.experiments_view), qtbot, "init")
        chinese = window.switch_language("zh_CN")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        view = chinese.findChild(ExperimentsView, "experimentsTab")
        assert view is chinese.experiments_view and view in chinese.tabs.views()
        card = view.cards["init"]
        assert card.result is result and result.verdict.zh in card.verdict_label.text()  # the verdict in Chinese
        assert EXPERIMENTS["init"].claim.quote_zh[:20] in card.quote_label.text()  # the tutorial's own words
        assert card.quote_label.toolTip() == EXPERIMENTS["init"].claim.quote_en  # the other language at hand
        assert view.dataset is chinese.session.dataset and run_button(view, "targets").isEnabled()
        tiny(view)
        assert run_to_end(view, qtbot, "targets").verdict.zh in view.cards["targets"].verdict_label.text()
    finally:
        for survivor in list(MainWindow.open_windows):
            survivor.close()
        MainWindow.open_windows.clear()
        install_translator(QApplication.instance(), "en")


def test_curves_that_coincide_are_said_to(view, qtbot):
    """In 'constant', the tutorial's rule at α and the exact gradient at α/2 give the same weights: their curves
    lie on top of each other, and the card says so; in 'init' they differ, and it says nothing of the kind."""
    run_to_end(view, qtbot, "constant")
    assert "lie on top of each other" in view.cards["constant"].legend_label.text()
    run_to_end(view, qtbot, "init")
    assert "lie on top of each other" not in view.cards["init"].legend_label.text()


def test_a_picker_not_a_row_of_tabs_chooses_the_card(view, qtbot):
    """Seven tabs did not fit 1024 px: the cards are chosen from a list, which marks each claim's verdict after a run."""
    from PySide6.QtWidgets import QComboBox, QToolButton

    picker = view.findChild(QComboBox, "experimentPicker")
    assert not view.card_tabs.tabBar().isVisible() and picker.count() == len(EXPERIMENTS)
    assert picker.itemText(0) == f"1 / {len(EXPERIMENTS)} · Inputs"
    picker.setCurrentIndex(2)
    assert view.card_tabs.currentIndex() == 2
    qtbot.mouseClick(view.findChild(QToolButton, "nextExperimentButton"), Qt.MouseButton.LeftButton)
    assert view.card_tabs.currentIndex() == 3 and picker.currentIndex() == 3
    view.show_card("inputs")
    assert picker.currentIndex() == 0 and not view.findChild(QToolButton, "previousExperimentButton").isEnabled()
    card = view.cards["inputs"]
    assert all(text.isVisible() for text in card.empty_texts)  # "Press Run" in each empty chart
    result = run_to_end(view, qtbot, "inputs")
    assert picker.itemText(0).endswith("✔" if result.verdict.holds else "✘")
    assert not any(text.isVisible() for text in card.empty_texts)
