"""The Runner: the one door through which widgets start work, in any execution mode.

``runner.submit(task, mode, kwargs)`` returns a :class:`~app.workers.job.Job` at once (or
``None`` when a safety cap refuses it). Workers report through one thread-safe sink that
emits a signal owned by the GUI thread, so every job event is handled there; progress is
polled from a :class:`~app.workers.reporting.ProgressBoard` at frame rate instead.
"""

from __future__ import annotations

import itertools
import logging
import os
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, SignalInstance, Slot

from app.workers.job import Job
from app.workers.modes.base import Dispatcher, EventSink
from app.workers.modes.processes import ProcessDispatcher, ProcessHost, ProcessPoolDispatcher
from app.workers.modes.qthread import QThreadDispatcher
from app.workers.modes.threads import (
    THREAD_POOL_WORKERS,
    InlineDispatcher,
    ThreadDispatcher,
    ThreadPoolDispatcher,
)
from app.workers.outcome import Outcome, Task, task_name
from app.workers.reporting import ProgressBoard

log = logging.getLogger(__name__)

MODES = ("inline", "thread", "qthread", "process", "thread_pool", "process_pool")
THREAD_CAP = 200
PROCESS_CAP = 32
FRAME_MS = 33
CLOSE_TIMEOUT_S = 2.5


class _Signaller(QObject):
    """Lives in the GUI thread; emitting from any thread queues the call to it."""

    event = Signal(int, str, object)


class Runner(QObject):
    """Owns every dispatcher and every live job; widgets receive it through their constructor."""

    jobAdded = Signal(object)
    """A new :class:`Job` was submitted."""
    refused = Signal(str)
    """A submission was refused by a safety cap; the text says why."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        thread_cap: int = THREAD_CAP,
        process_cap: int = PROCESS_CAP,
        pool_workers: int | None = None,
        frame: SignalInstance | None = None,
    ) -> None:
        """``frame``: a frame-clock signal to drain progress on (default: an own timer)."""
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._jobs: dict[int, Job] = {}
        self._board = ProgressBoard()
        self._signaller = _Signaller(self)
        self._signaller.event.connect(self._on_event)
        sink = self._signaller.event.emit
        self._host = ProcessHost(sink, self._board, pool_workers or os.cpu_count() or 2)
        self._dispatchers: dict[str, Dispatcher] = {
            d.mode: d
            for d in (
                InlineDispatcher(sink, self._board),
                ThreadDispatcher(sink, self._board, thread_cap),
                QThreadDispatcher(sink, self._signaller.event, self._board, thread_cap),
                ProcessDispatcher(sink, self._host, process_cap),
                ThreadPoolDispatcher(sink, self._board, THREAD_POOL_WORKERS),
                ProcessPoolDispatcher(sink, self._host),
            )
        }
        self._pump: QTimer | None = None
        if frame is None:
            self._pump = QTimer(self)
            self._pump.setInterval(FRAME_MS)
            self._pump.timeout.connect(self._drain_progress)
        else:
            frame.connect(self._drain_progress)
        self._closed = False

    @property
    def modes(self) -> tuple[str, ...]:
        """The execution modes this runner offers."""
        return tuple(self._dispatchers)

    def dispatcher(self, mode: str) -> Dispatcher:
        """The dispatcher behind ``mode``."""
        return self._dispatchers[mode]

    def add_mode(self, make: Callable[[EventSink, ProgressBoard], Dispatcher]) -> None:
        """Offer one more mode (a lab can bring its own, like the queue).

        ``make(sink, board)`` builds its dispatcher around the runner's event sink and
        progress board, so the new mode reports exactly like the built-in ones.
        """
        dispatcher = make(self._signaller.event.emit, self._board)
        self._dispatchers[dispatcher.mode] = dispatcher

    def process_pool_ready(self) -> bool:
        """True once the warm process pool has started its workers."""
        return self._host.ready.done()

    def jobs(self) -> list[Job]:
        """Jobs not finished yet."""
        return list(self._jobs.values())

    def submit(
        self, task: Task, mode: str, kwargs: dict[str, Any] | None = None, workload: str = ""
    ) -> Job | None:
        """Run ``task(reporter, **kwargs)`` in ``mode``; return its job, or None if refused."""
        if self._closed:
            return None
        dispatcher = self._dispatchers[mode]
        if dispatcher.cap is not None and dispatcher.live() >= dispatcher.cap:
            message = QCoreApplication.translate(
                "Runner",
                "Refused: {live} jobs already run in {mode} mode (safety cap {cap}). "
                "A thread or process per request runs away like this; a pool would queue it.",
            ).format(live=dispatcher.live(), mode=mode, cap=dispatcher.cap)
            log.warning(message)
            self.refused.emit(message)
            return None
        job = Job(next(self._ids), mode, workload or task_name(task), task_name(task))
        job._cancel_hook = lambda j: self._dispatchers[j.mode].cancel(j)
        self._jobs[job.id] = job
        self.jobAdded.emit(job)
        if self._pump is not None and not self._pump.isActive():
            self._pump.start()
        dispatcher.start(job, task, dict(kwargs or {}))
        return job

    def cancel_all(self) -> None:
        """Ask every live job to stop."""
        for job in list(self._jobs.values()):
            job.cancel()

    def live_count(self, mode: str | None = None) -> int:
        """Live jobs, in one mode or all."""
        if mode is None:
            return len(self._jobs)
        return sum(1 for j in self._jobs.values() if j.mode == mode)

    @Slot(int, str, object)
    def _on_event(self, job_id: int, kind: str, payload: Any) -> None:
        job = self._jobs.get(job_id)
        if job is None:
            return
        if kind == "started":
            worker, at = payload
            job._mark_started(worker, at)
        elif kind == "outcome":
            self._drain_progress()
            self._finish(job, payload)

    def _finish(self, job: Job, outcome: Outcome) -> None:
        del self._jobs[job.id]
        self._dispatchers[job.mode].forget(job.id)
        job._finish(outcome)
        if outcome.kind == "errored" and outcome.error is not None:
            log.error("Job %d (%s) failed:\n%s", job.id, job.mode, outcome.error.traceback)
        if not self._jobs and self._pump is not None:
            self._pump.stop()

    def _drain_progress(self) -> None:
        for job_id, percent in self._board.drain().items():
            if job := self._jobs.get(job_id):
                job._mark_progress(percent)

    def close(self, timeout_s: float = CLOSE_TIMEOUT_S) -> None:
        """Cancel every job, join every thread, end every child process; idempotent."""
        if self._closed:
            return
        self._closed = True
        started = time.perf_counter()
        deadline = started + timeout_s
        self.cancel_all()
        for dispatcher in self._dispatchers.values():
            dispatcher.close(deadline)
        self._host.close(deadline)
        QCoreApplication.sendPostedEvents(self._signaller)
        for job in list(self._jobs.values()):
            self._finish(job, Outcome("cancelled"))
        if self._pump is not None:
            self._pump.stop()
        log.info("Runner closed in %.2f s", time.perf_counter() - started)
