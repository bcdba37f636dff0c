"""The main window: composes the toolbar, the meter, the lab tabs, the log dock, the counters.

It owns no work: every click goes to the :class:`~app.workers.runner.Runner`, which the
window creates unless one is injected (tests inject their own).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.widgets.lag_meter import LagMeter
from app.widgets.log_pane import LogPane
from app.widgets.run_panel import RunPanel
from app.widgets.status_counters import StatusCounters
from app.workers.heartbeat import Heartbeat
from app.workers.log_channel import LogChannel
from app.workers.preload import Preloader
from app.workers.responsiveness import Responsiveness
from app.workers.runner import Runner
from app.workers.workloads import WORKLOADS

log = logging.getLogger("app.ui")
APP_LOGGER = "app"


class MainWindow(QMainWindow):
    """One window: pick a mode and a workload, click, and watch the UI keep up (or not)."""

    firstPainted = Signal()
    """The window painted for the first time: heavy, optional parts may load now."""

    def __init__(self, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Concurrency Lab"))
        self.resize(1100, 760)
        self.heartbeat = Heartbeat(parent=self)
        self.runner = runner or Runner(self, frame=self.heartbeat.frame)
        self.runner.refused.connect(lambda text: self.statusBar().showMessage(text, 6000))
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
        }

        self.log_channel = LogChannel()
        logging.getLogger(APP_LOGGER).setLevel(logging.INFO)

        self.responsiveness = Responsiveness(self.heartbeat, parent=self)
        self._build_toolbar()
        self.run_panel = RunPanel(
            self.mode_labels, self.run_in, self.another_event, self.runner.cancel_all,
            self.heartbeat.frame, self,
        )
        self.runner.jobAdded.connect(self.run_panel.jobs_model.add)
        self.lab_tabs = QTabWidget(self)
        self.lab_tabs.setObjectName("labTabs")
        self.lab_tabs.addTab(self.run_panel, self.tr("Execution modes"))
        self.lag_meter = LagMeter(self.responsiveness, self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.lag_meter)
        column.addWidget(self.lab_tabs, 1)
        self.setCentralWidget(central)

        self.log_pane = LogPane(self.log_channel, self.heartbeat.frame, APP_LOGGER, self)
        dock = QDockWidget(self.tr("Log"), self)
        dock.setObjectName("logDock")
        dock.setWidget(self.log_pane)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)

        self.counters = StatusCounters(self.runner, self.heartbeat.frame, self)
        self.statusBar().addPermanentWidget(self.counters)
        self.preloader = Preloader(["numpy", "pyqtgraph"], self)
        self.preloader.loaded.connect(self.lag_meter.attach_chart)
        self.firstPainted.connect(self.preloader.start)
        self._painted = False
        self.installEventFilter(self)
        self.responsiveness.start()
        self._closed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Notice the first paint, once."""
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)
            self.firstPainted.emit()
        return super().eventFilter(watched, event)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Run"), self)
        bar.setObjectName("runToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)

        self.mode_selector = QComboBox(bar)
        self.mode_selector.setObjectName("modeSelector")
        for mode, label in self.mode_labels.items():
            self.mode_selector.addItem(label, mode)
        self.workload_selector = QComboBox(bar)
        self.workload_selector.setObjectName("workloadSelector")
        for key, label in self.workload_labels.items():
            self.workload_selector.addItem(label, key)
        self.duration_input = QDoubleSpinBox(bar)
        self.duration_input.setObjectName("durationInput")
        self.duration_input.setRange(0.1, 60.0)
        self.duration_input.setDecimals(1)
        self.duration_input.setSingleStep(0.5)
        self.duration_input.setValue(2.0)
        self.duration_input.setSuffix(self.tr(" s"))
        self.duration_input.setToolTip(self.tr("How long each job runs: 0.1 to 60 seconds."))
        self.run_button = QPushButton(self.tr("Handle click event"), bar)
        self.run_button.setObjectName("runButton")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_selected)

        for label, widget in ((self.tr("Mode"), self.mode_selector),
                              (self.tr("Workload"), self.workload_selector),
                              (self.tr("Duration"), self.duration_input)):
            bar.addWidget(QLabel(f" {label} ", bar))
            bar.addWidget(widget)
        bar.addSeparator()
        bar.addWidget(self.run_button)

    def run_selected(self) -> None:
        """*Handle click event*: run the workload in the mode picked in the toolbar."""
        self.run_in(self.mode_selector.currentData())

    def run_in(self, mode: str) -> None:
        """Run the current workload in ``mode``; the runner returns at once (but inline)."""
        workload = self.workload_selector.currentData()
        self.runner.submit(
            WORKLOADS[workload],
            mode,
            {"duration": self.duration_input.value()},
            workload=workload,
        )

    def another_event(self) -> None:
        """Proof of life: this only runs when the event loop is free."""
        log.info(self.tr("another event happened"))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Cancel and join everything before the window goes (idempotent)."""
        if not self._closed:
            self._closed = True
            self.responsiveness.stop()
            self.counters.stop()
            self.runner.close()
            self.preloader.join()
            self.log_pane.stop()
        super().closeEvent(event)
