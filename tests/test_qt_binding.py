"""Guards against a broken Qt binding: PySide6 6.12.0 drops a reference to True on every
signal emit, so a long training run aborts with 'bool_dealloc' on Python 3.11."""
import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    value = Signal(object)


def test_signal_emits_do_not_leak_references_to_true():
    """Only Python 3.11 and older can fail this: from 3.12 on True is immortal, its count never moves
    (and a dropped reference can no longer free it). The next test guards every version."""
    emitter = Emitter()
    received = []
    emitter.value.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.value.emit(i)
    assert len(received) == 200
    assert sys.getrefcount(True) >= before - 20


def test_signal_emits_keep_the_reference_count_of_what_they_carry():
    """An ordinary object emitted 200 times: exactly one more reference per delivery, none lost or leaked."""
    emitter = Emitter()
    received = []
    emitter.value.connect(received.append)
    payload = object()
    before = sys.getrefcount(payload)
    for _ in range(200):
        emitter.value.emit(payload)
    assert len(received) == 200 and all(item is payload for item in received)
    assert sys.getrefcount(payload) == before + 200
    received.clear()
    assert sys.getrefcount(payload) == before
    emitter.value.emit(True)
    assert received == [True]
