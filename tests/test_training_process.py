"""Training in a process of its own (core.training_process): the same run as in this process,
control that reaches it, errors that come back, and a process that dies said out loud."""
import os
import signal
import threading

import numpy as np
import pytest

from core.data import Dataset
from core.network import NeuralNetwork
from core.training import Baseline, Evaluation, Progress, TrainingConfig, TrainingControl, train
from core.training_process import RemoteControl, TrainingFailed, TrainingProcess, TrainingProcessDied


@pytest.fixture(scope="module")
def process():
    process = TrainingProcess()
    yield process
    process.shutdown()
    assert not process.is_alive()


@pytest.fixture(scope="module")
def small(mnist):
    return Dataset(mnist.train_images[:3000], mnist.train_labels[:3000], mnist.test_images[:500], mnist.test_labels[:500], mnist.directory)


def test_a_run_there_ends_with_the_same_network_as_a_run_here(process, small):
    config = TrainingConfig(epochs=2, seed=3, snapshot_weights=False)
    here, there = NeuralNetwork(seed=3), NeuralNetwork(seed=3)
    events_here = list(train(here, small, config, TrainingControl()))
    events_there = list(process.train(there, small, config, RemoteControl(process), blas_threads=1))
    assert process.pid not in (None, os.getpid())
    np.testing.assert_array_equal(there.w_ih, here.w_ih)
    np.testing.assert_array_equal(there.w_ho, here.w_ho)
    assert (there.samples_trained, there.epochs_trained, there.test_accuracy) == (6000, 2, here.test_accuracy)
    assert isinstance(events_there[0], Baseline) and isinstance(events_there[-1], Evaluation)
    assert [e.test_accuracy for e in events_there if isinstance(e, Evaluation)] == [e.test_accuracy for e in events_here if isinstance(e, Evaluation)]


def test_pause_step_and_stop_reach_the_run(process, small):
    """Paused before it reached the process, the run parks at once; steps learn one sample each; stop ends it."""
    network = NeuralNetwork(seed=0)
    control = RemoteControl(process)
    control.pause()
    seen = []
    finished = threading.Event()

    def consume():
        for event in process.train(network, small, TrainingConfig(epochs=1, seed=0), control):
            seen.append(event)
        finished.set()

    thread = threading.Thread(target=consume)
    thread.start()
    assert control.parked.wait(10)
    assert [type(event) for event in seen] == [Baseline]  # nothing learned while paused
    control.set_pace("step")
    control.resume()
    for _ in range(3):
        control.step()
    control.stop()
    assert finished.wait(10)
    thread.join()
    assert network.samples_trained <= 3 and not control.parked.is_set()


def test_an_error_in_the_run_comes_back_with_its_message(process, small):
    broken = Dataset(small.train_images[:10, :5, :5], small.train_labels[:10], small.test_images, small.test_labels, small.directory)
    with pytest.raises(TrainingFailed) as raised:
        list(process.train(NeuralNetwork(seed=0), broken, TrainingConfig(epochs=1), RemoteControl(process)))
    assert str(raised.value)
    # the process lives on for the next run
    network = NeuralNetwork(seed=0)
    list(process.train(network, small, TrainingConfig(epochs=1, limit=200), RemoteControl(process)))
    assert network.samples_trained == 200


def test_a_process_that_dies_mid_run_is_reported_and_replaced(process, small):
    control = RemoteControl(process)
    run = process.train(NeuralNetwork(seed=0), small, TrainingConfig(epochs=1000), control)
    assert isinstance(next(run), Baseline)
    os.kill(process.pid, signal.SIGKILL)
    with pytest.raises(TrainingProcessDied, match="ended unexpectedly"):
        for _ in run:
            pass
    network = NeuralNetwork(seed=0)
    events = list(process.train(network, small, TrainingConfig(epochs=1, limit=100), RemoteControl(process)))
    assert network.samples_trained == 100 and any(isinstance(event, Progress) for event in events)


def test_the_training_process_gives_way_to_the_window(process, small):
    """It runs at a lower priority (NICENESS), so the window goes first when the CPU is short."""
    from core.training_process import NICENESS

    list(process.train(NeuralNetwork(seed=0), small, TrainingConfig(epochs=1, limit=100), RemoteControl(process)))
    mine = os.getpriority(os.PRIO_PROCESS, 0)
    assert os.getpriority(os.PRIO_PROCESS, process.pid) == min(19, mine + NICENESS)
