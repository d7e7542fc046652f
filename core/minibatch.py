"""Fast mini-batch training for the tutorial's 2-layer sigmoid network.

For a batch X (B, input), T (B, output), with the weights as they were before
the batch, the rule of ``NeuralNetwork.train_batch``::

    H  = sigmoid(X @ w_ih.T)                       # (B, hidden)
    O  = sigmoid(H @ w_ho.T)                       # (B, output)
    E  = T - O
    HE = E @ w_ho                                  # hidden errors, w_ho before its update
    w_ho += lr / B * (E * O * (1 - O)).T @ H
    w_ih += lr / B * (HE * H * (1 - H)).T @ X

Each weight moves by lr × the mean of the B samples' tutorial updates; a batch
of one is exactly one tutorial step.

``MinibatchKernel`` applies this batch after batch with every intermediate in
a buffer allocated once, so an epoch is little more than its matrix products.
As in ``core.sequential``, the sigmoid is ``(1 + tanh(z / 2)) / 2`` (it cannot
overflow) and the vectors carry scale factors folded into the small (B, output)
error matrix, so each step is one NumPy call:

    tau_h = tanh(X @ w_ih.T / 2),   U = 1 + tau_h = 2 H,   Q_h = 1 - tau_h² = 4 H (1 - H)
    tau_o = tanh(U @ w_ho.T / 4),   O = (1 + tau_o) / 2,   Q_o = 1 - tau_o² = 4 O (1 - O)
    w_ho += (lr/8B · E * Q_o).T @ U
    w_ih += ((lr/4B · E) @ w_ho * Q_h).T @ X

NumPy only (core.blas sets how many threads its BLAS uses).
"""
from __future__ import annotations

from contextlib import nullcontext

import numpy as np

from core.blas import blas_threads_at_most

__all__ = ["MinibatchKernel", "train_in_batches"]

#: Batches smaller than this train with one BLAS thread: their products (under 20 MFLOP)
#: gain ~25 % from a second thread on an idle CPU, and lose up to 2× when the CPU is
#: shared or hyper-threaded (see core/blas.py). Larger batches use every thread.
THREADED_BATCH = 64


class MinibatchKernel:
    """Preallocated buffers for batches of up to ``batch_size`` samples of one network shape."""

    def __init__(self, input_nodes: int, hidden_nodes: int, output_nodes: int, batch_size: int, dtype=np.float32):
        self.shape = (input_nodes, hidden_nodes, output_nodes)
        self.batch_size = int(batch_size)
        self.dtype = np.dtype(dtype)
        b, f = self.batch_size, self.dtype
        self._tau_h = np.empty((b, hidden_nodes), f)
        self._u = np.empty((b, hidden_nodes), f)
        self._q_h = np.empty((b, hidden_nodes), f)
        self._tau_o = np.empty((b, output_nodes), f)
        self._e_o = np.empty((b, output_nodes), f)
        self._e_h = np.empty((b, output_nodes), f)
        self._w_ho_quarter = np.empty((output_nodes, hidden_nodes), f)
        self._step_ho = np.empty((output_nodes, hidden_nodes), f)
        self._step_ih = np.empty((hidden_nodes, input_nodes), f)

    def train(self, w_ih, w_ho, inputs, targets, learning_rate: float, outputs=None) -> np.ndarray:
        """Train on inputs (n, input), targets (n, output) in consecutive batches of ``batch_size``.

        ``w_ih`` and ``w_ho`` are updated in place; ``inputs`` and ``targets`` must
        share their dtype and be C-contiguous. Returns (or fills ``outputs`` with)
        each sample's final_outputs, computed with the weights before its batch.
        """
        n = len(inputs)
        if outputs is None:
            outputs = np.empty((n, self.shape[2]), self.dtype)
        with blas_threads_at_most(1) if self.batch_size < THREADED_BATCH else nullcontext():
            for start in range(0, n, self.batch_size):
                stop = min(start + self.batch_size, n)
                self._step(w_ih, w_ho, inputs[start:stop], targets[start:stop], learning_rate, outputs[start:stop])
        return outputs

    def _step(self, w_ih, w_ho, x, t, learning_rate, o) -> None:
        f = self.dtype.type
        b = len(x)
        tau_h, u, q_h = self._tau_h[:b], self._u[:b], self._q_h[:b]
        tau_o, e_o, e_h = self._tau_o[:b], self._e_o[:b], self._e_h[:b]
        w_ho_quarter = self._w_ho_quarter
        # forward
        np.dot(x, w_ih.T, out=tau_h)
        np.multiply(tau_h, f(0.5), out=tau_h)
        np.tanh(tau_h, out=tau_h)
        np.add(tau_h, f(1.0), out=u)  # U = 2 H
        np.multiply(w_ho, f(0.25), out=w_ho_quarter)
        np.dot(u, w_ho_quarter.T, out=tau_o)  # z_o / 2
        np.tanh(tau_o, out=tau_o)
        np.add(tau_o, f(1.0), out=o)
        np.multiply(o, f(0.5), out=o)  # O
        # errors, scaled: e_h = lr/4B (T - O), e_o = lr/8B (T - O) 4 O (1 - O)
        np.subtract(t, o, out=e_h)
        np.multiply(e_h, f(learning_rate / (4 * b)), out=e_h)
        np.multiply(tau_o, tau_o, out=e_o)
        np.subtract(f(1.0), e_o, out=e_o)  # 1 - tau_o²
        np.multiply(e_o, e_h, out=e_o)
        np.multiply(e_o, f(0.5), out=e_o)  # lr/2B (T - O) O (1 - O): times U = 2 H below
        # hidden deltas with w_ho before its update: lr/B (HE * H (1 - H)), in tau_h's buffer
        np.dot(e_h, w_ho, out=tau_h)
        np.subtract(f(2.0), u, out=q_h)
        np.multiply(q_h, u, out=q_h)  # U (2 - U) = 1 - tau_h²
        np.multiply(tau_h, q_h, out=tau_h)
        # updates
        np.dot(e_o.T, u, out=self._step_ho)
        np.add(w_ho, self._step_ho, out=w_ho)
        np.dot(tau_h.T, x, out=self._step_ih)
        np.add(w_ih, self._step_ih, out=w_ih)


def train_in_batches(w_ih, w_ho, inputs, targets, learning_rate: float, batch_size: int) -> np.ndarray:
    """One-off use of a MinibatchKernel: see ``MinibatchKernel.train``."""
    inputs = np.ascontiguousarray(inputs, dtype=w_ih.dtype)
    targets = np.ascontiguousarray(targets, dtype=w_ih.dtype)
    batch_size = max(1, min(int(batch_size), len(inputs)))
    kernel = MinibatchKernel(w_ih.shape[1], w_ih.shape[0], w_ho.shape[0], batch_size, w_ih.dtype)
    return kernel.train(w_ih, w_ho, inputs, targets, learning_rate)
