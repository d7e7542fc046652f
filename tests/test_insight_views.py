"""EvaluationView, BackqueryView and NeuronInspector with a network trained on real MNIST."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt

from core import insight, looks
from core.data import images_to_inputs
from core.network import NeuralNetwork
from gui.areas.inside_the_network.backquery_view import BackqueryView
from gui.areas.results.evaluation_view import GALLERY_LIMIT, EvaluationView
from gui.areas.inside_the_network.neuron_inspector import NeuronInspector


def shown(qtbot, widget, size=(900, 650)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def evaluation_view(qtbot, mnist, result):
    view = shown(qtbot, EvaluationView())
    view.set_result(result, mnist.test_images, mnist.test_labels)
    qtbot.wait(10)
    return view


# -- EvaluationView ---------------------------------------------------------------------------

def test_matrix_cells_show_the_counts(evaluation_view, result):
    assert result.errors > GALLERY_LIMIT  # so the gallery's limit is exercised
    for true in range(10):
        for predicted in range(10):
            assert evaluation_view.cell_text(true, predicted) == str(result.confusion[true, predicted])
    heights = np.asarray(evaluation_view.accuracy_bars.opts["height"])
    np.testing.assert_allclose(heights, 100 * insight.per_digit_accuracy(result.confusion))
    assert f"{100 * result.accuracy:.2f}" in evaluation_view.summary.text()


def test_gallery_starts_with_the_most_confident_mistakes(evaluation_view, result):
    gallery = evaluation_view.gallery
    assert gallery.objectName() == "errorGallery" and gallery.count() == GALLERY_LIMIT
    expected = insight.misclassified(result.labels, result.predictions, result.outputs)[:GALLERY_LIMIT]
    np.testing.assert_array_equal(evaluation_view.shown_indices, expected)
    assert evaluation_view.count_label.text() == f"Showing {GALLERY_LIMIT} of {result.errors:,}"
    first = expected[0]
    assert gallery.item(0).text().startswith(f"true {result.labels[first]} → {result.predictions[first]}")


def test_clicking_a_cell_filters_the_gallery(evaluation_view, result, qtbot):
    viewport = evaluation_view.confusion_widget.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=evaluation_view.cell_center(4, 9))
    indices = evaluation_view.shown_indices
    assert len(indices) == result.confusion[4, 9] == evaluation_view.gallery.count() > 0
    assert (result.labels[indices] == 4).all() and (result.predictions[indices] == 9).all()
    assert evaluation_view.count_label.text() == f"{result.confusion[4, 9]} images"
    assert "4 read as 9" in evaluation_view.filter_label.text()

    # the diagonal: the correctly read images of that digit, the least sure first (at most the limit)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=evaluation_view.cell_center(7, 7))
    indices = evaluation_view.shown_indices
    assert len(indices) == min(GALLERY_LIMIT, result.confusion[7, 7])
    assert (result.labels[indices] == 7).all() and (result.predictions[indices] == 7).all()
    assert (np.diff(result.confidences[indices]) >= 0).all()

    evaluation_view.show_all_button.click()
    assert evaluation_view.gallery.count() == GALLERY_LIMIT


def test_clicking_a_gallery_image_emits_it(evaluation_view, mnist, qtbot):
    evaluation_view.show_cell(3, 5)
    gallery = evaluation_view.gallery
    item = gallery.item(1)
    index = evaluation_view.shown_indices[1]
    with qtbot.waitSignal(evaluation_view.imageChosen) as blocker:
        qtbot.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=gallery.visualItemRect(item).center())
    image, label = blocker.args
    assert image.dtype == np.uint8 and image.shape == (28, 28)
    np.testing.assert_array_equal(image, mnist.test_images[index])
    assert label == mnist.test_labels[index] == 3


def test_evaluate_button_requests_an_evaluation_and_progress_shows(qtbot):
    """The view asks; the window runs it (tests/test_window_wiring.py checks the tab gets filled)."""
    view = shown(qtbot, EvaluationView())
    assert view.gallery.count() == 0 and view.evaluate_button.objectName() == "evaluateButton"
    with qtbot.waitSignal(view.evaluateRequested):
        view.evaluate_button.click()
    view.set_progress(0.5)
    assert view.progress.isVisible() and view.progress.value() == 500
    assert not view.evaluate_button.isEnabled()
    view.set_progress(None)
    assert not view.progress.isVisible() and view.evaluate_button.isEnabled()


def test_export_writes_the_charts(evaluation_view, tmp_path):
    paths = evaluation_view.export_plots(tmp_path)
    assert [p.name for p in paths] == ["confusion-matrix.png", "accuracy-per-digit.png"]
    assert all(p.stat().st_size > 1000 for p in paths)


# -- BackqueryView ------------------------------------------------------------------------------

def test_backquery_view_shows_ten_imagined_digits(qtbot, trained):
    view = shown(qtbot, BackqueryView(), (700, 520))
    assert view.objectName() == "backqueryView"
    view.set_network(trained)
    expected = insight.backquery_digits(trained)
    predictions, _ = insight.read_back(trained, expected)
    for digit in range(10):
        np.testing.assert_array_equal(view.tile(digit), expected[digit])
        assert view.caption_text(digit).startswith(f"{digit}\nreads {predictions[digit]} (")
    assert view.image.levels.tolist() == [0.0, 1.0]
    assert view.self_predicted == (predictions == np.arange(10)).sum() >= 7
    assert f"reads {view.self_predicted} of its ten" in view.summary.text()
    assert "Back-query" in view.explanation.text()

    view.set_network(None)
    assert np.isnan(view.tile(3)).all() and view.caption_text(3) == ""


# -- NeuronInspector ----------------------------------------------------------------------------

@pytest.fixture
def inspector(qtbot, trained, mnist):
    widget = shown(qtbot, NeuronInspector(), (460, 640))
    widget.set_network(trained)
    widget.set_dataset(mnist)
    return widget


def test_inspector_follows_the_selected_node(inspector, trained, mnist):
    for node in (5, 120):
        inspector.set_node(node)
        assert inspector.title.text() == f"Hidden node {node}"
        np.testing.assert_array_equal(inspector.weights_image.image, trained.w_ih[node].reshape(28, 28))
        np.testing.assert_allclose(inspector.output_bars.opts["height"], trained.w_ho[:, node])
        np.testing.assert_array_equal(inspector.top_indices, insight.top_activating(trained, mnist.test_images, node))
        labels = [text.textItem.toPlainText() for text in inspector.top_labels]
        assert labels == [str(mnist.test_labels[i]) for i in inspector.top_indices]
    lo, hi = inspector.weights_image.getLevels()
    assert lo == -hi > -1


def test_inspector_reads_the_pad(inspector, trained, mnist):
    inspector.set_node(17)
    assert inspector.pad_activation is None
    inputs = images_to_inputs(mnist.test_images[:1])[0]
    inspector.set_pad_inputs(inputs)
    expected = looks.read(trained, inputs)[0][0, 17]  # averaged over the pad's five looks
    assert inspector.pad_activation == pytest.approx(float(expected), abs=1e-6)
    assert f"{expected:.2f}" in inspector.activation_label.text()
    inspector.set_node(18)  # the pad stays, the node changes
    assert inspector.pad_activation == pytest.approx(float(looks.read(trained, inputs)[0][0, 18]), abs=1e-6)
    inspector.set_pad_inputs(None)
    assert inspector.pad_activation is None


def test_clicking_a_top_image_emits_it(inspector, mnist, qtbot):
    inspector.set_node(42)
    plot = inspector.top_widget
    view_box = plot.getPlotItem().getViewBox()
    scene = view_box.mapViewToScene(pg.Point(29 + 14, 1 + 14))  # the centre of tile 1 (second in the first row)
    with qtbot.waitSignal(inspector.imageChosen) as blocker:
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=plot.mapFromScene(scene))
    image, label = blocker.args
    index = inspector.top_indices[1]
    np.testing.assert_array_equal(image, mnist.test_images[index])
    assert label == mnist.test_labels[index]


def test_hidden_inspector_catches_up_when_shown(qtbot, trained, mnist):
    widget = NeuronInspector()
    qtbot.addWidget(widget)
    widget.set_network(trained)
    widget.set_dataset(mnist)
    widget.set_node(9)
    assert len(widget.top_indices) == 0  # nothing computed while hidden
    widget.show()
    qtbot.waitExposed(widget)
    np.testing.assert_array_equal(widget.top_indices, insight.top_activating(trained, mnist.test_images, 9))


def test_inspector_clamps_the_node_to_a_smaller_network(inspector):
    inspector.set_node(150)
    inspector.set_network(NeuralNetwork(hidden_nodes=20, seed=0))
    assert inspector.node == 19 and inspector.title.text() == "Hidden node 19"
    assert inspector.objectName() == "neuronInspector"
    assert {w.objectName() for w in inspector.plot_widgets().values()} == {"inspectorWeightsPlot", "outputWeightsPlot", "topImages"}
