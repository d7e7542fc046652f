"""The main window: training controls, live charts, hidden-weight images and the drawing pad.

The GUI thread only draws: training runs in the session's background job, and a
redraw timer (20 Hz while training) copies the latest state into the plots.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings, QStandardPaths, Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import looks
from core.presets import PEN_COPIES
from core.training import TrainingConfig
from gui.areas.inside_the_network.backquery_view import BackqueryView
from gui.areas.learning.charts import TrainingCharts
from gui.window.column_scroll import ColumnScroll
from gui.left_column.correction_row import Correction, CorrectionRow
from gui.left_column.drawing_pad import BRUSH_MAX, BRUSH_MIN, DrawingPad
from gui.window.evaluation_runner import EvaluationRunner
from gui.areas.results.evaluation_view import EvaluationView
from gui.areas.tutorial_math.experiments_view import ExperimentsView
from gui.dialogs.how_to_use import HowToUseDialog
from gui.dialogs.tour import Stop, Tour
from gui.window.area_tabs import AreaTabs
from gui.window.languages import install_translator
from gui.window.menus import MenuBar
from gui.window.model_files import ModelFiles
from gui.window.named_timers import named_timer
from gui.areas.inside_the_network.neuron_inspector import NeuronInspector
from gui.areas.my_handwriting.personal_view import PersonalView
from gui.areas.results.runs_view import RunsView
from gui.left_column.prediction_panel import PredictionPanel
from gui.window.session import TrainingSession
from gui.dialogs.start_choice import StartChoiceDialog
from gui.areas.tutorial_math.step_view import StepView
from gui.areas.results.sweep_view import SweepView
from gui.left_column.training_panel import TrainingPanel
from gui.areas.learning.weights_view import WeightsView
from gui.areas.inside_the_network.why_view import WhyView

def personal_set_path() -> Path:
    """Where the user's own labelled digits are kept, in the user's data folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation) or str(Path.home() / ".digitlab")
    return Path(folder) / "personal-digits.npz"


# While training, every millisecond the GUI thread spends drawing is one that a timer or a click
# may have to wait (bench/bench_gui.py measures it): each redraw draws at most one costly view.
PROGRESS_SECONDS = 0.02  # a point on the curves every 20 ms of training (at least 1,000 samples each)
REDRAW_MS = 50  # the redraw timer: 20 times a second
SLOW_PACE_FIRST_VIEW = 1000  # samples on the charts' x axis when a run starts at a slow pace
# At full speed, what each redraw of a cycle of 8 draws: each chart 5 times a second, the network's
# views (mosaic, samples strip, the pad's answer) 2.5 times a second, never two in one frame (two
# charts and the mosaic in one frame were what the window's late timer ticks waited for). The
# progress line comes on every other redraw. At a slow pace every other redraw draws them all.
FULL_SPEED_CYCLE = ("loss", "accuracy", "network", None, "loss", "accuracy", None, None)
CHARTS = ("loss", "accuracy")


class MainWindow(QMainWindow):
    open_windows: list["MainWindow"] = []  # keeps a window made by a language switch alive

    def __init__(
        self,
        settings: QSettings | None = None,
        data_dir: str | Path | None = None,
        load_data: bool = True,
        session: TrainingSession | None = None,
    ):
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or QSettings()
        inherited = session is not None
        self.session = session or TrainingSession()
        self.session.setParent(self)
        self._handing_over = False
        self._closing = False
        self.rng = np.random.default_rng()
        self._redraws = 0
        self._stale: set[str] = set()  # views with news to show: "progress", "loss", "accuracy", "network"
        self._latest_progress = None  # the newest Progress of the run going on (its progress line, the strip)
        self._tabs_behind: set[QWidget] = set()  # tabs that have not yet shown the latest network
        self._confirm_close = True

        self._build_widgets()
        self.files = ModelFiles(self)  # the Model menu's open, save and export
        self.tour = Tour(self, self._tour_stops(), self.settings)  # Help → Tour, and on first start (gui.app)
        self.menus = MenuBar(self)
        self._connect()
        self.training_panel.load_settings(self.settings)
        if not self.session.training:  # the learning rate the panel shows is the network's (One step uses it)
            self.session.set_learning_rate(self.training_panel.learning_rate_spin.value())
        self._restore_geometry()
        self._show_network()
        self._update_title()
        if inherited:  # a language switch: show what the session already has
            self._on_state_changed(self.session.state)
            if self.session.history is not None:
                self.charts.show_history(self.session.history)
            self._show_run_end()
            if self.session.dataset is not None:
                self._on_dataset_for_views()
            for history, network in zip(self.session.runs, self.session.run_networks):
                self.runs_view.add_run(history, network)
        elif load_data:
            self.statusBar().showMessage(self.tr("Loading MNIST…"))
            self.session.load_dataset(data_dir)
        self.drawing_pad.setFocus()  # ready to draw; Tab moves through the controls

    # -- layout --------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.training_panel = TrainingPanel()
        self.charts = TrainingCharts()
        for chart in (self.charts.loss_widget, self.charts.accuracy_widget):
            for side in ("left", "bottom"):  # grid lines at major and minor ticks: the third, faint level doubled each redraw's cost
                chart.getPlotItem().getAxis(side).setStyle(maxTickLevel=1)
        self.weights_view = WeightsView()
        self.drawing_pad = DrawingPad()
        self.prediction_panel = PredictionPanel()

        self.clear_button = QPushButton(self.tr("Cle&ar"), objectName="clearButton")
        self.clear_button.setToolTip(self.tr("Clear the pad (Esc)"))
        self.undo_button = QPushButton(self.tr("U&ndo stroke"), objectName="undoButton")
        self.undo_button.setToolTip(self.tr("Remove the last stroke (Ctrl+Z)"))
        self.random_button = QPushButton(self.tr("MNIST di&git"), objectName="randomDigitButton")
        self.random_button.setToolTip(self.tr("Put a random test image on the pad, to compare with your handwriting (Ctrl+R)"))
        self.brush_slider = QSlider(Qt.Orientation.Horizontal, objectName="brushSlider")
        self.brush_slider.setRange(int(BRUSH_MIN), int(BRUSH_MAX))
        self.brush_slider.setValue(int(self.drawing_pad.brush_width))
        self.brush_slider.setToolTip(self.tr("Brush width"))
        self.brush_slider.setAccessibleName(self.tr("Brush width"))
        self.true_label = QLabel(objectName="trueLabel")
        self.correction_row = CorrectionRow()
        self._pad_seen = None  # the last prediction's Preprocessed, None when the pad is empty
        self._pad_answer: int | None = None  # the network's answer to it
        self._correction: Correction | None = None  # the correction being learnt or shown

        pad_tools = QHBoxLayout()
        for widget in (self.clear_button, self.undo_button, self.random_button):
            pad_tools.addWidget(widget)
        brush_row = QHBoxLayout()
        brush_label = QLabel(self.tr("&Brush"))
        brush_label.setBuddy(self.brush_slider)
        brush_row.addWidget(brush_label)
        brush_row.addWidget(self.brush_slider)
        brush_row.addWidget(self.true_label)
        pad_column = QVBoxLayout()
        pad_column.addWidget(self.drawing_pad, 1)
        pad_column.addLayout(brush_row)
        pad_column.addLayout(pad_tools)
        pad_column.addWidget(self.correction_row)
        pad_box = QGroupBox(self.tr("Draw a digit"), objectName="padBox")
        pad_layout = QHBoxLayout(pad_box)
        pad_layout.addLayout(pad_column, 3)
        pad_layout.addWidget(self.prediction_panel, 2)

        left = QWidget(objectName="leftColumn")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)  # the two group boxes have frames of their own
        left_layout.addWidget(self.training_panel)
        left_layout.addWidget(pad_box, 1)

        learning = QSplitter(Qt.Orientation.Vertical, objectName="learningSplitter")
        learning.addWidget(self.charts)
        weights_box = QGroupBox(self.tr("What the hidden nodes learned (double-click a node to inspect it)"), objectName="weightsBox")
        weights_box.setToolTip(self.tr("Each hidden node's 784 incoming weights, drawn as a 28×28 image: red pixels excite the node, blue ones inhibit it"))
        weights_layout = QVBoxLayout(weights_box)
        weights_layout.setContentsMargins(4, 4, 4, 4)
        weights_layout.addWidget(self.weights_view)
        learning.addWidget(weights_box)
        learning.setSizes([300, 380])

        self.learning_view = learning
        self.evaluation_view = EvaluationView()
        self.backquery_view = BackqueryView(settings=self.settings)
        self.runs_view = RunsView()
        self.sweep_view = SweepView()
        self.personal_view = PersonalView(personal_set_path(), settings=self.settings)
        self.neuron_inspector = NeuronInspector()
        self.why_view = WhyView()  # "Why this answer?": the hidden nodes' votes
        self.step_view = StepView()  # one training step, explained
        # its results live on the session, so a language switch keeps them
        self.experiments_view = ExperimentsView(results=self.session.experiment_results)
        # a few areas a learner can name, instead of ten tabs side by side (gui.window.area_tabs)
        self.tabs = AreaTabs()
        self.tabs.add_area("learning", self.tr("Learning"), [(learning, self.tr("Learning"))],
                           self.tr("The loss and accuracy as the network learns, and what each hidden node has learned"))
        self.tabs.add_area("inside", self.tr("Inside the network"), [
            (self.neuron_inspector, self.tr("Hidden node")), (self.why_view, self.tr("Why?")), (self.backquery_view, self.tr("Imagination"))],
            self.tr("One hidden node up close, why the network gave its answer, and what it imagines for each digit"))
        self.tabs.add_area("math", self.tr("The math"), [(self.step_view, self.tr("One step")), (self.experiments_view, self.tr("Experiments"))],
                           self.tr("The tutorial's formulas with real numbers, and its claims put to the test"))
        self.tabs.add_area("results", self.tr("Results"), [
            (self.evaluation_view, self.tr("Evaluation")), (self.runs_view, self.tr("Runs")), (self.sweep_view, self.tr("Sweeps"))],
            self.tr("Which digits it confuses, every run of this session, and sweeps of a setting"))
        self.tabs.add_area("handwriting", self.tr("My handwriting"), [(self.personal_view, self.tr("My handwriting"))],
                           self.tr("Your own digits: how well the network reads them, and teaching it your style"))
        self.evaluator = EvaluationRunner(self.session, self.evaluation_view, self)

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        splitter.addWidget(ColumnScroll(left))
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        # a little wider than the left column needs: its minimum width changes by a pixel with the
        # prediction's text, and each change at the minimum would relayout and repaint the whole window
        splitter.setSizes([left.minimumSizeHint().width() + 24, 880])
        self.setCentralWidget(splitter)
        for button in (self.clear_button, self.undo_button, self.random_button):
            button.setAccessibleDescription(button.toolTip())
            # narrower than the style's 80-px minimum where the text allows: the pad column fits a 1024-px screen
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text().replace("&", "")) + 16)
        # Tab: the training controls, then the pad and its tools, then the tabs on the right
        order = [self.training_panel.next_sample_button, self.drawing_pad, self.brush_slider,  # pace: the panel ends with the pace row
                 self.clear_button, self.undo_button, self.random_button, *self.correction_row.buttons, self.tabs]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

        self.model_label = QLabel(objectName="modelLabel")
        self.statusBar().addPermanentWidget(self.model_label)
        self.redraw_timer = named_timer(self, "redrawTimer", REDRAW_MS)
        self.mosaic_lights_timer = named_timer(self, "mosaicLightsTimer", 0, single_shot=True)
        self._mosaic_lights = None  # (hidden outputs or None, answer or None) for _update_mosaic_lights

    def _connect(self) -> None:
        panel, session = self.training_panel, self.session
        panel.startRequested.connect(lambda: self.start_training())
        panel.pauseToggled.connect(lambda paused: session.pause() if paused else session.resume())
        panel.stopRequested.connect(session.stop)
        panel.resetRequested.connect(self.new_model)
        panel.learningRateChanged.connect(session.set_learning_rate)
        panel.learningRateChanged.connect(lambda _rate: self.step_view.refresh_words())  # after the network has it
        panel.paceChanged.connect(session.set_pace)  # pace
        panel.nextSampleRequested.connect(session.step)  # pace
        session.set_pace(panel.pace())  # pace
        session.stateChanged.connect(self._on_state_changed)
        session.datasetLoaded.connect(self._on_dataset_loaded)
        session.networkChanged.connect(self._show_network)
        session.baselineMeasured.connect(self._on_baseline)  # charts: the run's start, at sample 0
        session.progressed.connect(self._on_progress)
        session.evaluated.connect(self._on_evaluated)
        session.diverged.connect(self._on_diverged)
        session.runFinished.connect(self._on_run_finished)
        session.error.connect(self.show_error)
        self.redraw_timer.timeout.connect(self._redraw)
        self.mosaic_lights_timer.timeout.connect(self._update_mosaic_lights)
        self.tabs.viewChanged.connect(self._on_tab_changed)
        self.drawing_pad.changed.connect(self._forget_correction)
        self.drawing_pad.changed.connect(self.update_prediction)
        self.correction_row.digitChosen.connect(self.correct_pad)
        self.personal_view.fineTuneEnded.connect(self._on_fine_tune_ended)
        self.clear_button.clicked.connect(self.clear_pad)
        self.undo_button.clicked.connect(self.drawing_pad.undo)
        self.random_button.clicked.connect(self.load_random_digit)
        self.brush_slider.valueChanged.connect(self.drawing_pad.set_brush_width)
        self.weights_view.selectedNode.connect(self.neuron_inspector.set_node)
        self.weights_view.inspectRequested.connect(self._inspect_node)
        self.evaluator.error.connect(self.show_error)
        self.evaluator.measured.connect(self._on_measured)
        self.evaluation_view.imageChosen.connect(self.show_test_image)
        self.neuron_inspector.imageChosen.connect(self.show_test_image)
        self.neuron_inspector.nodeChanged.connect(self.weights_view.select_node)  # the mosaic's selection follows
        self.why_view.nodeChosen.connect(self._inspect_node)
        self.prediction_panel.whyRequested.connect(lambda: self.tabs.show_view(self.why_view))
        session.datasetLoaded.connect(self._on_dataset_for_views)
        self.runs_view.overlayChanged.connect(self.charts.set_overlays)
        self.personal_view.networkTuned.connect(self._adopt_tuned_network)
        self.step_view.applyRequested.connect(lambda network: session.adopt(network, self.tr(" + single steps")))
        for view in (self.runs_view, self.sweep_view, self.personal_view, self.experiments_view):
            view.error.connect(self.show_error)
        for view in (self.sweep_view, self.personal_view, self.experiments_view):
            view.runningChanged.connect(self._on_side_job_changed)

    # -- training ------------------------------------------------------------
    @Slot()
    def start_training(self, choice: str | None = None) -> None:
        """Start a run. On a trained network with the panel's seed and hidden size, ``choice`` says
        "new" or "continue"; without it the window asks (a changed seed or size always means new)."""
        if self.session.state != "idle" or any(view.is_running() for view in (self.sweep_view, self.personal_view, self.experiments_view)):
            return
        config = self._training_config()
        hidden = self.training_panel.hidden_spin.value()
        message = self.tr("Training…")
        if self.session.needs_new_network(hidden, config.seed):
            if self.session.network.trained:
                message = self.tr("Training a new network: the seed or the number of hidden nodes changed (the trained one stays in Runs)")
            choice = "new"
        elif self.session.network.trained and choice is None:  # an untrained network simply trains
            dialog = StartChoiceDialog(self.session.network, config.epochs, self)  # answered later: nothing blocks
            dialog.chosen.connect(self.start_training)
            dialog.open()
            return
        self.session.start(config, hidden, fresh=choice == "new")
        if self.session.training:
            self._latest_progress = None
            self.training_panel.reset_progress(self.tr("Starting…"))
            per_epoch = self.session.samples_per_epoch(config)
            # a continued run's epochs go on from the network's (epoch 10, 11… after 9)
            # at a slow pace the x axis starts at 1,000 samples (doubling as they come), so the curves are seen to grow
            slow = self.training_panel.pace_is_slow()
            self.charts.start_run(per_epoch, config.epochs * per_epoch, first_epoch=self.session.network.epochs_trained + 1,
                                  first_view=SLOW_PACE_FIRST_VIEW if slow else None, augmented=config.augment,
                                  practising=config.practice > 0)
            self.statusBar().showMessage(message)

    def _training_config(self) -> TrainingConfig:
        panel = self.training_panel
        return TrainingConfig(
            epochs=panel.epochs_spin.value(),
            learning_rate=panel.learning_rate_spin.value(),
            batch_size=panel.batch_spin.value(),
            seed=panel.seed_spin.value(),
            learning_rate_decay=panel.learning_rate_decay(),
            practice=panel.practice(),
            augment=panel.augment_check.isChecked(),
            pen_digits=PEN_COPIES if panel.pen_digits_check.isChecked() else 0,
            progress_interval=PROGRESS_SECONDS,
        )

    def _on_state_changed(self, state: str) -> None:
        """Enable what makes sense: one training, sweep, experiment or fine-tuning at a time."""
        training = state in ("running", "paused")
        sweeping, tuning = self.sweep_view.is_running(), self.personal_view.is_running()
        experimenting = self.experiments_view.is_running()
        self.experiments_view.set_busy(training or sweeping or tuning)
        sweeping = sweeping or experimenting  # locks training and fine-tuning as a sweep does
        self.training_panel.set_state("busy" if state == "idle" and (sweeping or tuning) else state)
        self.sweep_view.set_busy(training or tuning or experimenting)
        self.personal_view.set_busy(training or sweeping)
        self.step_view.set_busy(training or sweeping or tuning)
        can_start = state == "idle" and not (sweeping or tuning)
        self.menus.start_action.setEnabled(can_start)
        self.menus.train_new_action.setEnabled(can_start)
        self.menus.continue_action.setEnabled(can_start and self.session.network.trained)
        for act in (self.menus.new_action, self.menus.open_action, self.menus.open_dataset_action):
            act.setEnabled(not tuning)  # the fine-tuned network would replace what they bring
        self.menus.pause_action.setEnabled(training)
        self.menus.stop_action.setEnabled(training)
        self._update_correction_row()
        if training and not self.redraw_timer.isActive():
            self.redraw_timer.start()
        elif not training:
            self.redraw_timer.stop()
        if state == "paused":
            self.statusBar().showMessage(self.tr("Paused"))

    def _on_dataset_loaded(self) -> None:
        dataset = self.session.dataset
        self.statusBar().showMessage(
            self.tr("MNIST loaded: %1 training and %2 test images").replace("%1", f"{len(dataset.train_images):,}").replace("%2", f"{len(dataset.test_images):,}"),
            5000,
        )

    def _on_baseline(self, baseline) -> None:
        self.statusBar().showMessage(self.tr("Before training: test accuracy %1 %").replace("%1", f"{100 * baseline.test_accuracy:.2f}"))
        self._stale.update(CHARTS)

    def _on_progress(self, progress) -> None:
        self._stale.update(("progress", *CHARTS, "network"))
        self._latest_progress = progress

    def _on_evaluated(self, evaluation) -> None:
        self.statusBar().showMessage(
            self.tr("Epoch %1: test accuracy %2 %").replace("%1", str(evaluation.epoch)).replace("%2", f"{100 * evaluation.test_accuracy:.2f}")
        )
        self._stale.update(CHARTS)

    def _on_diverged(self, event) -> None:
        self.show_error(
            self.tr("Training stopped: %1 after %2 samples. The weights go back to where this run started, or to the end of its last full epoch. Try a smaller learning rate, such as %3.")
            .replace("%1", event.reason)
            .replace("%2", f"{event.samples_seen:,}")
            .replace("%3", f"{event.suggested_learning_rate:g}")
        )
        self._latest_progress = None  # the run's progress line is over
        self.training_panel.reset_progress(self.tr("Diverged"))
        self.training_panel.offer_learning_rate(event.suggested_learning_rate)

    def _on_run_finished(self, history) -> None:
        self.runs_view.add_run(history, self.session.run_networks[-1])
        self._measure_after_stop = history.outcome == "stopped"  # its network's test accuracy is measured now
        self.evaluator.run()
        self._redraw(force_curves=True)  # the network's views are drawn already (networkChanged came first)
        # the run's own end, no time left in it; however short the run, the strip ends on the last digits it
        # learned (a run may end before any redraw tick)
        self._show_run_end()
        messages = {
            "finished": self.tr("Training finished"),
            "stopped": self.tr("Training stopped"),
            "diverged": self.tr("Training diverged"),
            "failed": self.tr("Training failed"),
        }
        accuracy = history.final_test_accuracy
        text = messages.get(history.outcome, history.outcome)
        if accuracy is not None:
            text += self.tr(": test accuracy %1 %").replace("%1", f"{100 * accuracy:.2f}")
        self.statusBar().showMessage(text)
        self._update_title()

    def _show_run_end(self) -> None:
        """The last run's progress line as it ended (no time left in it) and the digits it learned last."""
        history, progress, panel = self.session.history, self.session.last_progress, self.training_panel
        if history is None or self.session.training:
            return
        fraction = progress.fraction if progress is not None else 0.0
        epochs = int(history.settings.get("epochs") or 0)
        if history.outcome == "finished":
            panel.end_progress(1.0, self.tr("Finished · epoch %1/%1").replace("%1", str(epochs)),
                               self.tr("%1 samples/s on average").replace("%1", f"{progress.samples_per_second:,.0f}") if progress else "")
        elif history.outcome == "stopped":
            epoch = progress.epoch if progress is not None else 1
            panel.end_progress(fraction, self.tr("Stopped in epoch %1/%2 · %3 %").replace("%1", str(epoch)).replace("%2", str(epochs))
                               .replace("%3", f"{100 * fraction:.0f}"), "")
        elif history.outcome == "diverged":
            panel.end_progress(0.0, self.tr("Diverged"), "")
        else:
            panel.end_progress(0.0, self.tr("Failed"), "")
        self._show_training_samples(progress)

    def _on_measured(self, accuracy: float) -> None:
        """The Evaluation tab's figure for the current network: after a Stop, its test accuracy."""
        if not getattr(self, "_measure_after_stop", False):
            return
        self._measure_after_stop = False
        self.session.network.test_accuracy = accuracy
        # beside the progress line, not in the status bar: an error shown there (a dataset that failed) stays
        self.training_panel.progress_label.setText(self.tr("test accuracy %1 % (measured after the stop)").replace("%1", f"{100 * accuracy:.2f}"))
        self._update_title()

    @Slot()
    def _redraw(self, force_weights: bool = False, force_curves: bool = False) -> None:
        """Copy the latest state into the views (called by the timer while training, FULL_SPEED_CYCLE);
        ``force_weights`` draws everything, ``force_curves`` the progress line and the curves."""
        self._redraws += 1
        history = self.session.history
        progress = self._latest_progress
        slow = self.training_panel.pace_is_slow()  # pace: every sample's change shows
        forced = force_curves or force_weights
        if forced:
            due = {*CHARTS, "network"} if force_weights else set(CHARTS)
        elif slow:
            due = {*CHARTS, "network"} if self._redraws % 2 == 0 else set()
        else:
            due = {FULL_SPEED_CYCLE[self._redraws % len(FULL_SPEED_CYCLE)]}
        if progress is not None and (forced or ("progress" in self._stale and self._redraws % 2 == 0)):
            self.training_panel.show_progress(progress.fraction, progress.epoch, progress.epochs, progress.samples_per_second, progress.seconds_left)
            if slow and "progress" in self._stale:  # pace
                self.training_panel.show_sample(progress)  # pace
            self._stale.discard("progress")
        charts = tuple(chart for chart in CHARTS if chart in due and (chart in self._stale or forced))
        if history is not None and charts:
            self.charts.show_history(history, charts)
            self._stale.difference_update(charts)
        if "network" in due and ("network" in self._stale or force_weights):
            self._show_network()
            self._stale.discard("network")
            self._show_training_samples(progress)

    def _show_training_samples(self, progress) -> None:
        """The strip of digits being learned, from a Progress that carries them (not every one does)."""
        if progress is not None and progress.recent_images is not None:
            self.training_panel.samples_strip.show_samples(progress.recent_images, progress.recent_labels)

    # -- the network's pictures and the pad ------------------------------------
    @Slot()
    def _show_network(self) -> None:
        network = self.session.predictor()
        self.menus.continue_action.setEnabled(self.menus.start_action.isEnabled() and network.trained)
        if not self.session.training or self.weights_view.isVisible():  # a hidden mosaic catches up when shown
            self.weights_view.set_weights(network.w_ih, network.w_ho)
        shown = self.tabs.current_view()
        for view in (self.backquery_view, self.neuron_inspector, self.personal_view, self.step_view):
            # while training, tabs out of sight wait: they catch up when shown or when the run ends;
            # Imagination (18 ms of backqueries) waits out of sight even then, until it is shown
            waits = self.session.training or view is self.backquery_view
            if waits and shown is not view:
                self._tabs_behind.add(view)
            else:
                view.set_network(network)
                self._tabs_behind.discard(view)
        self.update_prediction()
        self._update_title()

    @Slot()
    def _on_tab_changed(self) -> None:
        self.flush_mosaic_lights()  # the mosaic shows the pad's digit at once
        view = self.tabs.current_view()
        if view in self._tabs_behind:  # it waited while out of sight
            view.set_network(self.session.predictor())
            self._tabs_behind.discard(view)
        if self.session.training:  # the mosaic and the Why? tab waited while out of sight
            if self.weights_view.isVisible():
                network = self.session.predictor()
                self.weights_view.set_weights(network.w_ih, network.w_ho)
            if view is self.why_view:
                self.update_prediction()

    @Slot()
    def update_prediction(self) -> None:
        """The answer, and the pad's digit in Why?, Hidden node, My handwriting and One step, at once;
        the mosaic's lights (its costliest repaint) a moment later (``mosaic_lights_timer``).

        A mouse stroke changes the pad 60–120 times a second: the lights then follow once per burst,
        and the window's timers get their turn between the answer and the lights.
        """
        seen = self.drawing_pad.seen()
        network = self.session.predictor()
        if seen.empty:
            self._pad_seen = self._pad_answer = None
            self.prediction_panel.show_prediction(None, None)
            self.why_view.explain(network, None)
            self.neuron_inspector.set_pad_inputs(None)
            self.personal_view.set_current(None)
            self.step_view.set_pad_inputs(None)
            self._mosaic_lights = (None, None)
        else:
            hidden_outputs, final_outputs = looks.read(network, seen.inputs)  # five looks, as every drawing is read
            self._pad_seen, self._pad_answer = seen, int(np.argmax(final_outputs[0]))
            self.prediction_panel.show_prediction(final_outputs[0], seen.image28, untrained=not network.trained)
            if not self.session.training or self.tabs.current_view() is self.why_view:  # hidden while training: catches up when shown
                self.why_view.explain(network, seen.inputs)
            self.neuron_inspector.set_pad_inputs(seen.inputs)
            self.personal_view.set_current(seen.image28, self._pad_answer)
            self.step_view.set_pad_inputs(seen.inputs)
            self._mosaic_lights = (hidden_outputs[0], self._pad_answer)
        self._update_correction_row()
        self.mosaic_lights_timer.start()

    @Slot()
    def _update_mosaic_lights(self) -> None:
        """The mosaic's tiles lit by the pad digit's hidden outputs (or all alike when the pad is empty)."""
        if self._mosaic_lights is not None:
            lights, self._mosaic_lights = self._mosaic_lights, None
            self.weights_view.set_activations(*lights)

    def flush_mosaic_lights(self) -> None:
        """Light the mosaic for the pad's digit now (tests, screenshots, a tab change)."""
        self.mosaic_lights_timer.stop()
        self._update_mosaic_lights()

    # -- "Wrong? It is: d" ---------------------------------------------------------
    def _update_correction_row(self) -> None:
        """The digits may be clicked with ink on the pad, MNIST there, and no run, sweep or fine-tune going on."""
        self.correction_row.setEnabled(
            self._pad_seen is not None
            and self.session.state == "idle"
            and not self.sweep_view.is_running()
            and self.personal_view.can_correct()
        )

    @Slot(int)
    def correct_pad(self, digit: int) -> None:
        """Add what the network saw, labelled ``digit``, to the handwriting set and fine-tune on it in the background.

        A confirmation (``digit`` is what it read) only adds the drawing: there is nothing to correct, and a
        fine-tune on it cost MNIST 0.23 points over 20 confirmations (Robust) for nothing (bench/pen_digits.py).
        """
        seen, answer = self._pad_seen, self._pad_answer
        if seen is None or not self.correction_row.isEnabled():
            return
        correction = Correction(digit, answer, seen.inputs)
        if correction.confirmed:
            if self.personal_view.can_correct() and self.personal_view.add(seen.image28, digit):
                size = len(self.personal_view.personal)
                self.prediction_panel.show_correction(self.correction_row.describe(correction, set_size=size))
            return
        if not self.personal_view.correct(seen.image28, digit):
            return
        self._correction = correction
        self.prediction_panel.show_correction(self.correction_row.describe(self._correction))

    def _on_fine_tune_ended(self, tuned: bool) -> None:
        """After a correction's fine-tune (the tuned network is adopted by then): what it reads now."""
        correction, self._correction = self._correction, None
        if correction is None:  # the pad changed meanwhile, or it was the tab's own fine-tune
            return
        if not tuned:
            self.prediction_panel.show_correction(self.correction_row.describe(correction, tuned=False))
            return
        network = self.session.predictor()
        read_after = int(looks.read(network, correction.inputs)[1].argmax())
        text = self.correction_row.describe(correction, read_after, len(self.personal_view.personal))
        self.prediction_panel.show_correction(text)

    @Slot()
    def _forget_correction(self) -> None:
        """A new stroke, undo, clear or image on the pad: the correction's line no longer belongs to it."""
        self._correction = None
        self.prediction_panel.show_correction("")

    def _inspect_node(self, node: int) -> None:
        self.neuron_inspector.set_node(node)
        self.tabs.show_view(self.neuron_inspector)

    def show_test_image(self, image: np.ndarray, label: int) -> None:
        """Put a test image on the pad (from the gallery, the inspector or the random button)."""
        self.personal_view.set_current(None)  # a new drawing: the label is prefilled again
        self.drawing_pad.load_image(image)
        self.true_label.setText(self.tr("MNIST label: %1").replace("%1", str(label)))

    def _on_dataset_for_views(self) -> None:
        dataset = self.session.dataset
        self.evaluation_view.clear(len(dataset.test_images) if dataset is not None else None)
        self.neuron_inspector.set_dataset(dataset)
        self.sweep_view.set_dataset(dataset)
        self.experiments_view.set_dataset(dataset)
        self.personal_view.set_dataset(dataset)
        self.step_view.set_dataset(dataset)
        self.charts.set_dataset_sizes(len(dataset.train_images), len(dataset.test_images))  # the empty charts' guidance

    def _adopt_tuned_network(self, network) -> None:
        """The personal view fine-tuned a copy of the network: it becomes the current one."""
        self.session.adopt(network)
        if network.test_accuracy is not None:  # measured after the fine-tune; the title's model label shows it too
            self.statusBar().showMessage(self.tr("Fine-tuned on your handwriting: test accuracy %1 %").replace("%1", f"{100 * network.test_accuracy:.2f}"))

    def _on_side_job_changed(self, running: bool) -> None:
        self._on_state_changed(self.session.state)

    @Slot()
    def clear_pad(self) -> None:
        self.drawing_pad.clear()
        self.true_label.clear()

    @Slot()
    def load_random_digit(self) -> None:
        picked = self.session.random_test_image(self.rng)
        if picked is None:
            self.statusBar().showMessage(self.tr("MNIST is still loading"), 3000)
            return
        self.show_test_image(*picked)

    # -- model files -----------------------------------------------------------
    @Slot()
    def new_model(self) -> None:
        panel = self.training_panel
        self.session.reset(panel.hidden_spin.value(), panel.seed_spin.value(), panel.learning_rate_spin.value())
        self.charts.clear()
        self._latest_progress = None
        self._measure_after_stop = False
        panel.reset_progress(self.tr("Not started"))
        panel.samples_strip.show_samples(None, None)
        self._forget_correction()
        self.statusBar().showMessage(self.tr("New random weights: %1 hidden nodes, seed %2").replace("%1", str(panel.hidden_spin.value())).replace("%2", str(panel.seed_spin.value())), 5000)

    # -- messages --------------------------------------------------------------
    @Slot(str)
    def show_error(self, message: str) -> None:
        """The one place errors reach the user: the status bar and a non-blocking dialog."""
        self.statusBar().showMessage(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("DigitLab"), message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_about(self) -> None:
        from main import version

        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About DigitLab"), "", QMessageBox.StandardButton.Ok, self)
        box.setObjectName("aboutDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            self.tr("<h3>DigitLab %1</h3><p>A neural network written from scratch in NumPy learns to read handwritten digits.</p>"
                    "<p>784 inputs → hidden sigmoid nodes → 10 sigmoid outputs, trained on MNIST with the tutorial's rule.</p>"
                    "<p>It grew from a Chinese tutorial (its text is in shared/seed/tutorial-zh.txt beside the project); "
                    "The math puts its formulas and claims in front of you.</p>"
                    "<p>MNIST: Yann LeCun, Corinna Cortes and Christopher J. C. Burges.</p>").replace("%1", version())
            + self.tr("<p>People's pen-written digits: the International Unipen Foundation, <i>Unipen data set of on-line "
                      "(vectorial) handwriting — train_r01_v07</i>, Zenodo, doi:10.5281/zenodo.1195803, licensed CC BY 4.0 "
                      "(I. Guyon, L. Schomaker, R. Plamondon, M. Liberman, S. Janet, “UNIPEN project of on-line data exchange "
                      "and recognizer benchmarks”, ICPR 1994). DigitLab ships 8,570 of its isolated digits as strokes.</p>"))
        box.open()

    def show_how_to_use(self) -> None:
        HowToUseDialog(self).show()

    def show_tour(self) -> None:
        self.tour.start()

    def _tour_stops(self) -> list[Stop]:
        """The guided first run: the real controls, one after another, each with what to try."""
        show = self.tabs.show_view
        return [
            Stop(lambda: self.training_panel.start_button,
                 self.tr("Press Start (F5): the network of the tutorial begins to learn MNIST's 60,000 digits. Pick a preset above first if you like.")),
            Stop(lambda: self.charts, self.tr("Watch the loss fall and the accuracy rise, live, as it learns."), lambda: show(self.learning_view)),
            Stop(lambda: self.weights_view, self.tr("Each tile is one hidden node's 784 weights: watch them turn from noise into strokes. Double-click one to inspect it.")),
            Stop(lambda: self.drawing_pad, self.tr("Draw a digit here with the mouse: the answer appears beside it, with the network's ten outputs.")),
            Stop(lambda: self.why_view, self.tr("Why? shows which hidden nodes voted for the answer and against it."), lambda: show(self.why_view)),
            Stop(lambda: self.step_view, self.tr("The math: One step takes one training step with the tutorial's formulas and real numbers; Experiments tests its claims."),
                 lambda: show(self.step_view)),
            Stop(lambda: self.personal_view, self.tr("My handwriting: label your own digits, see how well they are read, and teach the network your style."),
                 lambda: show(self.personal_view)),
        ]

    def _update_title(self) -> None:
        network = self.session.predictor()  # never the network a run is writing
        name = self.session.model_path.name if self.session.model_path else self.tr("untitled")
        accuracy = f"{100 * network.test_accuracy:.2f} %" if network.test_accuracy is not None else "—"
        self.setWindowTitle(f"{name}{' *' if self.session.unsaved else ''} — DigitLab")
        self.model_label.setText(
            self.tr("%1 hidden nodes · epochs trained: %2 · test accuracy %3")
            .replace("%1", str(network.hidden_nodes))
            .replace("%2", str(network.epochs_trained))
            .replace("%3", accuracy)
        )

    # -- language ----------------------------------------------------------------
    def switch_language(self, language: str) -> "MainWindow | None":
        """Install the language and rebuild the window around the same session (when not training)."""
        from PySide6.QtWidgets import QApplication

        if self.session.training or self.sweep_view.is_running() or self.personal_view.is_running() or self.experiments_view.is_running():
            self.show_error(self.tr("Stop training, the sweep or the fine-tuning before switching the language."))
            return None
        install_translator(QApplication.instance(), language)
        self.settings.setValue("ui/language", language)
        self.training_panel.save_settings(self.settings)
        successor = MainWindow(settings=self.settings, session=self.session)
        successor._confirm_close = self._confirm_close
        successor.brush_slider.setValue(self.brush_slider.value())
        successor.drawing_pad.take_drawing_from(self.drawing_pad)  # the digit on the pad stays
        successor.update_prediction()
        successor.setGeometry(self.geometry())
        successor.show()
        MainWindow.open_windows.append(successor)
        self._handing_over = True
        self.close()
        self.deleteLater()
        if self in MainWindow.open_windows:
            MainWindow.open_windows.remove(self)
        return successor

    # -- closing ---------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()  # a laptop's 1024×640 as well as a large monitor
            self.resize(min(1340, screen.width()), min(720, screen.height()))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._handing_over:  # a language switch: the session lives on in the new window
            self._closing = True
            self._stop_own_jobs()
            event.accept()
            return
        if self._confirm_close and self.session.unsaved:
            answer = QMessageBox.question(
                self,
                self.tr("Save the trained model?"),
                self.tr("The network has training that is not saved. Save it before closing?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel or (answer == QMessageBox.StandardButton.Save and not self.files.save_model()):
                event.ignore()
                return
        self._closing = True  # from here on no new job starts
        self.session.stop_and_wait()
        self._stop_own_jobs()
        self.training_panel.save_settings(self.settings)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        event.accept()

    def _stop_own_jobs(self) -> None:
        """Stop the timers and wait for the window's own background jobs."""
        self.redraw_timer.stop()
        self.mosaic_lights_timer.stop()
        self.evaluator.shutdown()
        self.sweep_view.shutdown()
        self.personal_view.shutdown()
        self.experiments_view.shutdown()
