"""Choose how to mix people's pen digits into Robust, on the *tune* writers only (issue 24).

    python bench/tune_pen.py [--copies 0,2,3,4] [--epochs 20] [--seeds 0,1,2] [--hidden 200] [--slashed-zeros 0.3]

Trains the Robust preset with each number of copies of the train writers' digits per epoch and
prints, per setting and seed, MNIST's validation accuracy (the last 10,000 training images, held
out), the tune writers' accuracy and the seconds of training. The test writers and MNIST's test
set are never read here: bench/pen_digits.py reports them once, for the setting chosen.
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.data import images_to_inputs, load_mnist  # noqa: E402
from core.network import NeuralNetwork  # noqa: E402
from core.pen_digits import load_pen_digits, load_rendered, writer_split  # noqa: E402
from core.presets import PRESETS  # noqa: E402
from core.training import train  # noqa: E402

VALIDATION = 10_000  # MNIST's last training images, held out here


def accuracy(network: NeuralNetwork, images: np.ndarray, labels: np.ndarray) -> float:
    outputs = network.query(images_to_inputs(images, network.dtype))
    return float((outputs.argmax(axis=1) == labels).mean())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", default="0,2,3,4")
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--seeds", default="0,1,2")
    parser.add_argument("--hidden", type=int, default=200)
    parser.add_argument("--slashed-zeros", type=float, help="the augmentation's chance of a slash through a 0 (default: the preset's)")
    args = parser.parse_args()
    mnist = load_mnist()
    held_out = replace(mnist, train_images=mnist.train_images[:-VALIDATION], train_labels=mnist.train_labels[:-VALIDATION],
                       test_images=mnist.train_images[-VALIDATION:], test_labels=mnist.train_labels[-VALIDATION:])
    digits = load_pen_digits()
    tune = writer_split(digits)["tune"]
    tune_images, tune_labels = load_rendered(digits)[tune], digits.labels[tune]
    print(f"slashed zeros: {args.slashed_zeros}")
    print("copies  epochs  hidden  seed  validation  tune writers  seconds", flush=True)
    for copies in (int(c) for c in args.copies.split(",")):
        for seed in (int(s) for s in args.seeds.split(",")):
            config = replace(PRESETS["robust"].training_config(seed=seed, snapshot_weights=False, progress_interval=3600),
                             epochs=args.epochs, pen_digits=copies)
            if args.slashed_zeros is not None:
                config = replace(config, augment_settings=replace(config.augment_settings, slashed_zeros=args.slashed_zeros))
            network = NeuralNetwork(hidden_nodes=args.hidden, seed=seed)
            started = time.perf_counter()
            for _ in train(network, held_out, config):
                pass
            seconds = time.perf_counter() - started
            print(f"{copies:6d}  {args.epochs:6d}  {args.hidden:6d}  {seed:4d}  {100 * network.test_accuracy:9.2f} %"
                  f"  {100 * accuracy(network, tune_images, tune_labels):10.2f} %  {seconds:7.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
