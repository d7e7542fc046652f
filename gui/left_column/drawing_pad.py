"""A square pad to draw a digit on with the mouse, a pen or a finger.

The drawing lives in a fixed 280x280 grayscale image (ink = white 255 on
black 0), whatever size the widget has on screen; the widget shows it scaled
into the largest centred square. ``canvas()`` hands it to NumPy as float32
(280, 280) in [0, 1], ready for ``core.preprocess.canvas_to_inputs``.

The image is a base layer (black, or a digit put there by ``load_image``)
plus a list of strokes, so ``undo()`` can repaint it without the last stroke.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.preprocess import Preprocessed, canvas_to_inputs, resample_matrix
from core.strokes import strokes_to_inputs

CANVAS_SIZE = 280  # internal resolution, canvas pixels
BRUSH_DEFAULT = 18
BRUSH_MIN = 4
BRUSH_MAX = 40
MINIMUM_SIDE = 168  # smallest on-screen side: 6 screen pixels per MNIST pixel (room on a 640-px-high screen)
GUIDE_BOX = 200  # MNIST's 20x20 box of 28x28, drawn as a faint guide (canvas px)


@dataclass
class Stroke:
    """One press-move-release: points in canvas pixels, drawn with one width."""

    width: float
    points: list[QPointF] = field(default_factory=list)


class DrawingPad(QWidget):
    """Square black canvas with a white round brush.

    Signals:
        changed:        the canvas image changed (each move while drawing,
                        undo, clear, load_image).
        strokeFinished: a stroke ended (mouse/pen/finger lifted).
    """

    changed = Signal()
    strokeFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawingPad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # in the Tab chain; Esc / Ctrl+Z act on it
        self.setMinimumSize(MINIMUM_SIDE, MINIMUM_SIDE)
        # no height-for-width: in a short window the pad takes the height there is, and the canvas
        # stays a centred square inside it (canvas_rect)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self._brush_width = float(BRUSH_DEFAULT)
        self._base = self._blank_image()
        self._base_loaded = False
        self._image = self._base.copy()
        self._strokes: list[Stroke] = []
        self._drawing = False  # a stroke is in progress
        self._retranslate()

    # --- public API ----------------------------------------------------------

    @property
    def brush_width(self) -> float:
        """Brush diameter in canvas pixels (BRUSH_MIN..BRUSH_MAX)."""
        return self._brush_width

    @brush_width.setter
    def brush_width(self, px: float) -> None:
        self.set_brush_width(px)

    def set_brush_width(self, px: float) -> None:
        """Set the brush diameter for the next strokes (clamped to 4..40)."""
        self._brush_width = float(min(max(px, BRUSH_MIN), BRUSH_MAX))

    def canvas(self) -> np.ndarray:
        """The drawing as float32 (280, 280) in [0, 1], ink = 1 (a copy)."""
        image = self._image
        rows = np.frombuffer(image.constBits(), dtype=np.uint8)
        rows = rows.reshape(image.height(), image.bytesPerLine())
        pixels = rows[:, : image.width()]  # drop the per-line padding
        return pixels.astype(np.float32) / np.float32(255.0)

    def load_image(self, image28: np.ndarray) -> None:
        """Put a 28x28 digit on the pad as its base layer, enlarged smoothly.

        image28: uint8 (28, 28) 0..255, or float (28, 28) in [0, 1].
        Clears the strokes; later strokes go on top; undo keeps the digit.
        """
        digit = np.asarray(image28)
        if digit.ndim != 2:
            raise ValueError(f"image must be 2-D, got shape {digit.shape}")
        unit = digit.astype(np.float64)
        if digit.dtype.kind != "f":
            unit /= 255.0
        unit = np.clip(np.nan_to_num(unit), 0.0, 1.0)
        ry = resample_matrix(unit.shape[0], CANVAS_SIZE)
        rx = resample_matrix(unit.shape[1], CANVAS_SIZE)
        big = np.rint(np.clip(ry @ unit @ rx.T, 0.0, 1.0) * 255).astype(np.uint8)

        self._base = self._image_from_array(big)
        self._base_loaded = bool(big.any())
        self._strokes.clear()
        self._drawing = False
        self._repaint_canvas()

    def take_drawing_from(self, other: "DrawingPad") -> None:
        """Show what ``other`` shows: its loaded image and its strokes (a language switch keeps the digit)."""
        self._base = other._base.copy()
        self._base_loaded = other._base_loaded
        self._strokes = list(other._strokes)
        self._drawing = False
        self._repaint_canvas()

    def undo(self) -> bool:
        """Remove the last stroke (never the loaded image); True if one was removed."""
        if not self._strokes:
            return False
        self._strokes.pop()
        self._drawing = False
        self._repaint_canvas()
        return True

    def strokes(self) -> list[tuple[np.ndarray, float]]:
        """The strokes drawn since the last clear, oldest first (copies).

        Each is (points, width): points float32 (k, 2) as (x, y) in canvas
        pixels, in the order drawn; width the brush diameter in canvas pixels.
        """
        return [
            (np.array([(p.x(), p.y()) for p in stroke.points], dtype=np.float32).reshape(-1, 2), stroke.width)
            for stroke in self._strokes
        ]

    def seen(self) -> Preprocessed:
        """What the network is given for the pad: MNIST's preparation of the drawing.

        Strokes alone are redrawn from their paths with MNIST's pen (``core.strokes``), so the
        brush width does not matter; a loaded image (with any strokes on it) is prepared from
        the canvas's pixels (``core.preprocess.canvas_to_inputs``).
        """
        if self._base_loaded:
            return canvas_to_inputs(self.canvas())
        return strokes_to_inputs(self.strokes())

    def can_undo(self) -> bool:
        """True when there is a stroke to undo."""
        return bool(self._strokes)

    def clear(self) -> None:
        """Remove every stroke and the loaded image."""
        self._strokes.clear()
        self._drawing = False
        self._base = self._blank_image()
        self._base_loaded = False
        self._repaint_canvas()

    def is_empty(self) -> bool:
        """True when nothing is drawn and no (non-black) image is loaded."""
        return not self._strokes and not self._base_loaded

    def canvas_rect(self) -> QRectF:
        """The centred square (widget coordinates) the canvas is shown in."""
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def map_to_canvas(self, pos: QPointF) -> QPointF:
        """Widget coordinates -> canvas pixels (0..280 inside the square)."""
        rect = self.canvas_rect()
        scale = CANVAS_SIZE / rect.width() if rect.width() > 0 else 1.0
        return QPointF((pos.x() - rect.x()) * scale, (pos.y() - rect.y()) * scale)

    # --- size ------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(CANVAS_SIZE, CANVAS_SIZE)

    def minimumSizeHint(self) -> QSize:
        return QSize(MINIMUM_SIDE, MINIMUM_SIDE)

    # --- strokes (positions in widget coordinates) -----------------------------

    def begin_stroke(self, pos: QPointF) -> None:
        """Start a stroke at a widget position; a lone press draws a dot."""
        point = self.map_to_canvas(pos)
        stroke = Stroke(self._brush_width, [point])
        self._strokes.append(stroke)
        self._drawing = True
        self._paint_segment(stroke, point, point)

    def extend_stroke(self, pos: QPointF) -> None:
        """Continue the current stroke to a widget position."""
        if not self._drawing:
            return
        stroke = self._strokes[-1]
        point = self.map_to_canvas(pos)
        previous = stroke.points[-1]
        if point == previous:
            return
        stroke.points.append(point)
        self._paint_segment(stroke, previous, point)

    def end_stroke(self) -> None:
        """Finish the current stroke (emits strokeFinished)."""
        if not self._drawing:
            return
        self._drawing = False
        self.strokeFinished.emit()

    # --- input events ------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_stroke(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._drawing and event.buttons() & Qt.MouseButton.LeftButton:
            self.extend_stroke(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drawing:
            self.extend_stroke(event.position())
            self.end_stroke()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event) -> None:
        """Pen input; pressure is ignored. Accepted, so no duplicate mouse events."""
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.begin_stroke(event.position())
        elif kind == QEvent.Type.TabletMove:
            self.extend_stroke(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self.extend_stroke(event.position())
            self.end_stroke()
        event.accept()

    def event(self, event) -> bool:
        """Touch input: the first touch point draws."""
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            points = event.points()
            if points:
                pos = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self.begin_stroke(pos)
                else:
                    self.extend_stroke(pos)
                if kind == QEvent.Type.TouchEnd:
                    self.end_stroke()
            event.accept()
            return True
        if kind == QEvent.Type.TouchCancel:
            self.end_stroke()
            event.accept()
            return True
        if kind == QEvent.Type.LanguageChange:
            self._retranslate()
        return super().event(event)

    # --- painting ----------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.canvas_rect()
        painter.drawImage(rect, self._image)

        # Faint guide for MNIST's 20x20 box (not part of the canvas image).
        scale = rect.width() / CANVAS_SIZE
        margin = (CANVAS_SIZE - GUIDE_BOX) / 2 * scale
        guide = rect.adjusted(margin, margin, -margin, -margin)
        pen = QPen(QColor(255, 255, 255, 40), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(guide)

        if self.is_empty():
            font = QFont(self.font())
            font.setPixelSize(max(12, round(rect.width() / 14)))
            painter.setFont(font)
            painter.setPen(QColor(255, 255, 255, 150))  # on the always-black canvas, whatever the theme
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("Draw a digit"))

        if self.hasFocus():  # keyboard focus shows as a frame in the theme's highlight colour
            painter.setPen(QPen(self.palette().highlight().color(), 3))
            painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))

    def _paint_segment(self, stroke: Stroke, start: QPointF, end: QPointF) -> None:
        """Draw one segment of a stroke onto the canvas image and announce it."""
        painter = QPainter(self._image)
        self._prepare(painter, stroke.width)
        if start == end:
            painter.drawPoint(start)
        else:
            painter.drawLine(start, end)
        painter.end()
        self.update()
        self.changed.emit()

    def _repaint_canvas(self) -> None:
        """Rebuild the canvas image from the base layer and all strokes."""
        self._image = self._base.copy()
        painter = QPainter(self._image)
        for stroke in self._strokes:
            # the same dot + segments as drawn live, so undo restores exactly
            self._prepare(painter, stroke.width)
            points = stroke.points
            painter.drawPoint(points[0])
            for start, end in zip(points, points[1:]):
                painter.drawLine(start, end)
        painter.end()
        self.update()
        self.changed.emit()

    @staticmethod
    def _prepare(painter: QPainter, width: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(255, 255, 255), width, Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)

    @staticmethod
    def _blank_image() -> QImage:
        image = QImage(CANVAS_SIZE, CANVAS_SIZE, QImage.Format.Format_Grayscale8)
        image.fill(0)
        return image

    @staticmethod
    def _image_from_array(pixels: np.ndarray) -> QImage:
        """uint8 (h, w) -> a QImage that owns a copy of the pixels."""
        pixels = np.ascontiguousarray(pixels, dtype=np.uint8)
        h, w = pixels.shape
        return QImage(pixels.data, w, h, w, QImage.Format.Format_Grayscale8).copy()

    def _retranslate(self) -> None:
        self.setToolTip(self.tr("Draw a digit here with the mouse, a pen or a finger"))
        self.setAccessibleName(self.tr("Drawing pad"))
        self.setAccessibleDescription(
            self.tr("Draw one digit with the mouse, a pen or a finger; the network's answer is shown beside it. Esc clears, Ctrl+Z undoes a stroke.")
        )
