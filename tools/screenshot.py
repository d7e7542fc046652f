"""Make docs/screenshot.png: the window after a short run, with a digit on the pad
(--handwriting: docs/handwriting.png, a thick-brush 4 after two augmented epochs).

    python tools/screenshot.py [--lang zh_CN] [--out docs/screenshot.png] [--epochs 1] [--size 1366x768]
                               [--tab N | --step N [--derivation ih,37,400 --alpha 1000] | --experiment NAME]

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


def draw_four(pad) -> None:
    """A 4 in two strokes, drawn with mouse events (canvas pixels mapped onto the shown pad)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    rect = pad.canvas_rect()
    scale = rect.width() / 280
    for stroke in ([(150, 60), (130, 100), (110, 140), (95, 170), (180, 170)], [(160, 110), (158, 160), (156, 230)]):
        points = [QPoint(int(rect.x() + x * scale), int(rect.y() + y * scale)) for x, y in stroke]
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
        for point in points[1:]:
            QTest.mouseMove(pad, point)
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs/screenshot.png")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--tab", type=int, default=0, help="which tab of the right-hand side to show")
    parser.add_argument("--size", default="1366x740")
    parser.add_argument("--step", type=int, default=0, metavar="N",
                        help="the One step tab after N steps on MNIST training images (on the tab's private copy)")
    parser.add_argument("--derivation", metavar="LAYER,TO,FROM",
                        help="with --step: scroll to the derivation of that weight (e.g. ho,5,12 or ih,37,400; auto: the view's choice)")
    parser.add_argument("--alpha", type=float, help="with --derivation: the plotted step's learning rate")
    parser.add_argument("--experiment", metavar="NAME", help="the Experiments tab after running the claim NAME (e.g. init)")
    parser.add_argument("--handwriting", action="store_true",
                        help="docs/handwriting.png: 2 augmented epochs, then a 4 drawn with the thickest brush")
    args = parser.parse_args()
    if args.handwriting and args.out == "docs/screenshot.png":
        args.out = "docs/handwriting.png"

    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from gui.window.languages import install_translator

    install_translator(app, args.lang)
    from gui.window.main_window import MainWindow

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    window._confirm_close = False
    width, height = (int(v) for v in args.size.split("x"))
    window.show()
    app.processEvents()  # the widgets polish and settle to their real minimum sizes
    window.resize(width, height)
    wait_until(app, lambda: window.session.state == "idle")
    panel = window.training_panel
    panel.choose_preset("fast" if args.handwriting else "tutorial")
    panel.epochs_spin.setValue(2 if args.handwriting else args.epochs)
    panel.augment_check.setChecked(args.handwriting)
    window.start_training()
    wait_until(app, lambda: not window.session.training)
    app.processEvents()
    if args.handwriting:
        window.brush_slider.setValue(36)
        draw_four(window.drawing_pad)
    else:
        dataset = window.session.dataset
        window.drawing_pad.load_image(dataset.test_images[18 if args.tab else 30])
    window.true_label.setText("")
    window.tabs.show_view(window.tabs.views()[args.tab])  # 0 Learning, 1 Hidden node, 2 Why?, … (the View menu's order)
    if args.step:
        window.tabs.show_view(window.step_view)
        for _ in range(args.step):
            window.step_view.step()
            app.processEvents()
        if args.derivation:
            from PySide6.QtWidgets import QScrollArea

            derivation = window.step_view.derivation
            if args.derivation != "auto":  # auto: the view's own choice, the weight of W_ho the step changed most
                layer, to_node, from_node = args.derivation.split(",")
                derivation.pick(layer, int(to_node), int(from_node))
            if args.alpha:
                from gui.areas.tutorial_math.weight_derivation import alpha_to_slider

                derivation.alpha_slider.setValue(alpha_to_slider(args.alpha))
            for _ in range(10):
                app.processEvents()
            scroll = window.step_view.findChild(QScrollArea, "stepScroll")
            scroll.verticalScrollBar().setValue(derivation.y() - 4)  # the derivation at the top of the tab
    if args.experiment:
        window.tabs.show_view(window.experiments_view)
        view = window.experiments_view
        view.show_card(args.experiment)
        view.start(args.experiment)
        wait_until(app, lambda: not view.is_running())
    for _ in range(20):
        app.processEvents()
    window.resize(width, height)  # once more: the minimum size settles as the widgets fill
    for _ in range(20):
        app.processEvents()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(args.out)
    print(f"wrote {args.out}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
