"""The record of one training run: its settings, its curves and its epoch results."""
from __future__ import annotations

import csv
import io
import time
from dataclasses import dataclass, field, fields

import numpy as np

from core.training import Evaluation, Progress

SMOOTHING_SAMPLES = 5000  # the smoothed loss forgets with a time constant of this many samples


@dataclass
class RunHistory:
    """Curves against samples seen, plus one row per finished epoch."""

    settings: dict = field(default_factory=dict)
    name: str = ""
    started: float = field(default_factory=time.time)
    samples: list[int] = field(default_factory=list)
    loss: list[float] = field(default_factory=list)
    smoothed_loss: list[float] = field(default_factory=list)
    accuracy: list[float] = field(default_factory=list)
    learning_rate: list[float] = field(default_factory=list)
    epochs: list[dict] = field(default_factory=list)  # one dict per Evaluation, without predictions
    seconds: float = 0.0  # training time
    outcome: str = "running"  # running, finished, stopped, diverged, failed

    def add_progress(self, progress: Progress) -> None:
        self.samples.append(progress.samples_seen)
        self.loss.append(progress.loss)
        # an exponential moving average over samples, not reports: a report of few samples moves it little
        previous = self.smoothed_loss[-1] if self.smoothed_loss else progress.loss
        new_samples = progress.samples_seen - (self.samples[-2] if len(self.samples) > 1 else 0)
        weight = 1.0 - np.exp(-new_samples / SMOOTHING_SAMPLES)
        self.smoothed_loss.append(previous + weight * (progress.loss - previous))
        self.accuracy.append(progress.accuracy)
        self.learning_rate.append(progress.learning_rate)
        self.seconds = progress.samples_seen / max(progress.samples_per_second, 1e-9)

    def add_evaluation(self, evaluation: Evaluation) -> None:
        # the figures only: not the predictions, nor the weights (0.6 MB an epoch)
        row = {f.name: getattr(evaluation, f.name) for f in fields(evaluation) if f.name not in ("predictions", "w_ih", "w_ho")}
        self.epochs.append(row)

    @property
    def final_test_accuracy(self) -> float | None:
        return self.epochs[-1]["test_accuracy"] if self.epochs else None

    def test_points(self) -> tuple[np.ndarray, np.ndarray]:
        """(samples seen, test accuracy) at each epoch's end."""
        return (
            np.array([row["samples_seen"] for row in self.epochs], dtype=float),
            np.array([row["test_accuracy"] for row in self.epochs], dtype=float),
        )

    def curves_csv(self) -> str:
        """The live curves as CSV: samples, loss, smoothed loss, accuracy, learning rate."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["samples_seen", "train_loss", "smoothed_loss", "train_accuracy", "learning_rate"])
        for row in zip(self.samples, self.loss, self.smoothed_loss, self.accuracy, self.learning_rate):
            writer.writerow([row[0], *(f"{value:.6g}" for value in row[1:])])
        return out.getvalue()

    def epochs_csv(self) -> str:
        """One row per epoch: test accuracy and loss, training loss and accuracy, time."""
        out = io.StringIO()
        columns = ["epoch", "samples_seen", "test_accuracy", "test_loss", "train_loss", "train_accuracy", "seconds", "samples_per_second"]
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in self.epochs:
            writer.writerow([row[column] for column in columns])
        return out.getvalue()

    def to_arrays(self) -> dict[str, np.ndarray]:
        """Plain arrays (no pickles) to save beside a model."""
        test_samples, test_accuracy = self.test_points()
        return {
            "history_samples": np.asarray(self.samples, dtype=np.int64),
            "history_loss": np.asarray(self.loss, dtype=np.float64),
            "history_accuracy": np.asarray(self.accuracy, dtype=np.float64),
            "history_learning_rate": np.asarray(self.learning_rate, dtype=np.float64),
            "history_test_samples": test_samples,
            "history_test_accuracy": test_accuracy,
        }
