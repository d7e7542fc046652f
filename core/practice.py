"""Practice on mistakes: more of each epoch goes to the digits the network got most wrong in the epoch before.

From the second epoch on, a ``share`` of the epoch's places go instead to a digit *of the same label and
the same source* (MNIST's digits, or people's pen digits), drawn in proportion to its loss
E = ½ Σ (t − o)² in the epoch before: the mean over its copies, as they were trained on, with the outputs the
training computed anyway (no extra pass). A digit read well still comes about as often as before; a digit
misread comes more. Every place keeps its label and its source, so an epoch holds as many 0s, 1s, … and as
many pen digits as without practice. A digit not trained on in the epoch before (its place went to another)
has no loss to go by: it keeps its own place when that is not drawn again, and is seldom drawn for another's.

Chosen by cross-validation over the pen digits' 73 train and tune writers (networks that never saw the
writers they read; MNIST validation = the last 10,000 training images, held out): the Robust preset's share is
``core.presets.PRACTICE``; the README gives the figures. Pure NumPy.
"""
from __future__ import annotations

import numpy as np

PRACTICE_STREAM = 0x9E  # practice's random stream: seeded apart from the shuffle and the augmentation
UNSEEN_WEIGHT = 1e-6  # a digit with no loss to go by (or none at all) can still be drawn


class Practice:
    """Keeps each digit's loss over an epoch and reassigns places in the next epoch's order.

    The training set (n,) is MNIST's ``pen_start`` digits, then ``copies`` copies of ``pen_count`` pen digits:
    training index ``pen_start + k * pen_count + i`` is copy k of pen digit i. A *digit* is an MNIST index, or
    ``pen_start + i`` for pen digit i (its first copy's index).
    """

    def __init__(self, labels: np.ndarray, pen_start: int, pen_count: int, share: float, seed: int | None):
        self.pen_start = int(pen_start)
        self.pen_count = int(pen_count)
        self.share = float(share)
        self.labels = np.asarray(labels)[: self.pen_start + self.pen_count]  # (digits,) from the training set's (n,)
        self._rng = np.random.default_rng(None if seed is None else [seed, PRACTICE_STREAM])
        self._loss = np.zeros(len(self.labels))  # (digits,) summed over this epoch's copies
        self._count = np.zeros(len(self.labels))
        self.previous_losses: np.ndarray | None = None  # (digits,) mean loss in the last finished epoch

    def digits_of(self, indices: np.ndarray) -> np.ndarray:
        """Training indices (k,) -> the digits they are copies of (k,)."""
        indices = np.asarray(indices)
        if self.pen_count == 0:
            return indices
        return np.where(indices < self.pen_start, indices, self.pen_start + (indices - self.pen_start) % self.pen_count)

    def record(self, indices: np.ndarray, losses: np.ndarray) -> None:
        """The losses (k,) of the training indices (k,) just learned."""
        digits = self.digits_of(indices)
        np.add.at(self._loss, digits, losses)
        np.add.at(self._count, digits, 1)

    def start_epoch(self, order: np.ndarray) -> np.ndarray:
        """The epoch's shuffled order (n,) of training indices -> the order to train in: after the first epoch,
        a ``share`` of its places go to digits of the same label and source, drawn in proportion to last epoch's loss."""
        if self._count.any():
            self.previous_losses = self._loss / np.maximum(self._count, 1)
            self._loss[:] = 0
            self._count[:] = 0
        if self.previous_losses is None or self.share <= 0:
            return order
        chosen = np.flatnonzero(self._rng.random(len(order)) < self.share)  # (m,) places
        digits_at = self.digits_of(order[chosen])
        labels_at, from_pen = self.labels[digits_at], digits_at >= self.pen_start
        order = order.copy()
        weights = self.previous_losses + UNSEEN_WEIGHT
        for in_source, first, last in ((~from_pen, 0, self.pen_start), (from_pen, self.pen_start, len(self.labels))):
            for label in np.unique(labels_at[in_source]):
                candidates = first + np.flatnonzero(self.labels[first:last] == label)
                here = chosen[in_source & (labels_at == label)]
                odds = weights[candidates] / weights[candidates].sum()
                order[here] = self._rng.choice(candidates, len(here), p=odds)
        return order
