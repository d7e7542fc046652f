"""The math: One step (with one weight's derivation) and Experiments (the tutorial's claims tested)."""
