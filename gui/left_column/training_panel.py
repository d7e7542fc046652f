"""The training controls: presets, epochs, learning rate, hidden nodes, batch size, seed,
Start / Pause / Stop / Reset, the pace, and the progress bar."""
from __future__ import annotations

from dataclasses import replace

import math

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.presets import PEN_COPIES, PRESETS, Preset
from core.training import STEP
from gui.left_column.sample_view import SampleView
from gui.left_column.samples_strip import SamplesStrip

# the pace combo's choices: key -> samples a second (None: full speed, STEP: one at a time)
PACES = {"full": None, "1000": 1000.0, "100": 100.0, "10": 10.0, "step": STEP}
SLOW_PACE = 100  # at this many samples a second or fewer, the sample being learned is shown


class TrainingPanel(QGroupBox):
    """Controls for a training run. The window connects the request signals to the session."""

    startRequested = Signal()
    pauseToggled = Signal(bool)  # True: pause, False: resume
    stopRequested = Signal()
    resetRequested = Signal()
    learningRateChanged = Signal(float)
    paceChanged = Signal(object)  # None (full speed), samples a second, or core.training.STEP
    nextSampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Training"), parent)
        self.setObjectName("trainingPanel")

        self.preset_combo = QComboBox(objectName="presetCombo")
        self.preset_combo.addItem(self.tr("Tutorial (batch 1, lr 0.1, 5 epochs)"), "tutorial")
        self.preset_combo.addItem(self.tr("Fast (batch 16, lr 1, 8 epochs)"), "fast")
        self.preset_combo.addItem(self.tr("Robust (batch 16, lr 1, augmented, + pen digits, 14 epochs)"), "robust")
        self.preset_combo.addItem(self.tr("Custom"), "custom")
        self.preset_combo.setToolTip(
            self.tr("Tutorial: the tutorial's settings. Fast: mini-batches, over 97.5 % in seconds. "
                    "Robust: trains on varied digits and people's pen digits, and from the second epoch practises the ones "
                    "it got wrong (three quarters of each epoch), so it reads drawings best.")
        )

        self.epochs_spin = QSpinBox(objectName="epochsSpin", minimum=1, maximum=1000, value=5)
        self.epochs_spin.setToolTip(self.tr("How many times to go through the 60,000 training images"))
        self.learning_rate_spin = QDoubleSpinBox(objectName="learningRateSpin", decimals=4, minimum=0.0001, maximum=100.0, value=0.1)
        self.learning_rate_spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.learning_rate_spin.setToolTip(self.tr("How far each weight moves per step (can be changed while training)"))
        self.hidden_spin = QSpinBox(objectName="hiddenNodesSpin", minimum=1, maximum=1000, value=200, singleStep=10)
        self.hidden_spin.setToolTip(self.tr("Number of sigmoid nodes in the hidden layer (takes effect on Reset or Start from scratch)"))
        self.batch_spin = QSpinBox(objectName="batchSizeSpin", minimum=1, maximum=1024, value=1)
        self.batch_spin.setToolTip(self.tr("Samples per weight update; 1 is the tutorial's one-at-a-time rule"))
        self.seed_spin = QSpinBox(objectName="seedSpin", minimum=0, maximum=2_147_483_647, value=0)
        self.seed_spin.setToolTip(self.tr("Random seed for the initial weights and the shuffling"))
        self.augment_check = QCheckBox(self.tr("Augment: &warped digits"), objectName="augmentCheck")
        self.augment_check.setToolTip(
            self.tr("Train on digits randomly rotated, slanted, resized, shifted and drawn thinner or thicker, "
                    "on some 9s turned upside down as 6s (a 6 with a big loop, which MNIST seldom has) "
                    "and on some 1s given a flag at the top, so the network reads handwriting unlike MNIST's")
        )

        self.pen_digits_check = QCheckBox(self.tr("+ pen digits"), objectName="penDigitsCheck")  # no mnemonic: its letters are taken
        self.pen_digits_check.setToolTip(
            self.tr("Mix real people's pen-written digits into every epoch: 6,908 digits by 73 writers on tablets "
                    "(UNIPEN, CC BY 4.0), drawn the way the pad draws yours, so the network reads more kinds of handwriting")
        )
        self.pen_digits_check.setAccessibleDescription(self.pen_digits_check.toolTip())
        data_row = QHBoxLayout()  # what it trains on: both check boxes in the Augment cell
        data_row.setContentsMargins(0, 0, 0, 0)
        data_row.addWidget(self.augment_check)
        data_row.addWidget(self.pen_digits_check)
        data_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Pr&eset"), self.preset_combo)  # the label is the combo's buddy: Alt+E
        grid = QGridLayout()
        for row, (label, spin, label2, spin2) in enumerate(
            [
                # mnemonics: none may clash with the buttons (S, U, O, R) or the menus (M, T, P, V, H)
                (self.tr("Epo&chs"), self.epochs_spin, self.tr("&Learning rate"), self.learning_rate_spin),
                (self.tr("H&idden nodes"), self.hidden_spin, self.tr("Batch si&ze"), self.batch_spin),
                (self.tr("See&d"), self.seed_spin, None, self.augment_check),
            ]
        ):
            for column, (text, widget) in enumerate([(label, spin), (label2, spin2)]):
                if widget is None:
                    continue
                if text is None:  # a check box carries its own label
                    widget.setAccessibleDescription(widget.toolTip())
                    grid.addLayout(data_row, row, 2 * column, 1, 2)
                    continue
                caption = QLabel(text)
                caption.setBuddy(widget)
                widget.setAccessibleName(caption.text().replace("&", ""))
                widget.setAccessibleDescription(widget.toolTip())
                grid.addWidget(caption, row, 2 * column)
                grid.addWidget(widget, row, 2 * column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.start_button = QPushButton(self.tr("&Start"), objectName="startButton")
        self.start_button.setToolTip(self.tr("Start training (F5)"))
        self._make_primary(self.start_button)
        self.pause_button = QPushButton(self.tr("Pa&use"), objectName="pauseButton", checkable=True)
        self.pause_button.setToolTip(self.tr("Pause or resume training (F6)"))
        self.stop_button = QPushButton(self.tr("St&op"), objectName="stopButton")
        self.stop_button.setToolTip(self.tr("Stop training; the weights learned so far are kept (F7)"))
        self.reset_button = QPushButton(self.tr("&Reset"), objectName="resetButton")
        self.reset_button.setToolTip(self.tr("New random weights with the chosen hidden nodes and seed"))
        buttons = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.stop_button, self.reset_button):
            buttons.addWidget(button)

        self.pace_combo = QComboBox(objectName="paceCombo")
        self.pace_combo.addItem(self.tr("Full speed"), "full")
        self.pace_combo.addItem(self.tr("1,000 samples a second"), "1000")
        self.pace_combo.addItem(self.tr("100 samples a second"), "100")
        self.pace_combo.addItem(self.tr("10 samples a second"), "10")
        self.pace_combo.addItem(self.tr("One sample at a time"), "step")
        self.pace_combo.setToolTip(self.tr("How fast to train, to watch it learn (can be changed while training). "
                                           "The result is the same at every pace."))
        self.next_sample_button = QPushButton(self.tr("Ne&xt sample"), objectName="nextSampleButton")
        self.next_sample_button.setShortcut(QKeySequence("F8"))
        self.next_sample_button.setToolTip(self.tr("Learn one more sample, or one mini-batch (F8)"))
        self.suggested_rate_button = QPushButton(objectName="suggestedRateButton")
        self.suggested_rate_button.setToolTip(self.tr("The run diverged: set this smaller learning rate, then press Start"))
        self.suggested_rate_button.hide()
        self._suggested_rate: float | None = None
        pace_row = QHBoxLayout()
        pace_caption = QLabel(self.tr("Pace"))  # every letter of it is taken: Tab reaches it
        pace_caption.setBuddy(self.pace_combo)
        self.pace_combo.setAccessibleName(self.tr("Pace"))
        pace_row.addWidget(pace_caption)
        pace_row.addWidget(self.pace_combo, 1)
        pace_row.addWidget(self.next_sample_button)

        self.progress_bar = QProgressBar(objectName="progressBar", minimum=0, maximum=1000, value=0)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFormat(self.tr("Not started"))
        self.progress_bar.setToolTip(self.tr("Progress over the whole run"))
        self.progress_label = QLabel(objectName="progressLabel")
        # one width for every text it shows, so a new speed never relayouts the column
        self.progress_label.setFixedWidth(self.progress_label.fontMetrics().horizontalAdvance(
            self.tr("%1 samples/s · %2 left").replace("%1", "188,888").replace("%2", "88 min")) + 4)
        # and one height: a fixed size keeps a new text from asking the whole window for a relayout (10 times a second)
        self.progress_label.setFixedHeight(self.progress_label.sizeHint().height())

        self.preset_combo.setAccessibleName(self.tr("Preset"))
        self.progress_bar.setAccessibleName(self.tr("Training progress"))
        self.progress_label.setAccessibleName(self.tr("Speed and time left"))
        for button in (self.start_button, self.pause_button, self.stop_button, self.reset_button,
                       self.next_sample_button, self.suggested_rate_button):
            button.setAccessibleDescription(button.toolTip())
        self.pace_combo.setAccessibleDescription(self.pace_combo.toolTip())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(self.suggested_rate_button)
        layout.addLayout(buttons)
        layout.addLayout(pace_row)
        progress_row = QHBoxLayout()  # the bar and its speed line side by side: a short window has room for the pad
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.progress_label)
        layout.addLayout(progress_row)
        self.samples_strip = SamplesStrip()
        layout.addWidget(self.samples_strip)
        self.sample_view = SampleView()  # in the strip's place at slow paces
        layout.addWidget(self.sample_view)
        # Tab goes along the form's rows, then the buttons (once all are in this widget)
        order = [self.preset_combo, self.epochs_spin, self.learning_rate_spin, self.hidden_spin, self.batch_spin,
                 self.seed_spin, self.augment_check, self.pen_digits_check, self.suggested_rate_button, self.start_button, self.pause_button,
                 self.stop_button, self.reset_button, self.pace_combo, self.next_sample_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

        self._applying_preset = False
        self.preset_combo.currentIndexChanged.connect(self._on_preset_chosen)
        for spin in (self.epochs_spin, self.learning_rate_spin, self.hidden_spin, self.batch_spin):
            spin.valueChanged.connect(self._on_value_edited)
        self.augment_check.toggled.connect(self._on_value_edited)
        self.pen_digits_check.toggled.connect(self._on_value_edited)
        self.learning_rate_spin.valueChanged.connect(self.learningRateChanged)
        self.learning_rate_spin.valueChanged.connect(self._on_learning_rate_edited)
        self.suggested_rate_button.clicked.connect(self._take_suggested_rate)
        self.pace_combo.currentIndexChanged.connect(self._on_pace_chosen)
        self.next_sample_button.clicked.connect(self.nextSampleRequested)
        self.start_button.clicked.connect(self.startRequested)
        self.pause_button.toggled.connect(self._on_pause_toggled)
        self.stop_button.clicked.connect(self.stopRequested)
        self.reset_button.clicked.connect(self.resetRequested)
        self._state = "loading"
        self.set_state("loading")
        self._on_pace_chosen()

    @staticmethod
    def _make_primary(button: QPushButton) -> None:
        """The main action's look: the default button, bold, in the accent colour while enabled."""
        button.setDefault(True)
        font = button.font()
        font.setBold(True)
        button.setFont(font)
        palette = button.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Button, palette.color(group, QPalette.ColorRole.Highlight))
            palette.setColor(group, QPalette.ColorRole.ButtonText, palette.color(group, QPalette.ColorRole.HighlightedText))
        button.setPalette(palette)

    # -- pace ----------------------------------------------------------------
    def pace(self) -> float | str | None:
        """None (full speed), samples a second, or STEP (one sample at a time)."""
        return PACES.get(self.pace_combo.currentData())

    def pace_is_slow(self) -> bool:
        """Slow enough to follow each sample: SLOW_PACE a second or fewer, or one at a time."""
        pace = self.pace()
        return pace == STEP or (pace is not None and pace <= SLOW_PACE)

    def _on_pace_chosen(self) -> None:
        slow = self.pace_is_slow()
        self.samples_strip.setVisible(not slow)
        self.sample_view.setVisible(slow)
        self._update_next_sample_button()
        self.paceChanged.emit(self.pace())

    def _update_next_sample_button(self) -> None:
        stepping = self.pace() == STEP
        self.next_sample_button.setVisible(stepping)
        self.next_sample_button.setEnabled(stepping and self._state in ("running", "paused"))

    def show_sample(self, progress) -> None:
        """The sample a paced Progress brings (nothing if it brings none)."""
        if progress.sample_image is not None:
            self.sample_view.show_sample(progress.sample_image, progress.sample_label, progress.sample_outputs)

    # -- after a divergence ----------------------------------------------------
    def offer_learning_rate(self, learning_rate: float) -> None:
        """Offer a smaller learning rate as a button; the spin box changes only if it is clicked."""
        self._suggested_rate = learning_rate
        self.suggested_rate_button.setText(self.tr("Use learning rate %1").replace("%1", f"{learning_rate:g}"))
        self.suggested_rate_button.show()

    def withdraw_learning_rate(self) -> None:
        self._suggested_rate = None
        self.suggested_rate_button.hide()

    def _take_suggested_rate(self) -> None:
        rate = self._suggested_rate
        self.withdraw_learning_rate()
        if rate is not None:
            self.learning_rate_spin.setValue(rate)

    def _on_learning_rate_edited(self) -> None:
        if self._suggested_rate is not None and self.learning_rate_spin.value() != self._suggested_rate:
            self.withdraw_learning_rate()

    def end_progress(self, fraction: float, text: str, detail: str) -> None:
        """A run's end: the bar where it ended, saying ``text``; ``detail`` instead of the speed and time left."""
        self.progress_bar.setValue(round(1000 * fraction))
        self.progress_bar.setFormat(text)
        self.progress_label.setText(detail)

    def reset_progress(self, text: str) -> None:
        """An empty progress bar that says ``text``, and no speed or time left."""
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(text)
        self.progress_label.clear()

    # -- presets -------------------------------------------------------------
    def _on_preset_chosen(self) -> None:
        preset = PRESETS.get(self.preset_combo.currentData())
        if preset is None:
            return
        self._applying_preset = True
        self.epochs_spin.setValue(preset.epochs)
        self.learning_rate_spin.setValue(preset.learning_rate)
        self.hidden_spin.setValue(preset.hidden_nodes)
        self.batch_spin.setValue(preset.batch_size)
        self.augment_check.setChecked(preset.augment)
        self.pen_digits_check.setChecked(preset.pen_digits > 0)
        self._applying_preset = False

    def _on_value_edited(self) -> None:
        if self._applying_preset:
            return
        current = Preset(
            self.epochs_spin.value(), self.learning_rate_spin.value(), self.hidden_spin.value(), self.batch_spin.value(),
            augment=self.augment_check.isChecked(), pen_digits=PEN_COPIES if self.pen_digits_check.isChecked() else 0,
        )
        matching = [key for key, preset in PRESETS.items() if replace(preset, learning_rate_decay=1.0, practice=0.0) == current]
        index = self.preset_combo.findData(matching[0] if matching else "custom")
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(index)
        self.preset_combo.blockSignals(False)

    def learning_rate_decay(self) -> float:
        """The chosen preset's learning-rate decay per epoch; 1 (none) for custom settings."""
        preset = PRESETS.get(self.preset_combo.currentData())
        return preset.learning_rate_decay if preset is not None else 1.0

    def practice(self) -> float:
        """The chosen preset's share of places given to the digits it got most wrong (core.practice); 0 for custom settings."""
        preset = PRESETS.get(self.preset_combo.currentData())
        return preset.practice if preset is not None else 0.0

    def choose_preset(self, key: str) -> None:
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(key))

    # -- state ---------------------------------------------------------------
    def _on_pause_toggled(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Res&ume") if paused else self.tr("Pa&use"))
        self.pauseToggled.emit(paused)

    def set_state(self, state: str) -> None:
        """loading, idle, running or paused: enable what makes sense."""
        running = state in ("running", "paused")
        self._state = state
        self._update_next_sample_button()
        if running:
            self.withdraw_learning_rate()  # a new run: the offer was for the one before
        self.start_button.setEnabled(state == "idle")
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        self.reset_button.setEnabled(state == "idle")
        for widget in (self.preset_combo, self.epochs_spin, self.hidden_spin, self.batch_spin, self.seed_spin, self.augment_check,
                       self.pen_digits_check):
            widget.setEnabled(not running)
        if not running and self.pause_button.isChecked():
            self.pause_button.blockSignals(True)
            self.pause_button.setChecked(False)
            self.pause_button.setText(self.tr("Pa&use"))
            self.pause_button.blockSignals(False)

    def show_progress(self, fraction: float, epoch: int, epochs: int, samples_per_second: float, seconds_left: float) -> None:
        self.progress_bar.setValue(round(1000 * fraction))
        self.progress_bar.setFormat(self.tr("Epoch %1/%2 · %3 %").replace("%1", str(epoch)).replace("%2", str(epochs)).replace("%3", f"{100 * fraction:.0f}"))
        pace = self.pace()
        if pace == STEP or not math.isfinite(seconds_left):
            self.progress_label.setText(self.tr("One sample at a time (F8)"))
            return
        speed = samples_per_second if pace is None else min(pace, samples_per_second)
        self.progress_label.setText(
            self.tr("%1 samples/s · %2 left").replace("%1", f"{speed:,.0f}").replace("%2", format_duration(seconds_left))
        )

    # -- settings ------------------------------------------------------------
    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("training/epochs", self.epochs_spin.value())
        settings.setValue("training/learning_rate", self.learning_rate_spin.value())
        settings.setValue("training/hidden_nodes", self.hidden_spin.value())
        settings.setValue("training/batch_size", self.batch_spin.value())
        settings.setValue("training/seed", self.seed_spin.value())
        settings.setValue("training/augment", self.augment_check.isChecked())
        settings.setValue("training/pen_digits", self.pen_digits_check.isChecked())
        settings.setValue("training/pace", self.pace_combo.currentData())

    def load_settings(self, settings: QSettings) -> None:
        def number(key, spin, kind):
            try:
                value = kind(settings.value(key, spin.value()))
            except (TypeError, ValueError):
                return
            spin.setValue(value)  # out-of-range values are clamped by the spin box

        self._applying_preset = True
        number("training/epochs", self.epochs_spin, int)
        number("training/learning_rate", self.learning_rate_spin, float)
        number("training/hidden_nodes", self.hidden_spin, int)
        number("training/batch_size", self.batch_spin, int)
        number("training/seed", self.seed_spin, int)
        self.augment_check.setChecked(str(settings.value("training/augment", False)).lower() in ("true", "1"))
        self.pen_digits_check.setChecked(str(settings.value("training/pen_digits", False)).lower() in ("true", "1"))
        pace = self.pace_combo.findData(str(settings.value("training/pace", "full")))
        if pace >= 0:
            self.pace_combo.setCurrentIndex(pace)
        self._applying_preset = False
        self._on_value_edited()


def format_duration(seconds: float) -> str:
    """A time left, in the interface's language: 45 s, 3 min 05 s, 1 h 02 min (45 秒, 3 分 05 秒 …)."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return QCoreApplication.translate("TrainingPanel", "%1 s").replace("%1", str(seconds))
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return QCoreApplication.translate("TrainingPanel", "%1 min %2 s").replace("%1", str(minutes)).replace("%2", f"{seconds:02d}")
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("TrainingPanel", "%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
