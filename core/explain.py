"""One training step, explained: every quantity of the tutorial's ``train`` for one sample, with its numbers.

The tutorial's order and names, for one sample with inputs x (784,) and targets t (10,);
each derivative stands next to the forward step it comes from (h: hidden nodes, 200 in the tutorial)::

    hidden_inputs  = W_ih · inputs                     (h,)     = (h, 784) · (784,)
    hidden_outputs = sigmoid(hidden_inputs)            (h,)     sigmoid' = hidden_outputs · (1 − hidden_outputs)
    final_inputs   = W_ho · hidden_outputs             (10,)    = (10, h) · (h,)
    final_outputs  = sigmoid(final_inputs)             (10,)    sigmoid' = final_outputs · (1 − final_outputs)
    E              = ½ Σ (targets − final_outputs)²    ()       the loss for this sample
    output_errors  = targets − final_outputs           (10,)    = −∂E/∂final_outputs
    hidden_errors  = W_hoᵀ · output_errors             (h,)     = −∂E/∂hidden_outputs (W_ho before its update)
    ΔW_ho = lr · (output_errors · final_outputs · (1 − final_outputs)) · hidden_outputsᵀ     (10, h) = −lr ∂E/∂W_ho
    ΔW_ih = lr · (hidden_errors · hidden_outputs · (1 − hidden_outputs)) · inputsᵀ           (h, 784) = −lr ∂E/∂W_ih

``network.train(inputs, targets)`` moves W_ho by exactly ΔW_ho and W_ih by exactly ΔW_ih.
Everything here is computed in float64 from the network's weights, which are never written.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.activation import sigmoid
from core.network import NeuralNetwork


@dataclass(frozen=True)
class StepExplanation:
    """One step's quantities in the tutorial's names (float64 arrays; h = hidden nodes)."""

    inputs: np.ndarray  # (784,)
    targets: np.ndarray  # (10,)
    hidden_inputs: np.ndarray  # (h,)
    hidden_outputs: np.ndarray  # (h,)
    final_inputs: np.ndarray  # (10,)
    final_outputs: np.ndarray  # (10,)
    output_errors: np.ndarray  # (10,)
    hidden_errors: np.ndarray  # (h,)
    delta_w_ho: np.ndarray  # (10, h)
    delta_w_ih: np.ndarray  # (h, 784)
    learning_rate: float
    loss_before: float  # E = ½ Σ (t − o)² with the weights before the step
    loss_after: float  # the same sample's E with the weights after the step

    @property
    def loss_went_down(self) -> bool:
        return self.loss_after < self.loss_before


def loss(final_outputs: np.ndarray, targets: np.ndarray) -> float:
    """The tutorial's E = ½ Σ (targets − final_outputs)² for one sample (10,) -> float."""
    return float(0.5 * np.sum(np.square(np.asarray(targets, np.float64) - final_outputs)))


def _forward(w_ih: np.ndarray, w_ho: np.ndarray, inputs: np.ndarray):
    hidden_inputs = w_ih @ inputs
    hidden_outputs = sigmoid(hidden_inputs)
    final_inputs = w_ho @ hidden_outputs
    final_outputs = sigmoid(final_inputs)
    return hidden_inputs, hidden_outputs, final_inputs, final_outputs


def explain_step(network: NeuralNetwork, inputs: np.ndarray, targets: np.ndarray) -> StepExplanation:
    """The step ``network.train(inputs, targets)`` would take, every quantity of it; the network is not changed.

    inputs (input,) — e.g. an image scaled to 0.01–1.0 — and targets (output,) — 0.01 / 0.99.
    """
    x = np.asarray(inputs, np.float64).ravel()
    t = np.asarray(targets, np.float64).ravel()
    if x.shape != (network.input_nodes,):
        raise ValueError(f"inputs must have {network.input_nodes} values, got {x.size}")
    if t.shape != (network.output_nodes,):
        raise ValueError(f"targets must have {network.output_nodes} values, got {t.size}")
    w_ih = network.w_ih.astype(np.float64)  # copies: the network's weights stay as they are
    w_ho = network.w_ho.astype(np.float64)
    lr = float(network.learning_rate)

    hidden_inputs, hidden_outputs, final_inputs, final_outputs = _forward(w_ih, w_ho, x)
    output_errors = t - final_outputs
    hidden_errors = w_ho.T @ output_errors
    delta_w_ho = lr * np.outer(output_errors * final_outputs * (1.0 - final_outputs), hidden_outputs)
    delta_w_ih = lr * np.outer(hidden_errors * hidden_outputs * (1.0 - hidden_outputs), x)
    final_outputs_after = _forward(w_ih + delta_w_ih, w_ho + delta_w_ho, x)[3]

    return StepExplanation(
        inputs=x,
        targets=t,
        hidden_inputs=hidden_inputs,
        hidden_outputs=hidden_outputs,
        final_inputs=final_inputs,
        final_outputs=final_outputs,
        output_errors=output_errors,
        hidden_errors=hidden_errors,
        delta_w_ho=delta_w_ho,
        delta_w_ih=delta_w_ih,
        learning_rate=lr,
        loss_before=loss(final_outputs, t),
        loss_after=loss(final_outputs_after, t),
    )


def most_changed_hidden_nodes(explanation: StepExplanation, count: int) -> np.ndarray:
    """Indices (count,) of the hidden nodes whose ΔW_ih row (784,) has the largest norm, largest first."""
    norms = np.linalg.norm(explanation.delta_w_ih, axis=1)  # (h,)
    count = max(0, min(int(count), len(norms)))
    return np.argsort(-norms, kind="stable")[:count]
