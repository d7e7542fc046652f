"""The training presets shared by the app's preset box and ``main.py train --preset``.

Every preset trains the tutorial's network (784 inputs, sigmoid hidden and output nodes)
with its update rule; they differ in how the samples are fed to it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.training import TrainingConfig


@dataclass(frozen=True)
class Preset:
    epochs: int
    learning_rate: float
    hidden_nodes: int
    batch_size: int
    learning_rate_decay: float = 1.0  # per epoch (TrainingConfig); it comes with the preset, no control of its own
    augment: bool = False  # train on randomly rotated, slanted, scaled, shifted, thinner/thicker digits
    pen_digits: int = 0  # people's pen-written digits (core.pen_digits) in each epoch, this many times each
    practice: float = 0.0  # share of an epoch's places given to the digits it got most wrong (core.practice); no control of its own

    def training_config(self, seed: int | None = 0, **options) -> "TrainingConfig":
        """The TrainingConfig of this preset (``options``: any other TrainingConfig field, e.g. limit)."""
        from core.training import TrainingConfig  # here, so the command line starts without NumPy's import

        return TrainingConfig(
            epochs=self.epochs, learning_rate=self.learning_rate, batch_size=self.batch_size,
            learning_rate_decay=self.learning_rate_decay, augment=self.augment, pen_digits=self.pen_digits, practice=self.practice,
            seed=seed, **options,
        )


# share of each epoch's places, from the second epoch, given to the digits it got most wrong (Robust; core.practice).
# Cross-validated over the pen digits' 73 train and tune writers (bench/tune_pen.py --folds 4 --practice), read in five
# looks, people / MNIST validation, mean of seeds 0–1: none (16 epochs) 96.75 / 98.37 %; 0.25: 97.48 / 98.73 %; 0.5:
# 97.55 / 98.82 %; 0.75: 97.47 / 98.87 %; in 14 epochs, 0.5: 97.57 / 98.79 %; 0.75: 97.82 / 98.84 %; 1: 97.82 / 98.87 %
# (one look 98.18 %, against 98.51 % at 0.75)
PRACTICE = 0.75
PEN_COPIES = 4  # times each train writer's pen digit comes in an epoch where they are mixed in (Robust, the box, --pen-digits)

PRESETS = {
    # the tutorial's own settings: one sample at a time, learning rate 0.1, 5 epochs
    "tutorial": Preset(epochs=5, learning_rate=0.1, hidden_nodes=200, batch_size=1),
    # 97.7–97.8 % test accuracy over seeds 0–6 in ~4.5 s of training (bench/bench.py); without the
    # decay, some seeds end below 97.5 %
    "fast": Preset(epochs=8, learning_rate=1.0, hidden_nodes=200, batch_size=16, learning_rate_decay=0.85),
    # reads drawn digits: augmented training (mild ranges, some 6s' places given to turned 9s, flags on some 1s and
    # rounder loops on some 6s: AugmentSettings()).
    # Chosen on a validation split (the last 10,000 training images) and the drawn digits' tune split, never on a
    # test set (bench/tune_robust.py): 98.34 % / 94.0 % there in ~25 s (batch 8: 98.43 % / 94.0 % in ~34 s); with
    # the pad's upright strokes and the turned 9s, seeds 0–2: 98.24 % / 96.2 % in ~17 s; with the flagged 1s and
    # round 6s, seeds 0–5: 98.25 % / 96.4 % (36 drawings of each style). Trained on all 60,000: 98.48 % on MNIST's
    # test set in ~20 s
    # and people's pen-written digits (core.pen_digits' train writers), each 4 times an epoch. Chosen on the tune writers and
    # a validation split (bench/tune_pen.py, seeds 0–2, tune writers / validation): MNIST only 93.4 % / —; 2 copies × 20
    # epochs 96.5 / 98.23 %; 3 × 20: 97.1 / 98.22 %; 4 × 20: 97.6 / 98.30 %; 4 × 16: 97.6 / 98.26 % in 0.8 of the time;
    # 6 × 14: 97.6 / 98.14 %; 300 hidden nodes, 3 × 20: 97.6 / 98.33 % in 1.4× the time. Then it learns from the tune
    # writers' digits too (TrainingConfig.pen_writers): cross-validated over the 73 train and tune writers, ~37 → ~55
    # people learned from took the others' accuracy 96.09 → 96.48 % (bench/tune_pen.py --folds; seeds 0–1)
    # and, from the second epoch, three quarters of each epoch's places given to the digits it got most wrong in the
    # epoch before (core.practice; cross-validated, see PRACTICE), in 14 epochs instead of 16
    "robust": Preset(
        epochs=14, learning_rate=1.0, hidden_nodes=200, batch_size=16, learning_rate_decay=0.85, augment=True, pen_digits=PEN_COPIES,
        practice=PRACTICE,
    ),
}
