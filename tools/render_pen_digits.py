"""Write resources/pen-digits/rendered.npz: every pen-written digit as the pad would show it to the network.

    python tools/render_pen_digits.py

Each digit's strokes go through ``core.pen_digits.render`` (the pad's ``core.strokes.strokes_to_inputs``)
once; tests/test_pen_digits.py re-renders digits and checks the file still matches, so a change to
core.strokes cannot leave a stale rendering behind.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.files import atomic_write  # noqa: E402
from core.pen_digits import load_pen_digits, render, rendered_path  # noqa: E402

RENDER_SEED = 0  # the sizes, places and brushes drawn (they wash out: see core.pen_digits)


def main() -> int:
    digits = load_pen_digits()
    started = time.perf_counter()
    images = render(digits, np.arange(len(digits)), np.random.default_rng(RENDER_SEED))
    path = rendered_path()
    atomic_write(path, lambda handle: np.savez_compressed(handle, images=images))
    print(f"wrote {path}: {len(images):,} digits in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
