"""The main window: composes the toolbar, the meter, the lab tabs, the log dock, the counters.

It owns no work: every click goes to the :class:`~app.workers.runner.Runner`, which the
window creates unless one is injected (tests inject their own). It paints first and
builds the labs right after, one per event-loop turn.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from app.widgets import code_pane, settings
from app.widgets.help_dialog import HelpDialog
from app.widgets.i18n import Translations, has_cjk_font
from app.widgets.labs import LAB_MODULES, LabFactory, lab_factories
from app.widgets.lag_meter import LagMeter
from app.widgets.log_pane import LogPane
from app.widgets.menus import AppMenus
from app.widgets.run_panel import RunPanel
from app.widgets.run_toolbar import RunToolbar
from app.widgets.status_counters import StatusCounters
from app.workers.gui_gc import GuiThreadCollector
from app.workers.heartbeat import Heartbeat
from app.workers.log_channel import LogChannel
from app.workers.preload import Preloader
from app.workers.responsiveness import Responsiveness
from app.workers.runner import Runner
from app.workers.timeline import TimelineRecorder
from app.workers.workloads import WORKLOAD_KEYS, resolve

TYPE_CHECKING = False
if TYPE_CHECKING:
    from app.workers.queue_controller import QueueController

log = logging.getLogger("app.ui")
APP_LOGGER = "app"


class MainWindow(QMainWindow):
    """One window: pick a mode and a workload, click, and watch the UI keep up (or not)."""

    firstPainted = Signal()
    """The window painted for the first time: heavy, optional parts may load now."""
    labsReady = Signal()
    """Every lab tab has been built."""

    def __init__(
        self,
        runner: Runner | None = None,
        parent: QWidget | None = None,
        *,
        translations: Translations | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.resize(1280, 860)
        self.settings = QSettings()
        self.translations = translations or Translations()
        self.heartbeat = Heartbeat(parent=self)
        self.collector = GuiThreadCollector(self.heartbeat.frame)
        self.collector.start()
        self.runner = runner or Runner(self, frame=self.heartbeat.frame)
        self.runner.refused.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.recorder = TimelineRecorder()
        self.queue_controller: QueueController | None = None
        logging.getLogger(APP_LOGGER).setLevel(logging.INFO)
        self.log_channel = LogChannel()
        self.responsiveness = Responsiveness(self.heartbeat, parent=self)

        modes = {k: v for k, v in self.mode_labels().items() if k != "queue"}
        self.toolbar = RunToolbar(modes, self.workload_labels(), self)
        self.addToolBar(self.toolbar)
        self.mode_selector = self.toolbar.mode_selector
        self.workload_selector = self.toolbar.workload_selector
        self.duration_input = self.toolbar.duration_input
        self.run_button = self.toolbar.run_button
        self.run_button.clicked.connect(self.run_selected)

        self.run_panel = RunPanel(
            self.mode_labels, self.run_in, self.another_event, self.runner.cancel_all,
            self.heartbeat.frame, self,
        )
        self.runner.jobAdded.connect(self.run_panel.jobs_model.add)
        self.run_panel.mode_buttons["queue"].setEnabled(False)
        self.mode_selector.currentIndexChanged.connect(self._show_mode_guide)
        self.lab_tabs = QTabWidget(self)
        self.lab_tabs.setObjectName("labTabs")
        self.lab_tabs.addTab(self.run_panel, "")
        self.labs: dict[str, QWidget] = {}
        self._lab_titles: dict[str, Callable[[], str]] = {}
        self._pending_labs = lab_factories(
            self.runner, self.heartbeat, self.recorder, lambda: self.queue_controller)
        self.lag_meter = LagMeter(self.responsiveness, self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.lag_meter)
        column.addWidget(self.lab_tabs, 1)
        self.setCentralWidget(central)

        self.log_pane = LogPane(self.log_channel, self.heartbeat.ticked, APP_LOGGER, self)
        self.log_dock = QDockWidget(self)
        self.log_dock.setObjectName("logDock")
        self.log_dock.setWidget(self.log_pane)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_dock)
        self.help_dialog: HelpDialog | None = None
        self.menus = AppMenus(
            self,
            run=self.run_selected,
            cancel_all=self.runner.cancel_all,
            clear_log=self.log_pane.clear,
            save_log=self.log_pane.ask_and_save,
            set_language=self.set_language,
            show_help=self.show_help,
            show_about=self.show_about,
        )
        self.menus.check_language(self.translations.language)

        self.counters = StatusCounters(self.runner, self.heartbeat.frame, self)
        self.statusBar().addPermanentWidget(self.counters)
        self.preloader = Preloader([*LAB_MODULES, "pygments.lexers.python"], self)
        self.preloader.loaded.connect(self._build_next_lab)
        self.firstPainted.connect(self.preloader.start)
        self.firstPainted.connect(self.counters.start)
        self.firstPainted.connect(self.run_panel.guide.attach_code)
        self._painted = False
        self._closed = False
        self._told_about_fonts = False
        self.installEventFilter(self)
        self._restore_settings()
        self.retranslate()
        self.responsiveness.start()

    # --- texts -----------------------------------------------------------------------
    def mode_labels(self) -> dict[str, str]:
        """Execution modes as the selector and the buttons name them."""
        return {
            "inline": self.tr("Inline"),
            "thread": self.tr("threading.Thread"),
            "qthread": self.tr("QThread"),
            "process": self.tr("multiprocessing.Process"),
            "thread_pool": self.tr("Thread pool"),
            "process_pool": self.tr("Process pool"),
            "queue": self.tr("Queue (producer/consumer)"),
        }

    def workload_labels(self) -> dict[str, str]:
        """Workloads as the selector names them."""
        return {
            "io": self.tr("Simulated IO (sleeps)"),
            "cpu": self.tr("CPU-bound Python"),
            "http": self.tr("HTTP requests (embedded site)"),
        }

    def retranslate(self) -> None:
        """Set the window's own texts (again, after a language switch)."""
        self.setWindowTitle(self.tr("Concurrency Lab"))
        self.log_dock.setWindowTitle(self.tr("Log"))
        self.lab_tabs.setTabText(0, self.tr("Execution modes"))
        for key, panel in self.labs.items():
            self.lab_tabs.setTabText(self.lab_tabs.indexOf(panel), self._lab_titles[key]())
        modes, workloads = self.mode_labels(), self.workload_labels()
        for i in range(self.mode_selector.count()):
            self.mode_selector.setItemText(i, modes[self.mode_selector.itemData(i)])
        for i in range(self.workload_selector.count()):
            self.workload_selector.setItemText(i, workloads[self.workload_selector.itemData(i)])
        self.toolbar.retranslate()
        self.menus.retranslate()
        self._show_mode_guide()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """Switch every text to ``language`` now, and remember the choice."""
        if not self.translations.apply(language):
            self.statusBar().showMessage(
                self.tr("That language is not available; staying with English."), 8000)
        self.settings.setValue(settings.LANGUAGE, self.translations.language)
        self.menus.check_language(self.translations.language)
        self._check_fonts()

    def _check_fonts(self) -> None:
        if self.translations.language == "zh_CN" and not has_cjk_font() and (
                not self._told_about_fonts):
            self._told_about_fonts = True
            text = self.tr("No Chinese font is installed, so Chinese text may show as boxes. "
                           "On Debian or Ubuntu: sudo apt install fonts-noto-cjk")
            log.warning(text)
            self.statusBar().showMessage(text, 15000)

    def _show_mode_guide(self) -> None:
        mode = self.mode_selector.currentData()
        if mode in self.mode_labels():
            self.run_panel.guide.show_mode(mode, self.mode_selector.currentText())

    # --- start-up --------------------------------------------------------------------
    def labs_ready(self) -> bool:
        """True once every lab tab exists."""
        return not self._pending_labs

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Notice the first paint, once."""
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)
            self.firstPainted.emit()
            self._check_fonts()
        return super().eventFilter(watched, event)

    def _build_next_lab(self) -> None:
        if self._closed:
            return
        if self.lag_meter.chart is None:
            self.lag_meter.attach_chart()
            code_pane.enable_highlighting()
            self._enable_queue_mode()
        elif self._pending_labs:
            key, title, factory = self._pending_labs.pop(0)
            self._add_lab(key, title, factory)
        if self._pending_labs:
            QTimer.singleShot(0, self._build_next_lab)
        else:
            self.labsReady.emit()

    def _enable_queue_mode(self) -> None:
        """The queue mode arrives with its lab's engine, after the first paint."""
        from app.workers.modes.queued import QueueDispatcher
        from app.workers.queue_controller import QueueController

        controller = self.queue_controller = QueueController(parent=self)
        self.runner.add_mode(lambda sink, board: QueueDispatcher(sink, board, controller))
        self.mode_selector.addItem(self.mode_labels()["queue"], "queue")
        self.run_panel.mode_buttons["queue"].setEnabled(True)
        if self._saved_mode == "queue":
            self.toolbar.select(self.mode_selector, "queue")

    def _add_lab(self, key: str, title: Callable[[], str], factory: LabFactory) -> None:
        panel = factory(self.lab_tabs)
        self.labs[key] = panel
        self._lab_titles[key] = title
        self.lab_tabs.addTab(panel, title())

    # --- actions ---------------------------------------------------------------------
    def run_selected(self) -> None:
        """*Handle click event*: run the workload in the mode picked in the toolbar."""
        self.run_in(self.mode_selector.currentData())

    def run_in(self, mode: str) -> None:
        """Run the current workload in ``mode``; the runner returns at once (but inline)."""
        workload = self.workload_selector.currentData()
        task, kwargs = resolve(workload, self.duration_input.value())
        self.runner.submit(task, mode, kwargs, workload=workload)

    def another_event(self) -> None:
        """Proof of life: this only runs when the event loop is free."""
        log.info(self.tr("another event happened"))

    def show_about(self) -> None:
        """Open the About box."""
        from app.widgets.about import show_about

        show_about(self)

    def show_help(self) -> None:
        """Open (or raise) the help window."""
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.raise_()

    # --- settings and closing --------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        self._saved_mode = settings.read_str(s, settings.MODE, "inline")
        self.toolbar.select(self.mode_selector, self._saved_mode)
        workload = settings.read_str(s, settings.WORKLOAD, "io")
        self.toolbar.select(self.workload_selector,
                            workload if workload in WORKLOAD_KEYS else "io")
        self.duration_input.setValue(settings.read_float(s, settings.DURATION, 2.0))
        if geometry := settings.read_bytes(s, settings.GEOMETRY):
            self.restoreGeometry(geometry)
        if state := settings.read_bytes(s, settings.STATE):
            self.restoreState(state)

    def save_settings(self) -> None:
        """Remember the choices, the geometry and the dock layout."""
        s = self.settings
        s.setValue(settings.MODE, self.mode_selector.currentData())
        s.setValue(settings.WORKLOAD, self.workload_selector.currentData())
        s.setValue(settings.DURATION, self.duration_input.value())
        s.setValue(settings.LANGUAGE, self.translations.language)
        s.setValue(settings.GEOMETRY, self.saveGeometry())
        s.setValue(settings.STATE, self.saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Cancel and join everything before the window goes (idempotent)."""
        if not self._closed:
            self._closed = True
            self.runner.cancel_all()
            self.save_settings()
            self.responsiveness.stop()
            self.counters.stop()
            for panel in self.labs.values():
                panel.shutdown()  # type: ignore[attr-defined]
            self.runner.close()
            self.preloader.join()
            self.log_pane.stop()
            if self.help_dialog is not None:
                self.help_dialog.close()
            from app.workers.local_site import stop_shared_site

            stop_shared_site()
            self.collector.stop()
        super().closeEvent(event)
