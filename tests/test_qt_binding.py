"""Guards against a broken Qt binding: PySide6 6.12.0 drops a reference to True on every
signal emit, so a long training run aborts with 'bool_dealloc' on Python 3.11."""
import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    value = Signal(object)


def test_signal_emits_do_not_leak_references_to_true():
    emitter = Emitter()
    received = []
    emitter.value.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.value.emit(i)
    assert len(received) == 200
    assert sys.getrefcount(True) >= before - 20
