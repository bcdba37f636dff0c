"""The timeline tab: every job in every lane, the GUI thread's stalls, trace export, compare.

The panel owns no work. A :class:`~app.workers.timeline_feed.TimelineFeed` turns the
Runner's jobs and the heartbeat's late ticks into spans; other labs record into the same
:class:`~app.workers.timeline.TimelineRecorder` (pass one in to share it). The plot is
redrawn from a frame timer that runs only while the tab is visible.

Every text is set in :meth:`TimelinePanel.retranslate`, again on a language switch; the
status line is kept as what it says (a kind and its values), so it is retranslated too.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.widgets.code_pane import CodePane
from app.widgets.compare_table import CompareTable
from app.widgets.timeline_view import STATE_COLOURS, TimelineView, queue_state_labels
from app.workers.compare import CompareModes, ModeRow, rows_to_csv
from app.workers.heartbeat import Heartbeat
from app.workers.runner import Runner
from app.workers.timeline import TimelineRecorder
from app.workers.timeline_code import TIMELINE_CODE
from app.workers.timeline_feed import TimelineFeed
from app.workers.trace_export import write_chrome_trace
from app.workers.workloads import WORKLOAD_KEYS, resolve

FRAME_MS = 33

AskPath = Callable[[str, str, str], str]
"""``ask(title, suggested_name, filter) -> path`` ('' when the person cancels)."""


class TimelinePanel(QWidget):
    """Lanes of work side by side, exportable to Perfetto, and a compare-all-modes run."""

    def __init__(
        self,
        runner: Runner | None = None,
        heartbeat: Heartbeat | None = None,
        recorder: TimelineRecorder | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self.recorder = recorder or TimelineRecorder()
        self._own_heartbeat = heartbeat is None
        self.heartbeat = heartbeat or Heartbeat(parent=self)
        self.feed = TimelineFeed(self.recorder, runner, self.heartbeat, self)
        self.compare = (CompareModes(runner, self.heartbeat, self.recorder, self)
                        if runner is not None else None)
        self.ask_save_path: AskPath = self._ask_with_dialog
        self._status: tuple[str, dict[str, Any]] = ("", {})
        """What the status line says: a kind and its values, rendered by ``_status_text``."""
        self.view = TimelineView(self.recorder, self)
        self.results = CompareTable(self.mode_label, self)
        self._frame = QTimer(self)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self.view.refresh)
        self._closed = False

        splitter = QSplitter(self)
        left = QWidget(splitter)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._build_timeline_bar())
        column.addWidget(self._legend())
        column.addWidget(self.view, 3)
        column.addWidget(self._build_compare_box(), 2)
        self.code_pane = CodePane(TIMELINE_CODE, name="timelineCode", parent=splitter)
        splitter.addWidget(left)
        splitter.addWidget(self.code_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()
        if self._own_heartbeat:
            self.heartbeat.start()

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every visible text (again, after a language switch), state included."""
        self.follow_check.setText(self.tr("Follow live"))
        self.follow_check.setToolTip(self.tr("Scroll with the newest work. Panning or zooming "
                                             "the plot (drag, wheel) turns this off."))
        self.window_input.setSuffix(self.tr(" s shown"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Forget the finished work drawn so far."))
        self.export_trace_button.setText(self.tr("Export trace…"))
        self.export_trace_button.setToolTip(
            self.tr("Chrome trace JSON: open it in ui.perfetto.dev or chrome://tracing."))
        self.legend.setText(self._legend_text())
        self.compare_box.setTitle(
            self.tr("Compare all modes: the same job in each, one after another"))
        workload_labels = {"io": self.tr("Simulated IO (sleeps)"),
                           "cpu": self.tr("CPU-bound Python"),
                           "http": self.tr("HTTP requests (embedded site)")}
        for i in range(self.compare_workload.count()):
            key = self.compare_workload.itemData(i)
            self.compare_workload.setItemText(i, workload_labels.get(key, key))
        self.compare_duration.setSuffix(self.tr(" s per job"))
        self.export_csv_button.setText(self.tr("Export CSV…"))
        self.export_csv_button.setToolTip(self.tr("The comparison as a spreadsheet table."))
        self.export_compare_trace_button.setText(self.tr("Export its trace…"))
        self.export_compare_trace_button.setToolTip(
            self.tr("Chrome trace JSON of the last comparison only."))
        self._update_compare_button()
        self.compare_status.setText(self._status_text())

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def mode_label(self, mode: str) -> str:
        """An execution mode's name as shown (code identifiers stay as they are)."""
        labels = {
            "inline": self.tr("Inline"), "thread": self.tr("threading.Thread"),
            "qthread": self.tr("QThread"), "process": self.tr("multiprocessing.Process"),
            "thread_pool": self.tr("Thread pool"), "process_pool": self.tr("Process pool"),
        }
        return labels.get(mode, mode)

    def _legend_text(self) -> str:
        names = {"running": self.tr("running"), "done": self.tr("done"),
                 "cancelled": self.tr("cancelled"), "failed": self.tr("failed"),
                 "busy": self.tr("GUI busy (≥ 17 ms late)"),
                 "stalled": self.tr("GUI stalled (≥ 50 ms late)")}
        queue_states = queue_state_labels()
        names |= {"blocked": queue_states["blocked"], "waiting": queue_states["waiting"]}
        parts = [f'<span style="color:{STATE_COLOURS[k]}">■</span> {v}' for k, v in names.items()]
        return " &nbsp; ".join(parts)

    def _set_status(self, kind: str, **values: Any) -> None:
        self._status = (kind, values)
        self.compare_status.setText(self._status_text())

    def _status_text(self) -> str:
        """The status line in the current language, from what it says."""
        kind, v = self._status
        if kind == "no_runner":
            return self.tr("No runner: nothing to compare.")
        if kind == "running":
            text = self.tr("Running in {mode}…").format(mode=self.mode_label(v["mode"]))
            if v["mode"] == "inline":
                text += self.tr(" The window freezes now: that is the point.")
            return text
        if kind == "compared":
            return self.tr("Compared {n} modes.").format(n=v["n"])
        if kind == "wrote_trace":
            return self.tr("Wrote {n} trace events to {path}: open it in ui.perfetto.dev "
                           "or chrome://tracing.").format(n=v["n"], path=v["path"])
        if kind == "wrote_csv":
            return self.tr("Wrote the comparison to {path}.").format(path=v["path"])
        return ""

    def _update_compare_button(self) -> None:
        running = self.compare is not None and self.compare.is_running()
        self.compare_button.setText(
            self.tr("Stop comparing") if running else self.tr("Compare all modes"))

    # --- building ------------------------------------------------------------------------
    def _build_timeline_bar(self) -> QHBoxLayout:
        self.follow_check = QCheckBox(self)
        self.follow_check.setObjectName("timelineFollow")
        self.follow_check.setChecked(True)
        self.follow_check.toggled.connect(self.view.set_follow)
        self.view.followChanged.connect(self.follow_check.setChecked)
        self.window_input = QDoubleSpinBox(self)
        self.window_input.setObjectName("timelineWindow")
        self.window_input.setRange(1.0, 600.0)
        self.window_input.setValue(self.view.window_s)
        self.window_input.valueChanged.connect(self._set_window)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("timelineClearButton")
        self.clear_button.clicked.connect(self.recorder.clear)
        self.export_trace_button = QPushButton(self)
        self.export_trace_button.setObjectName("exportTraceButton")
        self.export_trace_button.clicked.connect(lambda: self.export_trace())
        row = QHBoxLayout()
        for widget in (self.follow_check, self.window_input, self.clear_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.export_trace_button)
        return row

    def _legend(self) -> QLabel:
        self.legend = QLabel(self)
        self.legend.setObjectName("timelineLegend")
        self.legend.setWordWrap(True)  # eight states must not widen the window
        return self.legend

    def _build_compare_box(self) -> QGroupBox:
        box = self.compare_box = QGroupBox(self)
        self.compare_workload = QComboBox(box)
        self.compare_workload.setObjectName("compareWorkload")
        for key in WORKLOAD_KEYS:
            self.compare_workload.addItem(key, key)  # the text is set by retranslate()
        self.compare_duration = QDoubleSpinBox(box)
        self.compare_duration.setObjectName("compareDuration")
        self.compare_duration.setRange(0.1, 30.0)
        self.compare_duration.setSingleStep(0.5)
        self.compare_duration.setValue(1.0)
        self.compare_button = QPushButton(box)
        self.compare_button.setObjectName("compareModesButton")
        self.compare_button.clicked.connect(self.toggle_compare)
        self.export_csv_button = QPushButton(box)
        self.export_csv_button.setObjectName("exportCompareCsvButton")
        self.export_csv_button.clicked.connect(lambda: self.export_compare_csv())
        self.export_compare_trace_button = QPushButton(box)
        self.export_compare_trace_button.setObjectName("exportCompareTraceButton")
        self.export_compare_trace_button.clicked.connect(lambda: self.export_compare_trace())
        self.compare_status = QLabel(box)
        self.compare_status.setObjectName("compareStatus")
        self.compare_status.setWordWrap(True)
        # A fixed height: a status line that grows would re-lay the plot, which is costly
        # in Python, and while a CPU-bound thread holds the GIL that shows as a stall.
        self.compare_status.setFixedHeight(2 * self.compare_status.fontMetrics().lineSpacing() + 4)
        if self.compare is None:
            self.compare_button.setEnabled(False)
            self._status = ("no_runner", {})
        else:
            self.compare.rowReady.connect(self._on_row)
            self.compare.modeStarted.connect(self._on_mode_started)
            self.compare.finished.connect(self._on_compare_finished)
        self._update_export_buttons()
        controls = QHBoxLayout()
        for widget in (self.compare_workload, self.compare_duration, self.compare_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.export_csv_button)
        controls.addWidget(self.export_compare_trace_button)
        layout = QVBoxLayout(box)
        layout.addLayout(controls)
        layout.addWidget(self.compare_status)
        layout.addWidget(self.results, 1)
        return box

    # --- timeline ------------------------------------------------------------------------
    def _set_window(self, seconds: float) -> None:
        self.view.window_s = seconds
        self.view.set_follow(True)

    def export_trace(self, path: str | None = None) -> str | None:
        """Write the whole timeline as a Chrome trace; ask where unless ``path`` is given."""
        return self._write_trace(path, None, None, "concurrency-lab-trace.json")

    def _write_trace(
        self, path: str | None, since: float | None, until: float | None, suggested: str
    ) -> str | None:
        target = path or self.ask_save_path(self.tr("Export trace"), suggested,
                                            self.tr("Trace JSON (*.json)"))
        if not target:
            return None
        count = write_chrome_trace(target, self.recorder.snapshot(), time.perf_counter(),
                                   since, until)
        self._set_status("wrote_trace", n=count, path=target)
        return target

    def _ask_with_dialog(self, title: str, suggested: str, file_filter: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, file_filter)
        return path

    # --- compare all modes ----------------------------------------------------------------
    def toggle_compare(self) -> None:
        """Start a comparison with the chosen workload, or stop the one running."""
        if self.compare is None:
            return
        if self.compare.is_running():
            self.compare.cancel()
            return
        key = self.compare_workload.currentData()
        self.results.clear_rows()
        task, kwargs = resolve(key, self.compare_duration.value())
        self.compare.start(task, kwargs, key)
        self._update_compare_button()
        self._update_export_buttons()

    def _on_mode_started(self, mode: str) -> None:
        self._set_status("running", mode=mode)

    def _on_row(self, row: ModeRow) -> None:
        self.results.add_row(row)

    def _on_compare_finished(self) -> None:
        self._update_compare_button()
        self._set_status("compared", n=self.results.rowCount())
        self._update_export_buttons()

    def _update_export_buttons(self) -> None:
        ready = self.compare is not None and bool(self.compare.rows) \
            and not self.compare.is_running()
        self.export_csv_button.setEnabled(ready)
        self.export_compare_trace_button.setEnabled(ready)

    def export_compare_csv(self, path: str | None = None) -> str | None:
        """Write the comparison as CSV; ask where unless ``path`` is given."""
        if self.compare is None or not self.compare.rows:
            return None
        target = path or self.ask_save_path(self.tr("Export comparison"), "compare-modes.csv",
                                            self.tr("CSV (*.csv)"))
        if not target:
            return None
        Path(target).write_text(rows_to_csv(self.compare.rows), encoding="utf-8")
        self._set_status("wrote_csv", path=target)
        return target

    def export_compare_trace(self, path: str | None = None) -> str | None:
        """Write the trace of the last comparison only; ask where unless ``path`` is given."""
        if self.compare is None or self.compare.window is None:
            return None
        since, until = self.compare.window
        return self._write_trace(path, since, until, "compare-modes-trace.json")

    # --- life cycle ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Redraw at frame rate only while visible: a hidden plot costs nothing."""
        super().showEvent(event)
        if not self._closed:
            self.view.refresh()
            self._frame.start()

    def hideEvent(self, event: QHideEvent) -> None:
        """Stop redrawing while another tab is shown."""
        self._frame.stop()
        super().hideEvent(event)

    def shutdown(self) -> None:
        """Stop the comparison, the redraws and the feed; idempotent and synchronous."""
        if self._closed:
            return
        self._closed = True
        self._frame.stop()
        if self.compare is not None:
            self.compare.cancel()
        self.feed.detach()
        if self._own_heartbeat:
            self.heartbeat.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the panel stops everything it started."""
        self.shutdown()
        super().closeEvent(event)
