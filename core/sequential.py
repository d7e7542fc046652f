"""Fast one-sample-at-a-time training for the tutorial's 2-layer sigmoid network.

The tutorial's rule, per sample (x: (input,), t: (output,)):

    h  = sigmoid(w_ih @ x)
    o  = sigmoid(w_ho @ h)
    e  = t - o
    he = w_ho.T @ e                       # w_ho BEFORE its update
    w_ho += lr * outer(e * o * (1 - o), h)
    w_ih += lr * outer(he * h * (1 - h), x)

``train_one_at_a_time`` applies exactly this rule (same arithmetic in real
numbers, equal to rounding in floating point), sample after sample, but
processes the samples in blocks of B to avoid touching the big (hidden, input)
matrix once per sample:

* with the block's starting weights W0, ``A = X @ W0.T`` (B, hidden) and the
  Gram matrix ``G = X @ X.T`` (B, B) are computed with one matrix product each;
* sample t's hidden input is then ``A[t] + sum_{s<t} G[t, s] * D[s]`` where
  ``D[s] = lr * he_s * h_s * (1 - h_s)`` is sample s's (deferred) w_ih update
  row: a small (t x hidden) product instead of (hidden x input);
* w_ho (output x hidden, small) is updated directly after every sample;
* at the end of the block ``w_ih += D.T @ X`` applies all deferred updates.

The sigmoid is evaluated as ``0.5 * (1 + tanh(z / 2))``: it cannot overflow or
warn for any input.  Within the kernel all vectors carry power-of-two scale
factors (exact in binary floating point) so that every step is a single
NumPy call on a preallocated buffer.

Pure NumPy (plus stdlib).
"""

import numpy as np

from core.activation import sigmoid

__all__ = ["sigmoid", "train_one_at_a_time", "SequentialBlocks", "DEFAULT_BLOCK_SIZE"]

#: Block size used when ``block_size`` is None (tuned with
#: bench/bench_sequential_kernel.py on float32, 784-200-10).
DEFAULT_BLOCK_SIZE = 64


def _check(w_ih, w_ho, inputs, targets):
    if not isinstance(w_ih, np.ndarray) or not isinstance(w_ho, np.ndarray):
        raise TypeError("w_ih and w_ho must be numpy arrays (they are updated in place)")
    if w_ih.ndim != 2 or w_ho.ndim != 2:
        raise ValueError("w_ih and w_ho must be 2-D")
    if w_ih.dtype != w_ho.dtype or w_ih.dtype.kind != "f":
        raise TypeError("w_ih and w_ho must share a floating dtype")
    hidden, n_in = w_ih.shape
    n_out = w_ho.shape[0]
    if w_ho.shape[1] != hidden:
        raise ValueError(f"w_ho shape {w_ho.shape} does not match w_ih shape {w_ih.shape}")
    if inputs.ndim != 2 or inputs.shape[1] != n_in:
        raise ValueError(f"inputs must have shape (n, {n_in}), got {inputs.shape}")
    if targets.shape != (inputs.shape[0], n_out):
        raise ValueError(f"targets must have shape ({inputs.shape[0]}, {n_out}), got {targets.shape}")


def train_one_at_a_time(w_ih, w_ho, inputs, targets, learning_rate, block_size=None):
    """Train on inputs (n, input) and targets (n, output) one sample at a time.

    Exactly the tutorial's rule (see the module docstring), updating
    ``w_ih`` (hidden, input) and ``w_ho`` (output, hidden) in place.

    Returns final_outputs (n, output): each sample's forward output, computed
    with the weights as they were just before that sample's update (used for
    running loss/accuracy).

    ``block_size`` (default DEFAULT_BLOCK_SIZE) only affects speed and
    rounding, not the rule.  Memory beyond the weights' size is O(block).
    The weights are written back after every block, so an exception
    (e.g. KeyboardInterrupt) leaves them as after the last complete block.
    """
    inputs = np.asarray(inputs)
    targets = np.asarray(targets)
    _check(w_ih, w_ho, inputs, targets)
    n = inputs.shape[0]
    outputs = np.empty((n, w_ho.shape[0]), dtype=w_ih.dtype)
    if n == 0:
        return outputs
    B = DEFAULT_BLOCK_SIZE if block_size is None else int(block_size)
    if B < 1:
        raise ValueError("block_size must be >= 1")
    B = min(B, n)
    blocks = SequentialBlocks(w_ih, w_ho, B)
    for start in range(0, n, B):
        b = min(B, n - start)
        blocks.begin(inputs[start:start + b], targets[start:start + b], learning_rate)
        blocks.learn(b)
        blocks.end(outputs[start:start + b])
    return outputs


class SequentialBlocks:
    """``train_one_at_a_time``'s kernel, able to stop inside a block.

    ``begin`` sets up a block of at most ``block_size`` samples, ``learn`` goes on
    through its samples a few at a time, ``end`` applies the block's deferred
    ``w_ih`` update (for the samples learned so far).  Whatever the steps, every
    sample meets the same arithmetic as in one ``train_one_at_a_time`` call with
    the same blocks, so the weights come out bit-identical.  ``w_ho`` is written
    at ``end``; in between, ``current_weights`` gives copies of the weights as
    they are mathematically.
    """

    def __init__(self, w_ih, w_ho, block_size=DEFAULT_BLOCK_SIZE):
        self.w_ih, self.w_ho = w_ih, w_ho
        dtype = self.dtype = w_ih.dtype
        hidden, n_in = w_ih.shape
        n_out = w_ho.shape[0]
        B = self.block_size = int(block_size)
        self._hidden = hidden
        self._one = np.array(1.0, dtype=dtype)
        self.V = np.empty((n_out, hidden), dtype=dtype)         # w_ho / 4, C-contiguous
        # Block buffers (reused for every block, O(B) memory).
        self.Dbuf = np.empty((B, hidden), dtype=dtype)          # A/2 rows, overwritten by Dt rows
        self.Gmem = np.empty(B * B, dtype=dtype)                # scaled Gram matrix
        self.Tau = np.empty((B, hidden + n_out), dtype=dtype)   # [tau_h | tau_o] per sample
        self.Tc = np.empty((B, n_out), dtype=dtype)             # lr/32 * (t - 1/2)
        self.U = np.empty((hidden, n_in), dtype=dtype)          # Dt.T @ X
        self.u = np.empty(hidden, dtype=dtype)
        self.hE = np.empty(hidden, dtype=dtype)
        self.Q = np.empty(hidden + n_out, dtype=dtype)
        self.eps = np.empty(n_out, dtype=dtype)
        self.dO = np.empty(n_out, dtype=dtype)
        self.tmpV = np.empty((n_out, hidden), dtype=dtype)
        # Per-row views, built once (the buffers never move).
        self.d_top = [self.Dbuf[: t + 1] for t in range(B)]
        self.d_row = [self.Dbuf[t] for t in range(B)]
        self.tau_row = [self.Tau[t] for t in range(B)]
        self.tau_h = [self.Tau[t, :hidden] for t in range(B)]
        self.tau_o = [self.Tau[t, hidden:] for t in range(B)]
        self.tc_row = [self.Tc[t] for t in range(B)]
        self.g_rows = None
        self.g_size = -1
        self.X = None
        self.size = 0  # samples in the open block (0: none open)
        self.learned = 0  # of them, learned so far

    @property
    def open(self) -> bool:
        return self.X is not None

    def begin(self, inputs, targets, learning_rate) -> None:
        """Set up a block: inputs (b, input), targets (b, output), b <= block_size."""
        dtype = self.dtype
        f = dtype.type
        b = len(inputs)
        lr = float(learning_rate)
        # Scaled quantities (every factor but lr is a power of two, hence exact):
        #   tau_h = tanh(z_h / 2),  h = (1 + tau_h) / 2,   u = 1 + tau_h = 2 h
        #   tau_o = tanh(z_o / 2),  o = (1 + tau_o) / 2
        #   V   = w_ho / 4          so that  V @ u = z_o / 2
        #   eps = lr/32 * (t - o) = lr/32 * (t - 1/2) - lr/64 * tau_o
        #   q   = 1 - tau**2        (= 4 h (1 - h), resp. 4 o (1 - o))
        #   dO  = eps * q_o         so that  V += outer(dO, u)  is  w_ho += lr outer(e o (1-o), h) / 4
        #   hE  = eps @ V           = lr/128 * w_ho.T @ e   (before the w_ho update)
        #   Dt  = hE * q_h          = D / 32,  D = lr * he * h * (1 - h)
        #   z_h / 2 = A / 2 + 16 * sum_{s<t} G[t, s] * Dt[s]
        #   w_ih += 32 * Dt.T @ X
        self.c_half = np.array(0.5, dtype=dtype)
        c_eps_t = np.array(lr / 32.0, dtype=dtype)
        self.c_eps_o = np.array(lr / 64.0, dtype=dtype)
        np.multiply(self.w_ho, f(0.25), out=self.V)  # exact: the same V as carried over from the last block
        X = self.X = np.ascontiguousarray(inputs, dtype=dtype)
        G = self.Gmem[: b * b].reshape(b, b)
        if b != self.g_size:
            self.g_rows = [G[t, : t + 1] for t in range(b)]
            self.g_size = b
        D = self.Dbuf[:b]
        # Block set-up: A/2 into D, 16 * Gram matrix with unit diagonal into G.
        np.dot(X, self.w_ih.T, out=D)
        np.multiply(D, self.c_half, out=D)
        np.dot(X, X.T, out=G)
        np.multiply(G, f(16.0), out=G)
        G.flat[:: b + 1] = 1.0
        np.subtract(targets, self.c_half, out=self.Tc[:b])
        np.multiply(self.Tc[:b], c_eps_t, out=self.Tc[:b])
        self.size, self.learned = b, 0

    def learn(self, count: int) -> None:
        """Learn the block's next ``count`` samples (fewer if the block ends first)."""
        first = self.learned
        last = min(self.size, first + count)
        one, c_eps_o, V, u, hE, Q, eps, dO, tmpV = (
            self._one, self.c_eps_o, self.V, self.u, self.hE, self.Q, self.eps, self.dO, self.tmpV)
        q_h = Q[: self._hidden]
        q_o = Q[self._hidden:]
        dO_col = dO.reshape(-1, 1)
        u_row = u.reshape(1, -1)
        dot = np.dot
        tanh = np.tanh
        add = np.add
        sub = np.subtract
        mul = np.multiply
        rows = slice(first, last)
        # Per sample: 14 NumPy calls on small preallocated buffers ("out" passed
        # positionally: measurably cheaper than the keyword).
        for g, dt_, tr, th, to, tc, dr in zip(self.g_rows[rows], self.d_top[rows], self.tau_row[rows], self.tau_h[rows],
                                              self.tau_o[rows], self.tc_row[rows], self.d_row[rows]):
            dot(g, dt_, th)              # z_h / 2 = A[t]/2 + 16 G[t,:t] @ Dt[:t]
            tanh(th, th)                 # tau_h
            add(th, one, u)              # u = 2 h
            dot(V, u, to)                # z_o / 2
            tanh(to, to)                 # tau_o
            mul(to, c_eps_o, eps)
            sub(tc, eps, eps)            # eps = lr/32 (t - o)
            dot(eps, V, hE)              # lr/128 * hidden_errors (with the old w_ho)
            mul(tr, tr, Q)
            sub(one, Q, Q)               # q = 1 - tau^2, hidden and output at once
            mul(eps, q_o, dO)
            dot(dO_col, u_row, tmpV)
            add(V, tmpV, V)              # w_ho update
            mul(hE, q_h, dr)             # Dt row replaces the A/2 row t (no longer needed)
        self.learned = last

    def outputs(self, first: int, last: int, out=None):
        """The forward outputs (last - first, output) of the block's samples first..last-1 (learned ones)."""
        o = self.Tau[first:last, self._hidden:]
        out = np.empty(o.shape, self.dtype) if out is None else out
        np.add(o, self._one, out=out)
        np.multiply(out, self.c_half, out=out)
        return out

    def end(self, outputs=None):
        """Apply the deferred w_ih update of the samples learned, write w_ho back; close the block.

        Returns the learned samples' outputs (learned, output), written into ``outputs`` if given.
        """
        k = self.learned
        outputs = self.outputs(0, k, outputs)
        D = self.Dbuf[:k]
        np.multiply(D, self.dtype.type(32.0), out=D)
        np.dot(D.T, self.X[:k], out=self.U)
        np.add(self.w_ih, self.U, out=self.w_ih)
        np.multiply(self.V, self.dtype.type(4.0), out=self.w_ho)
        self.X = None
        self.size = self.learned = 0
        return outputs

    def current_weights(self):
        """Copies (w_ih, w_ho) of the weights as they are now, the open block's deferred updates included."""
        if self.X is None:
            return self.w_ih.copy(), self.w_ho.copy()
        k = self.learned
        w_ih = self.w_ih + self.dtype.type(32.0) * (self.Dbuf[:k].T @ self.X[:k])
        return w_ih, self.V * self.dtype.type(4.0)
