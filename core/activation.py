"""The sigmoid and its inverse, safe for any input and any float dtype."""
from __future__ import annotations

import numpy as np

def sigmoid(z, out=None):
    """Logistic function 1 / (1 + exp(-z)), evaluated as 0.5 * (1 + tanh(z / 2)).

    Never overflows and emits no floating-point warnings for any finite or
    infinite input (z = +-inf give 1 and 0; NaN propagates).  Results are in
    [0, 1].  A floating dtype is preserved (other inputs are computed in
    float64).  ``out`` may be ``z`` itself for in-place evaluation.

    Precision: absolute error of a few ulp of 1, like the exp form; for very
    negative z the tiny values are not resolved relatively (they become 0
    below about z = -37 in float64, -17 in float32).
    """
    z = np.asarray(z)
    if z.dtype.kind != "f":
        z = z.astype(np.float64)
    half = z.dtype.type(0.5)
    out = np.multiply(z, half, out=out)
    np.tanh(out, out=out)
    np.multiply(out, half, out=out)
    np.add(out, half, out=out)
    return out



def logit(y: np.ndarray) -> np.ndarray:
    """The inverse sigmoid, log(y / (1 - y)), for y strictly inside (0, 1)."""
    y = np.asarray(y)
    return np.log(y) - np.log1p(-y)
