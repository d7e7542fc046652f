"""Accessibility basics (pytest-qt, offscreen): names and tooltips on every control, a
sensible Tab order, mnemonics that do not clash, a pad that takes the keyboard focus,
and text that stays readable in a dark theme."""
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QSlider,
    QTabBar,
    QWidget,
)

from gui.window.main_window import MainWindow
from checks import WAIT

TRAINING_ORDER = [
    "presetCombo", "epochsSpin", "learningRateSpin", "hiddenNodesSpin", "batchSizeSpin", "seedSpin",
    "startButton", "pauseButton", "stopButton", "resetButton",
]
PAD_ORDER = ["drawingPad", "brushSlider", "clearButton", "undoButton", "randomDigitButton"]


def make_window(qtbot, settings, data_dir=None):
    window = MainWindow(settings=settings, data_dir=data_dir, load_data=data_dir is not None)
    window._confirm_close = False
    qtbot.addWidget(window)
    window.resize(1340, 760)
    window.show()
    if data_dir is not None:
        qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    return window


@pytest.fixture
def window(qtbot, settings):
    return make_window(qtbot, settings)


def controls(window):
    """The window's own controls (not Qt's internal ones, e.g. the tab bar's scroll arrows)."""
    found = []
    for kind in (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider):
        for widget in window.findChildren(kind):
            if widget.objectName().startswith("qt_") or isinstance(widget.parent(), QTabBar) or widget.window() is not window:
                continue
            found.append(widget)
    return found


def accessible_name(widget):
    """What a screen reader says: the accessible name, else the text, else the buddy label."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name).strip()


def test_every_control_has_a_tooltip_and_an_accessible_name(window):
    found = controls(window)
    assert len(found) >= 15
    missing = [
        f"{type(widget).__name__} {widget.objectName() or '?'} (in {widget.parent().objectName() or type(widget.parent()).__name__})"
        f": tooltip {widget.toolTip()!r}, name {accessible_name(widget)!r}"
        for widget in found
        if not widget.toolTip().strip() or not accessible_name(widget)
    ]
    assert not missing, "\n".join(missing)


def test_the_main_widgets_have_accessible_names_and_descriptions(window):
    for name in ("drawingPad", "predictionLabel", "lossPlot", "accuracyPlot", "weightsView", "outputsPlot", "progressBar",
                 "epochsSpin", "learningRateSpin", "hiddenNodesSpin", "batchSizeSpin", "seedSpin", "presetCombo", "brushSlider"):
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName().strip(), name
    for name in ("drawingPad", "predictionLabel", "lossPlot", "accuracyPlot", "weightsView", "startButton", "epochsSpin"):
        assert window.findChild(QWidget, name).accessibleDescription().strip(), name
    assert window.findChild(QWidget, "epochsSpin").accessibleName() == "Epochs"  # its label, without the "&"


def focus_chain(start_widget, wanted):
    """The wanted objectNames in the order Tab visits them, starting at start_widget."""
    seen, widget = [], start_widget
    for _ in range(2000):
        name = widget.objectName()
        if name in wanted and name not in seen and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            seen.append(name)
        widget = widget.nextInFocusChain()
        if widget is start_widget:
            break
    return seen


def test_tab_visits_the_training_controls_then_the_pad_tools_in_order(window):
    first = window.findChild(QWidget, "presetCombo")
    assert focus_chain(first, TRAINING_ORDER + PAD_ORDER) == TRAINING_ORDER + PAD_ORDER


def test_pressing_tab_moves_through_the_enabled_controls(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=WAIT)
    window.training_panel.set_state("idle")  # as with a dataset: Pause and Stop are disabled, so skipped
    window.findChild(QWidget, "seedSpin").setFocus()
    visited = []
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().objectName())
    assert visited == ["augmentCheck", "penDigitsCheck", "startButton", "resetButton", "paceCombo", "drawingPad", "brushSlider", "clearButton", "undoButton", "randomDigitButton"]
    assert window.drawing_pad.focusPolicy() == Qt.FocusPolicy.StrongFocus


def mnemonic(text):
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_buttons_have_mnemonics_and_none_clash(window):
    for name in ("startButton", "pauseButton", "stopButton", "resetButton", "clearButton", "undoButton", "randomDigitButton"):
        assert mnemonic(window.findChild(QAbstractButton, name).text()), name
    keys = {}
    for action in window.menuBar().actions():
        keys.setdefault(mnemonic(action.text()), []).append(f"menu {action.text()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue  # hidden tabs' mnemonics do not fire
        if isinstance(widget, QAbstractButton):
            keys.setdefault(mnemonic(widget.text()), []).append(widget.objectName() or widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            keys.setdefault(mnemonic(widget.text()), []).append(f"label {widget.text()}")
    keys.pop(None, None)
    clashes = {key: owners for key, owners in keys.items() if len(owners) > 1}
    assert not clashes, clashes


def test_alt_keys_drive_training(qtbot, settings, small_mnist):
    window = make_window(qtbot, settings, small_mnist)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=WAIT)
    window.findChild(QWidget, "epochsSpin").setValue(40)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Start
    qtbot.waitUntil(lambda: window.session.state == "running", timeout=WAIT)
    # a mnemonic "animates" the click: the button is released (and clicked) 100 ms later
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Pa&use
    qtbot.waitUntil(lambda: window.session.state == "paused", timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Res&ume
    qtbot.waitUntil(lambda: window.session.state == "running", timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # St&op
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # H&idden nodes: focus to its spin box
    assert QApplication.focusWidget() is window.training_panel.hidden_spin


# -- contrast -------------------------------------------------------------------------


def luminance(color: QColor) -> float:
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6", QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2b2b2b", QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.ToolTipBase: "#2b2b2b", QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#2a82da", QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.BrightText: "#ff6060",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a", QPalette.ColorRole.Light: "#505050", QPalette.ColorRole.Midlight: "#454545",
        QPalette.ColorRole.Mid: "#404040", QPalette.ColorRole.Dark: "#1a1a1a", QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#808080"))
    return palette


@pytest.fixture
def themed(qtbot):
    """Fusion with a dark or light palette for the test, then the app's own look again."""
    app = QApplication.instance()
    style, palette = app.style().name(), app.palette()

    def apply(theme):
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())

    yield apply
    app.setStyle(style)
    app.setPalette(palette)


def text_colours(window):
    """(what, text colour, background colour) for every text the app draws with colours of its own."""
    found = []
    white = QColor("white")
    for plot in (window.charts.loss_widget, window.charts.accuracy_widget):
        item = plot.getPlotItem()
        for name in ("left", "bottom"):
            found.append((f"{plot.objectName()} {name} axis", item.getAxis(name).textPen().color(), white))
        found.append((f"{plot.objectName()} title", QColor(item.titleLabel.opts.get("color", "#969696")), white))
        for _, label in item.legend.items:
            found.append((f"{plot.objectName()} legend", QColor(label.opts["color"]), white))
    window_colour = window.palette().color(QPalette.ColorRole.Window)
    outputs = window.prediction_panel.outputsPlot
    for name in ("left", "bottom"):
        found.append((f"outputsPlot {name} axis", outputs.getAxis(name).textPen().color(), window_colour))
    found.append(("weights colour bar", window.weights_view._bar.axis.textPen().color(), window_colour))
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text():
            found.append((f"label {label.objectName() or label.text()[:20]}", label.palette().color(label.foregroundRole()),
                          label.palette().color(label.backgroundRole())))
    return found


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_is_readable_in_light_and_dark_themes(qtbot, settings, small_mnist, tmp_path, themed, theme):
    themed(theme)
    window = make_window(qtbot, settings, small_mnist)
    window.drawing_pad.load_image(window.session.dataset.test_images[0])
    background = window.palette().color(QPalette.ColorRole.Window)
    assert (luminance(background) < 0.1) == (theme == "dark")
    poor = [f"{what}: {fg.name()} on {bg.name()} = {contrast(fg, bg):.1f}:1"
            for what, fg, bg in text_colours(window) if contrast(fg, bg) < 4.5]
    assert not poor, "\n".join(poor)
    for label in window.findChildren(QLabel):
        assert "color" not in label.styleSheet().replace("background", ""), label.objectName()  # no fixed text colours
    path = tmp_path / f"digitlab-{theme}.png"
    assert window.grab().save(str(path))  # a picture to look at: pytest --basetemp=… keeps it


def test_the_prediction_axes_follow_a_theme_change_at_run_time(window, themed):
    themed("light")
    before = window.prediction_panel.outputsPlot.getAxis("left").textPen().color()
    themed("dark")
    QApplication.processEvents()
    after = window.prediction_panel.outputsPlot.getAxis("left").textPen().color()
    assert after != before
    assert contrast(after, window.palette().color(QPalette.ColorRole.Window)) >= 4.5
