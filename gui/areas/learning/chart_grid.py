"""Grid lines for a chart that a new point on a curve does not have to repaint.

pyqtgraph draws a plot's grid as part of its axes (``showGrid``), so the axes then cover the
whole plot: every time a curve moves, both axes, their tick labels included, are painted
again. While the network trains that was half of each chart's paint and the longest waits of
the window's timer (bench/bench_gui.py: p99 lateness 8.5–12 ms with the axes' grid, 2.8–6.4 ms
without). ``ChartGrid`` draws the same lines — at the axes' major and minor ticks — as two
line items in the plot, redrawn only when the range changes.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg

MAJOR_COLOUR = "#d4d4d4"  # the axes' grey (#555) at a quarter on white: the look of showGrid(alpha=0.25)
MINOR_COLOUR = "#ececec"


class ChartGrid:
    """Vertical and horizontal lines at the bottom and left axes' ticks, behind the curves."""

    def __init__(self, plot: pg.PlotItem):
        self._plot = plot
        self.major = pg.PlotDataItem(pen=pg.mkPen(MAJOR_COLOUR, width=1), connect="pairs")
        self.minor = pg.PlotDataItem(pen=pg.mkPen(MINOR_COLOUR, width=1), connect="pairs")
        for z, item in ((-20, self.minor), (-10, self.major)):
            item.setZValue(z)
            plot.addItem(item, ignoreBounds=True)
        plot.vb.sigRangeChanged.connect(self.update)
        plot.vb.sigResized.connect(self.update)
        self.update()

    def update(self, *_args) -> None:
        view = self._plot.vb
        (x_low, x_high), (y_low, y_high) = view.viewRange()
        width, height = max(view.width(), 1.0), max(view.height(), 1.0)
        x_levels = self._plot.getAxis("bottom").tickValues(x_low, x_high, width)
        y_levels = self._plot.getAxis("left").tickValues(y_low, y_high, height)
        for level, item in enumerate((self.major, self.minor)):
            xs = x_levels[level][1] if level < len(x_levels) else []
            ys = y_levels[level][1] if level < len(y_levels) else []
            if level:  # a minor line where a major one is already drawn would only darken it
                xs = [x for x in xs if not _near(x, x_levels[0][1])]
                ys = [y for y in ys if not _near(y, y_levels[0][1])]
            item.setData(*segments(xs, ys, (x_low, x_high), (y_low, y_high)))

    def tick_positions(self) -> tuple[np.ndarray, np.ndarray]:
        """The major lines' x positions (vertical lines) and y positions (horizontal lines)."""
        xs, ys = self.major.getData()
        if xs is None:
            return np.zeros(0), np.zeros(0)
        vertical = xs[0::2] == xs[1::2]
        return np.unique(xs[0::2][vertical]), np.unique(ys[0::2][~vertical])


def segments(xs, ys, x_range: tuple[float, float], y_range: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    """Point pairs (for connect="pairs"): a vertical line at each x, a horizontal one at each y, across the ranges."""
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    vertical_x = np.repeat(xs, 2)
    vertical_y = np.tile(np.asarray(y_range, dtype=float), len(xs))
    horizontal_x = np.tile(np.asarray(x_range, dtype=float), len(ys))
    horizontal_y = np.repeat(ys, 2)
    return np.concatenate([vertical_x, horizontal_x]), np.concatenate([vertical_y, horizontal_y])


def _near(value: float, others) -> bool:
    return any(abs(value - other) <= 1e-9 * max(1.0, abs(other)) for other in others)
