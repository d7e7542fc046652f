"""Benchmarks and the drawn-digit benchmark data (run the scripts from the repository root)."""
