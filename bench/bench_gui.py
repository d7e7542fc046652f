"""Benchmark: the app stays smooth while it trains at full speed.

Run from the repository root:  python bench/bench_gui.py [--seconds 5] [--batch-size 1] [--json]

In one process (offscreen Qt): first a headless reference run (core.training.train in a
thread, no window), then gui.main_window.MainWindow training with the same settings,
while the GUI thread

* runs a 10 ms QTimer and records how late each tick comes (p99, worst),
* receives a mouse click on the drawing pad every 100 ms (posted to the event queue,
  as a real click would be) and records the time until the prediction label shows the
  new answer,

and the training throughput (samples per wall-clock second, from the Progress events)
is compared with the headless run's. Prints the figures, or one JSON object with --json.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TIMER_MS = 10
CLICK_EVERY_MS = 100


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def throughput(events: list[tuple[float, int]], skip_seconds: float = 0.5) -> float:
    """Samples per wall-clock second from (time, samples_seen) pairs, after a warm-up."""
    if not events:
        return 0.0
    start = events[0][0] + skip_seconds
    kept = [event for event in events if event[0] >= start] or events
    (t0, n0), (t1, n1) = kept[0], kept[-1]
    return (n1 - n0) / (t1 - t0) if t1 > t0 else 0.0


def headless_speed(dataset, config, seconds: float) -> float:
    """Train in a plain thread, as the app's worker does, and return samples per second."""
    from core.network import NeuralNetwork
    from core.training import Progress, TrainingControl, train

    control = TrainingControl()
    events: list[tuple[float, int]] = []

    def work():
        for event in train(NeuralNetwork(seed=config.seed), dataset, config, control):
            if isinstance(event, Progress):
                events.append((time.perf_counter(), event.samples_seen))

    thread = threading.Thread(target=work)
    thread.start()
    time.sleep(seconds)
    control.stop()
    thread.join()
    return throughput(events)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


def run(seconds: float, batch_size: int, learning_rate: float) -> dict:
    from PySide6.QtCore import QEvent, QPointF, QSettings, Qt, QTimer
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from core.data import load_mnist
    from core.training import TrainingConfig
    from gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    config = TrainingConfig(epochs=1000, learning_rate=learning_rate, batch_size=batch_size, seed=0)
    reference = headless_speed(load_mnist(), config, min(seconds, 3.0))

    settings_dir = Path(os.environ.get("TMPDIR", "/tmp")) / f"digitlab-bench-{os.getpid()}"
    settings = QSettings(str(settings_dir / "digitlab.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    window._confirm_close = False
    window.resize(1340, 720)
    window.show()
    while window.session.state != "idle":  # the dataset loads in the background
        app.processEvents()
        time.sleep(0.005)
    panel = window.training_panel
    panel.epochs_spin.setValue(config.epochs)
    panel.learning_rate_spin.setValue(config.learning_rate)
    panel.batch_spin.setValue(config.batch_size)
    panel.seed_spin.setValue(config.seed)

    progress: list[tuple[float, int]] = []
    window.session.progressed.connect(lambda event: progress.append((time.perf_counter(), event.samples_seen)))

    ticks: list[float] = []
    tick_timer = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=TIMER_MS)
    tick_timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    pad, label = window.drawing_pad, window.prediction_panel.predictionLabel
    latencies: list[float] = []
    posted: list[float] = []  # the time the pending click was posted, if any

    def click() -> None:
        if posted:
            return  # the previous click has not been answered yet
        window.clear_pad()
        where = QPointF(pad.width() * 0.5, pad.height() * 0.5)
        for kind, buttons in ((QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton), (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
            event = QMouseEvent(kind, where, pad.mapToGlobal(where), Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
            QApplication.postEvent(pad, event)
        posted.append(time.perf_counter())

    def answered() -> None:  # connected after the window's own slot: the label is already set
        if posted and label.text():
            latencies.append(time.perf_counter() - posted.pop())

    pad.changed.connect(answered)
    click_timer = QTimer(interval=CLICK_EVERY_MS)
    click_timer.timeout.connect(click)

    window.start_training()
    started = time.perf_counter()
    tick_timer.start()
    click_timer.start()
    QTimer.singleShot(round(seconds * 1000), app.quit)
    app.exec()
    tick_timer.stop()
    click_timer.stop()
    window.session.stop_and_wait()
    window.close()
    app.processEvents()

    lateness = [1000 * (b - a) - TIMER_MS for a, b in zip(ticks, ticks[1:])]
    in_app = throughput([event for event in progress if event[0] >= started])
    return {
        "batch_size": batch_size,
        "seconds": seconds,
        "timer_ticks": len(ticks),
        "timer_late_p50_ms": percentile(lateness, 0.50),
        "timer_late_p99_ms": percentile(lateness, 0.99),
        "timer_late_max_ms": max(lateness, default=float("nan")),
        "clicks": len(latencies),
        "pad_latency_median_ms": 1000 * statistics.median(latencies) if latencies else float("nan"),
        "pad_latency_p90_ms": 1000 * percentile(latencies, 0.90),
        "pad_latency_max_ms": 1000 * max(latencies, default=float("nan")),
        "headless_samples_per_s": reference,
        "app_samples_per_s": in_app,
        "app_vs_headless": in_app / reference if reference else float("nan"),
        "peak_rss_mb": peak_rss_mb(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="how long the app trains while measured")
    parser.add_argument("--batch-size", type=int, default=1, help="1: the tutorial's rule (the default settings)")
    parser.add_argument("--lr", type=float, default=None, help="learning rate (default: 0.1 for batch 1, else 1.0)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    learning_rate = args.lr if args.lr is not None else (0.1 if args.batch_size == 1 else 1.0)
    result = run(args.seconds, args.batch_size, learning_rate)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:24s} {value:,.2f}" if isinstance(value, float) else f"{key:24s} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
