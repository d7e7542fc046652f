"""Run by tests/test_real_screen.py in a process of its own, on a screen of a real laptop's size:

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python tests/screen_probe.py DATA_DIR LANGUAGE...

For each language: the main window on DATA_DIR after a short run with a digit on the pad, shown
on every view in turn; prints one JSON object with the screen, and per view the window's frame and
whether every area's tab (and every view's tab inside its area) is in view without scrolling, and
how far the view scrolls sideways.
"""
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget  # noqa: E402


def settle(app, condition=lambda: True, seconds=120.0, at_least=0.0):
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        app.processEvents()
        if condition() and time.monotonic() - started >= at_least:
            return
        time.sleep(0.01)
    raise TimeoutError("the window did not settle")


def tabs_in_view(tab_widget: QTabWidget) -> bool:
    bar = tab_widget.tabBar()
    return all(bar.rect().contains(bar.tabRect(index)) for index in range(bar.count()))


def probe(app, data_dir: str, language: str) -> dict:
    from gui.window.languages import install_translator
    from gui.window.main_window import MainWindow

    install_translator(app, language)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=Path(data_dir))
    window._confirm_close = False
    window.show()
    settle(app, lambda: window.session.state == "idle")
    screen = window.screen().availableGeometry()
    window.training_panel.choose_preset("fast")
    window.training_panel.epochs_spin.setValue(1)
    window.start_training()
    settle(app, lambda: window.session.state == "idle" and window.evaluation_view.result is not None)
    window.drawing_pad.load_image(window.session.dataset.test_images[0])
    views = []
    for view in window.tabs.views():
        window.tabs.show_view(view)
        settle(app, at_least=0.2)
        frame = window.frameGeometry()
        inner = window.tabs.area_of(view)
        page = window.tabs.page_of(view)
        views.append({
            "view": window.tabs.view_title(view),
            "frame": [frame.width(), frame.height()],
            "areas_in_view": tabs_in_view(window.tabs),
            "views_in_view": tabs_in_view(inner) if isinstance(inner, QTabWidget) else True,
            # how far the view scrolls sideways (0: it fits its area's width; it may scroll down)
            "sideways": max([page.horizontalScrollBar().maximum()] + [inner.horizontalScrollBar().maximum()
                            for inner in view.findChildren(QScrollArea) if inner.isVisible()]),  # its own scroll areas too
            "down": page.verticalScrollBar().maximum(),
            # the status bar's model line whole ("test accuracy 98.25 %" once showed as "98.25 9")
            "status_whole": window.model_label.width() >= window.model_label.sizeHint().width(),
        })
    # the left column: whole at full speed, and at a slow pace (the sample being learned in the strip's place)
    from gui.window.column_scroll import ColumnScroll

    column = window.findChild(ColumnScroll)
    left_scrolls = {"full": column.verticalScrollBar().maximum()}
    panel = window.training_panel
    panel.pace_combo.setCurrentIndex(panel.pace_combo.findData("10"))
    panel.sample_view.show_sample(window.session.dataset.test_images[0], 7, [0.5] * 10)
    settle(app, at_least=0.2)
    left_scrolls["slow"] = column.verticalScrollBar().maximum()
    window.close()
    install_translator(app, "en")
    return {"language": language, "screen": [screen.width(), screen.height()], "views": views, "left_scrolls": left_scrolls}


def main() -> None:
    app = QApplication(sys.argv[:1])
    data_dir, languages = sys.argv[1], sys.argv[2:]
    print(json.dumps([probe(app, data_dir, language) for language in languages]))


if __name__ == "__main__":
    main()
