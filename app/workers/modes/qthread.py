"""QThread per job, the canonical way: a worker object moved to a plain ``QThread``.

The worker's signal is connected to a signal of an object living in the GUI thread, so
Qt queues every event across; the worker never calls back into Python objects directly.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, SignalInstance, Slot

from app.workers.job import Job
from app.workers.modes.base import EventSink, TokenDispatcher, remaining
from app.workers.outcome import Task, execute
from app.workers.reporting import ProgressBoard, ThreadReporter


class QtWorker(QObject):
    """Runs one task when its thread starts, then stops that thread."""

    event = Signal(int, str, object)

    def __init__(self, job_id: int, task: Task, kwargs: dict[str, Any], reporter: ThreadReporter):
        super().__init__()
        self._job_id = job_id
        self._task = task
        self._kwargs = kwargs
        self.reporter = reporter

    @Slot()
    def run(self) -> None:
        """Announce, run, report; then end the thread's event loop."""
        thread = QThread.currentThread()
        self.event.emit(self._job_id, "started", (thread.objectName(), time.perf_counter()))
        self.event.emit(self._job_id, "outcome", execute(self._task, self.reporter, self._kwargs))
        thread.quit()


class QThreadDispatcher(TokenDispatcher):
    """One ``QThread`` per job, capped like plain threads."""

    mode = "qthread"

    def __init__(
        self, sink: EventSink, relay: SignalInstance, board: ProgressBoard, cap: int
    ) -> None:
        super().__init__(sink, board)
        self._relay = relay
        self.cap = cap
        self._workers: dict[int, QtWorker] = {}

    def start(self, job: Job, task: Task, kwargs: dict[str, Any]) -> None:
        """Create the thread and worker here, in the GUI thread, and start the thread."""
        thread = QThread()
        thread.setObjectName(f"qthread-{job.id}")
        reporter = ThreadReporter(job.id, self._board)
        worker = QtWorker(job.id, task, kwargs, reporter)
        worker.moveToThread(thread)
        worker.event.connect(self._relay)
        thread.started.connect(worker.run)
        self._live[job.id] = (thread, reporter)
        self._workers[job.id] = worker
        thread.start()

    def forget(self, job_id: int) -> None:
        """Wait the few microseconds until the thread's loop ends, then let both go."""
        entry = self._live.get(job_id)
        if entry is not None:
            entry[0].wait()
        super().forget(job_id)
        self._workers.pop(job_id, None)

    def close(self, deadline: float) -> None:
        """Cancel every worker, then wait for each thread to end."""
        for thread in self.cancel_all():
            thread.wait(int(remaining(deadline) * 1000))
        for job_id in list(self._live):
            self.forget(job_id)
