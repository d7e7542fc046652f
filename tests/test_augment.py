"""Augmentation: the digits change as handwriting does, the labels and the value range do not."""
import numpy as np
import pytest

from dataclasses import replace

from core.augment import LOOP_WIDTH, AugmentSettings, augment, draw_params, turned_upside_down, with_flags, with_round_loops, with_slashes
from core.data import Dataset
from core.network import NeuralNetwork
from core.preprocess import center_of_mass
from core.training import Evaluation, Progress, TrainingConfig, train

NONE = AugmentSettings(rotation_degrees=0, slant_degrees=0, scale=(1, 1), aspect=(1, 1), shift_pixels=0, thickness=(0, 0), flagged_ones=0, round_sixes=0, slashed_zeros=0)


def ink_width(images):
    """Mean number of ink pixels (≥ 128) per image row that has ink: a stroke-width proxy."""
    ink = images.reshape(len(images), 28, 28) >= 128
    rows = ink.any(axis=2)
    return ink.sum() / rows.sum()


def test_no_change_gives_the_same_images_with_a_saturated_peak(mnist):
    images = mnist.train_images[:50].reshape(50, -1)
    out = augment(images, draw_params(np.random.default_rng(0), 50, NONE))
    assert out.dtype == np.uint8 and out.shape == (50, 784)
    peaks = images.max(axis=1, keepdims=True).astype(np.float32)
    np.testing.assert_array_equal(out, np.rint(images * (255 / peaks)).astype(np.uint8))


def test_a_seed_repeats_exactly_and_another_differs(mnist):
    images = mnist.train_images[:300]
    first = augment(images, draw_params(np.random.default_rng(7), 300))
    again = augment(images, draw_params(np.random.default_rng(7), 300))
    other = augment(images, draw_params(np.random.default_rng(8), 300))
    np.testing.assert_array_equal(first, again)
    assert np.mean(first != other) > 0.05


def test_results_do_not_depend_on_how_the_images_are_cut(mnist):
    images = mnist.train_images[:700]
    params = draw_params(np.random.default_rng(3), 700, AugmentSettings(elastic_pixels=1.5))
    whole = augment(images, params)
    pieces = np.concatenate([augment(images[a:b], params[a:b]) for a, b in ((0, 5), (5, 300), (300, 700))])
    np.testing.assert_array_equal(whole, pieces)


def test_each_digit_still_has_its_ink_near_the_centre_and_a_full_stroke(mnist):
    images = mnist.train_images[:500]
    out = augment(images, draw_params(np.random.default_rng(1), 500, AugmentSettings(elastic_pixels=1.5)))
    assert out.max(axis=1).min() == 255  # the brightest pixel stays saturated, as in MNIST
    ink = (out >= 128).sum(axis=1)
    assert ink.min() >= 0.3 * (images.reshape(500, -1) >= 128).sum(axis=1).min()
    centres = np.array([center_of_mass(image.reshape(28, 28).astype(float)) for image in out])
    assert np.abs(centres - 13.5).max() < 6  # shifted a little, never out of the field


def test_rotation_turns_the_digit():
    bar = np.zeros((1, 28, 28), np.uint8)
    bar[0, 4:24, 13:15] = 255  # an upright stroke
    quarter = AugmentSettings(rotation_degrees=90, slant_degrees=0, scale=(1, 1), aspect=(1, 1), shift_pixels=0, thickness=(0, 0))
    rng = np.random.default_rng(0)
    while True:  # draw until the angle is close to ±90°
        params = draw_params(rng, 1, quarter)
        if abs(params.inverse[0, 0, 0]) < 0.1:
            break
    out = augment(bar, params).reshape(28, 28) >= 128
    rows, cols = np.nonzero(out)
    assert np.ptp(cols) > 15 and np.ptp(rows) < 5  # now lying down


def test_the_inverse_undoes_the_slant_scale_and_aspect():
    """A = shear(slant) · diag(width, height) with no rotation: its inverse, as drawn, maps A back to the identity."""
    settings = AugmentSettings(rotation_degrees=0, slant_degrees=30, scale=(0.7, 1.3), aspect=(0.6, 1.4), shift_pixels=0)
    rng = np.random.default_rng(5)
    inverse = draw_params(rng, 200, settings).inverse.astype(np.float64)  # (200, 2, 2)
    # read the forward map back off the inverse's inverse: an upper-triangular shear times a diagonal
    forward = np.linalg.inv(inverse)
    np.testing.assert_allclose(forward[:, 1, 0], 0, atol=1e-6)
    assert (forward[:, 0, 0] > 0.7 * 0.6 - 1e-6).all() and (forward[:, 1, 1] >= 0.7 - 1e-6).all() and (forward[:, 1, 1] <= 1.3 + 1e-6).all()
    slants = np.degrees(np.arctan(-forward[:, 0, 1] / forward[:, 1, 1]))
    assert np.abs(slants).max() <= 30 + 1e-3 and np.ptp(slants) > 40  # the slants drawn, both ways


@pytest.mark.parametrize("thickness, wider", [((0.9, 0.9), True), ((-0.6, -0.6), False)])
def test_thickness_makes_strokes_thicker_or_thinner(mnist, thickness, wider):
    images = mnist.train_images[:200]
    settings = AugmentSettings(rotation_degrees=0, slant_degrees=0, scale=(1, 1), aspect=(1, 1), shift_pixels=0, thickness=thickness)
    out = augment(images, draw_params(np.random.default_rng(0), 200, settings))
    before, after = ink_width(images), ink_width(out)
    assert (after > 1.15 * before) if wider else (after < 0.9 * before)


def test_bad_settings_are_refused_with_their_value():
    with pytest.raises(ValueError, match="scale"):
        draw_params(np.random.default_rng(0), 3, AugmentSettings(scale=(1.2, 0.8)))
    with pytest.raises(ValueError, match="slant"):
        draw_params(np.random.default_rng(0), 3, AugmentSettings(slant_center=75, slant_degrees=10))
    with pytest.raises(ValueError, match="thickness"):
        TrainingConfig(augment=True, augment_settings=AugmentSettings(thickness=(-2, 0))).validate()
    with pytest.raises(ValueError, match="turned_nines.*1.5"):
        TrainingConfig(augment=True, augment_settings=AugmentSettings(turned_nines=1.5)).validate()
    with pytest.raises(ValueError, match="flagged_ones.*-0.1"):
        TrainingConfig(augment=True, augment_settings=AugmentSettings(flagged_ones=-0.1)).validate()


def test_a_nine_turned_upside_down(mnist):
    nines = mnist.train_images[mnist.train_labels == 9][:5]
    turned = turned_upside_down(nines.reshape(5, -1)).reshape(5, 28, 28)
    np.testing.assert_array_equal(turned, np.rot90(nines, 2, axes=(1, 2)))


def one_epoch_of_chunks(mnist, settings):
    """(shown, as_stored, labels, order): the 3,000 first training images as one augmented epoch shows them, in
    six chunks, and as NONE's warp alone (the peak back to 255) would, in the epoch's order."""
    from core.training import _AugmentedChunks

    flat, labels = mnist.train_images[:3000].reshape(3000, -1), mnist.train_labels[:3000]
    chunks = _AugmentedChunks(flat, labels, settings, seed=1)
    try:
        order = np.random.default_rng(0).permutation(3000)
        chunks.start_epoch(order)
        shown = np.concatenate([chunks.take(start, 500, exactly=True)[0] for start in range(0, 3000, 500)])
    finally:
        chunks.close()
    peaks = flat.max(axis=1, keepdims=True).astype(np.float32)
    return shown, np.rint(flat * (255 / peaks)).astype(np.uint8)[order], labels, order


def test_chunks_come_with_the_tutorials_inputs_of_their_images(mnist):
    """The second thread scales what it augments: inputs = pixels / 255 · 0.99 + 0.01, in the dtype asked for."""
    from core.data import images_to_inputs
    from core.training import _AugmentedChunks

    flat, labels = mnist.train_images[:600].reshape(600, -1), mnist.train_labels[:600]
    for dtype in (np.float32, np.float64):
        chunks = _AugmentedChunks(flat, labels, AugmentSettings(), seed=2, dtype=dtype)
        try:
            chunks.start_epoch(np.random.default_rng(0).permutation(600))
            for start in (0, 250, 500):
                pixels, inputs = chunks.take(start, 250, exactly=True)
                assert inputs.dtype == dtype and inputs.shape == pixels.shape == (min(250, 600 - start), 784)
                np.testing.assert_allclose(inputs, images_to_inputs(pixels.reshape(-1, 28, 28), dtype), rtol=1e-6)
        finally:
            chunks.close()


@pytest.mark.parametrize("chance", [0.0, 0.3, 1.0])
def test_some_sixes_give_their_place_to_turned_nines(mnist, chance):
    """The epoch's places keep their labels; a 6's place shows a 9 turned upside down at the chance set."""
    shown, as_stored, labels, order = one_epoch_of_chunks(mnist, replace(NONE, turned_nines=chance))
    nines = as_stored[labels[order] == 9]
    turned_nines = {turned.tobytes() for turned in turned_upside_down(nines)}
    sixes = labels[order] == 6
    is_turned_nine = np.array([image.tobytes() in turned_nines for image in shown])
    np.testing.assert_array_equal(shown[~is_turned_nine], as_stored[~is_turned_nine])  # every other place: its own image
    assert not is_turned_nine[~sixes].any()
    assert is_turned_nine[sixes].mean() == pytest.approx(chance, abs=0.08)


def stroke_image(top, bottom):
    """A 1 as a straight 3 px wide stroke from (x, y) ``top`` to ``bottom``: uint8 (784,)."""
    ys, xs = np.mgrid[0:28, 0:28]
    (x0, y0), (x1, y1) = top, bottom
    along = np.clip(((xs - x0) * (x1 - x0) + (ys - y0) * (y1 - y0)) / ((x1 - x0) ** 2 + (y1 - y0) ** 2), 0, 1)
    distance = np.hypot(xs - (x0 + along * (x1 - x0)), ys - (y0 + along * (y1 - y0)))
    return np.where(distance <= 1.5, 255, 0).astype(np.uint8).reshape(784)


def test_a_flag_runs_from_a_ones_top_down_to_the_left():
    upright, leaning_right = stroke_image((14, 4), (14, 23)), stroke_image((17, 4), (11, 23))
    flagged = with_flags(np.stack([upright, leaning_right]), np.array([0.4, 0.4]), np.array([40.0, 40.0]))
    for before, after, x_top in zip((upright, leaning_right), flagged, (14, 17)):
        assert after.dtype == np.uint8 and (after >= before).all()  # the 1 itself is untouched
        new_ink = np.argwhere(((after > 128) & (before <= 128)).reshape(28, 28))  # (row, column)
        assert len(new_ink) >= 8
        rows, columns = new_ink.T
        assert columns.min() <= x_top - 5 and columns.max() <= x_top  # to the left of the top ...
        assert rows.min() >= 3 and rows.max() <= 4 + 0.4 * 19 * np.sin(np.radians(40)) + 2  # ... and down from it, as long as asked
    # the flag's end: down and left by 0.4 of the height at 40°
    lowest_left = np.argwhere((flagged[0] > 128).reshape(28, 28) & (upright <= 128).reshape(28, 28))
    assert lowest_left[:, 1].min() == pytest.approx(14 - 0.4 * 19 * np.cos(np.radians(40)), abs=1.5)


def test_a_one_leaning_left_or_nothing_gets_no_flag():
    leaning_left, empty = stroke_image((10, 4), (17, 23)), np.zeros(784, np.uint8)  # a flag would make it a 7
    images = np.stack([leaning_left, empty])
    np.testing.assert_array_equal(with_flags(images, np.array([0.4, 0.4]), np.array([40.0, 40.0])), images)


@pytest.mark.parametrize("chance", [0.0, 0.3, 1.0])
def test_some_ones_get_a_flag(mnist, chance):
    """Only 1s change, by gaining ink (their flag), at the chance set for those that do not lean left."""
    shown, as_stored, labels, order = one_epoch_of_chunks(mnist, replace(NONE, turned_nines=0, flagged_ones=chance))
    changed = (shown != as_stored).any(axis=1)
    ones = labels[order] == 1
    assert not changed[~ones].any()
    assert (shown[changed].astype(int) >= as_stored[changed].astype(int) - 1).all()  # a flag adds ink, takes none
    can_have_a_flag = ones & (with_flags(as_stored, np.full(3000, 0.3), np.full(3000, 40.0)) != as_stored).any(axis=1)
    assert can_have_a_flag.sum() > 0.5 * ones.sum()
    assert changed[can_have_a_flag].mean() == pytest.approx(chance, abs=0.08)


def extent(images, axis):
    """Each image's ink (> 64) extent along rows (axis 1) or columns (axis 2), in pixels: (k,)."""
    ink = (images.reshape(len(images), 28, 28) > 64).any(axis=3 - axis)
    return 28 - ink.argmax(axis=1) - ink[:, ::-1].argmax(axis=1)


def test_a_six_gets_a_bigger_rounder_loop(mnist):
    sixes = mnist.train_images[mnist.train_labels == 6][:40].reshape(40, -1)
    np.testing.assert_array_equal(with_round_loops(sixes, np.ones(40), np.ones(40)), sixes)  # power 1, width 1: as it was
    rounder = with_round_loops(sixes, np.full(40, 0.5), np.full(40, 1.4))
    assert rounder.dtype == np.uint8 and rounder.shape == (40, 784)
    assert np.abs(extent(rounder, 1) - extent(sixes, 1)).max() <= 1  # as tall as before ...
    assert np.median(extent(rounder, 2) / extent(sixes, 2)) == pytest.approx(1.4, abs=0.15)  # ... and 1.4 times as wide
    # the loop takes more of the height: more of the rows cross the ink twice (the loop's two sides)
    assert np.median(loop_rows(rounder) / extent(rounder, 1)) > np.median(loop_rows(sixes) / extent(sixes, 1)) + 0.05


def loop_rows(images):
    """How many rows of each image cross its ink (> 64) at least twice: (k,)."""
    ink = images.reshape(len(images), 28, 28) > 64
    starts = ink & ~np.pad(ink, ((0, 0), (0, 0), (1, 0)))[:, :, :-1]  # where a run of ink begins along a row
    return (starts.sum(axis=2) >= 2).sum(axis=1)


@pytest.mark.parametrize("chance", [0.0, 0.3, 1.0])
def test_some_sixes_get_a_rounder_loop(mnist, chance):
    """Only 6s change (and the turned 9s in their places), at the chance set; every label stays."""
    shown, as_stored, labels, order = one_epoch_of_chunks(mnist, replace(NONE, turned_nines=0, round_sixes=chance))
    changed = (shown != as_stored).any(axis=1)
    sixes = labels[order] == 6
    assert not changed[~sixes].any()
    assert changed[sixes].mean() == pytest.approx(chance, abs=0.08)
    before, after = extent(as_stored[changed], 2), extent(shown[changed], 2)
    if chance:
        assert np.median(after / before) >= LOOP_WIDTH[0]  # rounder: wider


def small_dataset(mnist, n_train=3000, n_test=500):
    return Dataset(mnist.train_images[:n_train], mnist.train_labels[:n_train], mnist.test_images[:n_test], mnist.test_labels[:n_test], mnist.directory)


@pytest.mark.parametrize("batch_size", [1, 16])
def test_augmented_training_keeps_labels_ranges_and_repeats_for_a_seed(mnist, batch_size):
    data = small_dataset(mnist)
    runs = []
    for _ in range(2):
        network = NeuralNetwork(seed=4)
        config = TrainingConfig(epochs=2, batch_size=batch_size, learning_rate=0.1 if batch_size == 1 else 1.0, augment=True, seed=4, progress_interval=0.0)
        events = list(train(network, data, config))
        runs.append((network, events))
    (first, events), (second, _) = runs
    np.testing.assert_array_equal(first.w_ih, second.w_ih)  # chunks are cut by timing; the result is not
    progress = [event for event in events if isinstance(event, Progress)]
    for event in progress:
        assert event.recent_images.shape[1:] == (28, 28)
        assert event.recent_images.min() >= 0 and event.recent_images.max() <= 1
        assert len(event.recent_labels) == len(event.recent_images)
    # what it trains on carries the labels it had: the network learns them (far above chance)
    final = [event for event in events if isinstance(event, Evaluation)][-1]
    assert final.test_accuracy > 0.75


def test_augmented_training_shows_changed_digits(mnist):
    """The strip's digits are augmented: none of them is any of the training images as stored."""
    data = small_dataset(mnist, 2000, 100)
    config = TrainingConfig(epochs=1, batch_size=16, learning_rate=1.0, augment=True, seed=0, progress_interval=0.0)
    shown = [event.recent_images for event in train(NeuralNetwork(seed=0), data, config) if isinstance(event, Progress)]
    originals = data.train_images.reshape(2000, -1).astype(np.float32) / 255
    for images in shown[:3]:
        distances = np.abs(images.reshape(len(images), 1, -1) - originals[None]).max(axis=2)
        assert distances.min() > 0.1
    plain = TrainingConfig(epochs=1, batch_size=16, learning_rate=1.0, augment=False, seed=0, progress_interval=0.0)
    images = next(event.recent_images for event in train(NeuralNetwork(seed=0), data, plain) if isinstance(event, Progress))
    distances = np.abs(images.reshape(len(images), 1, -1) - originals[None]).max(axis=2)
    assert distances.min(axis=1).max() < 0.01  # without augmentation: the stored images themselves


def test_stopping_an_augmented_run_ends_its_helper_thread(mnist):
    import threading

    from core.training import TrainingControl

    control = TrainingControl()
    config = TrainingConfig(epochs=3, batch_size=1, augment=True, progress_interval=0.0)
    for event in train(NeuralNetwork(seed=0), small_dataset(mnist), config, control):
        if isinstance(event, Progress):
            control.stop()
    assert not [thread for thread in threading.enumerate() if thread.name.startswith("augment")]


def test_a_zero_gets_a_slash_through_its_middle(mnist):
    """The slash crosses the zero's middle at the angle asked, a little beyond its ink; the zero itself stays."""
    zeros = mnist.train_images[mnist.train_labels == 0][:20].reshape(20, -1)
    upright = with_slashes(zeros, np.full(20, 90.0), np.full(20, 1.1))
    assert upright.dtype == np.uint8 and (upright.astype(int) >= zeros.astype(int) - 1).all()  # ink added, none taken
    new_ink = (upright > 128) & (zeros <= 128)
    assert new_ink.sum(axis=1).min() >= 3  # through the hole, at least
    for image, before in zip(upright.reshape(20, 28, 28), zeros.reshape(20, 28, 28)):
        rows, columns = np.nonzero((image > 128) & (before <= 128))
        ink_columns = np.nonzero(before > 128)[1]
        middle = (ink_columns.min() + ink_columns.max()) / 2 + 0.5
        assert abs(np.median(columns) - middle) <= 1.5  # upright, through the middle
    diagonal = with_slashes(zeros, np.full(20, 45.0), np.full(20, 1.1))
    rows, columns = np.nonzero(((diagonal > 128) & (zeros <= 128)).reshape(20, 28, 28)[0])
    assert np.corrcoef(rows, columns)[0, 1] < -0.8  # rising to the right: rows fall as columns grow
    empty = np.zeros((1, 784), np.uint8)
    np.testing.assert_array_equal(with_slashes(empty, np.array([60.0]), np.array([1.1])), empty)


@pytest.mark.parametrize("chance", [0.0, 0.3])
def test_some_zeros_get_a_slash(mnist, chance):
    """Only 0s change, by gaining ink, at the chance set."""
    shown, as_stored, labels, order = one_epoch_of_chunks(mnist, replace(NONE, turned_nines=0, slashed_zeros=chance))
    changed = (shown != as_stored).any(axis=1)
    zeros = labels[order] == 0
    assert not changed[~zeros].any()
    assert (shown[changed].astype(int) >= as_stored[changed].astype(int) - 1).all()
    assert changed[zeros].mean() == pytest.approx(chance, abs=0.1)
