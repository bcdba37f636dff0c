"""The menu bar: every shortcut lives on an action, so it shows in its menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.widgets.i18n import LANGUAGES


class AppMenus(QObject):
    """File, Run, View (with Language) and Help, wired to the window's callbacks."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        run: Callable[[], None],
        cancel_all: Callable[[], None],
        clear_log: Callable[[], None],
        save_log: Callable[[], None],
        set_language: Callable[[str], None],
        show_help: Callable[[], None],
        show_about: Callable[[], None],
    ) -> None:
        super().__init__(window)
        bar = window.menuBar()
        self.file_menu = QMenu(bar)
        self.run_menu = QMenu(bar)
        self.view_menu = QMenu(bar)
        self.language_menu = QMenu(self.view_menu)
        self.help_menu = QMenu(bar)
        for menu in (self.file_menu, self.run_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)

        def action(menu: QMenu, name: str, slot: Callable[[], None], keys: str = "") -> QAction:
            act = QAction(window)
            act.setObjectName(name)
            if keys:
                act.setShortcut(QKeySequence(keys))
            act.triggered.connect(lambda _=False: slot())
            menu.addAction(act)
            return act

        self.save_log = action(self.file_menu, "actionSaveLog", save_log, "Ctrl+S")
        self.file_menu.addSeparator()
        self.quit = action(self.file_menu, "actionQuit", window.close, "Ctrl+Q")
        self.run = action(self.run_menu, "actionRun", run, "Ctrl+R")
        self.cancel_all = action(self.run_menu, "actionCancelAll", cancel_all, "Ctrl+.")
        self.clear_log = action(self.view_menu, "actionClearLog", clear_log, "Ctrl+L")
        self.view_menu.addSeparator()
        self.view_menu.addMenu(self.language_menu)
        self.languages = QActionGroup(self)
        self.languages.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            act = QAction(name, window)
            act.setObjectName(f"actionLanguage_{code}")
            act.setCheckable(True)
            act.triggered.connect(lambda _=False, c=code: set_language(c))
            self.languages.addAction(act)
            self.language_menu.addAction(act)
            self.language_actions[code] = act
        self.help = action(self.help_menu, "actionHelp", show_help, "F1")
        self.about = action(self.help_menu, "actionAbout", show_about)
        self.retranslate()

    def check_language(self, code: str) -> None:
        """Tick the language in use."""
        if act := self.language_actions.get(code):
            act.setChecked(True)

    def retranslate(self) -> None:
        """Menu titles and action texts in the current language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.run_menu.setTitle(self.tr("&Run"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.save_log.setText(self.tr("&Save log…"))
        self.quit.setText(self.tr("&Quit"))
        self.run.setText(self.tr("&Handle click event"))
        self.cancel_all.setText(self.tr("&Cancel all jobs"))
        self.clear_log.setText(self.tr("C&lear log"))
        self.help.setText(self.tr("Concurrency Lab &help"))
        self.about.setText(self.tr("&About Concurrency Lab"))
