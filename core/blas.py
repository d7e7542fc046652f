"""How many threads NumPy's BLAS (OpenBLAS) uses, changed at run time. Best effort, stdlib only.

The one-sample-at-a-time kernel (core.sequential) calls BLAS on vectors of a few
hundred numbers, ~100,000 times a second. OpenBLAS shares the larger of those
calls between its threads, and each call then waits for all of them: when the CPU
is busy (the app's own GUI thread, other programs), a thread that is not running
holds up every call, and ~10 µs per sample becomes 20–300 µs. With one thread
the kernel runs at its full speed whatever else the machine does; mini-batch
products are big enough to gain from every core.

Where OpenBLAS is not found (another BLAS, another platform) these functions do nothing.
"""
from __future__ import annotations

import ctypes
import glob
import os
from contextlib import contextmanager

import numpy as np

# (set, get) symbol pairs: NumPy's wheels bundle OpenBLAS with a prefixed ILP64 interface
_SYMBOLS = (
    ("scipy_openblas_set_num_threads64_", "scipy_openblas_get_num_threads64_"),
    ("scipy_openblas_set_num_threads", "scipy_openblas_get_num_threads"),
    ("openblas_set_num_threads64_", "openblas_get_num_threads64_"),
    ("openblas_set_num_threads", "openblas_get_num_threads"),
)


def _libraries() -> list[str]:
    """Paths of the loaded OpenBLAS libraries: NumPy's bundled one, else any the process has mapped."""
    numpy_dir = os.path.dirname(np.__file__)
    paths = glob.glob(os.path.join(numpy_dir + ".libs", "*openblas*")) + glob.glob(os.path.join(numpy_dir, ".dylibs", "*openblas*"))
    try:
        with open("/proc/self/maps") as maps:
            paths += sorted({line.split()[-1] for line in maps if "openblas" in line and line.rstrip().split()[-1].startswith("/")})
    except OSError:
        pass
    return paths


def _find():
    for path in _libraries():
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        for set_name, get_name in _SYMBOLS:
            if hasattr(library, set_name) and hasattr(library, get_name):
                setter, getter = getattr(library, set_name), getattr(library, get_name)
                setter.argtypes, setter.restype, getter.restype = [ctypes.c_int], None, ctypes.c_int
                return setter, getter
    return None, None


_set, _get = _find()


def blas_threads() -> int | None:
    """OpenBLAS's current thread count, or None if OpenBLAS was not found."""
    return _get() if _get else None


def set_blas_threads(count: int) -> None:
    if _set and count >= 1:
        _set(int(count))


@contextmanager
def blas_threads_at_most(count: int):
    """Run the block with at most ``count`` BLAS threads, then give back the previous count."""
    previous = blas_threads()
    if previous is None or previous <= count:
        yield
        return
    set_blas_threads(count)
    try:
        yield
    finally:
        set_blas_threads(previous)
