"""The mini-batch kernel against the rule written out plainly, and the training loop that uses it."""
import numpy as np
import pytest

from core.blas import blas_threads, blas_threads_at_most
from core.data import images_to_inputs, labels_to_targets
from core.minibatch import MinibatchKernel
from core.network import NeuralNetwork
from core.training import TrainingConfig, train


def plain_batch_step(w_ih, w_ho, x, t, lr):
    """NeuralNetwork.train_batch's documented rule, with the exp form of the sigmoid."""
    sigmoid = lambda z: 1.0 / (1.0 + np.exp(-z))  # noqa: E731
    hidden = sigmoid(x @ w_ih.T)
    final = sigmoid(hidden @ w_ho.T)
    errors = t - final
    hidden_errors = errors @ w_ho
    w_ho += lr / len(x) * (errors * final * (1 - final)).T @ hidden
    w_ih += lr / len(x) * (hidden_errors * hidden * (1 - hidden)).T @ x
    return final


def random_samples(n, seed=0):
    rng = np.random.default_rng(seed)
    images = (rng.random((n, 28, 28)) * (rng.random((n, 28, 28)) < 0.25) * 255).astype(np.uint8)
    labels = rng.integers(0, 10, n).astype(np.uint8)
    return images, labels


def test_kernel_equals_the_plain_rule_batch_after_batch_with_a_short_last_batch():
    images, labels = random_samples(50)
    x, t = images_to_inputs(images, np.float64), labels_to_targets(labels, 10, np.float64)
    network = NeuralNetwork(hidden_nodes=30, seed=1, dtype=np.float64)
    w_ih, w_ho = network.w_ih.copy(), network.w_ho.copy()
    expected = np.concatenate([plain_batch_step(w_ih, w_ho, x[i : i + 16], t[i : i + 16], 2.0) for i in range(0, 50, 16)])

    kernel = MinibatchKernel(784, 30, 10, 16, np.float64)
    outputs = kernel.train(network.w_ih, network.w_ho, x, t, 2.0)

    np.testing.assert_allclose(outputs, expected, rtol=0, atol=1e-12)
    np.testing.assert_allclose(network.w_ih, w_ih, rtol=0, atol=1e-12)
    np.testing.assert_allclose(network.w_ho, w_ho, rtol=0, atol=1e-12)


def test_training_loop_applies_the_batches_of_each_shuffle(small_mnist):
    from core.data import load_mnist

    dataset = load_mnist(small_mnist)
    config = TrainingConfig(epochs=2, learning_rate=1.5, batch_size=16, seed=3, limit=600, snapshot_weights=False)
    trained = NeuralNetwork(seed=2, dtype=np.float64)
    expected = trained.copy()
    list(train(trained, dataset, config))

    rng = np.random.default_rng(config.seed)
    for _ in range(config.epochs):
        order = rng.permutation(600)
        x = images_to_inputs(dataset.train_images[order], np.float64)
        t = labels_to_targets(dataset.train_labels[order], 10, np.float64)
        for i in range(0, 600, 16):
            expected.learning_rate = config.learning_rate
            expected.train_batch(x[i : i + 16], t[i : i + 16])
    np.testing.assert_allclose(trained.w_ih, expected.w_ih, rtol=0, atol=1e-12)
    np.testing.assert_allclose(trained.w_ho, expected.w_ho, rtol=0, atol=1e-12)


@pytest.mark.skipif(blas_threads() is None, reason="OpenBLAS not found: nothing to limit")
def test_blas_threads_are_limited_inside_the_block_and_given_back_after():
    before = blas_threads()
    with blas_threads_at_most(1):
        assert blas_threads() == 1
    assert blas_threads() == before


def test_learning_rate_decays_after_each_epoch(small_mnist):
    from core.data import load_mnist
    from core.training import Evaluation

    network = NeuralNetwork(seed=0)
    config = TrainingConfig(epochs=3, learning_rate=0.8, batch_size=10, limit=300, learning_rate_decay=0.5, seed=1)
    # the generator pauses at each epoch's Evaluation: the rate then is the one that epoch trained with
    rates = [network.learning_rate for event in train(network, load_mnist(small_mnist), config) if isinstance(event, Evaluation)]
    assert rates == pytest.approx([0.8, 0.4, 0.2])
    assert network.learning_rate == pytest.approx(0.2)  # no decay after the last epoch
    for decay in (0.0, 1.5, float("nan")):
        with pytest.raises(ValueError):
            TrainingConfig(learning_rate_decay=decay).validate()
