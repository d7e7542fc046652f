"""Training in a process of its own, so the window never waits for it.

One sample at a time, the tutorial's rule is ~16 µs of NumPy per sample, and Python's GIL is
held almost all of that time. Trained in a thread of the app's own process, every drawing the
window does waits for the GIL again and again: bench/bench_gui.py measured a 10 ms timer firing
22–30 ms late (p99) and the redraw taking up to 34 ms. A second process has its own GIL, so the
window runs at its own speed on one core while the network trains on the other.

    process = TrainingProcess()                  # spawned on first use, kept for later runs
    control = RemoteControl(process)             # stop, pause, pace, step, learning rate
    for event in process.train(network, dataset, config, control):
        ...                                      # Baseline, Progress, Evaluation, Diverged

``train`` yields what ``core.training.train`` yields, and once the run has ended it writes the
trained network's state into ``network`` (the in-process generator writes it as it goes). It
raises ``TrainingFailed`` (or MemoryError) if the run failed in the other process, and
``TrainingProcessDied`` if that process ended without a word. The other process is *spawned*
(a fresh interpreter: no Qt, no thread of this process comes along); it gets the dataset once
and keeps it for the runs after. No Qt here: pipes and threads of the standard library.

Messages, this process -> the training process (``commands``):
    ("dataset", layouts, directory), then each array's bytes      ("train", run, network, config, state, options)
    ("stop" | "pause" | "resume" | "step", run)   ("pace", run, pace)   ("rate", run, rate)   ("quit",)
and back (``events``):
    ("event", run, event)     ("parked", run, bool)     ("failed", run, kind, text)     ("done", run, network)
"""
from __future__ import annotations

import atexit
import dataclasses
import logging
import multiprocessing
import os
import queue
import threading
import time
import traceback
import weakref
from pathlib import Path

import numpy as np

from core.data import Dataset
from core.network import NeuralNetwork
from core.training import Progress, TrainingConfig, TrainingControl

log = logging.getLogger(__name__)
# At full speed a Progress comes every ~20 ms, but the window shows the weights 2.5 times a second:
# the weights (1.3 MB a copy) cross over at most this often (seconds); a paced run sends every copy.
WEIGHTS_EVERY = 0.1
# The training process's niceness: when its threads and the window want more CPU than there is (the
# Robust preset warps the next chunk on a second thread), the window goes first. bench/bench_gui.py,
# Robust: timer p99 5.7–11.0 ms at 0 and 5, 4.6–5.1 ms at 10, training at 0.93–0.97 of headless.
NICENESS = 10


class TrainingFailed(RuntimeError):
    """The run raised an error in the training process; the message is that error's."""


class TrainingProcessDied(RuntimeError):
    """The training process ended in the middle of a run (killed, or out of memory)."""


# -- this (the app's) side ----------------------------------------------------------------------

class RemoteControl(TrainingControl):
    """A TrainingControl whose every change also reaches the run in the training process.

    Changes made before the run has reached that process go along with its start. ``parked``
    is set while the run waits in a pause (the chunk in progress has ended), as it reports.
    """

    def __init__(self, process: "TrainingProcess", pace: float | str | None = None):
        self._process = process
        self._run: int | None = None  # set once the run has been sent
        self._forward_lock = threading.Lock()
        self.parked = threading.Event()
        super().__init__(pace)

    # Each change is made here and sent to the run under one lock: a run that attaches in between
    # starts with the change made and is not sent it again (which would count a step twice).
    def _send(self, *message) -> None:
        """Send a change to the run, once it has been sent (call with _forward_lock)."""
        if self._run is not None:
            self._process.send(message[0], self._run, *message[1:])

    def stop(self) -> None:
        with self._forward_lock:
            super().stop()
            self._send("stop")

    def pause(self) -> None:
        with self._forward_lock:
            super().pause()
            self._send("pause")

    def resume(self) -> None:
        with self._forward_lock:
            super().resume()
            self._send("resume")

    def set_pace(self, pace: float | str | None) -> None:
        with self._forward_lock:
            super().set_pace(pace)
            self._send("pace", self.pace)

    def step(self) -> None:
        with self._forward_lock:
            super().step()
            self._send("step")

    def set_learning_rate(self, learning_rate: float) -> None:
        with self._forward_lock:
            super().set_learning_rate(learning_rate)
            self._send("rate", float(learning_rate))

    def _attach(self, run: int) -> dict:
        """The state to start the run with; from now on every change is forwarded (call with _forward_lock)."""
        self._run = run
        with self._lock:
            steps, rate = self._steps, self._learning_rate
        return {"pace": self.pace, "paused": self.paused, "stopped": self.stopped, "steps": steps, "rate": rate}


class TrainingProcess:
    """The one process that trains; started when a run first needs it, restarted if it died."""

    def __init__(self):
        self._process = None
        self._commands = self._events = None
        self._send_lock = threading.Lock()
        self._run_lock = threading.Lock()  # one run reads the events at a time
        self._dataset_sent: weakref.ref | None = None
        self._runs = 0

    def is_alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self.is_alive() else None

    def _ensure_started(self) -> None:
        if self.is_alive():
            return
        self._close_pipes()
        context = multiprocessing.get_context("spawn")
        command_reader, command_writer = context.Pipe(duplex=False)
        event_reader, event_writer = context.Pipe(duplex=False)
        process = context.Process(target=serve, args=(command_reader, event_writer), name="digitlab-training", daemon=True)
        process.start()
        command_reader.close()  # the child's ends: once it is gone, reading here sees the end of the pipe
        event_writer.close()
        self._process, self._commands, self._events = process, command_writer, event_reader
        self._dataset_sent = None

    def send(self, *message) -> None:
        """Send a command; a process that has gone is noticed by the run reading its events."""
        with self._send_lock:
            if self._commands is None:
                return
            try:
                self._commands.send(message)
            except (BrokenPipeError, OSError):
                pass

    def _send_dataset(self, dataset: Dataset) -> None:
        """The dataset's arrays go as raw bytes straight from their memory: pickled, they took a second
        copy here (54 MB of MNIST) while they were sent."""
        arrays = [np.ascontiguousarray(getattr(dataset, name)) for name in DATASET_ARRAYS]
        with self._send_lock:
            if self._commands is None:
                return
            try:
                self._commands.send(("dataset", [(array.dtype.str, array.shape) for array in arrays], str(dataset.directory)))
                for array in arrays:
                    self._commands.send_bytes(memoryview(array).cast("B"))
            except (BrokenPipeError, OSError):
                pass

    def train(self, network: NeuralNetwork, dataset: Dataset, config: TrainingConfig, control: RemoteControl,
              blas_threads: int | None = None, chunk_seconds: float | None = None):
        """Run ``core.training.train`` in the training process and yield its events (see the module's text).

        ``blas_threads``: at most this many BLAS threads there; ``chunk_seconds``: the work between
        two control checks (None: core.training.CHUNK_SECONDS)."""
        with self._run_lock:
            self._ensure_started()
            if self._dataset_sent is None or self._dataset_sent() is not dataset:
                self._send_dataset(dataset)
                self._dataset_sent = weakref.ref(dataset)
            self._runs += 1
            run = self._runs
            options = {"blas_threads": blas_threads, "chunk_seconds": chunk_seconds}
            with control._forward_lock:
                self.send("train", run, network, config, control._attach(run), options)
            failure, done = None, False
            try:
                while not done:
                    try:
                        message = self._events.recv()
                    except (EOFError, OSError):
                        raise TrainingProcessDied(self._death_notice()) from None
                    kind, message_run = message[0], message[1]
                    if message_run != run:
                        continue  # a late word from an earlier run
                    if kind == "event":
                        yield message[2]
                    elif kind == "parked":
                        (control.parked.set if message[2] else control.parked.clear)()
                    elif kind == "failed":
                        failure = message[2:]
                    elif kind == "done":
                        network.__dict__.update(message[2].__dict__)
                        done = True
            finally:
                control.parked.clear()
                if not done:
                    control.stop()  # e.g. the generator was closed: the process goes on to the next run
        if failure is not None:
            error_kind, text = failure
            if error_kind == "MemoryError":
                raise MemoryError(text)
            raise TrainingFailed(text)

    def _death_notice(self) -> str:
        process = self._process
        process.join(1.0)
        code = process.exitcode
        self._close_pipes()
        self._process = None
        return f"the training process ended unexpectedly (exit code {code})"

    def _close_pipes(self) -> None:
        for pipe in (self._commands, self._events):
            if pipe is not None:
                pipe.close()
        self._commands = self._events = None

    def shutdown(self, seconds: float = 2.0) -> None:
        """End the process (between runs it only waits for the next one)."""
        process = self._process
        if process is None:
            return
        self.send("quit")
        process.join(seconds)
        if process.is_alive():
            process.terminate()
            process.join(seconds)
        with self._send_lock:
            self._close_pipes()
        self._process = None


_shared: TrainingProcess | None = None


def shared_process() -> TrainingProcess:
    """The app's one training process (ended when Python exits)."""
    global _shared
    if _shared is None:
        _shared = TrainingProcess()
        atexit.register(_shared.shutdown)
    return _shared


# -- the training process's side -----------------------------------------------------------------

class _ReportingControl(TrainingControl):
    """The run's control in the training process: it says when the run parks in a pause."""

    def __init__(self, run: int, state: dict, report):
        super().__init__(state["pace"])
        self._run, self._report = run, report
        with self._lock:
            self._steps, self._learning_rate = state["steps"], state["rate"]
        if state["paused"]:
            self.pause()
        if state["stopped"]:
            self.stop()

    def wait_while_paused(self) -> float:
        if not self.paused:
            return 0.0
        self._report(("parked", self._run, True))
        try:
            return super().wait_while_paused()
        finally:
            self._report(("parked", self._run, False))


DATASET_ARRAYS = ("train_images", "train_labels", "test_images", "test_labels")


def _receive_dataset(commands, layouts: list, directory: str) -> Dataset:
    """The arrays ``TrainingProcess._send_dataset`` sent after its message, each received into its own memory."""
    arrays = []
    for dtype, shape in layouts:
        array = np.empty(shape, np.dtype(dtype))
        commands.recv_bytes_into(memoryview(array).cast("B"))
        arrays.append(array)
    return Dataset(*arrays, Path(directory))


def serve(commands, events) -> None:
    """The training process's life: take a dataset, then runs, one at a time, until told to quit.

    A thread reads the commands: stop, pause and the like go straight to the run's control
    (so they act in the middle of a chunk's wait); datasets and runs queue up for this thread.
    """
    import core.training
    from core.blas import blas_threads_at_most

    if hasattr(os, "nice"):
        os.nice(NICENESS)

    work: queue.Queue = queue.Queue()
    controls: dict[int, TrainingControl] = {}

    def send(message) -> None:
        try:
            events.send(message)
        except (BrokenPipeError, OSError):  # the app has gone: the run stops at its next check
            for control in list(controls.values()):
                control.stop()

    def read_commands() -> None:
        while True:
            try:
                message = commands.recv()
                if message[0] == "dataset":
                    message = ("dataset", _receive_dataset(commands, *message[1:]))
            except (EOFError, OSError):
                message = ("quit",)
            kind = message[0]
            if kind == "train":
                run, state = message[1], message[4]
                controls[run] = _ReportingControl(run, state, send)
                work.put(message)
            elif kind in ("dataset", "quit"):
                work.put(message)
                if kind == "quit":
                    for control in list(controls.values()):
                        control.stop()
                    return
            else:
                control = controls.get(message[1])
                if control is not None:
                    _apply(control, kind, message[2:])

    threading.Thread(target=read_commands, name="commands", daemon=True).start()
    dataset = None
    default_chunk = core.training.CHUNK_SECONDS
    while True:
        message = work.get()
        kind = message[0]
        if kind == "quit":
            return
        if kind == "dataset":
            dataset = message[1]
            continue
        _, run, network, config, _, options = message
        control = controls[run]
        core.training.CHUNK_SECONDS = options["chunk_seconds"] or default_chunk
        last_weights = -float("inf")
        try:
            with blas_threads_at_most(options["blas_threads"] or 1_000_000):
                for event in core.training.train(network, dataset, config, control):
                    if isinstance(event, Progress) and event.w_ih is not None and control.pace is None:
                        now = time.perf_counter()
                        if now - last_weights < WEIGHTS_EVERY:
                            event = dataclasses.replace(event, w_ih=None, w_ho=None)
                        else:
                            last_weights = now
                    send(("event", run, event))
        except Exception as error:
            log.error("training failed:\n%s", traceback.format_exc())
            send(("failed", run, type(error).__name__, str(error) or type(error).__name__))
        finally:
            controls.pop(run, None)
        send(("done", run, network))


def _apply(control: TrainingControl, kind: str, arguments: tuple) -> None:
    if kind == "stop":
        control.stop()
    elif kind == "pause":
        control.pause()
    elif kind == "resume":
        control.resume()
    elif kind == "step":
        control.step()
    elif kind == "pace":
        control.set_pace(arguments[0])
    elif kind == "rate":
        control.set_learning_rate(arguments[0])
