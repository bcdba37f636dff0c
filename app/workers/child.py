"""What runs inside a spawned child: set up logging and cancellation, run, send the outcome.

Qt-free on purpose: a spawn child unpickles these functions by importing this module.
Children talk to the parent through one ``multiprocessing`` queue of events, drained in
the parent by a bridge thread, and read cancellation from a shared array of flags.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import threading
import time
from multiprocessing.queues import Queue
from multiprocessing.reduction import ForkingPickler
from typing import Any

from app.workers.outcome import ErrorInfo, Outcome, Task, execute
from app.workers.reporting import Cancelled

PROGRESS_INTERVAL_S = 0.03

_events: Queue[Any] | None = None
_flags: Any = None


def child_init(events: Queue[Any], flags: Any) -> None:
    """Route this child's logging to the parent and remember where cancel flags live."""
    global _events, _flags
    _events, _flags = events, flags
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(events)]
    root.setLevel(logging.INFO)


def flag_slot(job_id: int, flags: Any) -> int:
    """The cancel-flag slot of ``job_id``: at most ``len(flags)`` jobs can be in flight."""
    return job_id % len(flags)


class ProcessReporter:
    """Reporter inside a child: progress over the events queue, throttled; cancel from flags."""

    def __init__(self, job_id: int) -> None:
        assert _events is not None, "child_init must run first"
        self.job_id = job_id
        self._slot = flag_slot(job_id, _flags)
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
        """True once the parent raised this job's flag."""
        return bool(_flags[self._slot])

    def check(self) -> None:
        """Raise :class:`Cancelled` once the parent raised this job's flag."""
        if _flags[self._slot]:
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
    task: Task, kwargs: dict[str, Any], job_id: int, events: Queue[Any], flags: Any
) -> None:
    """Target of a process started per click."""
    threading.current_thread().name = f"job-{job_id}"
    child_init(events, flags)
    run_job(task, kwargs, job_id)


def warm(_: int) -> int:
    """A no-op that makes a pool start its worker processes ahead of the first click."""
    return os.getpid()
