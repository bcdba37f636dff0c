"""Inline, ``threading.Thread`` per click, and a thread pool: work in this process."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from app.workers.job import Job
from app.workers.modes.base import Dispatcher, EventSink, TokenDispatcher, remaining
from app.workers.outcome import Outcome, Task, execute
from app.workers.reporting import ProgressBoard, ThreadReporter

THREAD_POOL_WORKERS = 4


def run_reported(
    sink: EventSink, job_id: int, task: Task, kwargs: dict[str, Any], reporter: ThreadReporter
) -> None:
    """Body of every in-process worker: announce, run, report the outcome."""
    sink(job_id, "started", (threading.current_thread().name, time.perf_counter()))
    sink(job_id, "outcome", execute(task, reporter, kwargs))


class InlineDispatcher(Dispatcher):
    """Runs the task right here, in the click handler: the window freezes until it ends."""

    mode = "inline"

    def __init__(self, sink: EventSink, board: ProgressBoard) -> None:
        super().__init__(sink)
        self._board = board
        self._running: ThreadReporter | None = None

    def start(self, job: Job, task: Task, kwargs: dict[str, Any]) -> None:
        """Run to the end before returning: this is the lesson."""
        self._running = ThreadReporter(job.id, self._board)
        try:
            run_reported(self._sink, job.id, task, kwargs, self._running)
        finally:
            self._running = None

    def cancel(self, job: Job) -> None:
        """Nothing can reach a job that blocks the only thread that handles clicks."""
        if self._running is not None and self._running.job_id == job.id:
            self._running.cancel()

    def forget(self, job_id: int) -> None:
        """Nothing is kept per job."""

    def live(self) -> int:
        """At most the one job blocking the GUI."""
        return int(self._running is not None)

    def close(self, deadline: float) -> None:
        """Nothing runs in the background."""


class ThreadDispatcher(TokenDispatcher):
    """A new ``threading.Thread`` per job, as a naive server would: capped so it cannot run away."""

    mode = "thread"

    def __init__(self, sink: EventSink, board: ProgressBoard, cap: int) -> None:
        super().__init__(sink, board)
        self.cap = cap

    def start(self, job: Job, task: Task, kwargs: dict[str, Any]) -> None:
        """Start a thread named after the job."""
        reporter = ThreadReporter(job.id, self._board)
        thread = threading.Thread(
            target=run_reported,
            args=(self._sink, job.id, task, kwargs, reporter),
            name=f"thread-{job.id}",
        )
        self._live[job.id] = (thread, reporter)
        thread.start()

    def close(self, deadline: float) -> None:
        """Cancel every thread and join it."""
        for thread in self.cancel_all():
            thread.join(remaining(deadline))


class ThreadPoolDispatcher(TokenDispatcher):
    """A bounded ``ThreadPoolExecutor``: extra jobs wait in its queue instead of piling threads."""

    mode = "thread_pool"

    def __init__(self, sink: EventSink, board: ProgressBoard, workers: int) -> None:
        super().__init__(sink, board)
        self.workers = workers
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="pool")

    def start(self, job: Job, task: Task, kwargs: dict[str, Any]) -> None:
        """Queue the job on the pool."""
        reporter = ThreadReporter(job.id, self._board)
        future = self._pool.submit(run_reported, self._sink, job.id, task, kwargs, reporter)
        self._live[job.id] = (future, reporter)

    def cancel(self, job: Job) -> None:
        """Drop the job if it is still queued, else raise its cancel token."""
        entry = self._live.get(job.id)
        if entry is not None and entry[0].cancel():
            self._sink(job.id, "outcome", Outcome("cancelled"))
        else:
            super().cancel(job)

    def close(self, deadline: float) -> None:
        """Cancel what is queued, stop what runs, and join the pool's threads."""
        self.cancel_all()
        self._pool.shutdown(wait=True, cancel_futures=True)
