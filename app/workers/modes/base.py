"""What every dispatcher offers the Runner, and how events get back to it."""

from __future__ import annotations

import abc
import time
from collections.abc import Callable
from typing import Any

from app.workers.job import Job
from app.workers.outcome import Task
from app.workers.reporting import ProgressBoard, ThreadReporter

EventSink = Callable[[int, str, Any], None]
"""``sink(job_id, kind, payload)``: thread-safe; delivers to the Runner in the GUI thread.

Kinds: ``"started"`` with ``(worker_label, perf_counter_time)``, ``"outcome"`` with an
:class:`~app.workers.outcome.Outcome`.
"""


class Dispatcher(abc.ABC):
    """Runs jobs in one way. Called from the GUI thread only; must return at once."""

    mode: str = ""
    cap: int | None = None
    """How many jobs may be live at once before new ones are refused (``None``: queue them)."""

    def __init__(self, sink: EventSink) -> None:
        self._sink = sink

    @abc.abstractmethod
    def start(self, job: Job, task: Task, kwargs: dict[str, Any]) -> None:
        """Begin running ``task`` for ``job`` (or queue it) without blocking."""

    @abc.abstractmethod
    def cancel(self, job: Job) -> None:
        """Ask ``job``'s worker to stop."""

    @abc.abstractmethod
    def forget(self, job_id: int) -> None:
        """The job ended: drop what was kept for it."""

    @abc.abstractmethod
    def live(self) -> int:
        """How many jobs this dispatcher is running or holding."""

    @abc.abstractmethod
    def close(self, deadline: float) -> None:
        """Stop everything by ``deadline`` (a ``perf_counter`` time): join, terminate, reap."""


def remaining(deadline: float, floor: float = 0.0) -> float:
    """Seconds left until ``deadline``, never below ``floor``."""
    return max(floor, deadline - time.perf_counter())



class TokenDispatcher(Dispatcher):
    """A dispatcher whose jobs run in this process and stop on a cancel token.

    Keeps ``job id -> (handle, reporter)`` for live jobs, where the handle is whatever
    runs the job (a thread, a future, a QThread); subclasses start jobs and close.
    """

    def __init__(self, sink: EventSink, board: ProgressBoard) -> None:
        super().__init__(sink)
        self._board = board
        self._live: dict[int, tuple[Any, ThreadReporter]] = {}

    def cancel(self, job: Job) -> None:
        """Raise the job's cancel token."""
        if entry := self._live.get(job.id):
            entry[1].cancel()

    def forget(self, job_id: int) -> None:
        """Drop the finished job."""
        self._live.pop(job_id, None)

    def live(self) -> int:
        """Jobs started (or queued) and not yet reported finished."""
        return len(self._live)

    def cancel_all(self) -> list[Any]:
        """Raise every live job's token; return their handles, to join."""
        for _, reporter in self._live.values():
            reporter.cancel()
        return [handle for handle, _ in self._live.values()]
