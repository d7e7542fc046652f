"""Make docs/screenshot.png: the window after a short run, with a digit on the pad.

    python tools/screenshot.py [--lang zh_CN] [--out docs/screenshot.png] [--epochs 1]

Runs offscreen unless a display is set; trains on the bundled MNIST (one epoch with
the Fast preset's batch size by default, so it takes seconds), draws a "3" on the pad
with mouse events, and grabs the window.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def wait_until(app, condition) -> None:
    """Run the event loop until condition() holds, sleeping between turns (no busy loop)."""
    import time

    while not condition():
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs/screenshot.png")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--tab", type=int, default=0, help="which tab of the right-hand side to show")
    parser.add_argument("--size", default="1366x740")
    args = parser.parse_args()

    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from gui.app import install_translator

    install_translator(app, args.lang)
    from gui.main_window import MainWindow

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    window._confirm_close = False
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    wait_until(app, lambda: window.session.state == "idle")
    panel = window.training_panel
    panel.choose_preset("tutorial")
    panel.epochs_spin.setValue(args.epochs)
    window.start_training()
    wait_until(app, lambda: not window.session.training)
    app.processEvents()
    dataset = window.session.dataset
    window.drawing_pad.load_image(dataset.test_images[18 if args.tab else 30])
    window.true_label.setText("")
    window.tabs.setCurrentIndex(args.tab)
    for _ in range(20):
        app.processEvents()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(args.out)
    print(f"wrote {args.out}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
