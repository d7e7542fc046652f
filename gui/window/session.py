"""The app's state, apart from any widget: the dataset, the network, the run in progress.

Training runs in a process of its own (``core.training_process``), whose events a
``BackgroundJob`` hands to the GUI thread. While it runs, the run owns ``network``
(its trained state is written back at the end); the GUI thread reads only ``snapshot``,
a network holding the copies of the weights that the last Progress brought. Every
error from a job surfaces through the one ``error`` signal.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal

from core.blas import blas_threads_at_most
from core.data import Dataset, load_mnist
from core.history import RunHistory
from core.network import NeuralNetwork, load_with_extras
from core.training import Baseline, Diverged, Evaluation, Progress, TrainingConfig, TrainingControl, train
from core.training_process import RemoteControl, shared_process
from gui.window.background import BackgroundJob

# BLAS threads for a training run: all cores but one, which the window keeps for itself
# (with every core busy, each drawing waits and the run slows down too: bench/bench_gui.py)
TRAINING_BLAS_THREADS = max(1, (os.cpu_count() or 2) - 1)
# Runs train in a process of their own (core.training_process): in a thread of this one, the
# one-sample-at-a-time kernel holds the GIL almost always and every drawing of the window waits
# for it. False trains in a thread, as before (bench/bench_gui.py --in-thread compares the two).
TRAINING_IN_PROCESS = True
# The GIL's switch interval while a run trains in a thread (seconds; Python's default is 0.005):
# each time the GUI thread lets go of the GIL (any call into Qt), getting it back waits up to this long.
TRAINING_SWITCH_INTERVAL: float | None = 0.002
TRAINING_CHUNK_SECONDS: float | None = None  # the work between two control checks (None: core's CHUNK_SECONDS)


class TrainingSession(QObject):
    stateChanged = Signal(str)  # loading, nodata, idle, running, paused
    datasetLoaded = Signal()
    networkChanged = Signal()  # new weights to show (reset, open, snapshot, end of a run)
    baselineMeasured = Signal(object)  # Baseline: the run's start, tested before its first update
    progressed = Signal(object)  # Progress
    evaluated = Signal(object)  # Evaluation
    diverged = Signal(object)  # Diverged
    runFinished = Signal(object)  # RunHistory of the run that just ended
    error = Signal(str)  # one place where errors reach the user

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.state = "loading"
        self.dataset: Dataset | None = None
        self.network = NeuralNetwork(seed=0)
        self.snapshot = self.network  # what the GUI may read
        self.history: RunHistory | None = None
        self.last_progress = None  # the last Progress of the run going on, or of the last run (its progress line, its strip)
        self.runs: list[RunHistory] = []
        self.run_networks: list[NeuralNetwork] = []  # each run's network as it ended, beside self.runs
        self.experiment_results: dict = {}  # the Experiments tab's results by claim (kept across a language switch)
        self.last_evaluation: Evaluation | None = None
        self.unsaved = False
        self.model_path: Path | None = None
        self._control: TrainingControl | None = None
        self._job: BackgroundJob | None = None
        self._loader: BackgroundJob | None = None
        self._run_counter = 0
        self._checkpoint: tuple | None = None  # (w_ih, w_ho, epochs_trained, test_accuracy) to go back to
        self._start_samples = self._start_epochs = 0  # the network's samples and epochs trained when the run began
        self.network_source: str | None = None  # where the current network's training came from: "#2", a file name
        self.pace: float | str | None = None  # the next run's and the current run's (see TrainingControl)
        self._switch_interval: float | None = None  # Python's own, given back when the run ends

    # -- state ---------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)

    @property
    def training(self) -> bool:
        return self.state in ("running", "paused")

    # -- data ----------------------------------------------------------------
    def load_dataset(self, directory: str | Path | None = None) -> None:
        """Load the dataset off the GUI thread; the current one stays until the new one is good."""
        def load():
            yield load_mnist(directory)

        self.stop_and_wait()  # a run ends first (and an earlier load), so states never interleave
        self._set_state("loading")
        self._loader = BackgroundJob(load, "load-dataset", self)
        self._loader.yielded.connect(self._on_dataset)
        self._loader.failed.connect(self._on_loader_failed)
        self._loader.finished.connect(self._on_loader_finished)
        self._loader.start()

    def _on_loader_failed(self, message: str) -> None:
        text = self.tr("Could not load the dataset: %1").replace("%1", message)
        if self.dataset is not None:
            text += " " + self.tr("The current dataset stays.")
        self.error.emit(text)

    def _on_loader_finished(self) -> None:
        if self.state == "loading":
            self._set_state("idle" if self.dataset is not None else "nodata")

    def _on_dataset(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.datasetLoaded.emit()

    # -- the network ---------------------------------------------------------
    def reset(self, hidden_nodes: int, seed: int | None, learning_rate: float = 0.1) -> None:
        """New random weights (stops a run first)."""
        self.stop_and_wait()
        self.network = NeuralNetwork(hidden_nodes=hidden_nodes, learning_rate=learning_rate, seed=seed)
        self.snapshot = self.network
        self.history = None  # the last run's curves belong to the old network (it stays in self.runs)
        self.last_progress = None
        self.model_path = None
        self.unsaved = False
        self.last_evaluation = None
        self.network_source = None
        self.networkChanged.emit()

    def open_model(self, path: str | Path) -> None:
        """Load a model file; on any problem the current network (and a run) stays and ``error`` says why."""
        network, extras = load_with_extras(path)  # raises ModelFileError naming the file
        if network.input_nodes != 784 or network.output_nodes != 10:
            raise ValueError(f"{path}: a {network.input_nodes}-{network.hidden_nodes}-{network.output_nodes} network does not fit 28×28 digits")
        try:
            history = RunHistory.from_arrays(extras)  # the curves saved with it, if any
        except ValueError:
            history = None  # a damaged history does not keep the weights out
        self.stop_and_wait()  # only once the file is known to be good
        self.network = self.snapshot = network
        self.history = history
        self.last_progress = None
        self.model_path = Path(path)
        self.unsaved = False
        self.last_evaluation = None
        self.network_source = Path(path).name
        self.networkChanged.emit()

    def adopt(self, network: NeuralNetwork, note: str | None = None) -> None:
        """Make ``network`` (e.g. a fine-tuned copy) the current one, unless a run is going on;
        ``note`` is added once to where its training came from (default: " + your digits")."""
        if self.training:
            return
        note = self.tr(" + your digits") if note is None else note
        self.network = self.snapshot = network
        self.unsaved = True
        if self.network_source and not self.network_source.endswith(note):
            self.network_source += note
        self.networkChanged.emit()

    def save_model(self, path: str | Path) -> None:
        """Save atomically (a temporary file renamed over the old one); raises OSError on failure."""
        if self.training:
            network = self.snapshot.copy()
        else:
            network = self.network
        extras = self.history.to_arrays() if self.history is not None else {}
        network.save(path, extras)
        self.model_path = Path(path)
        self.unsaved = self.training

    def samples_per_epoch(self, config: TrainingConfig) -> int:
        count = len(self.dataset.train_images) if self.dataset is not None else 0
        return count if config.limit is None else min(count, config.limit)

    def predictor(self) -> NeuralNetwork:
        """The network the GUI may query now (a snapshot while training)."""
        return self.snapshot

    # -- training ------------------------------------------------------------
    def needs_new_network(self, hidden_nodes: int, seed: int | None) -> bool:
        """A hidden size or seed other than the current network's means a new network."""
        network = self.network
        return network.hidden_nodes != hidden_nodes or (network.seed is not None and network.seed != seed)

    def start(self, config: TrainingConfig, hidden_nodes: int, fresh: bool = False) -> None:
        """Train the current network (further, when it has learned: the run is named as continued), or a
        new one when ``fresh`` or when the hidden size or seed differ from its own."""
        if self.state != "idle" or self.dataset is None:
            return
        config.validate()
        continued_from = None
        if fresh or self.needs_new_network(hidden_nodes, config.seed):
            self.network = NeuralNetwork(hidden_nodes=hidden_nodes, learning_rate=config.learning_rate, seed=config.seed)
            self.snapshot = self.network
            self.history = None
            self.model_path = None
            self.network_source = None
            self.networkChanged.emit()
        elif self.network.trained:
            continued_from = self.network_source or self.tr("a trained network")
        self.snapshot = self.network.copy()  # the GUI's own: the worker writes only self.network
        self._run_counter += 1
        settings = {
            "hidden_nodes": hidden_nodes,
            "learning_rate": config.learning_rate,
            "batch_size": config.batch_size,
            "epochs": config.epochs,
            "seed": config.seed,
            "augment": config.augment,
            "pen_digits": config.pen_digits,
            "practice": config.practice,
        }
        name = (
            self.tr("#%1 lr %2, batch %3, %4 hidden")
            .replace("%1", str(self._run_counter))
            .replace("%2", f"{config.learning_rate:g}")
            .replace("%3", str(config.batch_size))
            .replace("%4", str(hidden_nodes))
        )
        if config.augment:
            name += self.tr(", augmented")
        if config.pen_digits:
            name += self.tr(", + pen digits")
        if continued_from is not None:
            name += self.tr(", continued from %1").replace("%1", continued_from)
            settings["continued_from"] = continued_from
        self.history = RunHistory(settings=settings, name=name)
        self.last_progress = None
        network, dataset = self.network, self.dataset
        if TRAINING_IN_PROCESS:
            process = shared_process()
            self._control = control = RemoteControl(process, self.pace)

            def run():
                yield from process.train(network, dataset, config, control, TRAINING_BLAS_THREADS, TRAINING_CHUNK_SECONDS)
        else:
            self._control = control = TrainingControl(self.pace)

            def run():
                with blas_threads_at_most(TRAINING_BLAS_THREADS):
                    yield from train(network, dataset, config, control)

        self._job = job = BackgroundJob(run, "training", self)
        # a run ended by stop_and_wait still has signals queued: they must not reach the next run
        job.yielded.connect(lambda event: self._on_event(event) if job is self._job else None)
        job.failed.connect(lambda message: self._on_failed(message) if job is self._job else None)
        job.finished.connect(lambda: self._on_job_finished() if job is self._job else None)
        # where a diverged run goes back to: its start, then the end of each epoch (checked on the test set)
        self._checkpoint = (network.w_ih.copy(), network.w_ho.copy(), network.epochs_trained, network.test_accuracy)
        self._start_samples, self._start_epochs = network.samples_trained, network.epochs_trained
        self.unsaved = True
        if not TRAINING_IN_PROCESS and TRAINING_SWITCH_INTERVAL is not None and self._switch_interval is None:
            self._switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(TRAINING_SWITCH_INTERVAL)
        self._set_state("running")
        self._job.start()

    def pause(self) -> None:
        if self.state == "running" and self._control:
            self._control.pause()
            self._set_state("paused")

    def resume(self) -> None:
        if self.state == "paused" and self._control:
            self._control.resume()
            self._set_state("running")

    def stop(self) -> None:
        if self._control:
            self._control.stop()

    def set_learning_rate(self, learning_rate: float) -> None:
        """Mid-run the worker takes it at its next chunk; otherwise it is the network's from now on."""
        if self.training and self._control:
            self._control.set_learning_rate(learning_rate)
        else:
            self.network.learning_rate = learning_rate

    def set_pace(self, pace: float | str | None) -> None:
        """None (full speed), samples a second or core.training.STEP; a run in progress takes it at once."""
        self.pace = pace
        if self._control:
            self._control.set_pace(pace)

    def step(self) -> None:
        """At the STEP pace: learn one more sample (or mini-batch)."""
        if self._control:
            self._control.step()

    def stop_and_wait(self, milliseconds: int = 5000) -> bool:
        """Stop any run and block until its thread has ended (for Open, Reset, quitting)."""
        self.stop()
        finished = True
        for job in (self._job, self._loader):
            if job is not None:
                finished &= job.wait(milliseconds)
        if self._job is not None and finished:
            self._finish_run()
        return finished

    # -- events from the worker ---------------------------------------------
    def _on_event(self, event) -> None:
        if self.history is None or self._job is None:
            return  # a late event from a run already wrapped up
        if isinstance(event, Baseline):
            self.history.add_baseline(event)
            self.baselineMeasured.emit(event)
        elif isinstance(event, Progress):
            self.history.add_progress(event)
            self.last_progress = event
            if event.w_ih is not None:
                self.snapshot.w_ih, self.snapshot.w_ho = event.w_ih, event.w_ho  # copies, made by the worker
                self.snapshot.samples_trained = self._start_samples + event.samples_seen
            self.progressed.emit(event)
        elif isinstance(event, Evaluation):
            self.history.add_evaluation(event)
            self.last_evaluation = event
            if event.w_ih is not None:  # the epoch's last weights, as tested: show them and keep them to go back to
                snapshot = self.snapshot
                snapshot.w_ih, snapshot.w_ho = event.w_ih, event.w_ho
                snapshot.epochs_trained, snapshot.test_accuracy = self._checkpoint[2] + 1, event.test_accuracy
                self._checkpoint = (event.w_ih, event.w_ho, snapshot.epochs_trained, event.test_accuracy)
            self.evaluated.emit(event)
        elif isinstance(event, Diverged):
            self.history.outcome = "diverged"
            self.diverged.emit(event)

    def _on_failed(self, message: str) -> None:
        if self.history is not None:
            self.history.outcome = "failed"
        self.error.emit(self.tr("Training failed: %1").replace("%1", message))

    def _on_job_finished(self) -> None:
        self._finish_run()

    def _finish_run(self) -> None:
        job, self._job = self._job, None
        if job is None:
            return
        history = self.history
        if history is not None and history.outcome == "running":
            done = len(history.epochs) == history.settings.get("epochs")
            history.outcome = "finished" if done else "stopped"
        self._control = None
        if self._switch_interval is not None:
            sys.setswitchinterval(self._switch_interval)
            self._switch_interval = None
        if history is not None and history.outcome == "diverged" and self._checkpoint is not None:
            # the core keeps the weights of the last progress report, but by then the sigmoids are
            # often saturated already, and any smaller learning rate diverges again from there
            w_ih, w_ho, epochs, accuracy = self._checkpoint
            self.network.w_ih, self.network.w_ho = w_ih.copy(), w_ho.copy()
            if epochs == self._start_epochs:  # back to where the run began, before it learned anything
                self.network.samples_trained = self._start_samples
            self.network.epochs_trained, self.network.test_accuracy = epochs, accuracy
        self._checkpoint = None
        self.snapshot = self.network  # the worker has let go of it
        self._set_state("idle" if self.dataset is not None else "nodata")
        self.networkChanged.emit()
        if history is not None:
            self.network_source = self.tr("#%1").replace("%1", str(self._run_counter))
            self.runs.append(history)
            self.run_networks.append(self.network.copy())
            self.runFinished.emit(history)

    def random_test_image(self, rng: np.random.Generator) -> tuple[np.ndarray, int] | None:
        if self.dataset is None:
            return None
        index = int(rng.integers(len(self.dataset.test_images)))
        return self.dataset.test_images[index], int(self.dataset.test_labels[index])
