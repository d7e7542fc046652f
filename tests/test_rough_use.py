"""Rough use of the main window (pytest-qt, offscreen): what a learner does when clicking
around fast, or in an order nobody planned. After each, the app must be in a sound state:
one run at most, no thread left, the controls matching the state, the runs recorded."""
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from core.network import NeuralNetwork
from gui.window.background import running_jobs
from test_main_window import click_start, draw, find, start
from checks import WAIT


def training_jobs():
    """The training threads alive (the window may run other jobs, e.g. an evaluation after a run)."""
    return [job for job in running_jobs() if job.name == "training"]


LEFT = Qt.MouseButton.LeftButton


def wait_idle(window, qtbot, timeout=WAIT):
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=timeout)


def assert_idle_and_sound(window):
    session = window.session
    assert session.state == "idle" and not session.training
    assert training_jobs() == []
    assert session.predictor() is session.network  # the worker has let go of the network
    assert window.training_panel.start_button.isEnabled() and not window.training_panel.stop_button.isEnabled()
    assert window.menus.start_action.isEnabled() and not window.menus.stop_action.isEnabled()
    assert not window.redraw_timer.isActive()


def test_fifty_rapid_start_stop_cycles(window, qtbot):
    panel = window.training_panel
    find(window, "epochsSpin").setValue(40)
    for _ in range(50):
        click_start(window, qtbot, "continueButton")
        assert window.session.state == "running"
        qtbot.mouseClick(panel.stop_button, LEFT)
        qtbot.mouseClick(panel.start_button, LEFT)  # disabled until the run has ended: ignored
        wait_idle(window, qtbot)
    assert_idle_and_sound(window)
    runs = window.session.runs
    assert len(runs) == 50
    assert [run.name.split()[0] for run in runs] == [f"#{i}" for i in range(1, 51)]
    assert all(run.outcome == "stopped" for run in runs)
    for run in runs:
        assert run.samples == sorted(run.samples)
        assert len(run.samples) == len(run.loss) == len(run.accuracy)
    assert np.isfinite(window.session.network.w_ih).all()


def test_double_click_on_start_starts_one_run(window, qtbot):
    panel = window.training_panel
    find(window, "epochsSpin").setValue(40)
    qtbot.mouseDClick(panel.start_button, LEFT)
    window.start_training()  # and F5 / the menu once more
    window.menus.start_action.trigger()
    assert window.session.state == "running"
    assert len(training_jobs()) == 1
    qtbot.mouseClick(panel.stop_button, LEFT)
    wait_idle(window, qtbot)
    assert len(window.session.runs) == 1
    assert_idle_and_sound(window)


def test_stop_when_idle_does_nothing_and_start_still_works(window, qtbot):
    panel = window.training_panel
    assert not panel.stop_button.isEnabled()
    qtbot.mouseClick(panel.stop_button, LEFT)
    window.menus.stop_action.trigger()
    window.session.stop()
    window.session.stop_and_wait()
    assert window.session.state == "idle" and window.session.runs == []
    start(window, qtbot)  # no stop request left over from above
    qtbot.waitUntil(lambda: len(window.session.history.samples) >= 2, timeout=WAIT)
    assert window.session.state == "running"
    qtbot.mouseClick(panel.stop_button, LEFT)
    wait_idle(window, qtbot)
    assert_idle_and_sound(window)


def test_pause_then_close_asks_and_stops_the_worker(window, qtbot, monkeypatch):
    start(window, qtbot)
    qtbot.waitUntil(lambda: len(window.session.history.samples) >= 1, timeout=WAIT)
    qtbot.mouseClick(window.training_panel.pause_button, LEFT)
    assert window.session.state == "paused"
    window._confirm_close = True
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    assert not window.close()  # Cancel: still open, still paused, resumable
    assert window.isVisible() and window.session.state == "paused"
    assert window.close()  # Discard
    assert training_jobs() == [] and window.session.state == "idle"
    assert window.session.runs[-1].outcome == "stopped"


def test_open_a_model_while_training_stops_the_run_then_loads(window, qtbot, tmp_path):
    saved = NeuralNetwork(hidden_nodes=30, seed=5)
    path = tmp_path / "thirty.npz"
    saved.save(path)
    start(window, qtbot)
    qtbot.waitUntil(lambda: len(window.session.history.samples) >= 2, timeout=WAIT)
    assert window.files.open_model(path)
    assert_idle_and_sound(window)
    assert window.session.runs[-1].outcome == "stopped"
    np.testing.assert_array_equal(window.session.network.w_ih, saved.w_ih)
    assert find(window, "hiddenNodesSpin").value() == 30
    assert window.weights_view.mosaic_image() is not None
    assert "thirty.npz" in window.windowTitle() and "*" not in window.windowTitle()


def test_opening_a_bad_model_while_training_leaves_the_run_going(window, qtbot, tmp_path):
    bad = tmp_path / "notes.npz"
    bad.write_text("not a model")
    start(window, qtbot)
    qtbot.waitUntil(lambda: len(window.session.history.samples) >= 2, timeout=WAIT)
    assert not window.files.open_model(bad)
    assert window.session.state == "running"
    seen = len(window.session.history.samples)
    qtbot.waitUntil(lambda: len(window.session.history.samples) > seen, timeout=WAIT)
    qtbot.mouseClick(window.training_panel.stop_button, LEFT)
    wait_idle(window, qtbot)


def test_reset_while_training(window, qtbot):
    start(window, qtbot)
    qtbot.waitUntil(lambda: len(window.session.history.samples) >= 2, timeout=WAIT)
    before = window.session.network
    window.menus.new_action.trigger()  # Ctrl+N: the Reset button is disabled while training
    assert_idle_and_sound(window)
    assert window.session.network is not before and not window.session.unsaved
    assert window.session.runs[-1].outcome == "stopped"
    xs, _ = window.charts.loss_curve.getData()
    assert xs is None or len(xs) == 0


def test_reset_then_start_at_once_is_not_ended_by_the_old_run(window, qtbot):
    """A stopped run's late 'finished' signal must not wrap up the next run."""
    start(window, qtbot)
    qtbot.waitUntil(lambda: len(window.session.history.samples) >= 2, timeout=WAIT)
    old_job = window.session._job
    window.new_model()  # stops and waits; the old job's signals are still queued
    window.start_training()  # before the event loop has run
    assert window.session.state == "running"
    qtbot.waitUntil(lambda: not old_job.is_running(), timeout=WAIT)  # its last signal, 'finished', has arrived
    assert window.session.state == "running" and len(training_jobs()) == 1
    assert window.session.history is not window.session.runs[-1]
    qtbot.waitUntil(lambda: len(window.session.history.samples) >= 1, timeout=WAIT)
    assert window.session.history.samples[0] < 5000  # not the old run's numbers
    qtbot.mouseClick(window.training_panel.stop_button, LEFT)
    wait_idle(window, qtbot)
    assert len(window.session.runs) == 2
    assert_idle_and_sound(window)


def test_hidden_nodes_are_locked_while_training_and_used_at_the_next_start(window, qtbot):
    hidden = find(window, "hiddenNodesSpin")
    start(window, qtbot)
    assert not hidden.isEnabled()
    qtbot.mouseClick(window.training_panel.pause_button, LEFT)
    assert window.session.state == "paused" and not hidden.isEnabled()
    for name in ("epochsSpin", "batchSizeSpin", "seedSpin", "presetCombo"):
        assert not find(window, name).isEnabled()
    assert find(window, "learningRateSpin").isEnabled()  # may change mid-run
    qtbot.mouseClick(window.training_panel.stop_button, LEFT)
    wait_idle(window, qtbot)
    assert hidden.isEnabled()
    hidden.setValue(50)
    start(window, qtbot)
    assert window.session.network.hidden_nodes == 50
    assert window.session.network.w_ih.shape == (50, 784) and window.session.network.w_ho.shape == (10, 50)
    assert "50 hidden nodes" in window.model_label.text()
    qtbot.waitUntil(lambda: len(window.session.history.samples) >= 1, timeout=WAIT)
    assert window.session.history.settings["hidden_nodes"] == 50
    qtbot.mouseClick(window.training_panel.stop_button, LEFT)
    wait_idle(window, qtbot)


def test_drawing_while_training(window, qtbot):
    pad = find(window, "drawingPad")
    label = find(window, "predictionLabel")
    start(window, qtbot)
    qtbot.waitUntil(lambda: len(window.session.history.samples) >= 2, timeout=WAIT)
    rect = pad.canvas_rect()
    x0, y0, w = rect.left(), rect.top(), rect.width()
    for stroke in range(5):
        draw(pad, [(x0 + w * (0.3 + 0.1 * stroke), y0 + w * (0.2 + 0.6 * i / 15)) for i in range(16)])
        assert label.text() in list("0123456789")
        with qtbot.waitSignal(window.session.progressed, timeout=WAIT):
            pass  # the next stroke meets newer weights
    window.undo_button.click()
    window.clear_button.click()
    assert label.text() == "" and pad.is_empty()
    assert window.session.state == "running"
    qtbot.mouseClick(window.training_panel.stop_button, LEFT)
    wait_idle(window, qtbot)
    assert_idle_and_sound(window)


def test_save_while_training_saves_the_snapshot(window, qtbot, tmp_path):
    start(window, qtbot)
    session = window.session
    qtbot.waitUntil(lambda: len(session.history.samples) >= 3, timeout=WAIT)
    snapshot_w_ih = session.snapshot.w_ih  # replaced, never written, by later progress
    path = tmp_path / "mid-run.npz"
    assert window.files.save_model_to(path)
    saved, extras = __import__("core.network", fromlist=["load_with_extras"]).load_with_extras(path)
    np.testing.assert_array_equal(saved.w_ih, snapshot_w_ih)
    assert len(extras["history_samples"]) >= 3
    assert session.state == "running" and session.unsaved  # the run goes on, unsaved
    assert window.windowTitle().startswith("mid-run.npz *")
    seen = len(session.history.samples)
    qtbot.waitUntil(lambda: len(session.history.samples) > seen, timeout=WAIT)
    qtbot.mouseClick(window.training_panel.stop_button, LEFT)
    wait_idle(window, qtbot)
    assert session.unsaved and "*" in window.windowTitle()


def test_new_and_open_wait_while_fine_tuning(window, qtbot):
    view = window.personal_view
    dataset = window.session.dataset
    for index in range(3):
        window.drawing_pad.load_image(dataset.test_images[index])
        view.add_current(int(dataset.test_labels[index]))
    view.fine_tune()
    assert view.is_running()
    assert not window.menus.new_action.isEnabled() and not window.menus.open_action.isEnabled()
    assert not window.menus.open_dataset_action.isEnabled() and not window.menus.start_action.isEnabled()
    qtbot.waitUntil(lambda: not view.is_running(), timeout=WAIT)
    assert window.menus.new_action.isEnabled() and window.menus.open_action.isEnabled() and window.menus.start_action.isEnabled()


def test_opening_a_model_drops_the_previous_runs_curves(window, qtbot, tmp_path):
    path = tmp_path / "untrained.npz"
    assert window.files.save_model_to(path)
    start(window, qtbot, epochs=1)
    wait_idle(window, qtbot, 60_000)
    assert window.files.open_model(path)
    assert window.session.history is None
    assert window.charts.test_curve.getData()[0] is None or len(window.charts.test_curve.getData()[0]) == 0
    saved_again = tmp_path / "again.npz"
    assert window.files.save_model_to(saved_again)
    from core.network import load_with_extras

    _, extras = load_with_extras(saved_again)
    assert "history_samples" not in extras  # the run belonged to the network before
