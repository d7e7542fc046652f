"""Sweeps: one fresh network per value, one epoch each; progress, points, stop, CSV."""
import csv
import io
import threading
import time

import pytest

from core.data import load_mnist
from core.sweep import DEFAULT_VALUES, SweepPoint, SweepProgress, check_values, sweep, sweep_csv
import core.training
from core.training import TrainingConfig, TrainingControl


@pytest.fixture(scope="module")
def small(small_mnist):
    return load_mnist(small_mnist)


def test_defaults_are_the_ones_asked_for():
    assert DEFAULT_VALUES["learning_rate"] == (0.01, 0.05, 0.1, 0.2, 0.3, 0.6)
    assert DEFAULT_VALUES["hidden_nodes"] == (10, 50, 100, 200, 500)


def test_two_learning_rates_give_two_points(small):
    events = list(sweep(small, [0.05, 0.3], "learning_rate", TrainingConfig(limit=2000), seed=0))
    points = [e for e in events if isinstance(e, SweepPoint)]
    progress = [e for e in events if isinstance(e, SweepProgress)]
    assert [p.value for p in points] == [0.05, 0.3]
    assert all(0.7 < p.test_accuracy <= 1 and p.seconds > 0 and not p.diverged for p in points)
    assert [p.index for p in points] == [0, 1] and {p.parameter for p in points} == {"learning_rate"}
    fractions = [p.fraction for p in progress]
    assert fractions == sorted(fractions) and fractions[0] == 0 and fractions[-1] == pytest.approx(1.0)
    assert {p.value for p in progress} == {0.05, 0.3} and {p.count for p in progress} == {2}
    # each value's point comes after that value's progress
    assert events.index(points[0]) < events.index(next(p for p in progress if p.index == 1))


def test_same_seed_same_points_and_hidden_nodes_sweep(small):
    config = TrainingConfig(limit=1000)
    first = [e for e in sweep(small, [5, 40], "hidden_nodes", config, seed=3) if isinstance(e, SweepPoint)]
    again = [e for e in sweep(small, [5, 40], "hidden_nodes", config, seed=3) if isinstance(e, SweepPoint)]
    assert [p.test_accuracy for p in first] == [p.test_accuracy for p in again]
    assert [p.value for p in first] == [5, 40] and first[0].test_accuracy != first[1].test_accuracy


def test_diverging_value_is_marked(small):
    points = [e for e in sweep(small, [5000.0], "learning_rate", TrainingConfig(limit=2000)) if isinstance(e, SweepPoint)]
    assert len(points) == 1 and points[0].diverged and 0 <= points[0].test_accuracy <= 1


@pytest.mark.parametrize(
    "values, parameter",
    [([], "learning_rate"), ([0.1, -0.2], "learning_rate"), ([0], "learning_rate"), ([float("inf")], "learning_rate"),
     ([2.5], "hidden_nodes"), ([0], "hidden_nodes"), (["abc"], "learning_rate"), ([0.1] * 13, "learning_rate"), ([0.1], "epochs")],
)
def test_bad_values_are_refused(values, parameter):
    with pytest.raises(ValueError):
        check_values(values, parameter)


def test_stopped_before_start_yields_nothing(small):
    control = TrainingControl()
    control.stop()
    assert list(sweep(small, [0.1, 0.2], control=control)) == []


def test_stop_from_another_thread_ends_promptly_without_more_points(small, monkeypatch):
    # chunks are sized by time: on a fast machine one chunk could take a whole epoch, leaving no middle to stop in
    monkeypatch.setattr(core.training, "MAX_CHUNK", 512)
    control = TrainingControl()
    stop_now, stopped = threading.Event(), threading.Event()
    stopped_at = []

    def stopper():
        stop_now.wait(60)
        stopped_at.append(time.perf_counter())
        control.stop()
        stopped.set()

    thread = threading.Thread(target=stopper)
    thread.start()
    events = []
    config = TrainingConfig(progress_interval=0.0)  # progress after every chunk: there is a middle of an epoch to stop in
    for event in sweep(small, [0.1, 0.2, 0.3], "learning_rate", config, control):
        events.append((time.perf_counter(), event))
        if isinstance(event, SweepProgress) and 0 < event.fraction * event.count - 1 < 1:  # in the middle of the 2nd value
            stop_now.set()
            stopped.wait(60)  # the other thread stops it while the sweep waits here, mid-epoch
    stop_now.set()
    thread.join()
    points = [event for _, event in events if isinstance(event, SweepPoint)]
    assert [p.value for p in points] == [0.1]  # the second value was cut short: no point for it
    assert not any(isinstance(event, SweepPoint) and at > stopped_at[0] for at, event in events)


def test_csv_has_one_row_per_point():
    points = [SweepPoint("learning_rate", 0.05, 0.9123, 1.5, 0), SweepPoint("learning_rate", 0.6, 0.1, 0.2, 1, diverged=True)]
    rows = list(csv.reader(io.StringIO(sweep_csv(points))))
    assert rows == [["learning_rate", "test_accuracy", "seconds", "diverged"], ["0.05", "0.9123", "1.500", "0"], ["0.6", "0.1000", "0.200", "1"]]
    assert sweep_csv([]).splitlines() == ["value,test_accuracy,seconds,diverged"]
