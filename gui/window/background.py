"""Run a generator in a QThread and deliver what it yields to the GUI thread.

Every long job of the app (loading the data, training, evaluating, sweeps) is a
plain generator from ``core``; ``BackgroundJob`` runs one off the GUI thread and
emits each yielded value through a queued signal. Errors surface in one place:
the ``failed`` signal, with a message fit for a user (the traceback goes to
the log, not at the user).

``running_jobs()`` lists the jobs whose thread is alive, so tests can fail when
one is left behind.
"""
from __future__ import annotations

import logging
import traceback
import weakref
from typing import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

log = logging.getLogger(__name__)
_jobs: "weakref.WeakSet[BackgroundJob]" = weakref.WeakSet()


def running_jobs() -> list["BackgroundJob"]:
    """Jobs whose thread is still alive."""
    return [job for job in list(_jobs) if job.thread_alive()]


class _Runner(QObject):
    yielded = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, make_generator: Callable[[], Iterable]):
        super().__init__()
        self._make_generator = make_generator

    @Slot()
    def run(self) -> None:
        try:
            for value in self._make_generator():
                self.yielded.emit(value)
        except Exception as error:  # the one place worker errors are caught
            log.error("background job failed:\n%s", traceback.format_exc())
            self.failed.emit(_describe(error))
        finally:
            self.done.emit()


def _describe(error: Exception) -> str:
    text = str(error) or type(error).__name__
    if isinstance(error, MemoryError):
        return QCoreApplication.translate("BackgroundJob", "out of memory")
    return text


class BackgroundJob(QObject):
    """One generator run in its own QThread.

    Signals (all delivered in the GUI thread): ``yielded(value)``, ``failed(message)``,
    ``finished()`` — the last one always comes, after the thread has ended.
    ``stop`` is the caller's own way to make the generator end (e.g. a TrainingControl);
    ``wait`` blocks until the thread has ended.
    """

    yielded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, make_generator: Callable[[], Iterable], name: str = "job", parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._runner = _Runner(make_generator)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.yielded.connect(self.yielded)
        self._runner.failed.connect(self.failed)
        # direct: quit() is thread-safe, and a GUI thread blocked in wait() must not be needed
        self._runner.done.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self._on_thread_finished)
        self._started = False
        self._done = False
        _jobs.add(self)

    def start(self) -> "BackgroundJob":
        self._started = True
        self._done = False
        self._thread.start()
        return self

    def is_running(self) -> bool:
        """From start() until ``finished`` has been delivered: a job whose thread has just
        ended still counts, so no new job can start before the old one's last signal."""
        return self._started and not self._done

    def thread_alive(self) -> bool:
        return self._thread.isRunning()

    def wait(self, milliseconds: int = 10_000) -> bool:
        """Block until the thread has ended; True if it did within the time."""
        if not self._started:
            return True
        return self._thread.wait(milliseconds)

    @Slot()
    def _on_thread_finished(self) -> None:
        self._done = True
        self.finished.emit()


class OwnsOneJob:
    """For a view that runs one stoppable job at a time, kept in ``_job`` with its ``_control``."""

    _job: BackgroundJob | None = None
    _control = None  # a core.training.TrainingControl

    def is_running(self) -> bool:
        return self._job is not None and self._job.is_running()

    def cancel(self) -> None:
        if self._control is not None:
            self._control.stop()

    def shutdown(self, milliseconds: int = 5000) -> bool:
        """Stop the job and wait for its thread to end (for the window's closeEvent)."""
        self.cancel()
        return self._job.wait(milliseconds) if self._job is not None else True
