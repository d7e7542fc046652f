"""MNIST-style datasets in the IDX format, and the tutorial's scaling.

IDX layout (big-endian): magic = 0x00 0x00 <type code> <ndim>, then ndim
uint32 sizes, then the elements. MNIST's images are uint8 (n, 28, 28) and its
labels uint8 (n,). Files may be gzip-compressed (``.gz``).

Any folder holding the four files under MNIST's names (Fashion-MNIST, say)
loads the same way; the bundled copy in ``resources/mnist`` (package data, found through the ``resources`` package) is also checked
against its SHA-256 sums.
"""
from __future__ import annotations

import gzip
import hashlib
import math
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import resources
from core.errors import DataError

BUNDLED_DIR = resources.path("mnist")

TRAIN_IMAGES = "train-images-idx3-ubyte.gz"
TRAIN_LABELS = "train-labels-idx1-ubyte.gz"
TEST_IMAGES = "t10k-images-idx3-ubyte.gz"
TEST_LABELS = "t10k-labels-idx1-ubyte.gz"

BUNDLED_SHA256 = {
    TRAIN_IMAGES: "0b367032e93c5d0cea0925647cfdb18614af8ee15f83e6f2fc2ad904a6835971",
    TRAIN_LABELS: "1787548bbe0bff1ec2ecdc0ef292b02df999e2d1a6002d27500982c652b17203",
    TEST_IMAGES: "1a1a05eab793c14bb050b398624a11b0ffd1a2953baed553b1b9bd079e2a20be",
    TEST_LABELS: "b91679a0acfe4ba0e50a2437a903084cba1f5f92592b016a25a7dfd00455798b",
}

# IDX type code -> big-endian numpy dtype
IDX_TYPES = {
    0x08: np.dtype(">u1"),
    0x09: np.dtype(">i1"),
    0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"),
    0x0D: np.dtype(">f4"),
    0x0E: np.dtype(">f8"),
}

MAX_ELEMENTS = 1 << 31  # refuse absurd headers before allocating


@dataclass(frozen=True)
class Dataset:
    """Images uint8 (n, 28, 28) and labels uint8 (n,) for training and testing."""

    train_images: np.ndarray
    train_labels: np.ndarray
    test_images: np.ndarray
    test_labels: np.ndarray
    directory: Path


def read_idx_bytes(raw: bytes, name: str = "<bytes>") -> np.ndarray:
    """Parse an uncompressed IDX file's bytes; raise DataError naming ``name``."""
    if len(raw) < 4:
        raise DataError(f"{name}: too short to be an IDX file ({len(raw)} bytes)")
    if raw[0] != 0 or raw[1] != 0:
        raise DataError(f"{name}: not an IDX file (bad magic number {raw[:4].hex()})")
    type_code, ndim = raw[2], raw[3]
    if type_code not in IDX_TYPES:
        raise DataError(f"{name}: unknown IDX element type 0x{type_code:02x}")
    if ndim == 0:
        raise DataError(f"{name}: IDX header declares zero dimensions")
    header_size = 4 + 4 * ndim
    if len(raw) < header_size:
        raise DataError(f"{name}: truncated header")
    shape = tuple(int(d) for d in np.frombuffer(raw, dtype=">u4", count=ndim, offset=4))
    count = math.prod(shape)
    dtype = IDX_TYPES[type_code]
    if math.prod(max(size, 1) for size in shape) > MAX_ELEMENTS:  # also when a zero hides huge sizes
        raise DataError(f"{name}: header declares an absurd size {shape}")
    expected = header_size + count * dtype.itemsize
    if len(raw) < expected:
        raise DataError(
            f"{name}: truncated: header declares {shape} ({expected} bytes) but the file has {len(raw)}"
        )
    if len(raw) > expected:
        raise DataError(f"{name}: {len(raw) - expected} unexpected bytes after the data declared by the header {shape}")
    data = np.frombuffer(raw, dtype=dtype, count=count, offset=header_size)
    return data.astype(dtype.newbyteorder("="), copy=True).reshape(shape)


def read_idx(path: str | Path) -> np.ndarray:
    """Read an IDX file (gzip-compressed if its name ends in .gz)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise DataError(f"{path}: is a folder, not an IDX file") from None
    except OSError as error:
        raise DataError(f"{path}: cannot be read ({error.strerror or error})") from None
    if path.suffix == ".gz" or raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError, zlib.error) as error:
            raise DataError(f"{path}: corrupt gzip data ({error})") from None
    return read_idx_bytes(raw, str(path))


def write_idx(path: str | Path, array: np.ndarray) -> None:
    """Write ``array`` as an IDX file (gzip-compressed if the name ends in .gz)."""
    array = np.asarray(array)
    codes = {dtype.newbyteorder("="): code for code, dtype in IDX_TYPES.items()}
    code = codes.get(array.dtype.newbyteorder("="))
    if code is None:
        raise ValueError(f"dtype {array.dtype} has no IDX type code")
    header = bytes([0, 0, code, array.ndim]) + np.asarray(array.shape, dtype=">u4").tobytes()
    raw = header + array.astype(IDX_TYPES[code], copy=False).tobytes()
    path = Path(path)
    path.write_bytes(gzip.compress(raw, mtime=0) if path.suffix == ".gz" else raw)


def verify_checksum(path: Path, expected_sha256: str) -> None:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != expected_sha256:
        raise DataError(f"{path}: checksum mismatch (SHA-256 {digest[:12]}…, expected {expected_sha256[:12]}…): the file is corrupt")


def _images_and_labels(directory: Path, images_name: str, labels_name: str) -> tuple[np.ndarray, np.ndarray]:
    images = read_idx(directory / images_name)
    labels = read_idx(directory / labels_name)
    if images.ndim != 3 or images.shape[1:] != (28, 28) or images.dtype != np.uint8:
        raise DataError(f"{directory / images_name}: expected uint8 images n×28×28, found {images.dtype} {images.shape}")
    if labels.ndim != 1 or labels.dtype != np.uint8:
        raise DataError(f"{directory / labels_name}: expected uint8 labels (n,), found {labels.dtype} {labels.shape}")
    if len(images) == 0:
        raise DataError(f"{directory / images_name}: holds no images")
    if len(images) != len(labels):
        raise DataError(f"{directory / labels_name}: {len(labels)} labels for {len(images)} images in {images_name}")
    if len(labels) and labels.max() > 9:
        raise DataError(f"{directory / labels_name}: label {int(labels.max())} is outside 0–9")
    return images, labels


def load_mnist(directory: str | Path | None = None) -> Dataset:
    """Load the four IDX files from ``directory`` (default: the bundled MNIST).

    The bundled files are also checked against their SHA-256 sums.
    Raises DataError naming the file and the problem.
    """
    directory = Path(directory) if directory is not None else BUNDLED_DIR
    if not directory.is_dir():
        raise DataError(f"{directory}: dataset folder not found")
    names = (TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS)
    for name in names:
        if not (directory / name).is_file():
            raise DataError(f"{directory / name}: file not found (a dataset folder holds {', '.join(names)})")
    if directory.resolve() == BUNDLED_DIR:
        for name in names:
            verify_checksum(directory / name, BUNDLED_SHA256[name])
    train_images, train_labels = _images_and_labels(directory, TRAIN_IMAGES, TRAIN_LABELS)
    test_images, test_labels = _images_and_labels(directory, TEST_IMAGES, TEST_LABELS)
    return Dataset(train_images, train_labels, test_images, test_labels, directory)


def images_to_inputs(images: np.ndarray, dtype=np.float32) -> np.ndarray:
    """The tutorial's scaling: uint8 images (n, 28, 28) -> inputs (n, 784) in 0.01–1.0."""
    images = np.asarray(images)
    scalar = np.dtype(dtype).type
    inputs = images.reshape(len(images), -1).astype(dtype)
    inputs *= scalar(0.99 / 255.0)
    inputs += scalar(0.01)
    return inputs


def labels_to_targets(labels: np.ndarray, output_nodes: int = 10, dtype=np.float32) -> np.ndarray:
    """The tutorial's targets: labels (n,) -> (n, 10) with 0.99 for the label and 0.01 elsewhere."""
    labels = np.asarray(labels)
    targets = np.full((len(labels), output_nodes), 0.01, dtype=dtype)
    targets[np.arange(len(labels)), labels] = 0.99
    return targets
