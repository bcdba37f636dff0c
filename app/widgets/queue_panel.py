"""The producer/consumer lab: watch producers and consumers fill, block on and drain a queue.

The panel owns no work: it builds a :class:`QueueConfig` from its controls and asks its
:class:`QueueController` to run it. Everything it shows arrives as one snapshot per
frame from the controller's timer, in the GUI thread.
"""

from __future__ import annotations

from collections import deque

import pyqtgraph as pg
from PySide6.QtGui import QCloseEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.workers.queue_code import queue_code
from app.workers.queue_controller import QueueController, Snapshot
from app.workers.queue_model import MAX_WORKERS, QueueConfig, Summary, policy_unavailable
from app.workers.queue_roles import BLOCKED, CONSUMING, DONE, IDLE, PRODUCING, WAITING

PLOT_POINTS = 900
"""Depth samples kept for the plot: 30 s at 30 frames per second."""


class QueuePanel(QWidget):
    """Settings, live gauge/plot/table of one run, its summary, and the equivalent code."""

    def __init__(
        self, controller: QueueController | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self.controller = controller or QueueController(parent=self)
        self._times: deque[float] = deque(maxlen=PLOT_POINTS)
        self._depths: deque[int] = deque(maxlen=PLOT_POINTS)
        self._peak = 1
        self._build()
        self.controller.started.connect(self._on_started)
        self.controller.updated.connect(self._on_update)
        self.controller.finished.connect(self._on_finished)
        self._refresh_policies()
        self._refresh_code()
        self._set_running(False)

    # -- building ----------------------------------------------------------------------

    def _spin(self, name: str, low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox(objectName=name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.valueChanged.connect(self._refresh_code)
        return spin

    def _build(self) -> None:
        ms = self.tr(" ms")
        self.producers = self._spin("queueProducers", 1, MAX_WORKERS, 2)
        self.consumers = self._spin("queueConsumers", 1, MAX_WORKERS, 2)
        self.max_size = self._spin("queueMaxSize", 0, 10_000, 10)
        self.max_size.setSpecialValueText(self.tr("unbounded"))
        self.produce_ms = self._spin("queueProduceMs", 0, 5_000, 40, ms)
        self.consume_ms = self._spin("queueConsumeMs", 0, 5_000, 60, ms)
        self.items = self._spin("queueItems", 1, 10_000_000, 100)
        self.until_stopped = QCheckBox(self.tr("Run until stopped"), objectName="queueUntilStopped")
        self.until_stopped.toggled.connect(self.items.setDisabled)
        self.backend = QComboBox(objectName="queueBackend")
        self.backend.addItem(self.tr("Threads + queue.Queue"), "thread")
        self.backend.addItem(self.tr("Processes (spawn) + multiprocessing.Queue"), "process")
        self.backend.currentIndexChanged.connect(self._refresh_policies)
        self.policy = QComboBox(objectName="queuePolicy")
        self.policy.addItem(self.tr("Sentinel per consumer"), "sentinel")
        self.policy.addItem(self.tr("Stop when you see 1 (the seed's way)"), "stop_at_one")
        self.policy.addItem(self.tr("Queue.shutdown()"), "shutdown")
        self.policy.currentIndexChanged.connect(self._refresh_code)
        self.stop_mode = QComboBox(objectName="queueStopMode")
        self.stop_mode.addItem(self.tr("Stop and drain"), "drain")
        self.stop_mode.addItem(self.tr("Stop and discard"), "discard")
        self.start_button = QPushButton(self.tr("Start"), objectName="queueStart")
        self.stop_button = QPushButton(self.tr("Stop"), objectName="queueStop")
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)

        form = QFormLayout()
        form.addRow(self.tr("Producers"), self.producers)
        form.addRow(self.tr("Consumers"), self.consumers)
        form.addRow(self.tr("Queue capacity"), self.max_size)
        form.addRow(self.tr("Backend"), self.backend)
        form.addRow(self.tr("Time to produce an item"), self.produce_ms)
        form.addRow(self.tr("Time to consume an item"), self.consume_ms)
        form.addRow(self.tr("Items"), self.items)
        form.addRow("", self.until_stopped)
        form.addRow(self.tr("Shutdown"), self.policy)
        form.addRow(self.tr("On stop"), self.stop_mode)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        form.addRow(buttons)

        self.depth = QProgressBar(objectName="queueDepth")
        self.depth.setFormat(self.tr("depth %v"))
        self.depth.setRange(0, 1)
        self.plot = pg.PlotWidget(objectName="queueDepthPlot")
        self.plot.setLabel("left", self.tr("queue depth"))
        self.plot.setLabel("bottom", self.tr("seconds"))
        self.plot.setMouseEnabled(x=False, y=False)
        self.curve = self.plot.plot([], [])
        self.rate = QLabel(objectName="queueRate")
        self.table = QTableWidget(0, 3, objectName="queueWorkers")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Worker"), self.tr("State"), self.tr("Items")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.stats = QLabel(objectName="queueStats")
        self.stats.setWordWrap(True)
        self.note = QLabel(objectName="queueNote")
        self.note.setWordWrap(True)
        self.code = QPlainTextEdit(objectName="queueCode")
        self.code.setReadOnly(True)
        self.code.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        live = QVBoxLayout()
        live.addWidget(self.depth)
        live.addWidget(self.plot, 2)
        live.addWidget(self.rate)
        live.addWidget(self.table, 2)
        live.addWidget(self.stats)
        live.addWidget(self.note)
        row = QHBoxLayout(self)
        row.addLayout(form)
        row.addLayout(live, 2)
        row.addWidget(self.code, 2)

    # -- settings ----------------------------------------------------------------------

    def _refresh_policies(self) -> None:
        """Grey out policies this backend or Python cannot run, saying why."""
        model = self.policy.model()
        assert isinstance(model, QStandardItemModel)
        backend = self.backend.currentData()
        reasons = {
            "needs_python_3_13": self.tr("Queue.shutdown() needs Python 3.13 or newer."),
            "no_shutdown_on_mp_queue": self.tr("multiprocessing.Queue has no shutdown()."),
        }
        for row in range(self.policy.count()):
            reason = policy_unavailable(self.policy.itemData(row), backend)
            item = model.item(row)
            item.setEnabled(reason is None)
            item.setToolTip(reasons.get(reason or "", ""))
            if reason is not None and self.policy.currentIndex() == row:
                self.policy.setCurrentIndex(0)
        self._refresh_code()

    def config(self) -> QueueConfig:
        """The run the controls describe."""
        return QueueConfig(
            producers=self.producers.value(),
            consumers=self.consumers.value(),
            capacity=self.max_size.value(),
            backend=self.backend.currentData(),
            produce_ms=self.produce_ms.value(),
            consume_ms=self.consume_ms.value(),
            items=None if self.until_stopped.isChecked() else self.items.value(),
            policy=self.policy.currentData(),
        )

    def _refresh_code(self) -> None:
        self.code.setPlainText(
            queue_code(
                self.backend.currentData(), self.policy.currentData(), self.producers.value(),
                self.consumers.value(), self.max_size.value(), self.items.value(),
                self.produce_ms.value(), self.consume_ms.value(),
            )
        )

    # -- running -----------------------------------------------------------------------

    def start(self) -> None:
        """Start a run with the current settings (the controller does the work)."""
        self.controller.service_consumers = self.consumers.value()
        self.controller.start(self.config())

    def stop(self) -> None:
        """Stop the run, draining or discarding the backlog as chosen."""
        self.controller.stop(drain=self.stop_mode.currentData() == "drain")

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.stop_button.setEnabled(running)

    def _on_started(self, config: QueueConfig) -> None:
        self._times.clear()
        self._depths.clear()
        self._peak = max(1, config.capacity)
        self.depth.setRange(0, self._peak)
        self.table.setRowCount(0)
        self.note.setText(
            self.tr("Running the jobs queued from the main window.") if config.service else ""
        )
        self._set_running(True)

    def _worker_names(self, config: QueueConfig) -> list[str]:
        names = [self.tr("producer %1").replace("%1", str(i + 1)) for i in range(config.producers)]
        names += [self.tr("consumer %1").replace("%1", str(i + 1)) for i in range(config.consumers)]
        if config.service:
            names.append(self.tr("GUI thread (submits)"))
        return names

    def _state_name(self, state: int) -> str:
        return {
            IDLE: self.tr("starting"),
            PRODUCING: self.tr("producing"),
            BLOCKED: self.tr("blocked: queue full"),
            CONSUMING: self.tr("consuming"),
            WAITING: self.tr("waiting: queue empty"),
            DONE: self.tr("done"),
        }.get(state, "?")

    def _set_cell(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        if item is None:
            self.table.setItem(row, column, QTableWidgetItem(text))
        elif item.text() != text:
            item.setText(text)

    def _on_update(self, snap: Snapshot) -> None:
        live = snap.live
        if snap.config.capacity == 0:
            self._peak = max(self._peak, live.depth)
            self.depth.setMaximum(self._peak)
        self.depth.setValue(min(live.depth, self.depth.maximum()))
        self._times.append(snap.elapsed_s)
        self._depths.append(live.depth)
        self.curve.setData(list(self._times), list(self._depths))
        self.rate.setText(self.tr("%1 items/s").replace("%1", f"{snap.rate:,.0f}"))
        names = self._worker_names(snap.config)
        if self.table.rowCount() != len(names):
            self.table.setRowCount(len(names))
        for row, name in enumerate(names):
            self._set_cell(row, 0, name)
            if row < len(live.counts):
                self._set_cell(row, 1, self._state_name(live.states[row]))
                self._set_cell(row, 2, str(live.counts[row] + live.discards[row]))
            else:
                self._set_cell(row, 1, self._state_name(PRODUCING))
                self._set_cell(row, 2, str(live.submitted))
        self.stats.setText(
            self.tr("Produced %1 · consumed %2 · discarded %3 · %4 s")
            .replace("%1", str(snap.produced))
            .replace("%2", str(snap.consumed))
            .replace("%3", str(snap.discarded))
            .replace("%4", f"{snap.elapsed_s:.1f}")
        )

    def _on_finished(self, summary: Summary) -> None:
        self._set_running(self.controller.is_running())
        t = summary.tally
        verdict = self.tr("exactly once ✓") if summary.ok else self.tr("NOT exactly once ✗")
        self.stats.setText(
            self.tr("Produced %1 · consumed %2 · discarded %3 · duplicates %4 · lost %5 · "
                    "wall %6 s · %7")
            .replace("%1", str(t.produced))
            .replace("%2", str(t.consumed))
            .replace("%3", str(t.discarded))
            .replace("%4", str(t.duplicates))
            .replace("%5", str(t.lost))
            .replace("%6", f"{summary.wall_s:.2f}")
            .replace("%7", verdict)
        )
        self.note.setText(self._explain(summary))

    def _explain(self, summary: Summary) -> str:
        """Say in words what the shutdown did, above all when the seed's way failed."""
        lines = []
        if summary.hung:
            lines.append(
                self.tr("'Stop when you see 1' was fragile: %1 consumer(s) stopped on a 1, "
                        "%2 worker(s) were stuck with nothing moving and were released after "
                        "%3 s; %4 item(s) were stranded in the queue (counted as discarded).")
                .replace("%1", str(summary.stopped_by_marker))
                .replace("%2", str(summary.hung))
                .replace("%3", f"{summary.config.watchdog_s() or 0:.1f}")
                .replace("%4", str(summary.stranded))
            )
        elif summary.stopped:
            lines.append(self.tr("Stopped: the backlog was drained.") if summary.drained
                         else self.tr("Stopped: the backlog was discarded."))
        if summary.killed:
            lines.append(self.tr("%1 child process(es) had to be terminated.")
                         .replace("%1", str(summary.killed)))
        if summary.errors:
            lines.append(self.tr("Errors: %1").replace("%1", "; ".join(summary.errors)))
        return "\n".join(lines)

    # -- shutdown ----------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop everything synchronously: run, threads, child processes, timer."""
        self.controller.shutdown()
        self._set_running(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the panel ends its work: nothing outlives the window."""
        self.shutdown()
        super().closeEvent(event)
