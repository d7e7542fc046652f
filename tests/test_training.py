"""The training generator: progress, evaluation, stop, pause, learning-rate changes, divergence."""
import queue
import threading

import numpy as np
import pytest
from checks import ObservedControl

from core.network import NeuralNetwork
from core.training import (
    Diverged,
    Evaluation,
    Progress,
    TrainingConfig,
    TrainingControl,
    confusion_matrix,
    evaluate,
    train,
)


def test_one_epoch_on_10000_samples_reaches_90_percent(mnist):
    network = NeuralNetwork(seed=0)
    events = list(train(network, mnist, TrainingConfig(epochs=1, limit=10_000, seed=0)))
    evaluations = [e for e in events if isinstance(e, Evaluation)]
    assert len(evaluations) == 1
    assert evaluations[0].test_accuracy >= 0.90
    assert network.epochs_trained == 1 and network.test_accuracy == evaluations[0].test_accuracy
    progress = [e for e in events if isinstance(e, Progress)]
    assert progress[-1].samples_seen == 10_000 and progress[-1].fraction == 1.0
    assert all(0 <= p.accuracy <= 1 and p.loss > 0 for p in progress)
    assert [p.samples_seen for p in progress] == sorted(p.samples_seen for p in progress)


class FakeClock:
    """perf_counter for core.training: each call moves time on by ``step`` seconds."""

    def __init__(self, step):
        self.step, self.now = step, 0.0

    def __call__(self):
        self.now += self.step
        return self.now


def test_progress_is_throttled_and_holds_copies(mnist, monkeypatch):
    """Reports come no more often than progress_interval, though every chunk could fill one.

    Chunks of 1,024 samples (over MIN_WINDOW) on a fake clock where each takes 6 ms: without the
    throttle each of the ~30 chunks would bring a report; with it, one comes every 5 chunks.
    """
    import core.training

    clock = FakeClock(0.002)  # called 3 times a chunk
    monkeypatch.setattr(core.training.time, "perf_counter", clock)
    monkeypatch.setattr(core.training, "MAX_CHUNK", 1024)
    network = NeuralNetwork(seed=0)
    config = TrainingConfig(epochs=1, limit=30_000, progress_interval=0.03)
    snapshots = []
    for event in train(network, mnist, config):
        if isinstance(event, Progress):
            snapshots.append((clock.now, event, event.w_ih.copy()))
    times = [at for at, _, _ in snapshots]
    assert 4 <= len(snapshots) <= 8
    assert all(later - earlier >= config.progress_interval for earlier, later in zip(times[:-2], times[1:-1]))  # the last is the run's end
    for _, event, at_the_time in snapshots:
        assert event.w_ih is not network.w_ih
        np.testing.assert_array_equal(event.w_ih, at_the_time)  # nobody wrote to it afterwards


def test_same_seed_same_result_and_mini_batches_learn(mnist):
    results = []
    for _ in range(2):
        network = NeuralNetwork(seed=2)
        list(train(network, mnist, TrainingConfig(epochs=1, batch_size=10, learning_rate=1.0, limit=3000, seed=9)))
        results.append(network.w_ih)
    np.testing.assert_array_equal(results[0], results[1])
    assert network.test_accuracy > 0.8


def run_in_thread(network, dataset, config, control):
    """Train in a thread; return it, the list of its events, and a queue that receives each event as it comes."""
    events, arrived = [], queue.Queue()

    def work():
        for event in train(network, dataset, config, control):
            events.append(event)
            arrived.put(event)

    thread = threading.Thread(target=work)
    thread.start()
    return thread, events, arrived


def next_progress(arrived):
    while not isinstance(event := arrived.get(timeout=60), Progress):
        pass
    return event


def test_stop_ends_the_run_between_chunks(mnist):
    """Stop lands mid-epoch: no evaluation follows. (How fast: bench/bench.py measures it.)"""
    control = TrainingControl()
    thread, events, arrived = run_in_thread(NeuralNetwork(seed=0), mnist, TrainingConfig(epochs=5), control)
    next_progress(arrived)  # the run is under way
    control.stop()
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert any(isinstance(e, Progress) for e in events)
    assert not any(isinstance(e, Evaluation) for e in events)


def test_pause_and_resume(mnist):
    control = ObservedControl()
    network = NeuralNetwork(seed=0)
    thread, events, arrived = run_in_thread(network, mnist, TrainingConfig(epochs=1), control)
    next_progress(arrived)
    control.pause()
    assert control.parked.wait(timeout=30)  # the chunk in progress ends, then the loop waits
    frozen, count = network.w_ih.copy(), len(events)
    assert thread.is_alive() and control.parked.is_set()  # still waiting: nothing trains while paused
    np.testing.assert_array_equal(network.w_ih, frozen)
    assert len(events) == count
    control.resume()
    next_progress(arrived)
    assert not np.array_equal(network.w_ih, frozen)
    control.stop()
    thread.join(timeout=30)
    assert not thread.is_alive()


def test_learning_rate_changes_mid_run(mnist):
    control = TrainingControl()
    network = NeuralNetwork(seed=0)
    rates = []
    for event in train(network, mnist, TrainingConfig(epochs=1, limit=20_000, learning_rate=0.1), control):
        if isinstance(event, Progress):
            rates.append(event.learning_rate)
            if len(rates) == 2:
                control.set_learning_rate(0.05)
    assert rates[0] == 0.1 and rates[-1] == 0.05
    assert network.learning_rate == 0.05
    with pytest.raises(ValueError):
        control.set_learning_rate(-1)


def test_a_huge_learning_rate_is_detected_and_the_last_good_weights_kept(mnist):
    network = NeuralNetwork(seed=0)
    events = list(train(network, mnist, TrainingConfig(epochs=1, limit=20_000, learning_rate=50.0)))
    diverged = [e for e in events if isinstance(e, Diverged)]
    assert len(diverged) == 1 and events[-1] is diverged[0]
    assert diverged[0].suggested_learning_rate < 50
    assert np.isfinite(network.w_ih).all() and np.isfinite(network.w_ho).all()
    for event in events:
        if isinstance(event, Progress):
            assert np.isfinite(event.loss)


def test_evaluate_and_confusion_matrix(mnist):
    network = NeuralNetwork(seed=0)
    list(train(network, mnist, TrainingConfig(epochs=1, limit=2000)))
    accuracy, loss, predictions = evaluate(network, mnist.test_images, mnist.test_labels)
    matrix = confusion_matrix(mnist.test_labels, predictions)
    assert matrix.sum() == 10_000
    assert matrix.trace() / 10_000 == pytest.approx(accuracy)
    assert matrix.sum(axis=1).tolist() == np.bincount(mnist.test_labels).tolist()
    assert loss > 0


def test_bad_config_is_refused(mnist):
    for config in (TrainingConfig(epochs=0), TrainingConfig(learning_rate=float("nan")), TrainingConfig(batch_size=0)):
        with pytest.raises(ValueError):
            list(train(NeuralNetwork(seed=0), mnist, config))


def test_one_at_a_time_training_repeats_exactly_whatever_the_chunks(mnist, monkeypatch):
    """Chunk sizes follow the measured speed; the result must not: same seed, same weights."""
    import core.training

    results = []
    for seconds in (0.001, 0.02, 0.2):  # very different chunk sizes
        monkeypatch.setattr(core.training, "CHUNK_SECONDS", seconds)
        network = NeuralNetwork(seed=3)
        list(train(network, mnist, TrainingConfig(epochs=1, limit=5000, learning_rate=0.6, seed=4)))
        results.append(network.w_ih)
    np.testing.assert_array_equal(results[0], results[1])
    np.testing.assert_array_equal(results[0], results[2])
