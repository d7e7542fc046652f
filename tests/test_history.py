"""A run's record: curves, smoothing, epoch rows, CSV."""
import numpy as np
import pytest

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


def recorded_run() -> RunHistory:
    """A history as a two-epoch run leaves it: curves, epoch rows, settings, outcome."""
    history = RunHistory(settings={"hidden_nodes": 50, "learning_rate": 0.3, "batch_size": 4, "epochs": 2, "seed": None}, name="#3 lr 0.3")
    for step in range(1, 7):
        history.add_progress(Progress(step * 1000, 6000, 1 + step // 4, 2, 1 / step, 0.1 * step, 0.5, 0.5, 5000.0 + step, 2.0, 0.3 * 0.9**step))
        if step % 3 == 0:
            history.add_evaluation(Evaluation(step // 3, step * 1000, 0.8 + step / 100, 0.07, 0.09, 0.75, 1.25 * step, 3333.3, np.zeros(10)))
    history.outcome = "finished"
    return history


def test_arrays_bring_back_the_same_history():
    history = recorded_run()
    back = RunHistory.from_arrays(history.to_arrays())
    assert back == history  # every field: curves, smoothed loss, epoch rows, settings, name, times, outcome
    assert back.smoothed_loss == history.smoothed_loss and back.epochs == history.epochs
    assert all(type(value) is int for value in back.samples + [row["samples_seen"] for row in back.epochs])
    again = back.to_arrays()
    for key, value in history.to_arrays().items():
        assert again[key].dtype == value.dtype
        np.testing.assert_array_equal(again[key], value)


def test_arrays_of_an_older_file_bring_back_the_curves_and_test_points():
    arrays = recorded_run().to_arrays()
    older = {key: value for key, value in arrays.items() if not key.startswith(("history_epoch_", "history_record"))}
    back = RunHistory.from_arrays(older)
    assert back.samples == recorded_run().samples and back.smoothed_loss == recorded_run().smoothed_loss
    np.testing.assert_array_equal(back.test_points()[1], recorded_run().test_points()[1])
    assert [row["epoch"] for row in back.epochs] == [1, 2]


def test_no_history_in_the_arrays_is_none_and_a_broken_one_is_refused():
    assert RunHistory.from_arrays({}) is None
    arrays = recorded_run().to_arrays()
    arrays["history_loss"] = arrays["history_loss"][:-1]
    with pytest.raises(ValueError):
        RunHistory.from_arrays(arrays)
    arrays = recorded_run().to_arrays()
    arrays["history_samples"] = np.array(["a", "b"])
    with pytest.raises(ValueError):
        RunHistory.from_arrays(arrays)
