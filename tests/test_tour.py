"""The guided first run (issue 23): shown once, skippable, each stop pointing at a real, visible control."""
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction

from gui.dialogs.tour import should_show

LEFT = Qt.MouseButton.LeftButton


def test_the_tour_points_at_real_controls_one_after_another(window, qtbot, settings):
    assert should_show(settings)  # a first start
    tour = window.tour
    window.show_tour()
    seen = []
    for number in range(1, len(tour.stops) + 1):
        target = tour.current_target()
        assert target is not None and target.isVisible() and target.window() is window, number
        assert target.objectName(), number  # a control tests and tools can find
        seen.append(target.objectName())
        area = QRect(target.mapTo(window, QPoint(0, 0)), target.size()).intersected(window.rect())
        assert tour.highlight.geometry().contains(area.adjusted(2, 2, -2, -2)), number
        assert window.rect().contains(tour.bubble.geometry()), number
        assert tour.step_label.text() == f"{number} of {len(tour.stops)}" and tour.text_label.text()
        qtbot.mouseClick(tour.next_button, LEFT)
    assert seen == ["startButton", "trainingCharts", "weightsView", "drawingPad", "whyView", "stepTab", "personalView"]
    assert not tour.is_showing() and not should_show(settings)  # done: not shown at the next start


def test_skip_ends_it_and_help_shows_it_again(window, qtbot, settings):
    window.show_tour()
    assert window.tour.is_showing()
    qtbot.mouseClick(window.tour.skip_button, LEFT)
    assert not window.tour.is_showing() and not should_show(settings)
    window.findChild(QAction, "tourAction").trigger()
    assert window.tour.is_showing() and window.tour.index == 0
    window.tour.skip()


def test_the_controls_stay_usable_while_it_shows(window, qtbot):
    window.show_tour()
    window.tour.next()  # the curves
    qtbot.mouseClick(window.training_panel.reset_button, LEFT)  # the window still answers
    assert window.tour.is_showing()
    window.tour.skip()
