"""The "One step, explained" tab: it shows the step network.train takes, on a copy or on the app's network."""
import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QRadioButton, QToolButton

from core.data import images_to_inputs, labels_to_targets
from core.explain import explain_step
from gui.areas.tutorial_math.equation_text import number
from gui.areas.tutorial_math.step_view import StepView
from checks import WAIT

INDEX = 20_000  # a training image the `trained` network has not seen


def _sample(mnist, index):
    return images_to_inputs(mnist.train_images[index : index + 1], np.float64)[0], labels_to_targets(mnist.train_labels[index : index + 1], 10, np.float64)[0]


@pytest.fixture
def view(qtbot, mnist, trained):
    """The tab on its own with a copy of the trained network (the fixture's is read-only) and MNIST, at image INDEX."""
    view = StepView()
    qtbot.addWidget(view)
    view.set_network(trained.copy())
    view.set_dataset(mnist)
    view.index_spin.setValue(INDEX)
    view.resize(500, 560)
    view.show()
    return view


def test_step_shows_the_losses_before_and_after_of_the_explanation(view, qtbot, mnist, trained):
    expected = explain_step(trained, *_sample(mnist, INDEX))
    qtbot.mouseClick(view.findChild(QPushButton, "stepButton"), Qt.MouseButton.LeftButton)
    explanation = view.explanation
    assert explanation.loss_before == expected.loss_before and explanation.loss_after == expected.loss_after
    np.testing.assert_array_equal(explanation.inputs, expected.inputs)
    before = view.findChild(QLabel, "stepValue_loss_before").text()
    after = view.findChild(QLabel, "stepValue_loss_after").text()
    assert number(expected.loss_before, digits=4) in before and number(expected.loss_after, digits=4) in after
    assert expected.loss_went_down
    assert "lowered this sample's error" in view.findChild(QLabel, "stepVerdict").text()
    # the ΔW_ih images of the most-changed hidden nodes are shown
    assert sum(not label.pixmap().isNull() for label in view.findChildren(QLabel, "stepNodeImage")) == 6


def test_step_again_takes_the_next_sample_on_the_copy_which_moves_by_exactly_delta_w(view, qtbot, mnist):
    app_network = view.network
    app_w_ih = app_network.w_ih.copy()
    view.step()
    copy = view.private
    assert copy is not app_network and copy.w_ih.dtype == np.float64
    assert "1 step so far" in view.findChild(QLabel, "stepCopyStatus").text()  # not "1 steps"
    w_ih, w_ho = copy.w_ih.copy(), copy.w_ho.copy()
    view.step()
    explanation = view.explanation
    assert view.index_spin.value() == INDEX + 1 and view.steps_on_copy == 2
    np.testing.assert_array_equal(explanation.inputs, _sample(mnist, INDEX + 1)[0])
    assert explanation.targets.argmax() == mnist.train_labels[INDEX + 1]
    np.testing.assert_allclose(copy.w_ho - w_ho, explanation.delta_w_ho, rtol=0, atol=1e-12)
    np.testing.assert_allclose(copy.w_ih - w_ih, explanation.delta_w_ih, rtol=0, atol=1e-12)
    assert np.abs(explanation.delta_w_ih).max() > 1e-6
    assert np.array_equal(app_network.w_ih, app_w_ih)  # the app's network is as it was
    assert "2 steps so far" in view.findChild(QLabel, "stepCopyStatus").text()
    view.findChild(QPushButton, "restartCopyButton").click()
    assert view.private is None and view.steps_on_copy == 0


def test_stepping_one_drawing_again_and_again_lowers_its_loss_each_time(view, mnist):
    view.set_pad_inputs(_sample(mnist, INDEX + 5)[0].astype(np.float32))
    view.findChild(QRadioButton, "stepSourcePad").setChecked(True)
    losses = []
    for _ in range(4):
        view.step()
        losses.append(view.explanation.loss_before)
    assert losses == sorted(losses, reverse=True) and losses[-1] < losses[0]


def test_apply_emits_the_network_that_network_train_gives(view, qtbot, mnist):
    app_network = view.network
    inputs, targets = _sample(mnist, INDEX)
    expected = app_network.copy()
    expected.train(inputs, targets)
    view.findChild(QCheckBox, "applyStepCheck").setChecked(True)
    with qtbot.waitSignal(view.applyRequested, timeout=WAIT) as signal:
        qtbot.mouseClick(view.findChild(QPushButton, "stepButton"), Qt.MouseButton.LeftButton)
    stepped = signal.args[0]
    assert stepped is not app_network and stepped.dtype == app_network.dtype
    assert np.array_equal(stepped.w_ih, expected.w_ih) and np.array_equal(stepped.w_ho, expected.w_ho)
    assert stepped.samples_trained == app_network.samples_trained + 1
    assert view.private is None  # nothing went to a copy


def test_while_a_run_goes_on_apply_is_disabled_and_steps_go_to_the_copy(view, qtbot):
    check = view.findChild(QCheckBox, "applyStepCheck")
    check.setChecked(True)
    view.set_busy(True)
    assert not check.isEnabled() and "run" in check.toolTip()
    with qtbot.assertNotEmitted(view.applyRequested):
        view.step()
    assert view.steps_on_copy == 1
    view.set_busy(False)
    assert check.isEnabled() and view.applies_to_app()


def test_an_empty_pad_disables_step_with_a_hint_and_a_given_label_is_the_target(view, qtbot, mnist):
    button, hint = view.findChild(QPushButton, "stepButton"), view.findChild(QLabel, "stepHint")
    view.findChild(QRadioButton, "stepSourcePad").setChecked(True)
    assert not button.isEnabled() and hint.isVisible() and "Draw a digit" in hint.text()
    inputs = _sample(mnist, INDEX)[0].astype(np.float32)
    view.set_pad_inputs(inputs)
    assert button.isEnabled() and not hint.isVisible()
    reading = view.network_reading()
    assert view.label_row.suggested == reading  # prefilled with the network's reading
    other = (reading + 3) % 10
    qtbot.mouseClick(view.findChild(QToolButton, f"stepLabel{other}"), Qt.MouseButton.LeftButton)
    view.step()
    assert view.explanation.targets.argmax() == other and view.label_row.suggested == other
    assert str(other) in view.findChild(QLabel, "stepSampleCaption").text()
    view.set_pad_inputs(None)  # cleared: the label is forgotten, Step waits for a drawing
    assert view.pad_label is None and not button.isEnabled()


def test_a_step_that_does_not_lower_the_loss_says_so(qtbot, mnist, trained):
    network = trained.copy()
    network.learning_rate = 100.0
    went_up = next(i for i in range(20) if not explain_step(network, *_sample(mnist, i)).loss_went_down)
    view = StepView()
    qtbot.addWidget(view)
    view.set_network(network)
    view.set_dataset(mnist)
    view.index_spin.setValue(went_up)
    view.step()
    assert view.explanation.loss_after > view.explanation.loss_before
    verdict = view.findChild(QLabel, "stepVerdict").text()
    assert "did not lower" in verdict and "100" in verdict


def test_the_equations_carry_the_networks_sizes(qtbot, mnist):
    from core.network import NeuralNetwork

    view = StepView()
    qtbot.addWidget(view)
    view.set_network(NeuralNetwork(hidden_nodes=30, seed=0))
    view.set_dataset(mnist)
    view.step()
    assert "(30 × 784)" in view.findChild(QLabel, "stepEquation_hidden_inputs").text()
    assert "(10 × 30)" in view.findChild(QLabel, "stepEquation_final_inputs").text()
    assert view.explanation.delta_w_ih.shape == (30, 784)


def test_the_window_feeds_the_tab_and_adopts_an_applied_step(window, qtbot):
    view = window.findChild(StepView, "stepTab")
    window.tabs.show_view(view)
    assert view.network is window.session.predictor() and view.dataset is window.session.dataset
    before = window.session.network
    view.findChild(QCheckBox, "applyStepCheck").setChecked(True)
    with qtbot.waitSignal(window.session.networkChanged, timeout=WAIT):
        view.findChild(QPushButton, "stepButton").click()
    assert window.session.network is not before and window.session.network.samples_trained == before.samples_trained + 1
    assert view.network is window.session.network  # the tab follows: its next step starts there
    window.random_button.click()  # a digit on the pad reaches the tab
    assert view.pad_inputs is not None


def test_a_language_switch_keeps_the_tab_working(qtbot, settings, small_mnist):
    from gui.window.languages import install_translator
    from gui.window.main_window import MainWindow

    window = MainWindow(settings=settings, data_dir=small_mnist)
    window._confirm_close = False
    MainWindow.open_windows.append(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
        successor = window.switch_language("zh_CN")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        view = successor.findChild(StepView, "stepTab")
        assert view.network is successor.session.predictor() and view.dataset is successor.session.dataset
        successor.tabs.show_view(view)
        view.findChild(QPushButton, "stepButton").click()
        assert view.explanation is not None and view.findChild(QLabel, "stepVerdict").text()
        view.changeEvent(QEvent(QEvent.Type.LanguageChange))  # retranslating keeps the explanation shown
        assert view.findChild(QLabel, "stepValue_loss_before").isVisibleTo(view)
    finally:
        for survivor in list(MainWindow.open_windows):
            survivor.close()
        MainWindow.open_windows.clear()
        install_translator(QApplication.instance(), "en")


# -- the derivation, live: one weight's ∂E/∂w under the step ------------------------------------------

def click_at(label, x, y):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    QTest.mouseClick(label, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))


def test_after_a_step_the_derivation_shows_the_step_train_applied(view, qtbot):
    derivation = view.derivation
    assert not derivation.chain_label.isVisible() and derivation.hint.isVisible()  # nothing to derive before a step
    before_w_ho = view.network.w_ho.astype(np.float64)
    view.step()
    chain = derivation.chain
    assert chain is not None and derivation.chain_label.isVisible()
    # by default the weight of W_ho that changed most; its step is the one train applied, to float precision
    applied = view.private.w_ho - before_w_ho
    assert (chain.layer, chain.to_node, chain.from_node) == ("ho", *np.unravel_index(np.abs(applied).argmax(), applied.shape))
    assert chain.delta_w == pytest.approx(applied[chain.to_node, chain.from_node], rel=1e-12)
    assert derivation.applied_delta() == pytest.approx(chain.delta_w, rel=1e-12)
    text = derivation.chain_label.text()
    assert "−2(t<sub>" in text and "÷ 2" in text and "train</code> changed this weight" in text
    assert "Relative difference" in derivation.nudge_label.text()
    assert float(np.abs(chain.gradient - derivation.nudged) / abs(chain.gradient)) <= 1e-6


def test_a_click_on_the_maps_picks_that_weight(view, qtbot):
    view.step()
    QApplication.processEvents()  # the new pictures laid out, as a user sees them
    heat_map = view.findChild(QLabel, "stepValue_delta_w_ho")
    pixmap = heat_map.pixmap()
    hidden = view.network.hidden_nodes
    k, j = 7, 150
    x = int((j + 0.5) * pixmap.width() / hidden)
    y = int((k + 0.5) * pixmap.height() / 10)
    click_at(heat_map, x, y)
    chain = view.derivation.chain
    assert (chain.layer, chain.to_node, chain.from_node) == ("ho", k, j)
    assert view.derivation.to_spin.value() == k and view.derivation.from_spin.value() == j
    images = view.findChildren(QLabel, "stepNodeImage")
    click_at(images[2], 2 * 14 + 1, 2 * 9 + 1)  # pixel (row 9, column 14) of the third node shown
    chain = view.derivation.chain
    assert (chain.layer, chain.to_node, chain.from_node) == ("ih", int(view.shown_nodes[2]), 9 * 28 + 14)
    assert view.derivation.layer_ih.isChecked()
    # its step is the one train applied to w_ih, too
    assert view.derivation.applied_delta() == pytest.approx(chain.delta_w, rel=1e-9, abs=1e-15)


def test_checking_a_thousand_weights_reports_the_largest_difference(view, qtbot):
    view.step()
    qtbot.mouseClick(view.derivation.check_button, Qt.MouseButton.LeftButton)
    check = view.derivation.check
    assert len(check.derived) == 1000 and check.max_relative_error <= 1e-6
    assert f"{check.max_relative_error:.1e}" in view.derivation.check_label.text()


def test_dragging_alpha_moves_where_the_step_lands_and_shows_an_overshoot(view, qtbot):
    view.step()
    derivation = view.derivation
    derivation.pick("ho", int(view.explained_label), 0)
    xs, ys = derivation.landing.getData()
    assert xs[1] - xs[0] == pytest.approx(derivation.chain.delta_w)  # α as the network's: the step train took
    assert "E falls" in derivation.landing_label.text()
    derivation.alpha_slider.setValue(derivation.alpha_slider.maximum())  # α = 1,000
    xs_big, ys_big = derivation.landing.getData()
    assert xs_big[1] - xs_big[0] == pytest.approx(derivation.chain.delta_w * 1000 / derivation.chain.learning_rate)
    curve_x, curve_y = derivation.curve.getData()
    assert curve_x.min() <= xs_big[1] <= curve_x.max()  # the plot widens to show where it lands
    assert "α = 1e+03" in derivation.alpha_caption.text()


def test_the_derivation_speaks_chinese(view, qtbot):
    from gui.window.languages import install_translator

    view.step()
    app = QApplication.instance()
    install_translator(app, "zh_CN")
    try:
        qtbot.waitUntil(lambda: "链式法则" in view.derivation.title.text(), timeout=WAIT)  # LanguageChange is posted
        assert "教程" in view.derivation.chain_label.text()
    finally:
        install_translator(app, "en")
        QApplication.processEvents()
