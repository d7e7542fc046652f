"""How many threads NumPy's BLAS uses, changed at run time (through threadpoolctl).

The one-sample-at-a-time kernel (core.sequential) calls BLAS on vectors of a few
hundred numbers, ~100,000 times a second. A threaded BLAS shares the larger of
those calls between its threads, and each call then waits for all of them: when
the CPU is busy (the app's own GUI thread, other programs), a thread that is not
running holds up every call, and ~10 µs per sample becomes 20–300 µs. With one
thread the kernel runs at full speed whatever else the machine does; big
mini-batch products still gain from every core.

threadpoolctl finds the BLAS that NumPy loaded (OpenBLAS, MKL, BLIS) and sets its
thread count; the controller is made once, since looking for libraries takes
~0.3 ms and the limit is set for every chunk of training.
"""
from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache

from threadpoolctl import ThreadpoolController


@lru_cache(maxsize=1)
def _blas():
    return ThreadpoolController().select(user_api="blas")


def blas_threads() -> int | None:
    """The BLAS's current thread count, or None if no BLAS library was found."""
    libraries = _blas().lib_controllers
    return max(library.num_threads for library in libraries) if libraries else None


@contextmanager
def blas_threads_at_most(count: int):
    """Run the block with at most ``count`` BLAS threads, then give back the previous count."""
    previous = blas_threads()
    if previous is None or previous <= count:
        yield
        return
    with _blas().limit(limits=count):
        yield
