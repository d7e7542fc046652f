"""Practice on mistakes (core.practice): from the second epoch, a share of an epoch's places go to the digits
of the same label and source (MNIST's, or people's pen digits) that the network got most wrong in the epoch before."""
from dataclasses import replace

import numpy as np
from PySide6.QtCore import Qt
import pytest

import core.training
from core.data import Dataset
from core.network import NeuralNetwork
from core.practice import Practice
from core.training import TrainingConfig, train
from checks import WAIT

MNIST_LABELS = np.tile(np.arange(10), 10)  # 100 MNIST digits: digit i is label i % 10
PEN_LABELS = np.repeat(np.arange(10), 5)  # 50 pen digits, 5 of each label: pen digit i is label i // 5
COPIES = 4
LABELS = np.concatenate([MNIST_LABELS] + [PEN_LABELS] * COPIES)  # the training set's (300,)
PEN_START = len(MNIST_LABELS)


def a_practice(share: float) -> Practice:
    return Practice(LABELS, PEN_START, len(PEN_LABELS), share=share, seed=0)


def an_order(seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).permutation(len(LABELS))


def test_the_first_epoch_is_the_shuffle_as_it_is():
    order = an_order()
    np.testing.assert_array_equal(a_practice(0.25).start_epoch(order), order)


def test_the_digits_it_got_wrong_come_more_often_and_every_place_keeps_its_label_and_source():
    practice = a_practice(0.5)
    order = practice.start_epoch(an_order(0))
    hard_pen, hard_mnist = PEN_START + 7, 13  # pen digit 7 (a 1, every copy of it) and MNIST digit 13 (a 3)
    digits = practice.digits_of(order)
    losses = np.where((digits == hard_pen) | (digits == hard_mnist), 0.8, 0.001)
    practice.record(order, losses)

    shuffle = an_order(1)
    practised = practice.start_epoch(shuffle)
    np.testing.assert_array_equal(LABELS[practised], LABELS[shuffle])  # same labels …
    np.testing.assert_array_equal(practised >= PEN_START, shuffle >= PEN_START)  # … from the same source
    assert 0.3 < (practised != shuffle).mean() < 0.5  # about half the places drawn again, some land on themselves
    got = practice.digits_of(practised)
    ones_from_pen = (shuffle >= PEN_START) & (LABELS[shuffle] == 1)  # 20 places
    assert (got[ones_from_pen] == hard_pen).sum() >= COPIES + 6  # half drawn again, nearly all to the hard one
    threes_from_mnist = (shuffle < PEN_START) & (LABELS[shuffle] == 3)  # 10 places
    assert (got[threes_from_mnist] == hard_mnist).sum() >= 1 + 3
    assert set(got[~ones_from_pen & ~threes_from_mnist]).isdisjoint({hard_pen, hard_mnist})


def test_pen_copies_count_as_one_digit():
    practice = a_practice(0.25)
    copies_of_3 = PEN_START + 3 + len(PEN_LABELS) * np.arange(COPIES)
    np.testing.assert_array_equal(practice.digits_of(copies_of_3), [PEN_START + 3] * COPIES)
    np.testing.assert_array_equal(practice.digits_of([0, 99]), [0, 99])
    practice.start_epoch(an_order())
    practice.record(copies_of_3, np.array([0.1, 0.2, 0.3, 0.4]))
    practice.start_epoch(an_order(1))
    assert practice.previous_losses[PEN_START + 3] == pytest.approx(0.25)  # the mean over its copies


def test_a_share_of_nothing_changes_nothing_and_a_bad_share_is_refused():
    practice = a_practice(0.0)
    practice.record(practice.start_epoch(an_order(0)), np.ones(len(LABELS)))
    np.testing.assert_array_equal(practice.start_epoch(an_order(1)), an_order(1))
    with pytest.raises(ValueError, match="practice"):
        TrainingConfig(practice=1.5).validate()


def test_training_records_every_copy_and_practises(mnist, monkeypatch):
    """Wired into core.training: the first epoch records each digit's copies; the second epoch trains on a
    reassigned order with the same labels; a seed gives the same weights; practice 0 makes no Practice."""
    made = []

    class Spy(Practice):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.orders = []
            made.append(self)

        def start_epoch(self, order):
            if self.orders:  # the first epoch's record is complete by now
                self.counts_after_first = self._count.copy()
            practised = super().start_epoch(order)
            self.orders.append((order.copy(), practised.copy()))
            return practised

    monkeypatch.setattr(core.training, "Practice", Spy)
    small = Dataset(mnist.train_images[:500], mnist.train_labels[:500], mnist.test_images[:200], mnist.test_labels[:200], mnist.directory)
    config = TrainingConfig(epochs=2, batch_size=16, learning_rate=1.0, pen_digits=2, practice=0.25, snapshot_weights=False,
                            progress_interval=3600)
    networks = []
    for _ in range(2):
        network = NeuralNetwork(seed=0)
        list(train(network, small, config))
        networks.append(network)
    np.testing.assert_array_equal(networks[0].w_ih, networks[1].w_ih)

    practice = made[0]
    assert practice.pen_start == 500 and practice.share == 0.25
    np.testing.assert_array_equal(practice.counts_after_first[:500], 1)  # every MNIST digit once
    np.testing.assert_array_equal(practice.counts_after_first[500:], 2)  # every pen digit, both copies
    (first_order, first_trained), (second_order, second_trained) = practice.orders
    np.testing.assert_array_equal(first_trained, first_order)
    labels = np.concatenate([small.train_labels, np.tile(practice.labels[500:], 2)])
    np.testing.assert_array_equal(labels[second_trained], labels[second_order])
    assert (second_trained != second_order).mean() > 0.1

    off = NeuralNetwork(seed=0)
    list(train(off, small, replace(config, practice=0.0)))
    assert len(made) == 2 and not np.array_equal(off.w_ih, networks[0].w_ih)


def test_the_robust_preset_practises_and_the_run_says_so(window, qtbot):
    """Through the window: Robust's run practises (its config and its row in Runs say so); custom settings do not."""
    panel = window.training_panel
    panel.choose_preset("robust")
    assert window._training_config().practice == 0.75
    panel.epochs_spin.setValue(1)  # custom now: no practice, as no decay
    assert window._training_config().practice == 0.0
    panel.choose_preset("robust")
    window.session.start(replace(window._training_config(), epochs=1, limit=300, pen_digits=0), hidden_nodes=200)
    qtbot.waitUntil(lambda: window.session.state == "idle" and len(window.session.runs) == 1, timeout=WAIT)
    assert window.session.runs[-1].settings["practice"] == 0.75
    assert window.runs_view.table.findItems("practising mistakes 75 %", Qt.MatchFlag.MatchContains)


def test_a_practising_runs_training_curve_says_it_learns_mostly_its_mistakes(window, qtbot, monkeypatch):
    """Practice puts the hard digits in the training curve: its legend says why it runs below the test dots."""
    legend = window.charts.accuracy_widget.getPlotItem().legend
    for augment, expected in ((True, "training on warped digits, mostly its<br>mistakes"), (False, "training, mostly on its mistakes")):
        config = TrainingConfig(epochs=1, batch_size=16, learning_rate=1.0, augment=augment, practice=0.75, progress_interval=0.05)
        monkeypatch.setattr(window, "_training_config", lambda config=config: config)
        with qtbot.waitSignal(window.session.runFinished, timeout=WAIT):
            window.start_training("new")
        assert legend.getLabel(window.charts.train_curve).text.startswith(expected)
