"""Grab every view of the window, on a real X server of a laptop's size, after a short run:

    xvfb-run -a -s "-screen 0 1024x640x24" python tools/area_screenshots.py --lang zh_CN --out docs/areas [--all]

The window opens as the app opens it (its own size on that screen), trains one epoch with
the Fast preset, gets a digit on the pad, then shows each area (--all: each view) in turn and
saves ``<out>/<width>x<height>-<lang>-<n>-<objectName>.png``. It prints, per view, the window's
frame and the screen, so a view that widens the window is seen in the output too.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def settle(app, condition=lambda: True, at_least: float = 0.0) -> None:
    started = time.monotonic()
    while not (condition() and time.monotonic() - started >= at_least):
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", default="docs/areas")
    parser.add_argument("--all", action="store_true", help="every view, not only each area's first")
    args = parser.parse_args()
    if "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY"):
        sys.exit("needs a display: run under xvfb-run -s '-screen 0 1024x640x24'")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from gui.window.languages import install_translator
    from gui.window.main_window import MainWindow

    install_translator(app, args.lang)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    window._confirm_close = False
    window.show()
    settle(app, lambda: window.session.state == "idle")
    window.training_panel.choose_preset("fast")
    window.training_panel.epochs_spin.setValue(1)
    window.start_training()
    settle(app, lambda: window.session.state == "idle" and window.evaluation_view.result is not None)
    window.drawing_pad.load_image(window.session.dataset.test_images[30])
    screen = window.screen().availableGeometry()
    size = f"{screen.width()}x{screen.height()}"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for number, (_title, views) in enumerate(window.tabs.areas(), start=1):
        for index, view in enumerate(views if args.all else views[:1]):
            window.tabs.show_view(view)
            settle(app, at_least=0.3)
            frame = window.frameGeometry()
            name = f"{size}-{args.lang}-{number}{'abcdefgh'[index] if args.all else ''}-{view.objectName()}.png"
            window.grab().save(str(out / name))
            too_big = frame.width() > screen.width() or frame.height() > screen.height()
            print(f"{name}: frame {frame.width()}x{frame.height()} on {size}{'  WIDER THAN THE SCREEN' if too_big else ''}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
