"""Settings round-trip; shortcuts live on menu actions; About and Help open; CLI errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from app.main import parse_args
from app.widgets import settings
from app.widgets.about import about_html
from app.widgets.main_window import MainWindow


def make(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    return win


def test_settings_round_trip(qtbot):
    first = make(qtbot)
    first.mode_selector.setCurrentIndex(first.mode_selector.findData("process_pool"))
    first.workload_selector.setCurrentIndex(first.workload_selector.findData("cpu"))
    first.duration_input.setValue(7.5)
    first.show()
    first.removeDockWidget(first.log_dock)
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.log_dock)
    first.log_dock.show()
    geometry = first.saveGeometry()
    first.close()
    second = make(qtbot)
    assert second.mode_selector.currentData() == "process_pool"
    assert second.workload_selector.currentData() == "cpu"
    assert second.duration_input.value() == 7.5
    assert settings.read_bytes(QSettings(), settings.GEOMETRY) == geometry
    assert second.dockWidgetArea(second.log_dock) == Qt.DockWidgetArea.RightDockWidgetArea


@pytest.mark.parametrize("name, keys", [
    ("actionRun", "Ctrl+R"), ("actionCancelAll", "Ctrl+."), ("actionClearLog", "Ctrl+L"),
    ("actionHelp", "F1"),
])
def test_each_shortcut_is_an_action_in_a_menu(qtbot, name, keys):
    win = make(qtbot)
    action = win.findChild(QAction, name)
    assert action.shortcut() == QKeySequence(keys)
    menus = [m for m in win.menuBar().findChildren(QMenu) if action in m.actions()]
    assert menus, f"{name} is in no menu"


def test_shortcut_actions_do_their_work(qtbot):
    win = make(qtbot)
    win.duration_input.setValue(0.1)
    win.mode_selector.setCurrentIndex(win.mode_selector.findData("thread"))
    win.findChild(QAction, "actionRun").trigger()
    (job,) = win.run_panel.jobs_model.jobs()
    qtbot.waitUntil(lambda: job.state.is_final)
    win.another_event()
    qtbot.waitUntil(lambda: "another event" in win.log_pane.text())
    win.findChild(QAction, "actionClearLog").trigger()
    assert win.log_pane.text() == ""
    win.findChild(QAction, "actionHelp").trigger()
    assert win.help_dialog is not None and win.help_dialog.isVisible()
    assert "Ctrl+R" in win.help_dialog.browser.toPlainText()


def test_about_names_versions_start_method_and_gil():
    import PySide6

    html = about_html()
    assert PySide6.__version__ in html
    assert "spawn" in html
    assert "GIL" in html


def test_bad_command_line_is_a_usage_message(capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--lang", "klingon"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_without_a_display_the_app_says_so_instead_of_crashing(monkeypatch, capsys):
    from app.main import main

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main([]) == 2
    assert "no display found" in capsys.readouterr().err
