"""Runs crawls off the GUI thread and hands their rows to the GUI at frame rate.

The crawl thread only appends rows to a list under a lock; a QTimer in the GUI thread
takes the whole list once per frame and emits it as one batch. 10,000 URLs finishing in a
burst cost the GUI one table insert per frame, never one signal per row. The buffer never
holds more than the rows of one run.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.workers.crawl_plan import CrawlResult
from app.workers.crawler import Crawl, CrawlSummary, FetchLimits
from app.workers.outcome import ErrorInfo
from app.workers.timeline import TimelineRecorder

FRAME_MS = 33


class CrawlController(QObject):
    """Start, cancel and shut down one crawl at a time; lives in the GUI thread.

    With a ``recorder``, each fetch is drawn in its worker thread's timeline lane.
    """

    started = Signal(str, int)
    """Pool kind and number of input rows of the run that just began."""
    resultsReady = Signal(list)
    """A batch of :class:`CrawlResult` rows, at most one batch per frame."""
    progressed = Signal(int, int, int)
    """Rows done, rows in all, requests in flight; once per frame while running."""
    finished = Signal(object)
    """The :class:`CrawlSummary`, after the last batch of rows."""
    failed = Signal(object)
    """An :class:`ErrorInfo` if the run itself broke (rows never crash a run)."""

    def __init__(
        self,
        limits: FetchLimits | None = None,
        frame_ms: int = FRAME_MS,
        parent: QObject | None = None,
        recorder: TimelineRecorder | None = None,
    ) -> None:
        super().__init__(parent)
        self.limits = limits or FetchLimits()
        self.recorder = recorder
        self._lock = threading.Lock()
        self._pending: list[CrawlResult] = []
        self._crawl: Crawl | None = None
        self._thread: threading.Thread | None = None
        self._outcome: Any = None
        self._timer = QTimer(self)
        self._timer.setInterval(frame_ms)
        self._timer.timeout.connect(self._drain)
        self.last_sequential: dict[int, float] = {}

    def is_running(self) -> bool:
        """True from :meth:`start` until :attr:`finished` (or :attr:`failed`) is emitted."""
        return self._thread is not None

    def start(self, lines: list[str], kind: str, pool_size: int) -> bool:
        """Begin a crawl of ``lines`` on a background thread; False if one is running.

        Validation, the pool and every request live on that thread: the click that calls
        this only creates one thread.
        """
        if self._thread is not None:
            return False
        crawl = Crawl(lines, kind, pool_size, self.limits, self._post, self.recorder)
        self._crawl, self._outcome = crawl, None
        self._thread = threading.Thread(target=self._run, args=(crawl,), name="crawl-runner")
        self._thread.start()
        self._timer.start()
        self.started.emit(kind, crawl.total)
        return True

    def cancel(self) -> None:
        """Cancel pending URLs; requests in flight finish within their timeouts."""
        if self._crawl is not None:
            self._crawl.cancel()

    def shutdown(self) -> None:
        """Abort the run, join its thread and stop the timer, synchronously; no signal after.

        Bodies being read stop at once; a request still waiting for a server ends at its
        connect/read timeout, which bounds how long this can take.
        """
        self._timer.stop()
        if self._crawl is not None:
            self._crawl.abort()
        if self._thread is not None:
            self._thread.join()
        self._thread = self._crawl = None
        with self._lock:
            self._pending = []

    def _post(self, result: CrawlResult) -> None:
        with self._lock:
            self._pending.append(result)

    def _run(self, crawl: Crawl) -> None:
        try:
            self._outcome = crawl.run()
        except Exception as exc:
            self._outcome = ErrorInfo.from_exception(exc)

    def _drain(self) -> None:
        with self._lock:
            batch, self._pending = self._pending, []
        if batch:
            self.resultsReady.emit(batch)
        crawl, thread = self._crawl, self._thread
        if crawl is None or thread is None:
            return
        self.progressed.emit(crawl.done, crawl.total, crawl.in_flight)
        if thread.is_alive():
            return
        thread.join()
        self._timer.stop()
        self._thread = self._crawl = None
        with self._lock:
            late, self._pending = self._pending, []
        if late:
            self.resultsReady.emit(late)
        outcome = self._outcome
        if isinstance(outcome, CrawlSummary):
            if outcome.kind == "sequential" and not outcome.was_cancelled:
                self.last_sequential[outcome.url_key] = outcome.wall_s
            self.finished.emit(outcome)
        else:
            self.failed.emit(outcome)

    def sequential_wall(self, summary: CrawlSummary) -> float | None:
        """Wall time of the last complete sequential run over the same URLs, if any."""
        return self.last_sequential.get(summary.url_key)
