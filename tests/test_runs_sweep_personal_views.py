"""The Runs, Sweeps and My-handwriting tabs with pytest-qt, offscreen."""
import dataclasses
import time
import xml.dom.minidom

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton, QSpinBox, QTableWidget, QToolButton, QWidget

from core.data import load_mnist
from core.history import RunHistory
from core.network import NeuralNetwork, load_with_extras
from core.training import Evaluation, Progress, TrainingConfig, train
from gui.areas.my_handwriting.personal_view import PersonalView
from gui.areas.results.runs_view import RunsView
from gui.areas.results.sweep_view import SweepView
from checks import WAIT

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def small(small_mnist):
    return load_mnist(small_mnist)


def child(widget, kind, name):
    found = widget.findChild(kind, name)
    assert found is not None, name
    return found


# -- sweeps ------------------------------------------------------------------------
@pytest.fixture
def sweep_view(qtbot):
    view = SweepView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    yield view
    view.shutdown()


def test_sweep_view_names(sweep_view):
    assert sweep_view.objectName() == "sweepView"
    for kind, name in [(QComboBox, "sweepParameterCombo"), (QLineEdit, "sweepValuesEdit"), (QPushButton, "sweepStartButton"),
                       (QPushButton, "sweepCancelButton"), (QProgressBar, "sweepProgressBar"), (QPushButton, "sweepExportCsvButton"),
                       (QPushButton, "sweepExportChartButton"), (QSpinBox, "sweepLimitSpin"), (QSpinBox, "sweepBatchSpin")]:
        child(sweep_view, kind, name)
    assert sweep_view.findChild(object, "sweepPlot") is sweep_view.plot_widget


def test_the_sweep_values_show_from_their_start(sweep_view):
    """At 1024 px the values field showed its end: "0.01, 0.05, …" read "1, 0.05, …"."""
    values = child(sweep_view, QLineEdit, "sweepValuesEdit")
    combo = child(sweep_view, QComboBox, "sweepParameterCombo")
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        assert values.cursorPosition() == 0, combo.currentText()


def test_sweep_runs_and_plots_its_points(sweep_view, qtbot, small, tmp_path):
    start = child(sweep_view, QPushButton, "sweepStartButton")
    assert not start.isEnabled()  # no data yet
    sweep_view.set_dataset(small)
    child(sweep_view, QLineEdit, "sweepValuesEdit").setText("0.3, 0.05")
    child(sweep_view, QSpinBox, "sweepLimitSpin").setValue(1000)
    with qtbot.waitSignal(sweep_view.runningChanged, timeout=WAIT):
        qtbot.mouseClick(start, LEFT)
    bar = child(sweep_view, QProgressBar, "sweepProgressBar")
    qtbot.waitUntil(lambda: bar.text() == "Done: 2 values", timeout=WAIT)  # set when the job's finished signal arrives
    xs, ys = sweep_view.curve.getData()
    assert [p.value for p in sweep_view.points] == [0.05, 0.3]
    np.testing.assert_allclose(ys, [100 * p.test_accuracy for p in sweep_view.points])
    assert all(50 < y <= 100 for y in ys)
    shown = [label for label in sweep_view.labels if label.isVisible()]
    assert [label.toPlainText() for label in shown] == [f"{p.value:g}: {100 * p.test_accuracy:.1f} %" for p in sweep_view.points]
    assert sweep_view.plot_widget.getPlotItem().ctrl.logXCheck.isChecked()  # learning rates on a log axis
    assert bar.value() == 1000 and not sweep_view.is_running()
    assert start.isEnabled() and not child(sweep_view, QPushButton, "sweepCancelButton").isEnabled()

    assert sweep_view.export_csv(tmp_path / "sweep.csv")
    assert (tmp_path / "sweep.csv").read_text().splitlines()[0] == "learning_rate,test_accuracy,seconds,diverged"
    assert len((tmp_path / "sweep.csv").read_text().splitlines()) == 3
    assert sweep_view.export_chart(tmp_path / "sweep.png") and (tmp_path / "sweep.png").read_bytes()[:4] == b"\x89PNG"
    assert sweep_view.export_chart(tmp_path / "sweep.svg")
    svg = xml.dom.minidom.parse(str(tmp_path / "sweep.svg"))
    assert svg.documentElement.tagName == "svg"


@pytest.mark.parametrize(
    "parameter, text, expected",
    [("learning_rate", "abc", "abc"), ("learning_rate", "0.1, -0.5", "-0.5"), ("learning_rate", "", "commas"),
     ("hidden_nodes", "10, 2.5", "2.5"), ("hidden_nodes", "0", "0")],
)
def test_sweep_values_are_checked_with_a_clear_message(sweep_view, small, parameter, text, expected):
    sweep_view.set_dataset(small)
    combo = child(sweep_view, QComboBox, "sweepParameterCombo")
    combo.setCurrentIndex(combo.findData(parameter))
    child(sweep_view, QLineEdit, "sweepValuesEdit").setText(text)
    message = child(sweep_view, QLabel, "sweepMessageLabel")
    assert not child(sweep_view, QPushButton, "sweepStartButton").isEnabled()
    assert message.isVisibleTo(sweep_view) and expected in message.text()
    child(sweep_view, QLineEdit, "sweepValuesEdit").setText("10, 50")
    assert child(sweep_view, QPushButton, "sweepStartButton").isEnabled() and message.text() == ""


def test_choosing_hidden_nodes_fills_in_its_defaults(sweep_view):
    combo = child(sweep_view, QComboBox, "sweepParameterCombo")
    combo.setCurrentIndex(combo.findData("hidden_nodes"))
    assert child(sweep_view, QLineEdit, "sweepValuesEdit").text() == "10, 50, 100, 200, 500"
    assert sweep_view.parse_values() == [10, 50, 100, 200, 500]


def test_busy_main_training_disables_start(sweep_view, small):
    sweep_view.set_dataset(small)
    sweep_view.set_busy(True)
    assert not child(sweep_view, QPushButton, "sweepStartButton").isEnabled()
    sweep_view.set_busy(False)
    assert child(sweep_view, QPushButton, "sweepStartButton").isEnabled()


def test_a_failing_sweep_says_why(sweep_view, qtbot, small):
    broken = dataclasses.replace(small, train_labels=np.full_like(small.train_labels, 12))  # no such digit
    sweep_view.set_dataset(broken)
    with qtbot.waitSignal(sweep_view.error, timeout=WAIT) as failed:
        sweep_view.start()
    bar = child(sweep_view, QProgressBar, "sweepProgressBar")
    qtbot.waitUntil(lambda: bar.text() == "Failed after 0 of 6 values", timeout=WAIT)
    message = child(sweep_view, QLabel, "sweepMessageLabel")
    assert failed.args[0].startswith("The sweep failed") and message.text() == failed.args[0]
    assert child(sweep_view, QPushButton, "sweepStartButton").isEnabled()


def test_cancel_stops_the_sweep_promptly(sweep_view, qtbot, mnist):
    sweep_view.set_dataset(mnist)  # the full set: each value takes a while
    child(sweep_view, QSpinBox, "sweepLimitSpin").setValue(60_000)
    qtbot.mouseClick(child(sweep_view, QPushButton, "sweepStartButton"), LEFT)
    bar = child(sweep_view, QProgressBar, "sweepProgressBar")
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=WAIT)
    cancel = child(sweep_view, QPushButton, "sweepCancelButton")
    assert cancel.isEnabled()
    with qtbot.waitSignal(sweep_view.runningChanged, timeout=WAIT) as ended:
        qtbot.mouseClick(cancel, LEFT)
    assert ended.args == [False]
    assert not sweep_view.is_running() and len(sweep_view.points) < 6
    assert "Cancelled" in bar.text()


def test_shutdown_stops_a_running_sweep(qtbot, mnist):
    view = SweepView()
    qtbot.addWidget(view)
    view.set_dataset(mnist)
    view.limit_spin.setValue(60_000)
    view.start()
    assert view.is_running()
    assert view.shutdown()  # the thread has ended
    from gui.window.background import running_jobs

    assert running_jobs() == []
    qtbot.waitUntil(lambda: not view.is_running(), timeout=WAIT)  # once its last signal is delivered


# -- runs --------------------------------------------------------------------------
def make_run(dataset, number, learning_rate, epochs=1):
    network = NeuralNetwork(hidden_nodes=30, seed=0)
    history = RunHistory(
        settings={"hidden_nodes": 30, "learning_rate": learning_rate, "batch_size": 1, "epochs": epochs, "seed": 0},
        name=f"#{number} lr {learning_rate:g}",
    )
    for event in train(network, dataset, TrainingConfig(epochs=epochs, learning_rate=learning_rate, limit=500, snapshot_weights=False)):
        if isinstance(event, Progress):
            history.add_progress(event)
        elif isinstance(event, Evaluation):
            history.add_evaluation(event)
    history.outcome = "finished"
    return history, network.copy()


def test_runs_table_overlays_and_saves(qtbot, small, tmp_path):
    view = RunsView()
    qtbot.addWidget(view)
    view.show()
    table = child(view, QTableWidget, "runsTable")
    assert view.objectName() == "runsView" and table.rowCount() == 0
    first, first_network = make_run(small, 1, 0.1)
    second, _ = make_run(small, 2, 0.3)
    view.add_run(first, first_network)
    view.add_run(second)  # no network kept for this one
    assert table.rowCount() == 2
    row = [table.item(0, column).text() for column in range(1, 6)]
    started = time.strftime("%H:%M", time.localtime(first.started))
    assert row[0] == f"#1 · {started}"  # the number and start time: the settings are the next column's, not repeated
    assert "lr 0.1" in row[1] and "30 hidden" in row[1] and row[2] == "finished"
    assert row[3] == f"{100 * first.final_test_accuracy:.2f} %"

    with qtbot.waitSignal(view.overlayChanged, timeout=WAIT) as overlay:
        table.item(1, 0).setCheckState(Qt.CheckState.Checked)
    assert overlay.args[0] == [second]
    with qtbot.waitSignal(view.overlayChanged, timeout=WAIT) as overlay:
        view.set_overlay(0, True)
    assert overlay.args[0] == [first, second]
    with qtbot.waitSignal(view.overlayChanged, timeout=WAIT) as overlay:
        view.set_overlay(1, False)
    assert overlay.args[0] == [first]

    save = child(view, QPushButton, "saveRunButton")
    table.selectRow(1)
    assert not save.isEnabled() and not view.save_selected(tmp_path / "none.npz")
    table.selectRow(0)
    assert save.isEnabled()
    assert view.save_selected(tmp_path / "run.npz")
    network, extras = load_with_extras(tmp_path / "run.npz")
    np.testing.assert_array_equal(network.w_ih, first_network.w_ih)
    np.testing.assert_array_equal(extras["history_test_accuracy"], first.to_arrays()["history_test_accuracy"])
    assert view.export_selected(tmp_path / "run.csv")
    assert (tmp_path / "run.csv").read_text() == first.curves_csv() + "\n" + first.epochs_csv()


def test_runs_view_reports_a_failed_save(qtbot, small, tmp_path):
    view = RunsView()
    qtbot.addWidget(view)
    history, network = make_run(small, 1, 0.1)
    view.add_run(history, network)
    with qtbot.waitSignal(view.error, timeout=WAIT) as failed:
        assert not view.save_selected(tmp_path / "no-such-folder" / "run.npz")
    assert "no-such-folder" in failed.args[0]


# -- my handwriting ------------------------------------------------------------------
def a_digit(dataset, index):
    return dataset.test_images[index].astype(np.float32) / 255


def test_personal_view_adds_and_survives_a_restart(qtbot, small, tmp_path):
    path = tmp_path / "data" / "personal-digits.npz"
    view = PersonalView(path)
    qtbot.addWidget(view)
    view.show()
    buttons = child(view, QWidget, "personalLabelRow")
    digits = child(view, QListWidget, "personalList")
    assert view.objectName() == "personalView" and not buttons.isEnabled() and digits.count() == 0
    for index in range(3):
        view.set_current(a_digit(small, index))
        qtbot.mouseClick(child(view, QToolButton, f"personalLabelButton{small.test_labels[index]}"), LEFT)
    view.set_current(None)
    assert not buttons.isEnabled() and digits.count() == 3 and path.is_file()

    restarted = PersonalView(path)
    qtbot.addWidget(restarted)
    assert restarted.list.count() == 3
    assert [restarted.list.item(i).text() for i in range(3)] == [str(label) for label in small.test_labels[:3]]
    np.testing.assert_array_equal(restarted.personal.images[0], a_digit(small, 0))

    digits.item(1).setSelected(True)
    qtbot.mouseClick(child(view, QPushButton, "removePersonalButton"), LEFT)
    assert digits.count() == 2 and len(PersonalView(path).personal) == 2


def test_personal_view_shows_accuracy_and_fine_tunes(qtbot, small, tmp_path):
    view = PersonalView(tmp_path / "personal-digits.npz")
    qtbot.addWidget(view)
    network = NeuralNetwork(seed=0)
    list(train(network, small, TrainingConfig(epochs=1, limit=2000, snapshot_weights=False)))
    view.set_network(network)
    weights_before = network.w_ih.copy()
    for index in range(20):
        view.set_current(a_digit(small, 100 + index))
        view.add_current((int(small.test_labels[100 + index]) + 1) % 10)  # labels the network cannot know
    label = child(view, QLabel, "personalAccuracyLabel")
    right = int((view.personal.predictions(network) == view.personal.labels).sum())
    assert label.text() == f"The network reads {right} of your 20 digits right ({100 * right / 20:.0f} %)"
    tune = child(view, QPushButton, "fineTuneButton")
    assert not tune.isEnabled()  # no MNIST yet
    view.set_dataset(small)
    assert tune.isEnabled()
    view.show()
    bar = child(view, QProgressBar, "fineTuneProgressBar")
    assert not bar.isVisible()  # an idle "Not started" bar looked like a button
    with qtbot.waitSignal(view.networkTuned, timeout=WAIT) as tuned:
        qtbot.mouseClick(tune, LEFT)
        assert bar.isVisible()  # while it runs
    qtbot.waitUntil(lambda: not view.is_running(), timeout=WAIT)
    assert not bar.isVisible()  # done: the status line under the list says how it went
    new_network = tuned.args[0]
    assert new_network is not network and view.network is new_network
    assert view.personal.accuracy(new_network) > right / 20
    np.testing.assert_array_equal(network.w_ih, weights_before)  # it tuned a copy: the original is left alone
    assert "→" in child(view, QLabel, "personalStatusLabel").text()


def test_personal_view_cancel_leaves_the_network(qtbot, small, tmp_path):
    view = PersonalView(tmp_path / "p.npz")
    qtbot.addWidget(view)
    network = NeuralNetwork(seed=0)
    view.set_network(network)
    view.set_dataset(small)
    view.set_current(a_digit(small, 0))
    view.add_current(int(small.test_labels[0]))
    tuned = []
    view.networkTuned.connect(tuned.append)
    view.fine_tune()
    view.cancel()
    assert view.shutdown()
    qtbot.waitUntil(lambda: not view.is_running(), timeout=WAIT)
    assert tuned == [] and view.network is network


def test_personal_view_reports_an_unreadable_file(qtbot, tmp_path):
    path = tmp_path / "personal-digits.npz"
    path.write_text("garbage")
    view = PersonalView(path)
    qtbot.addWidget(view)
    assert view.list.count() == 0 and str(path) in child(view, QLabel, "personalStatusLabel").text()
