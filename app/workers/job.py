r"""A job: one run of a task in one mode, living in the GUI thread.

Dispatchers never touch a job from a worker: their events reach the GUI thread first
(queued signal or drained channel) and only then call the ``_mark_*`` methods here, which
enforce one lifecycle for every mode: ``started``, ``progressed``\\*, then exactly one of
``returned``/``errored``/``cancelled``, and ``finished`` always last.
"""

from __future__ import annotations

import enum
import time
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.workers.outcome import ErrorInfo, Outcome


class JobState(enum.Enum):
    """Where a job is in its life."""

    QUEUED = "queued"
    RUNNING = "running"
    CANCELLING = "cancelling"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def is_final(self) -> bool:
        """True once nothing more will happen to the job."""
        return self in (JobState.DONE, JobState.FAILED, JobState.CANCELLED)


class Job(QObject):
    """One run of a task; its signals are the same in every execution mode."""

    started = Signal()
    progressed = Signal(int)
    returned = Signal(object)
    errored = Signal(object)
    """An :class:`~app.workers.outcome.ErrorInfo` with the formatted traceback."""
    cancelled = Signal()
    finished = Signal()
    changed = Signal()
    """Any visible attribute changed (state, worker, progress)."""

    def __init__(
        self, job_id: int, mode: str, workload: str, task_name: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.id = job_id
        self.mode = mode
        self.workload = workload
        self.task_name = task_name
        self.state = JobState.QUEUED
        self.worker = ""
        self.progress = 0
        self.created_at = time.perf_counter()
        self.started_at: float | None = None
        self.ended_at: float | None = None
        self.result: Any = None
        self.error: ErrorInfo | None = None
        self._cancel_hook: Any = None

    def __repr__(self) -> str:
        return f"<Job {self.id} {self.mode}/{self.workload} {self.state.value}>"

    def elapsed(self, now: float | None = None) -> float:
        """Seconds since the job started running (0 while queued)."""
        if self.started_at is None:
            return 0.0
        end = self.ended_at if self.ended_at is not None else (now or time.perf_counter())
        return max(0.0, end - self.started_at)

    def cancel(self) -> None:
        """Ask the job to stop; it ends ``cancelled`` once its worker notices."""
        if self.state.is_final or self.state is JobState.CANCELLING:
            return
        self.state = JobState.CANCELLING
        self.changed.emit()
        if self._cancel_hook is not None:
            self._cancel_hook(self)

    def _mark_started(self, worker: str, at: float) -> None:
        if self.state.is_final or self.started_at is not None:
            return
        self.worker = worker
        self.started_at = at
        if self.state is JobState.QUEUED:
            self.state = JobState.RUNNING
        self.started.emit()
        self.changed.emit()

    def _mark_progress(self, percent: int) -> None:
        if self.state.is_final or percent == self.progress:
            return
        self.progress = percent
        self.progressed.emit(percent)
        self.changed.emit()

    def _finish(self, outcome: Outcome) -> None:
        if self.state.is_final:
            return
        if self.started_at is None:
            self.started_at = time.perf_counter()
        self.ended_at = time.perf_counter()
        if outcome.kind == "returned":
            self.state, self.result = JobState.DONE, outcome.value
            self.progress = 100
            self.returned.emit(outcome.value)
        elif outcome.kind == "errored":
            self.state, self.error = JobState.FAILED, outcome.error
            self.errored.emit(outcome.error)
        else:
            self.state, self.result = JobState.CANCELLED, outcome.value
            self.cancelled.emit()
        self.changed.emit()
        self.finished.emit()
