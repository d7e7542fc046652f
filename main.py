"""DigitLab: launch the app, or train / evaluate / predict from the command line.

    python main.py                       # the desktop app
    python main.py train [--epochs 5] [--lr 0.1] [--hidden 200] [--batch-size 1] ...
    python main.py evaluate --model PATH
    python main.py predict IMAGE --model PATH
    python main.py experiment NAME [--json]      # one of the tutorial's claims put to the test (--list names them)
    python main.py --install-desktop-entry   # add DigitLab to the Linux applications menu (--uninstall-… removes it)
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from core.presets import PEN_COPIES, PRESETS


class _Parser(argparse.ArgumentParser):
    """argparse, but a bad argument is one line on stderr and exit status 2."""

    def error(self, message):
        self.exit(2, f"{self.prog}: error: {message}\n")


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None


def _positive_float(text: str) -> float:
    value = _number(text)
    if not (value > 0 and value < float("inf")):
        raise argparse.ArgumentTypeError(f"must be a positive number: {text!r}")
    return value


def _share(text: str) -> float:
    value = _number(text)
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be a share from 0 to 1: {text!r}")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def _hidden_nodes(text: str) -> int:
    value = _positive_int(text)
    if value > 100_000:
        raise argparse.ArgumentTypeError(f"at most 100000: {text!r}")
    return value


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 0 <= value < 2**63:
        raise argparse.ArgumentTypeError(f"must be between 0 and 2**63 - 1: {text!r}")
    return value


def version() -> str:
    """The installed package's version; in a checkout that is not installed, pyproject.toml's."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("digitlab")
    except PackageNotFoundError:
        import re

        pyproject = Path(__file__).resolve().with_name("pyproject.toml")
        found = re.search(r'^version = "([^"]+)"', pyproject.read_text(), re.M) if pyproject.is_file() else None
        return f"{found.group(1)} (not installed)" if found else "unknown (not installed)"


class _VersionAction(argparse.Action):
    """--version: the package metadata is read only when asked, not at every start."""

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"{parser.prog} {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="digitlab", description="Watch a NumPy neural network learn handwritten digits.")
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and exit")
    parser.add_argument("--lang", help="the app's language, e.g. en or zh_CN (default: the system's)")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop-entry", action="store_true",
        help="add DigitLab to the applications menu (Linux: a .desktop file and the icon in ~/.local/share)",
    )
    desktop.add_argument("--uninstall-desktop-entry", action="store_true", help="remove what --install-desktop-entry added")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    train = commands.add_parser("train", help="train a network on MNIST and report each epoch")
    train.add_argument(
        "--preset", choices=sorted(PRESETS), default="tutorial",
        help="the app's presets: tutorial (default), fast, robust; the options below override its values",
    )
    train.add_argument("--epochs", type=_positive_int, help="passes over the training images (tutorial: 5)")
    train.add_argument("--lr", type=_positive_float, help="learning rate (tutorial: 0.1)")
    train.add_argument("--lr-decay", type=_positive_float, help="multiply the learning rate by this after each epoch (0–1; the Fast preset: 0.85)")
    train.add_argument(
        "--practice", type=_share,
        help="from the second epoch, give this share of each epoch's places to the digits it got most wrong (0–1; robust: 0.25)",
    )
    train.add_argument("--hidden", type=_hidden_nodes, help="hidden nodes (1–100000; tutorial: 200)")
    train.add_argument("--batch-size", type=_positive_int, help="samples per weight update (tutorial: 1)")
    train.add_argument(
        "--augment", action=argparse.BooleanOptionalAction,
        help="train on randomly rotated, slanted, resized, shifted, thinner or thicker digits, on some 9s turned upside down as 6s and on some 1s given a flag (robust: on)",
    )
    train.add_argument(
        "--pen-digits", action=argparse.BooleanOptionalAction,
        help="mix real people's pen-written digits (UNIPEN, the train and tune writers) into every epoch (robust: on)",
    )
    train.add_argument("--seed", type=_seed, default=0)
    train.add_argument("--limit", type=_positive_int, help="train on the first N training images only")
    train.add_argument("--data", type=Path, help="folder with the four IDX files (default: bundled MNIST)")
    train.add_argument("--save", type=Path, help="save the trained model (.npz) here")
    train.add_argument("--json", action="store_true", help="one JSON object per epoch on stdout")

    evaluate = commands.add_parser("evaluate", help="test accuracy and confusion matrix of a saved model")
    evaluate.add_argument("--model", type=Path, required=True)
    evaluate.add_argument("--data", type=Path)

    predict = commands.add_parser("predict", help="classify a photo or scan of one digit (PNG/JPEG)")
    predict.add_argument("image", type=Path)
    predict.add_argument("--model", type=Path, required=True)

    experiment = commands.add_parser("experiment", help="put one of the tutorial's claims to the test (--list names them)")
    experiment.add_argument("name", nargs="?", help="the experiment: inputs, targets, init, learning-rate, epochs, constant, slope, pen")
    experiment.add_argument("--list", action="store_true", help="name the experiments and their claims")
    experiment.add_argument("--json", action="store_true", help="the result as one JSON object on stdout")
    experiment.add_argument("--train-images", type=_positive_int, help="train on the first N training images (default: the experiment's)")
    experiment.add_argument("--test-images", type=_positive_int, help="measure on the first N test images (default: the experiment's)")
    experiment.add_argument("--epochs", type=_positive_int, help="passes over the training images (default: the experiment's)")
    experiment.add_argument("--seed", type=_seed, help="the seed of the networks and the training order (default 0)")
    experiment.add_argument("--data", type=Path, help="folder with the four IDX files (default: bundled MNIST)")
    return parser


def apply_preset(args) -> None:
    """Fill the train options the user did not give from the chosen preset (core.presets)."""
    preset = PRESETS[args.preset]
    for option, value in (
        ("epochs", preset.epochs),
        ("lr", preset.learning_rate),
        ("lr_decay", preset.learning_rate_decay),
        ("practice", preset.practice),
        ("hidden", preset.hidden_nodes),
        ("batch_size", preset.batch_size),
        ("augment", preset.augment),
        ("pen_digits", preset.pen_digits > 0),
    ):
        if getattr(args, option) is None:
            setattr(args, option, value)


def _progress_line(progress) -> str:
    return (
        f"\repoch {progress.epoch}/{progress.epochs}  {100 * progress.fraction:5.1f}%  "
        f"loss {progress.epoch_loss:.4f}  acc {100 * progress.epoch_accuracy:5.2f}%  "
        f"{progress.samples_per_second:,.0f} samples/s  {progress.seconds_left:5.0f} s left "
    )


def command_train(args) -> int:
    from core.data import load_mnist
    from core.network import NeuralNetwork
    from core.training import Baseline, Diverged, Evaluation, Progress, TrainingConfig, train

    apply_preset(args)
    if args.save is not None:  # before training, not after it
        if args.save.is_dir():
            raise IsADirectoryError(f"{args.save}: is a folder; --save takes a file name, e.g. {args.save / 'model.npz'}")
        if not args.save.parent.is_dir():
            raise FileNotFoundError(f"{args.save}: cannot save there, the folder {args.save.parent} does not exist")
    dataset = load_mnist(args.data)
    network = NeuralNetwork(hidden_nodes=args.hidden, learning_rate=args.lr, seed=args.seed)
    config = TrainingConfig(
        epochs=args.epochs,
        learning_rate=args.lr,
        learning_rate_decay=args.lr_decay,
        practice=args.practice,
        batch_size=args.batch_size,
        seed=args.seed,
        limit=args.limit,
        augment=args.augment,
        pen_digits=PEN_COPIES if args.pen_digits else 0,
        progress_interval=0.25,
        snapshot_weights=False,
    )
    show_progress = sys.stderr.isatty()
    for event in train(network, dataset, config):
        if isinstance(event, Baseline) and not args.json:  # JSON keeps one record per epoch
            print(f"before training: test accuracy {100 * event.test_accuracy:.2f}%, test loss {event.test_loss:.4f}", flush=True)
        elif isinstance(event, Progress) and show_progress:
            sys.stderr.write(_progress_line(event))
            sys.stderr.flush()
        elif isinstance(event, Evaluation):
            if show_progress:
                sys.stderr.write("\r" + " " * 100 + "\r")
            record = {
                "epoch": event.epoch,
                "train_loss": round(event.train_loss, 6),
                "train_accuracy": round(event.train_accuracy, 6),
                "test_loss": round(event.test_loss, 6),
                "test_accuracy": round(event.test_accuracy, 6),
                "seconds": round(event.seconds, 3),
                "samples_per_second": round(event.samples_per_second, 1),
            }
            if args.json:
                print(json.dumps(record), flush=True)
            else:
                print(
                    f"epoch {event.epoch}/{args.epochs}: train loss {event.train_loss:.4f}, "
                    f"test accuracy {100 * event.test_accuracy:.2f}%, {event.seconds:.2f} s "
                    f"({event.samples_per_second:,.0f} samples/s)",
                    flush=True,
                )
        elif isinstance(event, Diverged):
            print(
                f"digitlab: error: training diverged after {event.samples_seen} samples: {event.reason}; "
                f"try a learning rate of {event.suggested_learning_rate:g}",
                file=sys.stderr,
            )
            return 1
    if args.save:
        try:
            network.save(args.save)
        except OSError as error:  # the error names the temporary file: name the one asked for
            raise OSError(f"{args.save}: could not save the model ({error.strerror or error})") from None
        if not args.json:
            print(f"saved {args.save}")
    return 0


def command_evaluate(args) -> int:
    from core.data import load_mnist
    from core.network import NeuralNetwork
    from core.training import confusion_matrix, evaluate

    network = NeuralNetwork.load(args.model)
    dataset = load_mnist(args.data)
    if network.input_nodes != 784 or network.output_nodes != 10:
        raise ValueError(f"{args.model}: a {network.input_nodes}-{network.hidden_nodes}-{network.output_nodes} network does not fit 28×28 digits")
    accuracy, loss, predictions = evaluate(network, dataset.test_images, dataset.test_labels)
    matrix = confusion_matrix(dataset.test_labels, predictions)
    print(f"test accuracy {100 * accuracy:.2f}% ({int(matrix.trace())}/{len(predictions)}), loss {loss:.4f}")
    print("confusion matrix (rows: true digit, columns: predicted digit)")
    print("     " + "".join(f"{d:>6}" for d in range(10)))
    for digit, row in enumerate(matrix):
        print(f"{digit:>5}" + "".join(f"{count:>6}" for count in row))
    return 0


MAX_IMAGE_PIXELS = 100_000_000  # a 100-megapixel photo is read (Qt's reader is told it may use the memory); more is refused


def read_grayscale(path: Path):
    """Read a PNG/JPEG (8- or 16-bit, with or without alpha) with Qt -> (H, W) float32 array in 0–255."""
    import numpy as np
    from PySide6.QtGui import QImage, QImageReader

    if not path.is_file():
        raise FileNotFoundError(f"{path}: file not found")
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # a phone photo taken sideways is read upright (EXIF orientation)
    size = reader.size()  # from the header, before anything is decoded
    if size.isValid() and size.width() * size.height() > MAX_IMAGE_PIXELS:
        raise ValueError(
            f"{path}: image too large ({size.width()}×{size.height()} pixels; at most {MAX_IMAGE_PIXELS // 1_000_000} megapixels)"
        )
    limit = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(max(limit, MAX_IMAGE_PIXELS * 8 // 2**20 + 1))  # 8 bytes a pixel: 16-bit RGBA
    try:
        image = reader.read()
    finally:
        QImageReader.setAllocationLimit(limit)
    if image.isNull():
        raise ValueError(f"{path}: not an image Qt can read (PNG or JPEG expected)")
    if image.hasAlphaChannel():  # transparent paper is white paper
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPainter

        paper = QImage(image.size(), QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)
        painter = QPainter(paper)
        painter.drawImage(0, 0, image)
        painter.end()
        image = paper
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    buffer = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    return buffer.reshape(height, stride)[:, :width].astype(np.float32)


def command_predict(args) -> int:
    from core import looks
    from core.network import NeuralNetwork
    from core.photo import photo_to_canvas
    from core.preprocess import canvas_to_inputs

    network = NeuralNetwork.load(args.model)
    if network.input_nodes != 784:
        raise ValueError(f"{args.model}: the network takes {network.input_nodes} inputs, not 784")
    seen = canvas_to_inputs(photo_to_canvas(read_grayscale(args.image)))
    if seen.empty:
        raise ValueError(f"{args.image}: no digit found (the image is blank)")
    outputs = looks.read(network, seen.inputs)[1][0]  # five looks, as the app reads a drawing
    print(f"digit {int(outputs.argmax())}")
    print("outputs " + " ".join(f"{d}:{value:.3f}" for d, value in enumerate(outputs)))
    return 0


def _experiment_table(result, language: str) -> list[str]:
    from core.experiments import METRICS

    zh = language.startswith("zh")
    labels = [v.label_zh if zh else v.label_en for v in result.variants]
    keys = [key for key in METRICS if any(key in v.numbers for v in result.variants)]
    names = {key: METRICS[key][1 if zh else 0] for key in keys}
    width = max(len(name) for name in names.values()) + 2
    column = max(18, *(len(label) + 2 for label in labels))

    def cell(key, value):
        kind = METRICS[key][2]
        return f"{100 * value:.2f} %" if kind == "share" else f"{int(value):,}" if kind == "count" else f"{value:.4g}"

    lines = [" " * width + "".join(f"{label:<{column}}" for label in labels)]
    for key in keys:
        lines.append(f"{names[key]:<{width}}" + "".join(f"{cell(key, v.numbers[key]) if key in v.numbers else '':<{column}}" for v in result.variants))
    return lines


def command_experiment(args) -> int:
    from core import experiments
    from core.data import load_mnist

    language = args.lang or ""
    zh = language.startswith("zh")
    if args.list:
        width = max(map(len, experiments.EXPERIMENTS))
        for name, experiment in experiments.EXPERIMENTS.items():
            print(f"{name:<{width}}  {experiment.claim.summary_zh if zh else experiment.claim.summary_en}")
        return 0
    if args.name is None:
        print("digitlab experiment: error: name an experiment (or --list): " + ", ".join(experiments.EXPERIMENTS), file=sys.stderr)
        return 2
    if args.name not in experiments.EXPERIMENTS:
        print(f"digitlab experiment: error: invalid experiment {args.name!r} (choose from {', '.join(experiments.EXPERIMENTS)})", file=sys.stderr)
        return 2
    experiment = experiments.EXPERIMENTS[args.name]
    settings = experiment.defaults
    for option, field in (("train_images", "train_images"), ("test_images", "test_images"), ("epochs", "epochs"), ("seed", "seed")):
        if getattr(args, option) is not None:
            settings = replace(settings, **{field: getattr(args, option)})
    dataset = load_mnist(args.data)
    show_progress = sys.stderr.isatty()
    result = None
    for item in experiments.run(args.name, dataset, settings):
        if isinstance(item, experiments.ExperimentResult):
            result = item
        elif show_progress:
            sys.stderr.write(f"\r{args.name}: {100 * item:5.1f}% ")
            sys.stderr.flush()
    if show_progress:
        sys.stderr.write("\r" + " " * 40 + "\r")
    if args.json:
        print(json.dumps(experiments.result_to_dict(result), ensure_ascii=False))
        return 0
    claim, s = result.claim, result.settings
    print(f"{args.name}: {claim.summary_zh if zh else claim.summary_en}")
    print(f"  「{claim.quote_zh}」")
    print(f"  \"{claim.quote_en}\"")
    print(
        f"settings: first {s.train_images:,} training images, first {s.test_images:,} test images, {s.epochs} epoch{'' if s.epochs == 1 else 's'}, "
        f"learning rate {', '.join(f'{r:g}' for r in s.learning_rates) or f'{s.learning_rate:g}'}, "
        f"{s.hidden_nodes} hidden nodes, seed {s.seed}"
    )
    print("\n".join(_experiment_table(result, language)))
    print(f"verdict: {result.verdict.text(language)}")
    print(f"({result.seconds:.1f} s)")
    return 0


def desktop_entry(install: bool) -> int:
    from gui import desktop_entry

    try:
        paths = desktop_entry.install() if install else desktop_entry.uninstall()
    except OSError as error:
        print(f"digitlab: error: {error}", file=sys.stderr)
        return 1
    verb = "wrote" if install else "removed"
    for path in paths:
        print(f"{verb} {path}")
    if not paths:
        print("no desktop entry to remove")
    return 0


def launch_gui(lang: str | None) -> int:
    from gui.startup_check import problem  # before Qt's GUI is imported: Qt would abort instead

    reason = problem()
    if reason:
        print(f"digitlab: error: cannot open the window: {reason}", file=sys.stderr)
        return 1
    from gui.app import run

    return run(lang)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return desktop_entry(install=args.install_desktop_entry)
    if args.command is None:
        return launch_gui(args.lang)
    from core.errors import DataError, ModelFileError

    commands = {"train": command_train, "evaluate": command_evaluate, "predict": command_predict, "experiment": command_experiment}
    try:
        return commands[args.command](args)
    except (DataError, ModelFileError, ValueError, FileNotFoundError, OSError) as error:
        print(f"digitlab: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ndigitlab: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
