"""What the network "imagines" for each digit: Rashid's back-query, shown as ten images.

``BackqueryView.set_network`` runs ``core.insight.backquery_digits`` (ten
back-queries, well under a millisecond each) and asks the network what it reads
in each image it made. The ten images are tiles of one pyqtgraph ``ImageItem``
(grayscale, levels fixed at 0..1, ink bright like MNIST), two rows of five, each
captioned with the digit it was made for and what the network reads in it
(green when that is the same digit, red when not).
"""
from __future__ import annotations

import html
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.insight import backquery_digits, read_back
from core.network import NeuralNetwork
from gui.areas.learning.charts import export_plots
from gui.areas.results.evaluation_view import image_chart
from gui.widgets.foldable_note import FoldableNote

SIDE = 28
COLS = 5
GAP = 2  # view units between tiles, left and right
CAPTION = 14  # view units under each tile for its caption
CAPTION_WIDTH = 160  # px
MATCH_COLOUR = "#2e7d32"
MISMATCH_COLOUR = "#c62828"
MNIST_BRIGHT_SHARE = 0.123  # pixels above 0.5 (inputs scaled 0.01–1) in MNIST's test images


def tile_mosaic(images: np.ndarray, cols: int, gap: int = 1, below: int = 0) -> np.ndarray:
    """(m, h, w) images -> one float32 image with NaN gaps, tiles in rows of ``cols``.

    Tile k's top-left pixel is at row ``gap + (k // cols) * (h + gap + below)`` and column
    ``gap + (k % cols) * (w + gap)``; ``below`` adds empty rows under each row of tiles.
    """
    images = np.asarray(images, dtype=np.float32)
    m, h, w = images.shape
    rows = max(1, -(-m // cols))
    mosaic = np.full((gap + rows * (h + gap + below), gap + cols * (w + gap)), np.nan, np.float32)
    for k in range(m):
        top, left = tile_origin(k, cols, h, w, gap, below)
        mosaic[top : top + h, left : left + w] = images[k]
    return mosaic


def tile_origin(k: int, cols: int, h: int, w: int, gap: int = 1, below: int = 0) -> tuple[int, int]:
    """(row, column) of tile k's top-left pixel in a ``tile_mosaic``."""
    row, col = divmod(k, cols)
    return gap + row * (h + gap + below), gap + col * (w + gap)


class BackqueryView(QWidget):
    """Ten back-query images, one per digit, each with what the network reads in it."""

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None):
        super().__init__(parent)
        self.setObjectName("backqueryView")
        self.imagined: np.ndarray | None = None  # (10, 28, 28) float32 in 0.01–0.99
        self.predictions: np.ndarray | None = None  # (10,) int64: what the network reads in each
        self.confidences: np.ndarray | None = None  # (10,) float32
        self.untrained = False  # no full epoch and no test accuracy yet: the pictures are mostly noise

        # "How it works" folds away after the first read (remembered in ``settings``)
        self.note = FoldableNote("backquery", "backqueryExplanation", settings)
        self.explanation = self.note.label
        self.untrained_hint = QLabel(objectName="backqueryUntrainedHint")
        self.untrained_hint.setWordWrap(True)
        self.untrained_hint.hide()
        self.summary = QLabel(objectName="backquerySummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.why_label = QLabel(objectName="backqueryWhy")  # why it reads so few of its own pictures
        self.why_label.setWordWrap(True)
        self.why_label.hide()

        # white: the captions' red and green read in any theme; CET-L1 is black to white
        self.plot_widget, self.image = image_chart("backqueryPlot", "CET-L1")
        plot = self.plot_widget.getPlotItem()
        self.captions: list[pg.TextItem] = []
        for digit in range(10):
            top, left = tile_origin(digit, COLS, SIDE, SIDE, GAP, CAPTION)
            caption = pg.TextItem(anchor=(0.5, 0.0))
            caption.setTextWidth(CAPTION_WIDTH)  # a fixed box, so that text-align:center centres the lines
            caption.setPos(left + SIDE / 2, top + SIDE + 0.5)
            plot.addItem(caption)
            self.captions.append(caption)
        empty = tile_mosaic(np.full((10, SIDE, SIDE), np.nan), COLS, GAP, CAPTION)
        self.image.setImage(empty, levels=(0.0, 1.0), autoLevels=False)
        plot.setRange(xRange=(0, empty.shape[1]), yRange=(0, empty.shape[0]), padding=0.01)
        self.plot_widget.setMinimumSize(320, 260)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(self.untrained_hint)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.why_label)
        self._retranslate()

    # -- public API ------------------------------------------------------------------
    def set_network(self, network: NeuralNetwork | None) -> None:
        """Back-query ``network`` for every digit and show the images (None clears)."""
        if network is None or network.input_nodes != SIDE * SIDE or network.output_nodes != 10:
            self.imagined = self.predictions = self.confidences = None
            self.untrained = False
            images = np.full((10, SIDE, SIDE), np.nan, np.float32)
        else:
            self.untrained = network.epochs_trained == 0 and network.test_accuracy is None
            self.imagined = backquery_digits(network)
            self.predictions, self.confidences = read_back(network, self.imagined)
            images = self.imagined
        self.image.setImage(tile_mosaic(images, COLS, GAP, CAPTION), levels=(0.0, 1.0), autoLevels=False)
        self._retranslate()

    def tile(self, digit: int) -> np.ndarray:
        """The 28×28 tile of ``digit`` as drawn (a copy)."""
        top, left = tile_origin(digit, COLS, SIDE, SIDE, GAP, CAPTION)
        return np.array(self.image.image[top : top + SIDE, left : left + SIDE])

    def caption_text(self, digit: int) -> str:
        """The caption under ``digit``'s image, as plain text (e.g. "3\nreads 3 (50 %)")."""
        return self.captions[digit].textItem.toPlainText()

    @property
    def self_predicted(self) -> int:
        """How many of the ten images the network reads as the digit they were made for."""
        if self.predictions is None:
            return 0
        return int((self.predictions == np.arange(10)).sum())

    @property
    def bright_share(self) -> float:
        """The share of the ten pictures' pixels above 0.5 (an MNIST digit: ``MNIST_BRIGHT_SHARE``)."""
        return 0.0 if self.imagined is None else float((self.imagined > 0.5).mean())

    def plot_widgets(self) -> dict[str, pg.PlotWidget]:
        return {"back-query": self.plot_widget}

    def export_plots(self, directory: str | Path, suffix: str = ".png") -> list[Path]:
        """Write every chart into ``directory`` as PNG or SVG (by ``suffix``); returns the paths."""
        return export_plots(self.plot_widgets(), directory, suffix)

    # -- language ------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.note.set_texts(
            self.tr("How it works"),
            self.tr(
                "Back-query runs the network backwards (Tariq Rashid's idea). Start from the answer you want, "
                "0.99 at one output and 0.01 at the nine others; undo each sigmoid with its inverse, the logit; "
                "send the signal back through the transposed weights; squeeze each layer into 0.01–0.99. "
                "What arrives at the 784 inputs is the picture the network “imagines” for that digit: bright "
                "pixels push towards it, dark ones against it. Under each picture: what the network itself "
                "reads in it."
            ),
            self.tr("Show or hide the explanation of back-query"),
        )
        self.untrained_hint.setText(
            self.tr("This network has not finished an epoch of training yet, so its pictures are still mostly noise. Train it (Start, F5) and look again.")
        )
        self.untrained_hint.setVisible(self.untrained)
        for digit, caption in enumerate(self.captions):
            if self.predictions is None:
                caption.setText("")
                continue
            seen = int(self.predictions[digit])
            reads = (
                self.tr("reads %1 (%2 %)")
                .replace("%1", str(seen))
                .replace("%2", f"{100 * float(self.confidences[digit]):.0f}")
            )
            colour = MATCH_COLOUR if seen == digit else MISMATCH_COLOUR
            caption.setHtml(
                f'<div style="text-align:center; color:{colour}"><b style="font-size:large">{digit}</b><br>{html.escape(reads)}</div>'
            )
        misread = self.predictions is not None and not self.untrained and self.self_predicted < 10
        self.why_label.setVisible(misread)
        if misread:
            most_read = int(np.bincount(self.predictions, minlength=10).argmax())
            self.why_label.setText(
                self.tr("Why not all ten? These pictures are not digits as people write them: %1 % of their pixels are bright, "
                        "where an MNIST digit lights about %2 %. The network never saw such images and reads most of them as %3. "
                        "A network trained on warped digits (Augment, the Robust preset) reads its own pictures worst: "
                        "it learned each digit at many places, sizes and slants, and one picture cannot hold them all.")
                .replace("%1", f"{100 * self.bright_share:.0f}")
                .replace("%2", f"{100 * MNIST_BRIGHT_SHARE:.0f}")
                .replace("%3", str(most_read))
            )
        if self.predictions is None:
            self.summary.setText(self.tr("No network yet."))
        else:
            self.summary.setText(
                self.tr("The network reads %1 of its ten imagined digits as the digit they were made for.").replace(
                    "%1", str(self.self_predicted)
                )
            )

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
