"""The tutorial's claims, put to the test: two networks from the same seed on the same images, measured.

Each experiment compares the tutorial's choice with the one it warns about (the learning-rate
experiment: several rates; the epochs experiment: one network over many passes). It trains the
tutorial's way, one sample at a time (``NeuralNetwork.train_sequential``), on the first
``train_images`` MNIST training images in a seeded order that is the same for every variant, and
measures on the first ``test_images`` test images at ``checkpoints`` points per epoch.

Convention: ``run(name, dataset, settings, control)`` is a generator that yields progress
fractions (floats, 0–1) and, last, one ``ExperimentResult``. Between training chunks (~50 ms)
it checks ``control.stopped``; a stopped experiment simply ends, without a result.

The verdict is never written in advance: ``verdict(result)`` computes it from the measured
numbers, so a claim that does not hold on a run is reported as not holding.
"""
from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field, replace
from typing import Callable

import numpy as np

from core import derivation
from core.activation import sigmoid
from core.data import Dataset, labels_to_targets
from core.network import NeuralNetwork
from core.training import TrainingControl

CHUNK = 512  # samples trained between two cancel checks
SATURATED_LOW, SATURATED_HIGH = 0.01, 0.99  # a hidden output outside this range sits on a flat end of the sigmoid


@dataclass(frozen=True)
class Claim:
    """The tutorial's sentence (Chinese, as written) and a faithful English rendering; a one-line summary of each."""

    quote_zh: str
    quote_en: str
    summary_zh: str
    summary_en: str
    source: str = "text"  # "text": the tutorial's prose; "program": its program (the quote is its comment)


@dataclass(frozen=True)
class Settings:
    """What an experiment trains on. Subsets are the first N images of MNIST's training and test sets."""

    train_images: int = 10_000
    test_images: int = 5_000
    epochs: int = 1
    learning_rate: float = 0.1
    hidden_nodes: int = 200
    seed: int = 0
    checkpoints: int = 8  # measuring points per epoch (plus one before training)
    learning_rates: tuple[float, ...] = ()  # the learning-rate experiment's rates

    def validate(self, dataset: Dataset) -> None:
        if not 1 <= self.train_images <= len(dataset.train_images):
            raise ValueError(f"train_images must be between 1 and {len(dataset.train_images)}, got {self.train_images}")
        if not 1 <= self.test_images <= len(dataset.test_images):
            raise ValueError(f"test_images must be between 1 and {len(dataset.test_images)}, got {self.test_images}")
        if not 1 <= self.epochs <= 1000 or not 1 <= self.checkpoints <= 100:
            raise ValueError(f"epochs (1–1000) and checkpoints (1–100) out of range: {self.epochs}, {self.checkpoints}")
        for rate in (self.learning_rate, *self.learning_rates):
            if not (np.isfinite(rate) and rate > 0):
                raise ValueError(f"learning rates must be positive numbers, got {rate}")


@dataclass(frozen=True)
class Variant:
    """One network of an experiment: its final numbers and its curves (one value per point of ``result.x``)."""

    key: str  # stable: "tutorial", "warned", "lr=0.3", …
    label_en: str
    label_zh: str
    tutorial: bool  # the tutorial's own choice
    numbers: dict[str, float]  # keys in METRICS
    curves: dict[str, tuple[float, ...]]  # keys in METRICS ("points" metrics: one value per point of a scatter plot)
    compared: bool = False  # not warned against: shown beside the tutorial's for comparison


@dataclass(frozen=True)
class ExperimentResult:
    name: str
    claim: Claim
    settings: Settings
    x: tuple[float, ...]  # the curves' shared x axis: samples trained, or epochs
    x_metric: str  # "samples" or "epoch"
    variants: tuple[Variant, ...]
    seconds: float

    def variant(self, key: str) -> Variant:
        return next(v for v in self.variants if v.key == key)

    @property
    def verdict(self) -> "Verdict":
        return verdict(self)


@dataclass(frozen=True)
class Verdict:
    holds: bool  # whether the tutorial's claim held on this run
    en: str
    zh: str

    def text(self, language: str = "en") -> str:
        return self.zh if language.startswith("zh") else self.en


#: What the numbers and curves mean: key -> (English, Chinese, kind) with kind "share" (0–1), "count" or "value".
METRICS = {
    "samples": ("samples trained", "已训练样本数", "count"),
    "epoch": ("epoch", "轮次", "count"),
    "learning_rate": ("learning rate", "学习率", "value"),
    "test_accuracy": ("test accuracy", "测试准确率", "share"),
    "train_accuracy": ("training accuracy", "训练准确率", "share"),
    "unmoved_input_weights": ("input weights never moved", "从未改变的输入权重", "count"),
    "unmoved_inputs": ("inputs whose weights never moved", "权重从未改变的输入节点", "count"),
    "input_weights": ("input weights", "输入权重总数", "count"),
    "largest_weight": ("largest |weight|", "最大权重绝对值", "value"),
    "largest_weight_start": ("largest |weight| before training", "训练前最大权重绝对值", "value"),
    "weight_growth": ("growth of the largest |weight| (end ÷ start)", "最大权重的增长（结束 ÷ 开始）", "value"),
    "late_growth": ("growth of the largest |weight| over the last half", "后半程最大权重的增长", "value"),
    "output_signal": ("mean |input of the output sigmoids| (training images)", "输出层sigmoid输入的平均绝对值（训练图像）", "value"),
    "late_signal_growth": ("growth of that input over the last half", "后半程该输入的增长", "value"),
    "saturated_share": ("hidden outputs below 0.01 or above 0.99", "低于0.01或高于0.99的隐藏层输出", "share"),
    "saturated_share_start": ("hidden outputs below 0.01 or above 0.99, before training", "训练前低于0.01或高于0.99的隐藏层输出", "share"),
    "mean_slope": ("mean slope of the hidden sigmoids", "隐藏层sigmoid的平均斜率", "value"),
    "best_epoch": ("epoch of the best test accuracy", "测试准确率最高的轮次", "count"),
    "best_test_accuracy": ("best test accuracy", "最高测试准确率", "share"),
    "weight_difference": ("largest |weight difference| from the tutorial's network", "与教程网络的最大权重差（绝对值）", "value"),
    "rank_correlation": ("rank correlation of |∂E/∂w| and the drop in E", "|∂E/∂w| 与 E 的下降量的秩相关系数", "value"),
    "uphill_share": ("weights whose step raised E", "单独走一步后 E 反而上升的权重", "share"),
    "gradient_size": ("|∂E/∂w|", "|∂E/∂w|", "points"),
    "loss_drop": ("drop in E when that weight alone takes its step", "仅该权重走一步时 E 的下降量", "points"),
    "people_accuracy": ("accuracy on people it never saw (their pen digits)", "对从未见过的人的准确率（笔写数字）", "share"),
}


# -- measuring -------------------------------------------------------------------------------

def accuracy(network: NeuralNetwork, inputs: np.ndarray, labels: np.ndarray) -> float:
    """Share (0–1) of inputs (n, 784) whose largest output is their label (n,)."""
    return float((network.query(inputs).argmax(axis=1) == labels).mean())


def saturated_share(hidden_outputs: np.ndarray) -> float:
    """Share (0–1) of hidden outputs (n, hidden) below 0.01 or above 0.99: on the sigmoid's flat ends."""
    return float(((hidden_outputs < SATURATED_LOW) | (hidden_outputs > SATURATED_HIGH)).mean())


def largest_weight(network: NeuralNetwork) -> float:
    return float(max(np.abs(network.w_ih).max(), np.abs(network.w_ho).max()))


def _scale_inputs(images: np.ndarray, low: float) -> np.ndarray:
    """uint8 images (n, 28, 28) -> float32 inputs (n, 784) in low–1.0 (the tutorial: low = 0.01)."""
    pixels = images.reshape(len(images), -1).astype(np.float32) / np.float32(255.0)
    return pixels * np.float32(1.0 - low) + np.float32(low)


def _one_hot(labels: np.ndarray, low: float, high: float) -> np.ndarray:
    targets = labels_to_targets(labels, 10, np.float32)
    return np.where(targets > 0.5, np.float32(high), np.float32(low)).astype(np.float32)


# -- training with checkpoints ---------------------------------------------------------------

@dataclass
class _Run:
    """One variant's training: its data, what to measure at each checkpoint, and its slice of the progress bar."""

    network: NeuralNetwork
    train_inputs: np.ndarray  # (n, 784) float32
    train_targets: np.ndarray  # (n, 10)
    measure: Callable[[NeuralNetwork], dict[str, float]]
    progress_from: float
    progress_to: float
    curves: dict[str, list[float]] = field(default_factory=dict)
    learn: Callable[[NeuralNetwork, np.ndarray, np.ndarray], object] | None = None  # None: NeuralNetwork.train_sequential

    def record(self) -> None:
        for key, value in self.measure(self.network).items():
            self.curves.setdefault(key, []).append(float(value))


def _checkpoints(n: int, count: int) -> list[int]:
    """Sample positions within an epoch of n after which to measure (count of them, the last at n)."""
    return sorted({max(1, round(n * (k + 1) / count)) for k in range(count)})


def _train(run: _Run, settings: Settings, control: TrainingControl):
    """Train ``run.network`` for ``settings.epochs`` over the same seeded orders; yield progress; False if stopped."""
    n = len(run.train_inputs)
    rng = np.random.default_rng(settings.seed)
    ends = _checkpoints(n, settings.checkpoints)
    total = n * settings.epochs
    run.record()
    for epoch in range(settings.epochs):
        order = rng.permutation(n)
        position = 0
        for end in ends:
            while position < end:
                if control.stopped:
                    return False
                chunk = order[position : min(end, position + CHUNK)]
                (run.learn or NeuralNetwork.train_sequential)(run.network, run.train_inputs[chunk], run.train_targets[chunk])
                position += len(chunk)
                done = (epoch * n + position) / total
                yield run.progress_from + (run.progress_to - run.progress_from) * done
            run.record()
    return True


def _x_samples(settings: Settings) -> tuple[float, ...]:
    ends = _checkpoints(settings.train_images, settings.checkpoints)
    return (0.0, *(float(epoch * settings.train_images + end) for epoch in range(settings.epochs) for end in ends))


def _network(settings: Settings, learning_rate: float | None = None) -> NeuralNetwork:
    return NeuralNetwork(
        hidden_nodes=settings.hidden_nodes,
        learning_rate=settings.learning_rate if learning_rate is None else learning_rate,
        seed=settings.seed,
    )


def _finals(curves: dict[str, list[float]]) -> dict[str, float]:
    return {key: values[-1] for key, values in curves.items()}


def _frozen(curves: dict[str, list[float]]) -> dict[str, tuple[float, ...]]:
    return {key: tuple(values) for key, values in curves.items()}


# -- the experiments -------------------------------------------------------------------------

def _run_inputs(dataset: Dataset, settings: Settings, control: TrainingControl):
    """Inputs 0.01–1.0 (tutorial) against 0–1.0: accuracy, and how many input weights never moved."""
    train_images = dataset.train_images[: settings.train_images]
    test_images, test_labels = dataset.test_images[: settings.test_images], dataset.test_labels[: settings.test_images]
    targets = _one_hot(dataset.train_labels[: settings.train_images], 0.01, 0.99)
    variants = []
    for index, (key, low, en, zh) in enumerate((
        ("tutorial", 0.01, "inputs 0.01–1.0", "输入 0.01~1.0"),
        ("warned", 0.0, "inputs 0–1.0", "输入 0~1.0"),
    )):
        network = _network(settings)
        start = network.w_ih.copy()
        test_inputs = _scale_inputs(test_images, low)

        def measure(net, start=start, test_inputs=test_inputs):
            unmoved = net.w_ih == start  # (hidden, 784)
            return {
                "test_accuracy": accuracy(net, test_inputs, test_labels),
                "unmoved_input_weights": int(unmoved.sum()),
            }

        run = _Run(network, _scale_inputs(train_images, low), targets, measure, index / 2, (index + 1) / 2)
        if not (yield from _train(run, settings, control)):
            return None
        numbers = _finals(run.curves)
        numbers["unmoved_inputs"] = int((network.w_ih == start).all(axis=0).sum())
        numbers["input_weights"] = int(network.w_ih.size)
        variants.append(Variant(key, en, zh, key == "tutorial", numbers, _frozen(run.curves)))
    return tuple(variants), _x_samples(settings), "samples"


def output_signal(network: NeuralNetwork, inputs: np.ndarray) -> float:
    """Mean |final_inputs| over inputs (n, 784): how far the weights push the output sigmoids along their input.

    A target of 0.99 is reached at a final input of +4.6 (0.01 at −4.6); a target of 1 (or 0) never is,
    so training pushes ever further out, which only ever larger weights can do."""
    hidden_outputs = network.hidden_outputs(inputs)  # (n, hidden)
    return float(np.abs(hidden_outputs @ network.w_ho.T).mean())


def _run_targets(dataset: Dataset, settings: Settings, control: TrainingControl):
    """Targets 0.01/0.99 (tutorial) against 0/1: accuracy, the output sigmoids' input, and the largest weights.

    The tutorial's reason: the sigmoid never reaches 0 or 1, so with such targets the weights keep growing to push
    the outputs closer. What grows is the signal the weights send into the output sigmoids (``output_signal``,
    measured on the training images, which the network comes to fit); the largest single weight is shown too."""
    train_inputs = _scale_inputs(dataset.train_images[: settings.train_images], 0.01)
    test_inputs = _scale_inputs(dataset.test_images[: settings.test_images], 0.01)
    test_labels = dataset.test_labels[: settings.test_images]
    variants = []
    for index, (key, low, high, en, zh) in enumerate((
        ("tutorial", 0.01, 0.99, "targets 0.01 / 0.99", "目标值 0.01 / 0.99"),
        ("warned", 0.0, 1.0, "targets 0 / 1", "目标值 0 / 1"),
    )):
        network = _network(settings)

        def measure(net):
            return {
                "test_accuracy": accuracy(net, test_inputs, test_labels),
                "largest_weight": largest_weight(net),
                "output_signal": output_signal(net, train_inputs),
            }

        run = _Run(network, train_inputs, _one_hot(dataset.train_labels[: settings.train_images], low, high), measure, index / 2, (index + 1) / 2)
        if not (yield from _train(run, settings, control)):
            return None
        numbers = _finals(run.curves)
        largest = run.curves["largest_weight"]
        numbers["largest_weight_start"] = largest[0]
        numbers["weight_growth"] = largest[-1] / largest[0]
        numbers["late_growth"] = largest[-1] / largest[len(largest) // 2]
        signal = run.curves["output_signal"]
        numbers["late_signal_growth"] = signal[-1] / signal[len(signal) // 2]
        variants.append(Variant(key, en, zh, key == "tutorial", numbers, _frozen(run.curves)))
    return tuple(variants), _x_samples(settings), "samples"


def _saturation_measure(test_inputs: np.ndarray, test_labels: np.ndarray):
    def measure(net):
        hidden_outputs, final_outputs = net.forward(test_inputs)
        return {
            "test_accuracy": float((final_outputs.argmax(axis=1) == test_labels).mean()),
            "saturated_share": saturated_share(hidden_outputs),
            "mean_slope": float((hidden_outputs * (1 - hidden_outputs)).mean()),
        }

    return measure


def _run_init(dataset: Dataset, settings: Settings, control: TrainingControl):
    """Initial weights N(0, 1/√n) (tutorial) against N(0, 1): the same draws, scaled differently."""
    train_inputs = _scale_inputs(dataset.train_images[: settings.train_images], 0.01)
    targets = _one_hot(dataset.train_labels[: settings.train_images], 0.01, 0.99)
    test_inputs = _scale_inputs(dataset.test_images[: settings.test_images], 0.01)
    measure = _saturation_measure(test_inputs, dataset.test_labels[: settings.test_images])
    variants = []
    for index, (key, en, zh) in enumerate((
        ("tutorial", "weights N(0, 1/√n)", "权重 N(0, 1/√n)"),
        ("warned", "weights N(0, 1)", "权重 N(0, 1)"),
    )):
        network = _network(settings)
        if key == "warned":  # the same random numbers, without the 1/√(incoming links) scale
            network.w_ih *= np.float32(np.sqrt(network.input_nodes))
            network.w_ho *= np.float32(np.sqrt(network.hidden_nodes))
        run = _Run(network, train_inputs, targets, measure, index / 2, (index + 1) / 2)
        if not (yield from _train(run, settings, control)):
            return None
        numbers = _finals(run.curves)
        numbers["saturated_share_start"] = run.curves["saturated_share"][0]
        variants.append(Variant(key, en, zh, key == "tutorial", numbers, _frozen(run.curves)))
    return tuple(variants), _x_samples(settings), "samples"


def _run_learning_rate(dataset: Dataset, settings: Settings, control: TrainingControl):
    """One network per learning rate (same seed, same images): accuracy and the saturated share."""
    train_inputs = _scale_inputs(dataset.train_images[: settings.train_images], 0.01)
    targets = _one_hot(dataset.train_labels[: settings.train_images], 0.01, 0.99)
    test_inputs = _scale_inputs(dataset.test_images[: settings.test_images], 0.01)
    measure = _saturation_measure(test_inputs, dataset.test_labels[: settings.test_images])
    rates = settings.learning_rates
    variants = []
    for index, rate in enumerate(rates):
        run = _Run(_network(settings, rate), train_inputs, targets, measure, index / len(rates), (index + 1) / len(rates))
        if not (yield from _train(run, settings, control)):
            return None
        numbers = {**_finals(run.curves), "learning_rate": float(rate)}
        tutorial = np.isclose(rate, 0.1)
        variants.append(Variant(f"lr={rate:g}", f"learning rate {rate:g}", f"学习率 {rate:g}", bool(tutorial), numbers, _frozen(run.curves)))
    return tuple(variants), _x_samples(settings), "samples"


def _run_epochs(dataset: Dataset, settings: Settings, control: TrainingControl):
    """One network, the tutorial's settings, many passes: training and test accuracy after each epoch."""
    train_inputs = _scale_inputs(dataset.train_images[: settings.train_images], 0.01)
    train_labels = dataset.train_labels[: settings.train_images]
    test_inputs = _scale_inputs(dataset.test_images[: settings.test_images], 0.01)
    test_labels = dataset.test_labels[: settings.test_images]

    def measure(net):
        return {"train_accuracy": accuracy(net, train_inputs, train_labels), "test_accuracy": accuracy(net, test_inputs, test_labels)}

    run = _Run(_network(settings), train_inputs, _one_hot(train_labels, 0.01, 0.99), measure, 0.0, 1.0)
    per_epoch = replace(settings, checkpoints=1)  # one measuring point per epoch
    if not (yield from _train(run, per_epoch, control)):
        return None
    numbers = _finals(run.curves)
    tests = run.curves["test_accuracy"]
    best = int(np.argmax(tests))
    numbers.update(best_epoch=best, best_test_accuracy=tests[best])
    variant = Variant("tutorial", "the tutorial's network", "教程的网络", True, numbers, _frozen(run.curves))
    return (variant,), tuple(float(e) for e in range(settings.epochs + 1)), "epoch"


def _run_pen(dataset: Dataset, settings: Settings, control: TrainingControl):
    """MNIST only (the tutorial's program) against MNIST + people's pen digits (core.pen_digits' train and tune
    writers), both measured on MNIST's test images and on the test writers' digits, which neither network saw.

    The two epochs differ in length, so the curves share the fraction of the epoch as their x axis."""
    from core.pen_digits import load_pen_digits, load_rendered, training_part, writer_split

    digits = load_pen_digits()
    split, rendered = writer_split(digits), load_rendered(digits)
    people_inputs, people_labels = _scale_inputs(rendered[split["test"]], 0.01), digits.labels[split["test"]]
    mnist_inputs = _scale_inputs(dataset.train_images[: settings.train_images], 0.01)
    mnist_targets = _one_hot(dataset.train_labels[: settings.train_images], 0.01, 0.99)
    pen_images, pen_labels = training_part()
    pen_inputs, pen_targets = _scale_inputs(pen_images, 0.01), _one_hot(pen_labels, 0.01, 0.99)
    test_inputs = _scale_inputs(dataset.test_images[: settings.test_images], 0.01)
    test_labels = dataset.test_labels[: settings.test_images]

    def measure(net):
        return {"people_accuracy": accuracy(net, people_inputs, people_labels), "test_accuracy": accuracy(net, test_inputs, test_labels)}

    variants = []
    for index, (key, en, zh) in enumerate((
        ("tutorial", "MNIST only", "只用 MNIST"),
        ("pen", "MNIST + people's pen digits", "MNIST + 真人笔写数字"),
    )):
        inputs, targets = (mnist_inputs, mnist_targets) if key == "tutorial" else (
            np.concatenate([mnist_inputs, pen_inputs]), np.concatenate([mnist_targets, pen_targets]))
        run = _Run(_network(settings), inputs, targets, measure, index / 2, (index + 1) / 2)
        if not (yield from _train(run, settings, control)):
            return None
        variants.append(Variant(key, en, zh, key == "tutorial", _finals(run.curves), _frozen(run.curves), compared=key != "tutorial"))
    ends = _checkpoints(1000, settings.checkpoints)  # the measuring points as thousandths of an epoch
    x = (0.0, *(epoch + end / 1000 for epoch in range(settings.epochs) for end in ends))
    return tuple(variants), x, "epoch"


def learn_keeping_factor(factor: float) -> Callable[[NeuralNetwork, np.ndarray, np.ndarray], None]:
    """The tutorial's update, one sample at a time, with the constant of ∂E/∂w kept as ``factor`` (1: dropped,
    as the tutorial does; 2: kept, from E = Σ (t − o)²): ΔW = α · (factor · the deltas) · (previous outputs)ᵀ."""

    def learn(network: NeuralNetwork, inputs: np.ndarray, targets: np.ndarray) -> None:
        rate = network.dtype.type(network.learning_rate)
        for x, t in zip(inputs, targets):
            x, t = x.reshape(-1, 1), t.reshape(-1, 1)  # (784, 1), (10, 1)
            hidden_outputs = sigmoid(network.w_ih @ x)  # (h, 1)
            final_outputs = sigmoid(network.w_ho @ hidden_outputs)  # (10, 1)
            output_errors = t - final_outputs
            hidden_errors = network.w_ho.T @ output_errors
            network.w_ho += rate * ((factor * (output_errors * final_outputs * (1.0 - final_outputs))) @ hidden_outputs.T)
            network.w_ih += rate * ((factor * (hidden_errors * hidden_outputs * (1.0 - hidden_outputs))) @ x.T)
        network.samples_trained += len(inputs)

    return learn


def _run_constant(dataset: Dataset, settings: Settings, control: TrainingControl):
    """The constant 2 of ∂E/∂w dropped at α (the tutorial), kept at α/2, and kept at α: same seed, same order."""
    train_inputs = _scale_inputs(dataset.train_images[: settings.train_images], 0.01)
    targets = _one_hot(dataset.train_labels[: settings.train_images], 0.01, 0.99)
    test_inputs = _scale_inputs(dataset.test_images[: settings.test_images], 0.01)
    test_labels = dataset.test_labels[: settings.test_images]
    rate = settings.learning_rate
    tutorial_weights: list[tuple[np.ndarray, np.ndarray]] = []  # the tutorial network's at each checkpoint
    variants = []
    plans = (
        ("tutorial", 1.0, rate, f"2 dropped, α = {rate:g}", f"去掉 2，α = {rate:g}"),
        ("kept-half", 2.0, rate / 2, f"2 kept, α = {rate / 2:g}", f"保留 2，α = {rate / 2:g}"),
        ("kept", 2.0, rate, f"2 kept, α = {rate:g}", f"保留 2，α = {rate:g}"),
    )
    for index, (key, factor, learning_rate, en, zh) in enumerate(plans):
        checkpoint = iter(range(10**9))

        def measure(net, key=key, checkpoint=checkpoint):
            at = next(checkpoint)
            if key == "tutorial":
                tutorial_weights.append((net.w_ih.copy(), net.w_ho.copy()))
            w_ih, w_ho = tutorial_weights[at]
            difference = max(float(np.abs(net.w_ih - w_ih).max()), float(np.abs(net.w_ho - w_ho).max()))
            return {"test_accuracy": accuracy(net, test_inputs, test_labels), "weight_difference": difference}

        run = _Run(_network(settings, learning_rate), train_inputs, targets, measure, index / 3, (index + 1) / 3,
                   learn=learn_keeping_factor(factor))
        if not (yield from _train(run, settings, control)):
            return None
        numbers = {**_finals(run.curves), "learning_rate": learning_rate}
        variants.append(Variant(key, en, zh, key == "tutorial", numbers, _frozen(run.curves), compared=key != "tutorial"))
    return tuple(variants), _x_samples(settings), "samples"


SLOPE_WEIGHTS = 1000  # weights sampled (both matrices, in proportion) for the slope experiment, the same at every checkpoint


def _run_slope(dataset: Dataset, settings: Settings, control: TrainingControl):
    """Train the tutorial's network; at each checkpoint, on each of the first ``test_images`` test images, move each
    of 1,000 weights alone by its step (the tutorial's rule; for comparison, the exact chain's) and measure E's drop."""
    train_inputs = _scale_inputs(dataset.train_images[: settings.train_images], 0.01)
    targets = _one_hot(dataset.train_labels[: settings.train_images], 0.01, 0.99)
    probe_inputs = _scale_inputs(dataset.test_images[: settings.test_images], 0.01).astype(np.float64)
    probe_targets = _one_hot(dataset.test_labels[: settings.test_images], 0.01, 0.99).astype(np.float64)
    network = _network(settings)
    weights = derivation.random_weights(network, SLOPE_WEIGHTS, np.random.default_rng(settings.seed))
    rules = ("tutorial", "exact")
    curves = {rule: {"rank_correlation": [], "uphill_share": []} for rule in rules}
    last_points: dict[str, derivation.SingleWeightSteps] = {}

    def measure(net):
        for rule in rules:
            steps = [derivation.single_weight_steps(net, x, t, weights, net.learning_rate, exact=rule == "exact")
                     for x, t in zip(probe_inputs, probe_targets)]
            curves[rule]["rank_correlation"].append(float(np.median([step.rank_correlation for step in steps])))
            curves[rule]["uphill_share"].append(float(np.mean([step.uphill_share for step in steps])))
            last_points[rule] = steps[0]
        return {}

    run = _Run(network, train_inputs, targets, measure, 0.0, 1.0)
    if not (yield from _train(run, settings, control)):
        return None
    variants = []
    for rule, en, zh in (("tutorial", "the tutorial's step", "教程的更新"), ("exact", "the exact chain's step", "精确链式法则的更新")):
        points = last_points[rule]
        rule_curves = {key: tuple(values) for key, values in curves[rule].items()}
        rule_curves.update(gradient_size=tuple(points.gradient_sizes.tolist()), loss_drop=tuple(points.loss_drops.tolist()))
        numbers = {key: values[-1] for key, values in curves[rule].items()}
        variants.append(Variant(rule, en, zh, rule == "tutorial", numbers, rule_curves, compared=rule != "tutorial"))
    return tuple(variants), _x_samples(settings), "samples"


# -- verdicts: pure functions of the measured numbers ------------------------------------------

def _pct(share: float) -> str:
    return f"{100 * share:.1f} %"


def _points(a: float, b: float) -> str:
    return f"{100 * (a - b):+.1f}"


def verdict_inputs(result: ExperimentResult) -> Verdict:
    tutorial, warned = result.variant("tutorial").numbers, result.variant("warned").numbers
    still, total = int(warned["unmoved_input_weights"]), int(warned["input_weights"])
    still_tutorial = int(tutorial["unmoved_input_weights"])
    holds = still > still_tutorial
    accuracies = f"{_pct(tutorial['test_accuracy'])} / {_pct(warned['test_accuracy'])}"
    if holds:
        return Verdict(
            True,
            f"Holds: with inputs 0–1.0, {still:,} of {total:,} input weights ({_pct(still / total)}) never moved "
            f"({int(warned['unmoved_inputs'])} pixels were 0 in every image), with 0.01–1.0 {still_tutorial:,}; "
            f"test accuracy {accuracies} (0.01–1.0 / 0–1.0).",
            f"成立：输入为 0~1.0 时，{total:,} 个输入权重中有 {still:,} 个（{_pct(still / total)}）从未改变"
            f"（{int(warned['unmoved_inputs'])} 个像素在每张图中都是 0），输入为 0.01~1.0 时为 {still_tutorial:,} 个；"
            f"测试准确率 {accuracies}(0.01~1.0 / 0~1.0)。",
        )
    return Verdict(
        False,
        f"Did not hold on this run: with inputs 0–1.0, {still:,} input weights never moved, with 0.01–1.0 {still_tutorial:,}; "
        f"test accuracy {accuracies} (0.01–1.0 / 0–1.0).",
        f"本次未成立：输入为 0~1.0 时有 {still:,} 个输入权重从未改变，0.01~1.0 时有 {still_tutorial:,} 个；"
        f"测试准确率 {accuracies}(0.01~1.0 / 0~1.0)。",
    )


def verdict_targets(result: ExperimentResult) -> Verdict:
    """Holds when with 0/1 the output sigmoids' input ends larger and still grows faster over the last half;
    in full when the largest weight ends larger too, in part when it does not."""
    tutorial, warned = result.variant("tutorial").numbers, result.variant("warned").numbers
    pushed = (warned["output_signal"] > tutorial["output_signal"]
              and warned["late_signal_growth"] > tutorial["late_signal_growth"])
    larger = warned["largest_weight"] > tutorial["largest_weight"]
    numbers_en = (
        f"mean |input of the output sigmoids| {tutorial['output_signal']:.2f} with 0.01/0.99, {warned['output_signal']:.2f} with 0/1 "
        f"(over the last half ×{tutorial['late_signal_growth']:.3f} / ×{warned['late_signal_growth']:.3f}); "
        f"largest |weight| {tutorial['largest_weight']:.3f} / {warned['largest_weight']:.3f}; "
        f"test accuracy {_pct(tutorial['test_accuracy'])} / {_pct(warned['test_accuracy'])}."
    )
    numbers_zh = (
        f"输出层sigmoid输入的平均绝对值：0.01/0.99 为 {tutorial['output_signal']:.2f}，0/1 为 {warned['output_signal']:.2f}"
        f"(后半程 ×{tutorial['late_signal_growth']:.3f} / ×{warned['late_signal_growth']:.3f});"
        f"最大权重绝对值 {tutorial['largest_weight']:.3f} / {warned['largest_weight']:.3f};"
        f"测试准确率 {_pct(tutorial['test_accuracy'])} / {_pct(warned['test_accuracy'])}。"
    )
    if pushed and larger:
        return Verdict(True, "Holds: with targets 0/1 the weights kept pushing the output sigmoids further out, and the largest weight grew larger — " + numbers_en,
                       "成立：目标值为 0/1 时，权重不断把输出层sigmoid的输入推得更远，最大的权重也长得更大——" + numbers_zh)
    if pushed:
        return Verdict(False, "Held only in part: with targets 0/1 the weights kept pushing the output sigmoids further out, "
                       "but the largest single weight did not grow larger — " + numbers_en,
                       "仅部分成立：目标值为 0/1 时，权重不断把输出层sigmoid的输入推得更远，但单个最大的权重并没有长得更大——" + numbers_zh)
    return Verdict(False, "Did not hold on this run: targets 0/1 did not push the output sigmoids further out — " + numbers_en,
                   "本次未成立：目标值为 0/1 并没有把输出层sigmoid的输入推得更远——" + numbers_zh)


def verdict_init(result: ExperimentResult) -> Verdict:
    tutorial, warned = result.variant("tutorial").numbers, result.variant("warned").numbers
    more_saturated = warned["saturated_share"] > tutorial["saturated_share"]
    worse = warned["test_accuracy"] < tutorial["test_accuracy"]
    numbers_en = (
        f"hidden outputs stuck below 0.01 or above 0.99: {_pct(tutorial['saturated_share'])} with N(0, 1/√n), "
        f"{_pct(warned['saturated_share'])} with N(0, 1); test accuracy {_pct(tutorial['test_accuracy'])} / {_pct(warned['test_accuracy'])}."
    )
    numbers_zh = (
        f"低于 0.01 或高于 0.99 的隐藏层输出：N(0, 1/√n) 为 {_pct(tutorial['saturated_share'])}，"
        f"N(0, 1) 为 {_pct(warned['saturated_share'])}；测试准确率 {_pct(tutorial['test_accuracy'])} / {_pct(warned['test_accuracy'])}。"
    )
    if more_saturated and worse:
        return Verdict(True, "Holds: large initial weights saturated the sigmoids and the network learned less — " + numbers_en,
                       "成立：大的初始权重使sigmoid饱和，网络学到的更少——" + numbers_zh)
    if more_saturated:
        return Verdict(False, "Held only in part: large initial weights saturated the sigmoids, but accuracy did not suffer — " + numbers_en,
                       "仅部分成立：大的初始权重使sigmoid饱和，但准确率没有下降——" + numbers_zh)
    return Verdict(False, "Did not hold on this run: large initial weights did not saturate more sigmoids — " + numbers_en,
                   "本次未成立：大的初始权重并没有使更多sigmoid饱和——" + numbers_zh)


def verdict_learning_rate(result: ExperimentResult) -> Verdict:
    by_rate = sorted(result.variants, key=lambda v: v.numbers["learning_rate"])
    reference = next((v for v in by_rate if v.tutorial), by_rate[0]).numbers
    largest = by_rate[-1].numbers
    saturates = largest["saturated_share"] > reference["saturated_share"]
    worse = largest["test_accuracy"] < reference["test_accuracy"]
    shares = ", ".join(f"{v.numbers['learning_rate']:g}: {_pct(v.numbers['saturated_share'])}" for v in by_rate)
    accuracies = ", ".join(f"{v.numbers['learning_rate']:g}: {_pct(v.numbers['test_accuracy'])}" for v in by_rate)
    lr_ref, lr_big = f"{reference['learning_rate']:g}", f"{largest['learning_rate']:g}"
    tail_en = f"saturated hidden outputs by learning rate {shares}; test accuracy {accuracies}."
    tail_zh = f"各学习率下饱和的隐藏层输出 {shares}；测试准确率 {accuracies}。"
    if saturates and worse:
        return Verdict(True, f"Holds: at learning rate {lr_big} more hidden nodes sat on the sigmoid's flat ends than at {lr_ref}, "
                       f"and the network learned less — " + tail_en,
                       f"成立：学习率为 {lr_big} 时比 {lr_ref} 时有更多隐藏节点落在sigmoid平坦的两端，网络学到的更少——" + tail_zh)
    if saturates:
        return Verdict(False, f"Held only in part: at learning rate {lr_big} more hidden outputs saturated than at {lr_ref}, "
                       f"but accuracy did not suffer — " + tail_en,
                       f"仅部分成立：学习率为 {lr_big} 时比 {lr_ref} 时饱和的隐藏层输出更多，但准确率没有下降——" + tail_zh)
    return Verdict(False, f"Did not hold on this run: learning rate {lr_big} did not saturate more hidden outputs than {lr_ref} — " + tail_en,
                   f"本次未成立：学习率 {lr_big} 并没有比 {lr_ref} 使更多隐藏层输出饱和——" + tail_zh)


OVERFIT_MARGIN = 0.002  # test accuracy this far (0.2 points) below its best at the end counts as over-fitting


def verdict_epochs(result: ExperimentResult) -> Verdict:
    (variant,) = result.variants
    tests, trains = variant.curves["test_accuracy"], variant.curves["train_accuracy"]
    epochs = len(tests) - 1
    best = int(np.argmax(tests))
    tutorial_epoch = min(5, epochs)
    helped = tests[tutorial_epoch] > tests[1] if epochs >= 2 else False
    overfits = tests[-1] < tests[best] - OVERFIT_MARGIN and trains[-1] > tests[-1]
    passes_en = (f"More passes helped: test accuracy {_pct(tests[1])} after 1 epoch, {_pct(tests[tutorial_epoch])} after {tutorial_epoch}"
                 if helped else f"More passes did not help: test accuracy {_pct(tests[1])} after 1 epoch, {_pct(tests[tutorial_epoch])} after {tutorial_epoch}")
    passes_zh = (f"多轮训练有帮助：第 1 轮后测试准确率 {_pct(tests[1])}，第 {tutorial_epoch} 轮后 {_pct(tests[tutorial_epoch])}"
                 if helped else f"多轮训练没有帮助：第 1 轮后测试准确率 {_pct(tests[1])}，第 {tutorial_epoch} 轮后 {_pct(tests[tutorial_epoch])}")
    if overfits:
        fit_en = (f"; it over-fits: test accuracy peaked at epoch {best} ({_pct(tests[best])}) and was {_pct(tests[-1])} "
                  f"at epoch {epochs}, while training accuracy reached {_pct(trains[-1])}.")
        fit_zh = (f"；出现过拟合：测试准确率在第 {best} 轮达到最高（{_pct(tests[best])}），第 {epochs} 轮为 {_pct(tests[-1])}，"
                  f"而训练准确率升到 {_pct(trains[-1])}。")
    else:
        fit_en = (f"; no over-fitting within {epochs} epochs: test accuracy {_pct(tests[-1])} at the end (best {_pct(tests[best])}, "
                  f"epoch {best}), training accuracy {_pct(trains[-1])}.")
        fit_zh = (f"；{epochs} 轮内没有过拟合：最后测试准确率 {_pct(tests[-1])}（最高 {_pct(tests[best])}，第 {best} 轮），"
                  f"训练准确率 {_pct(trains[-1])}。")
    return Verdict(helped, passes_en + fit_en, passes_zh + fit_zh)


WEIGHTS_EQUAL = 1e-6  # weights (of size ~0.1–1) this close are equal to float32 precision (its spacing at 1: 1.2e-7)


PEOPLE_MARGIN = 0.01  # people's digits read within 1 point of MNIST's test digits: the MNIST score speaks for them


def verdict_pen(result: ExperimentResult) -> Verdict:
    mnist_only, with_pen = result.variant("tutorial"), result.variant("pen")
    mnist, people = mnist_only.numbers["test_accuracy"], mnist_only.numbers["people_accuracy"]
    pen_mnist, pen_people = with_pen.numbers["test_accuracy"], with_pen.numbers["people_accuracy"]
    holds = people >= mnist - PEOPLE_MARGIN
    gain_en = (f"Trained on other people's pen digits as well, it reads {_pct(pen_people)} of theirs ({_points(pen_people, people)} points) "
               f"and {_pct(pen_mnist)} of MNIST's ({_points(pen_mnist, mnist)} points).")
    gain_zh = (f"加上其他人的笔写数字一起训练后，它读对其中 {_pct(pen_people)}（{_points(pen_people, people)} 个百分点），"
               f"读对 MNIST 的 {_pct(pen_mnist)}（{_points(pen_mnist, mnist)} 个百分点）。")
    if holds:
        return Verdict(True, f"Holds: the MNIST-only network reads {_pct(mnist)} of MNIST's test digits and {_pct(people)} of "
                             f"the pen digits of people it never saw. " + gain_en,
                       f"成立：只用 MNIST 训练的网络读对 {_pct(mnist)} 的 MNIST 测试数字，也读对从未见过的人的笔写数字的 "
                       f"{_pct(people)}。" + gain_zh)
    return Verdict(False, f"Did not hold on this run: the MNIST-only network reads {_pct(mnist)} of MNIST's test digits but only {_pct(people)} "
                          f"of the pen digits of people it never saw: MNIST's score flatters it. " + gain_en,
                   f"本次未成立：只用 MNIST 训练的网络读对 {_pct(mnist)} 的 MNIST 测试数字，却只读对从未见过的人的笔写数字的 "
                   f"{_pct(people)}：MNIST 的成绩高估了它。" + gain_zh)


def verdict_constant(result: ExperimentResult) -> Verdict:
    tutorial, half, kept = (result.variant(key).numbers for key in ("tutorial", "kept-half", "kept"))
    equal = half["weight_difference"] <= WEIGHTS_EQUAL
    steps = f"{result.settings.train_images * result.settings.epochs:,}"
    numbers_en = (f"after {steps} steps the largest weight difference is {half['weight_difference']:.3g} with the 2 kept at α/2, "
                  f"{kept['weight_difference']:.3g} with the 2 kept at α; test accuracy {_pct(tutorial['test_accuracy'])}, "
                  f"{_pct(half['test_accuracy'])}, {_pct(kept['test_accuracy'])}.")
    numbers_zh = (f"{steps} 步之后，保留 2 且 α 减半时最大权重差为 {half['weight_difference']:.3g}，"
                  f"保留 2 且 α 不变时为 {kept['weight_difference']:.3g}；测试准确率 {_pct(tutorial['test_accuracy'])}、"
                  f"{_pct(half['test_accuracy'])}、{_pct(kept['test_accuracy'])}。")
    if equal:
        return Verdict(True, "Holds: dropping the 2 is the same as halving the learning rate — the two networks learned the same "
                       "weights to float precision; kept at the same α, the 2 doubles every step — " + numbers_en,
                       "成立：去掉 2 等于把学习率减半——两个网络学到的权重在浮点精度内完全相同；若保留 2 而 α 不变，"
                       "每一步都变成两倍——" + numbers_zh)
    return Verdict(False, "Did not hold on this run: with the 2 kept at half the learning rate the weights came out different — "
                   + numbers_en, "本次未成立：保留 2 并把学习率减半后，权重并不相同——" + numbers_zh)


SLOPE_HOLDS = 0.8  # a rank correlation this high: larger slopes clearly go with larger drops


def verdict_slope(result: ExperimentResult) -> Verdict:
    tutorial, exact = result.variant("tutorial").numbers, result.variant("exact").numbers
    rho, rho_exact = tutorial["rank_correlation"], exact["rank_correlation"]
    probes, weights = f"{result.settings.test_images:,}", f"{SLOPE_WEIGHTS:,}"
    numbers_en = (f"rank correlation ρ = {rho:.3f} (median over {probes} samples × {weights} weights; 1: the same order). "
                  f"With the tutorial's rule E rose for {_pct(tutorial['uphill_share'])} of the weights moved alone — in W_ih, "
                  f"whose hidden errors leave out the output sigmoids' slope o(1 − o) and so can point uphill; with the exact "
                  f"chain {_pct(exact['uphill_share'])}, ρ = {rho_exact:.3f}.")
    numbers_zh = (f"秩相关系数 ρ = {rho:.3f}（{probes} 个样本 × {weights} 个权重的中位数；1 表示顺序完全一致）。"
                  f"按教程的规则单独移动一个权重，有 {_pct(tutorial['uphill_share'])} 的权重使 E 反而上升——都在 W_ih 中："
                  f"它的隐藏层误差没有乘输出层 sigmoid 的斜率 o(1 − o)，方向可能朝上坡；按精确的链式法则为 "
                  f"{_pct(exact['uphill_share'])}，ρ = {rho_exact:.3f}。")
    if rho >= SLOPE_HOLDS:
        return Verdict(True, "Holds: over one step, the weights with the larger |∂E/∂w| lowered E more — " + numbers_en,
                       "成立：走一步时，|∂E/∂w| 越大的权重使 E 下降得越多——" + numbers_zh)
    return Verdict(False, "Did not hold on this run: a larger |∂E/∂w| did not go with a larger drop in E — " + numbers_en,
                   "本次未成立：|∂E/∂w| 更大并不意味着 E 下降更多——" + numbers_zh)


# -- the registry ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Experiment:
    name: str
    claim: Claim
    defaults: Settings
    run: Callable  # (dataset, settings, control) -> generator of progress floats, returning (variants, x, x_metric) or None
    verdict: Callable[[ExperimentResult], Verdict]


EXPERIMENTS: dict[str, Experiment] = {
    "inputs": Experiment(
        "inputs",
        Claim(
            quote_zh="一个好的建议是将输入范围控制在0.0到1.0。输入为0,更新参数表达式就会等于0,从而造成学习能力的丧失,"
                     "因此在某些情况下,我们会将输入加上一个小小的偏移,如0.01,避免输入0带来麻烦。",
            quote_en="A good piece of advice is to keep the inputs in the range 0.0 to 1.0. An input of 0 makes the weight "
                     "update expression equal 0, so the ability to learn is lost; that is why in some cases we add a small "
                     "offset to the inputs, such as 0.01, to avoid the trouble an input of 0 brings.",
            summary_zh="输入 0.01~1.0 而不是 0~1.0：输入为 0 的权重学不到东西",
            summary_en="inputs 0.01–1.0, not 0–1.0: a 0 input stops its weights learning",
        ),
        Settings(train_images=10_000, test_images=5_000, epochs=1),
        _run_inputs,
        verdict_inputs,
    ),
    "targets": Experiment(
        "targets",
        Claim(
            quote_zh="sigmoid激活函数只能输出0到1之间的数,永远达不到0,也永远达不到1。如果我们的目标值超出这个范围,"
                     "那么会使权重无限增加,以获得越来越大的输出,直到权重超出计算机所能表示的极限。"
                     "因此我们可以将目标值范围设置为0.01~0.99。",
            quote_en="The sigmoid activation function can only output numbers between 0 and 1; it never reaches 0 and never "
                     "reaches 1. If our targets lie outside this range, the weights will grow without limit to get ever larger "
                     "outputs, until they exceed what the computer can represent. So we can set the targets to 0.01–0.99.",
            summary_zh="目标值 0.01/0.99 而不是 0/1：否则权重会无限增长",
            summary_en="targets 0.01/0.99, not 0/1: else the weights grow without bound",
        ),
        Settings(train_images=1_000, test_images=5_000, epochs=30, checkpoints=1),
        _run_targets,
        verdict_targets,
    ),
    "init": Experiment(
        "init",
        Claim(
            quote_zh="由于大的初始权重会造成大的信号传递给激活函数,导致网络饱和,从而降低网络学习到更好的权重的能力,"
                     "因此应该避免大的初始权重值。数学家所得到的经验规则是,在一个节点传入链接数量平方根倒数的大致范围内随机采样。",
            quote_en="Because large initial weights pass large signals to the activation function, saturating the network and "
                     "so lowering its ability to learn better weights, large initial weights should be avoided. The rule of "
                     "thumb mathematicians arrived at is to sample at random within roughly the inverse of the square root "
                     "of the number of links into a node.",
            summary_zh="初始权重 N(0, 1/√n) 而不是 N(0, 1)：大的权重使网络饱和",
            summary_en="initial weights N(0, 1/√n), not N(0, 1): large weights saturate the network",
        ),
        Settings(train_images=10_000, test_images=5_000, epochs=1),
        _run_init,
        verdict_init,
    ),
    "learning-rate": Experiment(
        "learning-rate",
        Claim(
            quote_zh="仔细观察下图的S激活函数。你可以发现,如果输入变大,激活函数就会变得非常平坦。",
            quote_en="Look closely at the S-shaped activation function in the figure below. You can see that if the input "
                     "grows large, the activation function becomes very flat.",
            summary_zh="sigmoid 在输入很大时变得平坦：学习率越大，饱和越多",
            summary_en="the sigmoid goes flat for large inputs: a larger learning rate saturates more",
        ),
        Settings(train_images=5_000, test_images=5_000, epochs=1, checkpoints=4, learning_rates=(0.01, 0.1, 0.3, 1.0, 3.0, 10.0)),
        _run_learning_rate,
        verdict_learning_rate,
    ),
    "epochs": Experiment(
        "epochs",
        Claim(
            quote_zh="(教程程序中的注释)epochs 是训练数据集被用于训练的次数。epochs = 5",
            quote_en="# epochs is the number of times the training data set is used for training\nepochs = 5",
            summary_zh="训练数据用 5 轮：多轮训练有帮助吗？会过拟合吗？",
            summary_en="5 passes over the training data: do more passes help, does it over-fit?",
            source="program",
        ),
        Settings(train_images=2_000, test_images=5_000, epochs=15),
        _run_epochs,
        verdict_epochs,
    ),
    "constant": Experiment(
        "constant",
        Claim(
            quote_zh="并且我们忽略偏导数前面的常数,因为所有参数都缩小常数倍对结果没有影响",
            quote_en="And we ignore the constant in front of the partial derivative, because scaling all parameters down by a "
                     "constant makes no difference to the result",
            summary_zh="去掉偏导数前的常数 2：等于把学习率缩小一半吗？",
            summary_en="dropping the constant 2 of ∂E/∂w: the same as halving the learning rate?",
        ),
        Settings(train_images=2_000, test_images=5_000, epochs=1, checkpoints=4),
        _run_constant,
        verdict_constant,
    ),
    "slope": Experiment(
        "slope",
        Claim(
            quote_zh="根据偏导数的几何意义,偏导数越大说明调整对减小总体误差E的帮助越大。",
            quote_en="By the geometric meaning of the partial derivative, the larger the partial derivative, the more adjusting "
                     "that weight helps reduce the total error E.",
            summary_zh="偏导数 |∂E/∂w| 越大，调整这个权重对减小 E 的帮助越大？",
            summary_en="the larger |∂E/∂w|, the more adjusting that weight lowers E?",
        ),
        Settings(train_images=2_000, test_images=20, epochs=1, checkpoints=4),
        _run_slope,
        verdict_slope,
    ),
    "pen": Experiment(
        "pen",
        Claim(
            quote_zh="(教程程序中的注释)测试神经网络……计算成绩，即答对的比例",
            quote_en="# test the neural network\n…\n# calculate the performance score, the fraction of correct answers",
            summary_zh="MNIST 的测试成绩能说明它读陌生人的笔迹读得多好吗？加上真人的笔写数字呢？",
            summary_en="does MNIST's test score say how well it reads people it never saw? And with people's pen digits?",
            source="program",
        ),
        Settings(train_images=20_000, test_images=5_000, epochs=1),
        _run_pen,
        verdict_pen,
    ),
}


def verdict(result: ExperimentResult) -> Verdict:
    """The one-line verdict, computed from the result's numbers by its experiment's rule."""
    return EXPERIMENTS[result.name].verdict(result)


def check_name(name: str) -> Experiment:
    if name not in EXPERIMENTS:
        raise ValueError(f"unknown experiment {name!r}: choose one of {', '.join(EXPERIMENTS)}")
    return EXPERIMENTS[name]


def run(name: str, dataset: Dataset, settings: Settings | None = None, control: TrainingControl | None = None):
    """Run experiment ``name``: yield progress fractions (0–1), then one ExperimentResult (none if stopped)."""
    experiment = check_name(name)
    settings = settings or experiment.defaults
    settings.validate(dataset)
    control = control or TrainingControl()
    started = time.perf_counter()
    outcome = yield from experiment.run(dataset, settings, control)
    if outcome is None or control.stopped:
        return
    variants, x, x_metric = outcome
    yield 1.0
    yield ExperimentResult(name, experiment.claim, settings, x, x_metric, variants, time.perf_counter() - started)


def result_to_dict(result: ExperimentResult) -> dict:
    """Everything a result holds, as JSON-ready values (the command line's --json)."""
    found = verdict(result)
    return {
        "name": result.name,
        "claim": asdict(result.claim),
        "settings": asdict(result.settings),
        "x_metric": result.x_metric,
        "x": list(result.x),
        "variants": [
            {**asdict(v), "curves": {key: list(values) for key, values in v.curves.items()}} for v in result.variants
        ],
        "verdict": {"holds": found.holds, "en": found.en, "zh": found.zh},
        "seconds": round(result.seconds, 3),
    }


def run_to_end(name: str, dataset: Dataset, settings: Settings | None = None, control: TrainingControl | None = None):
    """Run an experiment without watching it: its ExperimentResult, or None if it was stopped."""
    result = None
    for item in run(name, dataset, settings, control):
        if isinstance(item, ExperimentResult):
            result = item
    return result
