"""The command line: train, evaluate, predict, and one-line errors."""
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args, timeout=300):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", **_python_env()},
    )


def _python_env():
    import os

    return {key: value for key, value in os.environ.items() if key.startswith(("PYTHON", "OPENBLAS", "HOME", "LANG"))}


@pytest.fixture(scope="module")
def trained_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("model") / "quick.npz"
    result = run("train", "--epochs", 1, "--limit", 5000, "--json", "--save", path)
    assert result.returncode == 0, result.stderr
    return path, result


def test_train_prints_one_json_object_per_epoch(trained_model):
    path, result = trained_model
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    for key in ("epoch", "train_loss", "test_accuracy", "seconds", "samples_per_second"):
        assert key in record
    assert record["epoch"] == 1 and record["test_accuracy"] > 0.85
    assert record["samples_per_second"] > 0 and path.is_file()


def test_evaluate_prints_accuracy_and_confusion_matrix(trained_model):
    path, train_result = trained_model
    result = run("evaluate", "--model", path)
    assert result.returncode == 0, result.stderr
    accuracy = json.loads(train_result.stdout.splitlines()[0])["test_accuracy"]
    assert f"test accuracy {100 * accuracy:.2f}%" in result.stdout
    rows = [line.split() for line in result.stdout.splitlines()[3:]]
    assert len(rows) == 10 and sum(int(n) for row in rows for n in row[1:]) == 10_000


@pytest.mark.parametrize("dark_ink", [True, False])
def test_predict_reads_a_scanned_digit(trained_model, tmp_path, dark_ink):
    from PySide6.QtGui import QImage

    from core.data import images_to_inputs, load_mnist
    from core import looks
    from core.network import NeuralNetwork

    dataset = load_mnist()
    network = NeuralNetwork.load(trained_model[0])
    # the first test "3" that the network reads right as MNIST gave it: the scan must read the same
    threes = np.flatnonzero(dataset.test_labels == 3)
    index = next(int(i) for i in threes if looks.read(network, images_to_inputs(dataset.test_images[i : i + 1]))[1][0].argmax() == 3)
    digit = np.kron(dataset.test_images[index], np.ones((6, 6), np.uint8))  # a 168×168 "scan"
    pixels = np.ascontiguousarray(255 - digit if dark_ink else digit)
    path = tmp_path / "digit.png"
    image = QImage(pixels.data, 168, 168, 168, QImage.Format.Format_Grayscale8)
    assert image.save(str(path))
    result = run("predict", path, "--model", trained_model[0])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "digit 3"
    assert result.stdout.splitlines()[1].count(":") == 10


@pytest.mark.parametrize(
    "args, words",
    [
        (["train", "--epochs", "zero"], "not a whole number"),
        (["train", "--lr", "-1"], "positive"),
        (["train", "--lr-decay", "2", "--limit", "10"], "learning rate decay"),
        (["train", "--data", "/nonexistent"], "/nonexistent"),
        (["evaluate", "--model", "/nonexistent.npz"], "/nonexistent.npz"),
        (["predict", "/nonexistent.png", "--model", "/nonexistent.npz"], "nonexistent"),
        (["frobnicate"], "invalid choice"),
        (["train", "--seed", "99999999999999999999"], "2**63"),
        (["train", "--hidden", "100001"], "at most 100000"),
    ],
)
def test_bad_arguments_give_one_line_and_non_zero_exit(args, words):
    result = run(*args)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert words in result.stderr and "Traceback" not in result.stderr


def test_predict_refuses_a_file_that_is_not_an_image(trained_model, tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("not an image")
    result = run("predict", path, "--model", trained_model[0])
    assert result.returncode == 1 and str(path) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_predict_says_blank_for_a_photo_of_empty_paper(trained_model, tmp_path):
    from PySide6.QtGui import QImage

    rng = np.random.default_rng(0)
    paper = np.ascontiguousarray(np.clip(200 + rng.normal(0, 2, (300, 300)), 0, 255).astype(np.uint8))
    path = tmp_path / "paper.png"
    assert QImage(paper.data, 300, 300, 300, QImage.Format.Format_Grayscale8).save(str(path))
    result = run("predict", path, "--model", trained_model[0])
    assert result.returncode == 1 and "no digit found" in result.stderr


def test_predict_reads_ink_on_transparent_paper(trained_model, tmp_path):
    from PySide6.QtGui import QImage

    from core.data import images_to_inputs, load_mnist
    from core import looks
    from core.network import NeuralNetwork

    dataset = load_mnist()
    network = NeuralNetwork.load(trained_model[0])
    index = next(i for i in range(100) if looks.read(network, images_to_inputs(dataset.test_images[i : i + 1]))[1][0].argmax() == dataset.test_labels[i])
    ink = np.kron(dataset.test_images[index], np.ones((4, 4), np.uint8))
    argb = np.zeros((112, 112, 4), np.uint8)  # black ink whose opacity is the digit, on transparent paper
    argb[..., 3] = ink
    path = tmp_path / "transparent.png"
    assert QImage(np.ascontiguousarray(argb).data, 112, 112, 448, QImage.Format.Format_ARGB32).save(str(path))
    result = run("predict", path, "--model", trained_model[0])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"digit {dataset.test_labels[index]}"


def _png_header_only(path, width, height):
    """A PNG whose header says width×height (8-bit grayscale) and whose pixels are cut short: enough for a reader's size()."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b""))


def test_predict_says_too_large_with_the_size(trained_model, tmp_path):
    path = tmp_path / "huge.png"
    _png_header_only(path, 40_000, 40_000)
    result = run("predict", path, "--model", trained_model[0])
    assert result.returncode == 1
    assert result.stderr.strip() == f"digitlab: error: {path}: image too large (40000×40000 pixels; at most 100 megapixels)"


@pytest.mark.parametrize("fmt", ["Format_Grayscale16", "Format_RGBA64", "Format_ARGB32", "Format_RGBA64_Premultiplied"])
def test_predict_reads_16_bit_and_alpha_images(trained_model, tmp_path, fmt):
    from PySide6.QtGui import QColor, QImage

    from core.data import images_to_inputs, load_mnist
    from core import looks
    from core.network import NeuralNetwork

    dataset = load_mnist()
    network = NeuralNetwork.load(trained_model[0])
    index = next(i for i in range(100) if looks.read(network, images_to_inputs(dataset.test_images[i : i + 1]))[1][0].argmax() == dataset.test_labels[i])
    ink = np.kron(dataset.test_images[index], np.ones((4, 4), np.uint8))
    image = QImage(112, 112, getattr(QImage.Format, fmt))
    for y in range(112):  # dark ink on white paper; where there is alpha, the paper is also half transparent
        for x in range(112):
            level = 255 - int(ink[y, x])
            image.setPixelColor(x, y, QColor(level, level, level, 255 if ink[y, x] else 128))
    path = tmp_path / f"{fmt}.png"
    assert image.save(str(path))
    from PySide6.QtGui import QImageReader

    assert QImageReader(str(path)).imageFormat() != QImage.Format.Format_Grayscale8  # really 16-bit or with alpha
    result = run("predict", path, "--model", trained_model[0])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"digit {dataset.test_labels[index]}"
