"""The sigmoid and its inverse, safe for any input and any float dtype."""
from __future__ import annotations

import numpy as np

# Beyond these |z| the sigmoid is 0 or 1 to the dtype's precision (and 1/(1+e^|z|) is still a
# normal number, so no underflow is flagged); clipping there
# keeps exp() from overflowing without changing any representable result.
_CLIP = {np.dtype(np.float32): 87.0, np.dtype(np.float64): 708.0}


def sigmoid(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """1 / (1 + exp(-z)), elementwise, with no overflow warning; keeps z's float dtype."""
    z = np.asarray(z)
    if z.dtype.kind != "f":
        z = z.astype(np.float64)
    limit = _CLIP.get(z.dtype, 88.0)
    out = np.clip(z, -limit, limit, out=out)
    np.negative(out, out=out)
    np.exp(out, out=out)
    out += 1.0
    np.reciprocal(out, out=out)
    return out


def logit(y: np.ndarray) -> np.ndarray:
    """The inverse sigmoid, log(y / (1 - y)), for y strictly inside (0, 1)."""
    y = np.asarray(y)
    return np.log(y) - np.log1p(-y)
