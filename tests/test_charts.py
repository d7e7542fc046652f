"""The charts tell the story: a first point at sample 0, epoch marks, a zooming accuracy axis,
no clipped markers, and guidance while empty; the start point in the core, the history and the CLI."""
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import main
from core.history import RunHistory
from core.network import NeuralNetwork
from core.training import Baseline, Evaluation, Progress, TrainingConfig, TrainingControl, evaluate, train
from gui.areas.learning.chart_grid import segments
from checks import WAIT

LEFT = Qt.MouseButton.LeftButton


# -- the start point in the core ----------------------------------------------------------------------
def test_a_run_begins_with_the_untrained_network_tested_at_sample_0(mnist):
    network = NeuralNetwork(seed=3)
    accuracy, loss, _ = evaluate(network, mnist.test_images, mnist.test_labels)
    events = list(train(network, mnist, TrainingConfig(epochs=1, limit=2000, seed=0, snapshot_weights=False)))
    first = events[0]
    assert isinstance(first, Baseline) and first.samples_seen == 0
    assert first.test_accuracy == accuracy < 0.2 and first.test_loss == pytest.approx(loss)  # chance: ~10 %
    assert sum(isinstance(event, Baseline) for event in events) == 1
    assert [event.epoch for event in events if isinstance(event, Evaluation)] == [1]  # the start is no epoch


def test_a_continued_run_begins_where_the_network_is(mnist, trained):
    network = trained.copy()
    first = next(train(network, mnist, TrainingConfig(epochs=1, limit=1000, snapshot_weights=False)))
    assert isinstance(first, Baseline) and first.test_accuracy > 0.85


def test_a_run_stopped_before_it_starts_tests_nothing(mnist):
    control = TrainingControl()
    control.stop()
    assert list(train(NeuralNetwork(seed=0), mnist, TrainingConfig(epochs=1, limit=1000), control)) == []


def test_the_command_line_prints_the_start_apart_from_the_epoch_rows(tmp_path, capsys):
    assert main.main(["train", "--epochs", "1", "--limit", "1000", "--save", str(tmp_path / "m.npz")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("before training: test accuracy ") and lines[1].startswith("epoch 1/1: ")
    assert main.main(["train", "--epochs", "1", "--limit", "1000", "--json", "--save", str(tmp_path / "m.npz")]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1  # JSON: one record per epoch, as before


# -- the start point in the history -------------------------------------------------------------------
def history_of_two_epochs(per_epoch=4000, final=(0.955, 0.968), report=500) -> RunHistory:
    """A run as the app records it: the start, a report every ``report`` samples, a test point per epoch."""
    history = RunHistory(settings={"epochs": 2}, name="#1")
    history.add_baseline(Baseline(test_accuracy=0.098, test_loss=1.3, learning_rate=0.1))
    for seen in range(report, 2 * per_epoch + 1, report):
        climb = 1 - np.exp(-seen / 800)
        accuracy = 0.1 + (0.85 + 0.1 * seen / (2 * per_epoch)) * climb
        history.add_progress(Progress(seen, 2 * per_epoch, 1 + (seen - 1) // per_epoch, 2, 1.2 * (1 - climb) + 0.03, accuracy, 0.1, 0.9, 1000.0, 1.0, 0.1))
        if seen % per_epoch == 0:
            epoch = seen // per_epoch
            history.add_evaluation(Evaluation(epoch, seen, final[epoch - 1], 0.03, 0.04, 0.9, 1.0, 4000.0, np.zeros(10)))
    history.outcome = "finished"
    return history


def test_the_history_begins_at_sample_0_and_keeps_the_start_through_a_file():
    history = history_of_two_epochs()
    assert history.samples[0] == 0 and history.accuracy[0] == 0.098 and history.loss[0] == 1.3
    assert history.smoothed_loss[0] == 1.3
    np.testing.assert_array_equal(history.test_points()[0], [0, 4000, 8000])
    assert [row["epoch"] for row in history.epochs] == [1, 2] and history.final_test_accuracy == 0.968
    assert history.curves_csv().splitlines()[1].startswith("0,1.3,1.3,0.098,")
    assert history.epochs_csv().splitlines()[1] == "0,0,0.098,1.3,,,,"
    back = RunHistory.from_arrays(history.to_arrays())
    assert back == history and back.baseline == {"test_accuracy": 0.098, "test_loss": 1.3}


def test_an_older_file_without_the_start_has_none():
    arrays = history_of_two_epochs().to_arrays()
    import json

    record = json.loads(str(arrays["history_record"]))
    del record["baseline"]
    arrays["history_record"] = np.array(json.dumps(record))
    back = RunHistory.from_arrays(arrays)
    assert back.baseline is None
    np.testing.assert_array_equal(back.test_points()[0], [4000, 8000])
    assert back.epochs_csv().splitlines()[1].startswith("1,4000,")
    older = {key: value for key, value in arrays.items() if not key.startswith(("history_epoch_", "history_record"))}
    assert [row["epoch"] for row in RunHistory.from_arrays(older).epochs] == [1, 2]  # the start is no epoch there either


# -- the charts ----------------------------------------------------------------------------------------
@pytest.fixture
def charts(qtbot):
    from gui.areas.learning.charts import TrainingCharts

    widget = TrainingCharts()
    qtbot.addWidget(widget)
    widget.resize(900, 320)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def y_range(widget):
    return widget.getPlotItem().vb.viewRange()[1]


def x_range(widget):
    return widget.getPlotItem().vb.viewRange()[0]


def test_empty_charts_say_what_to_do_until_a_run_starts(charts):
    charts.set_dataset_sizes(60_000, 10_000)
    for widget, item in charts.guidance.items():
        assert item.isVisible() and "Press Start (F5) to train on 60,000 digits." in item.toPlainText()
        assert not widget.getPlotItem().legend.isVisible()
        x0, x1 = x_range(widget)
        assert x0 <= 0 and 60_000 <= x1 < 66_000  # the samples of one epoch, not 0…1
    y0, y1 = y_range(charts.accuracy_widget)
    assert y0 <= 0 and 100 <= y1 < 105
    charts.start_run(60_000, 120_000)
    assert not any(item.isVisible() for item in charts.guidance.values())
    assert charts.accuracy_widget.getPlotItem().legend.isVisible()
    charts.clear()
    assert all(item.isVisible() for item in charts.guidance.values())


def test_epoch_marks_number_the_epochs_of_the_run(charts):
    charts.start_run(4000, 12_000)
    assert charts.epoch_lines() == [4000, 8000]
    assert charts.epoch_labels() == [(2000, "epoch 1"), (6000, "epoch 2"), (12_000, "epoch 3")]  # the last ends at the right edge
    charts.start_run(4000, 8000, first_epoch=10)  # a run that continues a network trained for 9 epochs
    assert [text for _, text in charts.epoch_labels()] == ["epoch 10", "epoch 11"]
    charts.start_run(1000, 40_000)  # 40 epochs: a label every few, each with room to be read
    xs = [x for x, _ in charts.epoch_labels()]
    assert 3 <= len(xs) <= 8 and xs[-1] == 40_000
    vb = charts.loss_widget.getPlotItem().vb
    assert min(np.diff(xs[:-1])) / 40_000 * vb.width() >= 60


def test_the_last_epoch_label_is_whole_inside_the_chart(charts, qtbot):
    """At 1024×640 "epoch 20" was cut to "epoch 2(" at the chart's right edge."""
    charts.resize(420, 300)
    charts.start_run(3000, 60_000)  # 20 epochs
    charts.loss_widget.getPlotItem().vb.setXRange(0, 60_000, padding=0)
    qtbot.waitUntil(lambda: charts.loss_widget.getPlotItem().vb.viewRange()[0][1] == 60_000, timeout=WAIT)
    QApplication.processEvents()
    vb = charts.loss_widget.getPlotItem().vb
    last = max((item for plot, item in charts._epoch_items if getattr(item, "label", None) is not None and item.isVisible()
                and plot is charts.loss_widget.getPlotItem()), key=lambda item: item.value())
    assert last.label.toPlainText() == "epoch 20"
    last.label.updatePosition()
    text = last.label.mapRectToScene(last.label.boundingRect())
    box = vb.sceneBoundingRect()
    assert box.left() - 0.5 <= text.left() and text.right() <= box.right() + 0.5, (text, box)


def test_a_history_shown_after_open_brings_its_epoch_marks(charts):
    charts.show_history(history_of_two_epochs())
    assert charts.epoch_lines() == [4000]
    assert [text for _, text in charts.epoch_labels()] == ["epoch 1", "epoch 2"]
    assert not any(item.isVisible() for item in charts.guidance.values())


def test_accuracy_zooms_in_after_the_first_epoch_and_back_to_0_100(charts, qtbot):
    history = history_of_two_epochs(per_epoch=60_000, report=1000)
    charts.start_run(60_000, 120_000)
    charts.show_history(history)
    test_accuracy = 100 * np.array([row["test_accuracy"] for row in history.epochs])
    y0, y1 = y_range(charts.accuracy_widget)
    assert 0 < y0 < test_accuracy.min() and y1 >= 100
    assert y0 > 50  # zoomed: the climb from 10 % is below
    loss_top = y_range(charts.loss_widget)[1]
    assert loss_top < 0.5  # the loss zooms too: not the first 1.3

    charts.accuracy_zoom.click()
    assert not charts.accuracy_zoom.isChecked()
    y0, y1 = y_range(charts.accuracy_widget)
    assert -5 < y0 <= 0 and 100 <= y1 < 105
    charts.loss_zoom.click()
    assert y_range(charts.loss_widget)[1] >= 1.3


def test_a_zoomed_axis_changes_in_steps_not_with_every_point(charts):
    """A new range re-lays the axis and repaints the chart (5–15 ms while training): a zoomed axis keeps the range
    it shows while the wanted one fits in it and is not much narrower; otherwise it takes the wanted one."""
    widget = charts.accuracy_widget
    charts._set_range(widget, "y", (80.0, 100.6))
    assert charts._steady(widget, (82.0, 100.5)) == (80.0, 100.6)  # fits, and 20.6 ≤ 1.3 × 18.5: stays
    assert charts._steady(widget, (78.0, 100.5)) == (78.0, 100.5)  # the curve dipped below: follows at once
    assert charts._steady(widget, (90.0, 100.3)) == (90.0, 100.3)  # 20.6 > 1.3 × 10.3: zooms in
    history = history_of_two_epochs(per_epoch=60_000, report=1000)
    charts.start_run(60_000, 120_000)
    charts.show_history(history)
    shown = y_range(widget)
    charts.accuracy_zoom.click()  # off and on again: the axis shows the exact zoom again, not a kept range
    charts.accuracy_zoom.click()
    np.testing.assert_allclose(y_range(widget), shown)


def test_the_left_axis_grows_for_wider_labels_but_never_shrinks_back(charts, qtbot):
    """Each change of an axis's width re-lays out the chart and repaints it twice: 0.1 → 0.035 → 0.1 changes it once."""
    plot = charts.loss_widget.getPlotItem()
    axis = plot.getAxis("left")

    def width_for(top):
        plot.setYRange(0, top, padding=0)
        for _ in range(2):  # the axis measures its labels when it paints; the layout follows on the next events
            charts.loss_widget.grab()
            QApplication.processEvents()
        return axis.width()

    narrow = width_for(1.3)
    wide = width_for(0.0345)
    assert wide > narrow  # the longer tick labels got their room
    assert width_for(1.3) == wide


def test_accuracy_stays_0_100_during_the_first_climb(charts):
    history = history_of_two_epochs()
    first_epoch = RunHistory(samples=history.samples[:5], loss=history.loss[:5], smoothed_loss=history.smoothed_loss[:5],
                             accuracy=history.accuracy[:5], learning_rate=history.learning_rate[:5], baseline=history.baseline)
    charts.start_run(4000, 8000)
    charts.show_history(first_epoch)
    y0, y1 = y_range(charts.accuracy_widget)
    assert y0 <= 0 and y1 >= 100


def test_a_one_epoch_run_keeps_its_whole_climb_in_view(charts):
    """A run of one epoch is all climb: its end shows the whole story from about 10 %, not a zoom on the last third."""
    history = history_of_two_epochs(per_epoch=4000)
    keep = [i for i, seen in enumerate(history.samples) if seen <= 4000]
    one_epoch = RunHistory(samples=[history.samples[i] for i in keep], loss=[history.loss[i] for i in keep],
                           smoothed_loss=[history.smoothed_loss[i] for i in keep], accuracy=[history.accuracy[i] for i in keep],
                           learning_rate=[history.learning_rate[i] for i in keep], baseline=history.baseline, epochs=history.epochs[:1])
    charts.start_run(4000, 4000)
    charts.show_history(one_epoch)
    y0, y1 = y_range(charts.accuracy_widget)
    assert y0 <= 0 and y1 >= 100
    assert y_range(charts.loss_widget)[1] >= 1.3


def test_the_test_markers_are_inside_the_view_with_room(charts):
    history = history_of_two_epochs()
    charts.start_run(4000, 8000)
    charts.show_history(history)
    xs, _ = charts.test_curve.getData()
    (x0, x1), _ = charts.accuracy_widget.getPlotItem().vb.viewRange()
    pixels_per_sample = charts.accuracy_widget.getPlotItem().vb.width() / (x1 - x0)
    radius = charts.test_curve.opts["symbolSize"] / 2 + 1  # with its white rim
    assert (xs[0] - x0) * pixels_per_sample >= radius  # the start, at sample 0
    assert (x1 - xs[-1]) * pixels_per_sample >= radius  # the last test point, at the run's end


def test_the_legend_speaks_plainly(charts):
    charts.set_dataset_sizes(60_000, 10_000)
    names = [label.text for plot in (charts.loss_widget, charts.accuracy_widget) for _, label in plot.getPlotItem().legend.items]
    assert "average, last 1,000 samples" in names and "training, last 1,000 samples" in names
    assert "test set: 10,000 new images" in names


# -- in the window ----------------------------------------------------------------------------------------
def start(window, qtbot, epochs):
    panel = window.training_panel
    panel.epochs_spin.setValue(epochs)
    panel.learning_rate_spin.setValue(0.1)
    panel.batch_spin.setValue(1)
    qtbot.mouseClick(panel.start_button, LEFT)
    assert window.session.state == "running"


def test_a_run_in_the_window_draws_from_sample_0_with_a_mark_between_its_epochs(window, qtbot):
    assert all(item.isVisible() for item in window.charts.guidance.values())
    assert "4,000 digits" in window.charts.guidance[window.charts.loss_widget].toPlainText()  # small MNIST
    start(window, qtbot, epochs=2)
    assert not any(item.isVisible() for item in window.charts.guidance.values())
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    history = window.session.runs[-1]
    assert history.outcome == "finished" and history.samples[0] == 0 and history.baseline["test_accuracy"] < 0.2
    xs, ys = window.charts.test_curve.getData()
    assert list(xs) == [0, 4000, 8000] and ys[0] < 20 and ys[-1] > 80
    assert window.charts.train_curve.getData()[0][0] == 0
    assert window.charts.epoch_lines() == [4000]
    assert [text for _, text in window.charts.epoch_labels()] == ["epoch 1", "epoch 2"]


def test_stop_right_after_start_still_stops(window, qtbot):
    start(window, qtbot, epochs=3)
    qtbot.mouseClick(window.training_panel.stop_button, LEFT)
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    assert window.session.runs[-1].outcome == "stopped"


def test_a_slow_run_starts_with_a_short_x_axis_that_doubles(charts):
    """At a slow pace the first 1,000 samples fill the chart, then the axis doubles as the samples come."""
    history = history_of_two_epochs(per_epoch=60_000, report=500)
    charts.start_run(60_000, 120_000, first_view=1000)
    assert x_range(charts.loss_widget)[1] < 1200
    first = RunHistory(samples=history.samples[:4], loss=history.loss[:4], smoothed_loss=history.smoothed_loss[:4],
                       accuracy=history.accuracy[:4], learning_rate=history.learning_rate[:4], baseline=history.baseline)
    assert first.samples[-1] == 1500
    charts.show_history(first)
    assert 1500 < x_range(charts.loss_widget)[1] < 2500  # doubled once: 2,000
    charts.show_history(history)  # the pace went up: far past the axis at once
    assert x_range(charts.loss_widget)[1] >= 120_000


# -- the grid (gui/areas/learning/chart_grid.py): lines at the axes' ticks, apart from the axes, so a new point does not repaint them --
def test_segments_are_one_pair_of_points_per_line():
    xs, ys = segments([1.0, 2.0], [10.0], (0.0, 5.0), (0.0, 20.0))
    # vertical lines at x = 1 and 2 over the y range, then a horizontal line at y = 10 over the x range
    np.testing.assert_array_equal(xs, [1, 1, 2, 2, 0, 5])
    np.testing.assert_array_equal(ys, [0, 20, 0, 20, 10, 10])


def test_grid_lines_follow_the_axes_ticks_and_the_axes_draw_none(charts, qtbot):
    charts.start_run(60_000, 300_000)
    for widget in (charts.loss_widget, charts.accuracy_widget):
        plot = widget.getPlotItem()
        assert plot.getAxis("left").grid is False and plot.getAxis("bottom").grid is False
        view = plot.vb
        (x_low, x_high), (y_low, y_high) = view.viewRange()
        x_ticks = plot.getAxis("bottom").tickValues(x_low, x_high, view.width())[0][1]
        y_ticks = plot.getAxis("left").tickValues(y_low, y_high, view.height())[0][1]
        xs, ys = widget.grid.tick_positions()
        np.testing.assert_allclose(xs, np.unique(x_ticks))
        np.testing.assert_allclose(ys, np.unique(y_ticks))
    # a new range (the second doubling of the x axis) moves the lines with it
    before = charts.loss_widget.grid.tick_positions()[0]
    charts.loss_widget.getPlotItem().setXRange(0, 250_000, padding=0)
    after = charts.loss_widget.grid.tick_positions()[0]
    assert after.max() > before.max()


def test_the_grid_stays_out_of_the_legend(charts):
    history = RunHistory(settings={"epochs": 1}, name="run")
    history._add_point(1000, 0.5, 0.5, 0.1)
    charts.start_run(60_000, 60_000)
    charts.show_history(history)
    legend = charts.loss_widget.getPlotItem().legend
    names = [label.text for _, label in legend.items]
    assert len(names) == 2 and all(names)  # the two loss curves only


def test_the_legends_lie_under_the_curves_never_on_them(charts, qtbot):
    """Under the x axis (inside the plot they lay on the curves, and at 1024 px their keys were cut)."""
    charts.set_dataset_sizes(60_000, 10_000)
    charts.start_run(60_000, 300_000)  # a run: the legends show (an empty chart shows what to do instead)
    charts.resize(480, 300)
    charts.show()
    qtbot.waitExposed(charts)
    for widget in (charts.loss_widget, charts.accuracy_widget):
        assert widget.getPlotItem().legend.isVisible()
        plot = widget.getPlotItem()
        legend, view_box, x_axis = plot.legend, plot.getViewBox(), plot.getAxis("bottom")
        for _ in range(2):  # laid out: a paint, then the layout's events
            widget.grab()
            QApplication.processEvents()
        legend_rect = legend.sceneBoundingRect()
        assert not legend_rect.intersects(view_box.sceneBoundingRect())
        assert legend_rect.top() >= x_axis.sceneBoundingRect().bottom() - 1
        assert widget.sceneRect().contains(legend_rect)  # whole, not cut
