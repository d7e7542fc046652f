"""The main window with pytest-qt, offscreen: train, watch, pause, stop, draw, save, close."""
import re

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSpinBox, QDoubleSpinBox, QProgressBar

from checks import WAIT, assert_same_network
from core.network import load_with_extras
from gui.window.main_window import MainWindow
from gui.window.named_timers import running_timers

NAMES = {
    "startButton": QPushButton,
    "pauseButton": QPushButton,
    "stopButton": QPushButton,
    "resetButton": QPushButton,
    "epochsSpin": QSpinBox,
    "learningRateSpin": QDoubleSpinBox,
    "hiddenNodesSpin": QSpinBox,
    "batchSizeSpin": QSpinBox,
    "progressBar": QProgressBar,
    "clearButton": QPushButton,
    "predictionLabel": QLabel,
}


def find(window, name, kind=None):
    from PySide6.QtWidgets import QWidget

    widget = window.findChild(kind or QWidget, name)
    assert widget is not None, name
    return widget


def start(window, qtbot, epochs=1000, learning_rate=0.1, batch=1, choice="continueButton"):
    """Click Start; on a trained network, answer the window's question with ``choice``. The default
    1,000 epochs (the most there are) outlast any test, however fast the machine: the tests stop them."""
    find(window, "epochsSpin").setValue(epochs)
    find(window, "learningRateSpin").setValue(learning_rate)
    find(window, "batchSizeSpin").setValue(batch)
    click_start(window, qtbot, choice)
    qtbot.waitUntil(lambda: window.session.state == "running", timeout=WAIT)


def click_start(window, qtbot, choice="continueButton"):
    """Click Start; when the network has learned already (and the seed and size are its own), the
    window asks whether to train a new network or continue: answer with ``choice``."""
    panel = window.training_panel
    asks = window.session.network.trained and not window.session.needs_new_network(panel.hidden_spin.value(), panel.seed_spin.value())
    qtbot.mouseClick(find(window, "startButton"), Qt.MouseButton.LeftButton)
    if asks:
        answer(window, qtbot, choice)


def answer(window, qtbot, choice):
    """Click ``choice`` ("trainNewButton" or "continueButton") in the Start question."""
    from PySide6.QtWidgets import QMessageBox, QPushButton

    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "startChoiceDialog") is not None, timeout=WAIT)
    dialog = window.findChild(QMessageBox, "startChoiceDialog")
    qtbot.mouseClick(dialog.findChild(QPushButton, choice), Qt.MouseButton.LeftButton)


def draw(pad, points):
    """A stroke with real mouse events through the given widget points."""
    def send(kind, point, button, buttons):
        event = QMouseEvent(kind, QPointF(*point), pad.mapToGlobal(QPointF(*point)), button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(pad, event)

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send(QEvent.Type.MouseButtonPress, points[0], left, left)
    for point in points[1:]:
        send(QEvent.Type.MouseMove, point, none, left)
    send(QEvent.Type.MouseButtonRelease, points[-1], left, none)


def test_widgets_have_stable_names(window):
    for name, kind in NAMES.items():
        find(window, name, kind)
    for name in ("lossPlot", "accuracyPlot", "weightsView", "drawingPad"):
        find(window, name)


def test_train_pause_resume_stop(window, qtbot):
    start(window, qtbot)
    session = window.session
    assert not find(window, "hiddenNodesSpin").isEnabled() and not find(window, "startButton").isEnabled()
    qtbot.waitUntil(lambda: len(session.history.samples) >= 3, timeout=WAIT)
    qtbot.waitUntil(lambda: window.charts.loss_curve.getData()[0] is not None and len(window.charts.loss_curve.getData()[0]) >= 2, timeout=WAIT)
    # the progress line follows the run (its value stays 0 until 1/2,000 of a 1,000-epoch run: the format tells;
    # an epoch of the small MNIST lasts a fraction of a second, so any epoch may be the one shown)
    qtbot.waitUntil(lambda: re.fullmatch(r"Epoch \d+/1000 · \d+ %", find(window, "progressBar").format()) is not None, timeout=WAIT)
    weights_before = window.weights_view.mosaic_image().copy()
    qtbot.waitUntil(lambda: not np.array_equal(window.weights_view.mosaic_image(), weights_before, equal_nan=True), timeout=WAIT)

    qtbot.mouseClick(find(window, "pauseButton"), Qt.MouseButton.LeftButton)
    assert session.state == "paused"
    control = session._control
    qtbot.waitUntil(control.parked.is_set, timeout=WAIT)  # the chunk in progress ends, then the run says it waits
    QApplication.processEvents()  # that chunk's report
    seen = len(session.history.samples)
    QApplication.processEvents()
    assert len(session.history.samples) == seen and control.parked.is_set()  # nothing while paused
    qtbot.mouseClick(find(window, "pauseButton"), Qt.MouseButton.LeftButton)
    assert session.state == "running"
    qtbot.waitUntil(lambda: len(session.history.samples) > seen, timeout=WAIT)

    qtbot.mouseClick(find(window, "stopButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.state == "idle", timeout=WAIT)  # bench/bench_gui.py measures how fast
    assert session.runs and session.runs[-1].outcome == "stopped"
    assert find(window, "startButton").isEnabled() and find(window, "hiddenNodesSpin").isEnabled()
    assert not window.redraw_timer.isActive()


def test_a_short_run_finishes_with_test_accuracy(window, qtbot):
    start(window, qtbot, epochs=1)
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    history = window.session.runs[-1]
    assert history.outcome == "finished" and len(history.epochs) == 1
    assert history.final_test_accuracy > 0.8
    xs, ys = window.charts.test_curve.getData()
    assert list(xs) == [0, 4000] and ys[-1] == pytest.approx(100 * history.final_test_accuracy)  # the start, then the epoch's end
    assert "epochs trained: 1" in window.model_label.text()


def test_learning_rate_change_mid_run_is_used(window, qtbot):
    start(window, qtbot, learning_rate=0.1)
    session = window.session
    qtbot.waitUntil(lambda: len(session.history.samples) >= 2, timeout=WAIT)
    spin = find(window, "learningRateSpin")
    spin.clear()
    qtbot.keyClicks(spin, "0.05")  # typed, as a user does
    qtbot.waitUntil(lambda: session.history.learning_rate[-1] == pytest.approx(0.05), timeout=WAIT)
    assert session.history.learning_rate[0] == pytest.approx(0.1)
    assert session.runs == [] and session.state == "running"  # the same run goes on, with the new rate
    qtbot.mouseClick(find(window, "stopButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.state == "idle", timeout=WAIT)
    assert session.network.learning_rate == pytest.approx(0.05)  # the weights were last moved with it


def test_drawing_predicts_undo_and_clear(window, qtbot):
    pad = find(window, "drawingPad")
    label = find(window, "predictionLabel")
    assert label.text() == ""
    size = pad.canvas_rect()
    x0, y0, w = size.left(), size.top(), size.width()
    draw(pad, [(x0 + w * 0.5, y0 + w * (0.2 + 0.6 * i / 20)) for i in range(21)])  # a "1"
    assert label.text() in list("0123456789")
    draw(pad, [(x0 + w * (0.3 + 0.4 * i / 10), y0 + w * 0.2) for i in range(11)])
    assert pad.can_undo()
    window.undo_button.click()
    assert label.text() in list("0123456789")
    qtbot.mouseClick(find(window, "clearButton"), Qt.MouseButton.LeftButton)
    assert label.text() == "" and pad.is_empty()
    draw(pad, [(x0 + w * 0.5, y0 + w * (0.2 + 0.6 * i / 20)) for i in range(21)])
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert label.text() == ""


def test_trained_network_reads_mnist_digits_on_the_pad(window, qtbot):
    start(window, qtbot, epochs=3)
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    dataset = window.session.dataset
    label = find(window, "predictionLabel")
    correct = 0
    for index in range(30):
        window.drawing_pad.load_image(dataset.test_images[index])
        correct += label.text() == str(dataset.test_labels[index])
    assert correct >= 24


def test_closing_mid_run_stops_the_worker(window, qtbot):
    start(window, qtbot)
    qtbot.waitUntil(lambda: len(window.session.history.samples) >= 2, timeout=WAIT)
    assert "redrawTimer" in running_timers()  # the check every test ends with sees it running
    assert window.close()
    from gui.window.background import running_jobs

    assert running_jobs() == [] and running_timers() == []


def test_closing_while_paused(window, qtbot):
    start(window, qtbot)
    window.training_panel.pause_button.click()
    assert window.session.state == "paused"
    assert window.close()


def test_settings_persist(qtbot, settings, small_mnist):
    first = MainWindow(settings=settings, data_dir=small_mnist)
    first._confirm_close = False
    qtbot.addWidget(first)
    find(first, "epochsSpin").setValue(7)
    find(first, "learningRateSpin").setValue(0.25)
    find(first, "hiddenNodesSpin").setValue(120)
    find(first, "batchSizeSpin").setValue(16)
    qtbot.waitUntil(lambda: first.session.state != "loading", timeout=WAIT)
    first.close()
    assert settings.value("training/epochs") in (7, "7")
    second = MainWindow(settings=settings, data_dir=small_mnist)
    qtbot.addWidget(second)
    assert find(second, "epochsSpin").value() == 7
    assert find(second, "learningRateSpin").value() == pytest.approx(0.25)
    assert find(second, "hiddenNodesSpin").value() == 120 and find(second, "batchSizeSpin").value() == 16
    qtbot.waitUntil(lambda: second.session.state != "loading", timeout=WAIT)


def curve_points(curve):
    xs, ys = curve.getData()
    return (np.array([]), np.array([])) if xs is None else (np.asarray(xs), np.asarray(ys))


def test_save_and_open_a_model_brings_back_the_network_and_its_curves(window, qtbot, tmp_path):
    start(window, qtbot, epochs=2, learning_rate=0.2)
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    trained, history = window.session.network.copy(), window.session.history
    shown = {name: curve_points(getattr(window.charts, name)) for name in ("loss_curve", "smooth_curve", "train_curve", "test_curve")}
    assert len(shown["test_curve"][0]) == 3  # the start, then each epoch's end
    path = tmp_path / "trained.npz"
    assert window.files.save_model_to(path)
    assert "trained.npz" in window.windowTitle() and "*" not in window.windowTitle()

    window.new_model()
    assert not np.array_equal(window.session.network.w_ih, trained.w_ih)
    assert len(curve_points(window.charts.test_curve)[0]) == 0
    assert window.files.open_model(path)

    assert_same_network(window.session.network, trained)
    assert window.session.history == history  # curves, epoch rows, settings, outcome
    for name, (xs, ys) in shown.items():  # the user sees the same curves again
        again_xs, again_ys = curve_points(getattr(window.charts, name))
        np.testing.assert_array_equal(again_xs, xs, err_msg=name)
        np.testing.assert_array_equal(again_ys, ys, err_msg=name)
    assert "epochs trained: 2" in window.model_label.text()

    again = tmp_path / "again.npz"  # save → open → save changes nothing
    assert window.files.save_model_to(again)
    first, second = (load_with_extras(file) for file in (path, again))
    assert_same_network(second[0], first[0])
    assert first[1].keys() == second[1].keys() and "history_epoch_test_loss" in first[1]
    for key, value in first[1].items():
        assert second[1][key].dtype == value.dtype, key
        np.testing.assert_array_equal(second[1][key], value, err_msg=key)


def test_opening_a_bad_model_keeps_the_current_network(window, tmp_path):
    before = window.session.network.w_ih.copy()
    bad = tmp_path / "bad.npz"
    bad.write_text("nonsense")
    assert not window.files.open_model(bad)
    np.testing.assert_array_equal(window.session.network.w_ih, before)
    assert "bad.npz" in window.statusBar().currentMessage()


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_every_chart_exports_as_png_and_svg(window, qtbot, tmp_path, suffix):
    start(window, qtbot, epochs=1)
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    paths = window.files.export_all_charts(tmp_path, suffix)
    names = {path.stem for path in paths}
    assert {"loss", "accuracy", "sweep", "confusion-matrix", "back-query"} <= names
    for path in paths:
        data = path.read_bytes()
        assert len(data) > 500, path
        assert data.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in data[:2000], path


def test_history_exports_as_csv(window, qtbot, tmp_path):
    start(window, qtbot, epochs=1)
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    path = tmp_path / "history.csv"
    assert window.files.export_history(path)
    lines = path.read_text().splitlines()
    assert lines[0].startswith("samples_seen,train_loss")
    assert any(line.startswith("epoch,samples_seen,test_accuracy") for line in lines)
    assert lines[-1].startswith("1,4000,")


def test_clicking_a_tile_selects_and_double_clicking_inspects(window, qtbot):
    import pyqtgraph as pg

    view = window.weights_view
    mosaic = view.findChild(pg.GraphicsLayoutWidget, "mosaicView")
    centre = view.tile_rect(17).center()
    pos = view.view_to_widget(centre.x(), centre.y()).toPoint()
    qtbot.mouseClick(mosaic.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.selected_node == 17 and window.neuron_inspector.node == 17
    assert window.tabs.current_view() is not window.neuron_inspector
    # a real double click: press, release, then a double-click press and its release
    qtbot.mouseDClick(mosaic.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseRelease(mosaic.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.tabs.current_view() is window.neuron_inspector


def test_at_full_speed_each_redraw_draws_one_chart_or_the_network_in_turn(window, qtbot):
    """The redraw timer ticks 20 times a second; over a cycle of 8 ticks each chart is brought up to
    date twice (5 times a second) and the mosaic once, never two of them in one frame."""
    from gui.window.main_window import FULL_SPEED_CYCLE

    assert window.redraw_timer.interval() * len(FULL_SPEED_CYCLE) <= 400
    assert FULL_SPEED_CYCLE.count("loss") == FULL_SPEED_CYCLE.count("accuracy") == 2 and FULL_SPEED_CYCLE.count("network") == 1
    start(window, qtbot)
    session, charts = window.session, window.charts
    window.redraw_timer.stop()  # the test's calls are the only redraws
    drawn_networks = []
    original = window.weights_view.set_weights
    window.weights_view.set_weights = lambda *args: (drawn_networks.append(window._redraws), original(*args))
    for _ in range(2 * len(FULL_SPEED_CYCLE)):
        seen = len(session.history.samples)
        qtbot.waitUntil(lambda: len(session.history.samples) > seen, timeout=WAIT)
        window._redraw()
        due = FULL_SPEED_CYCLE[window._redraws % len(FULL_SPEED_CYCLE)]
        current = len(session.history.samples)
        assert (points(charts.loss_curve) == current) == (due == "loss")
        assert (points(charts.train_curve) == current) == (due == "accuracy")
        assert (drawn_networks[-1:] == [window._redraws]) == (due == "network")
    del window.weights_view.set_weights


def points(curve) -> int:
    xs = curve.getData()[0]
    return 0 if xs is None else len(xs)
    session.stop()
    qtbot.waitUntil(lambda: session.state == "idle", timeout=WAIT)
