"""IDX reading and writing, the bundled MNIST, and the tutorial's scaling."""
import gzip

import numpy as np
import pytest

from core import data
from core.data import DataError, images_to_inputs, labels_to_targets, load_mnist, read_idx, write_idx


def make_dataset_folder(folder, n_train=50, n_test=20, seed=0):
    rng = np.random.default_rng(seed)
    write_idx(folder / data.TRAIN_IMAGES, rng.integers(0, 256, (n_train, 28, 28), dtype=np.uint8))
    write_idx(folder / data.TRAIN_LABELS, rng.integers(0, 10, n_train, dtype=np.uint8))
    write_idx(folder / data.TEST_IMAGES, rng.integers(0, 256, (n_test, 28, 28), dtype=np.uint8))
    write_idx(folder / data.TEST_LABELS, rng.integers(0, 10, n_test, dtype=np.uint8))
    return folder


def test_bundled_mnist_has_the_published_counts(mnist):
    assert mnist.train_images.shape == (60000, 28, 28) and mnist.train_images.dtype == np.uint8
    assert mnist.test_images.shape == (10000, 28, 28)
    assert np.bincount(mnist.train_labels).tolist() == [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
    assert np.bincount(mnist.test_labels).tolist() == [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]


@pytest.mark.parametrize("dtype", [np.uint8, np.int8, np.int16, np.int32, np.float32, np.float64])
@pytest.mark.parametrize("name", ["a.idx", "a.idx.gz"])
def test_idx_round_trip(tmp_path, dtype, name):
    array = (np.arange(2 * 3 * 5) % 100).astype(dtype).reshape(2, 3, 5)
    write_idx(tmp_path / name, array)
    back = read_idx(tmp_path / name)
    assert back.dtype == np.dtype(dtype) and back.shape == (2, 3, 5)
    np.testing.assert_array_equal(back, array)


def test_any_folder_with_the_four_files_loads(tmp_path):
    dataset = load_mnist(make_dataset_folder(tmp_path))
    assert dataset.train_images.shape == (50, 28, 28) and dataset.test_labels.shape == (20,)


def idx_bytes(array):
    path_array = np.asarray(array)
    header = bytes([0, 0, 0x08, path_array.ndim]) + np.asarray(path_array.shape, ">u4").tobytes()
    return header + path_array.astype(np.uint8).tobytes()


CORRUPTIONS = {
    "empty file": (b"", "too short"),
    "bad magic": (b"\x01\x02\x08\x01" + b"\x00" * 8, "magic"),
    "unknown type": (b"\x00\x00\x07\x01\x00\x00\x00\x01\x00", "element type"),
    "zero dimensions": (b"\x00\x00\x08\x00", "zero dimensions"),
    "truncated header": (b"\x00\x00\x08\x03\x00\x00", "truncated header"),
    "truncated data": (idx_bytes(np.zeros((3, 28, 28)))[:-100], "truncated"),
    "trailing bytes": (idx_bytes(np.zeros((3, 28, 28))) + b"xx", "unexpected bytes"),
    "absurd header": (b"\x00\x00\x08\x03" + np.array([2**31, 2**31, 2**31], ">u4").tobytes(), "absurd"),
}


@pytest.mark.parametrize("case", sorted(CORRUPTIONS))
def test_corrupt_idx_raises_data_error_naming_the_file(tmp_path, case):
    raw, words = CORRUPTIONS[case]
    path = tmp_path / "broken.idx"
    path.write_bytes(raw)
    with pytest.raises(DataError, match=words) as error:
        read_idx(path)
    assert str(path) in str(error.value)


def test_corrupt_gzip_raises_data_error(tmp_path):
    path = tmp_path / "broken.idx.gz"
    path.write_bytes(gzip.compress(idx_bytes(np.zeros((2, 28, 28))))[:-20])
    with pytest.raises(DataError, match="broken.idx.gz"):
        read_idx(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(DataError, match="not found"):
        read_idx(tmp_path / "nope.idx")
    with pytest.raises(DataError, match="folder not found"):
        load_mnist(tmp_path / "nowhere")
    folder = make_dataset_folder(tmp_path)
    (folder / data.TEST_LABELS).unlink()
    with pytest.raises(DataError, match=data.TEST_LABELS):
        load_mnist(folder)


def test_folder_of_wrong_files(tmp_path):
    folder = make_dataset_folder(tmp_path)
    write_idx(folder / data.TRAIN_IMAGES, np.zeros((50, 32, 32), np.uint8))  # not 28×28
    with pytest.raises(DataError, match="28×28"):
        load_mnist(folder)
    folder = make_dataset_folder(tmp_path)
    write_idx(folder / data.TRAIN_LABELS, np.zeros(49, np.uint8))  # count mismatch
    with pytest.raises(DataError, match="49 labels for 50 images"):
        load_mnist(folder)
    folder = make_dataset_folder(tmp_path)
    write_idx(folder / data.TEST_LABELS, np.full(20, 12, np.uint8))
    with pytest.raises(DataError, match="outside 0–9"):
        load_mnist(folder)


def test_bundled_checksum_is_verified(tmp_path, monkeypatch):
    folder = make_dataset_folder(tmp_path)
    monkeypatch.setattr(data, "BUNDLED_DIR", folder.resolve())
    with pytest.raises(DataError, match="checksum mismatch"):
        load_mnist()


def test_tutorial_scaling(mnist):
    inputs = images_to_inputs(mnist.test_images[:100])
    assert inputs.shape == (100, 784) and inputs.dtype == np.float32
    expected = mnist.test_images[:100].reshape(100, 784) / 255.0 * 0.99 + 0.01
    np.testing.assert_allclose(inputs, expected, atol=1e-6)
    assert inputs.min() >= 0.01 - 1e-7 and inputs.max() <= 1.0 + 1e-6
    targets = labels_to_targets(np.array([3, 0, 9]))
    assert targets.shape == (3, 10)
    assert targets[0, 3] == pytest.approx(0.99) and targets[0].sum() == pytest.approx(0.99 + 9 * 0.01)
    assert targets[2, 9] == pytest.approx(0.99) and targets[1, 0] == pytest.approx(0.99)


def test_a_dataset_without_images_is_refused(tmp_path):
    folder = make_dataset_folder(tmp_path)
    write_idx(folder / data.TRAIN_IMAGES, np.zeros((0, 28, 28), np.uint8))
    write_idx(folder / data.TRAIN_LABELS, np.zeros(0, np.uint8))
    with pytest.raises(DataError, match="holds no images"):
        load_mnist(folder)
