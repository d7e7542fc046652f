"""Results: Evaluation (confusion matrix, mistakes), Runs, Sweeps."""
