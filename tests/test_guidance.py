"""Guidance where a view is empty, explanations that fold away, My handwriting's label buttons,
and the status bar after a fine-tune (pytest-qt, offscreen)."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from core.network import NeuralNetwork
from core.sweep import SweepPoint
from core.training import evaluate
from gui.areas.inside_the_network.backquery_view import BackqueryView
from gui.areas.results.evaluation_view import EvaluationView
from gui.window.main_window import MainWindow
from gui.areas.my_handwriting.personal_view import PersonalView
from gui.areas.results.sweep_view import SweepView
from checks import WAIT

LEFT = Qt.MouseButton.LeftButton


def shown(qtbot, widget, size=(900, 650)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def find(parent, name, kind=QWidget):
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    return widget


# -- empty states -------------------------------------------------------------------------------

def test_the_evaluation_tab_says_what_to_do_until_there_is_a_result(qtbot, mnist, result):
    view = shown(qtbot, EvaluationView())
    view.clear(test_count=10_000)
    hint = find(view, "evaluationEmptyHint", QLabel)
    button = find(view, "evaluateButton")
    assert hint.isVisible() and "Start, F5" in hint.text() and "10,000 test images" in hint.text()
    assert button.isVisible() and button.isEnabled() and button.font().bold()
    assert hint.geometry().bottom() < button.geometry().top()  # the button right under the hint, on the empty page
    assert button.parent() is find(view, "evaluationEmptyState")
    assert not view.confusion_widget.isVisible() and not view.summary.isVisible()
    with qtbot.waitSignal(view.evaluateRequested, timeout=WAIT):
        qtbot.mouseClick(button, LEFT)

    view.set_result(result, mnist.test_images, mnist.test_labels)
    assert not hint.isVisible() and view.confusion_widget.isVisible() and view.gallery.isVisible()
    assert button.isVisible() and not button.font().bold() and button.parent() is view  # back in the summary's row
    assert view.summary.isVisible() and f"{100 * result.accuracy:.2f}" in view.summary.text()

    view.clear()  # a new dataset: empty again
    assert hint.isVisible() and not view.confusion_widget.isVisible() and "10,000" in hint.text()


def test_the_sweep_chart_says_what_to_do_until_a_sweep_runs(qtbot):
    view = shown(qtbot, SweepView())
    assert view.empty_text.isVisible() and "Start sweep" in view.empty_text.textItem.toPlainText()
    x_low, x_high = view.plot_widget.getPlotItem().viewRange()[0]
    assert x_low < view.empty_text.pos().x() < x_high  # in the middle of the empty chart
    view._on_event(SweepPoint("learning_rate", 0.1, 0.9, 1.0, 0))
    assert not view.empty_text.isVisible()


def test_my_handwriting_says_what_to_do_until_the_set_has_digits(qtbot, mnist, tmp_path):
    view = shown(qtbot, PersonalView(tmp_path / "p.npz"))
    hint = find(view, "personalEmptyHint", QLabel)
    digits = find(view, "personalList")
    add_hint = find(view, "personalAddHint", QLabel)
    assert hint.isVisible() and not digits.isVisible() and "Draw a digit" in hint.text()
    assert add_hint.text() == "Draw a digit on the pad first." and not find(view, "personalLabelRow").isEnabled()
    view.set_current(mnist.test_images[0] / np.float32(255), answer=7)
    assert "reads 7" in add_hint.text()
    qtbot.mouseClick(find(view, "personalLabelButton7", QToolButton), LEFT)
    assert not hint.isVisible() and digits.isVisible() and digits.count() == 1
    view.remove_selected()  # nothing selected: still one digit
    digits.item(0).setSelected(True)
    view.remove_selected()
    assert hint.isVisible() and not digits.isVisible()


def test_the_imagination_tab_says_when_its_pictures_are_noise(qtbot, trained):
    view = shown(qtbot, BackqueryView())
    hint = find(view, "backqueryUntrainedHint", QLabel)
    view.set_network(NeuralNetwork(seed=0))
    assert hint.isVisible() and "Start, F5" in hint.text()
    network = trained.copy()
    network.epochs_trained = 1
    view.set_network(network)
    assert not hint.isVisible()


def test_the_imagination_tab_says_why_it_misreads_its_own_pictures(qtbot, trained):
    """Robust read 1 of its 10 pictures, unexplained: now a sentence says why, with the pictures' own numbers."""
    view = shown(qtbot, BackqueryView())
    why = find(view, "backqueryWhy", QLabel)
    network = trained.copy()
    network.epochs_trained = 1
    view.set_network(network)
    assert view.self_predicted < 10  # a back-query picture is half bright: no network here reads all ten
    assert why.isVisible()
    bright = f"{100 * float((view.imagined > 0.5).mean()):.0f} %"
    most_read = int(np.bincount(view.predictions, minlength=10).argmax())
    assert bright in why.text() and f"as {most_read}." in why.text() and "12 %" in why.text()
    view.set_network(None)
    assert not why.isVisible()


# -- explanations that fold away ------------------------------------------------------------------

def test_the_imagination_explanation_folds_and_stays_folded_in_a_new_window(qtbot, settings):
    def new_window():
        window = MainWindow(settings=settings, load_data=False)
        window._confirm_close = False
        qtbot.addWidget(window)
        window.show()
        window.tabs.show_view(window.backquery_view)
        return window

    first = new_window()
    toggle = find(first, "backqueryExplanationToggle", QToolButton)
    text = find(first, "backqueryExplanation", QLabel)
    assert text.isVisible() and "Back-query" in text.text()  # the first visit: open
    qtbot.mouseClick(toggle, LEFT)
    assert not text.isVisible()
    qtbot.mouseClick(toggle, LEFT)
    assert text.isVisible()
    qtbot.mouseClick(toggle, LEFT)
    assert not text.isVisible()
    first.close()

    second = new_window()
    assert not find(second, "backqueryExplanation", QLabel).isVisible()  # remembered folded
    qtbot.mouseClick(find(second, "backqueryExplanationToggle", QToolButton), LEFT)
    assert find(second, "backqueryExplanation", QLabel).isVisible()


def test_an_explanation_read_once_opens_folded_next_time(qtbot, settings, tmp_path):
    first = shown(qtbot, PersonalView(tmp_path / "p.npz", settings=settings))
    assert find(first, "personalExplanation", QLabel).isVisible()
    second = shown(qtbot, PersonalView(tmp_path / "p.npz", settings=settings))
    assert not find(second, "personalExplanation", QLabel).isVisible()
    assert find(second, "personalExplanationToggle", QToolButton).isVisible()
    unremembered = shown(qtbot, BackqueryView())  # no settings: always open
    assert find(unremembered, "backqueryExplanation", QLabel).isVisible()


# -- My handwriting's label buttons -------------------------------------------------------------

def show_test_digit(window, index):
    dataset = window.session.dataset
    window.show_test_image(dataset.test_images[index], int(dataset.test_labels[index]))
    return int(dataset.test_labels[index])


def test_a_label_button_adds_the_drawing_with_its_label_once(window, qtbot):
    view = window.personal_view
    window.tabs.show_view(view)
    show_test_digit(window, 0)
    qtbot.mouseClick(find(window, "personalLabelButton3", QToolButton), LEFT)
    assert view.personal.labels.tolist() == [3]
    np.testing.assert_array_equal(view.personal.images[0], window.drawing_pad.seen().image28)
    assert not view.label_buttons.isEnabled() and "Added as a 3" in find(window, "personalAddHint", QLabel).text()
    view.add_current(5)  # the same drawing again: refused
    assert view.personal.labels.tolist() == [3]
    window.clear_pad()
    show_test_digit(window, 1)
    assert view.label_buttons.isEnabled()
    qtbot.mouseClick(find(window, "personalLabelButton8", QToolButton), LEFT)
    assert view.personal.labels.tolist() == [3, 8]


def test_a_new_drawing_does_not_keep_the_previous_label(window, qtbot, trained):
    window.session.adopt(trained.copy())
    view = window.personal_view
    seven = show_test_digit(window, 0)
    assert seven == 7 and view.label_buttons.suggested == 7
    qtbot.mouseClick(find(window, "personalLabelButton7", QToolButton), LEFT)
    assert view.label_buttons.suggested is None  # added: nothing marked
    window.clear_pad()
    one = show_test_digit(window, 2)
    assert one == 1 and view.label_buttons.suggested == 1 and view.label_buttons.isEnabled()
    assert "reads 1" in find(window, "personalAddHint", QLabel).text()
    button = find(window, "personalLabelButton1", QToolButton)
    assert button.property("suggested") is True and find(window, "personalLabelButton7", QToolButton).property("suggested") is False


# -- the status bar after a fine-tune ------------------------------------------------------------

def test_after_a_fine_tune_the_status_bar_shows_the_new_accuracy(window, qtbot, trained):
    network = trained.copy()
    network.test_accuracy = 0.5  # an old figure the fine-tune must replace
    window.session.adopt(network)
    view, dataset = window.personal_view, window.session.dataset
    model_label = find(window, "modelLabel", QLabel)
    assert "50.00 %" in model_label.text()
    for index in range(3):
        show_test_digit(window, index)
        view.add_current(int(dataset.test_labels[index]))
    with qtbot.waitSignal(view.networkTuned, timeout=WAIT) as tuned:
        assert view.fine_tune()
    qtbot.waitUntil(lambda: not view.is_running(), timeout=WAIT)
    tuned_network = tuned.args[0]
    measured, _, _ = evaluate(tuned_network, dataset.test_images, dataset.test_labels)
    assert tuned_network.test_accuracy == measured and window.session.predictor() is tuned_network
    assert f"test accuracy {100 * measured:.2f} %" in model_label.text() and "50.00 %" not in model_label.text()
    assert f"{100 * measured:.2f} %" in window.statusBar().currentMessage()
