"""Assertions and test doubles shared by several test files."""
import threading

import numpy as np

from core.training import TrainingControl

# How long a test waits for the event it needs before it fails (ms). The event usually comes in well
# under a second; a busy 2-core machine, where the training process (at niceness 10) gets a tenth of a
# core, can take 10-20 s. A wait ends as soon as its event comes, so a long limit costs nothing when green.
WAIT = 120_000


def assert_same_network(loaded, network):
    """Exactly the same network: dtype, both weight matrices, and every piece of metadata."""
    for name in ("w_ih", "w_ho"):
        mine, theirs = getattr(loaded, name), getattr(network, name)
        assert mine.dtype == theirs.dtype and mine.shape == theirs.shape, name
        np.testing.assert_array_equal(mine, theirs, strict=True)
    assert loaded.dtype == network.dtype
    for name in ("learning_rate", "epochs_trained", "test_accuracy", "seed", "created"):
        assert getattr(loaded, name) == getattr(network, name), name


class ObservedControl(TrainingControl):
    """A TrainingControl that tells when the training loop has parked in a pause."""

    def __init__(self, pace=None):
        super().__init__(pace)
        self.parked = threading.Event()  # set once the loop blocks on a pause; cleared on resume

    def wait_while_paused(self) -> float:
        if self.paused:
            self.parked.set()
        waited = super().wait_while_paused()
        self.parked.clear()
        return waited


def pad_as_28x28(canvas: np.ndarray) -> np.ndarray:
    """The pad's 280×280 canvas shrunk back to 28×28 (each pixel the mean of its 10×10 block)."""
    return canvas.reshape(28, 10, 28, 10).mean(axis=(1, 3))
