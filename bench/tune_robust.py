"""Choose the Robust preset's schedule on a validation split, never on the test set.

Trains on MNIST's first 50,000 training images and reports accuracy on the other 10,000
(which no candidate trains on), and on the drawn digits' "tune" split (bench/drawn_digits.py);
neither MNIST's test set nor the drawn "test" split is read. Each candidate is one line:

    python bench/tune_robust.py                       # the default candidates
    python bench/tune_robust.py --epochs 20 --batch 16 --lr 1 --decay 0.9 [--elastic 1.5]
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.augment import AugmentSettings  # noqa: E402
from core.data import Dataset, load_mnist  # noqa: E402
from core.network import NeuralNetwork  # noqa: E402
from core.training import Evaluation, TrainingConfig, train  # noqa: E402

VALIDATION = 10_000


def validation_split(mnist: Dataset) -> Dataset:
    """The last 10,000 training images stand in for the test set; the real test set is not used."""
    keep = len(mnist.train_images) - VALIDATION
    return Dataset(mnist.train_images[:keep], mnist.train_labels[:keep], mnist.train_images[keep:], mnist.train_labels[keep:], mnist.directory)


def run(split: Dataset, config: TrainingConfig, seed: int = 0) -> tuple[list[float], float, NeuralNetwork]:
    """Validation accuracy after each epoch, the training seconds and the trained network."""
    network = NeuralNetwork(seed=seed)
    accuracies, seconds = [], 0.0
    for event in train(network, split, replace(config, seed=seed, snapshot_weights=False)):
        if isinstance(event, Evaluation):
            accuracies.append(event.test_accuracy)
            seconds += event.seconds
    return accuracies, seconds, network


FULL = AugmentSettings(rotation_degrees=12, slant_degrees=18, scale=(0.8, 1.15), aspect=(0.75, 1.2), shift_pixels=2, thickness=(-0.6, 0.9))


def drawn_accuracy(network: NeuralNetwork) -> str:
    """Accuracy on the drawn digits' tune split as the app prepares them: overall, thin / medium / thick."""
    import numpy as np

    from bench.drawn_digits import BRUSH_BINS, brush_bin
    from bench.handwriting import APP_PREPARATION, accuracy, drawn_set

    tune = drawn_set("tune", 36)  # 1,512 drawings (12 until 4 Dec 2026)
    overall, predictions = accuracy(network, tune[APP_PREPARATION], tune["labels"])
    right = predictions == tune["labels"]
    bins = np.array([brush_bin(width) for width in tune["brush"]])
    return f"{100 * overall:.1f} % ({' / '.join(f'{100 * right[bins == name].mean():.1f}' for name, _, _ in BRUSH_BINS)})"


def scaled_settings(strength: float, elastic: float, slant: tuple[float, float] | None = None) -> AugmentSettings:
    """The full augmentation ranges scaled by ``strength`` (0.6: about the default, AugmentSettings())."""
    default = FULL

    def around_one(low_high):
        return tuple(1 + strength * (value - 1) for value in low_high)

    settings = AugmentSettings(
        rotation_degrees=default.rotation_degrees * strength,
        slant_degrees=default.slant_degrees * strength,
        scale=around_one(default.scale),
        aspect=around_one(default.aspect),
        shift_pixels=default.shift_pixels * strength,
        thickness=tuple(strength * value for value in default.thickness),
        elastic_pixels=elastic,
    )
    return settings if slant is None else replace(settings, slant_center=slant[0], slant_degrees=slant[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, nargs="+", default=[20])
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=1.0)
    parser.add_argument("--decay", type=float, default=0.9)
    parser.add_argument("--elastic", type=float, default=0.0)
    parser.add_argument("--strength", type=float, default=0.6, help="scale the full augmentation ranges by this")
    parser.add_argument("--slant", type=float, nargs=2, metavar=("CENTRE", "SPREAD"), help="slants drawn from CENTRE ± SPREAD degrees")
    parser.add_argument("--plain", action="store_true", help="no augmentation")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    split = validation_split(load_mnist())
    for epochs in args.epochs:
        config = TrainingConfig(
            epochs=epochs, batch_size=args.batch, learning_rate=args.lr, learning_rate_decay=args.decay,
            augment=not args.plain, augment_settings=scaled_settings(args.strength, args.elastic, args.slant),
        )
        started = time.perf_counter()
        accuracies, seconds, network = run(split, config, args.seed)
        accuracy = accuracies[-1]
        drawn = drawn_accuracy(network)
        print(
            f"epochs {epochs:3d} batch {args.batch:3d} lr {args.lr:g} decay {args.decay:g} "
            f"augment {'off' if args.plain else f'×{args.strength:g}'} elastic {args.elastic:g} slant {args.slant} seed {args.seed}: "
            f"validation {100 * accuracy:.2f} %, drawn (tune split) {drawn}  ({seconds:.1f} s training, {time.perf_counter() - started:.1f} s wall)\n"
            f"    by epoch: {' '.join(f'{100 * value:.2f}' for value in accuracies)}",
            flush=True,
        )


if __name__ == "__main__":
    main()
