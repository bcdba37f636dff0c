"""A Qt-free recorder of what ran where and when: spans in lanes, and counters.

Any thread (a worker, a pool slot, the bridge of child processes, the GUI thread) records
by appending to a bounded deque under one lock: no signal per event, no allocation past
the cap. The timeline view reads a snapshot at frame rate and skips frames in which
:attr:`TimelineRecorder.version` did not move. Times are ``time.perf_counter()`` values:
on Linux that is ``CLOCK_MONOTONIC``, shared by every process, so a child's times line up
with ours.

Use from any thread::

    recorder.span("pool_0", "fetch", start, end, state="done", url=url)
    with recorder.measure("fetch", url=url):       # lane: the current thread's name
        ...
    key = recorder.begin("queue · producer 1", "blocked", state="blocked")  # open-ended
    recorder.end(key, state="failed", error="timeout")
    recorder.counter("queue depth", q.qsize())
"""

from __future__ import annotations

import itertools
import os
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from app.workers.reporting import Cancelled

GUI_LANE = "GUI thread"
"""Inline jobs and anything else that ran on the GUI thread."""
STALL_LANE = "GUI thread: stalls"
"""The responsiveness meter's busy and stalled intervals of the GUI thread."""

CRAWLER_LANE_PREFIX = "crawler"
"""Lanes of the crawler's worker threads: ``crawler · dummy-1``."""
QUEUE_LANE_PREFIX = "queue"
"""Lanes of the queue lab's producers and consumers: ``queue · producer 1``."""
LANE_SEPARATOR = " · "
"""Between a lane's prefix and the worker's name."""

MAX_SPANS = 20_000
MAX_COUNTER_POINTS = 10_000
STATES = ("running", "done", "cancelled", "failed", "busy", "stalled", "blocked", "waiting")
"""``blocked``/``waiting``: a queue lab worker blocked on a full queue, or idle on an empty one."""


@dataclass(frozen=True, slots=True)
class Span:
    """Something that ran in ``lane`` from ``start`` to ``end`` (``None``: still running)."""

    lane: str
    name: str
    start: float
    end: float | None
    state: str
    args: dict[str, Any] = field(default_factory=dict)

    def duration(self, now: float) -> float:
        """Seconds it ran, counting an open span up to ``now``."""
        return max(0.0, (self.end if self.end is not None else now) - self.start)


@dataclass(frozen=True, slots=True)
class Lane:
    """A row of the timeline: one thread or process, with the pid it belongs to."""

    name: str
    pid: int
    tid: int


@dataclass(frozen=True)
class Snapshot:
    """A consistent copy of the recorder, taken under its lock."""

    origin: float
    spans: list[Span]
    counters: dict[str, list[tuple[float, float]]]
    lanes: list[Lane]
    version: int


class TimelineRecorder:
    """Thread-safe, bounded store of spans and counters; every method may be called anywhere."""

    def __init__(self, max_spans: int = MAX_SPANS, max_points: int = MAX_COUNTER_POINTS) -> None:
        self.origin = time.perf_counter()
        self._lock = threading.Lock()
        self._spans: deque[Span] = deque(maxlen=max_spans)
        self._open: dict[int, Span] = {}
        self._counters: dict[str, deque[tuple[float, float]]] = {}
        self._max_points = max_points
        self._lanes: dict[str, Lane] = {}
        self._keys = itertools.count(1)
        self._version = 0
        self._span_version = 0
        self._own_pid = os.getpid()
        self.declare_lane(GUI_LANE)
        self.declare_lane(STALL_LANE)

    @property
    def version(self) -> int:
        """Moves on every change, so a reader can skip a frame when nothing happened."""
        return self._version

    @property
    def span_version(self) -> int:
        """Moves when spans or lanes change (not counters): what the timeline view draws."""
        return self._span_version

    def _changed_spans(self) -> None:
        self._version += 1
        self._span_version += 1

    def declare_lane(self, lane: str, pid: int | None = None) -> None:
        """Register ``lane`` (in this process unless ``pid`` says which child) if it is new."""
        with self._lock:
            self._lane_locked(lane, pid)

    def _lane_locked(self, lane: str, pid: int | None) -> None:
        if lane not in self._lanes:
            self._lanes[lane] = Lane(lane, pid or self._own_pid, len(self._lanes) + 1)
            self._changed_spans()

    def span(
        self, lane: str, name: str, start: float, end: float, /, state: str = "done", **args: Any
    ) -> None:
        """Record a finished span; ``args`` show in the tooltip and the exported trace.

        ``args`` may hold any values (the trace writes non-JSON ones as text); the key
        ``state`` is taken by the span's own state.
        """
        with self._lock:
            self._lane_locked(lane, None)
            self._spans.append(Span(lane, name, start, max(start, end), state, args))
            self._changed_spans()

    def begin(
        self, lane: str, name: str, start: float | None = None, /, state: str = "running",
        **args: Any,
    ) -> int:
        """Open a span drawn in ``state`` (running, unless said) until :meth:`end`; its key."""
        key = next(self._keys)
        opened = Span(lane, name, time.perf_counter() if start is None else start, None,
                      state, args)
        with self._lock:
            self._lane_locked(lane, None)
            self._open[key] = opened
            self._changed_spans()
        return key

    def end(
        self, key: int, end: float | None = None, /, state: str = "done", **args: Any
    ) -> None:
        """Close the span ``key`` (unknown keys are ignored: it may have been cleared)."""
        stop = time.perf_counter() if end is None else end
        with self._lock:
            opened = self._open.pop(key, None)
            if opened is None:
                return
            merged = {**opened.args, **args}
            self._spans.append(Span(opened.lane, opened.name, opened.start,
                                    max(opened.start, stop), state, merged))
            self._changed_spans()

    @contextmanager
    def measure(
        self, name: str, /, lane: str | None = None, **args: Any
    ) -> Iterator[dict[str, Any]]:
        """Record the ``with`` body as a span; add to the yielded dict to extend its args.

        The state says how the body ended: ``done``, ``cancelled`` (on
        :class:`~app.workers.reporting.Cancelled`) or ``failed`` (any other exception,
        which propagates).
        """
        extra: dict[str, Any] = {}
        key = self.begin(lane or threading.current_thread().name, name, **args)
        state = "done"
        try:
            yield extra
        except Cancelled:
            state = "cancelled"
            raise
        except BaseException as exc:
            state = "failed"
            extra.setdefault("error", f"{type(exc).__name__}: {exc}")
            raise
        finally:
            self.end(key, state=state, **extra)

    def counter(self, name: str, value: float, at: float | None = None) -> None:
        """Record ``value`` of the counter ``name`` (queue depth, UI lag) at ``at`` or now."""
        point = (time.perf_counter() if at is None else at, float(value))
        with self._lock:
            series = self._counters.get(name)
            if series is None:
                series = self._counters[name] = deque(maxlen=self._max_points)
            series.append(point)
            self._version += 1

    def clear(self) -> None:
        """Forget every finished span and counter; open spans and lanes stay."""
        with self._lock:
            self._spans.clear()
            self._counters.clear()
            self._changed_spans()

    def snapshot(self, counters: bool = True) -> Snapshot:
        """Copy everything (finished spans first, then the open ones) under the lock.

        ``counters=False`` skips copying the counter series, for a reader that only
        draws spans; its ``version`` is then :attr:`span_version`.
        """
        with self._lock:
            return Snapshot(
                self.origin,
                [*self._spans, *self._open.values()],
                {name: list(points) for name, points in self._counters.items()}
                if counters else {},
                list(self._lanes.values()),
                self._version if counters else self._span_version,
            )

    def has_open_spans(self) -> bool:
        """True while something is drawn as running (the view then keeps scrolling)."""
        return bool(self._open)
