"""The queue lab as an execution mode: the click only puts the job on the lab's queue.

The lab's consumer threads take jobs in order and run them, so ten quick clicks build a
backlog the lab's panel shows filling up and draining: the producer/consumer pattern
applied to the GUI itself. A job stays *queued* until a consumer takes it.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from app.workers.job import Job
from app.workers.modes.base import EventSink, TokenDispatcher
from app.workers.modes.threads import run_reported
from app.workers.outcome import Outcome, Task
from app.workers.queue_controller import QueueController
from app.workers.reporting import ProgressBoard, ThreadReporter


class QueueDispatcher(TokenDispatcher):
    """Hands jobs to a :class:`QueueController`; extra jobs wait on its queue, never refused."""

    mode = "queue"

    def __init__(self, sink: EventSink, board: ProgressBoard, controller: QueueController):
        super().__init__(sink, board)
        self.controller = controller
        self._jobs_by_call: dict[int, int] = {}
        controller.callDropped.connect(self._on_dropped)

    def start(self, job: Job, task: Task, kwargs: dict[str, Any]) -> None:
        """Put the job on the lab's queue; a consumer thread will run it."""
        reporter = ThreadReporter(job.id, self._board)
        call = self.controller.submit_callable(
            partial(run_reported, self._sink, job.id, task, kwargs, reporter))
        self._live[job.id] = (call, reporter)
        self._jobs_by_call[call] = job.id

    def _on_dropped(self, call: int) -> None:
        job_id = self._jobs_by_call.pop(call, None)
        if job_id is not None:
            self._sink(job_id, "outcome", Outcome("cancelled"))

    def forget(self, job_id: int) -> None:
        """Drop the finished job."""
        entry = self._live.get(job_id)
        if entry is not None:
            self._jobs_by_call.pop(entry[0], None)
        super().forget(job_id)

    def close(self, deadline: float) -> None:
        """Cancel every job (a queued one ends as soon as a consumer takes it); stop."""
        self.cancel_all()
        self.controller.shutdown()
