"""Looking inside a trained network: its mistakes, its hidden nodes, what it "imagines".

Pure NumPy (no Qt), so the app can run the slow parts in a ``BackgroundJob``:

* ``evaluate_detailed`` — a generator over the test set in chunks of ``CHUNK``
  images: it yields the fraction done (a float) after each chunk, then one
  ``DetailedEvaluation`` (every image's outputs, prediction and confidence, read in
  five looks as the pad reads, ``core.looks``; and the confusion matrix). ``evaluate_now`` runs it to the end in one call.
* ``misclassified`` and ``per_digit_accuracy`` — what to show of a result.
* ``node_activations`` / ``top_activating`` — the test images that excite one
  hidden node most.
* ``backquery_digits`` / ``read_back`` — Rashid's back-query: run the network
  backwards from "this is a d" to an image, then ask the network what it reads.
* ``answer_contributions`` — why one answer: each hidden node's vote for an output
  (its activation × its weight to that output); the votes sum to the output's input.

Confidence is the winner's share of the sum of the ten sigmoid outputs,
``outputs.max() / outputs.sum()``, as the prediction panel shows it.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Iterator

import numpy as np

from core import looks
from core.activation import sigmoid
from core.data import images_to_inputs
from core.network import NeuralNetwork
from core.training import confusion_matrix

CHUNK = 1000  # images per step of evaluate_detailed (one progress report each)
SIDE = 28


@dataclass(frozen=True)
class DetailedEvaluation:
    """Everything about one pass over n labelled images (n = 10,000 for MNIST's test set)."""

    labels: np.ndarray = field(repr=False)  # (n,) int64, the true digits
    predictions: np.ndarray = field(repr=False)  # (n,) int64, argmax of the outputs
    confidences: np.ndarray = field(repr=False)  # (n,) float32, max output / sum of outputs
    outputs: np.ndarray = field(repr=False)  # (n, classes) float32, the raw sigmoid outputs (five looks, core.looks)
    confusion: np.ndarray  # (classes, classes) int64: row = true digit, column = predicted
    seconds: float = 0.0  # time spent computing (pauses between chunks excluded)
    one_look_right: int | None = None  # images read right in one look, as training measures (None: not counted)

    @property
    def count(self) -> int:
        return len(self.labels)

    @property
    def accuracy(self) -> float:
        """Fraction read correctly (0–1); 0 for no images."""
        return float(np.trace(self.confusion) / max(self.count, 1))

    @property
    def errors(self) -> int:
        return int(self.count - np.trace(self.confusion))

    @property
    def one_look_accuracy(self) -> float | None:
        """Fraction read correctly in one look, the tutorial's way (the training curves' figure), or None."""
        return None if self.one_look_right is None else self.one_look_right / max(self.count, 1)


def confidences_of(outputs: np.ndarray) -> np.ndarray:
    """(n, classes) sigmoid outputs -> (n,) float32 winner's share of their sum (0 where the sum is 0)."""
    outputs = np.asarray(outputs, dtype=np.float32)
    totals = outputs.sum(axis=1)
    winners = outputs.max(axis=1)
    return np.divide(winners, totals, out=np.zeros_like(winners), where=totals > 0)


# "Not sure": the winning output is low, or another output is close behind it. Chosen on the pen digits'
# tune writers with the Robust preset (bench/pen_digits.py --sections unsure --choose, 34 errors in 1,564):
# "winning output < 0.5" alone, the rule before, caught 29 % of the errors and flagged 1.0 % of the right
# answers; ahead by < 0.4 as well: 76 % and 2.9 %; < 0.5: 82 % and 4.1 %; below 0.8 or ahead by < 0.4: 88 % and 5.4 %.
UNSURE_BELOW = 0.5
UNSURE_MARGIN = 0.4


def unsure_mask(outputs: np.ndarray, below: float = UNSURE_BELOW, margin: float = UNSURE_MARGIN) -> np.ndarray:
    """(n, classes) outputs -> (n,) bool: True where the answer is "not sure" (winner < ``below``, or
    winner − runner-up < ``margin``)."""
    outputs = np.asarray(outputs, dtype=np.float64)
    ordered = np.sort(outputs, axis=1)
    winners, runners_up = ordered[:, -1], ordered[:, -2]
    return (winners < below) | (winners - runners_up < margin)


def evaluate_detailed(
    network: NeuralNetwork, images: np.ndarray, labels: np.ndarray, chunk: int = CHUNK
) -> Iterator[float | DetailedEvaluation]:
    """Read every image in five looks, as the pad reads (``core.looks``), ``chunk`` at a time; also count
    the images read right in one look, as the training curves measure.

    images: uint8 (n, 28, 28); labels: (n,) ints 0..classes-1.
    Yields the fraction done (float, after each chunk; 1.0 last), then one ``DetailedEvaluation``.
    Reads the network's weights throughout: give it a network nobody trains meanwhile (a copy).
    """
    images = np.asarray(images)
    labels = np.asarray(labels).astype(np.int64)
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    n, classes = len(images), network.output_nodes
    outputs = np.empty((n, classes), dtype=np.float32)
    seconds, one_look_right = 0.0, 0
    for start in range(0, n, chunk):
        began = time.perf_counter()
        stop = min(start + chunk, n)
        inputs = images_to_inputs(images[start:stop], network.dtype)
        outputs[start:stop] = looks.read(network, inputs)[1]
        one_look_right += int((network.query(inputs).argmax(axis=1) == labels[start:stop]).sum())
        seconds += time.perf_counter() - began
        yield stop / n
    predictions = outputs.argmax(axis=1).astype(np.int64) if n else np.zeros(0, np.int64)
    yield DetailedEvaluation(
        labels=labels,
        predictions=predictions,
        confidences=confidences_of(outputs),
        outputs=outputs,
        confusion=confusion_matrix(labels, predictions, classes),
        seconds=seconds,
        one_look_right=one_look_right,
    )


def evaluate_now(network: NeuralNetwork, images: np.ndarray, labels: np.ndarray) -> DetailedEvaluation:
    """``evaluate_detailed`` run to its end, in the calling thread."""
    result = None
    for result in evaluate_detailed(network, images, labels):
        pass
    return result


def misclassified(labels: np.ndarray, predictions: np.ndarray, outputs: np.ndarray | None = None) -> np.ndarray:
    """Indices (int64) of the images whose prediction is not their label.

    Without ``outputs``: in ascending order. With ``outputs`` (n, classes): the most
    confident mistakes first (by ``confidences_of``; ties keep ascending index).
    """
    labels, predictions = np.asarray(labels), np.asarray(predictions)
    wrong = np.flatnonzero(labels != predictions)
    if outputs is None:
        return wrong
    confidence = confidences_of(np.asarray(outputs)[wrong])
    return wrong[np.argsort(-confidence, kind="stable")]


def cell_indices(result: DetailedEvaluation, true: int, predicted: int) -> np.ndarray:
    """Indices of the images in the confusion matrix's cell (true, predicted).

    Off the diagonal: most confident mistakes first. On the diagonal (correct answers):
    least confident first, so the hardest of the correct ones lead.
    """
    inside = np.flatnonzero((result.labels == true) & (result.predictions == predicted))
    order = result.confidences[inside]
    if true != predicted:
        order = -order
    return inside[np.argsort(order, kind="stable")]


def per_digit_accuracy(confusion: np.ndarray) -> np.ndarray:
    """(classes, classes) counts -> (classes,) float64: correct / total per true digit (NaN if none)."""
    confusion = np.asarray(confusion, dtype=np.float64)
    totals = confusion.sum(axis=1)
    return np.divide(np.diag(confusion), totals, out=np.full(len(totals), np.nan), where=totals > 0)


def node_inputs(network: NeuralNetwork, images: np.ndarray, node: int, chunk: int = 2000) -> np.ndarray:
    """(n,) signals into hidden node ``node`` (before its sigmoid) for uint8 images (n, 28, 28), in chunks.

    Only that node's row of w_ih is used: one matrix-vector product per chunk.
    """
    if not 0 <= node < network.hidden_nodes:
        raise IndexError(f"hidden node {node} out of range 0..{network.hidden_nodes - 1}")
    images = np.asarray(images)
    weights = network.w_ih[node]  # (784,)
    activations = np.empty(len(images), dtype=network.dtype)
    for start in range(0, len(images), chunk):
        activations[start : start + chunk] = images_to_inputs(images[start : start + chunk], network.dtype) @ weights
    return activations


def node_activations(network: NeuralNetwork, images: np.ndarray, node: int) -> np.ndarray:
    """(n,) activations (sigmoid outputs) of hidden node ``node`` for uint8 images (n, 28, 28)."""
    return sigmoid(node_inputs(network, images, node))


def top_activating(network: NeuralNetwork, images: np.ndarray, node: int, k: int = 16) -> np.ndarray:
    """Indices (k,) of the images that excite hidden node ``node`` most, highest first.

    images: uint8 (n, 28, 28). Fewer than k when there are fewer images.
    """
    signals = node_inputs(network, images, node)  # before the sigmoid, which saturates to 1.0 in float32
    k = min(k, len(signals))
    if k == 0:
        return np.zeros(0, np.int64)
    # argpartition, then sort the k winners (ties: lower index first)
    top = np.argpartition(-signals, k - 1)[:k]
    return top[np.lexsort((top, -signals[top]))].astype(np.int64)


def backquery_digits(network: NeuralNetwork) -> np.ndarray:
    """What the network "imagines" for each digit: (classes, 28, 28) float32 in 0.01–0.99.

    Image d is ``network.backquery`` of the target 0.99 for d and 0.01 elsewhere (Rashid).
    """
    classes = network.output_nodes
    if network.input_nodes != SIDE * SIDE:
        raise ValueError(f"back-query images need 784 inputs, the network has {network.input_nodes}")
    images = np.empty((classes, SIDE, SIDE), dtype=np.float32)
    for digit in range(classes):
        targets = np.full(classes, 0.01)
        targets[digit] = 0.99
        images[digit] = network.backquery(targets).reshape(SIDE, SIDE)
    return images


def read_back(network: NeuralNetwork, imagined: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """What the network reads in images already scaled as inputs (m, 28, 28) in 0..1.

    Returns (predictions (m,) int64, confidences (m,) float32).
    """
    outputs = network.query(np.asarray(imagined, dtype=network.dtype).reshape(len(imagined), -1))
    return outputs.argmax(axis=1).astype(np.int64), confidences_of(outputs)


def answer_contributions(network: NeuralNetwork, inputs: np.ndarray, answer: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Each hidden node's vote for output ``answer`` (default: the winning output) on one sample,
    read in five looks as the pad reads (``core.looks``: the hidden outputs are the looks' average).

    inputs: (input,) one sample, e.g. the pad's 784 inputs in 0.01–1.
    Returns (order (hidden,) int64: the nodes from the strongest vote for to the strongest
    against, contributions (hidden,) float64: hidden_output_j × w_ho[answer, j] by node j).
    contributions.sum() is the output node's input, so sigmoid(contributions.sum()) is its output.
    """
    hidden, final = looks.read(network, np.asarray(inputs).reshape(1, -1))
    if answer is None:
        answer = int(np.argmax(final[0]))
    contributions = hidden[0].astype(np.float64) * network.w_ho[answer].astype(np.float64)
    order = np.argsort(-contributions, kind="stable").astype(np.int64)
    return order, contributions
