"""The personal handwriting set: adding, files (round trip, restart, bad files), accuracy, fine-tuning."""
import zipfile

import numpy as np
import pytest

from core import looks
from core.errors import DataError
from core.network import NeuralNetwork
from core.personal import FineTuneProgress, PersonalSet, fine_tune_steps
from core.preprocess import canvas_to_inputs, uint8_to_unit
from core.training import TrainingConfig, TrainingControl, evaluate, train


def some_digits(n=5, seed=0):
    rng = np.random.default_rng(seed)
    return rng.random((n, 28, 28), dtype=np.float32), rng.integers(0, 10, n).astype(np.uint8)


def personal_set(n=5) -> PersonalSet:
    personal = PersonalSet()
    for image, label in zip(*some_digits(n)):
        personal.add(image, label)
    return personal


def test_add_and_remove():
    images, labels = some_digits(3)
    personal = PersonalSet()
    for image, label in zip(images, labels):
        personal.add(image, int(label))
    assert len(personal) == 3 and personal.images.dtype == np.float32 and personal.labels.dtype == np.uint8
    personal.remove(1)
    np.testing.assert_array_equal(personal.images, images[[0, 2]])
    np.testing.assert_array_equal(personal.labels, labels[[0, 2]])
    with pytest.raises(IndexError):
        personal.remove(5)


@pytest.mark.parametrize("image, label", [(np.zeros((28, 27)), 3), (np.full((28, 28), 1.5), 3), (np.full((28, 28), np.nan), 3), (np.zeros((28, 28)), 10)])
def test_add_refuses_bad_digits(image, label):
    with pytest.raises(ValueError):
        PersonalSet().add(image, label)


def test_inputs_are_scaled_like_the_pad():
    field = canvas_to_inputs(np.pad(np.ones((10, 4)), 20)).image28
    personal = PersonalSet()
    personal.add(field, 1)
    np.testing.assert_allclose(personal.inputs()[0], canvas_to_inputs(np.pad(np.ones((10, 4)), 20)).inputs, rtol=1e-6)


def test_save_load_round_trip_and_restart(tmp_path):
    path = tmp_path / "app-data" / "personal-digits.npz"  # the folder does not exist yet
    personal = personal_set(4)
    personal.save(path)
    loaded = PersonalSet.load(path)
    np.testing.assert_array_equal(loaded.images, personal.images)
    np.testing.assert_array_equal(loaded.labels, personal.labels)
    loaded.remove(0)
    loaded.save(path)  # over the old file: a "restart" sees the change
    assert len(PersonalSet.load(path)) == 3
    assert [p.name for p in path.parent.iterdir()] == ["personal-digits.npz"]  # no temporary files left


def test_missing_file_is_an_empty_set(tmp_path):
    personal = PersonalSet.load(tmp_path / "nothing-here.npz")
    assert len(personal) == 0 and personal.images.shape == (0, 28, 28)
    assert personal.accuracy(NeuralNetwork(seed=0)) is None


def write_npz(path, **arrays):
    with open(path, "wb") as handle:
        np.savez(handle, **arrays)


def bad_files(folder):
    images, labels = some_digits(3)
    yield "text.npz", lambda p: p.write_text("not numbers")
    yield "empty.npz", lambda p: p.write_bytes(b"")
    yield "single.npz", lambda p: np.save(open(p, "wb"), images)
    yield "pickled.npz", lambda p: np.save(open(p, "wb"), np.array([{"a": 1}], dtype=object), allow_pickle=True)
    yield "pickled-member.npz", lambda p: write_npz(p, images=np.array([{"a": 1}], dtype=object), labels=labels)
    yield "no-labels.npz", lambda p: write_npz(p, images=images)
    yield "float64.npz", lambda p: write_npz(p, images=images.astype(np.float64), labels=labels)
    yield "shape.npz", lambda p: write_npz(p, images=images[:, :27], labels=labels)
    yield "int-labels.npz", lambda p: write_npz(p, images=images, labels=labels.astype(np.int64))
    yield "count.npz", lambda p: write_npz(p, images=images, labels=labels[:2])
    yield "range.npz", lambda p: write_npz(p, images=images * 2, labels=labels)
    yield "nan.npz", lambda p: write_npz(p, images=np.full_like(images, np.nan), labels=labels)
    yield "label.npz", lambda p: write_npz(p, images=images, labels=np.array([1, 2, 12], np.uint8))
    yield "truncated.npz", lambda p: (write_npz(p, images=images, labels=labels), p.write_bytes(p.read_bytes()[:300]))

    def not_npy_member(p):
        with zipfile.ZipFile(p, "w") as archive:
            archive.writestr("images", b"raw bytes")
            archive.writestr("labels.npy", b"also not an array")

    yield "members.npz", not_npy_member


@pytest.mark.parametrize("name", [name for name, _ in bad_files(None)])
def test_bad_files_raise_data_error_naming_the_file(tmp_path, name):
    path = tmp_path / name
    dict(bad_files(tmp_path))[name](path)
    with pytest.raises(DataError) as caught:
        PersonalSet.load(path)
    assert str(path) in str(caught.value)


def test_a_folder_raises_data_error(tmp_path):
    with pytest.raises(DataError, match="folder"):
        PersonalSet.load(tmp_path)


def test_accuracy_counts_the_digits_read_right():
    network = NeuralNetwork(seed=0)
    personal = personal_set(6)
    read = looks.read(network, personal.inputs())[1].argmax(axis=1)  # five looks, as the pad reads
    assert personal.accuracy(network) == pytest.approx(np.mean(read == personal.labels))
    np.testing.assert_array_equal(personal.predictions(network), read)


def unlike_mnist(image):
    """Someone's handwriting: MNIST's digit slanted and written with a thicker pen, then put through the pad's preprocessing."""
    canvas = np.zeros((28, 40))
    ink = uint8_to_unit(image)
    for row in range(28):
        shift = int((row - 14) * 0.4) + 6
        canvas[row, shift : shift + 28] = ink[row]
    thick = canvas.copy()
    for dr, dc in ((0, 1), (1, 0), (1, 1)):
        thick[dr:, dc:] = np.maximum(thick[dr:, dc:], canvas[: 28 - dr, : 40 - dc])
    return canvas_to_inputs(thick).image28


@pytest.fixture(scope="module")
def trained(mnist):
    network = NeuralNetwork(seed=0)
    list(train(network, mnist, TrainingConfig(epochs=1, seed=0, limit=20_000, snapshot_weights=False)))
    return network


def test_fine_tuning_learns_my_digits_without_forgetting_mnist(mnist, trained):
    personal = PersonalSet()
    for index in range(50_000, 50_040):
        personal.add(unlike_mnist(mnist.train_images[index]), mnist.train_labels[index])
    network = trained.copy()
    before_personal = personal.accuracy(network)
    before_mnist, _, _ = evaluate(network, mnist.test_images, mnist.test_labels)
    events = list(fine_tune_steps(network, personal, mnist, steps=10, learning_rate=0.05, mix=4, seed=1))
    after_mnist, _, _ = evaluate(network, mnist.test_images, mnist.test_labels)
    assert [e.step for e in events] == list(range(1, 11)) and all(isinstance(e, FineTuneProgress) for e in events)
    assert events[-1].fraction == 1.0 and events[-1].personal_accuracy == personal.accuracy(network)
    assert before_personal < 0.9 and personal.accuracy(network) >= before_personal + 0.1
    assert after_mnist > before_mnist - 0.01  # drops by less than one point
    assert network.learning_rate == trained.learning_rate  # left as it was
    assert not np.array_equal(network.w_ih, trained.w_ih)


def test_fine_tuning_stops_and_refuses_an_empty_set(mnist):
    network = NeuralNetwork(seed=0)
    control = TrainingControl()
    steps = fine_tune_steps(network, personal_set(3), mnist, steps=50, control=control)
    next(steps)
    control.stop()
    assert list(steps) == []
    with pytest.raises(ValueError, match="empty"):
        next(fine_tune_steps(network, PersonalSet(), mnist))


def test_warped_copies_teach_the_style_beyond_the_digits_given(mnist, trained):
    """20 slanted, thick digits: 4 warped copies of each read more *other* digits in that style than
    the same digits repeated 5 times (as many own samples, as much MNIST)."""
    personal = PersonalSet()
    for index in range(50_000, 50_020):
        personal.add(unlike_mnist(mnist.train_images[index]), mnist.train_labels[index])
    repeated = PersonalSet(np.repeat(personal.images, 5, axis=0), np.repeat(personal.labels, 5))
    fresh = PersonalSet()
    for index in range(51_000, 51_300):
        fresh.add(unlike_mnist(mnist.train_images[index]), mnist.train_labels[index])
    readings = {}
    for name, own, copies in (("warped", personal, 4), ("repeated", repeated, 0)):
        network = trained.copy()
        list(fine_tune_steps(network, own, mnist, steps=20, learning_rate=0.05, mix=8, seed=3, warped_copies=copies))
        readings[name] = fresh.accuracy(network)
    assert readings["warped"] > readings["repeated"] + 0.02, readings
    with pytest.raises(ValueError, match="warped copies"):
        next(fine_tune_steps(trained.copy(), personal, mnist, warped_copies=-1))
