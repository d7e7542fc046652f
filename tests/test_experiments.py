"""core.experiments: the tutorial's claims measured on tiny subsets; verdicts follow the numbers; cancel; the CLI."""
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from core import experiments
from core.experiments import EXPERIMENTS, ExperimentResult, Settings, Variant, run, run_to_end, verdict
from core.training import TrainingControl

ROOT = Path(__file__).resolve().parent.parent
TINY = Settings(train_images=300, test_images=300, epochs=2, checkpoints=2, hidden_nodes=30)
TINY_SETTINGS = {
    "inputs": TINY,
    "targets": TINY,
    "init": TINY,
    "learning-rate": replace(TINY, epochs=1, learning_rates=(0.1, 3.0)),
    "epochs": replace(TINY, epochs=3),
    "constant": replace(TINY, epochs=1),
    "slope": replace(TINY, epochs=1, test_images=3),
    "pen": replace(TINY, epochs=1),
}
NUMBERS = {
    "inputs": {"test_accuracy", "unmoved_input_weights", "unmoved_inputs", "input_weights"},
    "targets": {"test_accuracy", "largest_weight", "largest_weight_start", "weight_growth", "late_growth", "output_signal", "late_signal_growth"},
    "init": {"test_accuracy", "saturated_share", "saturated_share_start", "mean_slope"},
    "learning-rate": {"test_accuracy", "saturated_share", "mean_slope", "learning_rate"},
    "epochs": {"test_accuracy", "train_accuracy", "best_epoch", "best_test_accuracy"},
    "constant": {"test_accuracy", "weight_difference", "learning_rate"},
    "slope": {"rank_correlation", "uphill_share"},
    "pen": {"people_accuracy", "test_accuracy"},
}


@pytest.fixture(scope="module")
def results(mnist):
    return {name: run_to_end(name, mnist, settings) for name, settings in TINY_SETTINGS.items()}


def test_the_registry_names_eight_experiments_each_quoting_the_tutorial():
    tutorial = (ROOT.parent.parent / "shared" / "seed" / "tutorial-zh.txt")
    text = tutorial.read_text() if tutorial.is_file() else None
    assert list(EXPERIMENTS) == ["inputs", "targets", "init", "learning-rate", "epochs", "constant", "slope", "pen"]
    for experiment in EXPERIMENTS.values():
        claim = experiment.claim
        assert claim.quote_zh and claim.quote_en and claim.summary_zh and claim.summary_en
        if text is not None and claim.source == "text":  # quoted word for word (the copy wraps one line mid-word)
            assert claim.quote_zh in text.replace("丧\n失", "丧失").replace("\n", ""), experiment.name


@pytest.mark.parametrize("name", list(TINY_SETTINGS))
def test_each_experiment_gives_the_fields_the_tab_shows(results, name):
    result = results[name]
    assert isinstance(result, ExperimentResult) and result.name == name
    assert result.settings == TINY_SETTINGS[name] and result.claim is EXPERIMENTS[name].claim
    assert result.seconds > 0 and result.x_metric in experiments.METRICS
    assert sum(v.tutorial for v in result.variants) == 1
    for variant in result.variants:
        assert NUMBERS[name] <= set(variant.numbers) and set(variant.numbers) <= set(experiments.METRICS)
        curves = {key: curve for key, curve in variant.curves.items() if experiments.METRICS[key][2] != "points"}
        assert curves and all(len(curve) == len(result.x) for curve in curves.values())
        assert variant.label_en and variant.label_zh
    found = result.verdict
    assert found == verdict(result) and found.en and found.zh and isinstance(found.holds, bool)
    assert json.loads(json.dumps(experiments.result_to_dict(result)))["verdict"]["en"] == found.en


def test_the_curves_follow_the_training(results):
    inputs = results["inputs"]
    assert inputs.x == (0.0, 150.0, 300.0, 450.0, 600.0)  # samples trained: 2 checkpoints an epoch, 2 epochs
    warned = inputs.variant("warned")
    assert warned.curves["unmoved_input_weights"][0] == warned.numbers["input_weights"]  # nothing moved before training
    assert warned.numbers["unmoved_input_weights"] == 30 * warned.numbers["unmoved_inputs"] > 0  # a 0 pixel's 30 weights
    assert inputs.variant("tutorial").numbers["unmoved_input_weights"] == 0
    assert results["epochs"].x == (0.0, 1.0, 2.0, 3.0)


def test_both_variants_start_from_the_same_seed(results):
    targets = results["targets"]
    assert targets.variant("tutorial").numbers["largest_weight_start"] == targets.variant("warned").numbers["largest_weight_start"]
    init = results["init"]
    assert init.variant("warned").numbers["saturated_share_start"] > init.variant("tutorial").numbers["saturated_share_start"]


def _result(name, variants, x=(0.0, 1.0)):
    return ExperimentResult(name, EXPERIMENTS[name].claim, EXPERIMENTS[name].defaults, x, "samples", tuple(variants), 1.0)


def _pair(name, tutorial, warned):
    return _result(name, [Variant("tutorial", "a", "甲", True, tutorial, {}), Variant("warned", "b", "乙", False, warned, {})])


def test_the_inputs_verdict_flips_with_the_numbers():
    base = {"test_accuracy": 0.9, "unmoved_inputs": 10, "input_weights": 1000}
    holds = _pair("inputs", {**base, "unmoved_input_weights": 0}, {**base, "unmoved_input_weights": 200})
    fails = _pair("inputs", {**base, "unmoved_input_weights": 0}, {**base, "unmoved_input_weights": 0})
    assert verdict(holds).holds and "200 of 1,000" in verdict(holds).en and verdict(holds).en.startswith("Holds")
    assert not verdict(fails).holds and verdict(fails).en.startswith("Did not hold") and verdict(fails).zh.startswith("本次未成立")


def test_the_targets_verdict_flips_with_the_numbers():
    def numbers(largest, signal, late):
        return {"test_accuracy": 0.9, "largest_weight": largest, "output_signal": signal, "late_signal_growth": late}

    holds = verdict(_pair("targets", numbers(1.0, 5.0, 0.99), numbers(1.5, 6.7, 1.08)))
    assert holds.holds and holds.en.startswith("Holds") and "5.00 with 0.01/0.99, 6.70 with 0/1" in holds.en
    partly = verdict(_pair("targets", numbers(1.08, 5.0, 0.99), numbers(1.07, 6.7, 1.08)))  # pushed further, the largest weight not larger
    assert not partly.holds and partly.en.startswith("Held only in part") and partly.zh.startswith("仅部分成立")
    assert verdict(_pair("targets", numbers(1.0, 5.0, 0.99), numbers(1.5, 6.7, 0.98))).en.startswith("Did not hold")  # no longer growing
    assert verdict(_pair("targets", numbers(1.0, 7.0, 0.99), numbers(1.5, 6.7, 1.08))).en.startswith("Did not hold")


def test_the_targets_experiment_measures_the_output_sigmoids_input(results, mnist):
    from core.network import NeuralNetwork

    targets = results["targets"]
    for variant in targets.variants:
        assert len(variant.curves["output_signal"]) == len(targets.x) and variant.numbers["output_signal"] > 0
    network = NeuralNetwork(hidden_nodes=30, seed=0)
    inputs = experiments._scale_inputs(mnist.train_images[:50], 0.01)
    final_inputs = network.hidden_outputs(inputs) @ network.w_ho.T  # (50, 10)
    assert experiments.output_signal(network, inputs) == pytest.approx(float(abs(final_inputs).mean()))


def test_the_init_verdict_flips_with_the_numbers():
    def numbers(accuracy, saturated):
        return {"test_accuracy": accuracy, "saturated_share": saturated}

    assert verdict(_pair("init", numbers(0.9, 0.1), numbers(0.8, 0.8))).en.startswith("Holds")
    partly = verdict(_pair("init", numbers(0.9, 0.1), numbers(0.95, 0.8)))
    assert not partly.holds and partly.en.startswith("Held only in part")
    assert verdict(_pair("init", numbers(0.9, 0.5), numbers(0.8, 0.4))).en.startswith("Did not hold")


def test_the_learning_rate_verdict_flips_with_the_numbers():
    def rates(*rows):
        return _result("learning-rate", [
            Variant(f"lr={lr:g}", "", "", lr == 0.1, {"learning_rate": lr, "test_accuracy": acc, "saturated_share": sat}, {})
            for lr, acc, sat in rows
        ])

    assert verdict(rates((0.1, 0.9, 0.05), (10.0, 0.2, 0.99))).holds
    assert not verdict(rates((0.1, 0.9, 0.05), (10.0, 0.95, 0.99))).holds
    assert verdict(rates((0.1, 0.9, 0.5), (10.0, 0.2, 0.3))).en.startswith("Did not hold")


def test_the_epochs_verdict_follows_the_curves():
    def curves(test, train):
        return _result("epochs", [Variant("tutorial", "", "", True, {}, {"test_accuracy": test, "train_accuracy": train})],
                       x=tuple(float(e) for e in range(len(test))))

    overfit = verdict(curves((0.1, 0.80, 0.85, 0.90, 0.91, 0.92, 0.89), (0.1, 0.8, 0.9, 0.95, 0.99, 1.0, 1.0)))
    assert overfit.holds and "over-fits" in overfit.en and "epoch 5" in overfit.en
    steady = verdict(curves((0.1, 0.80, 0.85, 0.90, 0.91, 0.92, 0.925), (0.1, 0.8, 0.9, 0.95, 0.99, 1.0, 1.0)))
    assert steady.holds and "no over-fitting" in steady.en
    useless = verdict(curves((0.1, 0.90, 0.88, 0.87, 0.86, 0.85, 0.85), (0.1, 0.9, 0.95, 0.99, 1.0, 1.0, 1.0)))
    assert not useless.holds and useless.en.startswith("More passes did not help")


@pytest.mark.parametrize("name", ["inputs", "learning-rate", "epochs"])
def test_cancel_stops_an_experiment_between_steps(mnist, name):
    control = TrainingControl()
    items = []
    for item in run(name, mnist, replace(TINY_SETTINGS[name], train_images=3000), control):
        items.append(item)
        if len(items) == 1:
            control.stop()
    assert len(items) == 1 and isinstance(items[0], float)  # nothing after the stop, and no result
    assert 0 < items[0] < 1


def test_progress_rises_to_one_before_the_result(mnist):
    items = list(run("init", mnist, TINY))
    fractions, result = items[:-1], items[-1]
    assert isinstance(result, ExperimentResult)
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and all(0 < f <= 1 for f in fractions)


def test_bad_settings_and_names_are_refused(mnist):
    with pytest.raises(ValueError, match="unknown experiment 'nope'.*inputs, targets"):
        list(run("nope", mnist))
    with pytest.raises(ValueError, match="train_images"):
        list(run("inputs", mnist, replace(TINY, train_images=10**9)))


def test_core_does_not_import_qt():
    code = "import sys, core.experiments, core.explain; print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_cli_lists_the_experiments_with_their_claims():
    result = cli("experiment", "--list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert [line.split()[0] for line in lines] == list(EXPERIMENTS)
    assert EXPERIMENTS["targets"].claim.summary_en in result.stdout


def test_cli_prints_the_result_as_json():
    result = cli("experiment", "inputs", "--json", "--train-images", "300", "--test-images", "300", "--seed", "3")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["name"] == "inputs" and record["settings"]["train_images"] == 300 and record["settings"]["seed"] == 3
    assert {v["key"] for v in record["variants"]} == {"tutorial", "warned"}
    assert record["verdict"]["en"] and record["verdict"]["zh"] and record["claim"]["quote_zh"].startswith("一个好的建议")


def test_cli_prints_numbers_and_verdict():
    result = cli("experiment", "init", "--train-images", "300", "--test-images", "300", "--epochs", "1")
    assert result.returncode == 0, result.stderr
    assert "test accuracy" in result.stdout and "verdict: " in result.stdout


@pytest.mark.parametrize("args, words", [(["experiment", "bogus"], "invalid experiment 'bogus' (choose from inputs, targets, init, learning-rate, epochs, constant, slope, pen)"),
                                         (["experiment"], "name an experiment")])
def test_cli_bad_name_is_one_line_exit_2(args, words):
    result = cli(*args)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and words in result.stderr


def test_the_pen_digits_verdict_flips_with_the_numbers():
    """MNIST's score speaks for people it never saw only if they are read within a point of it."""
    def pen_pair(people, pen_people):
        return _result("pen", [Variant("tutorial", "a", "甲", True, {"test_accuracy": 0.95, "people_accuracy": people}, {}),
                               Variant("pen", "b", "乙", False, {"test_accuracy": 0.949, "people_accuracy": pen_people}, {}, compared=True)])

    fails = verdict(pen_pair(0.88, 0.94))
    assert not fails.holds and fails.en.startswith("Did not hold") and "95.0 % of MNIST's test digits but only 88.0 %" in fails.en
    assert "94.0 % of theirs (+6.0 points)" in fails.en and "(-0.1 points)" in fails.en and fails.zh.startswith("本次未成立")
    holds = verdict(pen_pair(0.945, 0.95))
    assert holds.holds and holds.en.startswith("Holds") and holds.zh.startswith("成立")


def test_the_pen_digits_experiment_grades_on_writers_neither_network_saw(results):
    """Both networks are measured on the test writers; only the second trained on the train and tune writers' digits."""
    from core.pen_digits import load_pen_digits, writer_split

    result = results["pen"]
    assert [v.key for v in result.variants] == ["tutorial", "pen"]
    assert result.x == (0.0, 0.5, 1.0) and result.x_metric == "epoch"  # fractions of each network's own epoch
    digits = load_pen_digits()
    split = writer_split(digits)
    assert not set(digits.writers[split["test"]]) & set(digits.writers[np.concatenate([split["train"], split["tune"]])])
    pen = result.variant("pen").numbers["people_accuracy"]
    assert pen > result.variant("tutorial").numbers["people_accuracy"]  # 6,908 people's digits beside 300 of MNIST's
