"""Small pictures of one step's numbers, made with NumPy: heat strips, heat matrices and 28×28 images.

Each returns a QPixmap enlarged with nearest neighbour (whole pixels, never blurred).
Signed values use the weight mosaic's diverging map (blue negative, white 0, red positive)
with levels ±``level``; values in 0–1 (the sigmoid's outputs, the image) use a grey ramp.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap

from gui.areas.learning.weights_view import COLOR_MAP

UNIT_MAP = "CET-L1"  # black → white, for values in 0–1


def _to_pixmap(scaled: np.ndarray, colour_map: str, width: int, height: int) -> QPixmap:
    """scaled (rows, columns) in 0–1 -> a ``width`` × ``height`` pixmap of the colour map."""
    rows, columns = scaled.shape
    rgba = pg.colormap.get(colour_map).map(np.clip(scaled, 0.0, 1.0).ravel(), mode="byte")
    rgba = np.ascontiguousarray(np.asarray(rgba, dtype=np.uint8).reshape(rows, columns, 4))
    image = QImage(rgba.data, columns, rows, 4 * columns, QImage.Format.Format_RGBA8888).copy()
    return QPixmap.fromImage(image).scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation)


def signed_level(values: np.ndarray) -> float:
    """The colour scale for signed values: the largest |value| (1.0 when all are 0 or not finite)."""
    magnitudes = np.abs(np.asarray(values, dtype=np.float64))
    magnitudes = magnitudes[np.isfinite(magnitudes)]
    top = float(magnitudes.max()) if magnitudes.size else 0.0
    return top if top > 0 else 1.0


def signed_matrix(values: np.ndarray, width: int, height: int, level: float | None = None) -> QPixmap:
    """Signed values (rows, columns) or (n,) as a diverging heat map, ±level at the ends."""
    values = np.atleast_2d(np.asarray(values, dtype=np.float64))
    level = signed_level(values) if level is None else level
    return _to_pixmap((values / level + 1.0) / 2.0, COLOR_MAP, width, height)


def unit_matrix(values: np.ndarray, width: int, height: int) -> QPixmap:
    """Values in 0–1 (rows, columns) or (n,) as a grey ramp, 0 black and 1 white."""
    return _to_pixmap(np.atleast_2d(np.asarray(values, dtype=np.float64)), UNIT_MAP, width, height)


def digit_image(inputs: np.ndarray, zoom: int) -> QPixmap:
    """inputs (784,) in 0.01–1.0 as the 28×28 digit, ink dark on white as drawn, ``zoom`` px per pixel."""
    side = int(round(np.sqrt(np.asarray(inputs).size)))
    ink = np.asarray(inputs, dtype=np.float64).reshape(side, side)
    return unit_matrix(1.0 - ink, side * zoom, side * zoom)
