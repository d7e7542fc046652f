"""core.derivation: the tutorial's chain for one weight equals the step ``train`` applies, the nudged slope
agrees with the derived one, and the two claims about the derivation are verdicts computed from runs."""
import numpy as np
import pytest

from core import derivation, experiments
from core.data import images_to_inputs, labels_to_targets
from core.experiments import EXPERIMENTS, ExperimentResult, Settings, Variant, run_to_end
from core.network import NeuralNetwork

INDEX = 20_000  # a training image the `trained` network has not seen


@pytest.fixture(scope="module")
def sample(mnist):
    return images_to_inputs(mnist.train_images[INDEX : INDEX + 1], np.float64)[0], labels_to_targets(mnist.train_labels[INDEX : INDEX + 1], 10, np.float64)[0]


def as_float64(network):
    copy = network.copy()
    copy.w_ih, copy.w_ho = network.w_ih.astype(np.float64), network.w_ho.astype(np.float64)
    copy.dtype = np.dtype(np.float64)
    return copy


def random_weights(network, count, seed):
    rng = np.random.default_rng(seed)
    for layer, to_nodes, from_nodes in derivation.random_weights(network, count, rng):
        yield from ((layer, int(a), int(b)) for a, b in zip(to_nodes, from_nodes))


@pytest.mark.parametrize("layer", ["ho", "ih"])
def test_the_chains_product_is_the_step_train_applies(trained, sample, layer):
    network = as_float64(trained)
    inputs, targets = sample
    stepped = network.copy()
    stepped.train(inputs, targets)
    applied = {"ho": stepped.w_ho - network.w_ho, "ih": stepped.w_ih - network.w_ih}[layer]
    # float precision: (w + Δw) − w is Δw to within the rounding of w + Δw, a few eps × |w|
    precision = 4 * np.finfo(np.float64).eps * float(np.abs(network.w_ho if layer == "ho" else network.w_ih).max())
    rng = np.random.default_rng(1)
    shape = applied.shape
    for to_node, from_node in zip(rng.integers(shape[0], size=50), rng.integers(shape[1], size=50)):
        chain = derivation.weight_chain(network, inputs, targets, layer, int(to_node), int(from_node))
        assert chain.delta_w == pytest.approx(applied[to_node, from_node], rel=1e-12, abs=precision)
        # the product ÷ the constant the tutorial drops, times −α: the step
        assert -network.learning_rate * chain.tutorial_gradient / derivation.DROPPED_FACTOR == pytest.approx(
            applied[to_node, from_node], rel=1e-12, abs=precision)
        assert chain.gradient == pytest.approx(chain.upstream * chain.slope * chain.source_output)
        if layer == "ho":  # one layer: the tutorial's chain is the exact one
            assert chain.tutorial_gradient == chain.gradient


def test_the_nudged_slope_agrees_with_the_derived_one(trained, mnist):
    network = as_float64(trained)
    inputs = images_to_inputs(mnist.train_images[INDEX : INDEX + 5], np.float64)
    targets = labels_to_targets(mnist.train_labels[INDEX : INDEX + 5], 10, np.float64)
    for k, (x, t) in enumerate(zip(inputs, targets)):
        check = derivation.gradient_check(network, x, t, count=1000, seed=k)
        assert len(check.derived) == 1000 and {"ho", "ih"} <= set(check.layers)
        assert check.max_relative_error <= 1e-6
    layer, to_node, from_node = "ih", 7, 400
    chain = derivation.weight_chain(network, inputs[0], targets[0], layer, to_node, from_node)
    nudged = derivation.nudged_slope(network, inputs[0], targets[0], layer, to_node, from_node)
    assert derivation.relative_error(chain.gradient, nudged) <= 1e-6


def test_a_broken_formula_fails_the_nudge_check(trained, sample, monkeypatch):
    """The check can fail: the chain without the sigmoid's slope disagrees with the nudged slope."""
    network = as_float64(trained)
    real_chain = derivation._chain

    def without_the_slope(*args, **kwargs):
        chain = real_chain(*args, **kwargs)
        return derivation.WeightChain(**{**chain.__dict__, "slope": 1.0})

    monkeypatch.setattr(derivation, "_chain", without_the_slope)
    assert derivation.gradient_check(network, *sample, count=200).max_relative_error > 0.5


def test_the_tutorials_hidden_error_is_not_the_exact_chain(trained, sample):
    """One layer down, the tutorial's e_j = Σ w_jk (t_k − o_k) leaves out o_k(1 − o_k): close in direction, not equal."""
    s = derivation.forward(as_float64(trained), *sample)
    g = derivation.gradients(s, 0.1)
    exact_step = -0.1 * g.w_ih / derivation.DROPPED_FACTOR
    assert not np.allclose(g.step_ih, exact_step)
    np.testing.assert_allclose(g.step_ho, -0.1 * g.w_ho / derivation.DROPPED_FACTOR, rtol=1e-12)
    cosine = float(np.sum(g.step_ih * exact_step) / np.linalg.norm(g.step_ih) / np.linalg.norm(exact_step))
    assert 0.5 < cosine < 1.0


def test_the_loss_along_a_weight_passes_through_E_with_the_derived_slope(trained, sample):
    network = as_float64(trained)
    chain = derivation.weight_chain(network, *sample, "ho", 3, 11)
    offsets = np.linspace(-1, 1, 201)
    losses = derivation.loss_along_weight(network, *sample, "ho", 3, 11, offsets)
    assert losses[100] == pytest.approx(chain.loss)
    assert (losses[101] - losses[99]) / (offsets[101] - offsets[99]) == pytest.approx(chain.gradient, rel=1e-3)
    moved = network.copy()
    moved.w_ho[3, 11] += 0.5
    assert derivation.forward(moved, *sample).loss == pytest.approx(losses[150])


def test_bad_weight_names_the_layer_and_indices(trained, sample):
    with pytest.raises(ValueError, match=r"w_ho has 10×200 weights: \(10, 0\)"):
        derivation.weight_chain(trained, *sample, "ho", 10, 0)
    with pytest.raises(ValueError, match="layer must be one of"):
        derivation.weight_chain(trained, *sample, "hi", 0, 0)


def test_rank_correlation():
    a = np.arange(10.0)
    assert derivation.rank_correlation(a, a**3) == pytest.approx(1.0)
    assert derivation.rank_correlation(a, -a) == pytest.approx(-1.0)


# -- the two claims, as experiments ---------------------------------------------------------------

TINY = Settings(train_images=300, test_images=300, epochs=1, checkpoints=2, hidden_nodes=30)


def test_dropping_the_constant_is_halving_the_learning_rate(mnist):
    result = run_to_end("constant", mnist, TINY)
    tutorial, half, kept = (result.variant(key) for key in ("tutorial", "kept-half", "kept"))
    assert half.numbers["weight_difference"] == 0.0  # float32: (α/2)·(2·δ) rounds as α·δ
    assert half.curves["test_accuracy"] == tutorial.curves["test_accuracy"]
    assert kept.numbers["weight_difference"] > 0.01 and half.numbers["learning_rate"] == pytest.approx(0.05)
    assert result.verdict.holds and "Holds" in result.verdict.en and "成立" in result.verdict.zh


def test_the_constant_verdict_fails_when_the_weights_differ():
    def variant(key, difference):
        return Variant(key, key, key, key == "tutorial", {"test_accuracy": 0.8, "weight_difference": difference, "learning_rate": 0.1}, {}, key != "tutorial")

    result = ExperimentResult("constant", EXPERIMENTS["constant"].claim, TINY, (0.0,), "samples",
                              (variant("tutorial", 0.0), variant("kept-half", 0.01), variant("kept", 0.3)), 1.0)
    assert not experiments.verdict(result).holds and "Did not hold" in experiments.verdict(result).en


def test_a_larger_slope_lowers_E_more(mnist):
    result = run_to_end("slope", mnist, Settings(train_images=300, test_images=4, epochs=1, checkpoints=2, hidden_nodes=30))
    tutorial, exact = result.variant("tutorial"), result.variant("exact")
    assert tutorial.numbers["rank_correlation"] >= experiments.SLOPE_HOLDS and result.verdict.holds
    assert exact.numbers["rank_correlation"] > 0.99 and exact.numbers["uphill_share"] == 0.0
    assert tutorial.numbers["uphill_share"] > 0  # the tutorial's hidden errors point uphill for some weights
    assert len(tutorial.curves["gradient_size"]) == len(tutorial.curves["loss_drop"]) == experiments.SLOPE_WEIGHTS


def test_the_slope_verdict_follows_the_correlation():
    def result(rho):
        variants = tuple(Variant(key, key, key, key == "tutorial", {"rank_correlation": rho, "uphill_share": 0.05}, {}, key != "tutorial")
                         for key in ("tutorial", "exact"))
        return ExperimentResult("slope", EXPERIMENTS["slope"].claim, EXPERIMENTS["slope"].defaults, (0.0,), "samples", variants, 1.0)

    assert experiments.verdict(result(0.95)).holds
    low = experiments.verdict(result(0.3))
    assert not low.holds and "Did not hold" in low.en and "0.300" in low.en
