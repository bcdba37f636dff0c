"""The GIL lab: run the same work sequentially, in threads and in processes, and compare.

The panel only shows and asks: a :class:`GilController` runs everything off the GUI
thread and sends back one :class:`GilResult` per run.
"""

from __future__ import annotations

import math
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.widgets.code_pane import CodePane
from app.widgets.gil_chart import SpeedupChart
from app.workers.gil_code import GIL_CODE
from app.workers.gil_controller import MAX_SWITCH_MS, MIN_SWITCH_MS, GilController
from app.workers.gil_engine import (
    STRATEGIES,
    WORKLOADS,
    cores,
    max_workers,
    unavailable_reason,
)
from app.workers.gil_results import GilResult, write_csv
from app.workers.outcome import ErrorInfo

SLIDER_STEPS_PER_MS = 10
LIVE_LAG_MS = 250


class GilPanel(QWidget):
    """Settings, run buttons, results table, speed-up chart, switch interval, explanation.

    ``controller`` may be injected (tests); the panel takes ownership either way and
    shuts it down in :meth:`shutdown`.
    """

    def __init__(self, parent: QWidget | None = None, controller: GilController | None = None):
        super().__init__(parent)
        self.setObjectName("gilPanel")
        self.controller = controller or GilController(parent=self)
        self._results: list[GilResult] = []
        self._warmed = False
        self._closed = False
        self._labels = self._display_labels()
        self._live = QTimer(self)
        self._live.setInterval(LIVE_LAG_MS)
        self._live.timeout.connect(self._show_live_lag)
        self._build()
        self._connect()

    # --- public -----------------------------------------------------------------------

    def results(self) -> list[GilResult]:
        """Every result shown in the table, oldest first."""
        return list(self._results)

    def export_csv(self, path: str | Path) -> None:
        """Write the results to ``path`` (see :func:`app.workers.gil_results.write_csv`)."""
        write_csv(self._results, path)
        self.status.setText(self.tr("Exported %n result(s).", "", len(self._results)))

    def shutdown(self) -> None:
        """Stop every run, the pool and the timers; restore the switch interval."""
        if self._closed:
            return
        self._closed = True
        self._live.stop()
        self.controller.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the panel stops its work: nothing may outlive the window."""
        self.shutdown()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Warm the process pool the first time the lab is seen, in the background."""
        super().showEvent(event)
        if not self._warmed and not self._closed:
            self._warmed = True
            self.controller.warm_up()

    # --- building ---------------------------------------------------------------------

    def _display_labels(self) -> dict[str, str]:
        labels = {
            "sequential": self.tr("sequential"),
            "threads": self.tr("N threads"),
            "processes": self.tr("N processes (warm pool)"),
            "free_threads": self.tr("N free-threaded threads"),
            "interpreters": self.tr("InterpreterPoolExecutor"),
            "cpu": self.tr("CPU-bound pure Python"),
            "io": self.tr("IO-bound (sleep)"),
        }
        for key, kind in WORKLOADS.items():
            labels.setdefault(key, QCoreApplication.translate("GilEngine", kind.label))
        return labels

    def _reason_text(self, reason: str) -> str:
        texts = {
            "no_free_threading": self.tr(
                "this Python has no free-threaded build (needs 3.13t or later)"
            ),
            "gil_enabled": self.tr("the GIL is enabled in this Python"),
            "needs_314": self.tr("InterpreterPoolExecutor needs Python 3.14 or later"),
            "no_interpreters": self.tr("this Python was built without sub-interpreters"),
        }
        return texts.get(reason, reason)

    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self._build_settings())
        buttons = QHBoxLayout()
        self.run_button = self._button("gilRun", self.tr("Run"), buttons)
        self.run_all_button = self._button("gilRunAll", self.tr("Run all"), buttons)
        left.addLayout(buttons)
        more = QHBoxLayout()
        self.export_button = self._button("gilExport", self.tr("Export CSV…"), more)
        self.clear_button = self._button("gilClear", self.tr("Clear"), more)
        left.addLayout(more)
        left.addWidget(self._build_switch_interval())
        self.live_lag = QLabel(self.tr("UI lag now: idle"))
        self.live_lag.setObjectName("gilLiveLag")
        left.addWidget(self.live_lag)
        self.status = QLabel()
        self.status.setObjectName("gilStatus")
        self.status.setWordWrap(True)
        left.addWidget(self.status)
        left.addWidget(self._build_explanation(), 1)

        self.table = QTableWidget(0, 7)
        self.table.setObjectName("gilResults")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("workload"),
                self.tr("strategy"),
                self.tr("workers"),
                self.tr("wall (s)"),
                self.tr("CPU (s)"),
                self.tr("speed-up"),
                self.tr("UI p99 lag (ms)"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.chart = SpeedupChart(max_workers(), cores())
        self.code = CodePane(GIL_CODE, name="gilCode", parent=self)
        right = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.table, self.chart, self.code):
            right.addWidget(widget)

        controls = QWidget()
        controls.setLayout(left)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(controls)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(split)

    def _button(self, name: str, text: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        row.addWidget(button)
        return button

    def _build_settings(self) -> QGroupBox:
        box = QGroupBox(self.tr("Settings"))
        form = QFormLayout(box)
        self.workload = QComboBox()
        self.workload.setObjectName("gilWorkload")
        for key in WORKLOADS:
            self.workload.addItem(self._labels[key], key)
        form.addRow(self.tr("Workload"), self.workload)
        self.workers = QSpinBox()
        self.workers.setObjectName("gilWorkers")
        self.workers.setRange(1, max_workers())
        self.workers.setValue(min(2, max_workers()))
        form.addRow(self.tr("Workers"), self.workers)
        self.seconds = QDoubleSpinBox()
        self.seconds.setObjectName("gilJobSeconds")
        self.seconds.setRange(0.1, 10.0)
        self.seconds.setSingleStep(0.5)
        self.seconds.setValue(1.0)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setToolTip(self.tr("How long the job takes sequentially"))
        form.addRow(self.tr("Job size"), self.seconds)
        self.strategy = QComboBox()
        self.strategy.setObjectName("gilStrategy")
        model = self.strategy.model()
        for key in STRATEGIES:
            reason = unavailable_reason(key)
            if reason is None:
                self.strategy.addItem(self._labels[key], key)
                continue
            why = self._reason_text(reason)
            self.strategy.addItem(self.tr("%1 (unavailable)").replace("%1", self._labels[key]), key)
            index = self.strategy.count() - 1
            self.strategy.setItemData(index, why, Qt.ItemDataRole.ToolTipRole)
            model.item(index).setEnabled(False)  # type: ignore[attr-defined]
        self.strategy.setCurrentIndex(self.strategy.findData("threads"))
        form.addRow(self.tr("Strategy"), self.strategy)
        self.unavailable_label = QLabel(self._unavailable_text())
        self.unavailable_label.setObjectName("gilUnavailable")
        self.unavailable_label.setWordWrap(True)
        form.addRow(self.unavailable_label)
        return box

    def _unavailable_text(self) -> str:
        lines = [
            self.tr("%1: unavailable, %2")
            .replace("%1", self._labels[key])
            .replace("%2", self._reason_text(reason))
            for key in STRATEGIES
            if (reason := unavailable_reason(key)) is not None
        ]
        return "\n".join(lines)

    def _build_switch_interval(self) -> QGroupBox:
        box = QGroupBox(self.tr("Switch interval (sys.setswitchinterval)"))
        row = QHBoxLayout(box)
        self.switch_slider = QSlider(Qt.Orientation.Horizontal)
        self.switch_slider.setObjectName("switchInterval")
        self.switch_slider.setRange(
            round(MIN_SWITCH_MS * SLIDER_STEPS_PER_MS), round(MAX_SWITCH_MS * SLIDER_STEPS_PER_MS)
        )
        self.switch_slider.setValue(round(sys.getswitchinterval() * 1000 * SLIDER_STEPS_PER_MS))
        self.switch_slider.setToolTip(
            self.tr(
                "How long a thread may hold the GIL before another thread waiting for it "
                "gets a turn. Shorter: the window answers sooner while a CPU-bound thread runs."
            )
        )
        self.switch_label = QLabel()
        self.switch_label.setObjectName("switchIntervalLabel")
        self._show_switch_interval(sys.getswitchinterval() * 1000)
        row.addWidget(self.switch_slider, 1)
        row.addWidget(self.switch_label)
        return box

    def _build_explanation(self) -> QLabel:
        text = self.tr(
            "<p>CPython has one lock per interpreter, the GIL: only the thread holding it "
            "runs Python code. Threads doing pure-Python arithmetic take turns (every switch "
            "interval) instead of running together, so N threads take as long as one, and "
            "the window waits its turn too.</p>"
            "<p>Waiting (sleep, network, disk) releases the GIL, so threads do speed up "
            "IO-bound work. Each process has its own interpreter and its own GIL, so "
            "processes spread CPU-bound work over the cores, at the price of starting them "
            "and copying data between them.</p>"
            "<p><b>进程是资源分配的基本单位,线程是资源调度的基本单位</b>: the process is the "
            "unit of resource allocation (memory, its interpreter, its GIL); the thread is "
            "the unit of scheduling, sharing its process's memory and GIL.</p>"
        )
        label = QLabel(text)
        label.setObjectName("gilExplanation")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        return label

    def _connect(self) -> None:
        self.run_button.clicked.connect(self._on_run)
        self.run_all_button.clicked.connect(self._on_run_all)
        self.export_button.clicked.connect(self._on_export)
        self.clear_button.clicked.connect(self._on_clear)
        self.switch_slider.valueChanged.connect(self._on_switch_slider)
        c = self.controller
        c.resultReady.connect(self._on_result)
        c.runStarted.connect(self._on_run_started)
        c.unavailable.connect(self._on_unavailable)
        c.failed.connect(self._on_failed)
        c.busyChanged.connect(self._on_busy)
        c.poolReady.connect(self._on_pool_ready)

    # --- slots ------------------------------------------------------------------------

    def _on_run(self) -> None:
        self.controller.run(
            self.workload.currentData(),
            self.strategy.currentData(),
            self.workers.value(),
            self.seconds.value(),
        )

    def _on_run_all(self) -> None:
        self.controller.run_all(self.workload.currentData(), self.seconds.value())

    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export results"), "gil-results.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(path)

    def _on_clear(self) -> None:
        self._results.clear()
        self.table.setRowCount(0)
        self.chart.show_results(self._results, self._labels)

    def _on_switch_slider(self, steps: int) -> None:
        self._show_switch_interval(
            self.controller.set_switch_interval_ms(steps / SLIDER_STEPS_PER_MS)
        )

    def _show_switch_interval(self, ms: float) -> None:
        self.switch_label.setText(self.tr("%1 ms").replace("%1", f"{ms:.1f}"))

    def _on_result(self, result: GilResult) -> None:
        self._results.append(result)
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = [
            self._labels.get(result.workload, result.workload),
            self._labels.get(result.strategy, result.strategy),
            str(result.workers),
            _fmt(result.wall_s, 3),
            _fmt(result.cpu_s, 2),
            _fmt(result.speedup, 2, "×"),
            _fmt(result.ui_p99_ms, 1),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        self.table.scrollToBottom()
        if not self.controller.is_busy():
            self.chart.show_results(self._results, self._labels)

    def _on_run_started(self, strategy: str, workers: int) -> None:
        self.status.setText(
            self.tr("Running %1 with %2 worker(s)…")
            .replace("%1", self._labels.get(strategy, strategy))
            .replace("%2", str(workers))
        )

    def _on_unavailable(self, strategy: str, reason: str) -> None:
        self.status.setText(
            self.tr("%1 is unavailable: %2")
            .replace("%1", self._labels.get(strategy, strategy))
            .replace("%2", self._reason_text(reason))
        )

    def _on_failed(self, error: ErrorInfo) -> None:
        self.status.setText(self.tr("The run failed: %1").replace("%1", str(error)))

    def _on_busy(self, busy: bool) -> None:
        if busy and not self._closed:
            self._live.start()
        else:
            self._live.stop()
            self.live_lag.setText(self.tr("UI lag now: idle"))
            # Redrawn only between runs: painting a plot costs the GUI thread GIL turns
            # and CPU that would disturb the very run being measured.
            self.chart.show_results(self._results, self._labels)
            if not self._closed:
                self.status.setText(self.tr("Done."))

    def _on_pool_ready(self) -> None:
        if not self.controller.is_busy():
            self.status.setText(self.tr("Ready: the process pool is warm."))

    def _show_live_lag(self) -> None:
        stats = self.controller.heartbeat.stats(since=time.perf_counter() - 1.0)
        self.live_lag.setText(
            self.tr("UI lag now: p50 %1 ms, p99 %2 ms")
            .replace("%1", f"{stats.p50:.1f}")
            .replace("%2", f"{stats.p99:.1f}")
        )


def _fmt(value: float, digits: int, suffix: str = "") -> str:
    return "–" if math.isnan(value) else f"{value:.{digits}f}{suffix}"
