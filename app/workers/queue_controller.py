"""Runs the queue lab's engine off the GUI thread and hands the GUI coalesced snapshots.

The engine runs on one background thread per run. Workers publish counts into shared
slots; a single QTimer in the GUI thread reads them at frame rate and emits ``updated``
with a :class:`Snapshot`, so the GUI sees one update per frame however fast items flow.

It also makes the queue an execution mode: :meth:`QueueController.submit_callable` only
puts a callable on the queue and returns; a thread-backend "service" run is started on
demand and its consumer threads run the callables.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer, Signal

from app.workers.queue_lab import Live, QueueEngine
from app.workers.queue_model import QueueConfig, Summary

log = logging.getLogger(__name__)

FRAME_MS = 33
RATE_WINDOW_S = 1.0
JOIN_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class Snapshot:
    """Everything the panel paints, taken once per frame."""

    config: QueueConfig
    live: Live
    elapsed_s: float
    rate: float
    """Items consumed per second over the last second."""

    @property
    def produced(self) -> int:
        """Items put so far, by producers and by the GUI."""
        return sum(self.live.counts[: self.config.producers]) + self.live.submitted

    @property
    def consumed(self) -> int:
        """Items processed so far."""
        return sum(self.live.counts[self.config.producers :])

    @property
    def discarded(self) -> int:
        """Items taken out and thrown away so far."""
        return sum(self.live.discards)


class QueueController(QObject):
    """Owns at most one engine run at a time; lives in, and is driven from, the GUI thread.

    Signals are emitted in the GUI thread only: ``updated(Snapshot)`` each frame while a
    run is active, ``finished(Summary)`` once per run, and for submitted callables
    ``callTaken(int)`` when a consumer takes one and ``callDropped(int)`` when one is
    discarded instead of run.
    """

    updated = Signal(object)
    finished = Signal(object)
    started = Signal(object)
    callTaken = Signal(int)
    callDropped = Signal(int)

    def __init__(self, service_consumers: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service_consumers = service_consumers
        self._engine: QueueEngine | None = None
        self._thread: threading.Thread | None = None
        self._started_at = 0.0
        self._rate_window: deque[tuple[float, int]] = deque()
        self._taken: deque[int] = deque()
        self._dropped: deque[int] = deque()
        self._waiting: deque[tuple[Callable[[], object], int]] = deque()
        self._callbacks: dict[int, Callable[[int], None]] = {}
        self._aliases: dict[int, int] = {}
        """Engine call id -> the id :meth:`submit_callable` returned."""
        self._local_ids = 0
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self.last_summary: Summary | None = None

    # -- the lab ------------------------------------------------------------------------

    def is_running(self) -> bool:
        """True from :meth:`start` until ``finished`` was emitted."""
        return self._engine is not None

    def is_service(self) -> bool:
        """True while the current run is the service that executes submitted callables."""
        return self._engine is not None and self._engine.config.service

    def start(self, config: QueueConfig) -> bool:
        """Start a run in the background; False if one is already running."""
        if self._engine is not None:
            return False
        engine = QueueEngine(config, self._taken.append, self._dropped.append)
        thread = threading.Thread(target=engine.run, name="queue-lab", daemon=True)
        self._engine, self._thread = engine, thread
        self._started_at = time.perf_counter()
        self._rate_window.clear()
        thread.start()
        self._timer.start()
        self.started.emit(config)
        return True

    def stop(self, drain: bool = True) -> None:
        """Ask the run to stop: finish the backlog (drain) or throw it away. Returns at once."""
        if self._engine is not None:
            self._engine.stop(drain)

    def snapshot(self) -> Snapshot | None:
        """The current run's counts, states, depth and rate; None when idle."""
        engine = self._engine
        if engine is None:
            return None
        now = time.perf_counter()
        live = engine.live()
        snap = Snapshot(engine.config, live, now - self._started_at, 0.0)
        window = self._rate_window
        window.append((now, snap.consumed + snap.discarded))
        while len(window) > 2 and now - window[0][0] > RATE_WINDOW_S:
            window.popleft()
        (t0, n0), (t1, n1) = window[0], window[-1]
        rate = (n1 - n0) / (t1 - t0) if t1 > t0 else 0.0
        return replace(snap, rate=rate)

    # -- the queue as an execution mode ------------------------------------------------

    def submit_callable(
        self, fn: Callable[[], object], on_taken: Callable[[int], None] | None = None
    ) -> int:
        """Put ``fn`` on the lab's queue and return its id at once; never blocks.

        A consumer thread of a thread-backend service run calls ``fn()``; the run starts
        now if none is going. While another run is busy, the call waits its turn here.
        ``on_taken(id)`` is called in the GUI thread when a consumer takes the call (so a
        job can go from *queued* to *running*); ``callDropped(id)`` says it never will.
        """
        self._local_ids += 1
        local = self._local_ids
        if on_taken is not None:
            self._callbacks[local] = on_taken
        self._waiting.append((fn, local))
        self._flush_waiting()
        return local

    def _flush_waiting(self) -> None:
        if not self._waiting:
            return
        if self._engine is None:
            consumers = max(1, min(16, self.service_consumers))
            self.start(
                QueueConfig(
                    producers=0, consumers=consumers, capacity=0, items=None, service=True,
                    produce_ms=0, consume_ms=0,
                )
            )
        engine = self._engine
        if engine is None or not engine.accepting():
            return
        while self._waiting:
            fn, local = self._waiting[0]
            call_id = engine.submit(fn)
            if call_id is None:
                return
            self._waiting.popleft()
            self._aliases[call_id] = local

    def _report_calls(self) -> None:
        aliases = self._aliases
        while self._taken:
            local = aliases.pop(self._taken.popleft(), None)
            if local is not None:
                callback = self._callbacks.pop(local, None)
                if callback is not None:
                    callback(local)
                self.callTaken.emit(local)
        while self._dropped:
            local = aliases.pop(self._dropped.popleft(), None)
            if local is not None:
                self._callbacks.pop(local, None)
                self.callDropped.emit(local)

    # -- frame tick and shutdown -------------------------------------------------------

    def _tick(self) -> None:
        self._report_calls()
        snap = self.snapshot()
        if snap is not None:
            self.updated.emit(snap)
        thread = self._thread
        if thread is not None and not thread.is_alive():
            self._retire()

    def _retire(self) -> None:
        """Join the finished run's thread, publish its summary, start what waits."""
        engine, thread = self._engine, self._thread
        self._engine = self._thread = None
        if thread is not None:
            thread.join()
        self._report_calls()
        if engine is not None and engine.summary is not None:
            self.last_summary = engine.summary
            self.finished.emit(engine.summary)
        if self._waiting:
            self._flush_waiting()
        elif self._engine is None:
            self._timer.stop()

    def shutdown(self) -> None:
        """Abort any run and join everything, synchronously: no thread or child is left."""
        self._timer.stop()
        engine, thread = self._engine, self._thread
        if engine is not None:
            engine.abort()
        if thread is not None:
            thread.join(JOIN_TIMEOUT_S)
            if thread.is_alive():
                log.error("Queue lab thread did not end within %.0f s", JOIN_TIMEOUT_S)
        self._engine = self._thread = None
        self._report_calls()
        for _, local in self._waiting:
            self.callDropped.emit(local)
        self._waiting.clear()
        self._callbacks.clear()
        if engine is not None and engine.summary is not None:
            self.last_summary = engine.summary
