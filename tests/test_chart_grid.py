"""The charts' grid (gui/chart_grid.py): lines at the axes' ticks, kept apart from the axes so that a
new point on a curve does not repaint them."""
import numpy as np
import pytest

from gui.chart_grid import segments


def test_segments_are_one_pair_of_points_per_line():
    xs, ys = segments([1.0, 2.0], [10.0], (0.0, 5.0), (0.0, 20.0))
    # vertical lines at x = 1 and 2 over the y range, then a horizontal line at y = 10 over the x range
    np.testing.assert_array_equal(xs, [1, 1, 2, 2, 0, 5])
    np.testing.assert_array_equal(ys, [0, 20, 0, 20, 10, 10])


@pytest.fixture
def charts(qtbot):
    from gui.charts import TrainingCharts

    widget = TrainingCharts()
    qtbot.addWidget(widget)
    widget.resize(900, 320)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


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
    from core.history import RunHistory

    history = RunHistory(settings={"epochs": 1}, name="run")
    history._add_point(1000, 0.5, 0.5, 0.1)
    charts.start_run(60_000, 60_000)
    charts.show_history(history)
    legend = charts.loss_widget.getPlotItem().legend
    names = [label.text for _, label in legend.items]
    assert len(names) == 2 and all(names)  # the two loss curves only
