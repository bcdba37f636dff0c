"""Inline, ``threading.Thread`` per click, and a thread pool: work in this process."""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from app.workers.job import Job
from app.workers.modes.base import Dispatcher, EventSink, remaining
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


class ThreadDispatcher(Dispatcher):
    """A new ``threading.Thread`` per job, as a naive server would: capped so it cannot run away."""

    mode = "thread"

    def __init__(self, sink: EventSink, board: ProgressBoard, cap: int) -> None:
        super().__init__(sink)
        self._board = board
        self.cap = cap
        self._live: dict[int, tuple[threading.Thread, ThreadReporter]] = {}

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

    def cancel(self, job: Job) -> None:
        """Raise the job's cancel token."""
        if entry := self._live.get(job.id):
            entry[1].cancel()

    def forget(self, job_id: int) -> None:
        """Drop the finished thread (it is about to return)."""
        self._live.pop(job_id, None)

    def live(self) -> int:
        """Threads started and not yet reported finished."""
        return len(self._live)

    def close(self, deadline: float) -> None:
        """Cancel every thread and join it."""
        for _, reporter in self._live.values():
            reporter.cancel()
        for thread, _ in list(self._live.values()):
            thread.join(remaining(deadline))


class ThreadPoolDispatcher(Dispatcher):
    """A bounded ``ThreadPoolExecutor``: extra jobs wait in its queue instead of piling threads."""

    mode = "thread_pool"

    def __init__(self, sink: EventSink, board: ProgressBoard, workers: int) -> None:
        super().__init__(sink)
        self._board = board
        self.workers = workers
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="pool")
        self._live: dict[int, tuple[Future[None], ThreadReporter]] = {}

    def start(self, job: Job, task: Task, kwargs: dict[str, Any]) -> None:
        """Queue the job on the pool."""
        reporter = ThreadReporter(job.id, self._board)
        future = self._pool.submit(run_reported, self._sink, job.id, task, kwargs, reporter)
        self._live[job.id] = (future, reporter)

    def cancel(self, job: Job) -> None:
        """Drop the job if it is still queued, else raise its cancel token."""
        entry = self._live.get(job.id)
        if entry is None:
            return
        future, reporter = entry
        if future.cancel():
            self._sink(job.id, "outcome", Outcome("cancelled"))
        else:
            reporter.cancel()

    def forget(self, job_id: int) -> None:
        """Drop the finished job's future."""
        self._live.pop(job_id, None)

    def live(self) -> int:
        """Jobs running or queued in the pool."""
        return len(self._live)

    def close(self, deadline: float) -> None:
        """Cancel what is queued, stop what runs, and join the pool's threads."""
        for _, reporter in self._live.values():
            reporter.cancel()
        self._pool.shutdown(wait=True, cancel_futures=True)
