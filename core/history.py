"""The record of one training run: its settings, its curves and its epoch results.

A run's curves begin at sample 0 with its ``Baseline`` (the network tested before the first
update), so the climb from chance is drawn; the baseline is kept apart from the epoch rows.
"""
from __future__ import annotations

import csv
import io
import json
import time
from dataclasses import dataclass, field, fields

import numpy as np

from core.training import Baseline, Evaluation, Progress

SMOOTHING_SAMPLES = 5000  # the smoothed loss forgets with a time constant of this many samples
EPOCH_COLUMNS = ("epoch", "samples_seen", "test_accuracy", "test_loss", "train_loss", "train_accuracy", "seconds", "samples_per_second")
INTEGER_COLUMNS = ("epoch", "samples_seen")


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
    baseline: dict | None = None  # {"test_accuracy", "test_loss"} before the run's first update
    seconds: float = 0.0  # training time
    outcome: str = "running"  # running, finished, stopped, diverged, failed

    def add_baseline(self, baseline: Baseline) -> None:
        """The run's start: its test figures, which are also the curves' first point (sample 0)."""
        self.baseline = {"test_accuracy": float(baseline.test_accuracy), "test_loss": float(baseline.test_loss)}
        self._add_point(baseline.samples_seen, self.baseline["test_loss"], self.baseline["test_accuracy"], baseline.learning_rate)

    def add_progress(self, progress: Progress) -> None:
        self._add_point(progress.samples_seen, progress.loss, progress.accuracy, progress.learning_rate)
        self.seconds = progress.samples_seen / max(progress.samples_per_second, 1e-9)

    def _add_point(self, samples_seen: int, loss: float, accuracy: float, learning_rate: float) -> None:
        self.samples.append(samples_seen)
        self.loss.append(loss)
        # an exponential moving average over samples, not reports: a report of few samples moves it little
        previous = self.smoothed_loss[-1] if self.smoothed_loss else loss
        new_samples = samples_seen - (self.samples[-2] if len(self.samples) > 1 else 0)
        weight = 1.0 - np.exp(-new_samples / SMOOTHING_SAMPLES)
        self.smoothed_loss.append(previous + weight * (loss - previous))
        self.accuracy.append(accuracy)
        self.learning_rate.append(learning_rate)

    def add_evaluation(self, evaluation: Evaluation) -> None:
        # the figures only: not the predictions, nor the weights (0.6 MB an epoch)
        row = {f.name: getattr(evaluation, f.name) for f in fields(evaluation) if f.name not in ("predictions", "w_ih", "w_ho")}
        self.epochs.append(row)

    @property
    def final_test_accuracy(self) -> float | None:
        return self.epochs[-1]["test_accuracy"] if self.epochs else None

    def test_points(self) -> tuple[np.ndarray, np.ndarray]:
        """(samples seen, test accuracy) at the start (if known) and at each epoch's end: two arrays (k,)."""
        rows = ([{"samples_seen": 0, **self.baseline}] if self.baseline is not None else []) + self.epochs
        return (
            np.array([row["samples_seen"] for row in rows], dtype=float),
            np.array([row["test_accuracy"] for row in rows], dtype=float),
        )

    def curves_csv(self) -> str:
        """The live curves as CSV: samples, loss, smoothed loss, accuracy, learning rate.

        The row at sample 0, if any, holds the baseline: the figures on the test set before training.
        """
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["samples_seen", "train_loss", "smoothed_loss", "train_accuracy", "learning_rate"])
        for row in zip(self.samples, self.loss, self.smoothed_loss, self.accuracy, self.learning_rate):
            writer.writerow([row[0], *(f"{value:.6g}" for value in row[1:])])
        return out.getvalue()

    def epochs_csv(self) -> str:
        """One row per epoch: test accuracy and loss, training loss and accuracy, time.

        Epoch 0, if known, is the baseline (before training): test figures only, the rest left empty.
        """
        out = io.StringIO()
        columns = list(EPOCH_COLUMNS)
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        if self.baseline is not None:
            start = {"epoch": 0, "samples_seen": 0, **self.baseline}
            writer.writerow([start.get(column, "") for column in columns])
        for row in self.epochs:
            writer.writerow([row[column] for column in columns])
        return out.getvalue()

    def to_arrays(self) -> dict[str, np.ndarray]:
        """Plain arrays (no pickles) to save beside a model; ``from_arrays`` brings back the same history."""
        # the test points of files before the epoch rows: epoch ends only, as readers of that time expect
        test_samples = np.array([row["samples_seen"] for row in self.epochs], dtype=float)
        test_accuracy = np.array([row["test_accuracy"] for row in self.epochs], dtype=float)
        arrays = {
            "history_samples": np.asarray(self.samples, dtype=np.int64),
            "history_loss": np.asarray(self.loss, dtype=np.float64),
            "history_accuracy": np.asarray(self.accuracy, dtype=np.float64),
            "history_learning_rate": np.asarray(self.learning_rate, dtype=np.float64),
            "history_test_samples": test_samples,
            "history_test_accuracy": test_accuracy,
            "history_record": np.array(json.dumps(
                {"settings": self.settings, "name": self.name, "started": self.started, "seconds": self.seconds, "outcome": self.outcome,
                 "baseline": self.baseline}
            )),
        }
        for column in EPOCH_COLUMNS:
            kind = np.int64 if column in INTEGER_COLUMNS else np.float64
            arrays[f"history_epoch_{column}"] = np.asarray([row[column] for row in self.epochs], dtype=kind)
        return arrays

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> "RunHistory | None":
        """The history saved by ``to_arrays`` (None if there is none); raises ValueError if it does not fit together.

        The smoothed loss is recomputed (the same arithmetic as while training, so the same numbers).
        Files saved before the epoch rows were kept bring back their test points only; files
        saved before the baseline was kept have none (their curves begin at the first report).
        """
        if "history_samples" not in arrays:
            return None

        def column(key: str, kind: type) -> list:
            values = np.asarray(arrays[key])
            if values.ndim != 1 or values.dtype.kind not in "iuf":
                raise ValueError(f"'{key}' is not a row of numbers")
            return [kind(value) for value in values.tolist()]

        history = cls(outcome="finished")
        try:
            history.samples = column("history_samples", int)
            curves = {name: column(f"history_{name}", float) for name in ("loss", "accuracy", "learning_rate")}
            if "history_record" in arrays:
                record = json.loads(str(arrays["history_record"]))
                history.settings, history.name = dict(record["settings"]), str(record["name"])
                history.started, history.seconds, history.outcome = float(record["started"]), float(record["seconds"]), str(record["outcome"])
                if record.get("baseline") is not None:
                    history.baseline = {name: float(record["baseline"][name]) for name in ("test_accuracy", "test_loss")}
            if "history_epoch_epoch" in arrays:
                rows = {name: column(f"history_epoch_{name}", int if name in INTEGER_COLUMNS else float) for name in EPOCH_COLUMNS}
            else:  # an older file: only the test points
                rows = {"samples_seen": column("history_test_samples", int), "test_accuracy": column("history_test_accuracy", float)}
                rows["epoch"] = list(range(1, len(rows["samples_seen"]) + 1))
                rows.update({name: [float("nan")] * len(rows["epoch"]) for name in EPOCH_COLUMNS if name not in rows})
        except (KeyError, TypeError, OverflowError, json.JSONDecodeError) as problem:
            raise ValueError(f"the saved training history is incomplete ({problem})") from None
        if len({len(history.samples), *map(len, curves.values())}) != 1 or len({*map(len, rows.values())}) != 1:
            raise ValueError("the saved training history's rows have different lengths")
        samples, history.samples = history.samples, []
        for seen, loss, accuracy, rate in zip(samples, curves["loss"], curves["accuracy"], curves["learning_rate"]):
            history._add_point(seen, loss, accuracy, rate)
        history.epochs = [dict(zip(EPOCH_COLUMNS, values)) for values in zip(*(rows[name] for name in EPOCH_COLUMNS))]
        return history
