"""`main.py train`: each option changes what it says, checked on the saved model and the JSON lines."""
import json

import numpy as np
import pytest

import main
from core.network import NeuralNetwork
from core.training import Evaluation, TrainingConfig, train

DEFAULTS = {"epochs": 1, "lr": 0.1, "lr_decay": 1.0, "hidden": 200, "batch_size": 1, "seed": 0, "limit": 1000}


def train_cli(tmp_path, capsys, **options):
    """Run `main.py train --json --save` in this process; return the saved network and the JSON records."""
    values = {**DEFAULTS, **options}
    path = tmp_path / "model.npz"
    argv = ["train", "--json", "--save", str(path)]
    for name, value in values.items():
        argv += [f"--{name.replace('_', '-')}", str(value)]
    assert main.main(argv) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return NeuralNetwork.load(path), records


def train_core(mnist, **options):
    """What those options should mean, run through core.training directly."""
    values = {**DEFAULTS, **options}
    network = NeuralNetwork(hidden_nodes=values["hidden"], learning_rate=values["lr"], seed=values["seed"])
    config = TrainingConfig(
        epochs=values["epochs"], learning_rate=values["lr"], learning_rate_decay=values["lr_decay"],
        batch_size=values["batch_size"], seed=values["seed"], limit=values["limit"], snapshot_weights=False,
    )
    evaluations = [event for event in train(network, mnist, config) if isinstance(event, Evaluation)]
    return network, evaluations


def assert_same_training(saved, network):
    for name in ("w_ih", "w_ho"):
        np.testing.assert_array_equal(getattr(saved, name), getattr(network, name), strict=True, err_msg=name)
    for name in ("learning_rate", "epochs_trained", "test_accuracy", "seed"):
        assert getattr(saved, name) == getattr(network, name), name


def assert_records_match(records, evaluations):
    assert [record["epoch"] for record in records] == [evaluation.epoch for evaluation in evaluations]
    for record, evaluation in zip(records, evaluations):
        assert record["test_accuracy"] == round(evaluation.test_accuracy, 6)
        assert record["train_loss"] == round(evaluation.train_loss, 6)
        assert record["train_accuracy"] == round(evaluation.train_accuracy, 6)


@pytest.mark.parametrize(
    "options",
    [
        {"batch_size": 8, "lr": 1.0},
        {"hidden": 30},
        {"epochs": 2, "lr": 0.5, "lr_decay": 0.5},
        {"seed": 7},
        {"limit": 600},
        {"epochs": 3},
    ],
    ids=lambda options: " ".join(f"--{name.replace('_', '-')} {value}" for name, value in options.items()),
)
def test_an_option_trains_what_it_says(tmp_path, capsys, mnist, options):
    expected, evaluations = train_core(mnist, **options)
    saved, records = train_cli(tmp_path, capsys, **options)
    assert_same_training(saved, expected)
    assert_records_match(records, evaluations)


def test_hidden_batch_decay_seed_and_epochs_show_in_the_saved_model(tmp_path, capsys):
    saved, records = train_cli(tmp_path, capsys, hidden=30, batch_size=4, epochs=3, lr=0.8, lr_decay=0.5, seed=11, limit=400)
    assert saved.w_ih.shape == (30, 784) and saved.w_ho.shape == (10, 30)
    assert saved.learning_rate == pytest.approx(0.8 * 0.5**2)  # decayed after each epoch but the last
    assert saved.seed == 11 and saved.epochs_trained == 3 and len(records) == 3
    assert saved.test_accuracy == pytest.approx(records[-1]["test_accuracy"], abs=1e-6)
