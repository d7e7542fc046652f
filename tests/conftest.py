"""Shared fixtures: offscreen Qt, a temporary settings file, a small MNIST folder, and a
check that fails any test leaving a background thread or a timer running."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from checks import WAIT

# no example is timed: on a busy machine a slow example is not a failure
hypothesis_settings.register_profile("any_machine", deadline=None, suppress_health_check=[HealthCheck.too_slow])
# in CI (.ci/run sets CI) hypothesis draws the same examples on every run, so a failure repeats
hypothesis_settings.register_profile("ci", parent=hypothesis_settings.get_profile("any_machine"), derandomize=True)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "any_machine")


@pytest.fixture(autouse=True, scope="session")
def qt_test_paths():
    """Keep the app's user-data files (the personal digit set) out of the real home folder."""
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def personal_set_in_a_temporary_folder(request, monkeypatch, tmp_path):
    """Each window keeps the digits a test adds to "My handwriting" to that test alone."""
    if "qtbot" in request.fixturenames:
        monkeypatch.setattr("gui.window.main_window.personal_set_path", lambda: tmp_path / "personal-digits.npz")


@pytest.fixture(autouse=True)
def no_thread_or_timer_left_running(request):
    yield
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QApplication

    from gui.window.background import running_jobs
    from gui.window.named_timers import running_timers

    QApplication.processEvents()
    left = running_jobs()
    for job in left:
        job.wait(5000)
    assert not left, f"background jobs left running: {[job.name for job in left]}"
    # not by walking QApplication.topLevelWidgets(): see gui/window/named_timers.py
    active = running_timers()
    assert not active, f"timers left running: {active}"


@pytest.fixture
def pad(qtbot):
    """A shown drawing pad exactly 280x280, so widget and canvas pixels coincide."""
    from gui.left_column.drawing_pad import CANVAS_SIZE, DrawingPad

    widget = DrawingPad()
    qtbot.addWidget(widget)
    widget.resize(CANVAS_SIZE, CANVAS_SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "digitlab.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="session")
def small_mnist(tmp_path_factory):
    """A folder with the first 4000 training and 1000 test images of the bundled MNIST."""
    from core import data

    folder = tmp_path_factory.mktemp("small-mnist")
    mnist = data.load_mnist()
    data.write_idx(folder / data.TRAIN_IMAGES, mnist.train_images[:4000])
    data.write_idx(folder / data.TRAIN_LABELS, mnist.train_labels[:4000])
    data.write_idx(folder / data.TEST_IMAGES, mnist.test_images[:1000])
    data.write_idx(folder / data.TEST_LABELS, mnist.test_labels[:1000])
    return folder


@pytest.fixture
def window(qtbot, settings, small_mnist):
    """The main window on the small MNIST, shown, with its data loaded; closing asks nothing."""
    from gui.window.main_window import MainWindow

    window = MainWindow(settings=settings, data_dir=small_mnist)
    window._confirm_close = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.state == "idle", timeout=WAIT)
    return window


@pytest.fixture(scope="session")
def mnist():
    """The bundled MNIST, loaded once for the whole session (tests only read it)."""
    from core.data import load_mnist

    return load_mnist()


@pytest.fixture(scope="session")
def trained(mnist):
    """One epoch of the tutorial's rule (lr 0.1, one sample at a time) over the first 10,000 training images.

    ``train_sequential`` in one call is what ``core.training.train`` does for batch size 1, minus
    the shuffle and the timing-dependent chunking, so the weights are the same on every run.
    Its weights are read-only: a test that trains it fails at once (``trained.copy()`` is writable).
    """
    from core.data import images_to_inputs, labels_to_targets
    from core.network import NeuralNetwork

    network = NeuralNetwork(seed=1)
    network.train_sequential(images_to_inputs(mnist.train_images[:10_000]), labels_to_targets(mnist.train_labels[:10_000]))
    network.w_ih.flags.writeable = network.w_ho.flags.writeable = False
    return network


@pytest.fixture(scope="session")
def result(mnist, trained):
    """The detailed evaluation of ``trained`` on the 10,000 test images."""
    from core import insight

    return insight.evaluate_now(trained, mnist.test_images, mnist.test_labels)
