"""The window's named timers, kept in a list so tests can fail when one is left running.

Tests once found them by walking ``QApplication.topLevelWidgets()``. Turning that list into
Python objects allocates, an allocation can start Python's garbage collector, and the collector
may delete a closed window nobody refers to any more while it is still further down the list:
the next item was freed memory, and the suite crashed now and then (seen in gdb:
``getWrapperForQObject`` → ``QObject::property`` on a dangling pointer).
"""
from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QObject, QTimer

_timers: "weakref.WeakSet[QTimer]" = weakref.WeakSet()


def named_timer(parent: QObject, name: str, interval: int, single_shot: bool = False) -> QTimer:
    """A QTimer child of ``parent`` named ``name`` (interval in ms), listed for ``running_timers``."""
    timer = QTimer(parent, objectName=name, interval=interval, singleShot=single_shot)
    _timers.add(timer)
    return timer


def running_timers() -> list[str]:
    """Names of the named timers still alive and running."""
    return [timer.objectName() for timer in list(_timers) if shiboken6.isValid(timer) and timer.isActive()]
