"""The tutorial's derivation for one weight, with one sample's numbers, checked by nudging the weight.

The tutorial's loss for one sample is E = Σ_k (t_k − o_k)² (no ½). For the weight w_jk from hidden
node j to output node k, with x_k = Σ_j w_jk·o_j the signal into node k and o_k = σ(x_k)::

    ∂E/∂w_jk = ∂E/∂o_k        · ∂o_k/∂x_k     · ∂x_k/∂w_jk
             = −2·(t_k − o_k) · o_k·(1 − o_k) · o_j

The tutorial drops the constant 2 ("all parameters scaled by a constant makes no difference") and
moves each weight against what is left, times the learning rate α::

    Δw_jk = α · (t_k − o_k) · o_k·(1 − o_k) · o_j  =  −α · ½ · ∂E/∂w_jk

One layer down (w_ij from input i to hidden node j) the tutorial writes the same chain with the
hidden error e_j = Σ_k w_jk·(t_k − o_k) in the place of (t_k − o_k)::

    Δw_ij = α · e_j · o_j·(1 − o_j) · x_i

The exact chain goes through the output sigmoids as well: ∂E/∂o_j = −2·Σ_k (t_k − o_k)·o_k·(1 − o_k)·w_jk.
The tutorial's e_j leaves out the o_k·(1 − o_k), so its Δw_ij is close to, but not exactly,
−α·½·∂E/∂w_ij; ``WeightChain`` carries both, and nudging the weight (``nudged_slope``) measures the
exact slope. Everything is float64, computed from copies: the network is never written.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.activation import sigmoid
from core.network import NeuralNetwork

DROPPED_FACTOR = 2.0  # d/do (t − o)² = −2·(t − o): the constant the tutorial leaves out
NUDGE = 5e-3  # the nudge h: the five-point difference's error (~h⁴·E⁽⁵⁾ + eps·E/h) is smallest near here
ROUNDING = 1e-12  # E (~0.01–1) computed in float64 is this exact: smaller changes of it are not measured
SMALL_SLOPE = 1e-6  # slopes smaller than this are compared absolutely (E's rounding, ~1e-16, swamps them)
LAYERS = ("ho", "ih")  # w_ho (output, hidden): w_jk; w_ih (hidden, input): w_ij


def tutorial_loss(final_outputs: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """E = Σ (targets − final_outputs)² over the last axis: (..., output) -> (...)."""
    return np.sum(np.square(targets - final_outputs), axis=-1)


@dataclass(frozen=True)
class Sample:
    """One sample's forward pass in float64 (h hidden nodes)."""

    inputs: np.ndarray  # (784,) x_i
    targets: np.ndarray  # (10,) t_k
    w_ih: np.ndarray  # (h, 784) a copy
    w_ho: np.ndarray  # (10, h) a copy
    hidden_outputs: np.ndarray  # (h,) o_j
    final_outputs: np.ndarray  # (10,) o_k

    @property
    def loss(self) -> float:
        return float(tutorial_loss(self.final_outputs, self.targets))


def forward(network: NeuralNetwork, inputs: np.ndarray, targets: np.ndarray) -> Sample:
    """The sample's forward pass with copies of the network's weights, in float64."""
    x = np.asarray(inputs, np.float64).ravel()
    t = np.asarray(targets, np.float64).ravel()
    if x.shape != (network.input_nodes,) or t.shape != (network.output_nodes,):
        raise ValueError(f"inputs must have {network.input_nodes} values and targets {network.output_nodes}, got {x.size} and {t.size}")
    w_ih, w_ho = network.w_ih.astype(np.float64), network.w_ho.astype(np.float64)
    hidden_outputs = sigmoid(w_ih @ x)
    return Sample(x, t, w_ih, w_ho, hidden_outputs, sigmoid(w_ho @ hidden_outputs))


@dataclass(frozen=True)
class WeightChain:
    """The chain rule for one weight, factor by factor, and the step ``network.train`` takes on it.

    For ``layer`` "ho": ``to_node`` k (output), ``from_node`` j (hidden); for "ih": j (hidden), i (input).
    """

    layer: str
    to_node: int
    from_node: int
    weight: float
    upstream: float  # ∂E/∂o at the node the weight leads to, exact: −2(t_k − o_k), or −2 Σ_k (t_k − o_k) o_k(1 − o_k) w_jk
    tutorial_upstream: float  # what the tutorial's rule puts there: −2(t_k − o_k), or −2 e_j (e_j its hidden error)
    slope: float  # ∂o/∂x = o(1 − o), the sigmoid's slope at that node
    source_output: float  # ∂x/∂w: the output of the node the weight comes from (o_j, or the input x_i)
    learning_rate: float
    loss: float  # E = Σ (t − o)² before the step

    @property
    def gradient(self) -> float:
        """∂E/∂w, the exact chain's product."""
        return self.upstream * self.slope * self.source_output

    @property
    def tutorial_gradient(self) -> float:
        """The tutorial's chain's product (equal to ``gradient`` for w_ho)."""
        return self.tutorial_upstream * self.slope * self.source_output

    @property
    def delta_w(self) -> float:
        """The tutorial's step: −α · (the product with the constant 2 dropped), what ``train`` applies."""
        return -self.learning_rate * self.tutorial_gradient / DROPPED_FACTOR


def check_weight(network: NeuralNetwork, layer: str, to_node: int, from_node: int) -> None:
    """Raise ValueError naming the layer and the indices when they do not name a weight of ``network``."""
    if layer not in LAYERS:
        raise ValueError(f"layer must be one of {LAYERS}, got {layer!r}")
    rows, columns = (network.w_ho if layer == "ho" else network.w_ih).shape
    if not (0 <= to_node < rows and 0 <= from_node < columns):
        raise ValueError(f"w_{layer} has {rows}×{columns} weights: ({to_node}, {from_node}) is not one of them")


def weight_chain(network: NeuralNetwork, inputs: np.ndarray, targets: np.ndarray, layer: str, to_node: int, from_node: int,
                 learning_rate: float | None = None) -> WeightChain:
    """The derivation's chain for one weight of ``network`` on one sample (inputs (784,), targets (10,))."""
    check_weight(network, layer, to_node, from_node)
    rate = network.learning_rate if learning_rate is None else learning_rate
    return _chain(forward(network, inputs, targets), layer, to_node, from_node, rate)


def _chain(s: Sample, layer: str, to_node: int, from_node: int, learning_rate: float) -> WeightChain:
    output_errors = s.targets - s.final_outputs  # (10,) t_k − o_k
    if layer == "ho":
        k, j = to_node, from_node
        upstream = tutorial_upstream = -DROPPED_FACTOR * output_errors[k]
        o, source, weight = s.final_outputs[k], s.hidden_outputs[j], s.w_ho[k, j]
    else:
        j, i = to_node, from_node
        output_slopes = s.final_outputs * (1.0 - s.final_outputs)  # (10,)
        upstream = -DROPPED_FACTOR * float(s.w_ho[:, j] @ (output_errors * output_slopes))
        tutorial_upstream = -DROPPED_FACTOR * float(s.w_ho[:, j] @ output_errors)  # −2·e_j, e_j = (W_hoᵀ · output_errors)_j
        o, source, weight = s.hidden_outputs[j], s.inputs[i], s.w_ih[j, i]
    return WeightChain(
        layer=layer,
        to_node=int(to_node),
        from_node=int(from_node),
        weight=float(weight),
        upstream=float(upstream),
        tutorial_upstream=float(tutorial_upstream),
        slope=float(o * (1.0 - o)),
        source_output=float(source),
        learning_rate=float(learning_rate),
        loss=s.loss,
    )


def loss_along_weight(network: NeuralNetwork, inputs: np.ndarray, targets: np.ndarray, layer: str, to_node: int, from_node: int,
                      offsets: np.ndarray) -> np.ndarray:
    """E when that one weight is moved by each of ``offsets`` (n,) and every other weight stays: (n,)."""
    check_weight(network, layer, to_node, from_node)
    return _loss_along(forward(network, inputs, targets), layer, to_node, from_node, offsets)


def _loss_along(s: Sample, layer: str, to_node: int, from_node: int, offsets: np.ndarray) -> np.ndarray:
    offsets = np.asarray(offsets, np.float64).ravel()
    final_inputs = np.broadcast_to(s.w_ho @ s.hidden_outputs, (offsets.size, s.w_ho.shape[0])).copy()  # (n, 10)
    if layer == "ho":  # only output k's signal changes, by offset · o_j
        final_inputs[:, to_node] += offsets * s.hidden_outputs[from_node]
    else:  # hidden node j's signal changes by offset · x_i; every output feels its new o_j through w_ho[:, j]
        j = to_node
        new_hidden = sigmoid(s.w_ih[j] @ s.inputs + offsets * s.inputs[from_node])  # (n,)
        final_inputs += np.outer(new_hidden - s.hidden_outputs[j], s.w_ho[:, j])
    return tutorial_loss(sigmoid(final_inputs), s.targets)


def nudged_slope(network: NeuralNetwork, inputs: np.ndarray, targets: np.ndarray, layer: str, to_node: int, from_node: int,
                 h: float = NUDGE) -> float:
    """∂E/∂w measured, not derived: the weight nudged by ±h and ±2h, the others kept, and the central
    difference (E(w−2h) − 8·E(w−h) + 8·E(w+h) − E(w+2h)) / 12h (the plain (E(w+h) − E(w−h)) / 2h
    refined: its error shrinks as h⁴, not h², so h can be large enough for E's rounding not to matter)."""
    check_weight(network, layer, to_node, from_node)
    return _nudged(forward(network, inputs, targets), layer, to_node, from_node, h)


def _nudged(s: Sample, layer: str, to_node: int, from_node: int, h: float) -> float:
    minus2, minus, plus, plus2 = _loss_along(s, layer, to_node, from_node, np.array([-2 * h, -h, h, 2 * h]))
    return float((minus2 - 8.0 * minus + 8.0 * plus - plus2) / (12.0 * h))


def relative_error(derived: np.ndarray, nudged: np.ndarray, floor: float = SMALL_SLOPE) -> np.ndarray:
    """|derived − nudged| / max(|derived|, |nudged|, floor): slopes smaller than ``floor`` are compared absolutely."""
    derived, nudged = np.asarray(derived, np.float64), np.asarray(nudged, np.float64)
    return np.abs(derived - nudged) / np.maximum(np.maximum(np.abs(derived), np.abs(nudged)), floor)


@dataclass(frozen=True)
class GradientCheck:
    """The derived slope against the nudged one, for weights picked at random from both matrices."""

    layers: tuple[str, ...]  # (count,) "ho" or "ih"
    to_nodes: np.ndarray  # (count,)
    from_nodes: np.ndarray  # (count,)
    derived: np.ndarray  # (count,) ∂E/∂w from the exact chain
    nudged: np.ndarray  # (count,) the central difference
    tutorial: np.ndarray  # (count,) the tutorial's chain's product

    @property
    def relative_errors(self) -> np.ndarray:
        return relative_error(self.derived, self.nudged)

    @property
    def max_relative_error(self) -> float:
        return float(self.relative_errors.max())


def gradient_check(network: NeuralNetwork, inputs: np.ndarray, targets: np.ndarray, count: int = 1000, seed: int = 0,
                   h: float = NUDGE) -> GradientCheck:
    """Derived against nudged slopes for ``count`` random weights, each matrix's share in proportion to its size."""
    s = forward(network, inputs, targets)
    rng = np.random.default_rng(seed)
    n_ho, n_ih = network.w_ho.size, network.w_ih.size
    picked = rng.choice(n_ho + n_ih, size=min(count, n_ho + n_ih), replace=False)
    layers, to_nodes, from_nodes, derived, nudged, tutorial = [], [], [], [], [], []
    for flat in picked:
        layer = "ho" if flat < n_ho else "ih"
        shape = network.w_ho.shape if layer == "ho" else network.w_ih.shape
        to_node, from_node = (int(v) for v in np.unravel_index(flat if layer == "ho" else flat - n_ho, shape))
        chain = _chain(s, layer, to_node, from_node, network.learning_rate)
        layers.append(layer)
        to_nodes.append(to_node)
        from_nodes.append(from_node)
        derived.append(chain.gradient)
        tutorial.append(chain.tutorial_gradient)
        nudged.append(_nudged(s, layer, to_node, from_node, h))
    return GradientCheck(tuple(layers), np.array(to_nodes), np.array(from_nodes), np.array(derived), np.array(nudged), np.array(tutorial))


# -- every weight at once: the tutorial's claim "the larger ∂E/∂w, the more adjusting that weight helps" ----

@dataclass(frozen=True)
class Gradients:
    """∂E/∂W for both matrices (exact), and the tutorial's step ΔW (its chain, the 2 dropped, × α)."""

    w_ho: np.ndarray  # (10, h) ∂E/∂w_jk
    w_ih: np.ndarray  # (h, 784) ∂E/∂w_ij
    step_ho: np.ndarray  # (10, h) ΔW_ho that ``train`` applies
    step_ih: np.ndarray  # (h, 784) ΔW_ih that ``train`` applies


def gradients(s: Sample, learning_rate: float) -> Gradients:
    output_errors = s.targets - s.final_outputs  # (10,)
    output_deltas = output_errors * s.final_outputs * (1.0 - s.final_outputs)  # (10,) (t − o)·o(1 − o)
    hidden_slopes = s.hidden_outputs * (1.0 - s.hidden_outputs)  # (h,)
    exact_hidden = (s.w_ho.T @ output_deltas) * hidden_slopes  # (h,) through the output sigmoids
    tutorial_hidden = (s.w_ho.T @ output_errors) * hidden_slopes  # (h,) the tutorial's hidden errors
    return Gradients(
        w_ho=-DROPPED_FACTOR * np.outer(output_deltas, s.hidden_outputs),
        w_ih=-DROPPED_FACTOR * np.outer(exact_hidden, s.inputs),
        step_ho=learning_rate * np.outer(output_deltas, s.hidden_outputs),
        step_ih=learning_rate * np.outer(tutorial_hidden, s.inputs),
    )


def losses_after_single_steps(s: Sample, layer: str, to_nodes: np.ndarray, from_nodes: np.ndarray, steps: np.ndarray) -> np.ndarray:
    """E after moving each listed weight alone by its step (n,), every other weight as it was: (n,)."""
    to_nodes, from_nodes, steps = np.asarray(to_nodes), np.asarray(from_nodes), np.asarray(steps, np.float64)
    final_inputs = np.tile(s.w_ho @ s.hidden_outputs, (len(steps), 1))  # (n, 10)
    rows = np.arange(len(steps))
    if layer == "ho":
        final_inputs[rows, to_nodes] += steps * s.hidden_outputs[from_nodes]
    else:
        hidden_inputs = s.w_ih[to_nodes] @ s.inputs  # (n,)
        new_hidden = sigmoid(hidden_inputs + steps * s.inputs[from_nodes])
        final_inputs += (new_hidden - s.hidden_outputs[to_nodes])[:, None] * s.w_ho[:, to_nodes].T
    return tutorial_loss(sigmoid(final_inputs), s.targets)


def rank_correlation(a: np.ndarray, b: np.ndarray) -> float:
    """Spearman's ρ: the correlation of the two samples' ranks (n,), in −1…1 (ties are rare here)."""
    ranks_a = np.argsort(np.argsort(a, kind="stable"), kind="stable").astype(np.float64)
    ranks_b = np.argsort(np.argsort(b, kind="stable"), kind="stable").astype(np.float64)
    return float(np.corrcoef(ranks_a, ranks_b)[0, 1])


def random_weights(network: NeuralNetwork, count: int, rng: np.random.Generator) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """``count`` distinct weights of both matrices (each in proportion to its size): per layer, (layer, to, from)."""
    n_ho, n_ih = network.w_ho.size, network.w_ih.size
    picked = rng.choice(n_ho + n_ih, size=min(count, n_ho + n_ih), replace=False)
    ho, ih = picked[picked < n_ho], picked[picked >= n_ho] - n_ho
    return [("ho", *np.unravel_index(ho, network.w_ho.shape)), ("ih", *np.unravel_index(ih, network.w_ih.shape))]


@dataclass(frozen=True)
class SingleWeightSteps:
    """For sampled weights: |∂E/∂w| and how much E fell when that weight alone took the tutorial's step."""

    gradient_sizes: np.ndarray  # (n,) |∂E/∂w|
    loss_drops: np.ndarray  # (n,) E before − E after (negative: E rose, the step overshot)

    @property
    def rank_correlation(self) -> float:
        return rank_correlation(self.gradient_sizes, self.loss_drops)

    @property
    def uphill_share(self) -> float:
        """The share (0–1) of the weights whose step raised E by more than float64's rounding of E."""
        return float(np.mean(self.loss_drops < -ROUNDING))


def single_weight_steps(network: NeuralNetwork, inputs: np.ndarray, targets: np.ndarray, weights, learning_rate: float,
                        exact: bool = False) -> SingleWeightSteps:
    """Each of ``weights`` (from ``random_weights``) moved alone by the tutorial's step at ``learning_rate``
    (``exact``: by the exact chain's step −α·½·∂E/∂w instead, for comparison)."""
    s = forward(network, inputs, targets)
    g = gradients(s, learning_rate)
    sizes, drops = [], []
    for layer, to_nodes, from_nodes in weights:
        gradient, step = (g.w_ho, g.step_ho) if layer == "ho" else (g.w_ih, g.step_ih)
        if exact:
            step = -learning_rate * gradient / DROPPED_FACTOR
        sizes.append(np.abs(gradient[to_nodes, from_nodes]))
        drops.append(s.loss - losses_after_single_steps(s, layer, to_nodes, from_nodes, step[to_nodes, from_nodes]))
    return SingleWeightSteps(np.concatenate(sizes), np.concatenate(drops))
