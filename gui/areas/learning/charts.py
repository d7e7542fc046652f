"""Live loss and accuracy curves against samples seen (pyqtgraph).

Plot items are created once; ``show_history`` only calls ``setData`` (and sets an axis
range when it changes). Hovering a plot shows the values at the nearest point; other
runs can be overlaid, dotted.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from core.history import RunHistory
from gui.areas.learning.chart_grid import ChartGrid

LOSS_COLOUR = "#d95f02"
SMOOTH_COLOUR = "#7f2704"
TRAIN_COLOUR = "#1b9e77"
TEST_COLOUR = "#3f51b5"
TEXT_COLOUR = "#222222"  # the plots are white in light and dark themes: dark text (pyqtgraph's grey is 2.9:1)
AXIS_COLOUR = "#555555"
EPOCH_COLOUR = "#8a8a8a"
LABEL_FILL = (255, 255, 255, 190)  # behind the epoch labels: the curves show through, faintly
MARKER_SIZE = 9  # the test points' dots, in pixels
EMPTY_LOSS_TOP = 1.5  # an empty loss chart's axis: a fresh network starts at about 1.3
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


class SamplesAxis(pg.AxisItem):
    """An x axis in samples seen, with thousands separators (100,000, not 100000)."""

    def tickStrings(self, values, scale, spacing):
        return [f"{value * scale:,.0f}" for value in values]


def _thin_when_long(curve: pg.PlotDataItem) -> None:
    """Draw a long run's curve from about two points per pixel (means of neighbours): a chart's paint
    then costs the same at 6,000 points as at 300 (at 1,500 points, 2–6× less)."""
    curve.setDownsampling(auto=True, method="mean")
    curve.setClipToView(True)
    curve.opts["autoDownsampleFactor"] = 2.0  # pyqtgraph's default, 5 points per pixel, is for thin lines


LEGEND_BOTTOM_ROOM = 4  # px


class LegendUnder(pg.LegendItem):
    """A legend that tells the plot's layout its size (pyqtgraph's only sets its own geometry), so that
    the row under the x axis is as tall as its entries."""

    def updateSize(self) -> None:
        super().updateSize()
        # a few pixels under the last entry: at the chart's bottom edge its descenders were cut. Only the height:
        # the width is the chart's (a label's width can be stale when its text has just changed)
        self.setMinimumHeight(self.height() + LEGEND_BOTTOM_ROOM)
        self.setMaximumHeight(self.height() + LEGEND_BOTTOM_ROOM)


def legend_under(plot: pg.PlotItem) -> pg.LegendItem:
    """The plot's legend under its x axis, one entry a line: it never covers a curve, however the
    curves run (inside the plot it lay on them). Curves plotted with a name join it (PlotItem.legend)."""
    legend = LegendUnder(colCount=1, labelTextColor=TEXT_COLOUR, labelTextSize="8pt", verSpacing=-8)
    plot.legend = legend
    plot.layout.addItem(legend, 4, 0, 1, 3)  # rows: 0 title, 1 top axis, 2 the plot, 3 the x axis; all three columns
    return legend


def _make_plot(object_name: str, title: str, y_label: str) -> pg.PlotWidget:
    widget = pg.PlotWidget(background="w", axisItems={"bottom": SamplesAxis("bottom")})
    widget.setObjectName(object_name)
    plot = widget.getPlotItem()
    plot.setTitle(title, color=TEXT_COLOUR, size="11pt")
    for name in ("left", "bottom"):
        plot.getAxis(name).setPen(AXIS_COLOUR)
        plot.getAxis(name).setTextPen(TEXT_COLOUR)
    plot.setLabel("left", y_label)
    widget.grid = ChartGrid(plot)  # not showGrid: see gui/areas/learning/chart_grid.py
    plot.setMenuEnabled(False)
    plot.getAxis("left").enableAutoSIPrefix(False)
    # the axis grows for wider tick labels (0.1 → 0.035) but never shrinks back: each change of its width
    # re-lays out the whole chart and repaints it twice (5–7 ms each while training)
    plot.getAxis("left").setStyle(autoReduceTextSpace=False)
    plot.getAxis("bottom").enableAutoSIPrefix(False)
    widget.setMinimumSize(236, 180)  # two side by side fit the tab on a 1024-px screen, with room to spare
    return widget


class CornerCheckBox(QCheckBox):
    """A check box that sits in its plot's top-left corner, beside the title (dark on the white plot);
    on the right it would cover the centred title of a narrow chart."""

    def __init__(self, text: str, object_name: str, plot_widget: pg.PlotWidget):
        super().__init__(text, plot_widget)
        self.setObjectName(object_name)
        palette = self.palette()
        for role, colour in ((QPalette.ColorRole.WindowText, TEXT_COLOUR), (QPalette.ColorRole.Text, TEXT_COLOUR),
                             (QPalette.ColorRole.Base, "#ffffff"), (QPalette.ColorRole.Window, "#ffffff")):
            palette.setColor(role, QColor(colour))
        self.setPalette(palette)
        self.setChecked(True)
        plot_widget.installEventFilter(self)
        self._place()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        self.adjustSize()
        self.move(4, 2)
        self.raise_()


def _label_step(epochs: int, most: int = 8) -> int:
    """Every how many epochs a mark goes: 1, 2, 5, 10, 20, 50… so that at most ``most`` are labelled."""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000):
        if epochs / step <= most:
            return step
    return 5000


STEADY = 0.3  # a zoomed axis keeps its range until the wanted one no longer fits or is over 30 % narrower


def _nice_ceiling(value: float) -> float:
    """``value`` rounded up to a step of a fifth of its decade (0.0345 -> 0.036): axes change less often."""
    if not np.isfinite(value) or value <= 0:
        return 1.0
    decade = 10.0 ** np.floor(np.log10(value))
    return float(np.ceil(value / decade * 5 - 1e-9) / 5 * decade)


def _padded(low: float, high: float, fraction: float) -> tuple[float, float]:
    margin = (high - low) * fraction
    return low - margin, high + margin


class TrainingCharts(QWidget):
    """The loss chart (``lossPlot``) and the accuracy chart (``accuracyPlot``), side by side.

    The curves begin at sample 0 (the run's baseline); faint lines mark the epochs; once the first
    epoch is done, each y axis zooms in on the recent values (``lossZoomButton``, ``accuracyZoomButton``
    turn that off). Before any run each chart says what to do. Ranges are set by hand, and only when
    they change: auto-range would re-range, and repaint, each chart on every update.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trainingCharts")
        self.loss_widget = _make_plot("lossPlot", self.tr("Loss"), self.tr("loss  ½Σ(t−o)²"))
        self.accuracy_widget = _make_plot("accuracyPlot", self.tr("Accuracy"), self.tr("accuracy (%)"))
        self.loss_widget.getPlotItem().setLabel("bottom", self.tr("samples seen"))
        self.accuracy_widget.getPlotItem().setLabel("bottom", self.tr("samples seen"))
        self.loss_widget.setAccessibleName(self.tr("Loss chart"))
        self.loss_widget.setAccessibleDescription(self.tr("Training loss against samples seen, from the start of the run, averaged and smoothed"))
        self.accuracy_widget.setAccessibleName(self.tr("Accuracy chart"))
        self.accuracy_widget.setAccessibleDescription(
            self.tr("Training accuracy against samples seen, and test accuracy at the start and at the end of each epoch")
        )

        loss_plot = self.loss_widget.getPlotItem()
        legend_under(loss_plot)
        # the two jagged curves are drawn without antialiasing: antialiased, the accuracy chart took ~2× as long to paint
        # (bench/bench_gui.py: the window's repaints were what late timer ticks waited for)
        self.loss_curve = loss_plot.plot(name=self.tr("average, last 1,000 samples"), pen=pg.mkPen(LOSS_COLOUR, width=1))
        self.loss_curve.setOpacity(0.45)
        self.smooth_curve = loss_plot.plot(name=self.tr("smoothed (5,000 samples)"), pen=pg.mkPen(SMOOTH_COLOUR, width=2.5), antialias=True)

        accuracy_plot = self.accuracy_widget.getPlotItem()
        legend_under(accuracy_plot)
        self.train_curve = accuracy_plot.plot(name=self.tr("training, last 1,000 samples"), pen=pg.mkPen(TRAIN_COLOUR, width=2))
        self.test_curve = accuracy_plot.plot(
            name=self.tr("test set: new images"),
            pen=pg.mkPen(TEST_COLOUR, width=2, style=Qt.PenStyle.DashLine),
            symbol="o",
            symbolSize=MARKER_SIZE,
            symbolBrush=TEST_COLOUR,
            symbolPen="w",
        )
        for curve in (self.loss_curve, self.smooth_curve, self.train_curve):
            _thin_when_long(curve)
        self.loss_zoom = CornerCheckBox(self.tr("Zoom"), "lossZoomButton", self.loss_widget)
        self.loss_zoom.setToolTip(self.tr("After the first epoch, show the recent loss in detail. Untick to see the whole curve from its start."))
        self.accuracy_zoom = CornerCheckBox(self.tr("Zoom"), "accuracyZoomButton", self.accuracy_widget)
        self.accuracy_zoom.setToolTip(self.tr("After the first epoch, show the accuracy from a little below the recent values to 100 %. Untick for the whole 0–100 %."))
        for box in (self.loss_zoom, self.accuracy_zoom):
            box.toggled.connect(self._update_ranges)

        self.guidance = {}  # plot widget -> the text an empty chart shows
        for widget in (self.loss_widget, self.accuracy_widget):
            text = pg.TextItem(anchor=(0.5, 0.5), color=TEXT_COLOUR)
            text.setZValue(50)
            widget.getPlotItem().addItem(text, ignoreBounds=True)
            self.guidance[widget] = text

        self.overlay_curves: list[tuple[pg.PlotItem, pg.PlotDataItem]] = []
        self._overlays: list[RunHistory] = []
        self._epoch_items: list[tuple[pg.PlotItem, pg.GraphicsObject]] = []
        self._epoch_labels: list[tuple[int, pg.InfiniteLine]] = []
        self._per_epoch: int | None = None  # samples per epoch of the run shown, once known
        self._x_limit: float | None = None  # while a run grows: the x axis's end (see start_run)
        self._total_samples = 0
        self._train_count: int | None = None  # training images (told by set_dataset_sizes)
        self._test_count: int | None = None
        self._history: RunHistory | None = None
        self._ranges: dict = {}  # (widget, axis) -> the range last set
        self._arrays: dict = {}  # id(run) -> (its key, the run, its arrays): see _run_curves
        self.loss_readout = HoverReadout(loss_plot, [(self.tr("loss"), self.smooth_curve, "{:.4f}")])
        self.accuracy_readout = HoverReadout(
            accuracy_plot,
            [(self.tr("training"), self.train_curve, "{:.2f} %"), (self.tr("test"), self.test_curve, "{:.2f} %")],
        )

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.loss_widget)
        layout.addWidget(self.accuracy_widget)
        self.clear()

    def set_dataset_sizes(self, train_images: int, test_images: int) -> None:
        """What an empty chart tells ("train on 60,000 digits") and the test set's size in the legend."""
        self._train_count, self._test_count = train_images, test_images
        legend = self.accuracy_widget.getPlotItem().legend
        legend.getLabel(self.test_curve).setText(self.tr("test set: %1 new images").replace("%1", f"{test_images:,}"))
        if self.guidance[self.loss_widget].isVisible():  # empty: the count in its words, the epoch on its x axis
            self._show_guidance(True)
            self._update_ranges()

    # -- the run shown ---------------------------------------------------------
    def clear(self) -> None:
        """No run: empty curves, no epoch marks, fixed axes and a line that says what to do."""
        for curve in (self.loss_curve, self.smooth_curve, self.train_curve, self.test_curve):
            curve.setData([], [])
        self._history = None
        self._x_limit = None
        self._per_epoch = None
        self._set_epoch_marks(0, 0)
        self._show_guidance(True)
        self._update_ranges()

    def start_run(self, samples_per_epoch: int, total_samples: int, first_epoch: int = 1, first_view: int | None = None,
                  augmented: bool = False, practising: bool = False) -> None:
        """Empty curves, epoch marks for the whole run (numbered from ``first_epoch``), and an x axis
        that grows in steps (``first_view`` samples — one epoch by default; a slow pace starts smaller —
        then doubling up to the whole run)."""
        self.clear()
        self._show_guidance(False)
        # a continued run's x axis counts this run's samples, while its epoch marks go on from the network's
        bottom = (self.tr("samples seen in this run (it continues from epoch %1)").replace("%1", str(first_epoch - 1)) if first_epoch > 1
                  else self.tr("samples seen"))
        for widget in (self.loss_widget, self.accuracy_widget):
            widget.getPlotItem().setLabel("bottom", bottom)
        # an augmented run learns warped digits, a practising run mostly the digits it got wrong (core.practice): both
        # harder than the test set's, so the training curve runs below the test dots
        # (two lines: one would run past a chart's width on a 1024×640 screen)
        if augmented and practising:
            label = self.tr("training on warped digits, mostly its<br>mistakes (harder than the test set)")
        elif practising:
            label = self.tr("training, mostly on its mistakes<br>(harder than the test set)")
        elif augmented:
            label = self.tr("training on warped digits<br>(harder than the test set), last 1,000")
        else:
            label = self.tr("training, last 1,000 samples")
        legend = self.accuracy_widget.getPlotItem().legend
        legend.getLabel(self.train_curve).setText(label)
        legend.updateSize()  # as tall as its lines now
        self._total_samples = total_samples
        self._per_epoch = samples_per_epoch
        self._set_epoch_marks(samples_per_epoch, round(total_samples / max(samples_per_epoch, 1)), first_epoch)
        self._x_limit = min(first_view or samples_per_epoch, samples_per_epoch, total_samples)
        self._update_ranges()

    def show_history(self, history: RunHistory, charts: tuple[str, ...] = ("loss", "accuracy")) -> None:
        """Redraw the current run's curves from its history, on the ``charts`` named ("loss", "accuracy")."""
        self._history = history
        samples = self._run_curves(history)[0]
        while self._x_limit is not None and len(samples) and samples[-1] > self._x_limit < self._total_samples:
            self._x_limit = min(2 * self._x_limit, self._total_samples)
        if self._per_epoch is None and history.epochs:  # e.g. a history opened from a file
            self._per_epoch = int(history.epochs[0]["samples_seen"])
            planned = int(history.settings.get("epochs") or len(history.epochs))
            self._set_epoch_marks(self._per_epoch, max(planned, len(history.epochs)))
        samples, loss, smoothed, accuracy, test_samples, test_accuracy = self._run_curves(history)
        if "loss" in charts:
            self.loss_curve.setData(samples, loss)
            self.smooth_curve.setData(samples, smoothed)
        if "accuracy" in charts:
            self.train_curve.setData(samples, accuracy)
            self.test_curve.setData(test_samples, test_accuracy)
        self._show_guidance(not len(samples) and not self._overlays and self._x_limit is None)
        self._update_ranges()

    def set_overlays(self, runs: list[RunHistory]) -> None:
        """Draw other runs' smoothed loss and accuracy, dotted, to compare with the current one."""
        for plot, curve in self.overlay_curves:
            plot.removeItem(curve)  # also takes it out of the legend
        self.overlay_curves = []
        self._overlays = list(runs)
        if self._history is None and self._x_limit is None:  # the epoch marks were the overlays' own
            self._per_epoch = None
            self._set_epoch_marks(0, 0)
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
        if self._per_epoch is None:  # no run of its own: the overlays' epochs
            for run in runs:
                if run.epochs:
                    self._per_epoch = int(run.epochs[0]["samples_seen"])
                    self._set_epoch_marks(self._per_epoch, len(run.epochs))
                    break
        self._show_guidance(not runs and (self._history is None or not self._history.samples) and self._x_limit is None)
        self._update_ranges()

    # -- pieces ------------------------------------------------------------------
    def _show_guidance(self, empty: bool) -> None:
        if empty:
            if self._train_count:
                start = self.tr("Press Start (F5) to train on %1 digits.").replace("%1", f"{self._train_count:,}")
            else:
                start = self.tr("Press Start (F5) to train the network.")
            texts = {
                self.loss_widget: self.tr("How far its ten outputs are from the right answers is drawn here as it learns."),
                self.accuracy_widget: self.tr("How many digits it gets right is drawn here as it learns, from about 10 % (guessing) up."),
            }
            for widget, item in self.guidance.items():
                item.setHtml(f'<div style="text-align:center"><b>{escape(start)}</b><br>{escape(texts[widget])}</div>')
            self._fit_guidance()  # (hidden, it needs no width: it is fitted again on a resize)
        for widget, item in self.guidance.items():
            item.setVisible(empty)
            widget.getPlotItem().legend.setVisible(not empty)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_guidance()
        self._thin_epoch_labels()

    def _plot_width(self) -> float:
        """The plotting area's width in pixels: the chart's less its left axis (the view box lags a resize)."""
        return max(self.loss_widget.width() - 70.0, 60.0)

    def _fit_guidance(self) -> None:
        for item in self.guidance.values():
            item.setTextWidth(int(np.clip(self._plot_width() - 16, 120, 260)))

    def _thin_epoch_labels(self) -> None:
        """Show every label that has room (about 60 pixels) once the whole run is in view."""
        if not self._epoch_labels:
            return
        epochs = max(k for k, _ in self._epoch_labels)
        room = self._plot_width() / 60.0
        step = _label_step(epochs, most=max(1, int(room)))
        for k, item in self._epoch_labels:
            item.setVisible(k % step == 0)

    def _set_epoch_marks(self, per_epoch: int, epochs: int, first_epoch: int = 1) -> None:
        """Faint lines between epochs and an "epoch k" label over each (every few epochs in a long run)."""
        for plot, item in self._epoch_items:
            plot.removeItem(item)
        self._epoch_items = []
        self._epoch_labels = []  # (epoch of the run, its label holder)
        if per_epoch <= 0 or epochs < 1:
            return
        step = _label_step(epochs)
        font = QFont()
        font.setPointSizeF(8)
        # at the top of the loss chart and the bottom of the accuracy chart: where the curves have left room
        for plot, position, anchor in ((self.loss_widget.getPlotItem(), 0.98, (0.5, 0)), (self.accuracy_widget.getPlotItem(), 0.02, (0.5, 1))):
            for k in range(step, epochs + 1, step):
                if k < epochs:
                    line = pg.InfiniteLine(k * per_epoch, angle=90, movable=False, pen=pg.mkPen(EPOCH_COLOUR, width=1, style=Qt.PenStyle.DashLine))
                    line.setObjectName(f"epochLine{k}")
                    self._add_epoch_item(plot, line)
                label_text = self.tr("epoch %1").replace("%1", str(first_epoch + k - 1))
                x, label_anchor = (k - 0.5) * per_epoch, anchor
                if k == epochs and epochs > 1:  # the last label ends at the chart's right edge: never cut there ("epoch 2(")
                    x, label_anchor = epochs * per_epoch, (1.0, anchor[1])
                holder = pg.InfiniteLine(x, angle=90, movable=False, pen=pg.mkPen(None), label=label_text,
                                         labelOpts={"position": position, "color": EPOCH_COLOUR, "anchors": [label_anchor, label_anchor],
                                                    "fill": LABEL_FILL})
                holder.label.setFont(font)
                self._add_epoch_item(plot, holder)
                holder.setZValue(5)  # over the curves, on a pale ground: a curve passing by never crosses its text
                self._epoch_labels.append((k, holder))
        self._thin_epoch_labels()

    def _add_epoch_item(self, plot: pg.PlotItem, item: pg.InfiniteLine) -> None:
        item.setZValue(-10)  # behind the curves
        plot.addItem(item, ignoreBounds=True)
        self._epoch_items.append((plot, item))

    def epoch_labels(self) -> list[tuple[float, str]]:
        """(x, text) of the epoch labels shown on the loss chart."""
        return [(item.value(), item.label.toPlainText()) for plot, item in self._epoch_items
                if plot is self.loss_widget.getPlotItem() and getattr(item, "label", None) is not None and item.isVisible()]

    def epoch_lines(self) -> list[float]:
        """x of the lines between epochs (on the loss chart)."""
        return [item.value() for plot, item in self._epoch_items if plot is self.loss_widget.getPlotItem() and getattr(item, "label", None) is None]

    # -- axes --------------------------------------------------------------------
    def _curves(self) -> list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
        """(samples, running loss, smoothed loss, accuracy %, test samples, test accuracy %) of each run drawn."""
        runs = ([self._history] if self._history is not None else []) + self._overlays
        return [self._run_curves(run) for run in runs]

    def _run_curves(self, run: RunHistory) -> tuple:
        """One run's arrays for ``_curves``, made once per new point: a redraw (10 times a second
        while training) needs them twice, for the curves and for the axes."""
        key = (id(run), len(run.samples), len(run.epochs))
        cached = self._arrays.get(id(run))
        if cached is not None and cached[0] == key and cached[1] is run:
            return cached[2]
        test_samples, test_accuracy = run.test_points()
        arrays = (np.asarray(run.samples, dtype=float), np.asarray(run.loss, dtype=float), np.asarray(run.smoothed_loss, dtype=float),
                  100 * np.asarray(run.accuracy, dtype=float), test_samples, 100 * test_accuracy)
        if len(self._arrays) > 16:
            self._arrays.clear()
        self._arrays[id(run)] = (key, run, arrays)
        return arrays

    def _update_ranges(self) -> None:
        curves = self._curves()
        ends = [xs[-1] for xs, *_ in curves if len(xs)]
        x_end = max([self._x_limit or 0, *ends]) or self._per_epoch or self._train_count or 60_000
        # room for the markers at both ends: half a marker and a little more, however wide the plot
        width = max(self.accuracy_widget.getPlotItem().vb.width(), 100.0)
        x_low, x_high = _padded(0.0, float(x_end), max(0.02, (MARKER_SIZE + 6) / width))
        own_end = ends[0] if self._history is not None and ends else (max(ends) if ends else 0.0)
        zoom_from = own_end / 3 if self._per_epoch and own_end > self._per_epoch else None  # into the second epoch: past the first climb (a one-epoch run shows it all)

        accuracy_low = 0.0
        if self.accuracy_zoom.isChecked() and zoom_from is not None:
            recent = [accuracy[xs >= zoom_from] for xs, _, _, accuracy, _, _ in curves]
            recent += [test[test_xs > 0] for *_, test_xs, test in curves]  # every test point but the start
            values = np.concatenate(recent) if recent else np.zeros(0)
            values = values[np.isfinite(values)]
            if len(values):
                lowest = float(values.min())
                accuracy_low = float(max(0.0, np.floor(lowest - max(1.5, 0.6 * (100 - lowest)))))  # room below for the legend
        loss_high = self._loss_top([np.concatenate([running, smoothed]) for xs, running, smoothed, *_ in curves], 1.05)
        if self.loss_zoom.isChecked() and zoom_from is not None:  # the recent smoothed loss, with room above for the legend
            loss_high = min(loss_high, self._loss_top([smoothed[xs >= zoom_from] for xs, _, smoothed, *_ in curves], 1.7))

        for widget in (self.loss_widget, self.accuracy_widget):
            self._set_range(widget, "x", (x_low, x_high))
        accuracy_span, loss_span = _padded(accuracy_low, 100.0, 0.03), _padded(0.0, loss_high, 0.03)
        zoomed = zoom_from is not None
        if zoomed and self.accuracy_zoom.isChecked():
            accuracy_span = self._steady(self.accuracy_widget, accuracy_span)
        if zoomed and self.loss_zoom.isChecked():
            loss_span = self._steady(self.loss_widget, loss_span)
        self._set_range(self.accuracy_widget, "y", accuracy_span)
        self._set_range(self.loss_widget, "y", loss_span)
        self.guidance[self.loss_widget].setPos((x_low + x_high) / 2, loss_high / 2)
        self.guidance[self.accuracy_widget].setPos((x_low + x_high) / 2, 50.0)

    def _steady(self, widget: pg.PlotWidget, wanted: tuple[float, float]) -> tuple[float, float]:
        """A zoomed y axis keeps the range it shows while that holds the wanted one and is at most STEADY wider:
        a new range re-lays the axis and repaints the chart (5–15 ms while training), so it changes in steps."""
        shown = self._ranges.get((widget, "y"))
        if shown is None:
            return wanted
        holds = shown[0] <= wanted[0] and wanted[1] <= shown[1]
        return shown if holds and shown[1] - shown[0] <= (1 + STEADY) * (wanted[1] - wanted[0]) else wanted

    @staticmethod
    def _loss_top(parts: list[np.ndarray], headroom: float) -> float:
        values = np.concatenate(parts) if parts else np.zeros(0)
        values = values[np.isfinite(values)]
        return _nice_ceiling(float(values.max()) * headroom) if len(values) else EMPTY_LOSS_TOP

    def _set_range(self, widget: pg.PlotWidget, axis: str, span: tuple[float, float]) -> None:
        """Set an axis's range if it differs from the one set last (a new range repaints the chart)."""
        if self._ranges.get((widget, axis)) == span:
            return
        self._ranges[(widget, axis)] = span
        if axis == "x":
            widget.getPlotItem().setXRange(*span, padding=0)  # also turns auto-range off
        else:
            widget.getPlotItem().setYRange(*span, padding=0)

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
