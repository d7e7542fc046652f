"""core.sequential: the blocked one-sample-at-a-time kernel against the tutorial's loop."""
import warnings

import numpy as np
import pytest

from core.sequential import sigmoid, train_one_at_a_time

N_IN, N_HID, N_OUT = 784, 200, 10


def train_reference(w_ih, w_ho, x, t, lr):
    """The tutorial's train() for one sample, arithmetic written out (column vectors,
    sigmoid 1 / (1 + exp(-z))).  Updates w_ih, w_ho in place; returns the forward output."""
    inputs = np.array(x, ndmin=2).T
    targets = np.array(t, ndmin=2).T
    hidden_outputs = 1.0 / (1.0 + np.exp(-np.dot(w_ih, inputs)))
    final_outputs = 1.0 / (1.0 + np.exp(-np.dot(w_ho, hidden_outputs)))
    output_errors = targets - final_outputs
    hidden_errors = np.dot(w_ho.T, output_errors)
    w_ho += lr * np.dot(output_errors * final_outputs * (1.0 - final_outputs), hidden_outputs.T)
    w_ih += lr * np.dot(hidden_errors * hidden_outputs * (1.0 - hidden_outputs), inputs.T)
    return final_outputs[:, 0]


def make_problem(n, seed=0, dtype=np.float64):
    """Tutorial-style weights, MNIST-like inputs (mostly 0.01, some bright pixels), 0.01/0.99 targets."""
    rng = np.random.default_rng(seed)
    w_ih = rng.normal(0.0, N_IN ** -0.5, (N_HID, N_IN))
    w_ho = rng.normal(0.0, N_HID ** -0.5, (N_OUT, N_HID))
    pixels = rng.random((n, N_IN)) * (rng.random((n, N_IN)) < 0.2)
    inputs = pixels * 0.99 + 0.01
    targets = np.full((n, N_OUT), 0.01)
    targets[np.arange(n), rng.integers(0, N_OUT, n)] = 0.99
    return (w_ih.astype(dtype), w_ho.astype(dtype),
            np.ascontiguousarray(inputs, dtype=dtype), targets.astype(dtype))


def run_reference(w_ih, w_ho, inputs, targets, lr):
    w_ih, w_ho = w_ih.astype(np.float64), w_ho.astype(np.float64)
    outs = np.array([train_reference(w_ih, w_ho, x, t, lr) for x, t in zip(inputs, targets)])
    return w_ih, w_ho, outs.reshape(len(inputs), N_OUT)


@pytest.fixture(scope="module")
def reference_300():
    w_ih, w_ho, inputs, targets = make_problem(300, seed=1)
    return (w_ih, w_ho, inputs, targets), run_reference(w_ih, w_ho, inputs, targets, 0.2)


@pytest.mark.parametrize("block_size", [1, 7, 32, 64, None, 128, 1000])
def test_float64_matches_tutorial_loop(reference_300, block_size):
    (w_ih0, w_ho0, inputs, targets), (ref_ih, ref_ho, ref_out) = reference_300
    w_ih, w_ho = w_ih0.copy(), w_ho0.copy()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = train_one_at_a_time(w_ih, w_ho, inputs, targets, 0.2, block_size=block_size)
    assert out.shape == (300, N_OUT) and out.dtype == np.float64
    # the training really moved the weights, and we followed it
    assert np.abs(ref_ih - w_ih0).max() > 1e-3 and np.abs(ref_ho - w_ho0).max() > 1e-2
    assert np.abs(w_ih - ref_ih).max() < 1e-10
    assert np.abs(w_ho - ref_ho).max() < 1e-10
    assert np.abs(out - ref_out).max() < 1e-10


def test_chunks_equal_one_call(reference_300):
    """Calling on consecutive chunks (stopping in between) is the same training."""
    (w_ih0, w_ho0, inputs, targets), (ref_ih, ref_ho, ref_out) = reference_300
    w_ih, w_ho = w_ih0.copy(), w_ho0.copy()
    outs = [train_one_at_a_time(w_ih, w_ho, inputs[a:b], targets[a:b], 0.2, block_size=16)
            for a, b in [(0, 5), (5, 5), (5, 100), (100, 300)]]
    assert np.abs(np.concatenate(outs) - ref_out).max() < 1e-10
    assert np.abs(w_ih - ref_ih).max() < 1e-10
    assert np.abs(w_ho - ref_ho).max() < 1e-10


def test_float32_close_to_float64_reference(reference_300):
    (w_ih0, w_ho0, inputs, targets), (ref_ih, ref_ho, ref_out) = reference_300
    w_ih, w_ho = w_ih0.astype(np.float32), w_ho0.astype(np.float32)
    out = train_one_at_a_time(w_ih, w_ho, inputs.astype(np.float32), targets.astype(np.float32), 0.2)
    assert w_ih.dtype == w_ho.dtype == out.dtype == np.float32
    assert np.abs(w_ih - ref_ih).max() < 1e-4
    assert np.abs(w_ho - ref_ho).max() < 1e-4
    assert np.abs(out - ref_out).max() < 1e-4


def test_empty_and_tiny_inputs():
    w_ih, w_ho, inputs, targets = make_problem(3, seed=2)
    before = w_ih.copy(), w_ho.copy()
    out = train_one_at_a_time(w_ih, w_ho, inputs[:0], targets[:0], 0.3)
    assert out.shape == (0, N_OUT)
    assert np.array_equal(w_ih, before[0]) and np.array_equal(w_ho, before[1])
    ref_ih, ref_ho, ref_out = run_reference(w_ih, w_ho, inputs, targets, 0.3)
    out = train_one_at_a_time(w_ih, w_ho, inputs, targets, 0.3)
    assert np.abs(out - ref_out).max() < 1e-12
    assert np.abs(w_ih - ref_ih).max() < 1e-12 and np.abs(w_ho - ref_ho).max() < 1e-12


def test_rejects_bad_shapes():
    w_ih, w_ho, inputs, targets = make_problem(4, seed=3)
    with pytest.raises(ValueError):
        train_one_at_a_time(w_ih, w_ho, inputs[:, :-1], targets, 0.1)
    with pytest.raises(ValueError):
        train_one_at_a_time(w_ih, w_ho, inputs, targets[:3], 0.1)
    with pytest.raises(ValueError):
        train_one_at_a_time(w_ih, w_ho, inputs, targets, 0.1, block_size=0)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_sigmoid_stable(dtype):
    z = np.array([-1e4, -1e3, -50.0, -1.0, 0.0, 1.0, 50.0, 1e3, 1e4, -np.inf, np.inf], dtype=dtype)
    with warnings.catch_warnings(), np.errstate(all="raise"):
        warnings.simplefilter("error")
        s = sigmoid(z)
    assert s.dtype == dtype and s.shape == z.shape
    assert np.all((s >= 0) & (s <= 1))
    assert s[0] == 0 and s[-3] == 1 and s[4] == 0.5
    mid = np.linspace(-30, 30, 601).astype(dtype)
    ref = 1 / (1 + np.exp(-mid.astype(np.float64)))
    assert np.abs(sigmoid(mid) - ref).max() < (1e-15 if dtype == np.float64 else 1e-6)
    buf = z.copy()
    assert sigmoid(buf, out=buf) is buf and np.array_equal(buf, s)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_huge_learning_rate_no_warnings(dtype):
    w_ih, w_ho, inputs, targets = make_problem(500, seed=4, dtype=dtype)
    with warnings.catch_warnings(), np.errstate(all="raise"):
        warnings.simplefilter("error")
        out = train_one_at_a_time(w_ih, w_ho, inputs, targets, 50.0, block_size=64)
    assert np.all(np.isfinite(w_ih)) and np.all(np.isfinite(w_ho))
    assert np.all((out >= 0) & (out <= 1))
