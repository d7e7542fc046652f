"""Where the GUI thread's time goes while the app trains (used by bench/bench_gui.py only).

``HandlerTimes.install()`` wraps, at class level and before the window is made, the
window's slots and timer handlers and the views' update methods with a timer, and
``timed_window_class`` gives a MainWindow whose repaints (UpdateRequest: the whole
window's backing store painted) are timed too. Nothing here touches the app's code:
the wrappers are set on the classes in this process only.

Calls nest (the redraw timer calls the mosaic, which calls the prediction): each
line of the table is one handler's own calls, its time including what it calls.
"""
from __future__ import annotations

import functools
import gc
import statistics
import time
from collections import defaultdict


def _targets():
    """(label, class, method name) of everything timed, in the table's order."""
    import pyqtgraph as pg

    from gui.areas.inside_the_network.backquery_view import BackqueryView
    from gui.areas.learning.charts import TrainingCharts
    from gui.window.evaluation_runner import EvaluationRunner
    from gui.areas.inside_the_network.neuron_inspector import NeuronInspector
    from gui.areas.my_handwriting.personal_view import PersonalView
    from gui.areas.results.runs_view import RunsView
    from gui.areas.tutorial_math.step_view import StepView
    from gui.areas.inside_the_network.why_view import WhyView
    from gui.left_column.drawing_pad import DrawingPad
    from gui.window.main_window import MainWindow
    from gui.left_column.samples_strip import SamplesStrip
    from gui.window.session import TrainingSession
    from gui.left_column.training_panel import TrainingPanel
    from gui.areas.learning.weights_view import WeightsView

    return [
        ("session event (worker → GUI)", TrainingSession, "_on_event"),
        ("progress signal", MainWindow, "_on_progress"),
        ("evaluation signal", MainWindow, "_on_evaluated"),
        ("redraw timer", MainWindow, "_redraw"),
        ("· progress bar", TrainingPanel, "show_progress"),
        ("· curves", TrainingCharts, "show_history"),
        ("· network views", MainWindow, "_show_network"),
        ("· · weight mosaic", WeightsView, "set_weights"),
        ("· samples strip", SamplesStrip, "show_samples"),
        ("prediction", MainWindow, "update_prediction"),
        ("· · Why?", WhyView, "explain"),
        ("· · Imagination (backquery)", BackqueryView, "set_network"),
        ("· · Hidden node", NeuronInspector, "set_network"),
        ("· · My handwriting", PersonalView, "set_network"),
        ("· · One step", StepView, "set_network"),
        ("run finished", MainWindow, "_on_run_finished"),
        ("· Runs table", RunsView, "add_run"),
        ("· evaluation started", EvaluationRunner, "run"),
        ("paint: pyqtgraph views", pg.GraphicsView, "paintEvent"),
        ("paint: drawing pad", DrawingPad, "paintEvent"),
    ]


class HandlerTimes:
    """Durations (seconds) of each timed handler's calls while ``recording``."""

    def __init__(self):
        self.recording = False
        self.durations: dict[str, list[float]] = defaultdict(list)
        self.labels: list[str] = []
        self._undo: list[tuple[type, str, object]] = []
        self._gc_started = 0.0
        self.per_view = False  # also time each painted view by its objectName (a line of its own)
        self.intervals: list[tuple[float, float, str]] = []  # (start, end, label) of every timed call

    def install(self) -> None:
        for label, cls, name in _targets():
            self.labels.append(label)
            original = cls.__dict__[name]
            setattr(cls, name, self._wrap(label, original))
            self._undo.append((cls, name, original))
        self.labels.append("window repaint")
        self.labels.extend(f"garbage collection, gen {generation} (any thread)" for generation in range(3))
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict) -> None:
        """Python's cyclic garbage collector stops every thread of the process while it runs."""
        if phase == "start":
            self._gc_started = time.perf_counter()
        else:
            self.record(f"garbage collection, gen {info['generation']} (any thread)", time.perf_counter() - self._gc_started)

    def uninstall(self) -> None:
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)
        for cls, name, original in reversed(self._undo):
            setattr(cls, name, original)
        self._undo.clear()

    def _wrap(self, label: str, function):
        times = self

        @functools.wraps(function)
        def timed(*args, **kwargs):
            if not times.recording:
                return function(*args, **kwargs)
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                ended = time.perf_counter()
                times.durations[label].append(ended - started)
                times.intervals.append((started, ended, label))
                if times.per_view and label.startswith("paint:") and args and args[0].objectName():
                    times.durations[f"· {args[0].objectName()}"].append(ended - started)

        return timed

    def record(self, label: str, seconds: float) -> None:
        if self.recording:
            self.durations[label].append(seconds)
            ended = time.perf_counter()
            self.intervals.append((ended - seconds, ended, label))

    def blame(self, ticks: list[float], period: float, late: float = 0.010) -> dict[str, int]:
        """For each tick more than ``late`` s late: the outermost timed call that overlapped its wait
        (the longest one), or "nothing timed"; counts by label."""
        counts: dict[str, int] = defaultdict(int)
        intervals = sorted(self.intervals)
        for before, tick in zip(ticks, ticks[1:]):
            due = before + period
            if tick - due <= late:
                continue
            overlapping = [(min(end, tick) - max(start, due), label) for start, end, label in intervals if start < tick and end > due]
            counts[max(overlapping)[1] if overlapping else "nothing timed"] += 1
        return dict(sorted(counts.items(), key=lambda item: -item[1]))

    def table(self) -> list[dict]:
        """One row per handler that ran: label, count, median_ms, p95_ms, max_ms, total_ms."""
        rows = []
        views = sorted(label for label in self.durations if label not in self.labels)
        for label in self.labels[:self.labels.index("paint: pyqtgraph views") + 1] + views + self.labels[self.labels.index("paint: pyqtgraph views") + 1:]:
            values = sorted(self.durations.get(label, []))
            if not values:
                continue
            rows.append({
                "handler": label,
                "count": len(values),
                "median_ms": 1000 * statistics.median(values),
                "p95_ms": 1000 * values[min(len(values) - 1, int(0.95 * len(values)))],
                "max_ms": 1000 * values[-1],
                "total_ms": 1000 * sum(values),
            })
        return rows


def timed_window_class(times: HandlerTimes):
    """A MainWindow subclass whose whole-window repaints are timed as "window repaint"."""
    from PySide6.QtCore import QEvent

    from gui.window.main_window import MainWindow

    class TimedMainWindow(MainWindow):
        def event(self, event) -> bool:
            if event.type() != QEvent.Type.UpdateRequest or not times.recording:
                return super().event(event)
            started = time.perf_counter()
            handled = super().event(event)
            times.record("window repaint", time.perf_counter() - started)
            return handled

    return TimedMainWindow


def format_table(rows: list[dict]) -> str:
    lines = [
        "| GUI-thread handler | count | median ms | p95 ms | worst ms | total ms |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['handler']} | {row['count']} | {row['median_ms']:.2f} | {row['p95_ms']:.2f} | {row['max_ms']:.2f} | {row['total_ms']:.0f} |"
        )
    return "\n".join(lines)


def lateness_histogram(lateness_ms: list[float]) -> dict[str, int]:
    """How many timer ticks came how late (ms): the distribution behind p99 and the worst."""
    edges = [1, 2, 5, 10, 20, 40]
    counts = {f"≤{edge}": 0 for edge in edges}
    counts[f">{edges[-1]}"] = 0
    for value in lateness_ms:
        for edge in edges:
            if value <= edge:
                counts[f"≤{edge}"] += 1
                break
        else:
            counts[f">{edges[-1]}"] += 1
    return counts
