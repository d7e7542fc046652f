"""Bad files, a runaway learning rate and a failing disk, in the app (pytest-qt) and on the
command line (subprocess).

Each bad input must be refused with a message naming the file and the problem: in the
app as the error dialog ("errorDialog") and the status bar, on the command line as one
line on stderr and a non-zero exit. What the app had (network, dataset, saved file) stays.
"""
import errno
import gzip
import os
import pickle
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core import data
from core.network import NeuralNetwork
from gui.window.background import running_jobs
from test_main_window import start
from checks import WAIT


def training_jobs():
    """The training threads alive (the window may run other jobs, e.g. an evaluation after a run)."""
    return [job for job in running_jobs() if job.name == "training"]


ROOT = Path(__file__).resolve().parent.parent


# -- the bad inputs ------------------------------------------------------------------


def _npz(path, **arrays):
    with open(path, "wb") as handle:  # np.savez(path) would append ".npz" to other names
        np.savez(handle, **arrays)


GOOD = NeuralNetwork(hidden_nodes=5, seed=0)


def _zip(path, members):
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)


def _truncated(path):
    GOOD.save(path)
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])


def _npy(path):
    with open(path, "wb") as handle:
        np.save(handle, GOOD.w_ih)


# name -> (write the file at path, words the message must hold)
BAD_MODELS = {
    "text file": (lambda p: p.write_text("these are my notes, not a model"), "not a DigitLab model (.npz) file"),
    "empty file": (lambda p: p.write_bytes(b""), "empty file"),
    "single .npy array": (_npy, "a single NumPy array (.npy)"),
    "pickle file": (lambda p: p.write_bytes(pickle.dumps({"w_ih": [1, 2]})), "pickled Python objects"),
    "pickled objects in the .npz": (lambda p: _npz(p, w_ih=np.array([{"a": 1}], dtype=object), w_ho=GOOD.w_ho), "pickled Python objects"),
    "truncated .npz": (_truncated, "not a DigitLab model (.npz) file"),
    "zip of other files": (lambda p: _zip(p, {"readme.txt": "hello"}), "not a DigitLab model (.npz) file ('readme.txt' is not a NumPy array)"),
    "zip member not an array": (lambda p: _zip(p, {"w_ih": b"\x00" * 64, "w_ho.npy": b""}), "not a DigitLab model (.npz) file"),
    "missing matrix": (lambda p: _npz(p, w_ih=GOOD.w_ih), "missing the weight matrix 'w_ho'"),
    "shapes do not fit": (lambda p: _npz(p, w_ih=GOOD.w_ih, w_ho=np.zeros((10, 6), np.float32)), "shapes do not fit"),
    "not 784 inputs": (lambda p: _npz(p, w_ih=np.zeros((5, 100), np.float32), w_ho=GOOD.w_ho), "does not fit 28×28 digits"),
    "integer weights": (lambda p: _npz(p, w_ih=GOOD.w_ih.astype(np.int32), w_ho=GOOD.w_ho), "must be a 2-D float32/float64 matrix"),
    "1-D weights": (lambda p: _npz(p, w_ih=GOOD.w_ih.ravel(), w_ho=GOOD.w_ho), "must be a 2-D float32/float64 matrix"),
    "NaN weights": (lambda p: _npz(p, w_ih=np.where(np.eye(5, 784) > 0, np.nan, GOOD.w_ih).astype(np.float32), w_ho=GOOD.w_ho), "NaN or infinite"),
    "infinite weights": (lambda p: _npz(p, w_ih=GOOD.w_ih, w_ho=np.full((10, 5), np.inf, np.float32)), "NaN or infinite"),
    "negative learning rate": (lambda p: _npz(p, w_ih=GOOD.w_ih, w_ho=GOOD.w_ho, learning_rate=np.array(-1.0)), "is not a positive number"),
    "text learning rate": (lambda p: _npz(p, w_ih=GOOD.w_ih, w_ho=GOOD.w_ho, learning_rate=np.array("fast")), "must be a single number"),
    "a folder": (lambda p: p.mkdir(), "is a folder"),
    "missing file": (lambda p: None, "file not found"),
}


def _copy_dataset(source, folder):
    shutil.copytree(source, folder)
    return folder


def _idx_gz(path, array):
    data.write_idx(path, array)


def _truncate(path, keep=0.5):
    raw = path.read_bytes()
    path.write_bytes(raw[: int(len(raw) * keep)])


def _corrupt_middle(path):
    raw = bytearray(path.read_bytes())
    middle = len(raw) // 2
    raw[middle : middle + 64] = bytes(64)
    path.write_bytes(bytes(raw))


def _wrong_files(folder):
    shutil.rmtree(folder)
    folder.mkdir()
    (folder / "holiday.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "notes.txt").write_text("not MNIST")


def _make_a_file(folder):
    shutil.rmtree(folder)
    folder.write_text("a file, not a folder")


# name -> (change the good folder, the file the message names, words it must hold)
BAD_DATASETS = {
    "missing file": (lambda f: (f / data.TEST_LABELS).unlink(), data.TEST_LABELS, "file not found"),
    "truncated gzip": (lambda f: _truncate(f / data.TRAIN_IMAGES), data.TRAIN_IMAGES, "corrupt gzip data"),
    "corrupt gzip": (lambda f: _corrupt_middle(f / data.TRAIN_IMAGES), data.TRAIN_IMAGES, "corrupt gzip data"),
    "truncated IDX data": (
        lambda f: (f / data.TEST_IMAGES).write_bytes(gzip.compress(gzip.decompress((f / data.TEST_IMAGES).read_bytes())[:-1000])),
        data.TEST_IMAGES, "truncated",
    ),
    "not an IDX file": (lambda f: (f / data.TRAIN_LABELS).write_bytes(gzip.compress(b"label,digit\n1,7\n")), data.TRAIN_LABELS, "not an IDX file"),
    "empty file": (lambda f: (f / data.TEST_LABELS).write_bytes(b""), data.TEST_LABELS, "too short"),
    "images not 28×28": (lambda f: _idx_gz(f / data.TRAIN_IMAGES, np.zeros((4000, 32, 32), np.uint8)), data.TRAIN_IMAGES, "28×28"),
    "labels do not match": (lambda f: _idx_gz(f / data.TEST_LABELS, np.zeros(999, np.uint8)), data.TEST_LABELS, "999 labels for 1000 images"),
    "label out of range": (lambda f: _idx_gz(f / data.TEST_LABELS, np.full(1000, 12, np.uint8)), data.TEST_LABELS, "outside 0–9"),
    "float labels": (lambda f: _idx_gz(f / data.TRAIN_LABELS, np.zeros(4000, np.float32)), data.TRAIN_LABELS, "expected uint8 labels"),
    "folder of the wrong files": (_wrong_files, data.TRAIN_IMAGES, "a dataset folder holds"),
    "folder missing": (shutil.rmtree, "", "dataset folder not found"),
    "a file, not a folder": (_make_a_file, "", "dataset folder not found"),
}


def bad_model(tmp_path, case):
    path = tmp_path / f"{case.replace(' ', '-')}.npz"
    write, words = BAD_MODELS[case]
    write(path)
    return path, words


def bad_dataset(tmp_path, source, case):
    folder = _copy_dataset(source, tmp_path / "bad dataset")
    change, name, words = BAD_DATASETS[case]
    change(folder)
    return folder, folder / name if name else folder, words


# -- the app -------------------------------------------------------------------------


def error_dialogs(window):
    return [box for box in window.findChildren(QMessageBox, "errorDialog") if box.isVisible()]


def shown_error(window):
    """The one error the user was shown: the dialog's text, which the status bar repeats."""
    dialogs = error_dialogs(window)
    assert len(dialogs) == 1, [box.text() for box in dialogs]
    text = dialogs[0].text()
    assert window.statusBar().currentMessage() == text
    dialogs[0].close()
    return text


@pytest.mark.parametrize("case", sorted(BAD_MODELS))
def test_app_refuses_a_bad_model_file_and_keeps_its_network(window, tmp_path, monkeypatch, case):
    path, words = bad_model(tmp_path, case)
    session = window.session
    network, weights, title = session.network, session.network.w_ih.copy(), window.windowTitle()
    hidden = window.training_panel.hidden_spin.value()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    window.menus.open_action.trigger()  # Model → Open…
    message = shown_error(window)
    assert message.startswith("Could not open the model: ")
    assert str(path) in message and words in message, message
    assert session.network is network and session.predictor() is network
    np.testing.assert_array_equal(session.network.w_ih, weights)
    assert window.windowTitle() == title and window.training_panel.hidden_spin.value() == hidden
    assert session.model_path is None and session.state == "idle"


@pytest.mark.parametrize("case", sorted(BAD_DATASETS))
def test_app_refuses_a_bad_dataset_folder_and_keeps_its_dataset(window, qtbot, tmp_path, small_mnist, monkeypatch, case):
    folder, named, words = bad_dataset(tmp_path, small_mnist, case)
    session = window.session
    dataset = session.dataset
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    with qtbot.waitSignal(session.error, timeout=WAIT):
        window.findChild(type(window.menus.open_action), "openDatasetAction").trigger()  # Model → Load dataset folder…
    qtbot.waitUntil(lambda: session.state == "idle", timeout=WAIT)
    message = shown_error(window)
    assert message.startswith("Could not load the dataset: ") and message.endswith("The current dataset stays.")
    assert str(named) in message and words in message, message
    assert session.dataset is dataset
    assert window.training_panel.start_button.isEnabled()
    start(window, qtbot, epochs=1)  # and the old data still train
    window.session.stop()
    qtbot.waitUntil(lambda: session.state == "idle", timeout=WAIT)


def test_a_good_dataset_folder_replaces_the_current_one(window, qtbot, tmp_path, small_mnist):
    folder = _copy_dataset(small_mnist, tmp_path / "fashion")
    data.write_idx(folder / data.TEST_IMAGES, np.zeros((10, 28, 28), np.uint8))
    data.write_idx(folder / data.TEST_LABELS, np.arange(10, dtype=np.uint8))
    with qtbot.waitSignal(window.session.datasetLoaded, timeout=WAIT):
        window.session.load_dataset(folder)
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    assert len(window.session.dataset.test_images) == 10 and error_dialogs(window) == []


def test_loading_a_dataset_during_a_run_stops_the_run_first(window, qtbot, tmp_path, small_mnist):
    folder, _, _ = bad_dataset(tmp_path, small_mnist, "missing file")
    start(window, qtbot)
    with qtbot.waitSignal(window.session.error, timeout=WAIT):
        window.session.load_dataset(folder)
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    assert window.session.runs[-1].outcome == "stopped" and training_jobs() == []
    shown_error(window)


# -- a runaway learning rate ------------------------------------------------------------


def curve_values(window):
    charts = window.charts
    values = []
    for curve in (charts.loss_curve, charts.smooth_curve, charts.train_curve, charts.test_curve):
        xs, ys = curve.getData()
        if xs is not None:
            values += [np.asarray(xs, float), np.asarray(ys, float)]
    return np.concatenate(values) if values else np.zeros(0)


def test_learning_rate_50_stops_with_a_message_and_a_usable_network(window, qtbot):
    session = window.session
    start_weights = session.network.w_ih.copy(), session.network.w_ho.copy()
    with qtbot.waitSignal(session.diverged, timeout=WAIT):
        start(window, qtbot, epochs=3, learning_rate=50)
    qtbot.waitUntil(lambda: session.state == "idle", timeout=WAIT)
    dialogs = error_dialogs(window)
    assert len(dialogs) == 1
    message = dialogs[0].text()
    assert message.startswith("Training stopped: ") and "such as 5." in message, message
    dialogs[0].close()
    panel = window.training_panel
    assert panel.learning_rate_spin.value() == pytest.approx(50.0)  # the suggestion is offered, not set
    assert panel.suggested_rate_button.isVisible() and "5" in panel.suggested_rate_button.text()
    assert panel.progress_bar.value() == 0 and "left" not in panel.progress_label.text()  # no stale progress line
    panel.suggested_rate_button.click()
    assert panel.learning_rate_spin.value() == pytest.approx(5.0) and not panel.suggested_rate_button.isVisible()
    assert session.runs[-1].outcome == "diverged"
    assert "diverged" in window.statusBar().currentMessage()
    history = session.runs[-1]
    assert np.isfinite(history.loss).all() and np.isfinite(history.accuracy).all()
    assert np.isfinite(curve_values(window)).all()  # no NaN in the charts
    assert np.isfinite(session.network.w_ih).all() and np.isfinite(session.network.w_ho).all()
    # no epoch ended: the weights go back to where the run started
    np.testing.assert_array_equal(session.network.w_ih, start_weights[0])
    np.testing.assert_array_equal(session.network.w_ho, start_weights[1])
    assert session.network.epochs_trained == 0
    assert np.isfinite(window.weights_view.mosaic_image()[~np.isnan(window.weights_view.mosaic_image())]).all()

    # taking the suggestion works: Start again at lr 5 trains, it does not diverge again
    find_epochs = window.training_panel.epochs_spin
    find_epochs.setValue(1)
    window.training_panel.start_button.click()
    qtbot.waitUntil(lambda: session.state == "idle", timeout=WAIT)
    assert session.runs[-1].outcome == "finished", session.runs[-1].outcome
    assert session.runs[-1].final_test_accuracy > 0.2
    assert error_dialogs(window) == []


def test_divergence_after_an_epoch_goes_back_to_the_end_of_the_last_epoch(window, qtbot):
    session = window.session
    start(window, qtbot, epochs=200, learning_rate=0.1)
    qtbot.waitUntil(lambda: len(session.history.epochs) >= 1, timeout=WAIT)
    with qtbot.waitSignal(session.diverged, timeout=WAIT):
        window.training_panel.learning_rate_spin.setValue(100)  # mid-run
    qtbot.waitUntil(lambda: session.state == "idle", timeout=WAIT)
    error_dialogs(window)[0].close()
    history = session.runs[-1]
    assert history.outcome == "diverged"
    finished_epochs = len(history.epochs)
    assert finished_epochs >= 1 and session.network.epochs_trained == finished_epochs
    assert np.isfinite(history.loss).all()
    values = curve_values(window)
    assert values.size > 0 and np.isfinite(values).all()  # no NaN in the charts
    from core.training import evaluate

    accuracy, _, _ = evaluate(session.network, session.dataset.test_images, session.dataset.test_labels)
    # exactly the weights tested at the end of the last full epoch
    assert accuracy == pytest.approx(history.epochs[-1]["test_accuracy"], abs=1e-9)
    assert session.network.test_accuracy == pytest.approx(accuracy, abs=1e-9)


# -- saving that fails, and closing with unsaved training ------------------------------------


def enospc(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def half_written_savez(handle, **arrays):
    handle.write(b"PK\x03\x04 half a model")
    enospc()


@pytest.mark.parametrize("failure", ["disk full mid-write", "rename refused"])
def test_a_failing_save_leaves_the_previous_file_and_says_why(window, tmp_path, monkeypatch, failure):
    path = tmp_path / "model.npz"
    NeuralNetwork(hidden_nodes=7, seed=1).save(path)
    before = path.read_bytes()
    if failure == "disk full mid-write":
        monkeypatch.setattr(np, "savez", half_written_savez)
        reason = os.strerror(errno.ENOSPC)
    else:
        monkeypatch.setattr(os, "replace", lambda *args: (_ for _ in ()).throw(OSError(errno.EROFS, os.strerror(errno.EROFS))))
        reason = os.strerror(errno.EROFS)
    assert window.files.save_model_to(path) is False
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(tmp_path.iterdir()) == [path]  # no temporary file left
    assert shown_error(window) == f"Could not save the model to {path}: {reason}"
    assert window.session.model_path is None and "untitled" in window.windowTitle()


def test_saving_into_a_missing_folder_says_why(window, tmp_path):
    path = tmp_path / "gone" / "model.npz"
    assert window.files.save_model_to(path) is False
    assert shown_error(window) == f"Could not save the model to {path}: No such file or directory"


def trained_a_little(window, qtbot):
    start(window, qtbot)
    qtbot.waitUntil(lambda: len(window.session.history.samples) >= 2, timeout=WAIT)
    window.training_panel.stop_button.click()
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    assert window.session.unsaved
    window._confirm_close = True


def answer(monkeypatch, button):
    asked = []

    def question(*args, **kwargs):
        asked.append(args)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_close_with_unsaved_training_cancel_keeps_the_window(window, qtbot, monkeypatch):
    trained_a_little(window, qtbot)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert asked and window.isVisible() and window.session.unsaved
    window._confirm_close = False


def test_close_with_unsaved_training_discard_closes(window, qtbot, monkeypatch, tmp_path):
    trained_a_little(window, qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: pytest.fail("no save dialog on Discard"))
    asked = answer(monkeypatch, QMessageBox.StandardButton.Discard)
    assert window.close()
    assert asked and not window.isVisible()


def test_close_with_unsaved_training_save_saves_then_closes(window, qtbot, monkeypatch, tmp_path):
    trained_a_little(window, qtbot)
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "closing"), ""))
    assert window.close()
    saved = NeuralNetwork.load(tmp_path / "closing.npz")
    np.testing.assert_array_equal(saved.w_ih, window.session.network.w_ih)


def test_close_with_save_keeps_the_window_when_saving_does_not_happen(window, qtbot, monkeypatch, tmp_path):
    trained_a_little(window, qtbot)
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))  # the user cancels the dialog
    assert not window.close() and window.isVisible()
    window.session.model_path = tmp_path / "model.npz"  # Save to a known file, and the disk is full
    monkeypatch.setattr(np, "savez", half_written_savez)
    assert not window.close() and window.isVisible()
    assert "No space left on device" in shown_error(window)
    assert list(tmp_path.iterdir()) == []
    window._confirm_close = False


def test_close_without_unsaved_training_does_not_ask(window, monkeypatch):
    window._confirm_close = True
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: pytest.fail("asked for nothing to save"))
    assert window.close()


# -- the command line ----------------------------------------------------------------


def run(*args):
    env = {key: value for key, value in os.environ.items() if key.startswith(("PYTHON", "OPENBLAS", "HOME", "LANG"))}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True, text=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", **env},
    )


def assert_one_line_error(result, *words):
    assert result.returncode == 1, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("digitlab: error: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])


@pytest.mark.parametrize("case", sorted(BAD_MODELS))
def test_cli_refuses_a_bad_model_file(tmp_path, case):
    path, words = bad_model(tmp_path, case)
    assert_one_line_error(run("evaluate", "--model", path), str(path), words)


def test_cli_predict_refuses_a_bad_model_file(tmp_path):
    path, words = bad_model(tmp_path, "single .npy array")
    image = tmp_path / "digit.png"
    image.write_bytes(b"")
    assert_one_line_error(run("predict", image, "--model", path), str(path), words)


@pytest.mark.parametrize("case", sorted(BAD_DATASETS))
def test_cli_refuses_a_bad_dataset_folder(tmp_path, small_mnist, case):
    folder, named, words = bad_dataset(tmp_path, small_mnist, case)
    assert_one_line_error(run("train", "--epochs", 1, "--limit", 10, "--data", folder), str(named), words)


def test_cli_refuses_a_save_path_before_training(tmp_path, small_mnist):
    missing = tmp_path / "gone" / "model.npz"
    assert_one_line_error(run("train", "--data", small_mnist, "--save", missing), str(missing), "does not exist")
    assert_one_line_error(run("train", "--data", small_mnist, "--save", tmp_path), str(tmp_path), "is a folder")
