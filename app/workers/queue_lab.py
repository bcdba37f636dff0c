"""The queue lab's engine: N producers, M consumers, one queue, and an exact ledger.

``QueueEngine.run()`` blocks from the first worker started to the last one joined, so it
runs on a background thread (see ``queue_controller``); ``stop``/``abort``/``submit`` may
be called from any thread. Qt-free: the engine knows nothing about who watches it.

Shutdown policies:
- ``sentinel`` (default): once the producers are done, put one ``None`` per consumer.
- ``stop_at_one``: the seed's way. Each producer ends by putting 1 and a consumer stops
  when it sees 1: with several consumers some never get a 1 and wait forever, or all stop
  while items remain. A watchdog notices when nothing moves, releases the stuck workers,
  counts the stranded items and reports it.
- ``shutdown``: ``queue.Queue.shutdown()`` (Python 3.13+, thread backend only).
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.workers.queue_backends import JOIN_GRACE_S, ProcessBackend, ThreadBackend
from app.workers.queue_model import QueueConfig, Summary, tally
from app.workers.queue_roles import (
    ABORT,
    DISCARD,
    IDLE,
    MARKER,
    POLL_S,
    SENTINEL,
    STOP,
    Call,
    put_item,
)

log = logging.getLogger(__name__)

_call_ids = itertools.count(2)
"""Ids of submitted callables: small ints, so never the marker 1 nor a lab item id."""


@dataclass(frozen=True)
class Live:
    """A point-in-time view of a run, cheap enough to take at frame rate."""

    depth: int
    counts: tuple[int, ...]
    discards: tuple[int, ...]
    states: tuple[int, ...]
    submitted: int


class QueueEngine:
    """One run of the lab, from start to an exact tally.

    ``on_taken(call_id)`` and ``on_dropped(call_id)`` are called in a consumer thread
    when a submitted callable is taken or discarded; keep them tiny and thread-safe.
    """

    def __init__(
        self,
        config: QueueConfig,
        on_taken: Callable[[int], None] | None = None,
        on_dropped: Callable[[int], None] | None = None,
    ) -> None:
        self.config = config
        self._on_dropped = on_dropped or (lambda _: None)
        self._backend: ThreadBackend | ProcessBackend | None = None
        if config.backend == "thread":
            self._backend = ThreadBackend(config, on_taken or (lambda _: None), self._on_dropped)
        self._lock = threading.Lock()
        self._closed = False
        self._submitted: list[int] = []
        self._wake = threading.Event()
        self._stopped = False
        self._drain = True
        self._pending_flags: set[int] = set()
        self._stranded: list[int] = []
        self.summary: Summary | None = None

    # -- any thread -----------------------------------------------------------------

    def stop(self, drain: bool = True) -> None:
        """Stop producing now; consumers finish the backlog (drain) or throw it away."""
        with self._lock:
            self._closed = True
            self._stopped = True
            self._drain = self._drain and drain
            self._raise(STOP, *(() if drain else (DISCARD,)))

    def abort(self) -> None:
        """Stop everything as fast as possible: workers quit, leftovers are discarded."""
        with self._lock:
            self._closed = True
            self._drain = False
            self._raise(STOP, DISCARD, ABORT)

    def _raise(self, *flags: int) -> None:
        backend = self._backend
        self._pending_flags.update(flags)
        if backend is not None:
            for flag in flags:
                backend.board.flags[flag] = 1
        self._wake.set()

    def submit(self, fn: Callable[[], object]) -> int | None:
        """Queue ``fn`` for a consumer thread without blocking; None if the run is closing."""
        backend = self._backend
        if not self.config.service or not isinstance(backend, ThreadBackend):
            raise RuntimeError("only a thread-backend service run accepts callables")
        with self._lock:
            if self._closed:
                return None
            call = Call(next(_call_ids), fn)
            self._submitted.append(call.id)
            backend.queue.put_nowait(call)
        return call.id

    def accepting(self) -> bool:
        """True while :meth:`submit` would take a callable."""
        return self.config.service and not self._closed

    def live(self) -> Live:
        """Counts, states and depth as the workers last published them."""
        backend = self._backend
        n = self.config.workers
        if backend is None:
            return Live(0, (0,) * n, (0,) * n, (IDLE,) * n, len(self._submitted))
        board = backend.board
        return Live(
            backend.depth(), tuple(board.counts), tuple(board.discards), tuple(board.states),
            len(self._submitted),
        )

    # -- the engine's own thread -------------------------------------------------------

    def run(self) -> Summary:
        """Run to the end and return the tally. Blocking: call it off the GUI thread."""
        errors: list[str] = []
        start = time.perf_counter()
        wall = 0.0
        hung = stranded_count = killed = 0
        backend: ThreadBackend | ProcessBackend | None = self._backend
        try:
            if backend is None:
                backend = ProcessBackend(self.config)
                with self._lock:
                    self._backend = backend
                    self._raise(*self._pending_flags)
            start = time.perf_counter()
            backend.start()
            hung = self._wait_producers(backend)
            if not hung:
                self._end_consumers(backend)
                hung = self._wait_consumers(backend)
            wall = time.perf_counter() - start
        except Exception as exc:
            log.exception("Queue lab run failed")
            errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            if backend is not None:
                stranded_count, killed, more_errors = self._finish(backend)
                errors.extend(more_errors)
        wall = wall or time.perf_counter() - start
        self.summary = self._summarise(backend, wall, hung, stranded_count, killed, errors)
        return self.summary

    def _flag(self, backend: ThreadBackend | ProcessBackend, flag: int) -> bool:
        return bool(backend.board.flags[flag])

    def _wait_all(self, backend: ThreadBackend | ProcessBackend, workers: list[Any]) -> int:
        """Wait for ``workers`` to end; return how many were stuck (0 when all ended).

        Under ``stop_at_one`` a watchdog aborts the run once nothing moved for a while.
        """
        limit = self.config.watchdog_s()
        progress, since = -1, time.perf_counter()
        while any(w.is_alive() for w in workers):
            if self._flag(backend, ABORT):
                return 0
            backend.wait(workers, POLL_S)
            if limit is None:
                continue
            board = backend.board
            now_progress = sum(board.counts) + sum(board.discards) + backend.depth()
            now = time.perf_counter()
            if IDLE in board.states:  # a child still starting (spawn is slow under load)
                since = now
            elif now_progress != progress:
                progress, since = now_progress, now
            elif now - since > limit:
                stuck = sum(w.is_alive() for w in [*backend.producers, *backend.consumers])
                log.warning("Queue lab: %d workers stuck for %.1f s; releasing them", stuck, limit)
                self.abort()
                return stuck
        return 0

    def _wait_producers(self, backend: ThreadBackend | ProcessBackend) -> int:
        if self.config.service:
            while not self._flag(backend, STOP):
                self._wake.wait(POLL_S)
            return 0
        return self._wait_all(backend, backend.producers)

    def _end_consumers(self, backend: ThreadBackend | ProcessBackend) -> None:
        """Tell consumers no more items will come, as the policy says."""
        with self._lock:
            self._closed = True
        policy = self.config.policy
        if policy == "sentinel":
            for _ in backend.consumers:
                if not put_item(backend.queue, SENTINEL, backend.board, None, give_up=ABORT):
                    return
        elif policy == "shutdown":
            backend.queue.shutdown()

    def _wait_consumers(self, backend: ThreadBackend | ProcessBackend) -> int:
        return self._wait_all(backend, backend.consumers)

    def _finish(self, backend: ThreadBackend | ProcessBackend) -> tuple[int, int, list[str]]:
        """Release every worker, drain what is left, join everything: no orphans."""
        errors: list[str] = []
        workers = [*backend.producers, *backend.consumers]
        left: list[object] = []
        if any(w.is_alive() for w in workers):
            self.abort()
            deadline = time.perf_counter() + JOIN_GRACE_S
            while any(w.is_alive() for w in workers) and time.perf_counter() < deadline:
                left.extend(backend.drain())
                backend.wait(workers, POLL_S)
        killed = backend.kill_stragglers()
        if isinstance(backend, ProcessBackend):
            backend.collect()
        left.extend(backend.drain())
        stranded = 0
        for item in left:
            if isinstance(item, Call):
                self._stranded.append(item.id)
                self._on_dropped(item.id)
            elif item is not SENTINEL and item != MARKER:
                self._stranded.append(item)  # type: ignore[arg-type]
            else:
                continue
            stranded += 1
        try:
            backend.close()
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
        if killed:
            errors.append(f"terminated {killed} child processes")
        return stranded, killed, errors

    def _summarise(
        self,
        backend: ThreadBackend | ProcessBackend | None,
        wall: float,
        hung: int,
        stranded: int,
        killed: int,
        errors: list[str],
    ) -> Summary:
        produced: list[int] = list(self._submitted)
        consumed: list[int] = []
        discarded: list[int] = list(self._stranded)
        by_marker = 0
        if backend is not None:
            for ids, purged in backend.produced.values():
                produced.extend(ids)
                discarded.extend(purged)
            for result in backend.taken.values():
                consumed.extend(result.consumed)
                discarded.extend(result.discarded)
                by_marker += result.saw_marker
        return Summary(
            config=self.config,
            tally=tally(produced, consumed, discarded),
            wall_s=wall,
            stopped=self._stopped,
            drained=self._drain,
            aborted=bool(backend and backend.board.flags[ABORT]) and not hung,
            stranded=stranded,
            stopped_by_marker=by_marker,
            hung=hung,
            killed=killed,
            errors=tuple(errors),
        )
