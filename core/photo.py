"""Turn a grayscale photo or scan of one digit into a drawing-pad-like canvas."""
from __future__ import annotations

import numpy as np


def photo_to_canvas(gray: np.ndarray) -> np.ndarray:
    """gray (H, W) in 0–255 or 0–1 -> canvas (H, W) float32 in [0, 1], ink = 1 on background 0.

    Works for dark ink on light paper and for the reverse: the border's median
    tells the paper's brightness. Contrast is stretched between the paper and
    the strongest ink, and faint paper texture below 25 % is dropped.
    """
    gray = np.asarray(gray, dtype=np.float32)
    if gray.ndim != 2 or gray.size == 0:
        raise ValueError(f"expected a 2-D grayscale image, got shape {gray.shape}")
    border = np.concatenate([gray[0], gray[-1], gray[:, 0], gray[:, -1]])
    paper = float(np.median(border))
    ink_strength = np.abs(gray - paper)
    strongest = float(ink_strength.max())
    full_scale = 255.0 if gray.max() > 1.0 else 1.0
    if strongest < 0.1 * full_scale:  # paper with a little noise, no ink: blank, not a faint "digit"
        return np.zeros_like(gray)
    canvas = ink_strength / strongest
    canvas[canvas < 0.25] = 0.0
    return canvas
