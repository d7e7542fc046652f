"""The Model menu's files: open and save models, load a dataset folder, export charts and history.

Every failure reaches the user through the window's one error path (``show_error``), naming the
file; nothing is half-written (saves go through a temporary file renamed over the old one).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.errors import ModelFileError


class ModelFiles(QObject):
    """The window's file actions; ``window`` is the MainWindow whose session, charts and views they use."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    @Slot()
    def open_model_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open model"), self.last_folder(), self.tr("DigitLab models (*.npz);;All files (*)"))
        if path:
            self.open_model(path)

    def open_model(self, path: str | Path) -> bool:
        try:
            self.window.session.open_model(path)
        except (ModelFileError, ValueError, OSError) as error:
            self.window.show_error(self.tr("Could not open the model: %1").replace("%1", str(error)))
            return False
        network = self.window.session.network
        self.window.charts.clear()  # the curves were another network's
        if self.window.session.history is not None:  # the file's own
            self.window.charts.show_history(self.window.session.history)
        self.window.training_panel.hidden_spin.setValue(network.hidden_nodes)
        if network.seed is not None:  # so Start continues this network rather than making a new one
            self.window.training_panel.seed_spin.setValue(network.seed)
        self.window.settings.setValue("files/last_folder", str(Path(path).parent))
        self.window.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(path)), 5000)
        self.window._update_title()
        return True

    @Slot()
    def save_model(self) -> bool:
        if self.window.session.model_path is None:
            return self.save_model_as()
        return self.save_model_to(self.window.session.model_path)

    @Slot()
    def save_model_as(self) -> bool:
        suggested = str(Path(self.last_folder()) / "digitlab-model.npz")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save model"), suggested, self.tr("DigitLab models (*.npz)"))
        if not path:
            return False
        if not path.endswith(".npz"):
            path += ".npz"
        return self.save_model_to(path)

    def save_model_to(self, path: str | Path) -> bool:
        try:
            self.window.session.save_model(path)
        except OSError as error:
            self.window.show_error(self.tr("Could not save the model to %1: %2").replace("%1", str(path)).replace("%2", error.strerror or str(error)))
            return False
        self.window.settings.setValue("files/last_folder", str(Path(path).parent))
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        self.window._update_title()
        return True

    @Slot()
    def open_dataset_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Dataset folder with the four IDX files"), self.last_folder())
        if folder:
            self.window.session.load_dataset(folder)  # stops a run first

    @Slot()
    def export_charts_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export charts"), str(Path(self.last_folder()) / "digitlab-charts.png"), self.tr("PNG images (*.png)"))
        if path:
            if not self.window.charts.export_image(path):
                self.window.show_error(self.tr("Could not write %1").replace("%1", path))

    def chart_widgets(self) -> dict:
        """Every chart of the window by a file name: training curves, evaluation, back-query, sweep, inspector."""
        widgets = {"loss": self.window.charts.loss_widget, "accuracy": self.window.charts.accuracy_widget, "sweep": self.window.sweep_view.plot_widget}
        for view in (self.window.evaluation_view, self.window.backquery_view, self.window.neuron_inspector):
            widgets.update(view.plot_widgets())
        return widgets

    def export_all_charts(self, folder: str | Path, suffix: str = ".png") -> list[Path]:
        from gui.areas.learning.charts import export_plots

        try:
            return export_plots(self.chart_widgets(), folder, suffix)
        except (OSError, ValueError) as error:
            self.window.show_error(self.tr("Could not write %1: %2").replace("%1", str(folder)).replace("%2", str(error)))
            return []

    @Slot()
    def export_all_charts_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Folder for the charts"), self.last_folder())
        if not folder:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Export charts"),
            self.tr("Save the charts as SVG drawings? (No: PNG images)"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return
        paths = self.export_all_charts(folder, ".svg" if answer == QMessageBox.StandardButton.Yes else ".png")
        if paths:
            self.window.statusBar().showMessage(self.tr("Saved %1 charts in %2").replace("%1", str(len(paths))).replace("%2", folder), 5000)

    @Slot()
    def export_history_dialog(self) -> None:
        if self.window.session.history is None:
            self.window.show_error(self.tr("There is no training history yet: train first."))
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export history"), str(Path(self.last_folder()) / "digitlab-history.csv"), self.tr("CSV files (*.csv)"))
        if path:
            self.export_history(path)

    def export_history(self, path: str | Path) -> bool:
        """The curves, then a blank line, then one row per epoch."""
        from core.files import atomic_write

        history = self.window.session.history
        text = history.curves_csv() + "\n" + history.epochs_csv()
        try:
            atomic_write(Path(path), lambda handle: handle.write(text.encode()))
        except OSError as error:
            self.window.show_error(self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", error.strerror or str(error)))
            return False
        return True

    def last_folder(self) -> str:
        return str(self.window.settings.value("files/last_folder", str(Path.home())))
