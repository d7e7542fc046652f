"""Training as a generator: epochs over seeded shuffles, yielding progress as it goes.

The generator does the work in chunks of samples and, between chunks, checks a
``TrainingControl`` for stop, pause and a new learning rate. It yields

* ``Baseline`` first: the test accuracy and loss before the run's first update
  (sample 0, where the curves begin),
* ``Progress`` at most every ``progress_interval`` seconds (running loss and
  accuracy, speed, time left, and copies of the weights),
* ``Evaluation`` at each epoch's end (test accuracy and loss),
* ``Diverged`` if the weights or outputs stop making sense (then it ends).

Everything it yields is a copy: nothing in an event is written to afterwards.
Loss is the tutorial's E = ½ Σ (t − o)² per sample, averaged over samples.
"""
from __future__ import annotations

import math
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace

import numpy as np

from core.augment import (
    FLAG_ANGLE, FLAG_LENGTH, LOOP_POWER, LOOP_WIDTH, SLASH_ANGLE, SLASH_REACH, AugmentSettings, augment, draw_params, turned_upside_down,
    with_flags, with_round_loops, with_slashes,
)
from core.data import Dataset, images_to_inputs, labels_to_targets
from core.minibatch import MinibatchKernel
from core.pen_digits import LEARNED_FROM, check_learnable, training_part
from core.practice import Practice
from core.network import NeuralNetwork
from core.blas import blas_threads_at_most
from core.sequential import DEFAULT_BLOCK_SIZE, SequentialBlocks

CHUNK_SECONDS = 0.02  # work between two control checks (stop takes effect within ~this)
EVAL_CHUNK = 2000
MIN_WINDOW = 1000  # samples behind each Progress's running loss and accuracy, at least
MAX_CHUNK = 16_384  # samples per chunk at most: bounds the chunk buffers (51 MB of float32 inputs)
RECENT_SAMPLES = 8  # training images (as trained on, augmented or not) each Progress carries for display
STEP = "step"  # a pace: one sample (or one mini-batch) per TrainingControl.step()
PACED_SECONDS = 0.05  # at a pace in samples a second, the loop learns about this much at a time (at least one step)
AUGMENT_STREAM = 0xA6  # the augmentation's random stream: seeded apart from the shuffle, which stays the same


@dataclass
class TrainingConfig:
    epochs: int = 5
    learning_rate: float = 0.1
    batch_size: int = 1
    seed: int | None = 0
    limit: int | None = None  # train on the first N training images only
    progress_interval: float = 0.05
    snapshot_weights: bool = True
    learning_rate_decay: float = 1.0  # after each epoch the learning rate is multiplied by this
    augment: bool = False  # train on randomly rotated, slanted, scaled, shifted, thinner/thicker digits
    augment_settings: AugmentSettings = field(default_factory=AugmentSettings)
    # real people's pen-written digits (core.pen_digits) mixed into every epoch, each this many times (0: MNIST
    # only), of the writers in these parts of the split (never "test"); augmented with the rest when ``augment`` is on
    pen_digits: int = 0
    pen_writers: tuple[str, ...] = LEARNED_FROM
    # the share of an epoch's places, from the second epoch, given to the digits it got most wrong in the epoch
    # before (core.practice; MNIST's to MNIST's, pen digits' to pen digits'); 0 (the tutorial's way) turns it off
    practice: float = 0.0

    def validate(self) -> None:
        if not 1 <= self.epochs <= 10_000:
            raise ValueError(f"epochs must be between 1 and 10000, got {self.epochs}")
        if not (np.isfinite(self.learning_rate) and self.learning_rate > 0):
            raise ValueError(f"learning rate must be a positive number, got {self.learning_rate}")
        if not 1 <= self.batch_size <= MAX_CHUNK:
            raise ValueError(f"batch size must be between 1 and {MAX_CHUNK}, got {self.batch_size}")
        if self.limit is not None and self.limit < 1:
            raise ValueError(f"limit must be at least 1, got {self.limit}")
        if not 0 < self.learning_rate_decay <= 1:
            raise ValueError(f"learning rate decay must be in (0, 1], got {self.learning_rate_decay}")
        if not 0 <= self.pen_digits <= 10:
            raise ValueError(f"pen digits must be between 0 and 10 copies, got {self.pen_digits}")
        if not (np.isfinite(self.practice) and 0 <= self.practice <= 1):
            raise ValueError(f"practice must be a share of the places in [0, 1], got {self.practice}")
        check_learnable(tuple(self.pen_writers))
        self.augment_settings.validate()


@dataclass(frozen=True)
class Progress:
    samples_seen: int  # over the whole run
    total_samples: int  # epochs × samples per epoch
    epoch: int  # 1-based, the epoch in progress
    epochs: int
    loss: float  # mean loss over the samples since the previous Progress
    accuracy: float  # training accuracy over the same samples (0–1)
    epoch_loss: float  # mean loss over this epoch so far
    epoch_accuracy: float
    samples_per_second: float  # training alone, pauses excluded
    seconds_left: float
    learning_rate: float
    w_ih: np.ndarray | None = None  # copies, (hidden, input)
    w_ho: np.ndarray | None = None  # (output, hidden)
    recent_images: np.ndarray | None = None  # (k, 28, 28) float32 in [0, 1]: digits just trained on, as the network saw them
    recent_labels: np.ndarray | None = None  # (k,)
    # paced runs only (None at full speed): the last sample learned, as the network saw it
    sample_image: np.ndarray | None = None  # (28, 28) uint8, a copy
    sample_label: int | None = None
    sample_outputs: np.ndarray | None = None  # (output,) the outputs it gave for the sample, before learning it

    @property
    def fraction(self) -> float:
        return self.samples_seen / self.total_samples if self.total_samples else 1.0


@dataclass(frozen=True)
class Baseline:
    """The network on the test set before the run's first update: where its curves begin (sample 0)."""

    test_accuracy: float  # 0–1: about 10 % (chance) for a fresh network
    test_loss: float
    learning_rate: float
    samples_seen: int = 0


@dataclass(frozen=True)
class Evaluation:
    epoch: int
    samples_seen: int
    test_accuracy: float
    test_loss: float
    train_loss: float  # mean over the epoch
    train_accuracy: float
    seconds: float  # training time of this epoch alone
    samples_per_second: float
    predictions: np.ndarray = field(repr=False)  # (n_test,) predicted labels
    w_ih: np.ndarray | None = field(default=None, repr=False)  # copies of the weights that were tested
    w_ho: np.ndarray | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Diverged:
    samples_seen: int
    reason: str
    suggested_learning_rate: float
    w_ih: np.ndarray  # the last good weights (copies)
    w_ho: np.ndarray


class TrainingControl:
    """Thread-safe stop / pause / learning-rate switch / pace, read by the training generator.

    The pace only throttles: None is full speed, a number is samples a second, ``STEP`` learns
    one sample (or mini-batch) per ``step()``. Whatever the pace, a seed gives the same weights.
    """

    def __init__(self, pace: float | str | None = None):
        self._stop = threading.Event()
        self._resume = threading.Event()
        self._resume.set()
        self._news = threading.Event()  # wakes a paced run's wait: stop, resume, a new pace, a step
        self._lock = threading.Lock()
        self._learning_rate: float | None = None
        self._pace: float | str | None = None
        self._steps = 0
        self.set_pace(pace)

    def stop(self) -> None:
        self._stop.set()
        self._resume.set()
        self._news.set()

    def pause(self) -> None:
        self._resume.clear()

    def resume(self) -> None:
        self._resume.set()
        self._news.set()

    @property
    def pace(self) -> float | str | None:
        return self._pace

    def set_pace(self, pace: float | str | None) -> None:
        """None (full speed), samples a second (> 0) or STEP; steps asked for before are dropped."""
        if pace is not None and pace != STEP:
            pace = float(pace)
            if not (np.isfinite(pace) and pace > 0):
                raise ValueError(f"pace must be None, {STEP!r} or a positive number of samples a second, got {pace}")
        with self._lock:
            self._pace = pace
            self._steps = 0
        self._news.set()

    def step(self) -> None:
        """At the STEP pace: learn one more sample (or mini-batch)."""
        with self._lock:
            self._steps += 1
        self._news.set()

    def take_step(self) -> bool:
        """True (and one step fewer) if a step was asked for."""
        with self._lock:
            if self._steps == 0:
                return False
            self._steps -= 1
            return True

    def wait_for_news(self, seconds: float) -> None:
        """Wait up to ``seconds``, or less if stop, resume, a pace or a step comes first."""
        if self._news.wait(seconds):
            self._news.clear()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    @property
    def paused(self) -> bool:
        return not self._resume.is_set()

    def set_learning_rate(self, learning_rate: float) -> None:
        if not (np.isfinite(learning_rate) and learning_rate > 0):
            raise ValueError(f"learning rate must be a positive number, got {learning_rate}")
        with self._lock:
            self._learning_rate = float(learning_rate)

    def take_learning_rate(self) -> float | None:
        """The learning rate asked for since the last call, or None."""
        with self._lock:
            learning_rate, self._learning_rate = self._learning_rate, None
        return learning_rate

    def wait_while_paused(self) -> float:
        """Block while paused (until resumed or stopped); return the seconds spent waiting."""
        if self._resume.is_set():
            return 0.0
        start = time.perf_counter()
        self._resume.wait()
        return time.perf_counter() - start


def sample_losses(final_outputs: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """E = ½ Σ (t − o)² for each sample: (n, output) -> (n,)."""
    return 0.5 * np.square(targets - final_outputs, dtype=np.float64).sum(axis=1)


def evaluate(network: NeuralNetwork, images: np.ndarray, labels: np.ndarray) -> tuple[float, float, np.ndarray]:
    """Test accuracy (0–1), mean loss and predicted labels (n,) for uint8 images (n, 28, 28)."""
    predictions = np.empty(len(images), dtype=np.int64)
    total_loss = 0.0
    for start in range(0, len(images), EVAL_CHUNK):
        stop = start + EVAL_CHUNK
        outputs = network.query(images_to_inputs(images[start:stop], network.dtype))
        predictions[start:stop] = outputs.argmax(axis=1)
        total_loss += sample_losses(outputs, labels_to_targets(labels[start:stop], network.output_nodes, network.dtype)).sum()
    n = max(len(images), 1)
    return float((predictions == labels).sum() / n), total_loss / n, predictions


def confusion_matrix(labels: np.ndarray, predictions: np.ndarray, classes: int = 10) -> np.ndarray:
    """(classes, classes) counts: row = true label, column = predicted label."""
    return np.bincount(labels.astype(np.int64) * classes + predictions, minlength=classes * classes).reshape(classes, classes)


def _check_health(final_outputs: np.ndarray, network: NeuralNetwork) -> str | None:
    """A reason the run has diverged, or None if the outputs still make sense."""
    if not np.isfinite(final_outputs).all() or not (np.isfinite(network.w_ho).all() and np.isfinite(network.w_ih).all()):
        return "the outputs or weights became NaN or infinite"
    if len(final_outputs) >= 64:
        saturated = (final_outputs < 1e-4) | (final_outputs > 1 - 1e-4)
        if saturated.all():
            return "every output is stuck at 0 or 1 (the sigmoids are saturated)"
    return None


def _scaled_inputs(flat_images: np.ndarray, indices: np.ndarray, pixels: np.ndarray, inputs: np.ndarray) -> np.ndarray:
    """images_to_inputs(flat_images[indices]) computed in the preallocated ``pixels`` and ``inputs``."""
    np.take(flat_images, indices, axis=0, out=pixels, mode="clip")  # "clip": no buffering; indices are valid
    return _scale_pixels(pixels, inputs)


def _scale_pixels(pixels: np.ndarray, inputs: np.ndarray) -> np.ndarray:
    """uint8 pixels (n, 784) -> the tutorial's inputs x/255·0.99 + 0.01, written into ``inputs`` (n, 784)."""
    scalar = inputs.dtype.type
    np.multiply(pixels, scalar(0.99 / 255.0), out=inputs)
    np.add(inputs, scalar(0.01), out=inputs)
    return inputs


def _as_fields(inputs: np.ndarray) -> np.ndarray:
    """Inputs (k, 784) in 0.01–1.0 -> float32 images (k, 28, 28) in [0, 1] (a copy)."""
    images = (np.asarray(inputs, np.float32) - np.float32(0.01)) / np.float32(0.99)
    return np.clip(images, 0.0, 1.0).reshape(len(inputs), 28, 28)


class _Pacer:
    """How many samples a paced run may learn now; waits (interruptibly) when it may learn none."""

    def __init__(self, control: TrainingControl):
        self._control = control
        self._credit = 0.0  # samples owed by the pace
        self._last: float | None = None

    def allowance(self, step: int) -> int | None:
        """None at full speed; else a multiple of ``step`` samples to learn now, or 0 after a wait."""
        pace = self._control.pace
        if pace is None or pace == STEP:
            self._last = None
            if pace is None:
                return None
            if self._control.take_step():
                return step
            self._control.wait_for_news(1.0)
            return 0
        now = time.perf_counter()
        goal = max(step, round(pace * PACED_SECONDS / step) * step)
        if self._last is None:
            self._credit = goal  # the first samples right away
        else:  # capped: no burst after a pause or a slow chunk
            self._credit = min(self._credit + (now - self._last) * pace, max(goal, pace * 0.1))
        self._last = now
        if self._credit >= goal:
            count = int(self._credit // step) * step
            self._credit -= count
            return count
        self._control.wait_for_news((goal - self._credit) / pace)
        return 0

    def give_back(self, samples: int) -> None:
        """Samples allowed but not learned (a block or the epoch ended first): they may come next."""
        self._credit += samples


class _Block:
    """At batch 1, one block of the exact kernel (``SequentialBlocks``) learned a few samples at a time."""

    def __init__(self, network: NeuralNetwork, flat_images: np.ndarray, train_labels: np.ndarray, augmented):
        self.kernel = SequentialBlocks(network.w_ih, network.w_ho, DEFAULT_BLOCK_SIZE)
        self._network = network
        self._flat_images = flat_images
        self._train_labels = train_labels
        self._augmented = augmented
        self._pixels = np.empty((DEFAULT_BLOCK_SIZE, flat_images.shape[1]), np.uint8)
        self._inputs = np.empty((DEFAULT_BLOCK_SIZE, flat_images.shape[1]), network.dtype)
        self._labels = self._targets = None

    def learn(self, order: np.ndarray, position: int, count: int | None, learning_rate: float):
        """Learn ``count`` samples (None: the rest of the block) from ``position`` of the epoch's ``order``.

        Opens a block at ``position`` if none is open and ends it once learned; returns the learned samples'
        pixels (k, 784) uint8, labels (k,), targets (k, output) and outputs (k, output).
        """
        kernel = self.kernel
        with blas_threads_at_most(1):  # as train_sequential: the same arithmetic
            if not kernel.open:
                self._begin(order, position, learning_rate)
            first = kernel.learned
            kernel.learn(kernel.size - first if count is None else count)
            last = kernel.learned
            outputs = kernel.outputs(first, last)
            result = self._pixels[first:last].copy(), self._labels[first:last], self._targets[first:last], outputs
            if last == kernel.size:
                kernel.end()
        return result

    def _begin(self, order: np.ndarray, position: int, learning_rate: float) -> None:
        indices = order[position : position + DEFAULT_BLOCK_SIZE]
        pixels, inputs = self._pixels[: len(indices)], self._inputs[: len(indices)]
        if self._augmented is None:
            _scaled_inputs(self._flat_images, indices, pixels, inputs)
        else:
            pixels[...], inputs[...] = self._augmented.take(position, len(indices), exactly=True)
        self._labels = self._train_labels[indices]
        self._targets = labels_to_targets(self._labels, self._network.output_nodes, self._network.dtype)
        self.kernel.begin(inputs, self._targets, learning_rate)


class _AugmentedChunks:
    """The epoch's training images, augmented a chunk ahead on a second thread while the current chunk trains.

    Each epoch draws one set of random changes per sample (``core.augment.draw_params``), so the
    digits a seed gives do not depend on how the epoch is cut into chunks; then, with
    ``turned_nines``, some of the epoch's 6s give their place to a 9 turned upside down (still a 6),
    with ``flagged_ones`` some of its 1s get a flag (``core.augment.with_flags``) and with ``round_sixes``
    some of its 6s a bigger, rounder loop (``core.augment.with_round_loops``), before they are warped.
    """

    def __init__(self, flat_images: np.ndarray, labels: np.ndarray, settings: AugmentSettings, seed: int | None, dtype=np.float32):
        self._flat_images = flat_images  # (n, 784) uint8
        self._dtype = np.dtype(dtype)  # the network's: the second thread scales the pixels into inputs too
        labels = np.asarray(labels)
        self._is_six = labels == 6  # (n,)
        self._is_one = labels == 1
        self._is_zero = labels == 0
        self._nines = np.flatnonzero(labels == 9)
        self._settings = settings
        self._rng = np.random.default_rng(None if seed is None else [seed, AUGMENT_STREAM])
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="augment")
        self._order = np.zeros(0, np.int64)
        self._sources = self._order  # the image each place of the epoch shows: order, with some 6s replaced
        self._turned = np.zeros(0, bool)  # (n,): the places that show a 9 turned upside down
        self._flagged = self._turned  # (n,): the places whose 1 gets a flag
        self._flags = np.zeros((2, 0), np.float32)  # (2, n): each place's flag length and angle (with_flags)
        self._rounded = self._turned  # (n,): the places whose 6 gets a rounder loop
        self._loops = self._flags  # (2, n): each place's loop power and width (with_round_loops)
        self._slashed = self._turned  # (n,): the places whose 0 gets a slash
        self._slashes = self._flags  # (2, n): each place's slash angle and reach (with_slashes)
        self._params = None
        self._pending = None  # (start, future, count) of the chunk being augmented

    def start_epoch(self, order: np.ndarray) -> None:
        self._order = order
        self._params = draw_params(self._rng, len(order), self._settings)
        self._sources, self._turned = order, np.zeros(len(order), bool)
        if self._settings.turned_nines > 0 and len(self._nines):  # drawn after the warps: their stream stays
            self._turned = self._is_six[order] & (self._rng.random(len(order)) < self._settings.turned_nines)
            self._sources = order.copy()
            self._sources[self._turned] = self._rng.choice(self._nines, int(self._turned.sum()))
        self._flagged, self._flags = np.zeros(len(order), bool), np.zeros((2, len(order)), np.float32)
        if self._settings.flagged_ones > 0:  # drawn last: the streams above stay as they were
            self._flagged = self._is_one[self._sources] & (self._rng.random(len(order)) < self._settings.flagged_ones)
            self._flags = np.stack([self._rng.uniform(*FLAG_LENGTH, len(order)), self._rng.uniform(*FLAG_ANGLE, len(order))])
        self._rounded, self._loops = np.zeros(len(order), bool), np.zeros((2, len(order)), np.float32)
        if self._settings.round_sixes > 0:  # 6s, and the turned 9s in 6s' places
            self._rounded = self._is_six[order] & (self._rng.random(len(order)) < self._settings.round_sixes)
            self._loops = np.stack([self._rng.uniform(*LOOP_POWER, len(order)), self._rng.uniform(*LOOP_WIDTH, len(order))])
        self._slashed, self._slashes = np.zeros(len(order), bool), np.zeros((2, len(order)), np.float32)
        if self._settings.slashed_zeros > 0:  # drawn last: the streams above stay as they were
            self._slashed = self._is_zero[self._sources] & (self._rng.random(len(order)) < self._settings.slashed_zeros)
            self._slashes = np.stack([self._rng.uniform(*SLASH_ANGLE, len(order)), self._rng.uniform(*SLASH_REACH, len(order))])
        self._pending = None

    def take(self, start: int, count: int, exactly: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """The augmented images of places start : start + k, uint8 (k, 784), and them as the network's inputs
        (k, 784) in the dtype given; starts on the next chunk.

        k is the count the chunk was started with (the last call's), or with ``exactly`` min(count, what is left).
        """
        if self._pending is None or self._pending[0] != start or (exactly and self._pending[2] < count):
            self._pending = self._submit(start, count)
        pixels, inputs = self._pending[1].result()
        if exactly:
            pixels, inputs = pixels[:count], inputs[:count]
        following = start + len(pixels)
        self._pending = self._submit(following, count) if following < len(self._order) else None
        return pixels, inputs

    def _submit(self, start: int, count: int):
        part = slice(start, start + count)
        sources, turned, params = self._sources[part], self._turned[part], self._params[part]
        flagged, (lengths, angles) = self._flagged[part], self._flags[:, part]
        rounded, (powers, widths) = self._rounded[part], self._loops[:, part]
        slashed, (slash_angles, reaches) = self._slashed[part], self._slashes[:, part]

        def work() -> tuple[np.ndarray, np.ndarray]:
            images = np.take(self._flat_images, sources, axis=0)  # a copy
            if turned.any():
                images[turned] = turned_upside_down(images[turned])
            if flagged.any():
                images[flagged] = with_flags(images[flagged], lengths[flagged], angles[flagged])
            if rounded.any():
                images[rounded] = with_round_loops(images[rounded], powers[rounded], widths[rounded])
            if slashed.any():
                images[slashed] = with_slashes(images[slashed], slash_angles[slashed], reaches[slashed])
            pixels = augment(images, params)
            return pixels, _scale_pixels(pixels, np.empty(pixels.shape, self._dtype))

        return start, self._pool.submit(work), count

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def with_pen_digits(dataset: Dataset, flat_images: np.ndarray, copies: int, parts: tuple[str, ...]) -> tuple[Dataset, np.ndarray]:
    """The training images (n, 784) followed by ``copies`` times the pen digits of the writers in ``parts``
    (``core.pen_digits.training_part``); returns the dataset with those images and labels, and them flat."""
    pen_images, pen_labels = training_part(parts)
    flat = np.concatenate([flat_images] + [pen_images.reshape(len(pen_images), -1)] * copies)
    labels = np.concatenate([dataset.train_labels[: len(flat_images)]] + [pen_labels] * copies)
    return replace(dataset, train_images=flat.reshape(-1, *dataset.train_images.shape[1:]), train_labels=labels), flat


def train(network: NeuralNetwork, dataset: Dataset, config: TrainingConfig, control: TrainingControl | None = None):
    """Train ``network`` in place, yielding a Baseline, then Progress, Evaluation and possibly Diverged events."""
    config.validate()
    n_train = len(dataset.train_images) if config.limit is None else min(config.limit, len(dataset.train_images))
    flat_images = dataset.train_images[:n_train].reshape(n_train, -1)  # (n_train, 784) uint8, a view
    n_mnist, pen_count = n_train, 0
    if config.pen_digits:  # people's pen digits after MNIST's: the epoch's order shuffles them in
        dataset, flat_images = with_pen_digits(dataset, flat_images, config.pen_digits, tuple(config.pen_writers))
        n_train = len(flat_images)
        pen_count = (n_train - n_mnist) // config.pen_digits
    practice = Practice(dataset.train_labels[:n_train], n_mnist, pen_count, config.practice, config.seed) if config.practice > 0 else None
    augmented = (
        _AugmentedChunks(flat_images, dataset.train_labels[:n_train], config.augment_settings, config.seed, network.dtype)
        if config.augment else None
    )
    try:
        yield from _train(network, dataset, config, control or TrainingControl(), flat_images, augmented, practice)
    finally:
        if augmented is not None:
            augmented.close()


def _train(
    network: NeuralNetwork, dataset: Dataset, config: TrainingConfig, control: TrainingControl,
    flat_images: np.ndarray, augmented: _AugmentedChunks | None, practice: Practice | None = None,
):
    network.learning_rate = config.learning_rate
    if control.stopped:
        return
    test_accuracy, test_loss, _ = evaluate(network, dataset.test_images, dataset.test_labels)  # ~0.1 s for 10,000
    yield Baseline(test_accuracy=test_accuracy, test_loss=test_loss, learning_rate=network.learning_rate)
    n_train = len(flat_images)
    train_labels = dataset.train_labels[:n_train]
    total_samples = n_train * config.epochs
    rng = np.random.default_rng(config.seed)
    batch = config.batch_size
    # chunks are whole batches, or at batch 1 whole blocks of the exact kernel: then every sample meets
    # the same arithmetic however the chunks fall, and a seed gives the same weights on every run
    unit = batch if batch > 1 else DEFAULT_BLOCK_SIZE
    chunk = max(unit, 256 // unit * unit)  # first chunk small; then sized by measured speed
    max_chunk = max(unit, MAX_CHUNK // unit * unit)
    # one chunk's pixels and inputs, reused: never a float copy of the whole training set
    pixels = np.empty((max_chunk, flat_images.shape[1]), np.uint8)
    inputs_buffer = np.empty((max_chunk, flat_images.shape[1]), network.dtype)
    kernel = None if batch == 1 else MinibatchKernel(network.input_nodes, network.hidden_nodes, network.output_nodes, batch, network.dtype)
    samples_seen = 0
    train_seconds = 0.0  # across the run, pauses excluded
    last_report = time.perf_counter()
    window_loss = window_correct = window_count = 0.0
    good_w_ih, good_w_ho = network.w_ih.copy(), network.w_ho.copy()
    pacer = _Pacer(control)
    # at batch 1 a paced run steps through the exact kernel's blocks (the full-speed blocks) a few samples at a time
    block = _Block(network, flat_images, train_labels, augmented) if batch == 1 else None

    for epoch in range(1, config.epochs + 1):
        order = rng.permutation(n_train)
        if practice is not None:  # some places go to the digits it got most wrong last epoch
            order = practice.start_epoch(order)
        if augmented is not None:
            augmented.start_epoch(order)
        epoch_loss = epoch_correct = 0.0
        epoch_seconds = 0.0
        position = 0
        while position < n_train:
            control.wait_while_paused()  # pauses fall outside the timed section
            if control.stopped:
                if block is not None and block.kernel.open:
                    block.kernel.end()  # the samples learned inside the block reach the weights
                return
            allowed = pacer.allowance(batch)  # None: full speed
            if allowed == 0:
                continue  # waited: look at stop, pause and the pace again
            if block is None or not block.kernel.open:  # a block's learning rate stays until it ends
                new_rate = control.take_learning_rate()
                if new_rate is not None:
                    network.learning_rate = new_rate
            started = time.perf_counter()
            if block is not None and (allowed is not None or block.kernel.open):
                shown, labels, targets, outputs = block.learn(order, position, allowed, network.learning_rate)
                network.samples_trained += len(labels)
            else:
                count = chunk if allowed is None else min(allowed, max_chunk)
                if augmented is None:
                    indices = order[position : position + count]
                    inputs = _scaled_inputs(flat_images, indices, pixels[: len(indices)], inputs_buffer[: len(indices)])
                    shown = pixels[: len(indices)]
                else:  # a wait for the augmenting thread counts as training time
                    shown, inputs = augmented.take(position, count, exactly=allowed is not None)
                    indices = order[position : position + len(shown)]
                labels = train_labels[indices]
                targets = labels_to_targets(labels, network.output_nodes, network.dtype)
                if batch == 1:
                    outputs = network.train_sequential(inputs, targets)
                else:
                    outputs = kernel.train(network.w_ih, network.w_ho, inputs, targets, network.learning_rate)
                    network.samples_trained += len(inputs)
            elapsed = time.perf_counter() - started
            train_seconds += elapsed
            epoch_seconds += elapsed
            learned = len(labels)
            if allowed is not None and learned < allowed:
                pacer.give_back(allowed - learned)
            position += learned
            samples_seen += learned

            problem = _check_health(outputs, network)
            if problem is not None:
                network.w_ih[...] = good_w_ih
                network.w_ho[...] = good_w_ho
                yield Diverged(samples_seen, problem, network.learning_rate / 10, good_w_ih, good_w_ho)
                return
            losses = sample_losses(outputs, targets)
            if practice is not None:
                practice.record(order[position - learned : position], losses)
            correct = int((outputs.argmax(axis=1) == labels).sum())
            window_loss += losses.sum()
            window_correct += correct
            window_count += learned
            epoch_loss += losses.sum()
            epoch_correct += correct
            if allowed is None:  # size the next chunk so that it takes about CHUNK_SECONDS
                speed = learned / max(elapsed, 1e-6)
                chunk = int(np.clip(speed * CHUNK_SECONDS // unit * unit, unit, max_chunk))

            now = time.perf_counter()
            # a report needs enough samples for a steady running loss and accuracy; a paced run reports every chunk
            window_full = window_count >= min(MIN_WINDOW, n_train)
            run_done = position >= n_train and epoch == config.epochs
            paced = allowed is not None
            if (now - last_report >= config.progress_interval and window_full) or run_done or paced:
                last_report = now
                if block is not None and block.kernel.open:
                    good_w_ih, good_w_ho = block.kernel.current_weights()
                else:
                    good_w_ih, good_w_ho = network.w_ih.copy(), network.w_ho.copy()
                run_speed = samples_seen / max(train_seconds, 1e-9)
                pace = control.pace
                speed_now = math.inf if pace == STEP else min(run_speed, pace) if paced and pace is not None else run_speed
                yield Progress(
                    samples_seen=samples_seen,
                    total_samples=total_samples,
                    epoch=epoch,
                    epochs=config.epochs,
                    loss=window_loss / window_count,
                    accuracy=window_correct / window_count,
                    epoch_loss=epoch_loss / position,
                    epoch_accuracy=epoch_correct / position,
                    samples_per_second=run_speed,
                    seconds_left=(total_samples - samples_seen) / max(speed_now, 1e-9) if pace != STEP else math.inf,
                    learning_rate=network.learning_rate,
                    # good_w_* are fresh copies, replaced (never written) at the next report
                    w_ih=good_w_ih if config.snapshot_weights else None,
                    w_ho=good_w_ho if config.snapshot_weights else None,
                    recent_images=_as_fields(_scale_pixels(shown[-RECENT_SAMPLES:], np.empty(shown[-RECENT_SAMPLES:].shape, np.float32)))
                    if config.snapshot_weights else None,
                    recent_labels=labels[-RECENT_SAMPLES:].copy() if config.snapshot_weights else None,
                    sample_image=shown[-1].reshape(28, 28).copy() if paced else None,
                    sample_label=int(labels[-1]) if paced else None,
                    sample_outputs=outputs[-1].copy() if paced else None,
                )
                if window_full or not paced:
                    window_loss = window_correct = window_count = 0.0

        if control.stopped:
            return
        test_accuracy, test_loss, predictions = evaluate(network, dataset.test_images, dataset.test_labels)
        network.epochs_trained += 1
        network.test_accuracy = test_accuracy
        yield Evaluation(
            epoch=epoch,
            samples_seen=samples_seen,
            test_accuracy=test_accuracy,
            test_loss=test_loss,
            train_loss=epoch_loss / n_train,
            train_accuracy=epoch_correct / n_train,
            seconds=epoch_seconds,
            samples_per_second=n_train / max(epoch_seconds, 1e-9),
            predictions=predictions,
            w_ih=network.w_ih.copy() if config.snapshot_weights else None,
            w_ho=network.w_ho.copy() if config.snapshot_weights else None,
        )
        if epoch < config.epochs:
            network.learning_rate *= config.learning_rate_decay
