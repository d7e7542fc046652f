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

__all__ = ["sigmoid", "train_one_at_a_time", "DEFAULT_BLOCK_SIZE"]

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
    dtype = w_ih.dtype
    n = inputs.shape[0]
    hidden, n_in = w_ih.shape
    n_out = w_ho.shape[0]
    outputs = np.empty((n, n_out), dtype=dtype)
    if n == 0:
        return outputs

    B = DEFAULT_BLOCK_SIZE if block_size is None else int(block_size)
    if B < 1:
        raise ValueError("block_size must be >= 1")
    B = min(B, n)

    f = dtype.type
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
    one = np.array(1.0, dtype=dtype)
    c_half = np.array(0.5, dtype=dtype)
    c_eps_t = np.array(lr / 32.0, dtype=dtype)
    c_eps_o = np.array(lr / 64.0, dtype=dtype)

    V = np.empty((n_out, hidden), dtype=dtype)         # w_ho / 4, C-contiguous
    np.multiply(w_ho, f(0.25), out=V)
    # Block buffers (reused for every block, O(B) memory).
    Dbuf = np.empty((B, hidden), dtype=dtype)          # A/2 rows, overwritten by Dt rows
    Gmem = np.empty(B * B, dtype=dtype)                # scaled Gram matrix
    Tau = np.empty((B, hidden + n_out), dtype=dtype)   # [tau_h | tau_o] per sample
    Tc = np.empty((B, n_out), dtype=dtype)             # lr/32 * (t - 1/2)
    U = np.empty((hidden, n_in), dtype=dtype)          # Dt.T @ X
    u = np.empty(hidden, dtype=dtype)
    hE = np.empty(hidden, dtype=dtype)
    Q = np.empty(hidden + n_out, dtype=dtype)
    q_h = Q[:hidden]
    q_o = Q[hidden:]
    eps = np.empty(n_out, dtype=dtype)
    dO = np.empty(n_out, dtype=dtype)
    dO_col = dO.reshape(n_out, 1)
    u_row = u.reshape(1, hidden)
    tmpV = np.empty((n_out, hidden), dtype=dtype)

    # Per-row views, built once (the buffers never move).
    d_top = [Dbuf[: t + 1] for t in range(B)]
    d_row = [Dbuf[t] for t in range(B)]
    tau_row = [Tau[t] for t in range(B)]
    tau_h = [Tau[t, :hidden] for t in range(B)]
    tau_o = [Tau[t, hidden:] for t in range(B)]
    tc_row = [Tc[t] for t in range(B)]

    dot = np.dot
    tanh = np.tanh
    add = np.add
    sub = np.subtract
    mul = np.multiply

    g_rows = None
    g_size = -1
    for start in range(0, n, B):
        b = min(B, n - start)
        X = np.ascontiguousarray(inputs[start:start + b], dtype=dtype)
        G = Gmem[: b * b].reshape(b, b)
        if b != g_size:
            g_rows = [G[t, : t + 1] for t in range(b)]
            g_size = b
        D = Dbuf[:b]
        # Block set-up: A/2 into D, 16 * Gram matrix with unit diagonal into G.
        dot(X, w_ih.T, out=D)
        mul(D, c_half, out=D)
        dot(X, X.T, out=G)
        mul(G, f(16.0), out=G)
        G.flat[:: b + 1] = 1.0
        sub(targets[start:start + b], c_half, out=Tc[:b])
        mul(Tc[:b], c_eps_t, out=Tc[:b])

        # Per sample: 14 NumPy calls on small preallocated buffers ("out" passed
        # positionally: measurably cheaper than the keyword).
        for g, dt_, tr, th, to, tc, dr in zip(g_rows, d_top, tau_row, tau_h, tau_o, tc_row, d_row):
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

        # Block end: outputs, deferred w_ih update, write back w_ho.
        o_blk = outputs[start:start + b]
        add(Tau[:b, hidden:], one, out=o_blk)
        mul(o_blk, c_half, out=o_blk)
        mul(D, f(32.0), out=D)
        dot(D.T, X, out=U)
        add(w_ih, U, out=w_ih)
        mul(V, f(4.0), out=w_ho)
    return outputs
