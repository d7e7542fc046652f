"""The Evaluation tab's numbers, computed off the GUI thread: one evaluation at a time, and the
network as it is once the running one ends when another was asked for meanwhile."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from core import insight
from gui.window.background import BackgroundJob


class EvaluationRunner(QObject):
    """Evaluates the session's network on its test images into ``view`` (an EvaluationView)."""

    error = Signal(str)
    measured = Signal(float)  # the test accuracy of the current network (not of one that changed meanwhile)

    def __init__(self, session, view, parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.view = session, view
        self._job: BackgroundJob | None = None
        self._again = False
        self._closing = False
        self._network_version = 0  # counts networkChanged: a result for an older network shows as stale
        session.networkChanged.connect(self._on_network_changed)
        view.evaluateRequested.connect(self.run)

    def _on_network_changed(self) -> None:
        self._network_version += 1
        self.view.set_stale(self.view.result is not None)

    @Slot()
    def run(self) -> None:
        """Confusion matrix and error gallery for the current network (a copy: never weights a run is writing)."""
        dataset = self.session.dataset
        if self._closing or dataset is None:
            return
        if self._job is not None and self._job.is_running():
            self._again = True  # once this one ends, evaluate the network as it is then
            return
        network = self.session.predictor().copy()
        version = self._network_version
        images, labels = dataset.test_images, dataset.test_labels
        job = BackgroundJob(lambda: insight.evaluate_detailed(network, images, labels), "evaluation", self)

        def on_value(value):
            if isinstance(value, float):
                self.view.set_progress(value)
                return
            self.view.set_result(value, images, labels)
            self.view.set_stale(version != self._network_version)  # the network changed meanwhile
            if version == self._network_version:
                self.measured.emit(value.accuracy)

        def on_finished():
            self.view.set_progress(None)
            job.deleteLater()
            if self._again and not self._closing:
                self._again = False
                self.run()

        job.yielded.connect(on_value)
        job.failed.connect(lambda message: self.error.emit(self.tr("Evaluation failed: %1").replace("%1", message)))
        job.finished.connect(on_finished)
        self._job, self._again = job, False
        self.view.set_progress(0.0)
        job.start()

    def shutdown(self) -> None:
        """No new evaluation from now on; wait for the running one."""
        self._closing = True
        if self._job is not None:
            self._job.wait()
