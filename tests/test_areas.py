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
