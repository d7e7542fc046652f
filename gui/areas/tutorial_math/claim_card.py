"""One of the tutorial's claims as a card: its sentence, what is compared on which images, Run / Cancel
with a progress bar, and the result — both variants' curves on shared axes, the key numbers side by
side, and the verdict that ``core.experiments`` computed from them.

The card only shows; ``ExperimentsView`` runs the experiment and calls ``set_running``,
``set_progress``, ``show_result`` and ``show_stopped``. Plot items are made once and only get ``setData``.
"""
from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from core.experiments import EXPERIMENTS, METRICS, ExperimentResult, Settings

TUTORIAL_COLOUR = "#1f5fbf"  # the tutorial's choice
WARNED_COLOUR = "#d95f02"  # the one it warns about
TRAIN_COLOUR = "#7a7a7a"  # the epochs experiment's training accuracy
THIRD_COLOUR = "#2a9d8f"  # a third variant (the constant experiment's "2 kept, same α")
PAIR_COLOURS = (TUTORIAL_COLOUR, WARNED_COLOUR, THIRD_COLOUR)  # by the variant's place in the result
HOLDS_COLOUR = "#1b7a30"
PLOT_HEIGHT, PLOT_MAX_HEIGHT = 170, 240  # the charts' height: at least, and at most (the numbers stay in sight)
FAILS_COLOUR = "#a33b00"

#: What each experiment plots: one tuple of metrics per chart. "pair": the tutorial's variant and the others, one
#: curve each (a chart of two "points" metrics is a scatter plot, log-log, of the first against the second);
#: "sweep": each metric's final value against the learning rate; "single": one variant, one curve a metric.
CHARTS = {
    "inputs": ("pair", (("test_accuracy",), ("unmoved_input_weights",))),
    "targets": ("pair", (("output_signal",), ("largest_weight",))),
    "init": ("pair", (("test_accuracy",), ("saturated_share",))),
    "learning-rate": ("sweep", (("test_accuracy",), ("saturated_share",))),
    "epochs": ("single", (("test_accuracy", "train_accuracy"),)),
    "constant": ("pair", (("test_accuracy",), ("weight_difference",))),
    "slope": ("pair", (("rank_correlation",), ("gradient_size", "loss_drop"))),
    "pen": ("pair", (("people_accuracy",), ("test_accuracy",))),
}
#: The numbers shown side by side, in this order (those a result has).
NUMBERS = {
    "inputs": ("test_accuracy", "unmoved_input_weights", "unmoved_inputs", "input_weights"),
    "targets": ("test_accuracy", "output_signal", "late_signal_growth", "largest_weight_start", "largest_weight", "late_growth"),
    "init": ("test_accuracy", "saturated_share_start", "saturated_share", "mean_slope"),
    "learning-rate": ("test_accuracy", "saturated_share", "mean_slope"),
    "epochs": ("best_epoch", "best_test_accuracy", "test_accuracy", "train_accuracy"),
    "constant": ("learning_rate", "test_accuracy", "weight_difference"),
    "slope": ("rank_correlation", "uphill_share"),
    "pen": ("people_accuracy", "test_accuracy"),
}


#: How many variants a "pair" experiment compares (2 unless said).
VARIANT_COUNTS = {"constant": 3}


def is_scatter(metrics: tuple[str, ...]) -> bool:
    return all(METRICS[key][2] == "points" for key in metrics)


def on_window(widget: QWidget, colour: str) -> str:
    """``colour`` for text on the window's background: a light shade of it when the theme is dark."""
    if widget.palette().window().color().lightness() >= 128:
        return colour
    return QColor(colour).lighter(190).name()


def metric_name(key: str, language: str) -> str:
    english, chinese, _ = METRICS[key]
    return chinese if language.startswith("zh") else english


def metric_value(key: str, value: float) -> float:
    """A value as plotted: shares in percent."""
    return 100.0 * value if METRICS[key][2] == "share" else float(value)


def format_metric(key: str, value: float) -> str:
    kind = METRICS[key][2]
    if kind == "share":
        return f"{100 * value:.1f} %"
    if kind == "count":
        return f"{int(round(value)):,}"
    if value == 0:
        return "0"
    return f"{value:.3g}" if abs(value) < 0.01 else f"{value:.3f}"


class ClaimCard(QWidget):
    runRequested = Signal(str)
    cancelRequested = Signal(str)

    def __init__(self, name: str, settings: Settings, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.language = language
        self.setObjectName(f"claimCard_{name}")
        self.kind, self.charts = CHARTS[name]
        self.variant_count = VARIANT_COUNTS.get(name, 2)
        self.result: ExperimentResult | None = None
        claim = EXPERIMENTS[name].claim
        zh = language.startswith("zh")

        self.summary_label = QLabel(objectName=f"experimentSummary_{name}")
        self.summary_label.setWordWrap(True)
        self.summary_label.setText(f"<b>{html.escape(claim.summary_zh if zh else claim.summary_en, quote=False)}</b>")
        source = self.tr("The tutorial's program:") if claim.source == "program" else self.tr("The tutorial:")
        quote, other = (claim.quote_zh, claim.quote_en) if zh else (claim.quote_en, claim.quote_zh)
        self.quote_label = QLabel(objectName=f"experimentQuote_{name}")
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextFormat(Qt.TextFormat.RichText)
        self.quote_label.setText(f"{html.escape(source, quote=False)} <i>“{html.escape(quote, quote=False).replace(chr(10), '<br>')}”</i>")
        self.quote_label.setToolTip(other)  # the other language
        self.quote_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.quote_label.setMargin(4)
        self.setup_label = QLabel(objectName=f"experimentSetup_{name}")
        self.setup_label.setWordWrap(True)

        self.run_button = QPushButton(self.tr("Run"), objectName=f"runExperimentButton_{name}")
        self.run_button.setToolTip(self.tr("Train the networks and measure the claim (in the background)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName=f"cancelExperimentButton_{name}")
        self.cancel_button.setToolTip(self.tr("Stop this experiment"))
        self.cancel_button.setEnabled(False)
        self.progress_bar = QProgressBar(objectName=f"experimentProgress_{name}", minimum=0, maximum=1000, value=0)
        self.progress_bar.setFormat(self.tr("Not run yet"))
        self.message_label = QLabel(objectName=f"experimentMessage_{name}")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.legend_label = QLabel(objectName=f"experimentLegend_{name}")
        self.legend_label.setWordWrap(True)
        self.plot_widgets: list[pg.PlotWidget] = []
        self.plot_captions: list[QLabel] = []
        self.curves: list[list[pg.PlotDataItem]] = []  # per chart, per line
        self.empty_texts: list[pg.TextItem] = []  # per chart: "Press Run", shown until a result
        plots = QGridLayout()
        for index, metrics in enumerate(self.charts):
            caption = QLabel(objectName=f"experimentPlotCaption_{name}_{index}")
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            widget = self._make_plot(f"experimentPlot_{name}_{index}", metrics)
            plots.addWidget(caption, 0, index)
            plots.addWidget(widget, 1, index)
            plots.setColumnStretch(index, 1)
            self.plot_captions.append(caption)
            self.plot_widgets.append(widget)

        self.numbers_label = QLabel(objectName=f"experimentNumbers_{name}")
        self.numbers_label.setTextFormat(Qt.TextFormat.RichText)
        self.numbers_label.setWordWrap(True)
        self.numbers_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict_label = QLabel(objectName=f"experimentVerdict_{name}")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.RichText)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress_bar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in (self.summary_label, self.quote_label, self.setup_label):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.legend_label)
        layout.addLayout(plots)
        layout.addWidget(self.numbers_label)
        layout.addStretch(1)

        self.run_button.clicked.connect(lambda: self.runRequested.emit(self.name))
        self.cancel_button.clicked.connect(lambda: self.cancelRequested.emit(self.name))
        self.set_settings(settings)
        self._show_empty()

    # -- the parts that do not change with a result -----------------------------------------
    def _make_plot(self, object_name: str, metrics: tuple[str, ...]) -> pg.PlotWidget:
        widget = pg.PlotWidget(background="w")
        widget.setObjectName(object_name)
        widget.setMinimumSize(150, PLOT_HEIGHT)
        widget.setMaximumHeight(PLOT_MAX_HEIGHT)
        plot = widget.getPlotItem()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.showGrid(x=True, y=True, alpha=0.25)
        for side in ("left", "bottom"):
            plot.getAxis(side).enableAutoSIPrefix(False)
        # before a run: a word in the middle of the empty chart, so its placeholder axes do not pass for data
        empty_text = pg.TextItem(anchor=(0.5, 0.5), color="#707070")
        empty_text.setParentItem(plot.vb)  # in the view box's pixels, not the data's
        plot.vb.sigResized.connect(lambda box, text=empty_text: text.setPos(box.width() / 2, box.height() / 2))
        self.empty_texts.append(empty_text)
        lines = []
        if is_scatter(metrics):  # one dot a weight, for each variant
            plot.setLogMode(x=True, y=True)
            for colour in PAIR_COLOURS[: self.variant_count]:
                lines.append(plot.plot([], [], pen=None, symbol="o", symbolSize=4, symbolBrush=pg.mkColor(colour + "90"), symbolPen=None))
            self.curves.append(lines)
            return widget
        if self.kind == "sweep":
            plot.setLogMode(x=True, y=False)
            colours = [TUTORIAL_COLOUR]
        elif self.kind == "single":
            colours = [TUTORIAL_COLOUR, TRAIN_COLOUR][: len(metrics)]
        else:
            colours = list(PAIR_COLOURS[: self.variant_count])
        for index, colour in enumerate(colours):
            symbol = "o" if self.kind != "pair" else None
            # the tutorial's curve wide, the others thinner and dashed on top: curves that coincide stay visible
            pen = pg.mkPen(colour, width=4 if index == 0 and self.kind == "pair" else 2,
                           style=Qt.PenStyle.DashLine if index > 0 and self.kind == "pair" else Qt.PenStyle.SolidLine)
            lines.append(plot.plot([], [], pen=pen, symbol=symbol, symbolSize=7, symbolBrush=colour, symbolPen=colour, antialias=True))
        self.curves.append(lines)
        return widget

    def set_settings(self, settings: Settings) -> None:
        """Say what is compared, on which images (the first N of MNIST's training and test sets)."""
        self.settings = settings
        compares = {
            "inputs": self.tr("Compares inputs scaled to 0.01–1.0 (the tutorial) with 0–1.0."),
            "targets": self.tr("Compares targets 0.01 / 0.99 (the tutorial) with 0 / 1."),
            "init": self.tr("Compares initial weights N(0, 1/√n) (the tutorial) with N(0, 1): the same random draws, not scaled down."),
            "learning-rate": self.tr("Compares the learning rates %1 (the tutorial: 0.1), one network each.").replace(
                "%1", ", ".join(f"{rate:g}" for rate in settings.learning_rates)),
            "epochs": self.tr("Trains the tutorial's network for %1 epochs, measuring training and test accuracy after each.").replace(
                "%1", str(settings.epochs)),
            "constant": self.tr("Compares the tutorial's update (the 2 of ∂E/∂w dropped) with the 2 kept at half the learning rate, "
                                "and with the 2 kept at the same rate."),
            "slope": self.tr("Trains the tutorial's network; at each measuring point, on each test image, moves each of %1 weights "
                             "alone by its step and measures how much E falls, against |∂E/∂w|. The exact chain's steps are shown "
                             "for comparison.").replace("%1", "1,000"),
            "pen": self.tr("Compares the tutorial's network trained on MNIST alone with one trained on MNIST and 6,908 pen-written "
                           "digits by 73 people (UNIPEN); both are graded on MNIST's test images and on 1,662 digits by 20 other "
                           "people, whom neither network saw."),
        }[self.name]
        images = (
            self.tr("Every network: seed %1, the first %2 training images, %3, %4 hidden nodes; measured on the first %5 test images.")
            .replace("%1", str(settings.seed))
            .replace("%2", f"{settings.train_images:,}")
            .replace("%3", self.tr("1 epoch") if settings.epochs == 1 else self.tr("%1 epochs").replace("%1", str(settings.epochs)))
            .replace("%4", str(settings.hidden_nodes))
            .replace("%5", f"{settings.test_images:,}")
        )
        if self.name != "learning-rate":
            images += ('' if self.language.startswith('zh') else ' ') + self.tr("Learning rate %1.").replace("%1", f"{settings.learning_rate:g}")
        self.setup_label.setText(f"{compares}{'' if self.language.startswith('zh') else ' '}{images}")
        self._setup_axes()

    def _setup_axes(self) -> None:
        x_name = self.tr("learning rate (log scale)") if self.kind == "sweep" else (
            metric_name("epoch", self.language) if self.kind == "single" else metric_name("samples", self.language))
        for index, (widget, metrics) in enumerate(zip(self.plot_widgets, self.charts)):
            plot = widget.getPlotItem()
            if is_scatter(metrics):  # the second against the first, both on log scales
                plot.setLabel("bottom", self.tr("%1, log scale").replace("%1", metric_name(metrics[0], self.language)))
                self.plot_captions[index].setText(
                    self.tr("%1 (log scale; one dot a weight, the last measuring point's first test image)")
                    .replace("%1", metric_name(metrics[1], self.language)))
                continue
            plot.setLabel("bottom", x_name)
            names = " · ".join(metric_name(key, self.language) for key in metrics)
            if METRICS[metrics[0]][2] == "share":
                names += " (%)"
            self.plot_captions[index].setText(names)
            if self.kind == "single":  # whole epochs only
                step = max(1, math.ceil(self.settings.epochs / 8))
                plot.getAxis("bottom").setTickSpacing(major=step, minor=step)
            if self.kind == "sweep" and self.settings.learning_rates:
                plot.getAxis("bottom").setTicks([[(math.log10(rate), f"{rate:g}") for rate in self.settings.learning_rates]])

    def _legend(self, result: ExperimentResult | None) -> str:
        def swatch(colour: str, text: str) -> str:
            return f"<span style='color:{on_window(self, colour)}; font-weight:bold'>■</span>&nbsp;{html.escape(text, quote=False)}"

        zh = self.language.startswith("zh")
        if self.kind == "single":
            entries = [swatch(TUTORIAL_COLOUR, metric_name("test_accuracy", self.language)),
                       swatch(TRAIN_COLOUR, metric_name("train_accuracy", self.language))]
        elif self.kind == "sweep":
            entries = [swatch(TUTORIAL_COLOUR, self.tr("final value at each learning rate (the tutorial's: 0.1)"))]
        elif result is not None:
            entries = [swatch(PAIR_COLOURS[index % len(PAIR_COLOURS)], (v.label_zh if zh else v.label_en) + " " + (
                self.tr("(the tutorial)") if v.tutorial else self.tr("(for comparison)") if v.compared else self.tr("(warned against)")))
                for index, v in enumerate(result.variants)]
        else:
            entries = [swatch(TUTORIAL_COLOUR, self.tr("the tutorial's choice")), swatch(WARNED_COLOUR, self.tr("the one it warns about"))]
        return "&nbsp;&nbsp; ".join(entries)

    # -- running -----------------------------------------------------------------------------
    def set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        if running:
            self.result = None
            self._show_empty()
            self.progress_bar.setValue(0)
            self.progress_bar.setFormat(self.tr("Starting…"))
            self.show_message("")

    def set_can_run(self, can_run: bool) -> None:
        self.run_button.setEnabled(can_run)

    def set_progress(self, fraction: float) -> None:
        self.progress_bar.setValue(round(1000 * fraction))
        self.progress_bar.setFormat(self.tr("Running… %1 %").replace("%1", f"{100 * fraction:.0f}"))

    def show_stopped(self, failed: str = "") -> None:
        """Cancelled (or failed): no result, the last one's curves are cleared."""
        self.result = None
        self._show_empty()
        self.progress_bar.setFormat(self.tr("Failed") if failed else self.tr("Cancelled: no result"))
        self.show_message(failed, error=True)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet("color: #b00020;" if error else "")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # -- the result ----------------------------------------------------------------------------
    def _show_empty(self) -> None:
        for lines in self.curves:
            for line in lines:
                line.setData([], [])
        for text in self.empty_texts:
            text.setText(self.tr("Press Run: the curves appear here"))
            text.show()
        self.legend_label.setText(self._legend(None))
        self.numbers_label.setText("")
        self.verdict_label.setStyleSheet("")
        self.verdict_label.setText(
            "<i>" + html.escape(self.tr("Press Run: the verdict is computed from what the run measures, "
                                                              "and says so when the claim does not hold."), quote=False) + "</i>")

    def show_result(self, result: ExperimentResult) -> None:
        self.result = result
        self.progress_bar.setValue(1000)
        self.progress_bar.setFormat(self.tr("Done in %1 s").replace("%1", f"{result.seconds:.1f}"))
        self.legend_label.setText(self._legend(result))
        for text in self.empty_texts:
            text.hide()
        for lines, metrics in zip(self.curves, self.charts):
            if self.kind == "sweep":
                variants = sorted(result.variants, key=lambda v: v.numbers["learning_rate"])
                rates = [v.numbers["learning_rate"] for v in variants]
                lines[0].setData(rates, [metric_value(metrics[0], v.numbers[metrics[0]]) for v in variants])
            elif self.kind == "single":
                for line, key in zip(lines, metrics):
                    line.setData(list(result.x), [metric_value(key, value) for value in result.variants[0].curves[key]])
            elif is_scatter(metrics):  # log-log: the weights whose step raised E (drop ≤ 0) are counted in the numbers instead
                for line, variant in zip(lines, result.variants):
                    xs, ys = (np.asarray(variant.curves[key], np.float64) for key in metrics)
                    shown = (xs > 0) & (ys > 0)
                    line.setData(xs[shown], ys[shown])
            else:
                for line, variant in zip(lines, result.variants):
                    curve = variant.curves[metrics[0]]
                    line.setData(list(result.x), [metric_value(metrics[0], value) for value in curve])
        if self.kind == "pair" and self._curves_coincide(result):
            self.legend_label.setText(self._legend(result) + "<br><i>" + html.escape(self.tr(
                "The curves lie on top of each other (the dashed one on the wide one): here the two give the same numbers."),
                quote=False) + "</i>")
        self.numbers_label.setText(self._numbers_table(result))
        found = result.verdict
        colour = on_window(self, HOLDS_COLOUR if found.holds else FAILS_COLOUR)
        heading = html.escape(self.tr("Verdict, from this run:"), quote=False)  # outside the f-string, where lupdate finds it
        self.verdict_label.setText(
            f"<span style='color:{colour}'><b>{'✔' if found.holds else '✘'} {heading}</b> "
            f"{html.escape(found.text(self.language), quote=False)}</span>")

    def _curves_coincide(self, result: ExperimentResult) -> bool:
        """Whether, on some line chart, two variants' curves are the same within 0.1 % of the chart's span."""
        for metrics in self.charts:
            if is_scatter(metrics):
                continue
            curves = [np.asarray(v.curves[metrics[0]], np.float64) for v in result.variants]
            span = max((float(np.ptp(c)) for c in curves if c.size), default=0.0) or 1.0
            for i, first in enumerate(curves):
                for second in curves[i + 1:]:
                    if first.shape == second.shape and first.size and np.max(np.abs(first - second)) <= 1e-3 * span:
                        return True
        return False

    def _numbers_table(self, result: ExperimentResult) -> str:
        zh = self.language.startswith("zh")
        variants = result.variants
        if self.kind == "sweep":
            variants = tuple(sorted(variants, key=lambda v: v.numbers["learning_rate"]))
        keys = [key for key in NUMBERS[self.name] if any(key in v.numbers for v in variants)]
        cell = "style='padding:1px 6px'"

        def head(v) -> str:
            label = f"{v.numbers['learning_rate']:g}" if self.kind == "sweep" else (v.label_zh if zh else v.label_en)
            colour = PAIR_COLOURS[variants.index(v) % len(PAIR_COLOURS)]
            if self.kind == "sweep":
                colour = TUTORIAL_COLOUR if v.tutorial else self.palette().windowText().color().name()
            return f"<th {cell} align='right'><span style='color:{on_window(self, colour)}'>{html.escape(label, quote=False)}</span></th>"

        corner = html.escape(self.tr("learning rate"), quote=False) if self.kind == "sweep" else ""
        rows = [f"<tr><th {cell} align='left'>{corner}</th>" + "".join(head(v) for v in variants) + "</tr>"]
        for key in keys:
            values = "".join(
                f"<td {cell} align='right'>{format_metric(key, v.numbers[key]) if key in v.numbers else ''}</td>" for v in variants)
            rows.append(f"<tr><td {cell}>{html.escape(metric_name(key, self.language), quote=False)}</td>{values}</tr>")
        return "<table cellspacing='0'>" + "".join(rows) + "</table>"
