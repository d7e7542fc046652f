"""A run's record: curves, smoothing, epoch rows, CSV."""
import numpy as np

from core.history import RunHistory
from core.training import Evaluation, Progress


def progress(samples, loss, accuracy=0.5):
    return Progress(samples, 10_000, 1, 1, loss, accuracy, loss, accuracy, 1000.0, 1.0, 0.1)


def test_epoch_rows_keep_the_figures_but_not_the_weights():
    history = RunHistory()
    weights = np.zeros((200, 784), np.float32)
    history.add_evaluation(Evaluation(1, 6000, 0.9, 0.05, 0.06, 0.88, 1.5, 4000.0, np.zeros(10), weights, weights[:10]))
    row = history.epochs[0]
    assert row["test_accuracy"] == 0.9 and row["samples_seen"] == 6000
    assert not {"w_ih", "w_ho", "predictions"} & set(row)
    assert history.epochs_csv().splitlines()[1].startswith("1,6000,0.9,")


def test_smoothing_follows_samples_not_reports():
    """A report of few samples moves the smoothed loss little; one of many samples moves it a lot."""
    few, many = RunHistory(), RunHistory()
    for history, step in ((few, 10), (many, 20_000)):
        history.add_progress(progress(step, 1.0))
        history.add_progress(progress(2 * step, 0.0))
    assert few.smoothed_loss[-1] > 0.99
    assert many.smoothed_loss[-1] < 0.05
    assert few.curves_csv().splitlines()[0] == "samples_seen,train_loss,smoothed_loss,train_accuracy,learning_rate"
