"""What runs inside a spawned child: set up logging and cancellation, run, send the outcome.

Qt-free on purpose: a spawn child unpickles these functions by importing this module.
Children talk to the parent through one ``multiprocessing`` queue of events, drained in
the parent by a bridge thread; a pool's children read cancellation from a shared array
of flags, a per-click child from its own event.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import threading
import time
from collections.abc import Callable
from multiprocessing.queues import Queue
from multiprocessing.reduction import ForkingPickler

from app.workers.outcome import ErrorInfo, Outcome, Task, execute
from app.workers.reporting import Cancelled

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

PROGRESS_INTERVAL_S = 0.03

_events: Queue[Any] | None = None
_is_cancelled: Callable[[int], bool] = lambda job_id: False  # noqa: E731


def child_init(events: Queue[Any], flags: Any = None) -> None:
    """Route this child's logging to the parent; a pool's children read cancel ``flags``."""
    global _events, _is_cancelled
    _events = events
    if flags is not None:
        _is_cancelled = lambda job_id: bool(flags[flag_slot(job_id, flags)])  # noqa: E731
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(events)]
    root.setLevel(logging.INFO)


def flag_slot(job_id: int, flags: Any) -> int:
    """The cancel-flag slot of ``job_id``: at most ``len(flags)`` jobs can be in flight."""
    return job_id % len(flags)


class ProcessReporter:
    """Reporter inside a child: progress over the events queue (throttled), cancel in."""

    def __init__(self, job_id: int) -> None:
        assert _events is not None, "child_init must run first"
        self.job_id = job_id
        self._last = -1
        self._sent_at = 0.0

    def progress(self, percent: int) -> None:
        """Send ``percent`` if it changed, at most every few frames (100 always goes)."""
        percent = max(0, min(100, int(percent)))
        now = time.perf_counter()
        if percent != self._last and (percent == 100 or now - self._sent_at >= PROGRESS_INTERVAL_S):
            self._last, self._sent_at = percent, now
            _events.put(("progress", self.job_id, percent))  # type: ignore[union-attr]

    def cancelled(self) -> bool:
        """True once the parent asked this job to stop."""
        return _is_cancelled(self.job_id)

    def check(self) -> None:
        """Raise :class:`Cancelled` once the parent asked this job to stop."""
        if _is_cancelled(self.job_id):
            raise Cancelled


def _send_outcome(job_id: int, outcome: Outcome) -> None:
    try:
        ForkingPickler.dumps(outcome)
    except Exception as exc:
        outcome = Outcome("errored", error=ErrorInfo.from_exception(exc))
    _events.put(("outcome", job_id, outcome))  # type: ignore[union-attr]


def run_job(task: Task, kwargs: dict[str, Any], job_id: int) -> None:
    """Run one job in this child and report its start and outcome to the parent."""
    assert _events is not None, "child_init must run first"
    worker = f"pid {os.getpid()}"
    _events.put(("started", job_id, (worker, time.perf_counter())))
    _send_outcome(job_id, execute(task, ProcessReporter(job_id), kwargs))


def process_main(
    task: Task, kwargs: dict[str, Any], job_id: int, events: Queue[Any], cancel: Any
) -> None:
    """Target of a process started per click; ``cancel`` is its own ``Event``.

    An event rather than the pool's shared flag array: unpickling a shared array imports
    ``ctypes``, which would cost every click's child a few milliseconds more to start.
    """
    global _is_cancelled
    threading.current_thread().name = f"job-{job_id}"
    child_init(events)
    _is_cancelled = lambda _: cancel.is_set()  # noqa: E731
    run_job(task, kwargs, job_id)


def warm(_: int) -> int:
    """A no-op that makes a pool start its worker processes ahead of the first click."""
    return os.getpid()
