"""The presets are one table (core.presets) for the app's preset box and ``main.py train --preset``."""
import json

import numpy as np
import pytest

import main
from core.network import NeuralNetwork
from core.presets import PRESETS


@pytest.mark.parametrize("key", sorted(PRESETS))
def test_train_preset_sets_what_the_apps_preset_sets(key):
    args = main.build_parser().parse_args(["train", "--preset", key])
    main.apply_preset(args)
    preset = PRESETS[key]
    assert (args.epochs, args.lr, args.lr_decay, args.hidden, args.batch_size, args.augment) == (
        preset.epochs, preset.learning_rate, preset.learning_rate_decay, preset.hidden_nodes, preset.batch_size, preset.augment
    )


def test_options_override_the_preset_and_the_default_is_the_tutorial():
    args = main.build_parser().parse_args(["train", "--preset", "robust", "--epochs", "2", "--no-augment"])
    main.apply_preset(args)
    assert args.epochs == 2 and args.augment is False and args.batch_size == PRESETS["robust"].batch_size
    args = main.build_parser().parse_args(["train"])
    main.apply_preset(args)
    assert (args.epochs, args.lr, args.batch_size, args.augment) == (5, 0.1, 1, False)


def test_robust_is_the_tutorials_network_trained_on_augmented_digits_and_peoples():
    robust = PRESETS["robust"]
    assert robust.augment and robust.hidden_nodes == 200 and robust.pen_digits == 4
    assert not PRESETS["tutorial"].augment and not PRESETS["fast"].augment
    assert PRESETS["tutorial"].pen_digits == PRESETS["fast"].pen_digits == 0  # the tutorial stays MNIST only


def test_train_pen_digits_follows_the_preset_and_can_be_turned_off():
    args = main.build_parser().parse_args(["train", "--preset", "robust"])
    main.apply_preset(args)
    assert args.pen_digits is True
    args = main.build_parser().parse_args(["train", "--preset", "robust", "--no-pen-digits"])
    main.apply_preset(args)
    assert args.pen_digits is False
    args = main.build_parser().parse_args(["train", "--pen-digits"])
    main.apply_preset(args)
    assert args.pen_digits is True and args.augment is False


def test_unknown_preset_is_refused_naming_it(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main.main(["train", "--preset", "turbo"])
    assert exit_info.value.code == 2
    assert "turbo" in capsys.readouterr().err


def test_train_augment_changes_the_result_and_saves_it(tmp_path, small_mnist, capsys):
    """--augment trains on other digits than the plain run (same seed), and the model is saved."""
    results = {}
    for flag in ("--augment", "--no-augment"):
        path = tmp_path / f"model{flag}.npz"
        code = main.main(["train", "--data", str(small_mnist), "--epochs", "1", "--batch-size", "16", "--lr", "1", "--json", "--save", str(path), flag])
        assert code == 0
        record = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
        results[flag] = (record, NeuralNetwork.load(path))
    (augmented, tuned), (plain, untuned) = results["--augment"], results["--no-augment"]
    assert not np.array_equal(tuned.w_ih, untuned.w_ih)
    assert augmented["train_accuracy"] < plain["train_accuracy"]  # the warped digits are harder to learn
    assert augmented["test_accuracy"] > 0.6  # 1 epoch of 4,000 warped digits: far above chance, labels kept
