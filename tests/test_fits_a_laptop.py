"""The window is usable on a 1024×640 laptop screen: it accepts that size, and on every tab each
named control lies inside the window (or inside a scroll area that does), none cut off."""
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget
from checks import WAIT

SMALL_SCREEN = (1024, 640)


def scroll_area_around(widget: QWidget, window: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area whose viewport holds ``widget`` (it is reached by scrolling)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def resize_settled(window: QWidget, size: tuple[int, int]) -> None:
    """Resize as a window manager would, once the widgets have polished and settled their minimum sizes."""
    for _ in range(3):
        window.resize(*size)
        QApplication.processEvents()


def controls_outside(window: QWidget) -> list[str]:
    """Named, visible widgets of the window that stick out of it, or out of their scroll area's contents."""
    outside = []
    for widget in window.findChildren(QWidget):
        name = widget.objectName()
        if not name or name.startswith("qt_") or not widget.isVisible() or widget.window() is not window:
            continue
        area = scroll_area_around(widget, window)
        if area is None:
            if not window.rect().contains(rect_in(widget, window)):
                outside.append(f"{name} at {rect_in(widget, window).getRect()}")
        elif isinstance(area, QScrollArea):  # reached by scrolling: inside the contents, the area inside the window
            if not (area.widget().rect().contains(rect_in(widget, area.widget())) and window.rect().contains(rect_in(area, window))):
                outside.append(f"{name} in the scroll area {area.objectName()}")
    return outside


@pytest.mark.parametrize("size", [SMALL_SCREEN, (1366, 768)], ids=["1024x640", "1366x768"])
def test_every_named_control_is_inside_the_window_on_every_tab(window, qtbot, size):
    assert_fits_on_every_tab(window, size)


def test_the_pad_the_answer_and_the_training_buttons_need_no_scrolling(window, qtbot):
    resize_settled(window, SMALL_SCREEN)
    for name in ("startButton", "pauseButton", "stopButton", "drawingPad", "clearButton", "predictionLabel", "mainTabs"):
        widget = window.findChild(QWidget, name)
        assert widget is not None and widget.isVisible(), name
        visible = widget.visibleRegion().boundingRect()
        assert visible == widget.rect(), f"{name}: only {visible.getRect()} of {widget.rect().getRect()} shows"
    assert window.drawing_pad.width() >= 160 and window.drawing_pad.height() >= 160  # still a pad to draw on
    assert not window.findChild(QScrollArea, "leftScroll").verticalScrollBar().isVisible()


@contextmanager
def window_in(language: str, qtbot, settings, data_dir):
    """The main window in ``language`` on ``data_dir``, shown, its data loaded; English again afterwards."""
    from gui.window.languages import install_translator
    from gui.window.main_window import MainWindow

    install_translator(QApplication.instance(), language)
    try:
        window = MainWindow(settings=settings, data_dir=data_dir)
        window._confirm_close = False
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
        yield window
    finally:
        install_translator(QApplication.instance(), "en")


def assert_fits_on_every_tab(window, size=SMALL_SCREEN) -> None:
    resize_settled(window, size)
    assert window.width() <= size[0] and window.height() <= size[1], f"the window will not shrink to {size}: {window.width()}×{window.height()}"
    for view in window.tabs.views():
        window.tabs.show_view(view)
        QApplication.processEvents()
        assert controls_outside(window) == [], window.tabs.view_title(view)


def test_the_chinese_window_fits_too(qtbot, settings, small_mnist):
    """Chinese text is taller and its buttons wider: the same check, in 简体中文."""
    with window_in("zh_CN", qtbot, settings, small_mnist) as window:
        assert window.menuBar().actions()[0].text() == "模型(&M)"
        assert_fits_on_every_tab(window)
        assert not window.findChild(QScrollArea, "leftScroll").verticalScrollBar().isVisible()  # the pad needs no scrolling


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_full_window_still_fits(qtbot, settings, small_mnist, language):
    """After a run, with a digit on the pad: every tab has content now (runs, votes, an evaluation)."""
    with window_in(language, qtbot, settings, small_mnist) as window:
        window.training_panel.epochs_spin.setValue(1)
        window.start_training()
        qtbot.waitUntil(lambda: window.session.state == "idle" and window.evaluation_view.result is not None, timeout=WAIT)
        window.drawing_pad.load_image(window.session.dataset.test_images[0])
        assert window.runs_view.table.rowCount() == 1 and window.why_view.isEnabled()
        assert_fits_on_every_tab(window)
