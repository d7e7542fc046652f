"""The question Start asks on a network that has learned already: a new network, or go on?"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from core.network import NeuralNetwork


class StartChoiceDialog(QMessageBox):
    """Train a new network / Continue training, epoch n → m / Cancel; ``chosen`` says "new" or "continue"."""

    chosen = Signal(str)

    def __init__(self, network: NeuralNetwork, epochs: int, parent: QWidget | None = None):
        super().__init__(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel, parent)
        self.setObjectName("startChoiceDialog")
        self.setWindowTitle(self.tr("Start training"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if network.epochs_trained == 0:  # stopped before its first epoch ended: no epoch count, no test accuracy yet
            text = self.tr("This network has already learned from %1 samples, though no epoch has ended.").replace("%1", f"{network.samples_trained:,}")
        elif network.test_accuracy is None:
            text = self.tr("This network has already been trained (epochs: %1).").replace("%1", str(network.epochs_trained))
        else:
            text = (self.tr("This network has already been trained (epochs: %1, test accuracy %2).")
                    .replace("%1", str(network.epochs_trained)).replace("%2", f"{100 * network.test_accuracy:.2f} %"))
        self.setText(text)
        self.setInformativeText(
            self.tr("A new network starts from random weights, so runs compare fairly. Continuing trains these weights further.")
        )
        new_button = self.addButton(self.tr("Train a &new network"), QMessageBox.ButtonRole.AcceptRole)
        new_button.setObjectName("trainNewButton")
        done = network.epochs_trained
        label = (self.tr("&Continue training, epoch %1 → %2").replace("%1", str(done)).replace("%2", str(done + epochs)) if done
                 else self.tr("&Continue training for 1 epoch") if epochs == 1
                 else self.tr("&Continue training for %1 epochs").replace("%1", str(epochs)))
        continue_button = self.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        continue_button.setObjectName("continueButton")
        self.setDefaultButton(new_button)  # the safe choice for comparing runs
        choices = {new_button: "new", continue_button: "continue"}
        self.buttonClicked.connect(lambda button: button in choices and self.chosen.emit(choices[button]))
