"""The tutorial's network: 784 input nodes, 200 sigmoid hidden nodes, 10 sigmoid outputs.

Names follow the tutorial (and Tariq Rashid's book it follows). For one sample,
with column vectors x (input,) and t (output,)::

    hidden_outputs = sigmoid(w_ih @ x)                  # (hidden,)
    final_outputs  = sigmoid(w_ho @ hidden_outputs)     # (output,)
    output_errors  = t - final_outputs                  # (output,)
    hidden_errors  = w_ho.T @ output_errors             # (hidden,)  w_ho before its update
    w_ho += lr * outer(output_errors * final_outputs * (1 - final_outputs), hidden_outputs)
    w_ih += lr * outer(hidden_errors * hidden_outputs * (1 - hidden_outputs), x)

This is gradient descent on E = ½ Σ (t − o)²: o·(1−o) is the sigmoid's derivative.
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

import numpy as np

from core.activation import logit, sigmoid
from core.blas import blas_threads_at_most
from core.errors import ModelFileError
from core.files import atomic_write, read_npz
from core.minibatch import train_in_batches
from core.sequential import train_one_at_a_time

FORMAT_VERSION = 1
MAX_NODES = 100_000


class NeuralNetwork:
    """A three-layer sigmoid network with weights w_ih (hidden, input) and w_ho (output, hidden)."""

    def __init__(
        self,
        input_nodes: int = 784,
        hidden_nodes: int = 200,
        output_nodes: int = 10,
        learning_rate: float = 0.1,
        seed: int | None = None,
        dtype=np.float32,
    ):
        for name, value in (("input_nodes", input_nodes), ("hidden_nodes", hidden_nodes), ("output_nodes", output_nodes)):
            if not 1 <= int(value) <= MAX_NODES:
                raise ValueError(f"{name} must be between 1 and {MAX_NODES}, got {value}")
        self.learning_rate = float(learning_rate)
        self.seed = seed
        self.dtype = np.dtype(dtype)
        rng = np.random.default_rng(seed)
        # N(0, fan_in^-0.5): the tutorial's rule of thumb, 1/sqrt(incoming links)
        self.w_ih = rng.normal(0.0, input_nodes**-0.5, (hidden_nodes, input_nodes)).astype(self.dtype)
        self.w_ho = rng.normal(0.0, hidden_nodes**-0.5, (output_nodes, hidden_nodes)).astype(self.dtype)
        self.epochs_trained = 0
        self.samples_trained = 0  # every sample any training step has learned, across runs
        self.test_accuracy: float | None = None
        self.created = _dt.datetime.now().isoformat(timespec="seconds")

    # -- sizes ---------------------------------------------------------------
    @property
    def input_nodes(self) -> int:
        return self.w_ih.shape[1]

    @property
    def hidden_nodes(self) -> int:
        return self.w_ih.shape[0]

    @property
    def output_nodes(self) -> int:
        return self.w_ho.shape[0]

    # -- forward -------------------------------------------------------------
    def forward(self, inputs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """inputs (n, input) -> (hidden_outputs (n, hidden), final_outputs (n, output))."""
        inputs = np.asarray(inputs, dtype=self.dtype)
        hidden_outputs = sigmoid(inputs @ self.w_ih.T)
        final_outputs = sigmoid(hidden_outputs @ self.w_ho.T)
        return hidden_outputs, final_outputs

    def query(self, inputs: np.ndarray) -> np.ndarray:
        """One sample (input,) -> (output,), or many (n, input) -> (n, output)."""
        inputs = np.asarray(inputs)
        return self.forward(np.atleast_2d(inputs))[1].reshape(*inputs.shape[:-1], self.output_nodes)

    def hidden_outputs(self, inputs: np.ndarray) -> np.ndarray:
        """One sample (input,) -> (hidden,), or many (n, input) -> (n, hidden)."""
        inputs = np.asarray(inputs)
        return self.forward(np.atleast_2d(inputs))[0].reshape(*inputs.shape[:-1], self.hidden_nodes)

    @property
    def trained(self) -> bool:
        """Whether it has learned anything yet (its answers before that are guesses)."""
        return self.epochs_trained > 0 or self.samples_trained > 0

    # -- training ------------------------------------------------------------
    def train(self, inputs: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """One sample, exactly the tutorial's update. inputs (input,), targets (output,) -> final_outputs (output,)."""
        x = np.asarray(inputs, dtype=self.dtype).reshape(-1, 1)  # (input, 1)
        t = np.asarray(targets, dtype=self.dtype).reshape(-1, 1)  # (output, 1)
        hidden_outputs = sigmoid(self.w_ih @ x)  # (hidden, 1)
        final_outputs = sigmoid(self.w_ho @ hidden_outputs)  # (output, 1)
        output_errors = t - final_outputs
        hidden_errors = self.w_ho.T @ output_errors
        self.w_ho += self.learning_rate * (output_errors * final_outputs * (1.0 - final_outputs)) @ hidden_outputs.T
        self.w_ih += self.learning_rate * (hidden_errors * hidden_outputs * (1.0 - hidden_outputs)) @ x.T
        self.samples_trained += 1
        return final_outputs.ravel()

    def train_batch(self, inputs: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """The same rule over a mini-batch at once: inputs (n, input), targets (n, output).

        Convention: each weight moves by learning_rate × the *mean* of the n samples'
        updates, all computed with the weights as they were before the batch. A batch
        of one is therefore exactly one ``train`` step. Returns final_outputs (n, output).
        In matrices (core.minibatch computes this with preallocated buffers)::

            output_deltas = (t - final_outputs) * final_outputs * (1 - final_outputs)  # (n, output)
            hidden_deltas = ((t - final_outputs) @ w_ho) * hidden_outputs * (1 - hidden_outputs)
            w_ho += lr / n * output_deltas.T @ hidden_outputs
            w_ih += lr / n * hidden_deltas.T @ inputs
        """
        x = np.atleast_2d(np.asarray(inputs, dtype=self.dtype))
        t = np.atleast_2d(np.asarray(targets, dtype=self.dtype))
        self.samples_trained += len(x)
        return train_in_batches(self.w_ih, self.w_ho, x, t, self.learning_rate, batch_size=len(x))

    def train_sequential(self, inputs: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """n samples one at a time, the result of n ``train`` calls, computed in blocks at BLAS speed.

        inputs (n, input), targets (n, output) -> each sample's final_outputs (n, output).
        """
        x = np.ascontiguousarray(inputs, dtype=self.dtype)
        t = np.ascontiguousarray(targets, dtype=self.dtype)
        self.samples_trained += len(x)
        with blas_threads_at_most(1):  # its small products gain nothing from threads and suffer when the CPU is busy
            return train_one_at_a_time(self.w_ih, self.w_ho, x, t, self.learning_rate)

    # -- looking inside --------------------------------------------------------
    def backquery(self, targets: np.ndarray) -> np.ndarray:
        """Run the network backwards (Rashid): targets (output,) -> inputs (input,) in 0.01–0.99.

        Each layer's signal goes through the inverse sigmoid and the transposed
        weights, then is rescaled into 0.01–0.99 so the next logit is defined.
        """
        final_outputs = np.clip(np.asarray(targets, dtype=np.float64), 1e-6, 1 - 1e-6)
        hidden_outputs = _rescale(self.w_ho.T.astype(np.float64) @ logit(final_outputs))
        inputs = _rescale(self.w_ih.T.astype(np.float64) @ logit(hidden_outputs))
        return inputs.astype(self.dtype)

    def copy(self) -> "NeuralNetwork":
        clone = object.__new__(NeuralNetwork)
        clone.__dict__.update(self.__dict__)
        clone.w_ih = self.w_ih.copy()
        clone.w_ho = self.w_ho.copy()
        return clone

    # -- files ---------------------------------------------------------------
    def save(self, path: str | Path, extra: dict[str, np.ndarray] | None = None) -> None:
        """Save as .npz (no pickles), atomically: a temporary file renamed over ``path``."""
        path = Path(path)
        arrays = {
            "format_version": np.array(FORMAT_VERSION),
            "w_ih": self.w_ih,
            "w_ho": self.w_ho,
            "learning_rate": np.array(self.learning_rate),
            "epochs_trained": np.array(self.epochs_trained),
            "samples_trained": np.array(self.samples_trained),
            "test_accuracy": np.array(np.nan if self.test_accuracy is None else self.test_accuracy),
            "seed": np.array(-1 if self.seed is None else self.seed),
            "created": np.array(self.created),
            "saved": np.array(_dt.datetime.now().isoformat(timespec="seconds")),
        }
        for key, value in (extra or {}).items():
            arrays[f"extra_{key}"] = np.asarray(value)
        atomic_write(path, lambda handle: np.savez(handle, **arrays))

    @classmethod
    def load(cls, path: str | Path) -> "NeuralNetwork":
        """Load a file written by ``save``; raise ModelFileError naming the file and the problem."""
        network, _ = load_with_extras(path)
        return network


def _rescale(signal: np.ndarray) -> np.ndarray:
    """Shift and scale a vector into 0.01–0.99 (a flat vector becomes 0.5)."""
    span = signal.max() - signal.min()
    if not np.isfinite(span) or span == 0:
        return np.full_like(signal, 0.5)
    return (signal - signal.min()) / span * 0.98 + 0.01


def load_with_extras(path: str | Path) -> tuple[NeuralNetwork, dict[str, np.ndarray]]:
    """Load a model and the extra arrays saved with it (e.g. the training history)."""
    path = Path(path)
    arrays = read_npz(path, "DigitLab model", ModelFileError)
    return _network_from_arrays(path, arrays), {
        key.removeprefix("extra_"): value for key, value in arrays.items() if key.startswith("extra_")
    }


def _network_from_arrays(path: Path, arrays: dict[str, np.ndarray]) -> NeuralNetwork:
    for key in ("w_ih", "w_ho"):
        if key not in arrays:
            raise ModelFileError(f"{path}: missing the weight matrix '{key}'")
        weights = arrays[key]
        if weights.ndim != 2 or weights.dtype not in (np.float32, np.float64) or 0 in weights.shape:
            raise ModelFileError(f"{path}: '{key}' must be a 2-D float32/float64 matrix, found {weights.dtype} {weights.shape}")
        if max(weights.shape) > MAX_NODES:
            raise ModelFileError(f"{path}: '{key}' is too large {weights.shape}")
        if not np.isfinite(weights).all():
            raise ModelFileError(f"{path}: '{key}' holds NaN or infinite values")
    w_ih, w_ho = arrays["w_ih"], arrays["w_ho"]
    if w_ho.shape[1] != w_ih.shape[0]:
        raise ModelFileError(f"{path}: shapes do not fit: w_ih {w_ih.shape} and w_ho {w_ho.shape}")
    if w_ih.dtype != w_ho.dtype:
        raise ModelFileError(f"{path}: w_ih is {w_ih.dtype} but w_ho is {w_ho.dtype}")

    def scalar(key, default, kind):
        if key not in arrays:
            return default
        value = arrays[key]
        if value.shape != () or value.dtype.kind not in kind:
            raise ModelFileError(f"{path}: '{key}' must be a single number, found {value.dtype} {value.shape}")
        return value.item()

    learning_rate = float(scalar("learning_rate", 0.1, "fiu"))
    if not np.isfinite(learning_rate) or learning_rate <= 0:
        raise ModelFileError(f"{path}: learning rate {learning_rate} is not a positive number")
    network = object.__new__(NeuralNetwork)
    network.w_ih = np.ascontiguousarray(w_ih)
    network.w_ho = np.ascontiguousarray(w_ho)
    network.dtype = w_ih.dtype
    network.learning_rate = learning_rate
    network.epochs_trained = max(0, int(scalar("epochs_trained", 0, "iu")))
    # files older than this field: a model saved with epochs trained has learned; one without, perhaps
    network.samples_trained = max(0, int(scalar("samples_trained", 0, "iu")))
    accuracy = float(scalar("test_accuracy", np.nan, "fiu"))
    network.test_accuracy = accuracy if np.isfinite(accuracy) and 0 <= accuracy <= 1 else None
    seed = int(scalar("seed", -1, "iu"))
    network.seed = seed if seed >= 0 else None
    created = arrays.get("created")
    network.created = str(created) if created is not None and created.dtype.kind == "U" and created.shape == () else ""
    return network
