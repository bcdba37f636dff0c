"""Compare all modes: the same workload in every mode, one after another, measured alike.

Each step runs from a timer callback, never inside a click handler, so the GUI thread only
blocks where the lesson says it must: the inline step. For every mode the controller notes
the time the submit call began, the CPU time of this process and its children before and
after (``psutil``; pool workers are children too), and the heartbeat's lag meanwhile.
After a job ends it waits a short settle so the heartbeat's catch-up tick, which measures
an inline freeze, is counted in that mode's row and not the next one.
"""

from __future__ import annotations

import csv
import io
import time
from dataclasses import asdict, dataclass, fields
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.workers.heartbeat import Heartbeat
from app.workers.job import Job
from app.workers.outcome import Task
from app.workers.process_stats import cpu_seconds
from app.workers.runner import MODES, Runner
from app.workers.timeline import TimelineRecorder

COMPARE_LANE = "compare all modes"
SETTLE_MS = 150


@dataclass(frozen=True)
class ModeRow:
    """What one mode cost: on the clock, on the CPUs, and to the UI."""

    mode: str
    state: str
    wall_s: float
    cpu_s: float
    ui_p99_ms: float
    longest_stall_ms: float
    start_latency_ms: float
    worker: str


CSV_FIELDS = [f.name for f in fields(ModeRow)]


def rows_to_csv(rows: list[ModeRow]) -> str:
    """The rows as CSV text with a header line (numbers unrounded, for spreadsheets)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(asdict(row))
    return out.getvalue()


class CompareModes(QObject):
    """Runs one workload in each mode in turn through the Runner and measures each run."""

    rowReady = Signal(object)
    """A :class:`ModeRow` for the mode that just ended."""
    modeStarted = Signal(str)
    finished = Signal()
    """Every mode ran, or the comparison was cancelled."""

    def __init__(
        self,
        runner: Runner,
        heartbeat: Heartbeat,
        recorder: TimelineRecorder | None = None,
        parent: QObject | None = None,
        settle_ms: int = SETTLE_MS,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._heartbeat = heartbeat
        self._recorder = recorder
        self._step = QTimer(self)
        self._step.setSingleShot(True)
        self._step.timeout.connect(self._run_next)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(settle_ms)
        self._settle.timeout.connect(self._measure)
        self._pending: list[str] = []
        self._task: Task | None = None
        self._kwargs: dict[str, Any] = {}
        self._workload = ""
        self._job: Job | None = None
        self._mode = ""
        self._t0 = 0.0
        self._cpu0 = 0.0
        self._own_heartbeat = False
        self._running = False
        self.rows: list[ModeRow] = []
        self.window: tuple[float, float] | None = None
        """``(start, end)`` of the last comparison, for exporting its trace."""

    def is_running(self) -> bool:
        """True from :meth:`start` until :attr:`finished`."""
        return self._running

    def start(
        self,
        task: Task,
        kwargs: dict[str, Any],
        workload: str = "",
        modes: tuple[str, ...] | list[str] = MODES,
    ) -> bool:
        """Begin the comparison on the next event-loop turn; False if one already runs."""
        if self._running:
            return False
        self._running = True
        self._task, self._kwargs, self._workload = task, dict(kwargs), workload
        self._pending = [m for m in modes if m in self._runner.modes]
        self.rows = []
        self.window = (time.perf_counter(), time.perf_counter())
        self._own_heartbeat = not self._heartbeat.is_active()
        if self._own_heartbeat:
            self._heartbeat.start()
        self._step.start(0)
        return True

    def cancel(self) -> None:
        """Stop after cancelling the job in flight; rows measured so far stay."""
        if not self._running:
            return
        self._pending = []
        self._step.stop()
        self._settle.stop()
        if self._job is not None and not self._job.state.is_final:
            self._job.cancel()
        self._job = None
        self._end()

    def _run_next(self) -> None:
        if not self._pending:
            self._end()
            return
        self._mode = self._pending.pop(0)
        self.modeStarted.emit(self._mode)
        assert self._task is not None
        self._cpu0 = cpu_seconds()
        self._t0 = time.perf_counter()
        job = self._runner.submit(self._task, self._mode, self._kwargs, self._workload)
        self._job = job
        if job is None:
            self._emit(ModeRow(self._mode, "refused", 0.0, 0.0, 0.0, 0.0, 0.0, ""))
            self._step.start(0)
        elif job.state.is_final:  # inline: it already ran, blocking this very call
            self._settle.start()
        else:
            job.finished.connect(lambda j=job: self._on_job_finished(j))

    def _on_job_finished(self, job: Job) -> None:
        if self._running and job is self._job:
            self._settle.start()

    def _measure(self) -> None:
        job = self._job
        if job is None:
            return
        self._job = None
        cpu = max(0.0, cpu_seconds() - self._cpu0)
        lag = self._heartbeat.stats(since=self._t0)
        end = job.ended_at if job.ended_at is not None else time.perf_counter()
        started = job.started_at if job.started_at is not None else end
        row = ModeRow(
            mode=self._mode,
            state=job.state.value,
            wall_s=end - self._t0,
            cpu_s=cpu,
            ui_p99_ms=lag.p99,
            longest_stall_ms=lag.max,
            start_latency_ms=(started - self._t0) * 1000,
            worker=job.worker,
        )
        if self._recorder is not None:
            args = {k: v for k, v in asdict(row).items() if k not in ("mode", "state")}
            self._recorder.span(COMPARE_LANE, self._mode, self._t0, end, row.state, **args)
        self._emit(row)
        self._step.start(0)

    def _emit(self, row: ModeRow) -> None:
        self.rows.append(row)
        self.rowReady.emit(row)

    def _end(self) -> None:
        self._running = False
        if self.window is not None:
            self.window = (self.window[0], time.perf_counter())
        if self._own_heartbeat:
            self._heartbeat.stop()
            self._own_heartbeat = False
        self.finished.emit()
