"""Live loss and accuracy curves against samples seen (pyqtgraph).

Plot items are created once; ``show_history`` only calls ``setData``. Hovering a
plot shows the values at the nearest point; other runs can be overlaid, dashed.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from core.history import RunHistory

LOSS_COLOUR = "#d95f02"
SMOOTH_COLOUR = "#7f2704"
TRAIN_COLOUR = "#1b9e77"
TEST_COLOUR = "#3f51b5"
TEXT_COLOUR = "#222222"  # the plots are white in light and dark themes: dark text (pyqtgraph's grey is 2.9:1)
AXIS_COLOUR = "#555555"
OVERLAY_COLOURS = ["#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"]


class HoverReadout:
    """A vertical line and a text that follow the mouse, reading the curves at the nearest point."""

    def __init__(self, plot: pg.PlotItem, curves: list[tuple[str, pg.PlotDataItem, str]]):
        self.plot = plot
        self.curves = curves
        self.line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#999999", style=Qt.PenStyle.DashLine))
        self.text = pg.TextItem(anchor=(0, 0), color="#222222", fill=pg.mkBrush(255, 255, 255, 220), border="#bbbbbb")
        for item in (self.line, self.text):
            item.setZValue(100)
            item.hide()
            plot.addItem(item, ignoreBounds=True)
        plot.scene().sigMouseMoved.connect(self.on_mouse_moved)

    def on_mouse_moved(self, scene_position) -> None:
        if not self.plot.sceneBoundingRect().contains(scene_position):
            self.line.hide()
            self.text.hide()
            return
        x = self.plot.vb.mapSceneToView(scene_position).x()
        lines = []
        for label, curve, fmt in self.curves:
            xs, ys = curve.getData()
            if xs is None or len(xs) == 0:
                continue
            i = int(np.clip(np.searchsorted(xs, x), 0, len(xs) - 1))
            if i > 0 and abs(xs[i - 1] - x) < abs(xs[i] - x):
                i -= 1
            lines.append(f"{label}: {fmt.format(ys[i])}  @ {int(xs[i]):,}")
        if not lines:
            self.line.hide()
            self.text.hide()
            return
        self.line.setPos(x)
        self.text.setText("\n".join(lines))
        (x0, x1), (y0, y1) = self.plot.vb.viewRange()
        self.text.setPos(x if x < (x0 + x1) / 2 else x - (x1 - x0) * 0.35, y1)
        self.line.show()
        self.text.show()


def _make_plot(object_name: str, title: str, y_label: str) -> pg.PlotWidget:
    widget = pg.PlotWidget(background="w")
    widget.setObjectName(object_name)
    plot = widget.getPlotItem()
    plot.setTitle(title, color=TEXT_COLOUR, size="11pt")
    for name in ("left", "bottom"):
        plot.getAxis(name).setPen(AXIS_COLOUR)
        plot.getAxis(name).setTextPen(TEXT_COLOUR)
    plot.setLabel("left", y_label)
    plot.showGrid(x=True, y=True, alpha=0.25)
    plot.setMenuEnabled(False)
    plot.getAxis("left").enableAutoSIPrefix(False)
    plot.getAxis("bottom").enableAutoSIPrefix(False)
    widget.setMinimumSize(260, 180)
    return widget


class TrainingCharts(QWidget):
    """The loss chart (``lossPlot``) and the accuracy chart (``accuracyPlot``), side by side."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trainingCharts")
        self.loss_widget = _make_plot("lossPlot", self.tr("Loss"), self.tr("loss  ½Σ(t−o)²"))
        self.accuracy_widget = _make_plot("accuracyPlot", self.tr("Accuracy"), self.tr("accuracy (%)"))
        self.loss_widget.getPlotItem().setLabel("bottom", self.tr("samples seen"))
        self.accuracy_widget.getPlotItem().setLabel("bottom", self.tr("samples seen"))
        self.accuracy_widget.setYRange(0, 100)
        self.loss_widget.setAccessibleName(self.tr("Loss chart"))
        self.loss_widget.setAccessibleDescription(self.tr("Training loss against samples seen, running and smoothed"))
        self.accuracy_widget.setAccessibleName(self.tr("Accuracy chart"))
        self.accuracy_widget.setAccessibleDescription(
            self.tr("Training accuracy against samples seen, and test accuracy at the end of each epoch")
        )

        loss_plot = self.loss_widget.getPlotItem()
        loss_plot.addLegend(offset=(-10, 10), labelTextColor=TEXT_COLOUR)
        self.loss_curve = loss_plot.plot(name=self.tr("running"), pen=pg.mkPen(LOSS_COLOUR, width=1), antialias=True)
        self.loss_curve.setOpacity(0.45)
        self.smooth_curve = loss_plot.plot(name=self.tr("smoothed"), pen=pg.mkPen(SMOOTH_COLOUR, width=2.5), antialias=True)

        accuracy_plot = self.accuracy_widget.getPlotItem()
        accuracy_plot.addLegend(offset=(-10, -10), labelTextColor=TEXT_COLOUR)
        self.train_curve = accuracy_plot.plot(name=self.tr("training (running)"), pen=pg.mkPen(TRAIN_COLOUR, width=2), antialias=True)
        self.test_curve = accuracy_plot.plot(
            name=self.tr("test (end of epoch)"),
            pen=pg.mkPen(TEST_COLOUR, width=2, style=Qt.PenStyle.DashLine),
            symbol="o",
            symbolSize=9,
            symbolBrush=TEST_COLOUR,
            symbolPen="w",
        )
        self.overlay_curves: list[pg.PlotDataItem] = []
        self._x_limit: float | None = None  # while a run grows: the x axis's end (see start_run)
        self._total_samples = 0
        self.loss_readout = HoverReadout(loss_plot, [(self.tr("loss"), self.smooth_curve, "{:.4f}")])
        self.accuracy_readout = HoverReadout(
            accuracy_plot,
            [(self.tr("training"), self.train_curve, "{:.2f} %"), (self.tr("test"), self.test_curve, "{:.2f} %")],
        )

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.loss_widget)
        layout.addWidget(self.accuracy_widget)

    def clear(self) -> None:
        for curve in (self.loss_curve, self.smooth_curve, self.train_curve, self.test_curve):
            curve.setData([], [])
        self._x_limit = None
        for widget in (self.loss_widget, self.accuracy_widget):
            widget.getPlotItem().enableAutoRange(x=True)

    def start_run(self, samples_per_epoch: int, total_samples: int) -> None:
        """Empty curves, and an x axis that grows in steps (one epoch, then doubling up to the whole run):
        auto-range on every update would re-range, and repaint, each chart twice."""
        self.clear()
        self._total_samples = total_samples
        self._set_x_limit(min(samples_per_epoch, total_samples))

    def _set_x_limit(self, limit: float) -> None:
        self._x_limit = limit
        for widget in (self.loss_widget, self.accuracy_widget):
            widget.getPlotItem().setXRange(0, limit, padding=0.02)  # also turns x auto-range off

    def show_history(self, history: RunHistory) -> None:
        """Redraw the current run's curves from its history."""
        samples = np.asarray(history.samples, dtype=float)
        if self._x_limit is not None and len(samples) and samples[-1] > self._x_limit:
            self._set_x_limit(min(2 * self._x_limit, self._total_samples))
        self.loss_curve.setData(samples, np.asarray(history.loss, dtype=float))
        self.smooth_curve.setData(samples, np.asarray(history.smoothed_loss, dtype=float))
        self.train_curve.setData(samples, 100 * np.asarray(history.accuracy, dtype=float))
        test_samples, test_accuracy = history.test_points()
        self.test_curve.setData(test_samples, 100 * test_accuracy)

    def set_overlays(self, runs: list[RunHistory]) -> None:
        """Draw other runs' smoothed loss and accuracy, dotted, to compare with the current one."""
        for plot, curve in self.overlay_curves:
            plot.removeItem(curve)  # also takes it out of the legend
        self._x_limit = None  # other runs may be longer: show all of every curve
        for widget in (self.loss_widget, self.accuracy_widget):
            widget.getPlotItem().enableAutoRange(x=True)
        self.overlay_curves = []
        loss_plot, accuracy_plot = self.loss_widget.getPlotItem(), self.accuracy_widget.getPlotItem()
        for i, run in enumerate(runs):
            colour = OVERLAY_COLOURS[i % len(OVERLAY_COLOURS)]
            pen = pg.mkPen(colour, width=1.5, style=Qt.PenStyle.DotLine)
            samples = np.asarray(run.samples, dtype=float)
            test_samples, test_accuracy = run.test_points()
            self.overlay_curves += [
                (loss_plot, loss_plot.plot(samples, np.asarray(run.smoothed_loss, dtype=float), pen=pen, name=run.name)),
                (accuracy_plot, accuracy_plot.plot(samples, 100 * np.asarray(run.accuracy, dtype=float), pen=pen, name=run.name)),
                (accuracy_plot, accuracy_plot.plot(test_samples, 100 * test_accuracy, pen=None, symbol="s", symbolSize=7, symbolBrush=colour)),
            ]

    def export_image(self, path: str) -> bool:
        """Both charts as one PNG, as they are on screen."""
        return self.grab().save(path)


def export_plot(plot_widget: pg.PlotWidget, path: str) -> None:
    """One chart as PNG (twice its on-screen size) or SVG, by the path's suffix."""
    from pyqtgraph import exporters

    plot = plot_widget.getPlotItem()
    if str(path).lower().endswith(".svg"):
        _export_svg(plot_widget, path)  # pyqtgraph's SVGExporter fails here (pyqtgraph#3485)
        return
    exporter = exporters.ImageExporter(plot)
    exporter.parameters()["width"] = int(plot.sceneBoundingRect().width() * 2)
    exporter.export(str(path))


def export_plots(widgets: dict[str, pg.PlotWidget], directory, suffix: str = ".png") -> list[Path]:
    """Write each named chart into ``directory`` as ``<name><suffix>`` (PNG or SVG); returns the paths."""
    paths = []
    for name, widget in widgets.items():
        path = Path(directory) / f"{name}{suffix}"
        export_plot(widget, str(path))
        paths.append(path)
    return paths


def _export_svg(plot_widget: pg.PlotWidget, path) -> None:
    """Render the plot with Qt's own SVG writer."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    rect = plot_widget.getPlotItem().sceneBoundingRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(rect.size().toSize())
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    painter = QPainter(generator)
    plot_widget.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()
