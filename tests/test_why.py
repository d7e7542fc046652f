"""Why this answer? The votes of the hidden nodes (core.insight.answer_contributions), the Why view,
and stepping through the nodes in the Hidden node tab."""
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from core import insight, looks
from core.activation import sigmoid
from core.data import images_to_inputs
from core.network import NeuralNetwork
from gui.areas.inside_the_network.neuron_inspector import NeuronInspector
from gui.areas.inside_the_network.why_view import AGAINST_COUNT, FOR_COUNT, WhyView

LEFT = Qt.MouseButton.LeftButton


def shown(qtbot, widget, size):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# -- the votes --------------------------------------------------------------------------------

@pytest.mark.parametrize("index", [0, 4, 11])
def test_the_votes_add_up_to_the_answers_output(trained, mnist, index):
    inputs = images_to_inputs(mnist.test_images[index : index + 1])[0]
    order, contributions = insight.answer_contributions(trained, inputs)
    hidden, outputs = looks.read(trained, inputs)  # the pad's five looks
    hidden, outputs = hidden[0].astype(np.float64), outputs[0]
    answer = int(outputs.argmax())
    assert contributions.shape == order.shape == (trained.hidden_nodes,)
    np.testing.assert_allclose(contributions, hidden * trained.w_ho[answer], rtol=1e-6)
    # the sum of the votes is the output node's input, nothing else; its sigmoid is the output shown
    assert contributions.sum() == pytest.approx(float(trained.w_ho[answer].astype(np.float64) @ hidden), rel=1e-9)
    assert float(sigmoid(np.array([contributions.sum()]))[0]) == pytest.approx(float(outputs[answer]), abs=1e-5)
    # the order runs from the strongest vote for to the strongest against, each node once
    assert sorted(order) == list(range(trained.hidden_nodes))
    assert (np.diff(contributions[order]) <= 0).all()


def test_votes_for_another_output(trained, mnist):
    inputs = images_to_inputs(mnist.test_images[:1])[0]
    _, contributions = insight.answer_contributions(trained, inputs, answer=3)
    assert float(sigmoid(np.array([contributions.sum()]))[0]) == pytest.approx(float(looks.read(trained, inputs)[1][0, 3]), abs=1e-5)


# -- the Why view -----------------------------------------------------------------------------

@pytest.fixture
def why(qtbot, trained, mnist):
    view = shown(qtbot, WhyView(), (480, 470))
    view.explain(trained, images_to_inputs(mnist.test_images[4:5])[0])  # a 4
    return view


def visible_buttons(buttons):
    return [button for button in buttons if button.isVisible()]


def test_the_view_lists_the_strongest_votes_in_order(why, trained, mnist):
    inputs = images_to_inputs(mnist.test_images[4:5])[0]
    order, contributions = insight.answer_contributions(trained, inputs)
    assert why.objectName() == "whyView"
    hidden, outputs = looks.read(trained, inputs)
    assert why.answer == int(outputs[0].argmax()) == mnist.test_labels[4]
    np.testing.assert_array_equal(why.for_nodes, order[:FOR_COUNT])
    np.testing.assert_array_equal(why.against_nodes, order[::-1][:AGAINST_COUNT])
    assert (contributions[why.for_nodes] > 0).all() and (contributions[why.against_nodes] < 0).all()
    shown_for = visible_buttons(why.for_buttons)
    assert [button.property("node") for button in shown_for] == list(why.for_nodes)
    node = int(why.for_nodes[0])
    activation = float(hidden[0, node])  # averaged over the five looks
    assert shown_for[0].text().startswith(f"node {node} · {contributions[node]:+.2f}")
    assert f"{activation:.2f} × {trained.w_ho[why.answer, node]:+.2f}" in shown_for[0].text()
    assert f"Why {why.answer}?" == why.title.text()
    assert f"output {outputs[0, why.answer]:.2f}" in why.sum_label.text()
    assert f"{contributions.sum():.2f}" in why.sum_label.text()


def test_clicking_a_node_emits_it(why, qtbot):
    for buttons, nodes in ((why.for_buttons, why.for_nodes), (why.against_buttons, why.against_nodes)):
        with qtbot.waitSignal(why.nodeChosen) as blocker:
            qtbot.mouseClick(buttons[1], LEFT)
        assert blocker.args == [int(nodes[1])]


def test_an_empty_pad_says_what_to_do(why, trained):
    why.explain(trained, None)
    assert why.answer is None and why.for_nodes.size == 0
    assert "Draw a digit on the pad" in why.title.text()
    assert not visible_buttons(why.for_buttons + why.against_buttons)
    assert not why.sum_label.isVisible()


def test_a_hidden_view_catches_up_when_shown(qtbot, trained, mnist):
    view = WhyView()
    qtbot.addWidget(view)
    view.explain(trained, images_to_inputs(mnist.test_images[:1])[0])
    assert view.answer is None  # nothing computed out of sight
    view.show()
    qtbot.waitExposed(view)
    assert view.answer == int(looks.read(trained, images_to_inputs(mnist.test_images[:1]))[1].argmax())


def test_the_view_fits_a_small_tab_without_scrolling(why):
    """At 480×470 (the tab area of a 1024×640 window) every vote and the sum are in sight."""
    scroll = why.findChild(QScrollArea, "whyScroll")
    assert scroll.verticalScrollBar().maximum() == 0
    for widget in (*visible_buttons(why.for_buttons + why.against_buttons), why.sum_label):
        bottom_right = widget.mapTo(why, widget.rect().bottomRight())
        assert why.rect().contains(bottom_right), widget.objectName()


# -- stepping through the hidden nodes ---------------------------------------------------------

@pytest.fixture
def inspector(qtbot, trained, mnist):
    widget = shown(qtbot, NeuronInspector(), (480, 470))
    widget.set_network(trained)
    widget.set_dataset(mnist)
    return widget


def test_next_previous_and_the_picker_move_the_node_and_stay_in_sync(inspector, qtbot, trained):
    picker, previous, following = inspector.picker, inspector.previous_button, inspector.next_button
    assert (picker.objectName(), previous.objectName(), following.objectName()) == ("nodePicker", "previousNodeButton", "nextNodeButton")
    inspector.set_node(10)
    assert picker.value() == 10 and picker.maximum() == trained.hidden_nodes - 1
    with qtbot.waitSignal(inspector.nodeChanged) as blocker:
        qtbot.mouseClick(following, LEFT)
    assert blocker.args == [11] and inspector.node == 11 and picker.value() == 11
    assert inspector.title.text() == "Hidden node 11"
    np.testing.assert_array_equal(inspector.weights_image.image, trained.w_ih[11].reshape(28, 28))
    qtbot.mouseClick(previous, LEFT)
    qtbot.mouseClick(previous, LEFT)
    assert inspector.node == 9 and picker.value() == 9
    picker.setValue(150)  # as typed into the picker
    assert inspector.node == 150 and inspector.title.text() == "Hidden node 150"
    inspector.set_node(42)  # from outside (the mosaic): the picker follows
    assert picker.value() == 42


def test_stepping_wraps_around_at_the_ends(inspector, trained):
    last = trained.hidden_nodes - 1
    inspector.set_node(0)
    inspector.previous_button.click()
    assert inspector.node == last and inspector.picker.value() == last
    inspector.next_button.click()
    assert inspector.node == 0


def test_page_keys_step_through_the_nodes(inspector, qtbot):
    inspector.set_node(5)
    inspector.activateWindow()
    qtbot.waitActive(inspector)  # shortcuts work in the active window
    qtbot.keyClick(inspector, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: inspector.node == 6)  # a button's shortcut clicks it after a short press animation
    qtbot.keyClick(inspector, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: inspector.node == 5)
    assert inspector.picker.value() == 5


def test_without_a_network_the_inspector_says_what_to_do(qtbot):
    widget = shown(qtbot, NeuronInspector(), (480, 470))
    assert widget.title.text() == "No network yet"
    assert widget.hint.isVisible() and "double-click" in widget.hint.text()
    assert not widget.picker.isEnabled() and not widget.next_button.isEnabled()
    widget.set_network(NeuralNetwork(hidden_nodes=20, seed=0))
    assert not widget.hint.isVisible() and widget.picker.maximum() == 19 and widget.picker.suffix() == " of 20"


def test_at_480x470_the_charts_and_the_colour_bar_are_not_cut_off(inspector):
    """The tab area of a 1024×640 window: every chart lies inside the tab (the page may scroll, nothing is clipped)."""
    for widget in (inspector.weights_widget, inspector.outputs_widget):
        corner = widget.mapTo(inspector, widget.rect().bottomRight())
        assert inspector.rect().contains(corner), widget.objectName()
        plot = widget.getPlotItem()
        assert plot.sceneBoundingRect().width() <= widget.viewport().width() + 0.5, widget.objectName()
    bar = inspector.colour_bar.axis.sceneBoundingRect()
    assert bar.right() <= inspector.weights_widget.viewport().width() + 0.5


def test_the_inspector_scrolls_rather_than_squeezing_in_a_short_tab(inspector, qtbot):
    inspector.resize(480, 360)
    qtbot.waitUntil(lambda: inspector.scroll.verticalScrollBar().maximum() > 0)
    assert inspector.outputs_widget.height() >= inspector.outputs_widget.minimumHeight()


# -- in the window ------------------------------------------------------------------------------

def test_a_node_clicked_in_the_why_tab_opens_in_the_hidden_node_tab(window, qtbot, mnist):
    window.drawing_pad.load_image(mnist.test_images[0])
    window.tabs.show_view(window.why_view)
    why = window.why_view
    assert window.tabs.view_title(why) == "Why?"
    views = window.tabs.views()
    assert views.index(why) == views.index(window.neuron_inspector) + 1  # beside Hidden node, inside the network
    qtbot.waitUntil(lambda: why.answer is not None)
    node = int(why.for_nodes[0])
    qtbot.mouseClick(why.for_buttons[0], LEFT)
    assert window.tabs.current_view() is window.neuron_inspector and window.neuron_inspector.node == node
    window.neuron_inspector.next_button.click()
    assert window.weights_view.selected_node == node + 1 or node + 1 == window.session.network.hidden_nodes
