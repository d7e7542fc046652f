"""Areas, not ten tabs (issue 23): five areas a learner can name, every view in one of them with its
objectName kept, and the View menu naming every view with a shortcut."""
from PySide6.QtGui import QAction, QKeySequence


def test_five_areas_hold_the_ten_views(window):
    tabs = window.tabs
    assert [tabs.tabText(index) for index in range(tabs.count())] == ["Learning", "Inside the network", "The math", "Results", "My handwriting"]
    grouped = {title: [view.objectName() for view in views] for title, views in tabs.areas()}
    assert grouped == {
        "Learning": ["learningSplitter"],
        "Inside the network": ["neuronInspector", "whyView", "backqueryView"],
        "The math": ["stepTab", "experimentsTab"],
        "Results": ["evaluationView", "runsView", "sweepView"],
        "My handwriting": ["personalView"],
    }
    for view in tabs.views():
        tabs.show_view(view)
        assert tabs.current_view() is view and view.isVisible()


def test_the_view_menu_shows_every_view_with_a_shortcut(window):
    views = window.tabs.views()
    for number, view in enumerate(views, start=1):
        action = window.findChild(QAction, f"showView_{view.objectName()}")
        assert action is not None and action.shortcut() == QKeySequence(f"Ctrl+{number % 10}")
        assert window.tabs.view_title(view) in action.text()
        action.trigger()
        assert window.tabs.current_view() is view


def test_help_shows_how_to_use_and_about_says_the_version(window, qtbot):
    from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

    from main import version

    window.findChild(QAction, "howToUseAction").trigger()
    dialog = window.findChild(QWidget, "howToUseDialog")
    assert dialog is not None and dialog.isVisible()
    steps = dialog.findChild(QTextBrowser, "howToUseText").toPlainText()
    assert "Start (F5)" in steps and "Why?" in steps and "Experiments" in steps
    dialog.close()
    window.findChild(QAction, "aboutAction").trigger()
    about = window.findChild(QMessageBox, "aboutDialog")
    assert version() in about.text() and "tutorial-zh.txt" in about.text()
    assert "Unipen" in about.text() and "CC BY 4.0" in about.text() and "10.5281/zenodo.1195803" in about.text()  # the credit it asks for
    about.close()


def test_an_augmented_runs_training_curve_says_it_learns_warped_digits(window, qtbot):
    from checks import WAIT

    legend = window.charts.accuracy_widget.getPlotItem().legend
    panel = window.training_panel
    panel.augment_check.setChecked(True)
    panel.epochs_spin.setValue(1)
    with qtbot.waitSignal(window.session.runFinished, timeout=WAIT):
        window.start_training("new")
    assert "warped digits" in legend.getLabel(window.charts.train_curve).text
    panel.augment_check.setChecked(False)
    with qtbot.waitSignal(window.session.runFinished, timeout=WAIT):
        window.start_training("new")
    assert legend.getLabel(window.charts.train_curve).text == "training, last 1,000 samples"
