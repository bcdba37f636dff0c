"""The producer/consumer lab: watch producers and consumers fill, block on and drain a queue.

The panel owns no work: it builds a :class:`QueueConfig` from its controls and asks its
:class:`QueueController` to run it. Everything it shows arrives as one snapshot per
frame from the controller's timer, in the GUI thread.

Every text is set by :meth:`QueuePanel.retranslate`, again on each language switch. The
worker modules are Qt-free and speak in keys (backends, policies, states, reason codes);
this module maps each key to a translated text.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.widgets.code_pane import CodePane
from app.widgets.plot_scene import OffscreenPlot
from app.workers.queue_code import queue_code
from app.workers.queue_controller import QueueController, Snapshot
from app.workers.queue_model import (
    BACKENDS,
    MAX_WORKERS,
    POLICIES,
    QueueConfig,
    Summary,
    policy_unavailable,
)
from app.workers.queue_roles import BLOCKED, CONSUMING, DONE, IDLE, PRODUCING, WAITING
from app.workers.timeline import TimelineRecorder
from app.workers.timeline_feed import QueueTimelineFeed

PLOT_POINTS = 900
PLOT_EVERY_FRAMES = 3
"""Redraw the depth plot at ~10 Hz: each redraw is Python work under the GIL."""
"""Depth samples kept for the plot: 30 s at 30 frames per second."""
STOP_MODES = ("drain", "discard")
"""Item data of the *On stop* choice."""


def _killed_error(killed: int) -> str:
    """The engine's English error line for terminated children, which the note words itself.

    Must match the wording in :meth:`app.workers.queue_lab.QueueEngine._finish`.
    """
    return f"terminated {killed} child processes"


class QueuePanel(QWidget):
    """Settings, live gauge/plot/table of one run, its summary, and the equivalent code.

    The status texts (rate, table, counters, summary, note) are recomputed from the last
    snapshot and summary, so a language switch redoes them too. With a ``recorder`` (the
    timeline's), each worker's states and the queue's depth are drawn in the timeline too.
    """

    def __init__(
        self,
        controller: QueueController | None = None,
        parent: QWidget | None = None,
        recorder: TimelineRecorder | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self.controller = controller or QueueController(parent=self)
        self.timeline_feed = (QueueTimelineFeed(recorder, self.controller, self)
                              if recorder is not None else None)
        self._times: deque[float] = deque(maxlen=PLOT_POINTS)
        self._depths: deque[int] = deque(maxlen=PLOT_POINTS)
        self._peak = 1
        self._snap: Snapshot | None = None
        self._summary: Summary | None = None
        self._service = False
        self._names: list[str] = []
        self._names_for: QueueConfig | None = None
        self._state_names: dict[int, str] = {}
        self._build()
        self.controller.started.connect(self._on_started)
        self.controller.updated.connect(self._on_update)
        self.controller.finished.connect(self._on_finished)
        self._set_running(False)
        self.retranslate()

    # -- building ----------------------------------------------------------------------

    def _spin(self, name: str, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox(objectName=name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.valueChanged.connect(self._refresh_code)
        return spin

    def _build(self) -> None:
        self.producers = self._spin("queueProducers", 1, MAX_WORKERS, 2)
        self.consumers = self._spin("queueConsumers", 1, MAX_WORKERS, 2)
        self.max_size = self._spin("queueMaxSize", 0, 10_000, 10)
        self.produce_ms = self._spin("queueProduceMs", 0, 5_000, 40)
        self.consume_ms = self._spin("queueConsumeMs", 0, 5_000, 60)
        self.items = self._spin("queueItems", 1, 10_000_000, 100)
        self.until_stopped = QCheckBox(objectName="queueUntilStopped")
        self.until_stopped.toggled.connect(self.items.setDisabled)
        self.backend = QComboBox(objectName="queueBackend")
        for data in BACKENDS:
            self.backend.addItem("", data)
        self.backend.currentIndexChanged.connect(self._refresh_policies)
        self.policy = QComboBox(objectName="queuePolicy")
        for data in POLICIES:
            self.policy.addItem("", data)
        self.policy.currentIndexChanged.connect(self._refresh_code)
        self.stop_mode = QComboBox(objectName="queueStopMode")
        for data in STOP_MODES:
            self.stop_mode.addItem("", data)
        self.start_button = QPushButton(objectName="queueStart")
        self.stop_button = QPushButton(objectName="queueStop")
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)

        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, field in (
            ("producers", self.producers),
            ("consumers", self.consumers),
            ("capacity", self.max_size),
            ("backend", self.backend),
            ("produce", self.produce_ms),
            ("consume", self.consume_ms),
            ("items", self.items),
            ("", self.until_stopped),
            ("policy", self.policy),
            ("stop", self.stop_mode),
        ):
            if not key:
                form.addRow("", field)
                continue
            label = self.labels[key] = QLabel()
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        form.addRow(buttons)

        self.depth = QProgressBar(objectName="queueDepth")
        self.depth.setRange(0, 1)
        # Rendered off-screen: painted live it would call Python back per item, each
        # call waiting for the GIL the lab's own threads hold (see plot_scene).
        self.depth_plot = OffscreenPlot("queueDepthPlot", parent=self)
        self.plot = self.depth_plot.plot_widget
        self.curve = self.plot.plot([], [])
        self._plot_frames = 0
        self.rate = QLabel(objectName="queueRate")
        self.table = QTableWidget(0, 3, objectName="queueWorkers")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.stats = QLabel(objectName="queueStats")
        self.stats.setWordWrap(True)
        self.note = QLabel(objectName="queueNote")
        self.note.setWordWrap(True)
        self.code = CodePane(self._code_text(), name="queueCode", parent=self)

        live = QVBoxLayout()
        live.addWidget(self.depth)
        live.addWidget(self.depth_plot, 2)
        live.addWidget(self.rate)
        live.addWidget(self.table, 2)
        live.addWidget(self.stats)
        live.addWidget(self.note)
        row = QHBoxLayout(self)
        row.addLayout(form)
        row.addLayout(live, 2)
        row.addWidget(self.code, 2)

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible text (again, after a language switch), status lines included."""
        ms = self.tr(" ms")
        self.produce_ms.setSuffix(ms)
        self.consume_ms.setSuffix(ms)
        self.max_size.setSpecialValueText(self.tr("unbounded"))
        self.until_stopped.setText(self.tr("Run until stopped"))
        backends = {
            "thread": self.tr("Threads + queue.Queue"),
            "process": self.tr("Processes (spawn) + multiprocessing.Queue"),
        }
        policies = {
            "sentinel": self.tr("Sentinel per consumer"),
            "stop_at_one": self.tr("Stop when you see 1 (the seed's way)"),
            "shutdown": "Queue.shutdown()",  # an identifier, as such
        }
        stop_modes = {"drain": self.tr("Stop and drain"), "discard": self.tr("Stop and discard")}
        for combo, texts in (
            (self.backend, backends),
            (self.policy, policies),
            (self.stop_mode, stop_modes),
        ):
            for index in range(combo.count()):
                combo.setItemText(index, texts[combo.itemData(index)])
        labels = {
            "producers": self.tr("Producers"),
            "consumers": self.tr("Consumers"),
            "capacity": self.tr("Queue capacity"),
            "backend": self.tr("Backend"),
            "produce": self.tr("Time to produce an item"),
            "consume": self.tr("Time to consume an item"),
            "items": self.tr("Items"),
            "policy": self.tr("Shutdown"),
            "stop": self.tr("On stop"),
        }
        for key, label in self.labels.items():
            label.setText(labels[key])
        self.start_button.setText(self.tr("Start"))
        self.stop_button.setText(self.tr("Stop"))
        self.depth.setFormat(self.tr("depth %v"))  # %v: Qt puts the value in
        self.plot.setLabel("left", self.tr("queue depth"))
        self.plot.setLabel("bottom", self.tr("seconds"))
        self.depth_plot.redraw()
        self.table.setHorizontalHeaderLabels(
            [self.tr("Worker"), self.tr("State"), self.tr("Items")]
        )
        self._state_names = {
            IDLE: self.tr("starting"),
            PRODUCING: self.tr("producing"),
            BLOCKED: self.tr("blocked: queue full"),
            CONSUMING: self.tr("consuming"),
            WAITING: self.tr("waiting: queue empty"),
            DONE: self.tr("done"),
        }
        self._names_for = None
        self._refresh_policies()
        self._show_live()
        self._show_outcome()

    def changeEvent(self, event: QEvent) -> None:
        """Set the texts again when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _reason_text(self, reason: str | None) -> str:
        """Why a policy is greyed out, from the model's reason code."""
        reasons = {
            "needs_python_3_13": self.tr("Queue.shutdown() needs Python 3.13 or newer."),
            "no_shutdown_on_mp_queue": self.tr("multiprocessing.Queue has no shutdown()."),
        }
        return reasons.get(reason or "", "")

    # -- settings ----------------------------------------------------------------------

    def _refresh_policies(self) -> None:
        """Grey out policies this backend or Python cannot run, saying why."""
        model = self.policy.model()
        assert isinstance(model, QStandardItemModel)
        backend = self.backend.currentData()
        for row in range(self.policy.count()):
            reason = policy_unavailable(self.policy.itemData(row), backend)
            item = model.item(row)
            item.setEnabled(reason is None)
            item.setToolTip(self._reason_text(reason))
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

    def _code_text(self) -> str:
        return queue_code(
            self.backend.currentData(), self.policy.currentData(), self.producers.value(),
            self.consumers.value(), self.max_size.value(), self.items.value(),
            self.produce_ms.value(), self.consume_ms.value(),
        )

    def _refresh_code(self) -> None:
        text = self._code_text()
        if text != self.code.code():
            self.code.set_code(text)

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
        self._snap = self._summary = None
        self._service = config.service
        self._show_live()
        self._show_outcome()
        self._set_running(True)

    def _on_update(self, snap: Snapshot) -> None:
        live = snap.live
        if snap.config.capacity == 0:
            self._peak = max(self._peak, live.depth)
            self.depth.setMaximum(self._peak)
        self.depth.setValue(min(live.depth, self.depth.maximum()))
        self._times.append(snap.elapsed_s)
        self._depths.append(live.depth)
        self._plot_frames += 1
        if self._plot_frames % PLOT_EVERY_FRAMES == 0:
            self.curve.setData(list(self._times), list(self._depths))
            self.depth_plot.redraw()
        self._snap = snap
        self._show_live()

    def _on_finished(self, summary: Summary) -> None:
        self._set_running(self.controller.is_running())
        self._summary = summary
        self._show_outcome()

    # -- status texts, from the last snapshot and summary --------------------------------

    def _worker_names(self, config: QueueConfig) -> list[str]:
        if self._names_for is not config:
            names = [self.tr("producer {n}").format(n=i + 1) for i in range(config.producers)]
            names += [self.tr("consumer {n}").format(n=i + 1) for i in range(config.consumers)]
            if config.service:
                names.append(self.tr("GUI thread (submits)"))
            self._names, self._names_for = names, config
        return self._names

    def _state_name(self, state: int) -> str:
        return self._state_names.get(state, "?")

    def _set_cell(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        if item is None:
            self.table.setItem(row, column, QTableWidgetItem(text))
        elif item.text() != text:
            item.setText(text)

    def _show_live(self) -> None:
        """Rate, workers table and (while no summary) counters from the last snapshot."""
        snap = self._snap
        if snap is None:
            self.rate.clear()
            return
        live = snap.live
        self.rate.setText(self.tr("{rate:,.0f} items/s").format(rate=snap.rate))
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
        if self._summary is None:
            self.stats.setText(
                self.tr(
                    "Produced {produced} · consumed {consumed} · discarded {discarded} · "
                    "{elapsed:.1f} s"
                ).format(
                    produced=snap.produced,
                    consumed=snap.consumed,
                    discarded=snap.discarded,
                    elapsed=snap.elapsed_s,
                )
            )

    def _show_outcome(self) -> None:
        """The summary and the note: what the run did, or that it is serving the main window."""
        summary = self._summary
        if summary is None:
            if self._snap is None:
                self.stats.clear()
            self.note.setText(
                self.tr("Running the jobs queued from the main window.") if self._service else ""
            )
            return
        t = summary.tally
        verdict = self.tr("exactly once ✓") if summary.ok else self.tr("NOT exactly once ✗")
        self.stats.setText(
            self.tr(
                "Produced {produced} · consumed {consumed} · discarded {discarded} · "
                "duplicates {duplicates} · lost {lost} · wall {wall:.2f} s · {verdict}"
            ).format(
                produced=t.produced,
                consumed=t.consumed,
                discarded=t.discarded,
                duplicates=t.duplicates,
                lost=t.lost,
                wall=summary.wall_s,
                verdict=verdict,
            )
        )
        self.note.setText(self._explain(summary))

    def _explain(self, summary: Summary) -> str:
        """Say in words what the shutdown did, above all when the seed's way failed."""
        lines = []
        if summary.hung:
            lines.append(
                self.tr(
                    "'Stop when you see 1' was fragile: {stopped} consumer(s) stopped on a 1, "
                    "{hung} worker(s) were stuck with nothing moving and were released after "
                    "{after:.1f} s; {stranded} item(s) were stranded in the queue (counted as "
                    "discarded)."
                ).format(
                    stopped=summary.stopped_by_marker,
                    hung=summary.hung,
                    after=summary.config.watchdog_s() or 0,
                    stranded=summary.stranded,
                )
            )
        elif summary.stopped:
            lines.append(
                self.tr("Stopped: the backlog was drained.")
                if summary.drained
                else self.tr("Stopped: the backlog was discarded.")
            )
        if summary.killed:
            lines.append(
                self.tr("{n} child process(es) had to be terminated.").format(n=summary.killed)
            )
        # The rest are exceptions' own messages (type: text): Python's, not ours to translate.
        errors = [e for e in summary.errors if e != _killed_error(summary.killed)]
        if errors:
            lines.append(self.tr("Errors: {errors}").format(errors="; ".join(errors)))
        return "\n".join(lines)

    # -- shutdown ----------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop everything synchronously: run, threads, child processes, timer."""
        self.controller.shutdown()
        if self.timeline_feed is not None:
            self.timeline_feed.detach()
            self.timeline_feed = None
        self._set_running(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the panel ends its work: nothing outlives the window."""
        self.shutdown()
        super().closeEvent(event)
