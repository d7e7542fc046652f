"""The window's menu bar: Model, Training, Pad, View (with the languages) and Help."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from gui.window.languages import LANGUAGES, current_language


class MenuBar(QObject):
    """Builds ``window``'s menus; the actions the window enables and disables are kept as attributes."""

    def __init__(self, window):
        super().__init__(window)

        def action(menu, text, slot, shortcut=None, tip=None, name=None):
            act = QAction(text, window)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            if tip:
                act.setStatusTip(tip)
                act.setToolTip(tip)
            if name:
                act.setObjectName(name)
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        model = window.menuBar().addMenu(self.tr("&Model"))
        self.new_action = action(model, self.tr("&New"), window.new_model, QKeySequence.StandardKey.New, self.tr("New random weights"), "newAction")
        self.open_action = action(model, self.tr("&Open…"), window.files.open_model_dialog, QKeySequence.StandardKey.Open, self.tr("Open a saved model (.npz)"), "openAction")
        self.save_action = action(model, self.tr("&Save"), window.files.save_model, QKeySequence.StandardKey.Save, self.tr("Save the model"), "saveAction")
        self.save_as_action = action(model, self.tr("Save &As…"), window.files.save_model_as, QKeySequence.StandardKey.SaveAs, self.tr("Save the model under a new name"), "saveAsAction")
        self.open_dataset_action = action(model, self.tr("Load &dataset folder…"), window.files.open_dataset_dialog, None, self.tr("Train on another folder of MNIST-style IDX files (e.g. Fashion-MNIST)"), "openDatasetAction")
        model.addSeparator()
        action(model, self.tr("Export charts as &PNG…"), window.files.export_charts_dialog, None, self.tr("Save the loss and accuracy charts as an image"), "exportChartsAction")
        action(model, self.tr("Export all charts as PNG or S&VG…"), window.files.export_all_charts_dialog, None, self.tr("Save every chart of every tab into a folder, as PNG or SVG"), "exportAllChartsAction")
        action(model, self.tr("Export history as &CSV…"), window.files.export_history_dialog, None, self.tr("Save the training curves and epoch results as CSV"), "exportHistoryAction")
        model.addSeparator()
        action(model, self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit, None, "quitAction")

        training = window.menuBar().addMenu(self.tr("&Training"))
        self.start_action = action(training, self.tr("&Start"), lambda: window.start_training(), "F5", None, "startAction")
        self.train_new_action = action(training, self.tr("Train a &new network"), lambda: window.start_training("new"), "Ctrl+F5",
                                       self.tr("Start from random weights with the panel's seed and size"), "trainNewAction")
        self.continue_action = action(training, self.tr("&Continue training"), lambda: window.start_training("continue"), "Shift+F5",
                                      self.tr("Train the current network further"), "continueAction")
        self.pause_action = action(training, self.tr("&Pause / Resume"), window.training_panel.pause_button.toggle, "F6", None, "pauseAction")
        self.stop_action = action(training, self.tr("S&top"), window.session.stop, "F7", None, "stopAction")
        training.addSeparator()
        action(training, self.tr("&Tutorial preset"), lambda: window.training_panel.choose_preset("tutorial"), None, None, "tutorialPresetAction")
        action(training, self.tr("&Fast preset"), lambda: window.training_panel.choose_preset("fast"), None, None, "fastPresetAction")
        action(training, self.tr("&Robust preset"), lambda: window.training_panel.choose_preset("robust"), None, None, "robustPresetAction")

        pad = window.menuBar().addMenu(self.tr("&Pad"))
        action(pad, self.tr("&Clear"), window.clear_pad, "Esc", None, "clearAction")
        action(pad, self.tr("&Undo stroke"), window.drawing_pad.undo, QKeySequence.StandardKey.Undo, None, "undoAction")
        action(pad, self.tr("&Random MNIST digit"), window.load_random_digit, "Ctrl+R", None, "randomDigitAction")

        self.view_menu = window.menuBar().addMenu(self.tr("&View"))
        # every view, area by area, with Ctrl+1 … Ctrl+9, Ctrl+0
        number = 0
        for area_title, views in window.tabs.areas():
            for view in views:
                number += 1
                title = window.tabs.view_title(view)
                text = title if len(views) == 1 else f"{area_title} › {title}"
                shortcut = f"Ctrl+{number % 10}" if number <= 10 else None
                action(self.view_menu, text, lambda checked=False, view=view: window.tabs.show_view(view), shortcut, None, f"showView_{view.objectName()}")
            self.view_menu.addSeparator()
        action(self.view_menu, self.tr("&Hidden node inspector"), lambda: window.tabs.show_view(window.neuron_inspector), "Ctrl+I", None, "inspectorAction")
        language_menu = self.view_menu.addMenu(self.tr("&Language"))
        language_menu.setObjectName("languageMenu")
        current = current_language()  # the language in use (--lang, the menu's last choice or the system's)
        for code, name in LANGUAGES.items():
            act = action(language_menu, name, lambda checked=False, code=code: window.switch_language(code), None, None, f"language_{code}")
            act.setCheckable(True)
            act.setChecked(code == current)
        help_menu = window.menuBar().addMenu(self.tr("&Help"))
        action(help_menu, self.tr("&How to use"), window.show_how_to_use, QKeySequence.StandardKey.HelpContents, None, "howToUseAction")
        action(help_menu, self.tr("&Tour"), window.show_tour, None, self.tr("A short tour of the window, one control at a time"), "tourAction")
        action(help_menu, self.tr("&About DigitLab"), window.show_about, None, None, "aboutAction")
