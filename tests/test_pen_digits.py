"""People's pen-written digits (core.pen_digits, issue 24): the bundled file, the split by writer, the
rendering through the pad's own path, and training with them mixed in."""
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from core.data import Dataset
from core.network import NeuralNetwork
from core.pen_digits import (
    PenDigitsError, load_pen_digits, load_rendered, place_on_canvas, render, training_part, writer_split,
)
from core.training import Progress, TrainingConfig, train

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def digits():
    return load_pen_digits()


def test_the_bundled_digits_are_those_its_readme_counts(digits):
    assert len(digits) == 8570 and len(digits.writer_names) == 93 and len(digits.site_names) == 11
    assert np.bincount(digits.labels).tolist() == [908, 936, 890, 891, 876, 823, 825, 782, 815, 824]
    strokes = digits.strokes(0)
    assert 1 <= len(strokes) <= 3 and all(stroke.shape[1] == 2 for stroke in strokes)
    every = np.concatenate(strokes)
    assert every[:, 1].min() == pytest.approx(0, abs=1e-5) and every[:, 1].max() == pytest.approx(1, abs=1e-5)  # height 1


def test_a_bad_file_is_refused_with_its_name(tmp_path, digits):
    with pytest.raises(PenDigitsError, match="missing.npz"):
        load_pen_digits(tmp_path / "missing.npz")
    garbage = tmp_path / "garbage.npz"
    garbage.write_bytes(b"not a zip")
    with pytest.raises(PenDigitsError, match="garbage.npz"):
        load_pen_digits(garbage)
    cut = tmp_path / "cut.npz"
    arrays = dict(np.load(_bundled()))
    arrays["label"] = arrays["label"][:-5]  # labels no longer match the digits
    np.savez(cut, **arrays)
    with pytest.raises(PenDigitsError, match="cut.npz"):
        load_pen_digits(cut)
    wrong = tmp_path / "rendered.npz"
    np.savez(wrong, images=np.zeros((3, 28, 28), np.uint8))
    with pytest.raises(PenDigitsError, match="rendered.npz"):
        load_rendered(digits, wrong)


def _bundled():
    from core.pen_digits import default_path

    return default_path()


def test_the_split_is_by_writer_fixed_and_near_its_shares(digits):
    split = writer_split(digits)
    assert sorted(np.concatenate(list(split.values())).tolist()) == list(range(len(digits)))  # every digit, once
    writers = {name: set(digits.writers[indices].tolist()) for name, indices in split.items()}
    assert not writers["train"] & writers["tune"] and not writers["train"] & writers["test"] and not writers["tune"] & writers["test"]
    shares = {name: len(indices) / len(digits) for name, indices in split.items()}
    assert 0.55 <= shares["train"] <= 0.7 and 0.15 <= shares["tune"] <= 0.25 and 0.15 <= shares["test"] <= 0.25
    assert all(np.array_equal(split[name], writer_split(digits)[name]) for name in split)  # the same every time
    assert len(np.unique(digits.sites[split["test"]])) >= 6  # people from most sites (tablets) in the test part


def draw_on_pad(pad, strokes, brush):
    """Each stroke with real mouse events at its (sub-pixel) canvas points, on a 280×280 pad."""
    pad.brush_width = brush

    def send(kind, point, button, buttons):
        event = QMouseEvent(kind, QPointF(float(point[0]), float(point[1])), pad.mapToGlobal(QPointF(float(point[0]), float(point[1]))),
                            button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(pad, event)

    for stroke in strokes:
        send(QEvent.Type.MouseButtonPress, stroke[0], LEFT, LEFT)
        for point in stroke[1:]:
            send(QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, LEFT)
        send(QEvent.Type.MouseButtonRelease, stroke[-1], LEFT, Qt.MouseButton.NoButton)


def test_a_rendered_digit_is_what_the_pad_shows_the_network(pad, digits):
    """The same strokes drawn on the app's pad with mouse events give the image render() gives."""
    for index in (0, 1234, 5000, 8000):
        pad.clear()
        rng = np.random.default_rng(index)
        strokes, brush = place_on_canvas(digits.strokes(index), np.random.default_rng(index))
        draw_on_pad(pad, strokes, brush)
        seen = np.round(np.clip(pad.seen().image28, 0, 1) * 255)
        rendered = render(digits, np.array([index]), rng)[0].astype(float)
        assert np.abs(seen - rendered).max() <= 1, index


def test_the_bundled_rendering_is_still_what_render_gives(digits):
    """tools/render_pen_digits.py wrote it; a change to core.strokes would make it stale: 200 digits re-rendered."""
    images = load_rendered(digits)
    picked = np.random.default_rng(5).choice(len(digits), 200, replace=False)
    again = render(digits, picked, np.random.default_rng(6))  # other sizes, places and brushes: they wash out
    assert np.abs(images[picked].astype(int) - again.astype(int)).max() <= 1


def test_training_part_holds_the_train_and_tune_writers_never_the_test_ones(digits):
    split, rendered = writer_split(digits), load_rendered(digits)
    for parts in (("train",), ("train", "tune")):
        images, labels = training_part(parts)
        learned = np.sort(np.concatenate([split[part] for part in parts]))
        assert len(images) == len(labels) == len(learned) and images.dtype == np.uint8
        np.testing.assert_array_equal(labels, digits.labels[learned])
        np.testing.assert_array_equal(images, rendered[learned])
    assert len(training_part()[0]) == len(split["train"]) + len(split["tune"])  # what the app learns from
    for parts in (("test",), ("train", "test"), ()):
        with pytest.raises(ValueError, match="train and tune writers only"):
            training_part(parts)
    with pytest.raises(ValueError, match="train and tune writers only"):
        TrainingConfig(pen_digits=2, pen_writers=("test",)).validate()


def test_an_epoch_with_pen_digits_learns_them_too(mnist):
    small = Dataset(mnist.train_images[:1000], mnist.train_labels[:1000], mnist.test_images[:200], mnist.test_labels[:200], mnist.directory)
    pen_images, _ = training_part()
    config = TrainingConfig(epochs=1, batch_size=16, learning_rate=1.0, pen_digits=2, snapshot_weights=False, progress_interval=3600)
    events = list(train(NeuralNetwork(seed=0), small, config))
    progress = [event for event in events if isinstance(event, Progress)]
    assert progress[-1].total_samples == 1000 + 2 * len(pen_images)
    with pytest.raises(ValueError, match="pen digits"):
        list(train(NeuralNetwork(seed=0), small, replace(config, pen_digits=11)))


def test_the_pen_digits_box_sends_them_to_the_run(window):
    """Robust ticks "+ pen digits"; the run's config and its history carry them; unticked, MNIST only."""
    panel = window.training_panel
    panel.choose_preset("robust")
    assert panel.pen_digits_check.isChecked() and window._training_config().pen_digits == 4
    panel.pen_digits_check.setChecked(False)
    assert window._training_config().pen_digits == 0 and panel.preset_combo.currentData() == "custom"
    panel.choose_preset("tutorial")
    assert not panel.pen_digits_check.isChecked()
