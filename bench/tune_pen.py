"""Choose how to mix people's pen digits into Robust, on the *tune* writers only (issue 24).

    python bench/tune_pen.py [--copies 0,2,3,4] [--epochs 20] [--seeds 0,1,2] [--hidden 200] [--slashed-zeros 0.3] [--folds 4]
                             [--learning-rate 1.0] [--decay 0.85] [--batch 16]

Trains the Robust preset with each number of copies of the train writers' digits per epoch (the
preset itself learns from the tune writers' too, once its settings are chosen) and
prints, per setting and seed, MNIST's validation accuracy (the last 10,000 training images, held
out), the tune writers' accuracy and the seconds of training. The test writers and MNIST's test
set are never read here: bench/pen_digits.py reports them once, for the setting chosen.

With ``--folds k`` the tune writers' 16 people (too few: one writer's 4s moved the figure by 0.3
points) give way to cross-validation over the train and tune writers together (73 people): they
are dealt into k groups of about equal digits, and each group in turn is read by a network
trained on the others' digits; the line gives all 73 writers' accuracy and the mean validation.
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core import looks  # noqa: E402
from core.data import images_to_inputs, load_mnist  # noqa: E402
from core.network import NeuralNetwork  # noqa: E402
import core.training  # noqa: E402
from core.pen_digits import load_pen_digits, load_rendered, writer_split  # noqa: E402
from core.presets import PRESETS  # noqa: E402
from core.training import train  # noqa: E402

VALIDATION = 10_000  # MNIST's last training images, held out here


def readings(network: NeuralNetwork, images: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """What the network reads in uint8 images (n, 28, 28): (in one look, in five looks as the app reads, core.looks)."""
    inputs = images_to_inputs(images, network.dtype)
    return network.query(inputs).argmax(axis=1), looks.read_outputs(network, inputs).argmax(axis=1)


def accuracies(network: NeuralNetwork, images: np.ndarray, labels: np.ndarray) -> str:
    """"one look / five looks" accuracy, in %."""
    one, five = readings(network, images)
    return f"{100 * (one == labels).mean():.2f} / {100 * (five == labels).mean():.2f} %"


def writer_folds(writers: np.ndarray, k: int, seed: int = 0) -> list[np.ndarray]:
    """Digit indices into ``writers`` (each digit's writer id), dealt into k groups by writer: each writer in
    turn (a random order, ``seed``) joins the group with the fewest digits so far."""
    names, counts = np.unique(writers, return_counts=True)
    groups: list[list[int]] = [[] for _ in range(k)]
    sizes = np.zeros(k, np.int64)
    for index in np.random.default_rng(seed).permutation(len(names)):
        smallest = int(sizes.argmin())
        groups[smallest].append(int(names[index]))
        sizes[smallest] += counts[index]
    return [np.flatnonzero(np.isin(writers, group)) for group in groups]


def trained(config, held_out, hidden: int, seed: int) -> tuple[NeuralNetwork, float]:
    network = NeuralNetwork(hidden_nodes=hidden, seed=seed)
    started = time.perf_counter()
    for _ in train(network, held_out, config):
        pass
    return network, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", default="0,2,3,4")
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--seeds", default="0,1,2")
    parser.add_argument("--hidden", type=int, default=200)
    parser.add_argument("--slashed-zeros", type=float, help="the augmentation's chance of a slash through a 0 (default: the preset's)")
    parser.add_argument("--folds", type=int, default=0, help="cross-validate over the train and tune writers in this many groups")
    parser.add_argument("--learning-rate", type=float, help="the first epoch's learning rate (default: the preset's)")
    parser.add_argument("--decay", type=float, help="the learning rate's decay per epoch (default: the preset's)")
    parser.add_argument("--batch", type=int, help="the mini-batch size (default: the preset's)")
    parser.add_argument("--practice", type=float, help="the share of places given to the digits it got most wrong (core.practice; default: the preset's)")
    args = parser.parse_args()
    mnist = load_mnist()
    held_out = replace(mnist, train_images=mnist.train_images[:-VALIDATION], train_labels=mnist.train_labels[:-VALIDATION],
                       test_images=mnist.train_images[-VALIDATION:], test_labels=mnist.train_labels[-VALIDATION:])
    digits = load_pen_digits()
    rendered, split = load_rendered(digits), writer_split(digits)
    tune = split["tune"]
    tune_images, tune_labels = rendered[tune], digits.labels[tune]
    people = np.concatenate([split["train"], split["tune"]])  # --folds: the train and tune writers' digits
    folds = writer_folds(digits.writers[people], args.folds) if args.folds else []
    print(f"slashed zeros: {args.slashed_zeros}, folds: {args.folds}, learning rate: {args.learning_rate}, decay: {args.decay}, "
          f"batch: {args.batch}, practice: {args.practice} (None: the preset's)")
    print("accuracies: one look / five looks (core.looks, as the app reads)")
    print(f"copies  epochs  hidden  seed  validation  {'all 73 writers' if folds else 'tune writers'}  seconds", flush=True)
    for copies in (int(c) for c in args.copies.split(",")):
        for seed in (int(s) for s in args.seeds.split(",")):
            config = replace(PRESETS["robust"].training_config(seed=seed, snapshot_weights=False, progress_interval=3600),
                             epochs=args.epochs, pen_digits=copies, pen_writers=("train",))  # the tune writers only graded
            for option, field_name in (
                ("learning_rate", "learning_rate"), ("decay", "learning_rate_decay"), ("batch", "batch_size"), ("practice", "practice"),
            ):
                if getattr(args, option) is not None:
                    config = replace(config, **{field_name: getattr(args, option)})
            if args.slashed_zeros is not None:
                config = replace(config, augment_settings=replace(config.augment_settings, slashed_zeros=args.slashed_zeros))
            if not folds:
                network, seconds = trained(config, held_out, args.hidden, seed)
                print(f"{copies:6d}  {args.epochs:6d}  {args.hidden:6d}  {seed:4d}  {accuracies(network, held_out.test_images, held_out.test_labels)}"
                      f"  {accuracies(network, tune_images, tune_labels)}  {seconds:7.1f}", flush=True)
                continue
            right, right_five, validation, validation_five = 0, 0, [], []
            seconds, confusions = 0.0, np.zeros((10, 10), np.int64)
            wrong_by_writer = np.zeros(digits.writers.max() + 1, np.int64)
            for held in folds:
                others = people[np.setdiff1d(np.arange(len(people)), held)]
                # train() mixes in what training_part gives (core.training's name for it): here the other groups' digits
                core.training.training_part = lambda parts, others=others: (rendered[others], digits.labels[others].astype(np.uint8))
                network, fold_seconds = trained(config, held_out, args.hidden, seed)
                read_one, read = readings(network, rendered[people[held]])  # the errors below: five looks
                truth = digits.labels[people[held]]
                right, right_five = right + int((read_one == truth).sum()), right_five + int((read == truth).sum())
                np.add.at(confusions, (truth, read), 1)
                np.add.at(wrong_by_writer, digits.writers[people[held]][read != truth], 1)
                validation.append(network.test_accuracy)
                validation_five.append(float((readings(network, held_out.test_images)[1] == held_out.test_labels).mean()))
                seconds += fold_seconds / len(folds)
            print(f"{copies:6d}  {args.epochs:6d}  {args.hidden:6d}  {seed:4d}  {100 * np.mean(validation):.2f} / {100 * np.mean(validation_five):.2f} %"
                  f"  {100 * right / len(people):.2f} / {100 * right_five / len(people):.2f} %  {seconds:7.1f}", flush=True)
            np.fill_diagonal(confusions, 0)
            worst = np.argsort(confusions, axis=None)[::-1][:6]
            print("        most read wrong: " + ", ".join(f"{t}→{r} {confusions[t, r]}" for t, r in zip(*np.unravel_index(worst, (10, 10)))))
            most = np.sort(wrong_by_writer)[::-1]
            print(f"        errors by writer, most first: {', '.join(map(str, most[:5]))} … of {most.sum()} "
                  f"(the 2 writers with most: {100 * most[:2].sum() / max(most.sum(), 1):.0f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
