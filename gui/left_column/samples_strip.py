"""A strip of the digits the network is training on right now, as it sees them (augmented or not)."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

SHOWN = 6
ZOOM = 2  # 28 px -> 56 px, nearest neighbour: the network's pixels stay visible
GAP = 4


class SamplesStrip(QWidget):
    """Up to 6 training digits side by side, from the latest Progress (``show``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trainingSamplesStrip")
        self.caption = QLabel(self.tr("The digits it is training on now:"))
        self.caption.setWordWrap(True)  # beside the images, in two or three short lines
        self.caption.setMinimumWidth(80)
        self.images = QLabel(objectName="trainingSamplesImages")
        side = 28 * ZOOM
        self.images.setFixedSize(SHOWN * side + (SHOWN - 1) * GAP, side)
        self.images.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.images.setAccessibleName(self.tr("Digits the network is training on now"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption, 1)
        layout.addWidget(self.images)
        self.labels: np.ndarray | None = None
        self.show_samples(None, None)

    def show_samples(self, images: np.ndarray | None, labels: np.ndarray | None) -> None:
        """images float (k, 28, 28) in [0, 1] and labels (k,), or None for the empty strip."""
        side = 28 * ZOOM
        width = SHOWN * side + (SHOWN - 1) * GAP
        canvas = np.full((side, width), 48, np.uint8)  # dark grey gaps and empty places
        if images is None or len(images) == 0:
            self.labels = None
            self.images.setToolTip(self.tr("While training, the digits being learned appear here (with Augment on: warped)"))
        else:
            images = np.clip(np.asarray(images, np.float32)[-SHOWN:], 0.0, 1.0)
            self.labels = None if labels is None else np.asarray(labels)[-SHOWN:]
            for place, image in enumerate(images):
                big = np.kron(image, np.ones((ZOOM, ZOOM), np.float32))
                left = place * (side + GAP)
                canvas[:, left : left + side] = np.rint(big * 255).astype(np.uint8)
            if self.labels is not None:
                self.images.setToolTip(self.tr("Labels: %1").replace("%1", " ".join(str(int(label)) for label in self.labels)))
        canvas = np.ascontiguousarray(canvas)
        image = QImage(canvas.data, width, side, width, QImage.Format.Format_Grayscale8).copy()
        self.images.setPixmap(QPixmap.fromImage(image))
