"""One step, explained: one training step of the tutorial's ``train``, line by line, with this sample's numbers.

The learner picks a sample — the digit on the pad with a label they give (prefilled with the
network's reading), or an MNIST training image — and presses *Step* (``stepButton``). The view
computes ``core.explain.explain_step`` and shows each quantity in the tutorial's order and names:
an equation in rich text with its shapes (``gui.areas.tutorial_math.equation_text``), words saying what it is, and
its numbers: heat strips for the hidden layer's vectors, tables for the ten outputs, a heat map
of ΔW_ho, the ΔW_ih rows of the most-changed hidden nodes as 28×28 images, and the loss
E = ½ Σ (targets − final_outputs)² before and after, with a sentence on whether it went down.

Where the step goes (``applyStepCheck``): to a private float64 copy of the app's network that
the view keeps (*Step* again continues on it, so the loss falls sample after sample; it starts
afresh when the app's network changes), or to the app's network itself: ``applyRequested``
brings the network after the step (``network.train`` on a copy of the app's), for the window to
adopt — never while a run is going on (``set_busy``).

Under the step, ``gui.areas.tutorial_math.weight_derivation`` derives one weight's step by the chain rule (a click on the
ΔW_ho map or on a node's ΔW_ih image picks the weight), checked by nudging the weight.

The window feeds it with ``set_network``, ``set_dataset`` and ``set_pad_inputs``.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core import looks
from core.data import Dataset, images_to_inputs, labels_to_targets
from core.explain import StepExplanation, explain_step, most_changed_hidden_nodes
from core.network import NeuralNetwork
from gui.left_column.correction_row import DigitButtons
from gui.areas.tutorial_math.equation_text import ORDER, equations, number, number_table, value_range
from gui.areas.tutorial_math.step_pictures import digit_image, signed_level, signed_matrix, unit_matrix
from gui.areas.tutorial_math.weight_derivation import WeightDerivationView
from gui.areas.inside_the_network.why_view import weight_pixmap

NODE_COUNT = 6  # ΔW_ih rows shown as images


def as_float64(network: NeuralNetwork) -> NeuralNetwork:
    """A writable float64 copy of ``network``."""
    copy = network.copy()
    copy.w_ih, copy.w_ho = network.w_ih.astype(np.float64), network.w_ho.astype(np.float64)
    copy.dtype = np.dtype(np.float64)
    return copy
NODE_ZOOM = 2  # 56×56 px each
SAMPLE_ZOOM = 3  # the chosen sample, 84×84 px
STRIP_HEIGHT = 14
ROW_HEIGHT = 8  # px per output node in the ΔW_ho heat map (a row to click)


def strip_width(hidden: int) -> int:
    """The heat strips' width: 2 px per hidden node, within 200–400 px (fits a 500-px tab)."""
    return max(200, min(400, 2 * hidden))


class _Line(QFrame):
    """One line of the step: the equation, what it means, and its numbers."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"stepLine_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.equation = QLabel(objectName=f"stepEquation_{key}", textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.words = QLabel(objectName=f"stepWords_{key}", textFormat=Qt.TextFormat.RichText, wordWrap=True)
        font = self.words.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.words.setFont(font)
        self.value = QLabel(objectName=f"stepValue_{key}", textFormat=Qt.TextFormat.RichText)
        self.note = QLabel(objectName=f"stepNote_{key}", textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.note.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        for widget in (self.equation, self.words, self.value, self.note):
            layout.addWidget(widget)


class StepView(QWidget):
    """Pick a sample, press Step, and read the step the network takes on it."""

    applyRequested = Signal(object)  # NeuralNetwork: the app's network after the step, for the window to adopt

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepTab")
        self.network: NeuralNetwork | None = None  # the app's network
        self.dataset: Dataset | None = None
        self.pad_inputs: np.ndarray | None = None  # (784,) in 0.01–1, None when the pad is empty
        self.pad_label: int | None = None  # the label the learner gave the drawing (None: the network's reading)
        self.busy = False  # a run is going on: the app's network may not be stepped
        self.private: NeuralNetwork | None = None  # the float64 copy steps go to, made at the first step
        self.steps_on_copy = 0
        self.explanation: StepExplanation | None = None  # the last step's
        self.explained_label: int | None = None  # its sample's label
        self.mnist_index = 0
        self._mnist_index_used = False  # the shown MNIST image has been stepped on: Step takes the next
        self.rng = np.random.default_rng()

        self.title = QLabel(objectName="stepTitle", wordWrap=True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.legend = QLabel(objectName="stepLegend", textFormat=Qt.TextFormat.RichText, wordWrap=True)

        self.source_mnist = QRadioButton(objectName="stepSourceMnist", checked=True)
        self.source_pad = QRadioButton(objectName="stepSourcePad")
        self.source_group = QButtonGroup(self)
        for button in (self.source_mnist, self.source_pad):
            self.source_group.addButton(button)
            button.toggled.connect(self._on_source_changed)
        self.index_spin = QSpinBox(objectName="stepSampleIndex")
        self.index_spin.setRange(0, 0)
        self.index_spin.setGroupSeparatorShown(True)
        self.index_spin.valueChanged.connect(self._on_index_chosen)
        self.random_button = QPushButton(objectName="stepRandomButton")
        self.random_button.clicked.connect(self.choose_random_sample)
        self.label_row = DigitButtons("stepLabelRow", "stepLabel", "stepLabelCaption")
        self.label_row.digitChosen.connect(self._on_label_chosen)
        self.sample_image = QLabel(objectName="stepSampleImage")
        self.sample_image.setFixedSize(28 * SAMPLE_ZOOM, 28 * SAMPLE_ZOOM)
        self.sample_caption = QLabel(objectName="stepSampleCaption", wordWrap=True)

        self.step_button = QPushButton(objectName="stepButton")
        self.step_button.clicked.connect(self.step)
        self.apply_check = QCheckBox(objectName="applyStepCheck")
        self.apply_check.toggled.connect(self._update_controls)
        self.restart_button = QPushButton(objectName="restartCopyButton")
        self.restart_button.clicked.connect(self.restart_copy)
        self.hint = QLabel(objectName="stepHint", wordWrap=True)
        self.copy_status = QLabel(objectName="stepCopyStatus", wordWrap=True)

        self.lines = {key: _Line(key) for key in ORDER}
        self.node_images = [QLabel(objectName="stepNodeImage") for _ in range(NODE_COUNT)]
        self.node_captions = [QLabel(objectName="stepNodeCaption", alignment=Qt.AlignmentFlag.AlignHCenter) for _ in range(NODE_COUNT)]
        nodes = QGridLayout()
        nodes.setSpacing(2)
        for k, (image, caption) in enumerate(zip(self.node_images, self.node_captions)):
            image.setFixedSize(28 * NODE_ZOOM, 28 * NODE_ZOOM)
            nodes.addWidget(image, 0, k, Qt.AlignmentFlag.AlignHCenter)
            nodes.addWidget(caption, 1, k)
        nodes.setColumnStretch(NODE_COUNT, 1)
        self.lines["delta_w_ih"].layout().insertLayout(3, nodes)
        self.verdict = QLabel(objectName="stepVerdict", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.lines["loss_after"].layout().addWidget(self.verdict)
        self.derivation = WeightDerivationView()  # one weight's ∂E/∂w, for the weights before the last step
        self.shown_nodes = np.zeros(0, np.int64)  # the hidden nodes whose ΔW_ih images are shown, in order
        # a click on the ΔW_ho map or on a node's ΔW_ih image picks that weight for the derivation
        for label in (self.lines["delta_w_ho"].value, *self.node_images):
            label.installEventFilter(self)
            label.setCursor(Qt.CursorShape.PointingHandCursor)

        self._build_layout()
        self._retranslate()
        self._update_controls()

    def _build_layout(self) -> None:
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_mnist)
        source_row.addWidget(self.index_spin)
        source_row.addWidget(self.random_button)
        source_row.addStretch(1)
        sample_words = QVBoxLayout()
        sample_words.addLayout(source_row)
        sample_words.addWidget(self.source_pad)
        label_indent = QHBoxLayout()  # the label belongs to the pad's choice above it
        label_indent.addSpacing(self.source_pad.sizeHint().height())
        label_indent.addWidget(self.label_row, 1)
        sample_words.addLayout(label_indent)
        sample_words.addWidget(self.sample_caption)
        sample_row = QHBoxLayout()
        sample_row.addLayout(sample_words, 1)
        sample_row.addWidget(self.sample_image, 0, Qt.AlignmentFlag.AlignTop)
        step_row = QHBoxLayout()
        step_row.addWidget(self.step_button)
        step_row.addWidget(self.apply_check, 1)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_status, 1)
        copy_row.addWidget(self.restart_button, 0, Qt.AlignmentFlag.AlignTop)

        content = QWidget(objectName="stepContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addLayout(sample_row)
        layout.addLayout(step_row)
        layout.addWidget(self.hint)
        layout.addLayout(copy_row)
        layout.addWidget(self.legend)
        for line in self.lines.values():
            layout.addWidget(line)
        layout.addWidget(self.derivation)
        layout.addStretch(1)
        scroll = QScrollArea(objectName="stepScroll", widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- what the window gives it --------------------------------------------------
    def set_network(self, network: NeuralNetwork | None) -> None:
        """The app's network; another one than before drops the private copy (the next step copies it anew)."""
        if network is self.network:
            return
        self.network = network
        self.private, self.steps_on_copy = None, 0
        self._update_sample()
        self._update_controls()

    def set_dataset(self, dataset: Dataset | None) -> None:
        self.dataset = dataset
        count = len(dataset.train_images) if dataset is not None else 0
        self.index_spin.setRange(0, max(0, count - 1))
        self._update_sample()
        self._update_controls()

    def set_pad_inputs(self, inputs: np.ndarray | None) -> None:
        """The pad's inputs (784,) in 0.01–1, or None when it is empty (which forgets the label given)."""
        self.pad_inputs = None if inputs is None else np.asarray(inputs, dtype=np.float64).ravel()
        if inputs is None:
            self.pad_label = None
        self._update_sample()
        self._update_controls()

    def set_busy(self, busy: bool) -> None:
        """True while a run trains the app's network: steps then go to the private copy only."""
        self.busy = busy
        self._update_controls()

    # -- the sample ------------------------------------------------------------------
    def uses_pad(self) -> bool:
        return self.source_pad.isChecked()

    def network_reading(self) -> int | None:
        """What the app's network reads on the pad (the label offered until the learner gives one)."""
        if self.network is None or self.pad_inputs is None or self.pad_inputs.size != self.network.input_nodes:
            return None
        return int(np.argmax(looks.read(self.network, self.pad_inputs)[1][0]))  # as the pad's answer reads it

    def current_sample(self) -> tuple[np.ndarray, int] | None:
        """The sample Step would take now: inputs (784,) float64 in 0.01–1.0 and its label; None if there is none."""
        if self.uses_pad():
            label = self.pad_label if self.pad_label is not None else self.network_reading()
            if self.pad_inputs is None or label is None:
                return None
            return self.pad_inputs, label
        if self.dataset is None or len(self.dataset.train_images) == 0:
            return None
        index = self.mnist_index
        return images_to_inputs(self.dataset.train_images[index : index + 1], np.float64)[0], int(self.dataset.train_labels[index])

    def choose_random_sample(self) -> None:
        if self.dataset is not None and len(self.dataset.train_images):
            self.source_mnist.setChecked(True)
            self.index_spin.setValue(int(self.rng.integers(len(self.dataset.train_images))))

    def _on_index_chosen(self, index: int) -> None:
        self.mnist_index = index
        self._mnist_index_used = False
        self._update_sample()

    def _on_label_chosen(self, digit: int) -> None:
        self.pad_label = digit
        self.source_pad.setChecked(True)
        self._update_sample()
        self._update_controls()

    def _on_source_changed(self) -> None:
        self._update_sample()
        self._update_controls()

    def _update_sample(self) -> None:
        """The chosen sample's picture and caption; the label row marks the pad's label."""
        reading = self.network_reading()
        self.label_row.set_suggested((self.pad_label if self.pad_label is not None else reading) if self.uses_pad() else None)
        if self.uses_pad():
            if self.pad_inputs is None:
                self.sample_image.clear()
                self.sample_caption.setText(self.tr("The pad is empty."))
                return
            self.sample_image.setPixmap(digit_image(self.pad_inputs, SAMPLE_ZOOM))
            if self.pad_label is None and reading is not None:
                self.sample_caption.setText(
                    self.tr("Your drawing, with the label %1: the network's reading. Click the digit you drew if that is wrong.").replace("%1", str(reading))
                )
            else:
                self.sample_caption.setText(self.tr("Your drawing, with the label %1.").replace("%1", str(self.pad_label)))
            return
        if self.dataset is None:
            self.sample_image.clear()
            self.sample_caption.setText(self.tr("MNIST is still loading."))
            return
        self.sample_image.setPixmap(digit_image(images_to_inputs(self.dataset.train_images[self.mnist_index : self.mnist_index + 1])[0], SAMPLE_ZOOM))
        self.sample_caption.setText(
            self.tr("Training image %1 of %2, label %3.")
            .replace("%1", f"{self.mnist_index:,}").replace("%2", f"{len(self.dataset.train_images):,}")
            .replace("%3", str(int(self.dataset.train_labels[self.mnist_index])))
        )

    # -- stepping --------------------------------------------------------------------
    def applies_to_app(self) -> bool:
        """Whether Step changes the app's network (else the private copy)."""
        return self.apply_check.isChecked() and not self.busy

    @Slot()
    def step(self) -> None:
        """One training step on the chosen sample, explained; an MNIST image already stepped on makes way for the next."""
        if self.network is None:
            return
        if not self.uses_pad() and self._mnist_index_used and self.dataset is not None:
            self.index_spin.setValue((self.mnist_index + 1) % len(self.dataset.train_images))
        sample = self.current_sample()
        if sample is None:
            return
        inputs, label = sample
        targets = labels_to_targets(np.array([label]), self.network.output_nodes, np.float64)[0]
        if self.applies_to_app():
            self.explanation = explain_step(self.network, inputs, targets)
            before = as_float64(self.network)
            stepped = after = self.network.copy()
            stepped.train(inputs, targets)
        else:
            if self.private is None:
                self.private = as_float64(self.network)  # a writable float64 copy: train moves it by exactly ΔW
            self.private.learning_rate = self.network.learning_rate  # the learning rate the panel holds now
            self.explanation = explain_step(self.private, inputs, targets)
            before = self.private.copy()
            self.private.train(inputs, targets)
            after = self.private.copy()
            self.steps_on_copy += 1
        self.explained_label = label
        self._mnist_index_used = not self.uses_pad()
        self._show_explanation()
        self.derivation.set_step(before, after, inputs, targets)
        self._update_controls()
        if self.applies_to_app():
            self.applyRequested.emit(stepped)

    @Slot()
    def restart_copy(self) -> None:
        """Forget the private copy: the next step copies the app's network again."""
        self.private, self.steps_on_copy = None, 0
        self._update_controls()

    def _update_controls(self) -> None:
        """Step needs a network and a sample; Apply needs no run going on; a hint says what is missing."""
        if self.network is None:
            hint = self.tr("There is no network yet.")
        elif self.uses_pad() and self.pad_inputs is None:
            hint = self.tr("Draw a digit on the pad first, or choose an MNIST training image.")
        elif not self.uses_pad() and self.dataset is None:
            hint = self.tr("MNIST is still loading.")
        elif self.uses_pad() and self.pad_inputs is not None and self.pad_inputs.size != self.network.input_nodes:
            hint = self.tr("The pad's digit does not fit this network's inputs.")
        else:
            hint = ""
        self.step_button.setEnabled(not hint)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.apply_check.setEnabled(not self.busy)
        self.apply_check.setToolTip(
            self.tr("A run, sweep or fine-tune is going on: steps go to the private copy until it ends.") if self.busy
            else self.tr("Checked: the step changes the app's network, as training on this one sample would. Unchecked: a private copy.")
        )
        self.restart_button.setEnabled(self.private is not None and not self.applies_to_app())
        if self.applies_to_app():
            status = self.tr("Each step changes the app's network.")
        elif self.private is None:
            status = self.tr("Steps go to a private copy of the app's network, made at the first step; the app's network stays as it is.")
        elif self.steps_on_copy == 1:
            status = self.tr("Steps go to a private copy of the app's network: 1 step so far. It starts afresh when the app's network changes.")
        else:
            status = (
                self.tr("Steps go to a private copy of the app's network: %1 steps so far. It starts afresh when the app's network changes.")
                .replace("%1", str(self.steps_on_copy))
            )
        self.copy_status.setText(status)

    # -- showing the step ---------------------------------------------------------------
    def _show_explanation(self) -> None:
        """Each line's equation (with the network's sizes), its words, and the last step's numbers."""
        hidden = self.network.hidden_nodes if self.network is not None else 200
        inputs_count = self.network.input_nodes if self.network is not None else 784
        texts = equations(hidden, inputs_count)
        for key, line in self.lines.items():
            line.equation.setText(texts[key])
        self._show_words(hidden)
        e = self.explanation
        for key, line in self.lines.items():
            line.value.setVisible(e is not None and key != "delta_w_ih")  # ΔW_ih shows as node images instead
            line.note.setVisible(e is not None)
        self.verdict.setVisible(e is not None)
        for widget in self.node_images + self.node_captions:
            widget.setVisible(e is not None)
        if e is None:
            return
        lines, width = self.lines, strip_width(len(e.hidden_inputs))
        label = self.explained_label
        lines["inputs"].value.setPixmap(digit_image(e.inputs, 2) if e.inputs.size == 784 else unit_matrix(e.inputs, width, STRIP_HEIGHT))
        lines["inputs"].note.setText(self.tr("%1 values, %2").replace("%1", str(e.inputs.size)).replace("%2", value_range(e.inputs)))
        for key in ("hidden_inputs", "hidden_errors"):
            values = getattr(e, key)
            lines[key].value.setPixmap(signed_matrix(values, width, STRIP_HEIGHT))
            lines[key].note.setText(self.tr("%1 values, %2 (colours: ±%3)").replace("%1", str(values.size)).replace("%2", value_range(values)).replace("%3", number(signed_level(values), digits=3)))
        lines["hidden_outputs"].value.setPixmap(unit_matrix(e.hidden_outputs, width, STRIP_HEIGHT))
        lines["hidden_outputs"].note.setText(self.tr("%1 values, %2 (black 0, white 1)").replace("%1", str(e.hidden_outputs.size)).replace("%2", value_range(e.hidden_outputs)))
        lines["final_inputs"].value.setText(number_table([("final_inputs", e.final_inputs, True)], label))
        lines["final_outputs"].value.setText(number_table([("targets", e.targets, False), ("final_outputs", e.final_outputs, False)], label))
        answer = int(np.argmax(e.final_outputs))
        lines["final_outputs"].note.setText(
            self.tr("The network's answer: %1 (the label: %2).").replace("%1", str(answer)).replace("%2", str(label))
        )
        lines["loss_before"].value.setText(f"E = <b>{number(e.loss_before, digits=4)}</b>")
        lines["output_errors"].value.setText(number_table([("output_errors", e.output_errors, True)], label))
        lines["delta_w_ho"].value.setPixmap(signed_matrix(e.delta_w_ho, width, ROW_HEIGHT * len(e.delta_w_ho)))
        lines["delta_w_ho"].value.setToolTip(self.tr("Click a cell: that weight's derivation, below"))
        lines["delta_w_ho"].note.setText(
            self.tr("Rows: the %1 output nodes; columns: the hidden nodes. Colours: ±%2, the largest change.")
            .replace("%1", str(len(e.delta_w_ho))).replace("%2", number(signed_level(e.delta_w_ho), digits=5))
        )
        self._show_nodes(e)
        lines["loss_after"].value.setText(f"E′ = <b>{number(e.loss_after, digits=4)}</b>")
        for line in lines.values():  # the lines whose numbers need no caption
            line.note.setVisible(bool(line.note.text()))
        self.verdict.setText(self._verdict(e))

    def _show_nodes(self, e: StepExplanation) -> None:
        nodes = most_changed_hidden_nodes(e, NODE_COUNT) if e.inputs.size == 784 else np.zeros(0, np.int64)
        self.shown_nodes = nodes
        level = signed_level(e.delta_w_ih[nodes]) if len(nodes) else 1.0
        norms = np.linalg.norm(e.delta_w_ih, axis=1)
        for k, (image, caption) in enumerate(zip(self.node_images, self.node_captions)):
            shown = k < len(nodes)
            image.setVisible(shown)
            caption.setVisible(shown)
            if shown:
                node = int(nodes[k])
                image.setPixmap(weight_pixmap(e.delta_w_ih[node], level, NODE_ZOOM))
                caption.setText(self.tr("node %1").replace("%1", str(node)))
                image.setToolTip(self.tr("Hidden node %1: its 784 incoming weights change by this (largest change ±%2). Click a pixel: that weight's derivation, below")
                                 .replace("%1", str(node)).replace("%2", number(float(np.abs(e.delta_w_ih[node]).max()), digits=5)))
        self.lines["delta_w_ih"].note.setText(
            self.tr("The %1 hidden nodes whose weights changed most (colours: ±%2). Each row is α × the node's hidden error × its sigmoid slope × the inputs: "
                    "the digit itself: red when the node is to fire more for it, blue when less.")
            .replace("%1", str(len(nodes))).replace("%2", number(level, digits=5))
            + "<br>" + self.tr("All %1 rows: largest change %2, smallest %3.").replace("%1", str(len(norms)))
            .replace("%2", number(float(np.abs(e.delta_w_ih).max()), digits=5)).replace("%3", number(float(norms.min()), digits=6))
        )

    def _verdict(self, e: StepExplanation) -> str:
        """The sentence under the losses, from the numbers: it went down, or it did not (and why it may not have)."""
        before, after = number(e.loss_before, digits=4), number(e.loss_after, digits=4)
        if e.loss_went_down:
            fall = 100.0 * (e.loss_before - e.loss_after) / e.loss_before
            return (self.tr("The step lowered this sample's error from %1 to %2 (%3 % less).")
                    .replace("%1", before).replace("%2", after).replace("%3", f"{fall:.1f}"))
        return (self.tr("<b>The step did not lower this sample's error</b> (%1 → %2). The learning rate α = %3 may be too large: "
                        "the step overshoots.").replace("%1", before).replace("%2", after).replace("%3", f"{e.learning_rate:g}"))

    def _show_words(self, hidden: int) -> None:
        """What each line means, in the tutorial's terms."""
        # the α of the step shown; before any step, the one the next step will use
        rate = self.explanation.learning_rate if self.explanation is not None else self.network.learning_rate if self.network is not None else 0.1
        lr = f"{rate:g}"
        h = str(hidden)
        words = {
            "inputs": self.tr("The input layer: the sample's pixels, scaled to 0.01–1.0 (an input of 0 would stop its weights from learning)."),
            "hidden_inputs": self.tr("Signals into the hidden layer: each of the %1 hidden nodes adds up its weighted inputs. One column per hidden node, in the same order in every strip; blue negative, red positive.").replace("%1", h),
            "hidden_outputs": self.tr("Signals out of the hidden layer: the sigmoid squashes each sum into 0–1."),
            "final_inputs": self.tr("Signals into the output layer: each output node adds up the weighted hidden outputs."),
            "final_outputs": self.tr("Signals out of the output layer, and the targets: 0.99 for the label, 0.01 for the other digits."),
            "loss_before": self.tr("The loss (the error function) for this sample, before the step."),
            "output_errors": self.tr("The output layer's error: the target minus the output, for each output node."),
            "hidden_errors": self.tr("The hidden layer's error: the output errors split back along the weights W<sub>ho</sub> (as they were before the step)."),
            "delta_w_ho": self.tr("How the weight matrix between the hidden and the output layer changes: the learning rate α (%1) × each output's error × the sigmoid's slope there, times each hidden output. ∗ multiplies element by element.").replace("%1", lr),
            "delta_w_ih": self.tr("How the weight matrix between the input and the hidden layer changes: the same rule one layer down, with the hidden errors and the inputs."),
            "loss_after": self.tr("Both weight matrices take their step; the same sample's loss with the new weights."),
        }
        for key, text in words.items():
            self.lines[key].words.setText(text)

    def refresh_words(self) -> None:
        """The lines' words again: before any step they name the learning rate the next step will use."""
        self._show_words(self.network.hidden_nodes if self.network is not None else 200)

    # -- picking a weight for the derivation ------------------------------------------------------
    def weight_at(self, label: QLabel, x: float, y: float) -> tuple[str, int, int] | None:
        """The weight under (x, y) of the ΔW_ho map (("ho", k, j)) or of a node's ΔW_ih image (("ih", j, i))."""
        e = self.explanation
        if e is None:
            return None
        if label is self.lines["delta_w_ho"].value:
            pixmap = label.pixmap()
            if pixmap is None or pixmap.isNull():
                return None
            y -= max(0, label.height() - pixmap.height()) // 2  # the map sits left, centred vertically
            if not (0 <= x < pixmap.width() and 0 <= y < pixmap.height()):
                return None
            rows, columns = e.delta_w_ho.shape
            return "ho", int(y * rows // pixmap.height()), int(x * columns // pixmap.width())
        if label in self.node_images:
            place = self.node_images.index(label)
            if place >= len(self.shown_nodes) or not (0 <= x < 28 * NODE_ZOOM and 0 <= y < 28 * NODE_ZOOM):
                return None
            return "ih", int(self.shown_nodes[place]), int(y // NODE_ZOOM) * 28 + int(x // NODE_ZOOM)
        return None

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            weight = self.weight_at(watched, event.position().x(), event.position().y())
            if weight is not None:
                self.derivation.pick(*weight)
                return True
        return super().eventFilter(watched, event)

    # -- language ------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.title.setText(self.tr("One training step, explained"))
        self.legend.setText(
            self.tr("In the tutorial's names: W<sub>ih</sub> is the weight matrix from the input layer to the hidden layer, "
                    "W<sub>ho</sub> from the hidden layer to the output layer; α is the learning rate; "
                    "· is the matrix product, ∗ multiplies element by element, <sup>T</sup> transposes.")
        )
        self.source_mnist.setText(self.tr("An MNIST &training image:"))
        self.source_pad.setText(self.tr("The digit on the &pad"))
        self.source_mnist.setToolTip(self.tr("Step on MNIST's training images, one after the other"))
        self.source_pad.setToolTip(self.tr("Step on the digit drawn on the pad, with the label you give it"))
        self.index_spin.setToolTip(self.tr("Which training image (Step then goes on with the next)"))
        self.index_spin.setAccessibleName(self.tr("Training image number"))
        self.random_button.setText(self.tr("&Random"))
        self.random_button.setToolTip(self.tr("A random training image"))
        self.label_row.caption.setText(self.tr("Its label:"))
        for digit, button in enumerate(self.label_row.buttons):
            button.setToolTip(self.tr("The digit on the pad is a %1: the step's target").replace("%1", str(digit)))
            button.setAccessibleName(self.tr("Label %1").replace("%1", str(digit)))
        self.step_button.setText(self.tr("&Step"))
        self.step_button.setToolTip(self.tr("One training step on the chosen sample, explained below"))
        self.apply_check.setText(self.tr("&Apply to the app's network"))
        self.restart_button.setText(self.tr("Start the copy afresh"))
        self.restart_button.setToolTip(self.tr("Forget the private copy's steps: the next step copies the app's network again"))
        self._update_sample()
        self._update_controls()
        self._show_explanation()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
