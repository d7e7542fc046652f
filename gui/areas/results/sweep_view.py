"""The "Sweeps" tab: train a fresh network for one epoch per learning rate (or hidden-layer size)
and plot the test accuracy each value reaches.

The sweep runs as this view's own ``BackgroundJob`` over ``core.sweep.sweep``, with its own
``TrainingControl``: Cancel stops it within one training chunk. ``shutdown()`` stops it and
waits, for the window's closeEvent. Plot items are made once and only get ``setData``.
"""
from __future__ import annotations

import math
import re
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.data import Dataset
from core.files import atomic_write
from core.sweep import DEFAULT_VALUES, MAX_VALUES, SweepPoint, SweepProgress, sweep, sweep_csv
from core.training import TrainingConfig, TrainingControl
from gui.window.background import BackgroundJob, OwnsOneJob
from gui.areas.learning.charts import export_plot

POINT_COLOUR = "#3f51b5"
DIVERGED_COLOUR = "#d95f02"
MAX_HIDDEN = 1000  # as in the training panel


class SweepView(QWidget, OwnsOneJob):
    runningChanged = Signal(bool)
    error = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sweepView")
        self.dataset: Dataset | None = None
        self.points: list[SweepPoint] = []
        self.last_folder = str(Path.home())
        self._busy = False
        self._job: BackgroundJob | None = None
        self._control: TrainingControl | None = None
        self._parameter = "learning_rate"  # of the sweep shown in the plot
        self._total_values = 0
        self._failure = ""  # why the last sweep failed, shown until the next one starts
        self._log_x = False

        intro = QLabel(self.tr("Train a fresh network for one epoch per value and compare the test accuracy each one reaches."))
        intro.setWordWrap(True)
        self.parameter_combo = QComboBox(objectName="sweepParameterCombo")
        self.parameter_combo.addItem(self.tr("Learning rate"), "learning_rate")
        self.parameter_combo.addItem(self.tr("Hidden nodes"), "hidden_nodes")
        self.parameter_combo.setToolTip(self.tr("The setting the sweep varies"))
        self.values_edit = QLineEdit(objectName="sweepValuesEdit")
        self.values_edit.setToolTip(self.tr("The values to try, separated by commas"))
        self.hidden_spin = QSpinBox(objectName="sweepHiddenSpin", minimum=1, maximum=MAX_HIDDEN, value=200, singleStep=10)
        self.learning_rate_spin = QDoubleSpinBox(objectName="sweepLearningRateSpin", decimals=4, minimum=0.0001, maximum=100.0, value=0.1)
        self.learning_rate_spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.hidden_spin.setToolTip(self.tr("Hidden nodes of every network in the sweep, unless the sweep varies them"))
        self.learning_rate_spin.setToolTip(self.tr("Learning rate of every network in the sweep, unless the sweep varies it"))
        self.batch_spin = QSpinBox(objectName="sweepBatchSpin", minimum=1, maximum=1024, value=1)
        self.batch_spin.setToolTip(self.tr("Samples per weight update; 1 is the tutorial's one-at-a-time rule"))
        self.limit_spin = QSpinBox(objectName="sweepLimitSpin", minimum=100, maximum=60_000, value=10_000, singleStep=1000)
        self.limit_spin.setToolTip(self.tr("Each value trains on the first this-many training images"))
        self.message_label = QLabel(objectName="sweepMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.start_button = QPushButton(self.tr("Start sweep"), objectName="sweepStartButton")
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="sweepCancelButton")
        self.start_button.setToolTip(self.tr("Train a fresh network for each value, one after the other"))
        self.cancel_button.setToolTip(self.tr("Stop the sweep"))
        self.progress_bar = QProgressBar(objectName="sweepProgressBar", minimum=0, maximum=1000, value=0)
        self.progress_bar.setFormat(self.tr("Not started"))
        self.export_csv_button = QPushButton(self.tr("Export CSV…"), objectName="sweepExportCsvButton")
        self.export_chart_button = QPushButton(self.tr("Export chart…"), objectName="sweepExportChartButton")
        self.export_chart_button.setToolTip(self.tr("Save the chart as PNG or SVG"))
        self.export_csv_button.setToolTip(self.tr("Save the sweep's results as CSV"))

        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setObjectName("sweepPlot")
        self.plot_widget.setMinimumSize(300, 220)
        plot = self.plot_widget.getPlotItem()
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setMenuEnabled(False)
        plot.setLabel("left", self.tr("test accuracy (%)"))
        for name in ("left", "bottom"):
            plot.getAxis(name).enableAutoSIPrefix(False)
        self.curve = plot.plot(
            [], [], pen=pg.mkPen(POINT_COLOUR, width=2), symbol="o", symbolSize=10, symbolBrush=POINT_COLOUR, symbolPen="w", antialias=True
        )
        self.labels = [pg.TextItem(anchor=(0.5, 1.25), color="#222222") for _ in range(MAX_VALUES)]
        for label in self.labels:
            label.hide()
            plot.addItem(label)
        # the empty chart says what to do; hidden once a sweep runs
        self.empty_text = pg.TextItem(anchor=(0.5, 0.5), color="#444444")
        self.empty_text.setTextWidth(320)
        self.empty_text.setHtml(
            '<div style="text-align:center; font-size:11pt">'
            + self.tr("Press “Start sweep” to train a fresh network for each value: the test accuracy each one reaches appears here.")
            + "</div>"
        )
        plot.addItem(self.empty_text, ignoreBounds=True)

        settings = QGridLayout()
        rows = [
            (self.tr("Sweep"), self.parameter_combo, self.tr("Values"), self.values_edit),
            (self.tr("Hidden nodes"), self.hidden_spin, self.tr("Learning rate"), self.learning_rate_spin),
            (self.tr("Batch size"), self.batch_spin, self.tr("Training images"), self.limit_spin),
        ]
        for row, items in enumerate(rows):
            for column, (text, widget) in enumerate(zip(items[::2], items[1::2])):
                caption = QLabel(text)
                caption.setBuddy(widget)
                settings.addWidget(caption, row, 2 * column)
                span = 2 if widget is self.values_edit else 1  # the values get the spare width
                settings.addWidget(widget, row, 2 * column + 1, 1, span)
        settings.setColumnStretch(4, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress_bar, 1)
        exports = QHBoxLayout()
        exports.addStretch(1)
        exports.addWidget(self.export_csv_button)
        exports.addWidget(self.export_chart_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(settings)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        layout.addWidget(self.plot_widget, 1)
        layout.addLayout(exports)

        self.parameter_combo.currentIndexChanged.connect(self._on_parameter_chosen)
        self.values_edit.textChanged.connect(self._update_enabled)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_csv_button.clicked.connect(self.export_csv_dialog)
        self.export_chart_button.clicked.connect(self.export_chart_dialog)
        self._on_parameter_chosen()

    # -- settings ------------------------------------------------------------
    @property
    def parameter(self) -> str:
        return self.parameter_combo.currentData()

    def _on_parameter_chosen(self) -> None:
        self.values_edit.setText(", ".join(f"{value:g}" for value in DEFAULT_VALUES[self.parameter]))
        self.values_edit.setCursorPosition(0)  # the first values in view: at 1024 px "0.01, …" showed as "1, 0.05, …"
        if not self.points and not self.is_running():  # an empty chart with the axes the sweep will have
            self._parameter = self.parameter
            self._setup_axes(self.parse_values())
            self._show_points()
        self._update_enabled()

    def parse_values(self) -> list[float]:
        """The values in the edit, sorted; ValueError with a message for the user."""
        texts = [text.strip() for text in re.split(r"[,，;]", self.values_edit.text())]
        texts = [text for text in texts if text]
        if not texts:
            raise ValueError(self.tr("Enter the values to try, separated by commas, e.g. 0.01, 0.1, 0.3"))
        values = []
        for text in texts:
            try:
                value = float(text)
            except ValueError:
                raise ValueError(self.tr("“%1” is not a number. Enter numbers separated by commas, e.g. 0.01, 0.1, 0.3").replace("%1", text)) from None
            if self.parameter == "learning_rate" and not (math.isfinite(value) and 0 < value <= 100):
                raise ValueError(self.tr("Learning rates must be greater than 0 (and at most 100): %1 is not").replace("%1", text))
            if self.parameter == "hidden_nodes" and not (math.isfinite(value) and value == int(value) and 1 <= value <= MAX_HIDDEN):
                raise ValueError(self.tr("Hidden nodes must be whole numbers from 1 to %1: %2 is not").replace("%1", str(MAX_HIDDEN)).replace("%2", text))
            values.append(int(value) if self.parameter == "hidden_nodes" else value)
        values = sorted(set(values))
        if len(values) > MAX_VALUES:
            raise ValueError(self.tr("At most %1 values, please").replace("%1", str(MAX_VALUES)))
        return values

    def _update_enabled(self) -> None:
        running = self.is_running()
        try:
            self.parse_values()
            problem = None
        except ValueError as error:
            problem = str(error)
        valid = problem is None
        if problem or self._failure:
            self._show_message(problem or self._failure, error=True)
        elif self.dataset is None:
            self._show_message(self.tr("Waiting for MNIST to load…"))
        elif self._busy and not running:
            self._show_message(self.tr("A sweep can start when the training on the Learning tab has ended."))
        else:
            self._show_message("")
        sweeping_rate = self.parameter == "learning_rate"
        self.start_button.setEnabled(valid and not running and not self._busy and self.dataset is not None)
        self.cancel_button.setEnabled(running)
        for widget in (self.parameter_combo, self.values_edit, self.batch_spin, self.limit_spin):
            widget.setEnabled(not running)
        self.hidden_spin.setEnabled(not running and sweeping_rate)
        self.learning_rate_spin.setEnabled(not running and not sweeping_rate)
        self.export_csv_button.setEnabled(bool(self.points) and not running)
        self.export_chart_button.setEnabled(bool(self.points) and not running)
        self.empty_text.setVisible(not self.points and not running)

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet("color: #b00020;" if error else "")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def set_dataset(self, dataset: Dataset | None) -> None:
        self.dataset = dataset
        if dataset is not None:
            self.limit_spin.setMaximum(len(dataset.train_images))
        self._update_enabled()

    def set_busy(self, busy: bool) -> None:
        """True while the main training runs: a sweep may not start then (they would share the CPU)."""
        self._busy = busy
        self._update_enabled()

    # -- running -------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        if self.is_running() or self._busy or self.dataset is None:
            return
        try:
            values = self.parse_values()
        except ValueError:
            return
        parameter = self.parameter
        config = TrainingConfig(
            epochs=1,
            learning_rate=self.learning_rate_spin.value(),
            batch_size=self.batch_spin.value(),
            limit=self.limit_spin.value(),
            seed=0,
            snapshot_weights=False,
        )
        self.points = []
        self._parameter = parameter
        self._setup_axes(values)
        self._show_points()
        self._control = control = TrainingControl()
        dataset, hidden = self.dataset, self.hidden_spin.value()
        if self._job is not None:
            self._job.deleteLater()
        self._job = BackgroundJob(lambda: sweep(dataset, values, parameter, config, control, seed=0, hidden_nodes=hidden), "sweep", self)
        self._job.yielded.connect(self._on_event)
        self._job.failed.connect(self._on_failed)
        self._job.finished.connect(self._on_finished)
        self._job.start()
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("Starting…"))
        self._failure = ""
        self._update_enabled()
        self.runningChanged.emit(True)

    def _on_event(self, event) -> None:
        if isinstance(event, SweepProgress):
            self.progress_bar.setValue(round(1000 * event.fraction))
            self.progress_bar.setFormat(
                self.tr("Value %1 of %2 (%3) · %4 %")
                .replace("%1", str(event.index + 1))
                .replace("%2", str(event.count))
                .replace("%3", f"{event.value:g}")
                .replace("%4", f"{100 * event.fraction:.0f}")
            )
        elif isinstance(event, SweepPoint):
            self.points.append(event)
            self._show_points()

    def _on_failed(self, message: str) -> None:
        self._failure = self.tr("The sweep failed: %1").replace("%1", message)
        self._update_enabled()
        self.error.emit(self._failure)

    def _on_finished(self) -> None:
        control, self._control = self._control, None
        total = self._total_values
        if len(self.points) == total:
            self.progress_bar.setValue(1000)
            self.progress_bar.setFormat(self.tr("Done: %1 values").replace("%1", str(total)))
        elif control is not None and control.stopped:
            self.progress_bar.setFormat(self.tr("Cancelled after %1 of %2 values").replace("%1", str(len(self.points))).replace("%2", str(total)))
        else:
            self.progress_bar.setFormat(self.tr("Failed after %1 of %2 values").replace("%1", str(len(self.points))).replace("%2", str(total)))
        self._update_enabled()
        self.runningChanged.emit(False)

    # -- the plot --------------------------------------------------------------
    def _setup_axes(self, values: list[float]) -> None:
        self._total_values = len(values)
        plot = self.plot_widget.getPlotItem()
        log = self._parameter == "learning_rate" or min(values) * 8 < max(values)
        self._log_x = log
        plot.setLogMode(x=log, y=False)
        name = self.tr("learning rate") if self._parameter == "learning_rate" else self.tr("hidden nodes")
        plot.setLabel("bottom", name + (self.tr(" (log scale)") if log else ""))
        plot.setTitle(self.tr("Test accuracy after one epoch, by %1").replace("%1", name), color="#222222", size="11pt")
        plot.getAxis("bottom").setTicks([[(self._x(value), f"{value:g}") for value in values]])
        low, high = self._x(min(values)), self._x(max(values))
        margin = max((high - low) * 0.08, 0.1 if log else max(abs(high) * 0.1, 1))
        plot.setXRange(low - margin, high + margin, padding=0)
        self.empty_text.setPos((low + high) / 2, 50)

    def _x(self, value: float) -> float:
        return math.log10(value) if self._log_x else value

    def _show_points(self) -> None:
        points = sorted(self.points, key=lambda point: point.value)
        values = [point.value for point in points]
        accuracies = [100 * point.test_accuracy for point in points]
        brushes = [pg.mkBrush(DIVERGED_COLOUR if point.diverged else POINT_COLOUR) for point in points]
        self.curve.setData(values, accuracies, symbolBrush=brushes or POINT_COLOUR)
        for label, point, accuracy in zip(self.labels, points, accuracies):
            label.setText(f"{point.value:g}: {accuracy:.1f} %" + (self.tr(" (diverged)") if point.diverged else ""))
            label.setPos(self._x(point.value), accuracy)
            label.show()
        for label in self.labels[len(points):]:
            label.hide()
        plot = self.plot_widget.getPlotItem()
        if accuracies:
            low, high = min(accuracies), max(accuracies)
            span = max(high - low, 2.0)
            plot.setYRange(max(0.0, low - 0.25 * span), min(100.0, high + 0.35 * span) if high < 100 else 100.5, padding=0)
        else:
            plot.setYRange(0, 100, padding=0)
        self._update_enabled()

    # -- exports ---------------------------------------------------------------
    def export_csv(self, path: str | Path) -> bool:
        text = sweep_csv(self.points)
        try:
            atomic_write(Path(path), lambda handle: handle.write(text.encode()))
        except OSError as problem:
            self.error.emit(self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", problem.strerror or str(problem)))
            return False
        self.last_folder = str(Path(path).parent)
        return True

    def export_chart(self, path: str | Path) -> bool:
        """The chart as PNG (twice its size on screen) or SVG, by the path's suffix."""
        try:
            export_plot(self.plot_widget, str(path))
        except Exception as problem:  # pyqtgraph's exporters raise assorted errors
            self.error.emit(self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(problem)))
            return False
        if not Path(path).is_file():
            self.error.emit(self.tr("Could not write %1").replace("%1", str(path)))
            return False
        self.last_folder = str(Path(path).parent)
        return True

    @Slot()
    def export_csv_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export sweep"), str(Path(self.last_folder) / "digitlab-sweep.csv"), self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path)

    @Slot()
    def export_chart_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), str(Path(self.last_folder) / "digitlab-sweep.png"), self.tr("PNG images (*.png);;SVG drawings (*.svg)")
        )
        if path:
            if not path.lower().endswith((".png", ".svg")):
                path += ".png"
            self.export_chart(path)
