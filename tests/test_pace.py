"""Pace: full speed, samples a second, or one sample at a time. It only throttles: same seed, same weights."""
import queue
import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from core.data import images_to_inputs, labels_to_targets
from core.network import NeuralNetwork
from core.sequential import train_one_at_a_time
from core.training import STEP, Evaluation, Progress, TrainingConfig, TrainingControl, train
from checks import WAIT


def run_in_thread(network, dataset, config, control):
    """Train in a thread; return it and a queue that receives each event as it comes."""
    arrived = queue.Queue()

    def work():
        for event in train(network, dataset, config, control):
            arrived.put(event)
        arrived.put(None)  # the end

    thread = threading.Thread(target=work)
    thread.start()
    return thread, arrived


def next_progress(arrived):
    while not isinstance(event := arrived.get(timeout=60), Progress):
        assert event is not None, "the run ended"
    return event


@pytest.mark.parametrize("batch_size, augment", [(1, False), (1, True), (10, False)])
def test_a_paced_run_learns_the_same_weights_as_full_speed(mnist, batch_size, augment):
    """2 epochs of 300 samples: at 2,000 a second the loop learns a few samples (mid-block at batch 1) at a time."""
    results = []
    for pace in (None, 2000):
        network = NeuralNetwork(seed=4)
        # at full speed a report every hour: only each epoch's end reports, however fast or slow the machine
        config = TrainingConfig(epochs=2, limit=300, batch_size=batch_size, learning_rate=0.1 * batch_size, seed=7, augment=augment,
                                progress_interval=3600 if pace is None else 0.02)
        events = list(train(network, mnist, config, TrainingControl(pace)))
        progress = [event for event in events if isinstance(event, Progress)]
        results.append((network.w_ih.copy(), network.w_ho.copy(), len(progress), progress[-1]))
    (full_ih, full_ho, full_reports, full_last), (paced_ih, paced_ho, paced_reports, paced_last) = results
    assert np.array_equal(full_ih, paced_ih) and np.array_equal(full_ho, paced_ho)
    assert paced_reports > 2 * full_reports  # a report a chunk, each with the sample just learned
    assert full_last.sample_image is None and full_last.sample_outputs is None
    assert paced_last.sample_image.shape == (28, 28) and paced_last.sample_image.dtype == np.uint8
    assert paced_last.sample_outputs.shape == (10,) and 0 <= paced_last.sample_label <= 9


def reference_after(mnist, samples, seed=0, network_seed=1):
    """The weights after the first ``samples`` of the run's first shuffle, learned one at a time."""
    order = np.random.default_rng(seed).permutation(200)[:samples]
    network = NeuralNetwork(seed=network_seed)
    train_one_at_a_time(network.w_ih, network.w_ho, images_to_inputs(mnist.train_images[order]),
                        labels_to_targets(mnist.train_labels[order]), 0.1)
    return network.w_ih, order


def test_one_sample_at_a_time_learns_one_sample_per_step_and_stops_at_once(mnist):
    network = NeuralNetwork(seed=1)
    control = TrainingControl(STEP)
    thread, arrived = run_in_thread(network, mnist, TrainingConfig(epochs=1, limit=200, seed=0), control)
    seen = []
    for _ in range(3):
        control.step()
        progress = next_progress(arrived)
        seen.append(progress)
    assert [p.samples_seen for p in seen] == [1, 2, 3]
    _, order = reference_after(mnist, 3)
    assert [p.sample_label for p in seen] == list(mnist.train_labels[order])
    np.testing.assert_array_equal(seen[-1].sample_image, mnist.train_images[order[2]])
    # the weights shown after three steps are those of exactly three samples learned
    after = [reference_after(mnist, k)[0] for k in (2, 3, 4)]
    assert np.allclose(seen[-1].w_ih, after[1], atol=1e-6)
    assert not np.allclose(seen[-1].w_ih, after[0], atol=1e-6) and not np.allclose(seen[-1].w_ih, after[2], atol=1e-6)
    control.stop()  # no step comes: the run must end without one
    thread.join(timeout=30)
    assert not thread.is_alive()
    rest = []
    while (event := arrived.get_nowait()) is not None:
        rest.append(event)
    assert not any(isinstance(event, (Progress, Evaluation)) for event in rest)
    assert np.allclose(network.w_ih, after[1], atol=1e-6)  # the three samples learned inside the block are kept


def test_a_mini_batch_is_one_step(mnist):
    control = TrainingControl(STEP)
    thread, arrived = run_in_thread(NeuralNetwork(seed=1), mnist, TrainingConfig(epochs=1, limit=200, batch_size=8, seed=0), control)
    control.step()
    assert next_progress(arrived).samples_seen == 8
    control.step()
    assert next_progress(arrived).samples_seen == 16
    control.stop()
    thread.join(timeout=30)
    assert not thread.is_alive()


def test_stop_ends_a_slow_run_and_the_pace_can_change_mid_run(mnist):
    control = TrainingControl(1)  # one sample a second
    thread, arrived = run_in_thread(NeuralNetwork(seed=1), mnist, TrainingConfig(epochs=1, limit=500, seed=0), control)
    first = next_progress(arrived)
    assert first.samples_seen == 1 and first.seconds_left > 400  # at the pace, not at the machine's speed
    control.set_pace(None)  # full speed: the run goes on to its end
    events = []
    while (event := arrived.get(timeout=60)) is not None:
        events.append(event)
    thread.join(timeout=30)
    assert isinstance(events[-1], Evaluation) and events[-1].samples_seen == 500

    control = TrainingControl(1)
    thread, arrived = run_in_thread(NeuralNetwork(seed=1), mnist, TrainingConfig(epochs=1, limit=500, seed=0), control)
    next_progress(arrived)
    control.stop()  # wakes the wait for the next sample
    thread.join(timeout=30)
    assert not thread.is_alive()
    while (event := arrived.get_nowait()) is not None:
        assert not isinstance(event, Evaluation)  # the epoch did not run on


def test_a_bad_pace_is_refused():
    for pace in (0, -5, float("nan"), "fast"):
        with pytest.raises(ValueError):
            TrainingControl(pace)


# -- the window ---------------------------------------------------------------
def start(window, qtbot, epochs=1, learning_rate=0.1, batch=1):
    panel = window.training_panel
    panel.epochs_spin.setValue(epochs)
    panel.learning_rate_spin.setValue(learning_rate)
    panel.batch_spin.setValue(batch)
    panel.start_button.click()
    assert window.session.state == "running"


def stop(window, qtbot):
    window.session.stop()
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)


def choose_pace(window, key):
    combo = window.training_panel.pace_combo
    combo.setCurrentIndex(combo.findData(key))


def test_the_pace_reaches_a_running_session_and_is_remembered(window, qtbot, settings):
    panel = window.training_panel
    assert panel.pace_combo.currentData() == "full" and panel.samples_strip.isVisible() and not panel.sample_view.isVisible()
    start(window, qtbot, epochs=3)
    choose_pace(window, "10")
    assert window.session._control.pace == 10
    assert panel.sample_view.isVisible() and not panel.samples_strip.isVisible()  # in the strip's place
    assert not panel.next_sample_button.isVisible()
    choose_pace(window, "step")
    assert window.session._control.pace == STEP
    assert panel.next_sample_button.isVisible() and panel.next_sample_button.isEnabled()
    stop(window, qtbot)
    assert not panel.next_sample_button.isEnabled()
    panel.save_settings(settings)
    choose_pace(window, "full")
    panel.load_settings(settings)
    assert panel.pace_combo.currentData() == "step" and window.session.pace == STEP


def test_one_sample_at_a_time_in_the_window(window, qtbot):
    panel = window.training_panel
    choose_pace(window, "step")
    start(window, qtbot)
    for seen in (1, 2):
        panel.next_sample_button.click()
        qtbot.waitUntil(lambda: getattr(getattr(window, "_latest_progress", None), "samples_seen", 0) == seen, timeout=WAIT)
    progress = window._latest_progress
    qtbot.waitUntil(lambda: panel.sample_view.label is not None and "progress" not in window._stale, timeout=WAIT)
    view = panel.sample_view
    assert view.label == progress.sample_label and np.array_equal(view.outputs, progress.sample_outputs)
    assert str(view.label) in view.caption.text() and "0.99" in view.caption.text()
    assert "target" in view.toolTip() and "error" in view.toolTip()
    assert window.session.snapshot.w_ih is progress.w_ih  # the mosaic's weights: after the second sample
    assert "One sample at a time" in panel.progress_label.text()
    stop(window, qtbot)
    assert window.session.runs[-1].outcome == "stopped"


def test_divergence_offers_a_smaller_learning_rate(window, qtbot):
    panel = window.training_panel
    panel.choose_preset("tutorial")
    with qtbot.waitSignal(window.session.diverged, timeout=WAIT):
        start(window, qtbot, epochs=1, learning_rate=100)
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    for box in window.findChildren(QMessageBox, "errorDialog"):
        box.close()
    assert panel.learning_rate_spin.value() == 100  # unchanged until the offer is taken
    assert panel.suggested_rate_button.isVisible() and panel.suggested_rate_button.text() == "Use learning rate 10"
    assert panel.progress_bar.value() == 0 and panel.progress_label.text() == ""
    panel.learning_rate_spin.setValue(0.5)  # an edit of the user's own withdraws the offer
    assert not panel.suggested_rate_button.isVisible()
    panel.offer_learning_rate(10)
    panel.suggested_rate_button.click()
    assert panel.learning_rate_spin.value() == 10 and not panel.suggested_rate_button.isVisible()


def test_start_is_the_default_button(window):
    button = window.training_panel.start_button
    assert button.isDefault() and button.font().bold() and "F5" in button.toolTip()


def test_the_window_learns_the_same_weights_slow_or_fast(window, qtbot):
    """A run watched at 100 samples a second, then stepped, then let go at full speed, ends with exactly the
    weights of a full-speed run from the same seed (the pace only throttles)."""
    from test_main_window import click_start

    panel = window.training_panel
    panel.epochs_spin.setValue(1)
    choose_pace(window, "100")
    click_start(window, qtbot)
    qtbot.waitUntil(lambda: bool(window.session.history.samples) and window.session.history.samples[-1] >= 30, timeout=WAIT)
    choose_pace(window, "step")
    seen = window.session.history.samples[-1]
    qtbot.mouseClick(panel.next_sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.history.samples[-1] > seen, timeout=WAIT)
    choose_pace(window, "full")
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    paced = window.session.network.w_ih.copy(), window.session.network.w_ho.copy()

    click_start(window, qtbot, "trainNewButton")  # same seed and settings, full speed from the start
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    assert window.session.network.epochs_trained == 1
    np.testing.assert_array_equal(window.session.network.w_ih, paced[0])
    np.testing.assert_array_equal(window.session.network.w_ho, paced[1])
