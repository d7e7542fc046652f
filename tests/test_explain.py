"""core.explain: one training step's quantities, equal to what network.train does."""
import numpy as np
import pytest

from core.data import images_to_inputs, labels_to_targets
from core.explain import explain_step, loss, most_changed_hidden_nodes
from core.network import NeuralNetwork


def _sample(mnist, index):
    return images_to_inputs(mnist.train_images[index : index + 1], np.float64)[0], labels_to_targets(mnist.train_labels[index : index + 1], 10, np.float64)[0]


@pytest.mark.parametrize("index", [0, 1, 7])
def test_train_moves_the_weights_by_exactly_the_explained_deltas(mnist, index):
    network = NeuralNetwork(hidden_nodes=200, learning_rate=0.1, seed=index, dtype=np.float64)
    network.train_sequential(images_to_inputs(mnist.train_images[100:400], np.float64), labels_to_targets(mnist.train_labels[100:400], 10, np.float64))
    inputs, targets = _sample(mnist, index)
    explanation = explain_step(network, inputs, targets)
    w_ih, w_ho = network.w_ih.copy(), network.w_ho.copy()
    final_outputs = network.train(inputs, targets)
    np.testing.assert_allclose(network.w_ho - w_ho, explanation.delta_w_ho, rtol=0, atol=1e-12)
    np.testing.assert_allclose(network.w_ih - w_ih, explanation.delta_w_ih, rtol=0, atol=1e-12)
    np.testing.assert_allclose(final_outputs, explanation.final_outputs, rtol=0, atol=1e-12)
    assert np.abs(explanation.delta_w_ih).max() > 1e-6  # the step really moves weights: the check is not vacuous


def test_the_quantities_follow_the_tutorials_equations(mnist):
    network = NeuralNetwork(hidden_nodes=50, seed=2, dtype=np.float64)
    inputs, targets = _sample(mnist, 3)
    e = explain_step(network, inputs, targets)
    assert e.inputs.shape == (784,) and e.hidden_inputs.shape == e.hidden_outputs.shape == e.hidden_errors.shape == (50,)
    assert e.final_inputs.shape == e.final_outputs.shape == e.output_errors.shape == (10,)
    assert e.delta_w_ho.shape == (10, 50) and e.delta_w_ih.shape == (50, 784)
    np.testing.assert_allclose(e.hidden_inputs, network.w_ih @ inputs)
    np.testing.assert_allclose(e.hidden_outputs, 1 / (1 + np.exp(-e.hidden_inputs)))
    np.testing.assert_allclose(e.final_outputs, network.query(inputs))
    np.testing.assert_allclose(e.output_errors, targets - e.final_outputs)
    np.testing.assert_allclose(e.hidden_errors, network.w_ho.T @ e.output_errors)
    assert e.loss_before == pytest.approx(0.5 * np.sum((targets - network.query(inputs)) ** 2))


def test_explaining_leaves_the_network_unchanged(mnist, trained):
    # trained's weights are read-only: writing them would raise
    w_ih, w_ho, samples = trained.w_ih.copy(), trained.w_ho.copy(), trained.samples_trained
    explain_step(trained, *_sample(mnist, 5))
    assert np.array_equal(trained.w_ih, w_ih) and np.array_equal(trained.w_ho, w_ho)
    assert trained.samples_trained == samples


def test_the_loss_goes_down_for_typical_samples_and_the_after_loss_is_the_real_one(mnist, trained):
    network = trained.copy()
    network.w_ih.flags.writeable = network.w_ho.flags.writeable = True
    for index in range(20):
        inputs, targets = _sample(mnist, 20_000 + index)
        explanation = explain_step(network, inputs, targets)
        assert explanation.loss_went_down, index
        after = network.copy()
        after.train(inputs, targets)
        assert explanation.loss_after == pytest.approx(loss(after.query(inputs), targets), rel=1e-4, abs=1e-7)


def test_a_huge_learning_rate_overshoots_and_the_explanation_says_so(mnist, trained):
    network = trained.copy()
    network.learning_rate = 100.0
    went_up = [index for index in range(20) if not explain_step(network, *_sample(mnist, index)).loss_went_down]
    assert went_up  # lr 100 on a trained network overshoots on about half of these samples
    explanation = explain_step(network, *_sample(mnist, went_up[0]))
    network.w_ih.flags.writeable = network.w_ho.flags.writeable = True
    network.train(*_sample(mnist, went_up[0]))
    assert explanation.loss_after == pytest.approx(loss(network.query(explanation.inputs), explanation.targets), rel=1e-3)
    assert explanation.loss_after > explanation.loss_before


def test_most_changed_hidden_nodes_are_the_largest_rows_in_order():
    rng = np.random.default_rng(0)
    e = explain_step(NeuralNetwork(hidden_nodes=30, seed=1), rng.uniform(0.01, 1, 784), np.full(10, 0.01))
    nodes = most_changed_hidden_nodes(e, 5)
    norms = np.linalg.norm(e.delta_w_ih, axis=1)
    assert list(nodes) == list(np.argsort(norms)[::-1][:5])
    assert len(most_changed_hidden_nodes(e, 100)) == 30 and len(most_changed_hidden_nodes(e, 0)) == 0


def test_wrong_sizes_are_refused():
    with pytest.raises(ValueError, match="inputs must have 784"):
        explain_step(NeuralNetwork(hidden_nodes=5), np.zeros(10), np.zeros(10))
    with pytest.raises(ValueError, match="targets must have 10"):
        explain_step(NeuralNetwork(hidden_nodes=5), np.zeros(784), np.zeros(3))
