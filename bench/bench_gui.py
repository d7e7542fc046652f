"""Benchmark: the app stays smooth while it trains at full speed.

Run from the repository root:  python bench/bench_gui.py [--batch-size 1] [--json]

Offscreen Qt: gui.window.main_window.MainWindow is shown and loads MNIST; a headless reference run
(core.training.train in a plain thread of this process, with the BLAS threads the app gives
training) runs while the window sits idle; then the app trains with the same
settings; then the headless run again (the better of the two is the reference: the
machine is shared). While the app trains,
the GUI thread runs a 10 ms QTimer and records how late each tick comes. The app run has
two phases:

* watching (--watch seconds): the window only shows the training;
* drawing (--draw seconds): a mouse click lands on the drawing pad every 100 ms on average
  (the pad is cleared and clicked on alternate ticks 25–75 ms apart, at random; posted to the
  event queue, as a real click is) and the time until the prediction label shows the new
  answer is recorded.

Training throughput is samples per wall-clock second, from the Progress events. Prints
the figures, or one JSON object with --json (bench/bench.py runs it that way).

Where the GUI thread's time goes (bench/gui_timing.py): from Start until the window is idle
again after Stop, every GUI-thread handler and repaint that runs while training (the redraw
timer and what it updates, the worker's events, evaluation, run finished, prediction, the
window's repaints) is timed; a table gives each one's count, median, p95, worst and total,
and the timer's lateness is shown as a histogram. --preset trains a preset's settings
(--epochs 0: the preset's own epochs, a full run, which may end before --watch + --draw).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TIMER_MS = 10
PAD_TICK_MS = 50  # a clear, then a click on the next tick: one click every 100 ms (on average)
PAD_TICK_JITTER_MS = 25  # each tick comes 25–75 ms after the last, at random (seeded): a hand's clicks do not
# keep step with the window's 100 ms redraw timer (ticks in step with it landed on every redraw, or on none)
WARM_UP = 0.5  # seconds of each run left out of its throughput


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def throughput(events: list[tuple[float, int]], start: float, stop: float) -> float:
    """Samples per wall-clock second from (time, samples_seen) pairs between start and stop."""
    kept = [event for event in events if start <= event[0] <= stop]
    if len(kept) < 2:
        return float("nan")
    (t0, n0), (t1, n1) = kept[0], kept[-1]
    return (n1 - n0) / (t1 - t0)


def headless_speed(dataset, config, seconds: float, blas_threads: int, switch_interval: float | None = None) -> float:
    """Train in a plain thread, as the app's worker does (with its switch interval), and return samples per second."""
    from core.blas import blas_threads_at_most
    from core.network import NeuralNetwork
    from core.training import Progress, TrainingControl, train

    control = TrainingControl()
    events: list[tuple[float, int]] = []

    def work():
        with blas_threads_at_most(blas_threads):
            for event in train(NeuralNetwork(seed=config.seed), dataset, config, control):
                if isinstance(event, Progress):
                    events.append((time.perf_counter(), event.samples_seen))

    previous = sys.getswitchinterval()
    if switch_interval is not None:
        sys.setswitchinterval(switch_interval)
    started = time.perf_counter()
    thread = threading.Thread(target=work)
    thread.start()
    time.sleep(seconds)
    control.stop()
    thread.join()
    sys.setswitchinterval(previous)
    return throughput(events, started + WARM_UP, float("inf"))


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


def run(watch: float, draw: float, batch_size: int, learning_rate: float, reference_seconds: float = 2.5,
        preset: str | None = None, epochs: int = 1000, tuning: dict | None = None) -> dict:
    """``tuning``: {"in_process", "switch_interval", "chunk_seconds", "blas_threads"} overriding the app's own
    (for item 3's table)."""
    from PySide6.QtCore import QEvent, QPointF, QSettings, Qt, QTimer
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from bench.gui_timing import HandlerTimes, lateness_histogram, timed_window_class
    from core.presets import PRESETS
    from core.training import TrainingConfig
    import core.training
    import gui.window.session

    tuning = tuning or {}
    if tuning.get("in_process") is not None:
        gui.window.session.TRAINING_IN_PROCESS = tuning["in_process"]
    if tuning.get("switch_interval") is not None:
        gui.window.session.TRAINING_SWITCH_INTERVAL = tuning["switch_interval"]
    if tuning.get("chunk_seconds") is not None:
        core.training.CHUNK_SECONDS = gui.window.session.TRAINING_CHUNK_SECONDS = tuning["chunk_seconds"]
    if tuning.get("blas_threads") is not None:
        gui.window.session.TRAINING_BLAS_THREADS = tuning["blas_threads"]
    TRAINING_BLAS_THREADS = gui.window.session.TRAINING_BLAS_THREADS
    in_process = gui.window.session.TRAINING_IN_PROCESS
    switch_interval = None if in_process else gui.window.session.TRAINING_SWITCH_INTERVAL  # a process has its own GIL

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if preset is not None:
        config = PRESETS[preset].training_config(seed=0)
        config.epochs = epochs or config.epochs
    else:
        config = TrainingConfig(epochs=epochs or 1000, learning_rate=learning_rate, batch_size=batch_size, seed=0)
    handlers = HandlerTimes()
    handlers.per_view = True
    handlers.install()  # on the classes, before the window is made: its connections reach the wrappers
    MainWindow = timed_window_class(handlers)

    settings_dir = tempfile.TemporaryDirectory(prefix="digitlab-bench-")  # the user's settings stay untouched
    settings = QSettings(str(Path(settings_dir.name) / "digitlab.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    window._confirm_close = False
    window.resize(1340, 720)
    window.show()
    while window.session.state != "idle":  # the dataset loads in the background
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    dataset = window.session.dataset  # the headless runs share it: the peak RSS is the app's
    reference_before = headless_speed(dataset, config, reference_seconds, TRAINING_BLAS_THREADS, switch_interval)
    panel = window.training_panel
    if preset is not None:
        panel.preset_combo.setCurrentIndex(panel.preset_combo.findData(preset))
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
    posted: list[float] = []  # when the click waiting for its answer was posted

    def pad_tick() -> None:
        if posted:
            return  # the last click has not been answered yet
        if not pad.is_empty():
            window.clear_pad()  # and click on the next tick: the clear's repaint is no part of the latency
            return
        where = QPointF(pad.width() * 0.5, pad.height() * 0.5)
        for kind, buttons in (
            (QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
            (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
        ):
            event = QMouseEvent(kind, where, pad.mapToGlobal(where), Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
            QApplication.postEvent(pad, event)
        posted.append(time.perf_counter())

    def answered() -> None:  # connected after the window's own slot: the label is already set
        if posted and label.text():
            latencies.append(time.perf_counter() - posted.pop())

    pad.changed.connect(answered)
    pad_timer = QTimer(singleShot=True, timerType=Qt.TimerType.PreciseTimer)
    rng = random.Random(0)

    def next_pad_tick() -> None:
        pad_tick()
        pad_timer.start(rng.randint(PAD_TICK_MS - PAD_TICK_JITTER_MS, PAD_TICK_MS + PAD_TICK_JITTER_MS))

    pad_timer.timeout.connect(next_pad_tick)

    handlers.recording = True
    window.start_training()
    started = time.perf_counter()
    tick_timer.start()
    QTimer.singleShot(round(watch * 1000), pad_timer.start)
    QTimer.singleShot(round((watch + draw) * 1000), lambda: app.exit(0))  # quit() would close the window
    app.exec()
    ended = time.perf_counter()
    tick_timer.stop()
    pad_timer.stop()
    # Stop, as a user presses it mid-run: until the run has ended and the window is idle again
    asked = time.perf_counter()
    window.training_panel.stop_button.click()
    while window.session.state != "idle":
        app.processEvents()
        time.sleep(0.001)
    stop_ms = 1000 * (time.perf_counter() - asked)
    app.processEvents()  # the run's end: its last redraw and repaint
    handlers.recording = False
    handlers.uninstall()
    window.close()
    app.processEvents()
    reference = max(reference_before, headless_speed(dataset, config, reference_seconds, TRAINING_BLAS_THREADS, switch_interval))

    lateness = [1000 * (b - a) - TIMER_MS for a, b in zip(ticks, ticks[1:])]
    watching = throughput(progress, started + WARM_UP, started + watch)
    drawing = throughput(progress, started + watch, ended)
    return {
        "preset": preset,
        "trains_in": "process" if in_process else "thread",
        "batch_size": config.batch_size,
        "blas_threads": TRAINING_BLAS_THREADS,
        "switch_interval_ms": 1000 * (switch_interval or sys.getswitchinterval()),
        "chunk_seconds": core.training.CHUNK_SECONDS,
        "seconds": ended - started,
        "timer_ticks": len(ticks),
        "timer_late_p50_ms": percentile(lateness, 0.50),
        "timer_late_p99_ms": percentile(lateness, 0.99),
        "timer_late_max_ms": max(lateness, default=float("nan")),
        "clicks": len(latencies),
        "pad_latency_median_ms": 1000 * statistics.median(latencies) if latencies else float("nan"),
        "pad_latency_p95_ms": 1000 * percentile(latencies, 0.95),
        "pad_latency_max_ms": 1000 * max(latencies, default=float("nan")),
        "headless_samples_per_s": reference,
        "app_watching_samples_per_s": watching,
        "app_drawing_samples_per_s": drawing,
        "watching_vs_headless": watching / reference,
        "drawing_vs_headless": drawing / reference,
        "stop_ms": stop_ms,
        "peak_rss_mb": peak_rss_mb(),
        "timer_lateness_histogram": lateness_histogram(lateness),
        "late_ticks_waited_for": handlers.blame(ticks, TIMER_MS / 1000),
        "handlers": handlers.table(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--watch", type=float, default=5.0, help="seconds the app trains while only watched")
    parser.add_argument("--draw", type=float, default=3.0, help="then seconds with a click on the pad every 100 ms")
    parser.add_argument("--batch-size", type=int, default=1, help="1: the tutorial's rule (the default settings)")
    parser.add_argument("--lr", type=float, default=None, help="learning rate (default: 0.1 for batch 1, else 1.0)")
    parser.add_argument("--preset", choices=("tutorial", "fast", "robust"), default=None,
                        help="train a preset's settings (instead of --batch-size and --lr)")
    parser.add_argument("--epochs", type=int, default=None,
                        help="epochs of the run (default: 1000 so it outlasts the bench; 0 with --preset: the preset's own)")
    parser.add_argument("--in-thread", action="store_true", help="train in a thread of the app's process, as before (default: a process of its own)")
    parser.add_argument("--switch-interval", type=float, default=None, help="ms: the GIL switch interval while training in a thread (default: the app's)")
    parser.add_argument("--chunk-seconds", type=float, default=None, help="seconds the worker trains between checks (default: core's CHUNK_SECONDS)")
    parser.add_argument("--blas-threads", type=int, default=None, help="BLAS threads of the training worker (default: the app's)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    learning_rate = args.lr if args.lr is not None else (0.1 if args.batch_size == 1 else 1.0)
    epochs = args.epochs if args.epochs is not None else 1000
    result = run(args.watch, args.draw, args.batch_size, learning_rate, preset=args.preset, epochs=epochs,
                 tuning={"in_process": False if args.in_thread else None,
                         "switch_interval": None if args.switch_interval is None else args.switch_interval / 1000,
                         "chunk_seconds": args.chunk_seconds, "blas_threads": args.blas_threads})
    if args.json:
        print(json.dumps(result))
    else:
        from bench.gui_timing import format_table

        for key, value in result.items():
            if key == "handlers":
                continue
            print(f"{key:28s} {value:,.2f}" if isinstance(value, float) else f"{key:28s} {value}")
        print()
        print(format_table(result["handlers"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
