"""Help → How to use: the README's steps, in the app and in the interface's language."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HowToUseDialog(QDialog):
    """Six steps, from training to saving; non-modal, so the window can be tried beside it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("howToUseDialog")
        self.setWindowTitle(self.tr("How to use DigitLab"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        steps = [
            self.tr("<b>Train.</b> Pick a preset — Tutorial (the tutorial's own settings), Fast or Robust — or set epochs, "
                    "learning rate and the rest yourself, then press Start (F5). Pause (F6) and Stop (F7) work at any time; "
                    "Pace slows training down to one sample at a time."),
            self.tr("<b>Watch it learn.</b> Learning shows the loss and the accuracy as they change, and every hidden node's "
                    "784 weights as a 28×28 tile: red pulls the node up, blue down."),
            self.tr("<b>Draw a digit</b> on the black pad: the big number is the network's answer, the bars its ten outputs, "
                    "the small image what it sees. Read wrong? Click the right digit under the pad and it learns from it."),
            self.tr("<b>Look inside.</b> Inside the network: one hidden node up close, Why? (the votes behind the answer) and "
                    "Imagination (the network run backwards). Results: Evaluation, Runs and Sweeps."),
            self.tr("<b>Learn the math.</b> The math: One step shows one training step with the tutorial's formulas and this "
                    "sample's numbers, and any weight's derivation; Experiments puts the tutorial's claims to the test."),
            self.tr("<b>Keep it.</b> Model → Save (Ctrl+S) writes the weights, the settings and the training history; "
                    "Open (Ctrl+O) brings them back. View → Language switches between English and 简体中文."),
        ]
        text = QTextBrowser(objectName="howToUseText")
        text.setOpenExternalLinks(True)
        text.setHtml("<ol>" + "".join(f"<li style='margin-bottom:6px'>{step}</li>" for step in steps) + "</ol>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(560, 420)
