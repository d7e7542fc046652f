"""The "Experiments" tab: the tutorial's claims, tested — one ``ClaimCard`` per experiment of
``core.experiments`` (inputs, targets, initial weights, the sigmoid's flat ends, epochs).

One experiment runs at a time, as this view's own ``BackgroundJob`` over ``core.experiments.run``
with its own ``TrainingControl``: Cancel stops it within one training chunk, and a cancelled run
shows no result. None starts while the window's training, a sweep or a fine-tune runs
(``set_busy``); ``runningChanged`` lets the window lock those while one runs. ``shutdown()``
stops the job and waits, for the window's closeEvent.

Results live in a dict the window may hand in (``results``), so they survive a language switch.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QTabWidget, QToolButton, QVBoxLayout, QWidget

from core import experiments
from core.data import Dataset
from core.experiments import EXPERIMENTS, ExperimentResult, Settings
from core.training import TrainingControl
from gui.window.background import BackgroundJob, OwnsOneJob
from gui.areas.tutorial_math.claim_card import ClaimCard
from gui.window.languages import current_language


class ExperimentsView(QWidget, OwnsOneJob):
    runningChanged = Signal(bool)
    error = Signal(str)
    resultShown = Signal(str)  # an experiment's name, once its card shows a new result

    def __init__(self, results: dict[str, ExperimentResult] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("experimentsTab")
        self.dataset: Dataset | None = None
        self.results = results if results is not None else {}
        #: what each experiment trains on; tests put tiny subsets here (``set_experiment_settings``)
        self.experiment_settings: dict[str, Settings] = {name: experiment.defaults for name, experiment in EXPERIMENTS.items()}
        self.language = current_language()
        self._busy = False
        self._job: BackgroundJob | None = None
        self._control: TrainingControl | None = None
        self._running_name: str | None = None
        self._failure = ""

        intro = QLabel(self.tr("The tutorial gives advice with reasons. Each card puts one claim to the test: networks from "
                               "the same seed on the same images, the tutorial's choice against the one it warns about."))
        intro.setWordWrap(True)
        self.status_label = QLabel(objectName="experimentsStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        self.cards: dict[str, ClaimCard] = {}
        self.card_tabs = QTabWidget(objectName="experimentCards")
        self.card_tabs.setDocumentMode(True)
        # a picker, not the tab bar: seven or more tabs did not fit 1024 px (the last was cut to "The", with scroll arrows)
        self.card_tabs.tabBar().hide()
        self.picker = QComboBox(objectName="experimentPicker")
        self.previous_button = QToolButton(objectName="previousExperimentButton", arrowType=Qt.ArrowType.LeftArrow)
        self.next_button = QToolButton(objectName="nextExperimentButton", arrowType=Qt.ArrowType.RightArrow)
        self.previous_button.setToolTip(self.tr("The previous claim"))
        self.next_button.setToolTip(self.tr("The next claim"))
        self.previous_button.setAccessibleName(self.tr("The previous claim"))
        self.next_button.setAccessibleName(self.tr("The next claim"))
        self.picker.setToolTip(self.tr("Which of the tutorial's claims to put to the test"))
        self.picker.setAccessibleName(self.tr("Claim"))
        picker_label = QLabel(self.tr("Claim:"))
        picker_label.setBuddy(self.picker)
        picker_row = QHBoxLayout()
        picker_row.addWidget(picker_label)
        picker_row.addWidget(self.picker, 1)
        picker_row.addWidget(self.previous_button)
        picker_row.addWidget(self.next_button)
        titles = {
            "inputs": self.tr("Inputs"),
            "targets": self.tr("Targets"),
            "init": self.tr("Initial weights"),
            "learning-rate": self.tr("Flat sigmoid"),
            "epochs": self.tr("Epochs"),
            "constant": self.tr("The constant 2"),
            "slope": self.tr("Larger slope"),
            "pen": self.tr("People's digits"),
        }
        for name in EXPERIMENTS:
            card = ClaimCard(name, self.experiment_settings[name], self.language)
            card.runRequested.connect(self.start)
            card.cancelRequested.connect(lambda _name: self.cancel())
            scroll = QScrollArea(objectName=f"experimentScroll_{name}")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(card)
            self.card_tabs.addTab(scroll, titles[name])
            claim = EXPERIMENTS[name].claim
            summary = claim.summary_zh if self.language.startswith("zh") else claim.summary_en
            self.card_tabs.setTabToolTip(self.card_tabs.count() - 1, summary)
            self.picker.addItem(self._picker_text(self.card_tabs.count() - 1))
            self.picker.setItemData(self.picker.count() - 1, summary, Qt.ItemDataRole.ToolTipRole)
            self.cards[name] = card
            if name in self.results:
                card.show_result(self.results[name])
                self._mark_tab(name)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(intro)
        layout.addWidget(self.status_label)
        layout.addLayout(picker_row)
        layout.addWidget(self.card_tabs, 1)
        self.picker.currentIndexChanged.connect(self.card_tabs.setCurrentIndex)
        self.card_tabs.currentChanged.connect(self._on_card_shown)
        self.previous_button.clicked.connect(lambda: self.card_tabs.setCurrentIndex(max(0, self.card_tabs.currentIndex() - 1)))
        self.next_button.clicked.connect(lambda: self.card_tabs.setCurrentIndex(min(self.card_tabs.count() - 1, self.card_tabs.currentIndex() + 1)))
        self._on_card_shown(self.card_tabs.currentIndex())
        self._update_enabled()

    def _picker_text(self, index: int) -> str:
        """"3 / 7 · Initial weights ✔": the card's place, its title and (after a run) its verdict mark."""
        return f"{index + 1} / {len(EXPERIMENTS)} · {self.card_tabs.tabText(index)}"

    def _on_card_shown(self, index: int) -> None:
        self.picker.blockSignals(True)
        self.picker.setCurrentIndex(index)
        self.picker.blockSignals(False)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.card_tabs.count() - 1)

    # -- settings and state ------------------------------------------------------------------
    def set_experiment_settings(self, name: str, settings: Settings) -> None:
        self.experiment_settings[name] = settings
        self.cards[name].set_settings(self.fitted_settings(name))

    def fitted_settings(self, name: str) -> Settings:
        """The experiment's settings, its subsets cut to the dataset's size (a smaller dataset folder)."""
        settings = self.experiment_settings[name]
        if self.dataset is None:
            return settings
        return replace(settings, train_images=min(settings.train_images, len(self.dataset.train_images)),
                       test_images=min(settings.test_images, len(self.dataset.test_images)))

    def set_dataset(self, dataset: Dataset | None) -> None:
        self.dataset = dataset
        for name, card in self.cards.items():
            card.set_settings(self.fitted_settings(name))
        self._update_enabled()

    def set_busy(self, busy: bool) -> None:
        """True while the window trains, sweeps or fine-tunes: no experiment may start then (they would share the CPU)."""
        self._busy = busy
        self._update_enabled()

    def show_card(self, name: str) -> None:
        self.card_tabs.setCurrentIndex(list(self.cards).index(name))

    def _update_enabled(self) -> None:
        running = self.is_running()
        if self._failure:
            self._show_status(self._failure, error=True)
        elif self.dataset is None:
            self._show_status(self.tr("Waiting for MNIST to load…"))
        elif self._busy and not running:
            self._show_status(self.tr("An experiment can start when the training, sweep or fine-tuning has ended."))
        elif running:
            self._show_status(self.tr("One experiment at a time: the others can run when this one has ended or is cancelled."))
        else:
            self._show_status("")
        can_run = not running and not self._busy and self.dataset is not None
        for name, card in self.cards.items():
            card.set_can_run(can_run)
            card.cancel_button.setEnabled(running and name == self._running_name)

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet("color: #b00020;" if error else "")
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _mark_tab(self, name: str) -> None:
        """The card's tab title gains ✔ or ✘: whether the claim held on its last run."""
        index = list(self.cards).index(name)
        title = self.card_tabs.tabText(index).rstrip(" ✔✘")
        result = self.results.get(name)
        self.card_tabs.setTabText(index, title if result is None else f"{title} {'✔' if result.verdict.holds else '✘'}")
        if index < self.picker.count():
            self.picker.setItemText(index, self._picker_text(index))

    # -- running -----------------------------------------------------------------------------
    @Slot(str)
    def start(self, name: str) -> bool:
        """Run experiment ``name`` in the background; False (and nothing starts) while another job runs."""
        if self.is_running() or self._busy or self.dataset is None or name not in EXPERIMENTS:
            return False
        self._control = control = TrainingControl()
        dataset, settings = self.dataset, self.fitted_settings(name)
        if self._job is not None:
            self._job.deleteLater()
        self._job = BackgroundJob(lambda: experiments.run(name, dataset, settings, control), f"experiment-{name}", self)
        self._job.yielded.connect(self._on_value)
        self._job.failed.connect(self._on_failed)
        self._job.finished.connect(self._on_finished)
        self._running_name = name
        self._failure = ""
        self.results.pop(name, None)  # the last result goes: this run's replaces it, or none if cancelled
        self._mark_tab(name)
        self._job.start()
        self.cards[name].set_running(True)
        self._update_enabled()
        self.runningChanged.emit(True)
        return True

    def _on_value(self, value) -> None:
        card = self.cards[self._running_name]
        if isinstance(value, ExperimentResult):
            self.results[value.name] = value
            card.show_result(value)
            self._mark_tab(value.name)
            self.resultShown.emit(value.name)
        else:
            card.set_progress(float(value))

    def _on_failed(self, message: str) -> None:
        self._failure = self.tr("The experiment failed: %1").replace("%1", message)
        self.error.emit(self._failure)

    def _on_finished(self) -> None:
        name, self._running_name = self._running_name, None
        self._control = None
        card = self.cards[name]
        card.set_running(False)
        if self._failure:
            card.show_stopped(self._failure)
        elif name not in self.results:
            card.show_stopped()  # cancelled: no result
        self._update_enabled()
        self.runningChanged.emit(False)
