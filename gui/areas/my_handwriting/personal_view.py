"""The "My handwriting" tab: collect your own digits, see how well the network reads them, and fine-tune it.

The window hands over the digit on the pad and the network's answer to it (``set_current``),
the network to judge (``set_network``) and MNIST (``set_dataset``). A click on one of the
label buttons "This digit is: 0 … 9" adds the drawing with that label (``add_current``); the
network's answer is marked among them, and nothing of an earlier drawing's label stays. The set is saved to the file given to
the constructor after every change, so a restart shows it again. Fine-tuning runs
``core.personal.fine_tune_steps`` on a *copy* of the network in this view's own
``BackgroundJob``; when it ends (not cancelled) ``networkTuned`` brings the tuned copy,
then ``fineTuneEnded`` says whether it did; the tuned copy's ``test_accuracy`` is the one
measured on the test images after the fine-tune. ``correct`` is the pad's one-click
correction: it adds a digit and runs the short fine-tune of ``core.personal.CORRECTION_*``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.augment import AugmentSettings
from core.data import Dataset
from core.errors import DataError
from core.network import NeuralNetwork
from core.personal import (
    CORRECTION_LEARNING_RATE,
    CORRECTION_MIX,
    CORRECTION_NEWEST,
    CORRECTION_STEPS,
    CORRECTION_WARP,
    CORRECTION_WARPED_COPIES,
    FineTuneProgress,
    PersonalSet,
    fine_tune_steps,
)
from core.training import TrainingControl, evaluate
from gui.window.background import BackgroundJob, OwnsOneJob
from gui.left_column.correction_row import DigitButtons
from gui.widgets.foldable_note import FoldableNote

FINE_TUNE_STEPS = 10
FINE_TUNE_LEARNING_RATE = 0.05
FINE_TUNE_MIX = 4  # MNIST images per own digit in every step, so the network does not forget MNIST
THUMB_ZOOM = 2
WRONG_COLOUR = QColor("#b00020")


@dataclass(frozen=True)
class _MnistCheck:
    before: float  # MNIST test accuracy before fine-tuning, 0–1
    after: float


def _thumbnail(image28: np.ndarray) -> QIcon:
    gray = np.ascontiguousarray(np.rint(np.clip(image28, 0, 1) * 255), dtype=np.uint8)
    image = QImage(gray.data, 28, 28, 28, QImage.Format.Format_Grayscale8).copy()
    return QIcon(QPixmap.fromImage(image).scaled(28 * THUMB_ZOOM, 28 * THUMB_ZOOM))


class PersonalView(QWidget, OwnsOneJob):
    networkTuned = Signal(object)  # the fine-tuned NeuralNetwork (a new object)
    fineTuneEnded = Signal(bool)  # after every fine-tune, last: True when networkTuned came
    runningChanged = Signal(bool)
    error = Signal(str)

    def __init__(self, path: str | Path, parent: QWidget | None = None, settings: QSettings | None = None):
        super().__init__(parent)
        self.setObjectName("personalView")
        self.path = Path(path)
        self.network: NeuralNetwork | None = None
        self.dataset: Dataset | None = None
        self.current: np.ndarray | None = None
        self._busy = False
        self._job: BackgroundJob | None = None
        self._control: TrainingControl | None = None
        self._tuned: NeuralNetwork | None = None
        self._before: float | None = None  # accuracy on the set when fine-tuning started
        self._mnist: _MnistCheck | None = None
        self.answer: int | None = None  # the network's reading of the pad's digit, marked among the label buttons
        self._added: int | None = None  # the label the pad's drawing was just added with (None: not added)

        # "About this view" folds away after the first read (remembered in ``settings``)
        self.note = FoldableNote("personal", "personalExplanation", settings)
        self.note.set_texts(
            self.tr("About this view"),
            self.tr(
                "Collect your own handwriting: draw a digit on the pad, then click the digit it is to add it to your set. "
                "The list shows what the network reads in each (red: read wrong). Fine-tuning trains the network a little "
                "on your digits, mixed with MNIST so that it does not forget MNIST."
            ),
            self.tr("Show or hide the explanation of this view"),
        )
        # "This digit is: 0 … 9": a click adds the drawing with that label; the network's answer is marked
        self.label_buttons = DigitButtons("personalLabelRow", "personalLabelButton", "personalLabelCaption", size=30)
        self.label_buttons.caption.setText(self.tr("This digit is:"))
        self.label_buttons.setToolTip(self.tr("Click the digit you drew to add the drawing to your set with that label"))
        for digit, button in enumerate(self.label_buttons.buttons):
            button.setToolTip(self.tr("Add the drawing on the pad to your set as a %1").replace("%1", str(digit)))
            button.setAccessibleName(self.tr("Add as %1").replace("%1", str(digit)))
        self.add_hint = QLabel(objectName="personalAddHint")
        self.add_hint.setWordWrap(True)
        self.list = QListWidget(objectName="personalList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(28 * THUMB_ZOOM, 28 * THUMB_ZOOM))
        self.list.setGridSize(QSize(28 * THUMB_ZOOM + 24, 28 * THUMB_ZOOM + 26))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setToolTip(self.tr("Your digits and what the network reads (red: read wrong). Delete removes the selected ones."))
        self.remove_button = QPushButton(self.tr("Remove"), objectName="removePersonalButton")
        self.remove_button.setToolTip(self.tr("Remove the selected digits from your handwriting set"))
        self.accuracy_label = QLabel(objectName="personalAccuracyLabel")
        self.accuracy_label.setWordWrap(True)
        self.status_label = QLabel(objectName="personalStatusLabel")
        self.status_label.setWordWrap(True)
        self.fine_tune_button = QPushButton(self.tr("Fine-tune"), objectName="fineTuneButton")
        self.fine_tune_button.setToolTip(
            self.tr("Train the network %1 short rounds on your digits mixed with 4× as many MNIST digits").replace("%1", str(FINE_TUNE_STEPS))
        )
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="fineTuneCancelButton")
        self.cancel_button.setToolTip(self.tr("Stop the fine-tuning"))
        self.progress_bar = QProgressBar(objectName="fineTuneProgressBar", minimum=0, maximum=FINE_TUNE_STEPS, value=0)
        self.progress_bar.setFormat(self.tr("Not started"))

        self.empty_hint = QLabel(objectName="personalEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setText(
            self.tr("Your set is empty. Draw a digit on the pad (left), then click the digit it is above: it appears here.")
        )
        self.list_stack = QStackedWidget(objectName="personalListStack")
        self.list_stack.addWidget(self.empty_hint)
        self.list_stack.addWidget(self.list)
        list_row = QHBoxLayout()
        list_row.addWidget(self.accuracy_label, 1)
        list_row.addWidget(self.remove_button)
        tune_row = QHBoxLayout()
        tune_row.addWidget(self.fine_tune_button)
        tune_row.addWidget(self.cancel_button)
        tune_row.addWidget(self.progress_bar, 1)
        # shown only while fine-tuning: an idle "Not started" or a full "Done" bar looked like a button;
        # the line under the list says how it went
        keep_place = self.progress_bar.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)
        self.progress_bar.setSizePolicy(keep_place)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.label_buttons)
        layout.addWidget(self.add_hint)
        layout.addWidget(self.list_stack, 1)
        layout.addLayout(list_row)
        layout.addLayout(tune_row)
        layout.addWidget(self.status_label)

        self.label_buttons.digitChosen.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_enabled)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_selected, context=Qt.ShortcutContext.WidgetShortcut)
        self.fine_tune_button.clicked.connect(lambda: self.fine_tune())
        self.cancel_button.clicked.connect(self.cancel)

        try:
            self.personal = PersonalSet.load(self.path)
        except DataError as problem:
            self.personal = PersonalSet()
            self._show_status(self.tr("Could not read your saved digits: %1. Digits you add now replace that file.").replace("%1", str(problem)), error=True)
        self._rebuild_list()

    # -- inputs from the window ---------------------------------------------
    def set_current(self, image28: np.ndarray | None, answer: int | None = None) -> None:
        """The 28×28 field of the digit on the pad (``Preprocessed.image28``), or None when the pad is empty.

        ``answer``, the network's reading of it, is marked among the label buttons. Every call is a
        new or changed drawing: nothing of the previous drawing's label stays.
        """
        image = None if image28 is None else np.array(image28, dtype=np.float32)
        same = image is not None and self.current is not None and np.array_equal(image, self.current)
        if not same:  # a new drawing (e.g. not the same one read again by a fine-tuned network)
            self._added = None
        self.current = image
        self.answer = None if image is None or answer is None else int(answer)
        self.label_buttons.set_suggested(self.answer if self._added is None else None)
        self._update_enabled()

    def set_network(self, network: NeuralNetwork | None) -> None:
        """The network to judge the set with (the window's current predictor)."""
        self.network = network
        self._refresh_readings()

    def set_dataset(self, dataset: Dataset | None) -> None:
        self.dataset = dataset
        self._update_enabled()

    def set_busy(self, busy: bool) -> None:
        """True while the main training runs: fine-tuning may not start then."""
        self._busy = busy
        self._update_enabled()

    # -- the set ---------------------------------------------------------------
    @Slot(int)
    def add_current(self, label: int) -> bool:
        """Add the pad's digit with ``label`` (a label button's click); the same drawing is added once."""
        if self.current is None or self._added is not None or not self.add(self.current, label):
            return False
        self._added = int(label)
        self.label_buttons.set_suggested(None)
        self._update_enabled()
        return True

    def add(self, image28: np.ndarray, label: int) -> bool:
        """Add one labelled digit, save the set and show it; False (and a message) if it could not be added."""
        if self.is_running():
            return False
        try:
            self.personal.add(image28, label)
        except ValueError as problem:
            self._show_status(str(problem), error=True)
            return False
        self._save()
        self.list.addItem(self._item(self.personal.images[-1], self.personal.labels[-1]))
        self._refresh_readings()
        self.list.scrollToBottom()
        return True

    def can_correct(self) -> bool:
        """True when ``correct`` would run: a network and MNIST, and no training or fine-tune going on."""
        return self.network is not None and self.dataset is not None and not self._busy and not self.is_running()

    def correct(self, image28: np.ndarray, label: int) -> bool:
        """The pad's one-click correction: add the digit with ``label``, then the short correction fine-tune.

        True when the fine-tune started (its end comes as ``networkTuned`` and ``fineTuneEnded``).
        """
        if not self.can_correct() or not self.add(image28, label):
            return False
        return self.fine_tune(
            CORRECTION_STEPS, CORRECTION_LEARNING_RATE, CORRECTION_MIX, newest=CORRECTION_NEWEST,
            warped_copies=CORRECTION_WARPED_COPIES, warp=CORRECTION_WARP,
        )

    @Slot()
    def remove_selected(self) -> None:
        if self.is_running():
            return
        rows = sorted((self.list.row(item) for item in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.personal.remove(row)
        if rows:
            self._save()
            self._rebuild_list()

    def _save(self) -> None:
        try:
            self.personal.save(self.path)
        except OSError as problem:
            message = self.tr("Could not save your digits to %1: %2").replace("%1", str(self.path)).replace("%2", problem.strerror or str(problem))
            self._show_status(message, error=True)
            self.error.emit(message)
            return
        self._show_status("")

    def _rebuild_list(self) -> None:
        self.list.clear()
        for image, label in zip(self.personal.images, self.personal.labels):
            self.list.addItem(self._item(image, label))
        self._refresh_readings()

    @staticmethod
    def _item(image: np.ndarray, label: int) -> QListWidgetItem:
        item = QListWidgetItem(_thumbnail(image), str(label))
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
        return item

    def _refresh_readings(self) -> None:
        """Each item's caption: its label, and what the network reads when that differs."""
        readings = self.personal.predictions(self.network) if self.network is not None else None
        for row, label in enumerate(self.personal.labels):
            item = self.list.item(row)
            if readings is None:
                item.setText(str(label))
                item.setToolTip(self.tr("Labelled %1").replace("%1", str(label)))
                continue
            read = int(readings[row])
            right = read == label
            item.setText(f"{label} ✓" if right else f"{label} → {read}")
            item.setForeground(QBrush(self.palette().text().color() if right else WRONG_COLOUR))
            item.setToolTip(self.tr("Labelled %1; the network reads %2").replace("%1", str(label)).replace("%2", str(read)))
        n = len(self.personal)
        if n == 0:
            self.accuracy_label.setText("")  # the empty list's hint says what to do
        elif readings is None:
            self.accuracy_label.setText(self.tr("1 digit in your set") if n == 1 else self.tr("%1 digits in your set").replace("%1", str(n)))
        else:
            right = int((readings == self.personal.labels).sum())
            words = (self.tr("The network reads your 1 digit right") if n == 1 and right == 1
                     else self.tr("The network reads your 1 digit wrong") if n == 1
                     else self.tr("The network reads %1 of your %2 digits right (%3 %)"))
            self.accuracy_label.setText(
                words
                .replace("%1", str(right))
                .replace("%2", str(n))
                .replace("%3", f"{100 * right / n:.0f}")
            )
        self._update_enabled()

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet("color: #b00020;" if error else "")
        self.status_label.setText(text)

    def _update_enabled(self) -> None:
        running = self.is_running()
        self.label_buttons.setEnabled(self.current is not None and self._added is None and not running)
        self.add_hint.setText(self._add_hint_text())
        self.list_stack.setCurrentWidget(self.list if len(self.personal) else self.empty_hint)
        self.remove_button.setEnabled(bool(self.list.selectedItems()) and not running)
        self.fine_tune_button.setEnabled(len(self.personal) > 0 and self.can_correct())
        self.cancel_button.setEnabled(running)
        self.progress_bar.setVisible(running)

    def _add_hint_text(self) -> str:
        """One line under the label buttons: what to do next."""
        if self._added is not None:
            return self.tr("Added as a %1. Clear the pad (Esc) and draw the next digit.").replace("%1", str(self._added))
        if self.current is None:
            return self.tr("Draw a digit on the pad first.")
        if self.answer is not None:
            return self.tr("The network reads %1 (marked). Click the digit you drew.").replace("%1", str(self.answer))
        return self.tr("Click the digit you drew.")

    # -- fine-tuning -------------------------------------------------------------
    def fine_tune(
        self,
        steps: int = FINE_TUNE_STEPS,
        learning_rate: float = FINE_TUNE_LEARNING_RATE,
        mix: int = FINE_TUNE_MIX,
        newest: int | None = None,
        warped_copies: int = 0,
        warp: AugmentSettings = AugmentSettings(),
    ) -> bool:
        """Fine-tune a copy of the network on the set (only its ``newest`` digits if given); True if it started."""
        if not self.can_correct() or not len(self.personal):
            return False
        personal = self.personal.copy() if newest is None else self.personal.newest(newest)
        network, dataset = self.network.copy(), self.dataset
        self._control = control = TrainingControl()
        self._tuned = None

        def work():
            before, _, _ = evaluate(network, dataset.test_images, dataset.test_labels)
            yield from fine_tune_steps(network, personal, dataset, steps, learning_rate, mix=mix, control=control, warped_copies=warped_copies, warp=warp)
            if not control.stopped:
                after, _, _ = evaluate(network, dataset.test_images, dataset.test_labels)
                yield _MnistCheck(before, after)

        self._before = self.personal.accuracy(self.network)
        if self._job is not None:
            self._job.deleteLater()
        self._job = BackgroundJob(work, "fine-tune", self)
        self._job.yielded.connect(lambda event: self._on_event(event, network))
        self._job.failed.connect(self._on_failed)
        self._job.finished.connect(self._on_finished)
        self._job.start()
        self.progress_bar.setMaximum(steps)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("Starting…"))
        self._show_status("")
        self._update_enabled()
        self.runningChanged.emit(True)
        return True

    def _on_event(self, event, network: NeuralNetwork) -> None:
        if isinstance(event, FineTuneProgress):
            self.progress_bar.setValue(event.step)
            self.progress_bar.setFormat(
                self.tr("Round %1 of %2 · your digits %3 %")
                .replace("%1", str(event.step))
                .replace("%2", str(event.steps))
                .replace("%3", f"{100 * event.personal_accuracy:.0f}")
            )
        elif isinstance(event, _MnistCheck):
            network.test_accuracy = event.after  # the tuned copy's own, for the window's status bar
            self._tuned = network
            self._mnist = event

    def _on_failed(self, message: str) -> None:
        text = self.tr("Fine-tuning failed: %1").replace("%1", message)
        self._show_status(text, error=True)
        self.error.emit(text)

    def _on_finished(self) -> None:
        control, self._control = self._control, None
        tuned, self._tuned = self._tuned, None
        if tuned is not None and not control.stopped:
            self.progress_bar.setFormat(self.tr("Done"))
            self._show_status(
                self.tr("Fine-tuned: your digits %1 % → %2 %; MNIST test accuracy %3 % → %4 %")
                .replace("%1", f"{100 * (self._before or 0):.0f}")
                .replace("%2", f"{100 * (self.personal.accuracy(tuned) or 0):.0f}")
                .replace("%3", f"{100 * self._mnist.before:.2f}")
                .replace("%4", f"{100 * self._mnist.after:.2f}")
            )
            self.set_network(tuned)
            self._update_enabled()
            self.runningChanged.emit(False)
            self.networkTuned.emit(tuned)
            self.fineTuneEnded.emit(True)
            return
        if control is not None and control.stopped:
            self.progress_bar.setFormat(self.tr("Cancelled"))
            self._show_status(self.tr("Fine-tuning cancelled: the network is unchanged."))
        self._update_enabled()
        self.runningChanged.emit(False)
        self.fineTuneEnded.emit(False)
