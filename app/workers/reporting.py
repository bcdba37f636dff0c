"""The contract between a task and whoever runs it: progress out, cancellation in.

Qt-free, so the same task code runs inline, in a thread, a QThread or a spawned process.
"""

from __future__ import annotations

import threading

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Protocol


class Cancelled(Exception):
    """Raised by :meth:`Reporter.check` when the job was asked to stop."""


if TYPE_CHECKING:
    # A type-checking-only protocol: spawned children import this module, and importing
    # ``typing`` at run time would cost each of them a few milliseconds.
    class Reporter(Protocol):
        """What a task may tell its runner, and ask it."""

        def progress(self, percent: int) -> None:
            """Record how far the task is, 0-100. Cheap: callable every microsecond."""

        def cancelled(self) -> bool:
            """True once someone asked the job to stop."""

        def check(self) -> None:
            """Raise :class:`Cancelled` if someone asked the job to stop."""


class ProgressBoard:
    """Latest progress per job, written by any thread, drained by the GUI at frame rate.

    A worker that reports a million times costs a dict store each time, never a signal:
    the GUI reads only the newest value per job when it paints.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latest: dict[int, int] = {}

    def post(self, job_id: int, percent: int) -> None:
        """Remember ``percent`` as the newest progress of ``job_id``."""
        with self._lock:
            self._latest[job_id] = percent

    def drain(self) -> dict[int, int]:
        """Return and forget everything posted since the last drain."""
        with self._lock:
            latest, self._latest = self._latest, {}
        return latest


class ThreadReporter:
    """Reporter for work running in this process (inline, threads, QThread, thread pool)."""

    def __init__(self, job_id: int, board: ProgressBoard) -> None:
        self.job_id = job_id
        self._board = board
        self._stop = threading.Event()
        self._last = -1

    def progress(self, percent: int) -> None:
        """Post ``percent`` if it changed (a flood of equal values costs nothing)."""
        percent = max(0, min(100, int(percent)))
        if percent != self._last:
            self._last = percent
            self._board.post(self.job_id, percent)

    def cancel(self) -> None:
        """Ask the task to stop at its next check."""
        self._stop.set()

    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._stop.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` once :meth:`cancel` was called."""
        if self._stop.is_set():
            raise Cancelled
