"""The real MainWindow driven as a user drives it, checking what the user would see:
the Evaluation tab after a run, a fine-tuned network taking over, run overlays,
MNIST digits read on the pad, Stop mid-chunk, and predictions while training."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from checks import WAIT, pad_as_28x28
from core import looks
from core.data import images_to_inputs
from core.insight import backquery_digits
from core.preprocess import canvas_to_inputs
from core.training import evaluate
from test_main_window import click_start

LEFT = Qt.MouseButton.LeftButton


def start(window, qtbot, epochs=1, learning_rate=0.1, batch=1, hidden=200, choice="trainNewButton"):
    """Start a run; on a trained network, a new one (``choice``: or "continueButton")."""
    panel = window.training_panel
    panel.epochs_spin.setValue(epochs)
    panel.learning_rate_spin.setValue(learning_rate)
    panel.batch_spin.setValue(batch)
    panel.hidden_spin.setValue(hidden)
    click_start(window, qtbot, choice)
    assert window.session.state == "running"


def wait_idle(window, qtbot, timeout=WAIT):
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=timeout)


def open_trained(window, trained, tmp_path):
    path = tmp_path / "trained.npz"
    trained.save(path)
    assert window.files.open_model(path)


# -- the Evaluation tab ---------------------------------------------------------------------------

def assert_evaluation_shows(window, network):
    """The Evaluation tab holds the confusion matrix of ``network`` on the window's test set."""
    view, dataset = window.evaluation_view, window.session.dataset
    one_look_accuracy, _, _ = evaluate(network, dataset.test_images, dataset.test_labels)  # as the curves measure
    predictions = looks.read_outputs(network, images_to_inputs(dataset.test_images)).argmax(axis=1)  # as the pad reads
    result = view.result
    assert result.confusion.sum() == len(dataset.test_images)
    np.testing.assert_array_equal(result.predictions, predictions)
    for digit in range(10):
        assert view.cell_text(digit, digit) == str(result.confusion[digit, digit])
    assert f"Accuracy {100 * np.mean(predictions == dataset.test_labels):.2f} %" in view.summary.text()
    assert f"one look, as the curves measure: {100 * one_look_accuracy:.2f} %" in view.summary.text()


def test_a_finished_run_fills_the_evaluation_tab(window, qtbot):
    assert window.evaluation_view.result is None
    start(window, qtbot, epochs=1)
    wait_idle(window, qtbot)
    qtbot.waitUntil(lambda: window.evaluation_view.result is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.evaluation_view.progress.isVisible(), timeout=WAIT)
    assert_evaluation_shows(window, window.session.network)


def test_the_evaluate_button_fills_the_evaluation_tab(window, qtbot, trained, tmp_path):
    open_trained(window, trained, tmp_path)
    window.tabs.show_view(window.evaluation_view)
    qtbot.mouseClick(window.evaluation_view.evaluate_button, LEFT)
    qtbot.waitUntil(lambda: window.evaluation_view.result is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: window.evaluation_view.evaluate_button.isEnabled(), timeout=WAIT)
    assert_evaluation_shows(window, trained)
    assert not window.evaluation_view.progress.isVisible()


# -- fine-tuning, runs ------------------------------------------------------------------------------

def test_a_fine_tuned_network_becomes_the_current_one(window, qtbot):
    view, dataset = window.personal_view, window.session.dataset
    window.tabs.show_view(view)
    for index in range(3):
        window.drawing_pad.load_image(dataset.test_images[index])
        qtbot.mouseClick(view.label_buttons.buttons[int(dataset.test_labels[index])], LEFT)
    before = window.session.network
    with qtbot.waitSignal(view.networkTuned, timeout=WAIT) as tuned:
        qtbot.mouseClick(view.fine_tune_button, LEFT)
    network = tuned.args[0]
    assert not np.array_equal(network.w_ih, before.w_ih)
    assert window.session.network is network and window.session.predictor() is network
    assert window.session.unsaved and "*" in window.windowTitle()
    # the pad reads with the tuned weights
    window.drawing_pad.load_image(dataset.test_images[0])
    seen = canvas_to_inputs(window.drawing_pad.canvas())
    np.testing.assert_allclose(window.prediction_panel.bar_heights(), looks.read(network, seen.inputs)[1][0], rtol=1e-6)


def test_ticking_runs_draws_their_curves_over_the_charts(window, qtbot):
    for learning_rate in (0.1, 0.3):
        start(window, qtbot, epochs=1, learning_rate=learning_rate)
        wait_idle(window, qtbot)
    runs = window.session.runs
    assert window.runs_view.table.rowCount() == 2 and window.charts.overlay_curves == []
    window.tabs.show_view(window.runs_view)
    window.runs_view.set_overlay(0, True)
    window.runs_view.set_overlay(1, True)
    loss_plot = window.charts.loss_widget.getPlotItem()
    drawn = [curve for plot, curve in window.charts.overlay_curves if plot is loss_plot]
    assert len(drawn) == 2
    for curve, run in zip(drawn, runs):
        xs, ys = curve.getData()
        np.testing.assert_array_equal(xs, run.samples)
        np.testing.assert_array_equal(ys, run.smoothed_loss)
        assert curve in loss_plot.listDataItems()
    window.runs_view.set_overlay(0, False)
    window.runs_view.set_overlay(1, False)
    assert window.charts.overlay_curves == [] and not set(drawn) & set(loss_plot.listDataItems())


# -- the pad ----------------------------------------------------------------------------------------

def test_the_mnist_digit_button_shows_a_test_image_and_the_network_reads_it(window, qtbot, trained, tmp_path):
    open_trained(window, trained, tmp_path)
    dataset = window.session.dataset
    window.rng = np.random.default_rng(5)
    expected = np.random.default_rng(5)  # the same draws as the window's
    label_widget, panel = window.prediction_panel.predictionLabel, window.prediction_panel
    read_right = 0
    for _ in range(20):
        qtbot.mouseClick(window.random_button, LEFT)
        index = int(expected.integers(len(dataset.test_images)))
        label = int(dataset.test_labels[index])
        assert window.true_label.text() == f"MNIST label: {label}"
        seen = canvas_to_inputs(window.drawing_pad.canvas())
        on_pad = pad_as_28x28(window.drawing_pad.canvas())
        assert np.corrcoef(on_pad.ravel(), dataset.test_images[index].ravel())[0, 1] > 0.95  # that very digit
        outputs = looks.read(trained, seen.inputs)[1][0]  # five looks, as the pad reads
        # the bars are the ten outputs in the order 0..9, and the big digit is the largest one
        np.testing.assert_allclose(panel.bar_heights(), outputs, rtol=1e-6)
        assert label_widget.text() == str(int(outputs.argmax()))
        read_right += label_widget.text() == str(label)
    assert read_right >= 10  # mostly the true digit (chance: 2 of 20); the network reads 91 % of MNIST


# -- Stop and predictions while training ----------------------------------------------------------

@pytest.fixture
def full_window(qtbot, settings):
    """The main window on the whole bundled MNIST: epochs of 60,000 images, so chunks are never cut short by an epoch's end."""
    from gui.window.main_window import MainWindow

    window = MainWindow(settings=settings)
    window._confirm_close = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    return window


def test_stop_in_the_middle_of_a_chunk_reaches_an_idle_window(full_window, qtbot):
    """Stop at the worst moment (a chunk has just begun) ends the run where it is. How fast is
    bench/bench.py's to measure (the Stop rows of the README's Speed table), not a test's."""
    window = full_window
    # 500 hidden nodes one sample at a time: a chunk is sized by its time (CHUNK_SECONDS), not by its sample cap
    start(window, qtbot, epochs=5, hidden=500)
    session, panel = window.session, window.training_panel
    qtbot.waitUntil(lambda: len(session.history.samples) >= 5, timeout=WAIT)
    idle_with_start = []
    session.stateChanged.connect(lambda state: idle_with_start.append(panel.start_button.isEnabled()) if state == "idle" else None)
    with qtbot.waitSignal(session.progressed, timeout=WAIT):
        pass  # a report has just come: the worker is at the start of its next chunk, the worst moment to stop
    qtbot.mouseClick(panel.stop_button, LEFT)
    wait_idle(window, qtbot)
    # the window is idle again, Start enabled (the views' refresh with the final weights follows)
    assert idle_with_start == [True]
    assert session.runs[-1].outcome == "stopped" and len(session.runs[-1].epochs) < 5


def test_predictions_while_training_come_from_one_consistent_snapshot(window, qtbot):
    session = window.session
    # the reports that carry weights: a Progress's now and then (core.training_process.WEIGHTS_EVERY),
    # at an epoch's end the Evaluation's
    reports = []
    session.progressed.connect(lambda report: reports.append(report) if report.w_ih is not None else None)
    session.evaluated.connect(reports.append)
    start(window, qtbot, epochs=1000)  # still running at the third report, however fast the machine
    dataset = session.dataset
    for index in range(3):
        seen_reports = len(reports)
        qtbot.waitUntil(lambda: len(reports) > seen_reports, timeout=WAIT)
        snapshot = session.predictor()
        assert snapshot is not session.network
        # both matrices from the same, latest report: never one old and one new
        assert snapshot.w_ih is reports[-1].w_ih and snapshot.w_ho is reports[-1].w_ho
        window.drawing_pad.load_image(dataset.test_images[index])
        seen = canvas_to_inputs(window.drawing_pad.canvas())
        # exactly the snapshot's outputs; the network the worker is writing has moved on since
        np.testing.assert_array_equal(window.prediction_panel.bar_heights(), looks.read(snapshot, seen.inputs)[1][0].astype(np.float64))
    qtbot.mouseClick(window.training_panel.stop_button, LEFT)
    wait_idle(window, qtbot)
    assert session.predictor() is session.network


# -- smooth while training (issue 12): what is out of sight waits, and catches up when shown --------------

def test_a_hidden_mosaic_waits_while_training_and_catches_up_when_shown(window, qtbot):
    learning_tab = window.tabs.current_view()
    assert window.weights_view.isVisible()
    window.tabs.show_view(window.runs_view)  # the mosaic's tab out of sight
    start(window, qtbot, epochs=1000, learning_rate=0.1)  # still running after its first epoch, however fast the machine
    qtbot.waitUntil(lambda: window.session.history is not None and len(window.session.history.epochs) >= 1, timeout=WAIT)
    assert window.session.training
    window._show_network()  # a redraw's network update, with the mosaic hidden
    latest = window.session.predictor().w_ih.astype(np.float32)
    assert not np.array_equal(window.weights_view._weights, latest)  # it waited
    window.tabs.show_view(learning_tab)
    np.testing.assert_array_equal(window.weights_view._weights, latest)  # caught up at once
    window.session.stop()
    wait_idle(window, qtbot)


def test_a_run_in_a_thread_shortens_the_gil_switch_interval_and_gives_it_back(window, qtbot, monkeypatch):
    """Trained in a thread (gui.window.session.TRAINING_IN_PROCESS off), a run lets the GUI thread get the GIL
    back sooner (TRAINING_SWITCH_INTERVAL); after it, the interval is what it was."""
    import sys

    import gui.window.session

    monkeypatch.setattr(gui.window.session, "TRAINING_IN_PROCESS", False)
    before = sys.getswitchinterval()
    start(window, qtbot, epochs=40)
    assert sys.getswitchinterval() == gui.window.session.TRAINING_SWITCH_INTERVAL < before
    window.session.stop()
    wait_idle(window, qtbot)
    assert sys.getswitchinterval() == before


def test_the_end_of_a_run_draws_the_network_views_once(window, qtbot, monkeypatch):
    """networkChanged draws them; the run's end then redraws only the progress and the curves."""
    start(window, qtbot, epochs=40)
    qtbot.waitUntil(lambda: len(window.session.history.samples) >= 2, timeout=WAIT)
    drawn = []
    original = window.weights_view.set_weights
    monkeypatch.setattr(window.weights_view, "set_weights", lambda *args: (drawn.append(1), original(*args)))
    window.redraw_timer.stop()  # only the run's end draws from here on
    window.session.stop()
    wait_idle(window, qtbot)
    assert len(drawn) == 1
    np.testing.assert_array_equal(window.weights_view._weights, window.session.network.w_ih.astype(np.float32))



def test_imagination_out_of_sight_waits_for_the_run_to_end_and_catches_up_when_shown(window, qtbot):
    """Its ten backqueries cost 18 ms: a run's end does not compute them for a hidden tab; showing the tab does."""
    window.tabs.show_view(window.backquery_view)
    before = window.backquery_view.imagined.copy()
    window.tabs.show_view(window.learning_view)
    start(window, qtbot, epochs=40)
    qtbot.waitUntil(lambda: len(window.session.history.samples) >= 2, timeout=WAIT)
    window.session.stop()
    wait_idle(window, qtbot)
    np.testing.assert_array_equal(window.backquery_view.imagined, before)  # still the old network's
    window.tabs.show_view(window.backquery_view)
    assert not np.array_equal(window.backquery_view.imagined, before)
    np.testing.assert_array_equal(window.backquery_view.imagined, backquery_digits(window.session.predictor()))
