"""The "Runs" tab: every training run of the session in a table, to compare, overlay and save.

Each row holds a run's ``RunHistory`` and, if the window passed one, a copy of the
network as the run left it. Ticking a row's "Overlay" box emits ``overlayChanged``
with the ticked runs (for ``TrainingCharts.set_overlays``). The selected run can be
saved as a model with its history, or its history exported as CSV.
"""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.history import RunHistory
from core.files import atomic_write
from core.network import NeuralNetwork
from gui.areas.learning.charts import OVERLAY_COLOURS
from gui.left_column.training_panel import format_duration

OVERLAY, NAME, SETTINGS, OUTCOME, ACCURACY, TIME = range(6)


def save_run(history: RunHistory, network: NeuralNetwork, path: str | Path) -> None:
    """Save the run's network with its history arrays, atomically; raises OSError on failure."""
    network.save(path, extra=history.to_arrays())


def run_csv(history: RunHistory) -> str:
    """The run's curves, a blank line, then one row per epoch (as the window's history export)."""
    return history.curves_csv() + "\n" + history.epochs_csv()


def export_run_csv(history: RunHistory, path: str | Path) -> None:
    """Write ``run_csv`` atomically; raises OSError on failure."""
    text = run_csv(history)
    atomic_write(Path(path), lambda handle: handle.write(text.encode()))


class RunsView(QWidget):
    overlayChanged = Signal(list)  # the ticked runs, list[RunHistory], in table order
    error = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("runsView")
        self.runs: list[RunHistory] = []
        self.networks: list[NeuralNetwork | None] = []
        self.last_folder = str(Path.home())

        intro = QLabel(self.tr("Every run of this session. Tick runs to draw them, dotted, over the charts on the Learning tab."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6, objectName="runsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Overlay"), self.tr("Run"), self.tr("Settings"), self.tr("Outcome"), self.tr("Test accuracy"), self.tr("Training time")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SETTINGS, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)  # the settings wrap inside their column: the table never scrolls sideways
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr("No runs yet: press Start (F5) to train. Each run appears here, to compare with the next."), objectName="runsEmptyLabel")

        self.save_button = QPushButton(self.tr("Save run…"), objectName="saveRunButton")
        self.save_button.setToolTip(self.tr("Save the selected run's network with its training history (.npz)"))
        self.export_button = QPushButton(self.tr("Export CSV…"), objectName="exportRunCsvButton")
        self.export_button.setToolTip(self.tr("Save the selected run's curves and epoch results as CSV"))
        self.empty_label.setWordWrap(True)  # its own line: never wider than the tab
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.save_button.clicked.connect(self.save_selected_dialog)
        self.export_button.clicked.connect(self.export_selected_dialog)
        self._update_buttons()

    # -- rows ----------------------------------------------------------------
    def add_run(self, history: RunHistory, network: NeuralNetwork | None = None) -> None:
        """Add a finished run; ``network`` is a copy of its weights (kept so the run can be saved)."""
        self.runs.append(history)
        self.networks.append(network)
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Unchecked)
        check.setToolTip(self.tr("Draw this run over the charts"))
        self.table.setItem(row, OVERLAY, check)
        accuracy = history.final_test_accuracy
        texts = {
            NAME: self._run_label(history),
            SETTINGS: self._settings_text(history.settings),
            OUTCOME: self._outcome_text(history),
            ACCURACY: "—" if accuracy is None else f"{100 * accuracy:.2f} %",
            TIME: format_duration(history.seconds),
        }
        for column, text in texts.items():
            item = QTableWidgetItem(text)
            if column in (ACCURACY, TIME):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.selectRow(row)
        self._update_buttons()

    @staticmethod
    def _run_label(history: RunHistory) -> str:
        """The run's number and the time it started ("#2 · 14:05"); its settings have their own column."""
        number = history.name.split()[0] if history.name.startswith("#") else "#?"
        return f"{number} · {time.strftime('%H:%M', time.localtime(history.started))}"

    def _settings_text(self, settings: dict) -> str:
        text = (
            self.tr("lr %1 · batch %2 · %3 hidden · epochs %4")
            .replace("%1", f"{settings.get('learning_rate', float('nan')):g}")
            .replace("%2", str(settings.get("batch_size", "?")))
            .replace("%3", str(settings.get("hidden_nodes", "?")))
            .replace("%4", str(settings.get("epochs", "?")))
        )
        if settings.get("augment"):
            text += self.tr(" · augmented")
        if settings.get("pen_digits"):
            text += self.tr(" · + pen digits")
        if settings.get("practice"):
            text += self.tr(" · practising mistakes %1 %").replace("%1", f"{100 * settings['practice']:g}")
        if settings.get("continued_from"):
            text += self.tr(" · continued from %1").replace("%1", str(settings["continued_from"]))
        return text

    def _outcome_text(self, history: RunHistory) -> str:
        names = {
            "finished": self.tr("finished"),
            "stopped": self.tr("stopped"),
            "diverged": self.tr("diverged"),
            "failed": self.tr("failed"),
            "running": self.tr("running"),
        }
        text = names.get(history.outcome, history.outcome)
        planned = history.settings.get("epochs")
        if history.outcome in ("diverged", "failed"):
            text += self.tr(" in epoch %1").replace("%1", str(len(history.epochs) + 1))
        elif planned and history.outcome == "stopped":
            text += self.tr(" after %1 of %2 epochs").replace("%1", str(len(history.epochs))).replace("%2", str(planned))
        return text

    def overlay_runs(self) -> list[RunHistory]:
        return [self.runs[row] for row in range(self.table.rowCount()) if self.table.item(row, OVERLAY).checkState() == Qt.CheckState.Checked]

    def set_overlay(self, row: int, on: bool) -> None:
        """Tick or untick a row's overlay box (as a click would)."""
        self.table.item(row, OVERLAY).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != OVERLAY:
            return
        # colour each ticked box as TrainingCharts.set_overlays colours its run
        self.table.blockSignals(True)
        ticked = 0
        for row in range(self.table.rowCount()):
            box = self.table.item(row, OVERLAY)
            if box.checkState() == Qt.CheckState.Checked:
                box.setBackground(QColor(OVERLAY_COLOURS[ticked % len(OVERLAY_COLOURS)]))
                ticked += 1
            else:
                box.setBackground(QBrush())
        self.table.blockSignals(False)
        self.overlayChanged.emit(self.overlay_runs())

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.empty_label.setVisible(not self.runs)
        self.export_button.setEnabled(row is not None)
        self.save_button.setEnabled(row is not None and self.networks[row] is not None)

    # -- files ---------------------------------------------------------------
    def save_selected(self, path: str | Path) -> bool:
        """Save the selected run's network and history to ``path``; errors go to ``error``."""
        row = self.selected_row()
        if row is None or self.networks[row] is None:
            return False
        try:
            save_run(self.runs[row], self.networks[row], path)
        except OSError as problem:
            self.error.emit(self.tr("Could not save the run to %1: %2").replace("%1", str(path)).replace("%2", problem.strerror or str(problem)))
            return False
        self.last_folder = str(Path(path).parent)
        return True

    def export_selected(self, path: str | Path) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        try:
            export_run_csv(self.runs[row], path)
        except OSError as problem:
            self.error.emit(self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", problem.strerror or str(problem)))
            return False
        self.last_folder = str(Path(path).parent)
        return True

    @Slot()
    def save_selected_dialog(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        suggested = str(Path(self.last_folder) / f"digitlab-run-{row + 1}.npz")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save run"), suggested, self.tr("DigitLab models (*.npz)"))
        if path:
            self.save_selected(path if path.endswith(".npz") else path + ".npz")

    @Slot()
    def export_selected_dialog(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        suggested = str(Path(self.last_folder) / f"digitlab-run-{row + 1}.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export run history"), suggested, self.tr("CSV files (*.csv)"))
        if path:
            self.export_selected(path)
