"""Reading a digit in five looks (core.looks): as drawn and moved one pixel each way, the output layer
reading the looks' average hidden outputs."""
import numpy as np
import pytest

from core import looks
from core.activation import sigmoid
from core.data import images_to_inputs
from core.network import NeuralNetwork


def moved_by_padding(inputs: np.ndarray, right: int, down: int) -> np.ndarray:
    """The same move as looks.shifted, done another way: pad with blank, then crop."""
    images = np.pad(inputs.reshape(-1, 28, 28), ((0, 0), (1, 1), (1, 1)), constant_values=np.float32(0.01))
    return images[:, 1 - down : 29 - down, 1 - right : 29 - right].reshape(len(inputs), 784)


def test_a_shift_moves_the_ink_and_brings_in_blank():
    inputs = np.full((1, 784), 0.01, np.float32)
    inputs[0, 5 * 28 + 7] = 1.0  # row 5, column 7
    inputs[0, 27 * 28 + 27] = 0.5  # the last pixel: moved right or down, it leaves the field
    for right, down in looks.LOOKS:
        moved = looks.shifted(inputs, right, down).reshape(28, 28)
        assert moved[5 + down, 7 + right] == 1.0
        assert moved.dtype == np.float32 and moved.min() == pytest.approx(0.01)
        assert (moved == 0.5).sum() == (1 if (right, down) in ((0, 0), (-1, 0), (0, -1)) else 0)
    np.testing.assert_array_equal(looks.shifted(inputs, 0, 0), inputs)


def test_five_looks_are_the_drawing_and_its_four_one_pixel_moves(trained, mnist):
    inputs = images_to_inputs(mnist.test_images[:50])
    hidden, final = looks.read(trained, inputs)
    moves = [(0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)]
    assert sorted(looks.LOOKS) == sorted(moves)
    expected_hidden = np.mean([trained.hidden_outputs(moved_by_padding(inputs, r, d)) for r, d in moves], axis=0)
    np.testing.assert_allclose(hidden, expected_hidden, rtol=1e-5, atol=1e-6)
    # the output layer is the network's own, on the averaged hidden outputs
    np.testing.assert_allclose(final, sigmoid(expected_hidden @ trained.w_ho.T), rtol=1e-5, atol=1e-6)
    assert hidden.dtype == final.dtype == trained.dtype
    # it is not one look: the averaged outputs differ from the drawing's own
    assert np.abs(final - trained.query(inputs)).max() > 1e-3
    # one sample is read as a batch of one; read_outputs is read in chunks
    np.testing.assert_allclose(looks.read(trained, inputs[7])[1][0], final[7], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(looks.read_outputs(trained, inputs, chunk=16), final, rtol=1e-5, atol=1e-6)


def test_five_looks_read_mnist_at_least_as_well_as_one(trained, mnist):
    inputs = images_to_inputs(mnist.test_images)
    one = (trained.query(inputs).argmax(axis=1) == mnist.test_labels).mean()
    five = (looks.read_outputs(trained, inputs).argmax(axis=1) == mnist.test_labels).mean()
    assert five >= one - 0.005  # cross-validated: +0.13 to +0.17 points on MNIST validation (core.looks)


def test_a_network_without_784_inputs_reads_one_look():
    network = NeuralNetwork(input_nodes=30, hidden_nodes=8, output_nodes=3, seed=1)
    inputs = np.random.default_rng(0).random((4, 30)).astype(network.dtype)
    hidden, final = looks.read(network, inputs)
    np.testing.assert_array_equal(final, network.query(inputs))
    np.testing.assert_array_equal(hidden, network.hidden_outputs(inputs))
