"""core.insight on the bundled MNIST: detailed evaluation, mistakes, top images, back-query."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import insight, looks
from core.data import images_to_inputs
from core.network import NeuralNetwork
from core.training import confusion_matrix, evaluate


def test_evaluate_detailed_yields_fractions_then_a_result(mnist, trained):
    steps = list(insight.evaluate_detailed(trained, mnist.test_images, mnist.test_labels))
    fractions, final = steps[:-1], steps[-1]
    assert fractions == pytest.approx([k / 10 for k in range(1, 11)])  # chunks of 1000
    assert isinstance(final, insight.DetailedEvaluation)


def test_detailed_evaluation_reads_five_looks_and_counts_one_look_as_training_does(mnist, trained, result):
    one_look_accuracy, _, _ = evaluate(trained, mnist.test_images, mnist.test_labels)
    assert result.one_look_accuracy == pytest.approx(one_look_accuracy)  # the training curves' figure
    predictions = looks.read_outputs(trained, images_to_inputs(mnist.test_images)).argmax(axis=1)  # as the pad reads
    accuracy = float((predictions == mnist.test_labels).mean())
    assert accuracy != one_look_accuracy
    assert result.count == 10_000
    assert result.confusion.shape == (10, 10) and result.confusion.sum() == 10_000
    np.testing.assert_array_equal(result.predictions, predictions)
    assert result.accuracy == pytest.approx(accuracy)
    assert 0.85 < result.accuracy < 0.97
    np.testing.assert_array_equal(result.confusion, confusion_matrix(mnist.test_labels, predictions))
    np.testing.assert_array_equal(result.confusion.sum(axis=1), np.bincount(mnist.test_labels, minlength=10))
    assert result.errors == int((predictions != mnist.test_labels).sum())


def test_outputs_and_confidences(mnist, trained, result):
    assert result.outputs.dtype == np.float32 and result.outputs.shape == (10_000, 10)
    some = [0, 1, 999, 1000, 9999]
    np.testing.assert_allclose(result.outputs[some], looks.read(trained, images_to_inputs(mnist.test_images[some]))[1], rtol=1e-4, atol=1e-6)
    expected = result.outputs.max(axis=1) / result.outputs.sum(axis=1)
    np.testing.assert_allclose(result.confidences, expected, rtol=1e-6)
    assert result.confidences.shape == (10_000,) and ((result.confidences > 0) & (result.confidences <= 1)).all()


def test_evaluate_detailed_rejects_mismatched_labels(mnist, trained):
    with pytest.raises(ValueError):
        next(insight.evaluate_detailed(trained, mnist.test_images[:10], mnist.test_labels[:9]))


def test_misclassified_are_exactly_the_wrong_predictions(mnist, result):
    wrong = insight.misclassified(mnist.test_labels, result.predictions)
    np.testing.assert_array_equal(wrong, np.flatnonzero(result.predictions != mnist.test_labels))
    assert len(wrong) == result.errors
    ranked = insight.misclassified(mnist.test_labels, result.predictions, result.outputs)
    np.testing.assert_array_equal(np.sort(ranked), wrong)
    assert (np.diff(result.confidences[ranked]) <= 0).all()  # the most confident mistakes first


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=40))
def test_misclassified_on_any_labels(pairs):
    labels = np.array([p[0] for p in pairs], dtype=np.int64)
    predictions = np.array([p[1] for p in pairs], dtype=np.int64)
    wrong = insight.misclassified(labels, predictions)
    assert set(wrong.tolist()) == {i for i, (t, p) in enumerate(pairs) if t != p}
    outputs = np.random.default_rng(len(pairs)).random((len(pairs), 10)).astype(np.float32)
    assert sorted(insight.misclassified(labels, predictions, outputs).tolist()) == wrong.tolist()


def test_per_digit_accuracy():
    confusion = np.zeros((10, 10), np.int64)
    confusion[0, 0], confusion[0, 6] = 3, 1
    confusion[1, 1] = 5
    confusion[2, 7] = 2
    accuracy = insight.per_digit_accuracy(confusion)
    assert accuracy[:3] == pytest.approx([0.75, 1.0, 0.0])
    assert np.isnan(accuracy[3:]).all()  # no images of those digits


def test_per_digit_accuracy_of_a_result(mnist, result):
    accuracy = insight.per_digit_accuracy(result.confusion)
    for digit in range(10):
        mine = mnist.test_labels == digit
        assert accuracy[digit] == pytest.approx((result.predictions[mine] == digit).mean())


def test_cell_indices_cover_each_cell_in_order(result):
    seen = []
    for true in range(10):
        for predicted in range(10):
            cell = insight.cell_indices(result, true, predicted)
            assert len(cell) == result.confusion[true, predicted]
            assert (result.labels[cell] == true).all() and (result.predictions[cell] == predicted).all()
            steps = np.diff(result.confidences[cell])
            assert (steps >= 0).all() if true == predicted else (steps <= 0).all()
            seen.extend(cell.tolist())
    assert sorted(seen) == list(range(result.count))


@pytest.mark.parametrize("node", [0, 17, 120, 199])
def test_top_activating_matches_brute_force(mnist, trained, node):
    everything = trained.hidden_outputs(images_to_inputs(mnist.test_images))[:, node]
    top = insight.top_activating(trained, mnist.test_images, node, k=16)
    assert top.shape == (16,) and len(set(top.tolist())) == 16
    mine = everything[top]
    assert (np.diff(mine) <= 1e-6).all()  # highest first
    best = np.sort(everything)[::-1][:16]
    np.testing.assert_allclose(mine, best, atol=1e-6)
    assert mine.min() >= np.delete(everything, top).max() - 1e-6


def test_node_activations_and_small_sets(mnist, trained):
    images = mnist.test_images[:50]
    np.testing.assert_allclose(
        insight.node_activations(trained, images, 3), trained.hidden_outputs(images_to_inputs(images))[:, 3], atol=1e-6
    )
    assert len(insight.top_activating(trained, images[:5], 3, k=16)) == 5
    assert len(insight.top_activating(trained, images[:0], 3)) == 0
    with pytest.raises(IndexError):
        insight.node_activations(trained, images, 200)


def test_backquery_digits_are_the_networks_backqueries(trained):
    imagined = insight.backquery_digits(trained)
    assert imagined.shape == (10, 28, 28) and imagined.dtype == np.float32
    assert imagined.min() >= 0.0099 and imagined.max() <= 0.9901
    targets = np.full(10, 0.01)
    targets[4] = 0.99
    np.testing.assert_array_equal(imagined[4], trained.backquery(targets).reshape(28, 28))


def test_backquery_images_read_as_their_digit(trained):
    imagined = insight.backquery_digits(trained)
    predictions, confidences = insight.read_back(trained, imagined)
    assert predictions.shape == (10,) and confidences.shape == (10,)
    # this network reads 8 of its 10 imagined digits as the digit they were made for (1 and 7 fail)
    assert (predictions == np.arange(10)).sum() >= 7
    # and each output fires more for the image made for it than for any other imagined image
    outputs = trained.query(imagined.reshape(10, -1))
    assert (outputs.argmax(axis=0) == np.arange(10)).sum() >= 9


def test_untrained_backquery_is_not_a_digit():
    network = NeuralNetwork(seed=1)
    predictions, _ = insight.read_back(network, insight.backquery_digits(network))
    assert (predictions == np.arange(10)).sum() <= 4


def test_top_activating_ranks_before_the_sigmoid_saturates(trained, mnist):
    """With large weights many images drive the node's sigmoid to exactly 1.0 in float32;
    the ranking must still follow the signal into the node."""
    strong = trained.copy()
    strong.w_ih = strong.w_ih.copy()
    strong.w_ih[5] *= 100
    images = mnist.test_images[:2000]
    assert (insight.node_activations(strong, images, 5) == 1.0).sum() > 16
    signals = images_to_inputs(images).astype(np.float64) @ strong.w_ih[5].astype(np.float64)
    expected = np.argsort(-signals, kind="stable")[:16]
    np.testing.assert_array_equal(np.sort(insight.top_activating(strong, images, 5)), np.sort(expected))
