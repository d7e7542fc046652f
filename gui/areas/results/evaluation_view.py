"""Where the network goes wrong: the confusion matrix, accuracy per digit, the misread images.

``EvaluationView`` shows one ``core.insight.DetailedEvaluation`` (``set_result``).
Before the first one (and after ``clear``) it shows one line on what to do, with the
"Evaluate now" button large under it (``evaluationEmptyState``).
It never computes one itself: its "Evaluate now" button emits ``evaluateRequested``
and the owner runs ``core.insight.evaluate_detailed`` in a ``BackgroundJob``,
passing the yielded fractions to ``set_progress`` and the result to ``set_result``.

* The confusion matrix (``confusionPlot``): row = true digit (0 at the top),
  column = predicted digit, each cell with its count. Mistakes are shaded white →
  red by the share of that true digit they take (levels 0 .. the largest such
  share); the diagonal (correct answers) is green.
* Accuracy per digit (``perDigitAccuracy``): one bar per true digit, the worst orange.
* The gallery (``errorGallery``): the misread test images, the most confident
  mistakes first, at most ``GALLERY_LIMIT`` at once. Clicking an off-diagonal
  cell shows only that cell (true i read as j); clicking a diagonal cell shows the
  correctly read images of that digit, least sure first (the near misses);
  clicking a bar shows every mistake on that digit. "Show all mistakes" undoes the filter.
  Clicking an image emits ``imageChosen(image uint8 (28, 28), true label)``.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QImage, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.insight import DetailedEvaluation, cell_indices, misclassified, per_digit_accuracy
from gui.areas.learning.charts import AXIS_COLOUR, TEXT_COLOUR, export_plots

CLASSES = 10
GALLERY_LIMIT = 300  # images in the gallery at once
THUMB_ZOOM = 2  # 28×28 shown as 56×56, nearest neighbour
MISTAKE_MAP = "CET-L18"  # white – orange – red
CORRECT_COLOUR = QColor(46, 125, 50)
BAR_COLOUR = QColor(110, 140, 180)
WORST_COLOUR = QColor(230, 120, 20)
SELECTION_COLOUR = QColor(20, 20, 20)
MIN_BAR_FONT_PX = 9  # the per-digit values never shrink below this (at 1024×640 they were 6 px)
NARROW_BAR_PX = 28  # a bar narrower than this shows whole percents


def gray_pixmap(image28: np.ndarray, zoom: int) -> QPixmap:
    """uint8 (h, w) image -> a QPixmap enlarged ``zoom`` times with visible pixels."""
    gray = np.ascontiguousarray(image28, dtype=np.uint8)
    h, w = gray.shape
    image = QImage(gray.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    return QPixmap.fromImage(image).scaled(
        w * zoom, h * zoom, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation
    )


def chart(object_name: str, background="w") -> pg.PlotWidget:
    """A PlotWidget without mouse pan/zoom, menu or auto-range button."""
    widget = pg.PlotWidget(background=background)
    widget.setObjectName(object_name)
    plot = widget.getPlotItem()
    plot.setMouseEnabled(x=False, y=False)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.enableAutoSIPrefix(False)
        axis.setPen(AXIS_COLOUR)  # dark on the white plot, in a light or a dark theme alike
        axis.setTextPen(TEXT_COLOUR)
    return widget


def image_chart(object_name: str, colour_map: str, background="w") -> tuple[pg.PlotWidget, pg.ImageItem]:
    """A chart that shows an image: no axes, row 0 at the top, square pixels. Returns it and its ImageItem."""
    widget = chart(object_name, background)
    plot = widget.getPlotItem()
    for name in ("left", "bottom"):
        plot.hideAxis(name)
    plot.invertY(True)
    plot.setAspectLocked(True)
    image = pg.ImageItem(axisOrder="row-major")
    image.setColorMap(pg.colormap.get(colour_map))
    plot.addItem(image)
    return widget, image


class EvaluationView(QWidget):
    """Confusion matrix, accuracy per digit and a gallery of misread test images."""

    evaluateRequested = Signal()
    imageChosen = Signal(object, int)  # uint8 (28, 28) image, its true label

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("evaluationView")
        self.result: DetailedEvaluation | None = None
        self.images: np.ndarray | None = None  # uint8 (n, 28, 28), those of the result
        self._filter: tuple[int | None, int | None] = (None, None)  # (true, predicted); None = any
        self._shown: np.ndarray = np.zeros(0, np.int64)  # indices behind the gallery's items
        self._total = 0  # images matching the filter (the gallery shows at most GALLERY_LIMIT)
        self._stale = False
        self._narrow_bars = False  # bars too narrow for one decimal (see _fit_fonts)

        self.evaluate_button = QPushButton(objectName="evaluateButton")
        self.progress = QProgressBar(objectName="evaluationProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.summary = QLabel(objectName="evaluationSummary")
        self.summary.setWordWrap(True)

        self.confusion_widget = chart("confusionPlot")
        self._build_confusion()
        self.accuracy_widget = chart("perDigitAccuracy")
        self._build_accuracy()

        self.show_all_button = QPushButton(objectName="showAllButton")
        self.filter_label = QLabel(objectName="galleryFilter")
        self.filter_label.setWordWrap(True)  # "All mistakes, the most confident first" wraps in a narrow gallery
        self.count_label = QLabel(objectName="galleryCount")
        self.count_label.setWordWrap(True)
        self.gallery = QListWidget(objectName="errorGallery")
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setIconSize(QSize(28 * THUMB_ZOOM, 28 * THUMB_ZOOM))
        self.gallery.setGridSize(QSize(28 * THUMB_ZOOM + 28, 28 * THUMB_ZOOM + 40))
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setUniformItemSizes(True)
        self.gallery.setWordWrap(True)
        self.gallery.setMinimumWidth(28 * THUMB_ZOOM + 28 + 24)  # one column at least: at 1024×640 the area is ~470 px

        # before the first evaluation: one line on what to do, and the Evaluate button under it, large
        self.empty_hint = QLabel(objectName="evaluationEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setMaximumWidth(560)
        font = self.empty_hint.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.empty_hint.setFont(font)
        self.test_count: int | None = None  # test images the evaluation will read, for the hint
        self._empty_shown: bool | None = None  # which page _show_page last laid out
        empty_page = QWidget(objectName="evaluationEmptyState")
        self._empty_layout = QVBoxLayout(empty_page)
        self._empty_layout.addStretch(2)
        hint_row = QHBoxLayout()  # centred without an alignment flag, which would cut the wrapped lines' height
        hint_row.addStretch(1)
        hint_row.addWidget(self.empty_hint, 4)
        hint_row.addStretch(1)
        self._empty_layout.addLayout(hint_row)
        self._empty_layout.addSpacing(12)
        self._empty_layout.addStretch(3)
        self._top = QHBoxLayout()
        self._top.addWidget(self.summary, 1)

        charts = QSplitter(Qt.Orientation.Vertical, objectName="evaluationChartsSplitter")
        charts.addWidget(self.confusion_widget)
        charts.addWidget(self.accuracy_widget)
        charts.setSizes([420, 170])

        gallery_foot = QVBoxLayout()  # the count, and under it the way back to every mistake (side by side, a narrow count wrapped)
        gallery_foot.addWidget(self.count_label)
        gallery_foot.addWidget(self.show_all_button, 0, Qt.AlignmentFlag.AlignRight)
        gallery_box = QWidget(objectName="galleryBox")
        gallery_layout = QVBoxLayout(gallery_box)
        gallery_layout.setContentsMargins(0, 0, 0, 0)
        gallery_layout.addWidget(self.filter_label)
        gallery_layout.addWidget(self.gallery, 1)
        gallery_layout.addLayout(gallery_foot)

        body = QSplitter(Qt.Orientation.Horizontal, objectName="evaluationSplitter")
        body.addWidget(charts)
        body.addWidget(gallery_box)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([600, 400])

        self.pages = QStackedWidget(objectName="evaluationPages")
        self.pages.addWidget(empty_page)
        self.pages.addWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._top)
        layout.addWidget(self.pages, 1)

        self.evaluate_button.clicked.connect(self.evaluateRequested)
        self.show_all_button.clicked.connect(lambda: self.show_cell(None, None))
        self.gallery.itemClicked.connect(self._on_item_clicked)
        self.confusion_widget.scene().sigMouseClicked.connect(self._on_matrix_clicked)
        self.accuracy_widget.scene().sigMouseClicked.connect(self._on_bars_clicked)
        self.confusion_widget.getPlotItem().getViewBox().sigResized.connect(self._fit_fonts)
        self.accuracy_widget.getPlotItem().getViewBox().sigResized.connect(self._fit_fonts)
        self._retranslate()
        self._show_matrix()
        self._show_page()

    # -- building ------------------------------------------------------------------
    def _build_confusion(self) -> None:
        plot = self.confusion_widget.getPlotItem()
        plot.invertY(True)
        plot.setAspectLocked(True)
        ticks = [[(i + 0.5, str(i)) for i in range(CLASSES)]]
        for name in ("bottom", "left"):
            plot.getAxis(name).setTicks(ticks)
        plot.showAxis("top")
        plot.getAxis("top").setTicks(ticks)
        plot.getAxis("top").setStyle(showValues=False, tickLength=0)
        # the mistakes (off the diagonal, NaN on it) and the correct answers (the diagonal only)
        self.mistake_image = pg.ImageItem(axisOrder="row-major")
        self.mistake_image.setColorMap(pg.colormap.get(MISTAKE_MAP))
        self.correct_image = pg.ImageItem(axisOrder="row-major")
        self.correct_image.setColorMap(pg.ColorMap([0.0, 1.0], [QColor(200, 230, 201), CORRECT_COLOUR]))
        for image in (self.mistake_image, self.correct_image):
            image.setRect(QRectF(0, 0, CLASSES, CLASSES))
            plot.addItem(image)
        self.cell_texts = [[pg.TextItem(anchor=(0.5, 0.5)) for _ in range(CLASSES)] for _ in range(CLASSES)]
        for i, row in enumerate(self.cell_texts):
            for j, text in enumerate(row):
                text.setPos(j + 0.5, i + 0.5)
                plot.addItem(text)
        self._selection_box = QGraphicsRectItem()
        pen = QPen(SELECTION_COLOUR, 3)
        pen.setCosmetic(True)
        self._selection_box.setPen(pen)
        self._selection_box.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self._selection_box.setZValue(10)
        self._selection_box.hide()
        plot.addItem(self._selection_box, ignoreBounds=True)
        plot.setRange(xRange=(0, CLASSES), yRange=(0, CLASSES), padding=0.02)
        self.confusion_widget.setMinimumSize(260, 260)

    def _build_accuracy(self) -> None:
        plot = self.accuracy_widget.getPlotItem()
        plot.getAxis("bottom").setTicks([[(i, str(i)) for i in range(CLASSES)]])
        plot.setXRange(-0.6, CLASSES - 0.4, padding=0)
        plot.setYRange(0, 104, padding=0)
        plot.getAxis("left").setTicks([[(v, str(v)) for v in (0, 25, 50, 75, 100)]])
        self.accuracy_bars = pg.BarGraphItem(x=np.arange(CLASSES), height=np.zeros(CLASSES), width=0.7, brush=BAR_COLOUR, pen=None)
        plot.addItem(self.accuracy_bars)
        self.accuracy_texts = [pg.TextItem(anchor=(0.5, 0.0)) for _ in range(CLASSES)]
        for digit, text in enumerate(self.accuracy_texts):
            text.setPos(digit, 100)
            plot.addItem(text)
        self.accuracy_widget.setMinimumHeight(150)

    # -- public API ------------------------------------------------------------------
    def set_result(self, result: DetailedEvaluation, images: np.ndarray, labels: np.ndarray | None = None) -> None:
        """Show an evaluation of the uint8 images (n, 28, 28) with labels (n,) (default: the result's)."""
        images = np.asarray(images)
        if len(images) != result.count:
            raise ValueError(f"{len(images)} images for an evaluation of {result.count}")
        if labels is not None and not np.array_equal(np.asarray(labels), result.labels):
            raise ValueError("the labels are not those the evaluation was made with")
        self.result, self.images = result, images
        self._stale = False
        self.progress.hide()
        self.evaluate_button.setEnabled(True)
        self._show_matrix()
        self.show_cell(None, None)
        self._show_page()

    def clear(self, test_count: int | None = None) -> None:
        """Back to the empty state (e.g. for a new dataset of ``test_count`` test images)."""
        self.result, self.images = None, None
        self._stale = False
        if test_count is not None:
            self.test_count = test_count
        self._show_matrix()
        self.show_cell(None, None)
        self._show_page()

    def set_stale(self, stale: bool = True) -> None:
        """Say that the network has changed since the evaluation shown."""
        self._stale = stale
        self._retranslate()

    def set_progress(self, fraction: float | None) -> None:
        """Show an evaluation under way (0–1), or None when none is."""
        if fraction is None:
            self.progress.hide()
            self.evaluate_button.setEnabled(True)
            return
        self.progress.show()
        self.progress.setValue(int(round(1000 * min(max(fraction, 0.0), 1.0))))
        self.evaluate_button.setEnabled(False)

    def show_cell(self, true: int | None, predicted: int | None) -> None:
        """Filter the gallery: (i, j) a matrix cell, (i, None) every mistake on digit i, (None, None) all mistakes."""
        self._filter = (true, predicted)
        if true is not None and predicted is not None:
            self._selection_box.setRect(QRectF(predicted, true, 1, 1))
            self._selection_box.show()
        else:
            self._selection_box.hide()
        self._fill_gallery()
        self._retranslate()

    @property
    def shown_indices(self) -> np.ndarray:
        """Indices (into the images) of the gallery's items, in order."""
        return self._shown.copy()

    def cell_text(self, true: int, predicted: int) -> str:
        """The text written in the matrix's cell (true, predicted)."""
        return self.cell_texts[true][predicted].textItem.toPlainText()

    def cell_center(self, true: int, predicted: int):
        """The centre of a matrix cell in the confusionPlot's viewport coordinates (a QPoint)."""
        view_box = self.confusion_widget.getPlotItem().getViewBox()
        scene = view_box.mapViewToScene(pg.Point(predicted + 0.5, true + 0.5))
        return self.confusion_widget.mapFromScene(scene)

    def plot_widgets(self) -> dict[str, pg.PlotWidget]:
        """The exportable charts by name."""
        return {"confusion-matrix": self.confusion_widget, "accuracy-per-digit": self.accuracy_widget}

    def export_plots(self, directory: str | Path, suffix: str = ".png") -> list[Path]:
        """Write every chart into ``directory`` as PNG or SVG (by ``suffix``); returns the paths."""
        return export_plots(self.plot_widgets(), directory, suffix)

    # -- drawing ---------------------------------------------------------------------
    def _show_page(self) -> None:
        """The charts once there is a result; before, the hint with the Evaluate button (and its progress) under it."""
        empty = self.result is None
        if empty == self._empty_shown:
            return
        self._empty_shown = empty
        self.pages.setCurrentIndex(0 if empty else 1)
        self.summary.setVisible(not empty)
        self.evaluate_button.setMinimumHeight(2 * self.fontMetrics().height() + 8 if empty else 0)
        font = self.evaluate_button.font()
        font.setBold(empty)
        self.evaluate_button.setFont(font)
        self.progress.setMaximumWidth(self.evaluate_button.sizeHint().width() if empty else 160)
        self.evaluate_button.setDefault(empty)
        progress_shown = not self.progress.isHidden()  # moving a widget hides it: show them again after
        for widget in (self.evaluate_button, self.progress):
            self._top.removeWidget(widget)
            self._empty_layout.removeWidget(widget)
        if empty:  # under the hint, centred
            self._empty_layout.insertWidget(3, self.evaluate_button, 0, Qt.AlignmentFlag.AlignHCenter)
            self._empty_layout.insertWidget(4, self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        else:  # at the left of the summary line
            self._top.insertWidget(0, self.evaluate_button)
            self._top.insertWidget(1, self.progress)
        self.evaluate_button.show()
        self.progress.setVisible(progress_shown)

    def _show_matrix(self) -> None:
        if self.result is None:
            confusion = np.zeros((CLASSES, CLASSES), np.int64)
        else:
            confusion = self.result.confusion
        totals = confusion.sum(axis=1, keepdims=True)
        shares = np.divide(confusion, totals, out=np.zeros(confusion.shape), where=totals > 0).astype(np.float32)
        diagonal = np.eye(CLASSES, dtype=bool)
        mistakes = np.where(diagonal, np.nan, shares).astype(np.float32)
        worst = float(np.nanmax(mistakes)) if np.any(mistakes > 0) else 1.0
        self.mistake_image.setImage(np.ascontiguousarray(mistakes), levels=(0.0, worst), autoLevels=False)
        correct = np.where(diagonal, shares if self.result is not None else np.nan, np.nan).astype(np.float32)
        self.correct_image.setImage(np.ascontiguousarray(correct), levels=(0.0, 1.0), autoLevels=False)
        self.mistake_image.setRect(QRectF(0, 0, CLASSES, CLASSES))
        self.correct_image.setRect(QRectF(0, 0, CLASSES, CLASSES))
        for i in range(CLASSES):
            for j in range(CLASSES):
                count = int(confusion[i, j])
                text = self.cell_texts[i][j]
                if self.result is None:
                    text.setText("")
                    continue
                dark_cell = (i == j) or (mistakes[i, j] > 0.6 * worst)
                colour = "#ffffff" if dark_cell else ("#767676" if count == 0 else "#222222")
                text.setText(str(count), color=colour)

        accuracy = per_digit_accuracy(confusion) if self.result is not None else np.full(CLASSES, np.nan)
        percent = np.nan_to_num(100 * accuracy)
        worst_digit = int(np.nanargmin(accuracy)) if np.isfinite(accuracy).any() else -1
        brushes = [WORST_COLOUR if d == worst_digit else BAR_COLOUR for d in range(CLASSES)]
        self.accuracy_bars.setOpts(height=percent, brushes=brushes)
        for digit, text in enumerate(self.accuracy_texts):
            inside = percent[digit] >= 30  # the value inside the bar's top, or else just above it
            value = f"{percent[digit]:.0f}" if self._narrow_bars else f"{percent[digit]:.1f}"
            text.setText("" if np.isnan(accuracy[digit]) else value, color="#ffffff" if inside else "#222222")
            text.setAnchor((0.5, 0.0) if inside else (0.5, 1.0))
            text.setPos(digit, percent[digit] - 1 if inside else percent[digit] + 1)

    def _fit_fonts(self) -> None:
        """Size the numbers to the cells and bars, so "1135" fits a cell at any window size."""
        box = self.confusion_widget.getPlotItem().getViewBox()
        cell = min(box.width(), box.height()) / CLASSES
        font = self.cell_texts[0][0].textItem.font()
        font.setPixelSize(int(np.clip(cell * 0.34, 7, 14)))
        for row in self.cell_texts:
            for text in row:
                text.setFont(font)
        bar = self.accuracy_widget.getPlotItem().getViewBox().width() / (CLASSES + 0.2) * 0.7
        font = self.accuracy_texts[0].textItem.font()
        font.setPixelSize(int(np.clip(bar / 2.6, MIN_BAR_FONT_PX, 13)))
        for text in self.accuracy_texts:
            text.setFont(font)
        narrow = bar < NARROW_BAR_PX  # "97.3" no longer fits a bar: whole percents, still readable
        if narrow != self._narrow_bars:
            self._narrow_bars = narrow
            self._show_matrix()

    def _fill_gallery(self) -> None:
        self.gallery.clear()
        result = self.result
        if result is None:
            self._shown = np.zeros(0, np.int64)
            return
        true, predicted = self._filter
        if true is not None and predicted is not None:
            indices = cell_indices(result, true, predicted)
        else:
            indices = misclassified(result.labels, result.predictions, result.outputs)
            if true is not None:
                indices = indices[result.labels[indices] == true]
        self._total = len(indices)
        self._shown = indices[:GALLERY_LIMIT]
        caption = self.tr("true %1 → %2\n%3 %")
        tip = self.tr("Test image %1: true %2, read as %3 (%4 % sure). Click to put it on the pad.")
        for index in self._shown:
            label, guess = int(result.labels[index]), int(result.predictions[index])
            sure = f"{100 * float(result.confidences[index]):.0f}"
            item = QListWidgetItem(QIcon(gray_pixmap(self.images[index], THUMB_ZOOM)), caption.replace("%1", str(label)).replace("%2", str(guess)).replace("%3", sure))
            item.setToolTip(tip.replace("%1", f"{int(index):,}").replace("%2", str(label)).replace("%3", str(guess)).replace("%4", sure))
            item.setData(Qt.ItemDataRole.UserRole, int(index))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.gallery.addItem(item)

    # -- clicks ------------------------------------------------------------------------
    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if index is None or self.images is None:
            return
        self.imageChosen.emit(np.array(self.images[index], dtype=np.uint8), int(self.result.labels[index]))

    def _on_matrix_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.result is None:
            return
        point = self.confusion_widget.getPlotItem().getViewBox().mapSceneToView(event.scenePos())
        col, row = int(np.floor(point.x())), int(np.floor(point.y()))
        if 0 <= row < CLASSES and 0 <= col < CLASSES:
            self.show_cell(row, col)

    def _on_bars_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.result is None:
            return
        point = self.accuracy_widget.getPlotItem().getViewBox().mapSceneToView(event.scenePos())
        digit = int(round(point.x()))
        if 0 <= digit < CLASSES and abs(point.x() - digit) <= 0.35:
            self.show_cell(digit, None)

    # -- language ------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.evaluate_button.setText(self.tr("Evaluate now"))
        self.evaluate_button.setToolTip(self.tr("Read all the test images with the current network"))
        self.show_all_button.setText(self.tr("Show all mistakes"))
        self.show_all_button.setToolTip(self.tr("Show every misread test image again, not only those of the chosen cell or digit"))
        confusion = self.confusion_widget.getPlotItem()
        confusion.setTitle(self.tr("Confusion matrix (click a cell)"), color="#222222", size="11pt")
        confusion.setLabel("left", self.tr("true digit"))
        confusion.setLabel("bottom", self.tr("predicted digit"))
        bars = self.accuracy_widget.getPlotItem()
        bars.setTitle(self.tr("Accuracy per digit (%)"), color="#222222", size="11pt")
        bars.setLabel("bottom", self.tr("true digit"))
        self.summary.setText(self._summary_text())
        if self.test_count is None:
            hint = self.tr("Train the network (Start, F5), or press “Evaluate now” to test the current one on the test images.")
        else:
            hint = self.tr("Train the network (Start, F5), or press “Evaluate now” to test the current one on the %1 test images.").replace(
                "%1", f"{self.test_count:,}"
            )
        self.empty_hint.setText(hint + " " + self.tr("You will see which digits it confuses, and the images it misreads."))
        self.filter_label.setText(self._filter_text())
        self.count_label.setText(self._count_text())

    def _summary_text(self) -> str:
        result = self.result
        if result is None:
            return self.tr("Press “Evaluate now” to read every test image and see where the network goes wrong.")
        text = (
            self.tr("Accuracy %1 %: %2 of %3 test images misread (read in %4 s).")
            .replace("%1", f"{100 * result.accuracy:.2f}")
            .replace("%2", f"{result.errors:,}")
            .replace("%3", f"{result.count:,}")
            .replace("%4", f"{result.seconds:.2f}")
        )
        if result.one_look_accuracy is not None:
            text += " " + self.tr("Each image read in five looks, as the pad reads (one look, as the curves measure: %1 %).").replace(
                "%1", f"{100 * result.one_look_accuracy:.2f}"
            )
        if self._stale:
            text += " " + self.tr("The network has changed since: evaluate again.")
        return text

    def _filter_text(self) -> str:
        true, predicted = self._filter
        if self.result is None:
            return ""
        if true is None:
            return self.tr("All mistakes, the most confident first")
        if predicted is None:
            return self.tr("Mistakes on the digit %1").replace("%1", str(true))
        if true == predicted:
            return self.tr("%1 read correctly, the least sure first").replace("%1", str(true))
        return self.tr("%1 read as %2, the most confident first").replace("%1", str(true)).replace("%2", str(predicted))

    def _count_text(self) -> str:
        if self.result is None:
            return ""
        total, shown = self._total, len(self._shown)
        if total == 0:
            return self.tr("No images here")
        if shown < total:
            return self.tr("Showing %1 of %2").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        return self.tr("%1 images").replace("%1", f"{total:,}")

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
