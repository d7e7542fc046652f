"""A long explanation that folds away after the first read: "▾ How it works" above the text.

The note opens expanded until a window has shown it once; from then on it opens folded,
unless the user unfolded it again. Its state lives in QSettings under ``explanations/<key>``
("expanded" or "folded"); without a settings object nothing is remembered.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

EXPANDED, FOLDED = "expanded", "folded"


class FoldableNote(QWidget):
    """A toggle button (``toggle``) and a word-wrapped label (``label``) it shows or hides."""

    def __init__(self, key: str, object_name: str, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name + "Note")
        self.key = f"explanations/{key}"
        self.settings = settings
        self.toggle = QToolButton(objectName=object_name + "Toggle", checkable=True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setStyleSheet("QToolButton { border: none; padding: 1px 2px; }")  # a flat link-like toggle, checked or not
        self.label = QLabel(objectName=object_name)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.label)

        stored = str(settings.value(self.key, "")) if settings is not None else ""
        expanded = stored != FOLDED
        self._first_visit = settings is not None and not stored  # once shown, the next window opens it folded
        self.toggle.setChecked(expanded)
        self._show(expanded)
        self.toggle.toggled.connect(self._on_toggled)

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_texts(self, title: str, text: str, tip: str) -> None:
        """The toggle's words (e.g. "How it works"), the explanation, and the toggle's tooltip."""
        self.toggle.setText(title)
        self.toggle.setToolTip(tip)
        self.toggle.setAccessibleName(title)
        self.label.setText(text)

    def showEvent(self, event) -> None:
        if self._first_visit:  # read once (its tab was shown): remembered folded, unless the user unfolds it
            self._first_visit = False
            self.settings.setValue(self.key, FOLDED)
        super().showEvent(event)

    def _on_toggled(self, expanded: bool) -> None:
        self._show(expanded)
        if self.settings is not None:
            self.settings.setValue(self.key, EXPANDED if expanded else FOLDED)

    def _show(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.label.setVisible(expanded)
