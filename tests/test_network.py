"""The network against the tutorial's arithmetic, finite differences, and its file format."""
import warnings

import numpy as np
import pytest
from checks import assert_same_network

from core.data import images_to_inputs, labels_to_targets
from core.errors import ModelFileError
from core.network import NeuralNetwork


def tutorial_sigmoid(x):
    return 1 / (1 + np.exp(-x))


def tutorial_train(weights_h1, weights_o1, learning_rate, inputs_list, targets_list):
    """The tutorial's train(), line for line (its weights are float64)."""
    inputs = np.array(inputs_list, ndmin=2).T
    targets = np.array(targets_list, ndmin=2).T
    hidden_outputs = tutorial_sigmoid(np.dot(weights_h1, inputs))
    final_outputs = tutorial_sigmoid(np.dot(weights_o1, hidden_outputs))
    output_errors = targets - final_outputs
    hidden_errors = np.dot(weights_o1.T, output_errors)
    weights_o1 += learning_rate * np.dot((output_errors * final_outputs * (1.0 - final_outputs)), np.transpose(hidden_outputs))
    weights_h1 += learning_rate * np.dot((hidden_errors * hidden_outputs * (1.0 - hidden_outputs)), np.transpose(inputs))


@pytest.fixture(scope="module")
def samples(mnist):
    inputs = images_to_inputs(mnist.train_images[:300], np.float64)
    targets = labels_to_targets(mnist.train_labels[:300], dtype=np.float64)
    return inputs, targets


def test_initial_weights_follow_the_tutorial():
    network = NeuralNetwork(seed=1)
    assert network.w_ih.shape == (200, 784) and network.w_ho.shape == (10, 200)
    assert network.w_ih.std() == pytest.approx(784**-0.5, rel=0.02)
    assert network.w_ho.std() == pytest.approx(200**-0.5, rel=0.05)
    assert abs(network.w_ih.mean()) < 0.002
    np.testing.assert_array_equal(NeuralNetwork(seed=1).w_ih, network.w_ih)


def test_train_matches_the_tutorial_in_float64(samples):
    inputs, targets = samples
    network = NeuralNetwork(seed=3, dtype=np.float64)
    weights_h1, weights_o1 = network.w_ih.copy(), network.w_ho.copy()
    for x, t in zip(inputs, targets):
        network.train(x, t)
        tutorial_train(weights_h1, weights_o1, 0.1, x, t)
    assert np.abs(network.w_ih - weights_h1).max() < 1e-10
    assert np.abs(network.w_ho - weights_o1).max() < 1e-10
    assert np.abs(network.w_ih - NeuralNetwork(seed=3, dtype=np.float64).w_ih).max() > 1e-3  # it did learn


def test_train_sequential_matches_the_tutorial_in_float64(samples):
    inputs, targets = samples
    network = NeuralNetwork(seed=4, dtype=np.float64)
    weights_h1, weights_o1 = network.w_ih.copy(), network.w_ho.copy()
    outputs = network.train_sequential(inputs, targets)
    for x, t in zip(inputs, targets):
        tutorial_train(weights_h1, weights_o1, 0.1, x, t)
    assert outputs.shape == (300, 10)
    assert np.abs(network.w_ih - weights_h1).max() < 1e-10
    assert np.abs(network.w_ho - weights_o1).max() < 1e-10


def test_batch_of_one_equals_one_train_step(samples):
    inputs, targets = samples
    one, batch = NeuralNetwork(seed=5, dtype=np.float64), NeuralNetwork(seed=5, dtype=np.float64)
    for x, t in zip(inputs[:20], targets[:20]):
        one.train(x, t)
        batch.train_batch(x[None, :], t[None, :])
    np.testing.assert_allclose(batch.w_ih, one.w_ih, rtol=0, atol=1e-12)
    np.testing.assert_allclose(batch.w_ho, one.w_ho, rtol=0, atol=1e-12)


def test_batch_update_is_the_mean_of_the_single_updates(samples):
    inputs, targets = samples
    base = NeuralNetwork(seed=6, dtype=np.float64)
    steps_ih, steps_ho = [], []
    for x, t in zip(inputs[:8], targets[:8]):
        single = base.copy()
        single.train(x, t)
        steps_ih.append(single.w_ih - base.w_ih)
        steps_ho.append(single.w_ho - base.w_ho)
    batch = base.copy()
    batch.train_batch(inputs[:8], targets[:8])
    np.testing.assert_allclose(batch.w_ih - base.w_ih, np.mean(steps_ih, axis=0), atol=1e-14)
    np.testing.assert_allclose(batch.w_ho - base.w_ho, np.mean(steps_ho, axis=0), atol=1e-14)


def test_backpropagation_against_finite_differences(samples):
    """E = ½Σ(t−o)². The w_ho step is exactly −lr·∂E/∂w_ho. The tutorial's hidden error
    W_hoᵀ·e leaves out the output sigmoid's slope o(1−o), so its w_ih step is the chain
    rule with that slope set to 1: still a descent direction, checked here numerically."""
    inputs, targets = samples
    x, t = inputs[7], targets[7]
    network = NeuralNetwork(hidden_nodes=12, seed=8, dtype=np.float64)

    def error(w_ih, w_ho):
        probe = network.copy()
        probe.w_ih, probe.w_ho = w_ih, w_ho
        return 0.5 * np.sum((t - probe.query(x)) ** 2)

    def numeric_gradient(name):
        weights = getattr(network, name)
        gradient = np.zeros_like(weights)
        h = 1e-6
        for index in np.ndindex(weights.shape):
            plus, minus = weights.copy(), weights.copy()
            plus[index] += h
            minus[index] -= h
            others = {"w_ih": network.w_ih, "w_ho": network.w_ho}
            gradient[index] = (error(**{**others, name: plus}) - error(**{**others, name: minus})) / (2 * h)
        return gradient

    trained = network.copy()
    trained.learning_rate = 1.0
    trained.train(x, t)
    step_ih, step_ho = trained.w_ih - network.w_ih, trained.w_ho - network.w_ho
    grad_ih, grad_ho = numeric_gradient("w_ih"), numeric_gradient("w_ho")

    np.testing.assert_allclose(step_ho, -grad_ho, rtol=1e-4, atol=1e-9)

    hidden = network.hidden_outputs(x)
    output = network.query(x)
    errors = t - output
    chain_rule = -np.outer((network.w_ho.T @ (errors * output * (1 - output))) * hidden * (1 - hidden), x)
    np.testing.assert_allclose(chain_rule, grad_ih, rtol=1e-4, atol=1e-9)
    slope_left_out = np.outer((network.w_ho.T @ errors) * hidden * (1 - hidden), x)
    np.testing.assert_allclose(step_ih, slope_left_out, rtol=1e-12, atol=1e-15)
    assert np.sum(step_ih * -grad_ih) > 0  # downhill


def test_query_shapes(samples):
    inputs, _ = samples
    network = NeuralNetwork(seed=0)
    assert network.query(inputs[0]).shape == (10,)
    assert network.query(inputs[:5]).shape == (5, 10)
    np.testing.assert_allclose(network.query(inputs[:5])[2], network.query(inputs[2]), rtol=1e-6)
    assert network.hidden_outputs(inputs[0]).shape == (200,)
    assert network.hidden_outputs(inputs[:3]).shape == (3, 200)


def test_sigmoid_never_overflows_or_warns_at_any_learning_rate(samples):
    inputs, targets = samples
    for dtype in (np.float32, np.float64):
        network = NeuralNetwork(seed=0, learning_rate=1e6, dtype=dtype)
        with warnings.catch_warnings(), np.errstate(over="raise", invalid="raise", divide="raise"):
            warnings.simplefilter("error")
            network.train_sequential(inputs[:50].astype(dtype), targets[:50].astype(dtype))
            network.train_batch(inputs[:50].astype(dtype), targets[:50].astype(dtype))
            for x, t in zip(inputs[:5], targets[:5]):
                network.train(x, t)
            outputs = network.query(inputs[:10])
        assert np.isfinite(outputs).all()


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_save_and_load_round_trip(tmp_path, dtype):
    network = NeuralNetwork(hidden_nodes=30, learning_rate=0.25, seed=11, dtype=dtype)
    network.epochs_trained = 3
    network.test_accuracy = 0.9512
    path = tmp_path / "model.npz"
    network.save(path)
    loaded = NeuralNetwork.load(path)
    assert loaded.w_ih.dtype == loaded.w_ho.dtype == np.dtype(dtype)
    assert_same_network(loaded, network)
    assert (loaded.hidden_nodes, loaded.learning_rate, loaded.epochs_trained) == (30, 0.25, 3)
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind
    import os

    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask  # as any file the user saves, not private


def test_bad_model_files_are_refused_with_the_file_named(tmp_path):
    good = NeuralNetwork(hidden_nodes=5, seed=0)
    cases = {}
    cases["text.npz"] = b"this is not a zip file"
    for name, arrays in {
        "nan.npz": {"w_ih": np.full((5, 784), np.nan), "w_ho": good.w_ho},
        "shapes.npz": {"w_ih": good.w_ih, "w_ho": np.zeros((10, 6), np.float32)},
        "dtype.npz": {"w_ih": good.w_ih.astype(np.int32), "w_ho": good.w_ho},
        "missing.npz": {"w_ih": good.w_ih},
        "pickled.npz": {"w_ih": np.array([{"a": 1}], dtype=object), "w_ho": good.w_ho},
    }.items():
        path = tmp_path / name
        np.savez(path, **arrays)
        cases[name] = path.read_bytes()
    for name, raw in cases.items():
        path = tmp_path / name
        path.write_bytes(raw)
        with pytest.raises(ModelFileError) as error:
            NeuralNetwork.load(path)
        assert name in str(error.value), error.value
    with pytest.raises(ModelFileError, match="not found"):
        NeuralNetwork.load(tmp_path / "absent.npz")


def test_backquery_gives_an_image_in_range():
    network = NeuralNetwork(seed=0)
    image = network.backquery(np.where(np.arange(10) == 3, 0.99, 0.01))
    assert image.shape == (784,)
    assert image.min() >= 0.01 - 1e-6 and image.max() <= 0.99 + 1e-6
