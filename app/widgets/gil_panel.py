"""The GIL lab: run the same work sequentially, in threads and in processes, and compare.

The panel only shows and asks: a :class:`GilController` runs everything off the GUI
thread and sends back one :class:`GilResult` per run.

Every text a person reads is set by :meth:`GilPanel.retranslate`, at the end of
construction and again on each language change; texts that depend on state (status,
live lag, table cells, chart legend) are recomputed from that state.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
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
    REASONS,
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
INTERPRETERS = "InterpreterPoolExecutor"
"""The sub-interpreter strategy's name: a class name, the same in every language."""


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
        self._labels: dict[str, str] = {}
        self._unavailable = {
            key: reason for key in STRATEGIES if (reason := unavailable_reason(key)) is not None
        }
        self._status_text: Callable[[], str] = lambda: ""
        self._switch_ms = sys.getswitchinterval() * 1000
        self._live_lag: tuple[float, float] | None = None
        self._live = QTimer(self)
        self._live.setInterval(LIVE_LAG_MS)
        self._live.timeout.connect(self._show_live_lag)
        self._build()
        self._connect()
        self.retranslate()

    # --- public -----------------------------------------------------------------------

    def results(self) -> list[GilResult]:
        """Every result shown in the table, oldest first."""
        return list(self._results)

    def export_csv(self, path: str | Path) -> None:
        """Write the results to ``path`` (see :func:`app.workers.gil_results.write_csv`)."""
        write_csv(self._results, path)
        count = len(self._results)
        self._set_status(lambda: self.tr("Exported %n result(s).", "", count))

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

    def changeEvent(self, event: QEvent) -> None:
        """Set every text again when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the visible texts (again, after a language switch) from the current state."""
        self._labels = self._display_labels()
        self.settings_box.setTitle(self.tr("Settings"))
        self.workload_caption.setText(self.tr("Workload"))
        self.workers_caption.setText(self.tr("Workers"))
        self.seconds_caption.setText(self.tr("Job size"))
        self.strategy_caption.setText(self.tr("Strategy"))
        for index in range(self.workload.count()):
            key = self.workload.itemData(index)
            self.workload.setItemText(index, self._labels.get(key, key))
        self._retranslate_strategies()
        self.unavailable_label.setText(self._unavailable_text())
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setToolTip(self.tr("How long the job takes sequentially"))
        self.run_button.setText(self.tr("Run"))
        self.run_all_button.setText(self.tr("Run all"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.clear_button.setText(self.tr("Clear"))
        self.switch_box.setTitle(self.tr("Switch interval (sys.setswitchinterval)"))
        self.switch_slider.setToolTip(
            self.tr(
                "How long a thread may hold the GIL before another thread waiting for it "
                "gets a turn. Shorter: the window answers sooner while a CPU-bound thread runs."
            )
        )
        self._show_switch_interval()
        self._show_live_lag_text()
        self.status.setText(self._status_text())
        self.explanation.setText(self._explanation())
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
        for row, result in enumerate(self._results):
            self._fill_row(row, result)
        self.chart.set_labels(self._labels)

    # --- texts ------------------------------------------------------------------------

    def _display_labels(self) -> dict[str, str]:
        """What a person reads for each strategy and workload key, in today's language."""
        labels = {
            "sequential": self.tr("sequential"),
            "threads": self.tr("N threads"),
            "processes": self.tr("N processes (warm pool)"),
            "free_threads": self.tr("N free-threaded threads"),
            "interpreters": INTERPRETERS,
            "cpu": self.tr("CPU-bound pure Python"),
            "io": self.tr("IO-bound (sleep)"),
            "http": self.tr("IO-bound (HTTP fetch)"),  # registered by the crawler lab
        }
        for key, kind in WORKLOADS.items():
            labels.setdefault(key, kind.label)  # a kind we do not know: its own words
        return labels

    def _reason_text(self, reason: str) -> str:
        texts = {
            "no_free_threading": self.tr(
                "this Python has no free-threaded build (needs 3.13t or later)"
            ),
            "gil_enabled": self.tr("the GIL is enabled in this Python"),
            "needs_314": self.tr("InterpreterPoolExecutor needs Python 3.14 or later"),
            "no_interpreters": self.tr("this Python was built without sub-interpreter support"),
        }
        return texts.get(reason) or REASONS.get(reason, reason)

    def _retranslate_strategies(self) -> None:
        for index in range(self.strategy.count()):
            key = self.strategy.itemData(index)
            label = self._labels.get(key, key)
            reason = self._unavailable.get(key)
            if reason is None:
                self.strategy.setItemText(index, label)
                continue
            self.strategy.setItemText(
                index, self.tr("{strategy} (unavailable)").format(strategy=label)
            )
            self.strategy.setItemData(
                index, self._reason_text(reason), Qt.ItemDataRole.ToolTipRole
            )

    def _unavailable_text(self) -> str:
        return "\n".join(
            self.tr("{strategy}: unavailable, {reason}").format(
                strategy=self._labels.get(key, key), reason=self._reason_text(reason)
            )
            for key, reason in self._unavailable.items()
        )

    def _explanation(self) -> str:
        return self.tr(
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

    def _set_status(self, text: Callable[[], str]) -> None:
        """Show ``text()`` as the status line, and again after each language switch."""
        self._status_text = text
        self.status.setText(text())

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self._build_settings())
        buttons = QHBoxLayout()
        self.run_button = self._button("gilRun", buttons)
        self.run_all_button = self._button("gilRunAll", buttons)
        left.addLayout(buttons)
        more = QHBoxLayout()
        self.export_button = self._button("gilExport", more)
        self.clear_button = self._button("gilClear", more)
        left.addLayout(more)
        left.addWidget(self._build_switch_interval())
        self.live_lag = QLabel()
        self.live_lag.setObjectName("gilLiveLag")
        left.addWidget(self.live_lag)
        self.status = QLabel()
        self.status.setObjectName("gilStatus")
        self.status.setWordWrap(True)
        left.addWidget(self.status)
        self.explanation = QLabel()
        self.explanation.setObjectName("gilExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop)
        left.addWidget(self.explanation, 1)

        self.table = QTableWidget(0, 7)
        self.table.setObjectName("gilResults")
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

    def _button(self, name: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        row.addWidget(button)
        return button

    def _caption(self, form: QFormLayout, field: QWidget) -> QLabel:
        caption = QLabel()
        caption.setBuddy(field)
        form.addRow(caption, field)
        return caption

    def _build_settings(self) -> QGroupBox:
        self.settings_box = QGroupBox()
        form = QFormLayout(self.settings_box)
        self.workload = QComboBox()
        self.workload.setObjectName("gilWorkload")
        for key in WORKLOADS:
            self.workload.addItem("", key)
        self.workload_caption = self._caption(form, self.workload)
        self.workers = QSpinBox()
        self.workers.setObjectName("gilWorkers")
        self.workers.setRange(1, max_workers())
        self.workers.setValue(min(2, max_workers()))
        self.workers_caption = self._caption(form, self.workers)
        self.seconds = QDoubleSpinBox()
        self.seconds.setObjectName("gilJobSeconds")
        self.seconds.setRange(0.1, 10.0)
        self.seconds.setSingleStep(0.5)
        self.seconds.setValue(1.0)
        self.seconds_caption = self._caption(form, self.seconds)
        self.strategy = QComboBox()
        self.strategy.setObjectName("gilStrategy")
        model = self.strategy.model()
        for key in STRATEGIES:
            self.strategy.addItem("", key)
            if key in self._unavailable:
                model.item(self.strategy.count() - 1).setEnabled(False)  # type: ignore[attr-defined]
        self.strategy.setCurrentIndex(self.strategy.findData("threads"))
        self.strategy_caption = self._caption(form, self.strategy)
        self.unavailable_label = QLabel()
        self.unavailable_label.setObjectName("gilUnavailable")
        self.unavailable_label.setWordWrap(True)
        form.addRow(self.unavailable_label)
        return self.settings_box

    def _build_switch_interval(self) -> QGroupBox:
        self.switch_box = QGroupBox()
        row = QHBoxLayout(self.switch_box)
        self.switch_slider = QSlider(Qt.Orientation.Horizontal)
        self.switch_slider.setObjectName("switchInterval")
        self.switch_slider.setRange(
            round(MIN_SWITCH_MS * SLIDER_STEPS_PER_MS), round(MAX_SWITCH_MS * SLIDER_STEPS_PER_MS)
        )
        self.switch_slider.setValue(round(self._switch_ms * SLIDER_STEPS_PER_MS))
        self.switch_label = QLabel()
        self.switch_label.setObjectName("switchIntervalLabel")
        row.addWidget(self.switch_slider, 1)
        row.addWidget(self.switch_label)
        return self.switch_box

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
        self._switch_ms = self.controller.set_switch_interval_ms(steps / SLIDER_STEPS_PER_MS)
        self._show_switch_interval()

    def _show_switch_interval(self) -> None:
        self.switch_label.setText(self.tr("{ms} ms").format(ms=f"{self._switch_ms:.1f}"))

    def _on_result(self, result: GilResult) -> None:
        self._results.append(result)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._fill_row(row, result)
        self.table.scrollToBottom()
        if not self.controller.is_busy():
            self.chart.show_results(self._results, self._labels)

    def _fill_row(self, row: int, result: GilResult) -> None:
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

    def _on_run_started(self, strategy: str, workers: int) -> None:
        self._set_status(
            lambda: self.tr("Running {strategy} with %n worker(s)…", "", workers).format(
                strategy=self._labels.get(strategy, strategy)
            )
        )

    def _on_unavailable(self, strategy: str, reason: str) -> None:
        self._set_status(
            lambda: self.tr("{strategy} is unavailable: {reason}").format(
                strategy=self._labels.get(strategy, strategy), reason=self._reason_text(reason)
            )
        )

    def _on_failed(self, error: ErrorInfo) -> None:
        message = str(error)  # the exception's own words: not ours to translate
        self._set_status(lambda: self.tr("The run failed: {error}").format(error=message))

    def _on_busy(self, busy: bool) -> None:
        if busy and not self._closed:
            self._live.start()
        else:
            self._live.stop()
            self._live_lag = None
            self._show_live_lag_text()
            # Redrawn only between runs: painting a plot costs the GUI thread GIL turns
            # and CPU that would disturb the very run being measured.
            self.chart.show_results(self._results, self._labels)
            if not self._closed:
                self._set_status(lambda: self.tr("Done."))

    def _on_pool_ready(self) -> None:
        if not self.controller.is_busy():
            self._set_status(lambda: self.tr("Ready: the process pool is warm."))

    def _show_live_lag(self) -> None:
        stats = self.controller.heartbeat.stats(since=time.perf_counter() - 1.0)
        self._live_lag = (stats.p50, stats.p99)
        self._show_live_lag_text()

    def _show_live_lag_text(self) -> None:
        if self._live_lag is None:
            self.live_lag.setText(self.tr("UI lag now: idle"))
            return
        p50, p99 = self._live_lag
        self.live_lag.setText(
            self.tr("UI lag now: p50 {p50} ms, p99 {p99} ms").format(
                p50=f"{p50:.1f}", p99=f"{p99:.1f}"
            )
        )


def _fmt(value: float, digits: int, suffix: str = "") -> str:
    return "–" if math.isnan(value) else f"{value:.{digits}f}{suffix}"
