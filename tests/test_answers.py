"""Honest answers: the prediction panel shows the winning output, the runner-up, "not sure" and guesses."""
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from core.insight import UNSURE_BELOW
from gui.left_column.prediction_panel import PredictionPanel, answer_state


@pytest.fixture
def panel(qtbot):
    widget = PredictionPanel()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def outputs_with(**values):
    """Ten outputs of 0.03, with the given digits (d3=0.9, ...) set."""
    outputs = np.full(10, 0.03)
    for name, value in values.items():
        outputs[int(name[1:])] = value
    return outputs


def digit_colour(panel):
    return panel.predictionLabel.palette().color(QPalette.ColorRole.WindowText)


def test_a_sure_answer_shows_its_output_and_the_runner_up(panel):
    panel.show_prediction(outputs_with(d7=0.99, d1=0.12), None)
    assert panel.state == "sure"
    assert panel.predictionLabel.text() == "7" and panel.predictionLabel.font().bold()
    assert panel.confidenceLabel.text() == "output 0.99"
    assert panel.runnerUpLabel.text() == "then 1: 0.12"
    assert "sure" not in panel.confidenceLabel.text() and "%" not in panel.confidenceLabel.text()
    assert digit_colour(panel) == panel.palette().windowText().color()
    assert panel.guessLabel.isHidden()


def test_not_sure_when_no_output_reaches_one_half(panel):
    panel.show_prediction(outputs_with(d8=0.23, d3=0.11), None)
    assert panel.state == "unsure"
    assert panel.confidenceLabel.text() == "not sure: 0.23"
    assert panel.runnerUpLabel.text() == "then 3: 0.11"
    assert not panel.predictionLabel.font().bold()
    assert digit_colour(panel) != panel.palette().windowText().color()  # grey, not the bold answer
    # 0.5 itself is sure: the threshold is "reaches"
    panel.show_prediction(outputs_with(d2=UNSURE_BELOW), None)
    assert panel.state == "sure" and panel.confidenceLabel.text() == f"output {UNSURE_BELOW:.2f}"


def test_not_sure_when_another_output_is_close_behind(panel):
    """A winner of 0.9 with 0.7 behind it is a toss-up: "not sure" catches most of the errors on people's digits."""
    from core.insight import UNSURE_MARGIN

    panel.show_prediction(outputs_with(d4=0.9, d9=0.9 - UNSURE_MARGIN / 2), None)
    assert panel.state == "unsure" and panel.confidenceLabel.text() == "not sure: 0.90"
    panel.show_prediction(outputs_with(d4=0.9, d9=0.9 - UNSURE_MARGIN - 0.05), None)
    assert panel.state == "sure"


def test_an_untrained_network_answers_with_a_guess(panel):
    panel.show_prediction(outputs_with(d4=0.71, d9=0.66), None, untrained=True)
    assert panel.state == "guess"
    assert panel.guessLabel.isVisible() and "guess" in panel.guessLabel.text().lower()
    assert "not been trained" in panel.guessLabel.text()
    assert not panel.predictionLabel.font().bold()
    assert panel.confidenceLabel.text() == "output 0.71" and panel.runnerUpLabel.text() == "then 9: 0.66"
    panel.show_prediction(outputs_with(d4=0.71), None)  # the same outputs from a trained network
    assert panel.state == "sure" and panel.guessLabel.isHidden()


def test_ties_name_the_lower_digit_first_and_answer_state_covers_every_case(panel):
    panel.show_prediction(np.full(10, 0.4), None)
    assert (panel.winner, panel.runner_up) == (0, 1)
    assert answer_state(None) == "empty"
    assert answer_state(np.full(10, 0.2)) == "unsure"
    assert answer_state(np.full(10, 0.9), untrained=True) == "guess"


def test_the_panel_keeps_its_width_as_the_answer_changes(panel):
    widths = set()
    for outputs, untrained in ((None, False), (outputs_with(d7=0.99, d1=0.12), False), (outputs_with(d8=0.23, d3=0.11), False),
                               (outputs_with(d4=0.71, d9=0.66), True), (outputs_with(d0=1.0, d6=0.88), False)):
        panel.show_prediction(outputs, None, untrained)
        widths.add(panel.minimumSizeHint().width())
    assert len(widths) == 1


def test_the_why_button_asks_for_the_why_tab_once_there_is_an_answer(panel, qtbot):
    button = panel.whyButton
    assert button.objectName() == "whyButton" and button.text() == "Why this answer?"
    assert not button.isEnabled()  # nothing to explain on an empty pad
    panel.show_prediction(outputs_with(d5=0.8), None)
    assert button.isEnabled()
    with qtbot.waitSignal(panel.whyRequested):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# -- in the window ---------------------------------------------------------------------------

def test_the_window_marks_a_fresh_network_as_guessing_and_a_trained_one_not(window, qtbot, trained, tmp_path, mnist):
    window.drawing_pad.load_image(mnist.test_images[0])
    assert window.prediction_panel.state == "guess"  # new random weights
    path = tmp_path / "trained.npz"
    model = trained.copy()
    model.epochs_trained = 1
    model.save(path)
    assert window.files.open_model(path)
    assert window.prediction_panel.state in ("sure", "unsure")
    assert window.prediction_panel.guessLabel.isHidden()
    window.new_model()  # Reset: random weights again
    assert window.prediction_panel.state == "guess"


def test_the_why_link_opens_the_why_tab(window, qtbot, mnist):
    window.drawing_pad.load_image(mnist.test_images[0])
    qtbot.mouseClick(window.prediction_panel.whyButton, Qt.MouseButton.LeftButton)
    assert window.tabs.current_view() is window.why_view
    assert window.why_view.answer == window.prediction_panel.winner
