"""A sweep: one fresh network per value of a setting, each trained one epoch, compared on the test set.

``sweep`` reuses ``core.training.train`` for every value and passes it the same
``TrainingControl``, so a stop takes effect within one training chunk (~20 ms),
even in the middle of an epoch. It yields

* ``SweepProgress`` whenever the training underneath reports progress,
* ``SweepPoint`` after each value: its test accuracy and training time.

A stopped sweep simply ends: no point for the value it was training.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace

from core.data import Dataset
from core.network import MAX_NODES, NeuralNetwork
from core.training import Diverged, Evaluation, Progress, TrainingConfig, TrainingControl, evaluate, train

PARAMETERS = ("learning_rate", "hidden_nodes")
DEFAULT_VALUES = {
    "learning_rate": (0.01, 0.05, 0.1, 0.2, 0.3, 0.6),
    "hidden_nodes": (10, 50, 100, 200, 500),
}
MAX_VALUES = 12


@dataclass(frozen=True)
class SweepProgress:
    fraction: float  # of the whole sweep, 0–1
    value: float  # the value being trained now
    index: int  # its position in the sweep, 0-based
    count: int  # how many values the sweep has


@dataclass(frozen=True)
class SweepPoint:
    parameter: str
    value: float
    test_accuracy: float  # 0–1
    seconds: float  # training time (the test excluded)
    index: int
    diverged: bool = False  # training stopped early: the accuracy is that of the last good weights


def check_values(values, parameter: str) -> list[float]:
    """The values as numbers fit for ``parameter``; ValueError saying what is wrong."""
    if parameter not in PARAMETERS:
        raise ValueError(f"unknown parameter {parameter!r}: choose one of {', '.join(PARAMETERS)}")
    values = list(values)
    if not values:
        raise ValueError("give at least one value")
    if len(values) > MAX_VALUES:
        raise ValueError(f"at most {MAX_VALUES} values, got {len(values)}")
    checked = []
    for value in values:
        number = float(value)
        if not number > 0 or number == float("inf"):
            raise ValueError(f"{value:g} is not a positive number")
        if parameter == "hidden_nodes":
            if number != int(number) or not 1 <= number <= MAX_NODES:
                raise ValueError(f"hidden nodes must be whole numbers from 1 to {MAX_NODES}, got {value:g}")
            number = int(number)
        checked.append(number)
    return checked


def sweep(
    dataset: Dataset,
    values,
    parameter: str = "learning_rate",
    base_config: TrainingConfig | None = None,
    control: TrainingControl | None = None,
    seed: int | None = 0,
    hidden_nodes: int = 200,
):
    """Train a fresh network (seeded with ``seed``) for one epoch per value; yield SweepProgress and SweepPoint.

    The other settings come from ``base_config`` (its learning rate, batch size and limit) and
    ``hidden_nodes``; ``parameter`` says which of the two, learning rate or hidden nodes, varies.
    """
    values = check_values(values, parameter)
    control = control or TrainingControl()
    base = base_config or TrainingConfig()
    config = replace(base, epochs=1, seed=seed, snapshot_weights=False)
    count = len(values)
    for index, value in enumerate(values):
        if control.stopped:
            return
        if parameter == "learning_rate":
            run_config, hidden = replace(config, learning_rate=value), hidden_nodes
        else:
            run_config, hidden = config, value
        network = NeuralNetwork(hidden_nodes=hidden, learning_rate=run_config.learning_rate, seed=seed)
        yield SweepProgress(index / count, value, index, count)
        point = None
        for event in train(network, dataset, run_config, control):
            if isinstance(event, Progress):
                yield SweepProgress((index + event.fraction) / count, value, index, count)
            elif isinstance(event, Evaluation):
                point = SweepPoint(parameter, value, event.test_accuracy, event.seconds, index)
            elif isinstance(event, Diverged):
                accuracy, _, _ = evaluate(network, dataset.test_images, dataset.test_labels)
                point = SweepPoint(parameter, value, accuracy, 0.0, index, diverged=True)
        if control.stopped or point is None:
            return
        yield point


def sweep_csv(points: list[SweepPoint]) -> str:
    """One row per value: the value, its test accuracy, training seconds, whether it diverged."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([points[0].parameter if points else "value", "test_accuracy", "seconds", "diverged"])
    for point in points:
        writer.writerow([f"{point.value:g}", f"{point.test_accuracy:.4f}", f"{point.seconds:.3f}", int(point.diverged)])
    return out.getvalue()
