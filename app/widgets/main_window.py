"""The main window: composes the toolbar, the meter, the lab tabs, the log dock, the counters.

It owns no work: every click goes to the :class:`~app.workers.runner.Runner`, which the
window creates unless one is injected (tests inject their own). It paints first and
builds the labs right after, one per event-loop turn.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from app.widgets.labs import LAB_MODULES, LabFactory, lab_factories
from app.widgets.lag_meter import LagMeter
from app.widgets.log_pane import LogPane
from app.widgets.run_panel import RunPanel
from app.widgets.run_toolbar import RunToolbar
from app.widgets.status_counters import StatusCounters
from app.workers.heartbeat import Heartbeat
from app.workers.log_channel import LogChannel
from app.workers.preload import Preloader
from app.workers.responsiveness import Responsiveness
from app.workers.runner import Runner
from app.workers.timeline import TimelineRecorder
from app.workers.workloads import resolve

log = logging.getLogger("app.ui")
APP_LOGGER = "app"


class MainWindow(QMainWindow):
    """One window: pick a mode and a workload, click, and watch the UI keep up (or not)."""

    firstPainted = Signal()
    """The window painted for the first time: heavy, optional parts may load now."""
    labsReady = Signal()
    """Every lab tab has been built."""

    def __init__(self, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.resize(1180, 800)
        self.heartbeat = Heartbeat(parent=self)
        self.runner = runner or Runner(self, frame=self.heartbeat.frame)
        self.runner.refused.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.recorder = TimelineRecorder()
        self.mode_labels = {
            "inline": self.tr("Inline"),
            "thread": self.tr("threading.Thread"),
            "qthread": self.tr("QThread"),
            "process": self.tr("multiprocessing.Process"),
            "thread_pool": self.tr("Thread pool"),
            "process_pool": self.tr("Process pool"),
        }
        self.workload_labels = {
            "io": self.tr("Simulated IO (sleeps)"),
            "cpu": self.tr("CPU-bound Python"),
            "http": self.tr("HTTP requests (embedded site)"),
        }
        logging.getLogger(APP_LOGGER).setLevel(logging.INFO)
        self.log_channel = LogChannel()
        self.responsiveness = Responsiveness(self.heartbeat, parent=self)

        self.toolbar = RunToolbar(self.mode_labels, self.workload_labels, self)
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
        self.lab_tabs = QTabWidget(self)
        self.lab_tabs.setObjectName("labTabs")
        self.lab_tabs.addTab(self.run_panel, self.tr("Execution modes"))
        self.labs: dict[str, QWidget] = {}
        self._pending_labs = lab_factories(self.runner, self.heartbeat, self.recorder)
        self.lag_meter = LagMeter(self.responsiveness, self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.lag_meter)
        column.addWidget(self.lab_tabs, 1)
        self.setCentralWidget(central)

        self.log_pane = LogPane(self.log_channel, self.heartbeat.frame, APP_LOGGER, self)
        self.log_dock = QDockWidget(self)
        self.log_dock.setObjectName("logDock")
        self.log_dock.setWidget(self.log_pane)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_dock)

        self.counters = StatusCounters(self.runner, self.heartbeat.frame, self)
        self.statusBar().addPermanentWidget(self.counters)
        self.preloader = Preloader(LAB_MODULES, self)
        self.preloader.loaded.connect(self._build_next_lab)
        self.firstPainted.connect(self.preloader.start)
        self._painted = False
        self._closed = False
        self.installEventFilter(self)
        self.responsiveness.start()
        self.retranslate()

    def retranslate(self) -> None:
        """Set the window's own texts (again, after a language switch)."""
        self.setWindowTitle(self.tr("Concurrency Lab"))
        self.log_dock.setWindowTitle(self.tr("Log"))

    def labs_ready(self) -> bool:
        """True once every lab tab exists."""
        return not self._pending_labs

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Notice the first paint, once."""
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)
            self.firstPainted.emit()
        return super().eventFilter(watched, event)

    def _build_next_lab(self) -> None:
        if self._closed:
            return
        if self.lag_meter.chart is None:
            self.lag_meter.attach_chart()
        elif self._pending_labs:
            key, title, factory = self._pending_labs.pop(0)
            self._add_lab(key, title, factory)
        if self._pending_labs:
            QTimer.singleShot(0, self._build_next_lab)
        else:
            self.labsReady.emit()

    def _add_lab(self, key: str, title: Callable[[], str], factory: LabFactory) -> None:
        panel = factory(self.lab_tabs)
        self.labs[key] = panel
        self.lab_tabs.addTab(panel, title())

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

    def closeEvent(self, event: QCloseEvent) -> None:
        """Cancel and join everything before the window goes (idempotent)."""
        if not self._closed:
            self._closed = True
            self.responsiveness.stop()
            self.counters.stop()
            for panel in self.labs.values():
                panel.shutdown()  # type: ignore[attr-defined]
            self.runner.close()
            self.preloader.join()
            self.log_pane.stop()
            from app.workers.local_site import stop_shared_site

            stop_shared_site()
        super().closeEvent(event)
