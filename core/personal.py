"""The learner's own handwriting: a small labelled set of drawn digits, and fine-tuning on it.

A ``PersonalSet`` holds 28×28 fields as ``canvas_to_inputs`` makes them (float32 in
[0, 1], ink = 1) with their labels. It is saved as an .npz of two arrays, ``images``
(n, 28, 28) float32 and ``labels`` (n,) uint8, never with pickles.

``fine_tune_steps`` trains on those digits without forgetting MNIST: every step is one
pass, one sample at a time (the tutorial's rule), over the whole personal set mixed
with ``mix`` times as many random MNIST training images.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core import looks
from core.augment import AugmentSettings, augment, draw_params
from core.data import Dataset, images_to_inputs, labels_to_targets
from core.errors import DataError
from core.files import atomic_write, read_npz
from core.network import NeuralNetwork
from core.preprocess import INPUT_OFFSET, INPUT_SCALE
from core.training import TrainingControl

SIZE = 28
MAX_SAMPLES = 10_000

# "Correct me" on the pad: one click adds the drawing with its right label and runs this short
# fine-tune. Each of the CORRECTION_STEPS passes goes over the newest CORRECTION_NEWEST digits of the
# set, CORRECTION_WARPED_COPIES warped copies of each (warped with CORRECTION_WARP) and CORRECTION_MIX
# times as many MNIST images, so MNIST is not forgotten: at most 100 × 5 × 9 × 10 = 45,000 samples,
# ~0.5 s (20 digits: 0.1 s). Chosen with bench/tune_correct.py on 12 simulated people (100–111), kept
# apart from those bench/handwriting.py reports, forgetting measured on MNIST validation: fresh drawings
# read after 20 corrections (mean / worst person) and the worst validation drop —
# lr 0.05 and the training warp 98.2 / 94.0 %, 0.36 points; the full ranges (CORRECTION_WARP) 98.5 / 95.0 %,
# 0.43; with lr 0.03 98.4 / 95.0 %, 0.20. Did not help: 20 steps (98.0 %), 5 (97.9 %), lr 0.1 (97.7 %,
# 0.79), own digits ×3 (97.8 %), 2 or 8 copies (98.0, 97.7 %), milder warps (97.2 %), mix 16 (97.5 %),
# only the newest 10 (98.0 %), stopping once the set is read right (98.0 %, worst 92.5 %).
CORRECTION_STEPS = 10
CORRECTION_LEARNING_RATE = 0.03
CORRECTION_MIX = 8
CORRECTION_NEWEST = 100
CORRECTION_WARPED_COPIES = 4  # augmented copies of each of those digits in every pass: learn the style, not the drawing
# the full augmentation ranges (1/0.6 × the training's mild ones): a person's drawings vary more than MNIST's
CORRECTION_WARP = AugmentSettings(rotation_degrees=12, slant_degrees=18, scale=(0.8, 1.15), aspect=(0.75, 1.2), shift_pixels=2, thickness=(-0.6, 0.9))


class PersonalSet:
    """Drawn digits: images float32 (n, 28, 28) in [0, 1] and labels uint8 (n,)."""

    def __init__(self, images: np.ndarray | None = None, labels: np.ndarray | None = None):
        self.images = np.zeros((0, SIZE, SIZE), np.float32) if images is None else np.asarray(images, np.float32)
        self.labels = np.zeros(0, np.uint8) if labels is None else np.asarray(labels, np.uint8)
        if self.images.shape[1:] != (SIZE, SIZE) or self.images.ndim != 3 or len(self.images) != len(self.labels):
            raise ValueError(f"images must be (n, 28, 28) with n labels, got {self.images.shape} and {self.labels.shape}")

    def __len__(self) -> int:
        return len(self.labels)

    def copy(self) -> "PersonalSet":
        return PersonalSet(self.images.copy(), self.labels.copy())

    def newest(self, count: int) -> "PersonalSet":
        """A copy of the last ``count`` digits added (all of them when there are fewer)."""
        start = max(0, len(self) - count)
        return PersonalSet(self.images[start:].copy(), self.labels[start:].copy())

    def add(self, image28: np.ndarray, label: int) -> None:
        image = np.asarray(image28, dtype=np.float32)
        if image.shape != (SIZE, SIZE):
            raise ValueError(f"a digit must be a 28×28 field, got shape {image.shape}")
        if not np.isfinite(image).all() or image.min() < 0 or image.max() > 1:
            raise ValueError("a digit's pixels must lie in 0–1")
        if not 0 <= int(label) <= 9:
            raise ValueError(f"the label must be a digit 0–9, got {label}")
        if len(self) >= MAX_SAMPLES:
            raise ValueError(f"the set is full ({MAX_SAMPLES} digits)")
        self.images = np.concatenate([self.images, image[None]])
        self.labels = np.append(self.labels, np.uint8(label))

    def remove(self, index: int) -> None:
        if not -len(self) <= index < len(self):
            raise IndexError(f"no digit number {index} in a set of {len(self)}")
        self.images = np.delete(self.images, index, axis=0)
        self.labels = np.delete(self.labels, index)

    def inputs(self, dtype=np.float32) -> np.ndarray:
        """The network's inputs (n, 784) in 0.01–1.0, scaled like a drawing on the pad."""
        return (self.images.reshape(len(self), -1) * INPUT_SCALE + INPUT_OFFSET).astype(dtype)

    def predictions(self, network: NeuralNetwork) -> np.ndarray:
        """What the network reads for each digit in five looks, as the pad reads (core.looks), (n,) int."""
        if not len(self):
            return np.zeros(0, np.int64)
        return looks.read_outputs(network, self.inputs(network.dtype)).argmax(axis=1)

    def accuracy(self, network: NeuralNetwork) -> float | None:
        """The share (0–1) of the digits the network reads right; None for an empty set."""
        if not len(self):
            return None
        return float((self.predictions(network) == self.labels).mean())

    # -- files ---------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        """Write atomically (a temporary file renamed over ``path``); creates the folder."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, lambda handle: np.savez(handle, images=self.images, labels=self.labels))

    @classmethod
    def load(cls, path: str | Path) -> "PersonalSet":
        """Read a set saved by ``save``: a missing file is an empty set; DataError names a bad file."""
        path = Path(path)
        if not path.exists():
            return cls()
        arrays = read_npz(path, "handwriting set", DataError)
        for key in ("images", "labels"):
            if key not in arrays:
                raise DataError(f"{path}: missing the array '{key}'")
        images, labels = arrays["images"], arrays["labels"]
        _check_arrays(path, images, labels)
        return cls(images, labels)


def _check_arrays(path: Path, images: np.ndarray, labels: np.ndarray) -> None:
    for key, value in (("images", images), ("labels", labels)):
        if not isinstance(value, np.ndarray):  # a zip member that is not an .npy comes back as bytes
            raise DataError(f"{path}: '{key}' is not a NumPy array")
    if images.dtype != np.float32 or images.ndim != 3 or images.shape[1:] != (SIZE, SIZE):
        raise DataError(f"{path}: 'images' must be float32 (n, 28, 28), found {images.dtype} {images.shape}")
    if labels.dtype != np.uint8 or labels.ndim != 1:
        raise DataError(f"{path}: 'labels' must be uint8 (n,), found {labels.dtype} {labels.shape}")
    if len(images) != len(labels):
        raise DataError(f"{path}: {len(labels)} labels for {len(images)} images")
    if len(labels) > MAX_SAMPLES:
        raise DataError(f"{path}: {len(labels)} digits, more than the {MAX_SAMPLES} a set may hold")
    if not np.isfinite(images).all() or (len(images) and (images.min() < 0 or images.max() > 1)):
        raise DataError(f"{path}: pixel values must lie in 0–1")
    if len(labels) and labels.max() > 9:
        raise DataError(f"{path}: label {int(labels.max())} is not a digit 0–9")


def _warped(personal: PersonalSet, rng: np.random.Generator, dtype, settings: AugmentSettings = AugmentSettings()) -> np.ndarray:
    """The personal digits, each randomly warped (core.augment), as inputs (n, 784) in 0.01–1.0."""
    pixels = augment(personal.images * np.float32(255), draw_params(rng, len(personal), settings))
    return images_to_inputs(pixels, dtype)


@dataclass(frozen=True)
class FineTuneProgress:
    step: int  # steps done, 1-based
    steps: int
    personal_accuracy: float  # on the personal set, after this step

    @property
    def fraction(self) -> float:
        return self.step / self.steps


def fine_tune_steps(
    network: NeuralNetwork,
    personal: PersonalSet,
    mnist: Dataset,
    steps: int = 10,
    learning_rate: float = 0.05,
    mix: int = 4,
    seed: int | None = None,
    control: TrainingControl | None = None,
    warped_copies: int = 0,
    own_repeats: int = 1,
    warp: AugmentSettings = AugmentSettings(),
    stop_when_learnt: bool = False,
):
    """Train ``network`` in place on the personal set mixed with MNIST; yield FineTuneProgress after each step.

    Each step shuffles the personal digits (plus ``warped_copies`` augmented copies of each,
    new ones every step, so a few digits teach the style rather than themselves) together with
    ``mix`` × as many random MNIST training images, and trains on them one at a time at
    ``learning_rate``. Checks ``control`` for stop between steps; the network's own learning rate
    is left as it was. ``own_repeats`` > 1 puts the unwarped personal digits in every step that many
    times (they weigh more than the MNIST mixed in); ``warp`` sets the copies' ranges;
    ``stop_when_learnt`` ends the fine-tune after the first step that reads the whole set right.
    """
    if not len(personal):
        raise ValueError("the handwriting set is empty: add some digits first")
    if steps < 1 or mix < 0 or warped_copies < 0 or own_repeats < 1 or not (np.isfinite(learning_rate) and learning_rate > 0):
        raise ValueError(
            f"need steps ≥ 1, mix ≥ 0, warped copies ≥ 0 and a positive learning rate, got {steps}, {mix}, {warped_copies}, {learning_rate}"
        )
    control = control or TrainingControl()
    rng = np.random.default_rng(seed)
    own_inputs = personal.inputs(network.dtype)
    own_targets = labels_to_targets(personal.labels, network.output_nodes, network.dtype)
    n_mnist = min(mix * len(personal) * (1 + warped_copies), len(mnist.train_images))  # mix × every own sample, copies too
    saved_rate = network.learning_rate
    network.learning_rate = learning_rate
    try:
        for step in range(1, steps + 1):
            if control.stopped:
                return
            picked = rng.choice(len(mnist.train_images), n_mnist, replace=False)
            own = [own_inputs] * own_repeats + [_warped(personal, rng, network.dtype, warp) for _ in range(warped_copies)]
            inputs = np.concatenate(own + [images_to_inputs(mnist.train_images[picked], network.dtype)])
            targets = np.concatenate([own_targets] * (own_repeats + warped_copies) + [labels_to_targets(mnist.train_labels[picked], network.output_nodes, network.dtype)])
            order = rng.permutation(len(inputs))
            network.train_sequential(inputs[order], targets[order])
            learnt = personal.accuracy(network)
            yield FineTuneProgress(step, steps, learnt)
            if stop_when_learnt and learnt == 1.0:
                return
    finally:
        network.learning_rate = saved_rate
