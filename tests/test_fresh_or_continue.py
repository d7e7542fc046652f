"""Start on a trained network never silently continues it: the window asks (a new network or
continue), a changed seed or hidden size means a new network, and Runs says what was continued."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from core.network import NeuralNetwork
from test_main_window import answer, find
from checks import WAIT

LEFT = Qt.MouseButton.LeftButton


def run_once(window, qtbot, epochs=1, learning_rate=0.1):
    """One run from the Start button on a network that has not learned yet (no question asked)."""
    panel = window.training_panel
    panel.epochs_spin.setValue(epochs)
    panel.learning_rate_spin.setValue(learning_rate)
    assert not window.session.network.trained
    qtbot.mouseClick(panel.start_button, LEFT)
    assert window.session.state == "running"
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)


def question(window):
    return window.findChild(QMessageBox, "startChoiceDialog")


def test_a_network_knows_whether_it_has_learned(tmp_path):
    network = NeuralNetwork(seed=0, hidden_nodes=20)
    assert not network.trained and network.samples_trained == 0
    network.train_sequential(np.full((3, 784), 0.5, np.float32), np.full((3, 10), 0.01, np.float32))
    network.train_batch(np.full((2, 784), 0.5, np.float32), np.full((2, 10), 0.01, np.float32))
    assert network.trained and network.samples_trained == 5
    network.save(tmp_path / "model.npz")
    assert NeuralNetwork.load(tmp_path / "model.npz").samples_trained == 5


def test_start_on_an_untrained_network_asks_nothing_and_continue_is_disabled(window, qtbot):
    assert not window.menus.continue_action.isEnabled()
    run_once(window, qtbot)
    assert question(window) is None
    assert window.session.network.trained and window.menus.continue_action.isEnabled()
    assert "continued" not in window.session.runs[-1].name


def test_start_on_a_trained_network_offers_new_or_continue(window, qtbot):
    run_once(window, qtbot)
    trained_weights = window.session.network.w_ih.copy()
    qtbot.mouseClick(window.training_panel.start_button, LEFT)
    qtbot.waitUntil(lambda: question(window) is not None, timeout=WAIT)
    dialog = question(window)
    assert dialog is not None and window.session.state == "idle"  # nothing starts before the answer
    buttons = {button.objectName(): button.text() for button in dialog.findChildren(QPushButton)}
    assert "Train a &new network" in buttons.values()
    assert buttons["continueButton"] == "&Continue training, epoch 1 → 2"
    answer(window, qtbot, "continueButton")
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    network, run = window.session.network, window.session.runs[-1]
    assert network.epochs_trained == 2
    assert run.name.endswith("continued from #1") and run.settings["continued_from"] == "#1"

    qtbot.mouseClick(window.training_panel.start_button, LEFT)
    answer(window, qtbot, "trainNewButton")
    first_weights = NeuralNetwork(seed=0).w_ih
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    network, run = window.session.network, window.session.runs[-1]
    assert network.epochs_trained == 1  # one epoch from random weights, not three
    assert "continued" not in run.name and "continued_from" not in run.settings
    np.testing.assert_array_equal(network.w_ih, trained_weights)  # the same seed and epoch: run #1 again, exactly
    assert not np.array_equal(network.w_ih, first_weights)
    assert len(window.runs_view.table.findItems("continued from #1", Qt.MatchFlag.MatchContains)) == 1


def test_cancel_starts_nothing(window, qtbot):
    run_once(window, qtbot)
    weights = window.session.network.w_ih.copy()
    window.menus.start_action.trigger()
    dialog = question(window)
    qtbot.mouseClick(dialog.button(QMessageBox.StandardButton.Cancel), LEFT)
    qtbot.waitUntil(lambda: question(window) is None or not question(window).isVisible(), timeout=WAIT)
    assert window.session.state == "idle" and len(window.session.runs) == 1
    np.testing.assert_array_equal(window.session.network.w_ih, weights)


def test_a_changed_seed_or_hidden_size_means_a_new_network(window, qtbot):
    run_once(window, qtbot)
    find(window, "seedSpin").setValue(7)
    qtbot.mouseClick(window.training_panel.start_button, LEFT)
    assert question(window) is None and window.session.state == "running"  # no question: a new network
    assert window.session.network.seed == 7 and window.session.network.epochs_trained == 0
    assert "a new network" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    assert window.session.network.epochs_trained == 1 and "continued" not in window.session.runs[-1].name

    find(window, "hiddenNodesSpin").setValue(30)
    window.menus.continue_action.trigger()  # even when asked to continue: another size cannot be continued
    assert window.session.state == "running" and window.session.network.hidden_nodes == 30
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    assert window.session.network.epochs_trained == 1


def test_the_menu_actions_choose_without_asking(window, qtbot):
    run_once(window, qtbot)
    window.menus.continue_action.trigger()
    assert question(window) is None and window.session.state == "running"
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    assert window.session.network.epochs_trained == 2
    window.menus.train_new_action.trigger()
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    assert window.session.network.epochs_trained == 1


def test_an_opened_model_is_continued_under_its_file_name(window, qtbot, tmp_path):
    run_once(window, qtbot)
    assert window.files.save_model_to(tmp_path / "mine.npz")
    window.new_model()
    assert not window.session.network.trained
    assert window.files.open_model(tmp_path / "mine.npz")
    window.menus.continue_action.trigger()
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    assert window.session.runs[-1].name.endswith("continued from mine.npz")
