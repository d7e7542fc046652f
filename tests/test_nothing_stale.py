"""Nothing stale (issue 23): what the window shows after Stop, a finished run, New, a language switch,
a continued run and One step is true of the network as it is now."""
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from checks import WAIT
from test_main_window import answer, draw, find, start

LEFT = Qt.MouseButton.LeftButton


def run_to_end(window, qtbot, epochs=1):
    panel = window.training_panel
    panel.epochs_spin.setValue(epochs)
    with qtbot.waitSignal(window.session.runFinished, timeout=WAIT):
        window.start_training("new")


def test_after_stop_no_time_is_left_and_the_network_is_tested(window, qtbot):
    start(window, qtbot)  # 1,000 epochs: stopped long before the end
    qtbot.waitUntil(lambda: len(window.session.history.samples) >= 2, timeout=WAIT)
    with qtbot.waitSignal(window.evaluator.measured, timeout=WAIT) as measured:
        qtbot.mouseClick(window.training_panel.stop_button, LEFT)
    panel = window.training_panel
    assert "left" not in panel.progress_label.text()
    assert panel.progress_bar.format().startswith("Stopped in epoch 1/1000")
    accuracy = measured.args[0]
    assert window.session.network.test_accuracy == accuracy
    assert panel.progress_label.text() == f"test accuracy {100 * accuracy:.2f} % (measured after the stop)"
    assert f"test accuracy {100 * accuracy:.2f} %" in window.model_label.text()


def test_a_finished_run_says_so_and_a_new_one_starts_empty(window, qtbot):
    run_to_end(window, qtbot)
    panel = window.training_panel
    assert panel.progress_bar.format() == "Finished · epoch 1/1" and panel.progress_bar.value() == 1000
    assert "left" not in panel.progress_label.text() and "samples/s on average" in panel.progress_label.text()
    panel.pause_button.setEnabled(True)
    window.start_training("new")
    assert window.session.training
    # paused at once, before any progress: the line is this run's, not the last one's "100 %"
    qtbot.mouseClick(panel.pause_button, LEFT)
    assert panel.progress_bar.format() == "Starting…" and panel.progress_bar.value() == 0
    window.session.stop()
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)


def test_new_forgets_the_last_run_and_the_correction(window, qtbot):
    panel = window.training_panel
    panel.augment_check.setChecked(True)
    run_to_end(window, qtbot)
    assert panel.samples_strip.labels is not None
    window.drawing_pad.load_image(window.session.dataset.test_images[0])
    window.prediction_panel.show_correction("You confirmed 7: it reads 7")
    window.new_model()
    assert panel.progress_bar.format() == "Not started" and panel.progress_label.text() == ""
    assert panel.samples_strip.labels is None
    assert not window.prediction_panel.correctionLabel.isVisible()


def test_a_language_switch_keeps_the_runs_end_the_strip_and_the_pad(window, qtbot):
    panel = window.training_panel
    panel.augment_check.setChecked(True)
    run_to_end(window, qtbot)
    labels = panel.samples_strip.labels.copy()
    pad = find(window, "drawingPad")
    rect = pad.canvas_rect()
    draw(pad, [(rect.left() + rect.width() * 0.5, rect.top() + rect.height() * (0.2 + 0.6 * i / 15)) for i in range(16)])
    canvas = pad.canvas()
    answer_before = window.prediction_panel.findChild(QLabel, "predictionLabel").text()
    from gui.window.languages import install_translator
    from gui.window.main_window import MainWindow

    successor = window.switch_language("zh_CN")
    try:
        new_panel = successor.training_panel
        assert new_panel.progress_bar.value() == 1000 and "1" in new_panel.progress_bar.format()
        assert new_panel.progress_bar.format() != new_panel.tr("Not started")
        np.testing.assert_array_equal(new_panel.samples_strip.labels, labels)
        np.testing.assert_array_equal(successor.drawing_pad.canvas(), canvas)
        assert successor.prediction_panel.findChild(QLabel, "predictionLabel").text() == answer_before
    finally:
        for survivor in list(MainWindow.open_windows):
            survivor.close()
        MainWindow.open_windows.clear()
        install_translator(QApplication.instance(), "en")


def test_start_after_a_stop_in_the_first_epoch_offers_no_epoch_0(window, qtbot):
    start(window, qtbot)
    qtbot.waitUntil(lambda: len(window.session.history.samples) >= 2, timeout=WAIT)
    window.session.stop()
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    assert window.session.network.epochs_trained == 0 and window.session.network.trained
    window.training_panel.epochs_spin.setValue(8)
    qtbot.mouseClick(window.training_panel.start_button, LEFT)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "startChoiceDialog") is not None, timeout=WAIT)
    dialog = window.findChild(QMessageBox, "startChoiceDialog")
    samples = window.session.network.samples_trained
    assert f"learned from {samples:,} samples" in dialog.text() and "epochs: 0" not in dialog.text()
    assert dialog.findChild(QPushButton, "continueButton").text() == "&Continue training for 8 epochs"
    answer(window, qtbot, "trainNewButton")
    window.session.stop()
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)


def test_a_continued_runs_axis_says_it_counts_this_runs_samples(window, qtbot):
    run_to_end(window, qtbot)
    window.training_panel.epochs_spin.setValue(2)
    with qtbot.waitSignal(window.session.runFinished, timeout=WAIT):
        window.start_training("continue")
    label = window.charts.loss_widget.getPlotItem().getAxis("bottom").labelText
    assert label == "samples seen in this run (it continues from epoch 1)"
    run_to_end(window, qtbot)  # a new network: the axis is plain again
    assert window.charts.loss_widget.getPlotItem().getAxis("bottom").labelText == "samples seen"


def test_one_step_speaks_of_the_learning_rate_the_panel_holds(window, qtbot):
    window.training_panel.learning_rate_spin.setValue(1.0)
    view = window.step_view
    assert "(1)" in view.findChild(QLabel, "stepWords_delta_w_ho").text()
    view.step()
    assert view.explanation.learning_rate == pytest.approx(1.0)
    assert "(1)" in view.findChild(QLabel, "stepWords_delta_w_ho").text()
