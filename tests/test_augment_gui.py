"""The Robust preset and the Augment check box in the window, and the strip of digits being trained on."""
import numpy as np
from PySide6.QtCore import Qt

from core.presets import PRESETS
from checks import WAIT


def test_robust_preset_sets_its_values_and_augment(window):
    panel = window.training_panel
    panel.choose_preset("robust")
    robust = PRESETS["robust"]
    assert (panel.epochs_spin.value(), panel.learning_rate_spin.value(), panel.batch_spin.value(), panel.hidden_spin.value()) == (
        robust.epochs, robust.learning_rate, robust.batch_size, robust.hidden_nodes
    )
    assert panel.augment_check.isChecked()
    assert panel.learning_rate_decay() == robust.learning_rate_decay
    panel.choose_preset("fast")
    assert not panel.augment_check.isChecked()
    panel.augment_check.setChecked(True)  # Fast's values with augmentation: no preset of ours
    assert panel.preset_combo.currentData() == "custom"


def test_augmented_run_trains_on_warped_digits_and_shows_them(window, qtbot):
    """However fast the run, the strip ends on the last digits it learned: here no redraw tick comes
    during the run (as on a fast, quiet machine, where a short run ends before the first tick), so what
    the strip shows was drawn by the end of the run."""
    panel = window.training_panel
    panel.choose_preset("fast")
    panel.epochs_spin.setValue(1)
    panel.augment_check.setChecked(True)
    strip = panel.samples_strip
    assert strip.labels is None
    window.redraw_timer.setInterval(24 * 3600 * 1000)  # the run ends long before its first tick
    progress_events = []
    window.session.progressed.connect(progress_events.append)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.session.runFinished, timeout=WAIT) as finished:
        assert not panel.augment_check.isEnabled()  # fixed for the run
    history = finished.args[0]
    assert history.settings["augment"] is True and "augmented" in history.name
    last = progress_events[-1]
    assert strip.labels is not None and 1 <= len(strip.labels) <= 6
    np.testing.assert_array_equal(strip.labels, last.recent_labels[-len(strip.labels):])
    assert not strip.images.pixmap().isNull()
    assert panel.augment_check.isEnabled()


def test_augment_setting_is_remembered(qtbot, settings, small_mnist):
    from gui.window.main_window import MainWindow

    first = MainWindow(settings=settings, data_dir=small_mnist, load_data=False)
    qtbot.addWidget(first)
    first._confirm_close = False
    first.training_panel.augment_check.setChecked(True)
    first.close()
    second = MainWindow(settings=settings, data_dir=small_mnist, load_data=False)
    qtbot.addWidget(second)
    second._confirm_close = False
    assert second.training_panel.augment_check.isChecked()
