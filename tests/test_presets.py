"""The presets hold the values the README documents, the panel applies them, and a run uses them."""
from dataclasses import asdict

import pytest
from PySide6.QtCore import Qt

from gui.left_column.training_panel import PRESETS, TrainingPanel
from checks import WAIT

# What README.md promises for each preset. A new preset needs its documented values here.
DOCUMENTED = {
    # "Tutorial (the tutorial's settings: batch 1, learning rate 0.1, 5 epochs)", 784 → 200 → 10
    "tutorial": {"epochs": 5, "learning_rate": 0.1, "hidden_nodes": 200, "batch_size": 1, "learning_rate_decay": 1.0, "augment": False,
                 "pen_digits": 0, "practice": 0.0},
    # "the Fast preset is --batch-size 16 --lr 1 --lr-decay 0.85 --epochs 8"
    "fast": {"epochs": 8, "learning_rate": 1.0, "hidden_nodes": 200, "batch_size": 16, "learning_rate_decay": 0.85, "augment": False,
             "pen_digits": 0, "practice": 0.0},
    # "Robust (the same network trained on warped digits and people's pen digits …)": the tutorial's network, augmentation
    # on, the pen digits' train writers 4 times an epoch, three quarters of each epoch's places practising its mistakes
    "robust": {"epochs": 14, "learning_rate": 1.0, "hidden_nodes": 200, "batch_size": 16, "learning_rate_decay": 0.85, "augment": True,
               "pen_digits": 4, "practice": 0.75},
}


def test_every_preset_has_documented_values():
    assert set(DOCUMENTED) == set(PRESETS)


@pytest.mark.parametrize("key", sorted(DOCUMENTED))
def test_a_preset_holds_exactly_its_documented_values(key):
    assert asdict(PRESETS[key]) == DOCUMENTED[key]


def controls(panel):
    return {
        "epochs": panel.epochs_spin.value(),
        "learning_rate": panel.learning_rate_spin.value(),
        "hidden_nodes": panel.hidden_spin.value(),
        "batch_size": panel.batch_spin.value(),
        "learning_rate_decay": panel.learning_rate_decay(),
        "augment": panel.augment_check.isChecked(),
        "pen_digits": 4 if panel.pen_digits_check.isChecked() else 0,
        "practice": panel.practice(),
    }


@pytest.mark.parametrize("key", sorted(DOCUMENTED))
def test_choosing_a_preset_sets_every_control(qtbot, key):
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    for other in PRESETS:  # from each other preset, and from custom values
        panel.choose_preset(other)
        panel.choose_preset(key)
        assert panel.preset_combo.currentData() == key
        assert controls(panel) == DOCUMENTED[key]
    panel.epochs_spin.setValue(3)
    panel.learning_rate_spin.setValue(0.7)
    panel.choose_preset(key)
    assert controls(panel) == DOCUMENTED[key]


def test_editing_a_value_leaves_the_preset_and_its_decay(qtbot):
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.choose_preset("fast")
    panel.learning_rate_spin.setValue(0.5)
    assert panel.preset_combo.currentData() == "custom" and panel.learning_rate_decay() == 1.0
    panel.learning_rate_spin.setValue(1.0)  # back to the preset's values: the preset again, with its decay
    assert panel.preset_combo.currentData() == "fast" and panel.learning_rate_decay() == 0.85
    panel.choose_preset("robust")
    assert panel.practice() == 0.75
    panel.epochs_spin.setValue(10)  # custom: no practice, as no decay
    assert panel.preset_combo.currentData() == "custom" and panel.practice() == 0.0


@pytest.mark.parametrize("key", sorted(DOCUMENTED))
def test_the_training_menu_chooses_the_preset(window, key):
    window.findChild(type(window.menus.start_action), f"{key}PresetAction").trigger()
    assert window.training_panel.preset_combo.currentData() == key
    assert controls(window.training_panel) == DOCUMENTED[key]


@pytest.mark.parametrize("key", sorted(DOCUMENTED))
def test_a_run_with_a_preset_trains_with_its_values(window, qtbot, key):
    """Through the window, as a user does: choose the preset, press Start, wait for the end."""
    values = DOCUMENTED[key]
    panel = window.training_panel
    panel.preset_combo.setCurrentIndex(panel.preset_combo.findData(key))
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.state == "idle" and len(window.session.runs) == 1, timeout=WAIT)
    history, network = window.session.runs[-1], window.session.network
    assert history.outcome == "finished" and len(history.epochs) == values["epochs"]
    for name in ("epochs", "learning_rate", "batch_size", "hidden_nodes", "augment", "pen_digits", "practice"):
        assert history.settings[name] == values[name], name
    assert network.hidden_nodes == values["hidden_nodes"]
    assert history.learning_rate[0] == pytest.approx(values["learning_rate"])
    # the decay: the learning rate shrinks after every epoch but the last
    assert network.learning_rate == pytest.approx(values["learning_rate"] * values["learning_rate_decay"] ** (values["epochs"] - 1))
    assert history.learning_rate[-1] == pytest.approx(network.learning_rate)
