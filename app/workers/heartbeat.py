"""Event-loop lag: how late a timer fires on the GUI thread.

A single-shot ``PreciseTimer`` is re-armed in its own slot, and lag = arrival - (arm time
+ interval). A repeating QTimer would schedule each tick from the previous *due* time, so
a constant delay would cancel out (5.3 ms of real lag read as 0.3 ms). A frozen stretch
counts as every tick it swallowed, not as one late tick, so p99 reflects how long the
window was really dead.

The heartbeat is also the window's *frame clock*: every third tick it emits ``frame``,
and all periodic GUI work (draining logs, repainting jobs, progress) hangs off that
signal. Under a CPU-bound thread every separate Python call-back from Qt must wait for
the GIL (up to a switch interval, 5 ms), so the GUI thread enters Python once per tick,
not once per timer per widget.
"""

from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal

MAX_SWALLOWED = 60_000
FRAME_TICKS = 3


@dataclass(frozen=True)
class LagStats:
    """Lag percentiles in milliseconds over some window of ticks."""

    p50: float = 0.0
    p99: float = 0.0
    max: float = 0.0
    ticks: int = 0


def lag_stats(lags_ms: list[float]) -> LagStats:
    """Summarise ``lags_ms`` (nearest-rank percentiles)."""
    if not lags_ms:
        return LagStats()
    ordered = sorted(lags_ms)

    def rank(q: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]

    return LagStats(rank(0.50), rank(0.99), ordered[-1], len(ordered))


class Heartbeat(QObject):
    """Ticks every ``interval_ms`` on the thread it lives in and measures how late it was."""

    ticked = Signal(float)
    """Lag of the tick that just arrived, in ms."""
    frame = Signal()
    """Every :data:`FRAME_TICKS` ticks (~30 Hz): time for coalesced GUI work."""

    def __init__(
        self, interval_ms: int = 10, window_s: float = 30.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self.window_s = window_s
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_tick)
        self._armed_at = 0.0
        self._samples: deque[tuple[float, float]] = deque()
        self.last_lag_ms = 0.0
        self._ticks = 0

    def start(self) -> None:
        """Start ticking (again)."""
        self._arm()

    def stop(self) -> None:
        """Stop ticking; the samples stay."""
        self._timer.stop()

    def is_active(self) -> bool:
        """True while ticking."""
        return self._timer.isActive()

    def clear(self) -> None:
        """Forget every sample."""
        self._samples.clear()

    def _arm(self) -> None:
        self._armed_at = time.perf_counter()
        self._timer.start()

    def _on_tick(self) -> None:
        now = time.perf_counter()
        interval_s = self.interval_ms / 1000
        lag_s = max(0.0, now - (self._armed_at + interval_s))
        self._record(now, lag_s, interval_s)
        self.last_lag_ms = lag_s * 1000
        self._arm()
        self.ticked.emit(self.last_lag_ms)
        self._ticks += 1
        if self._ticks % FRAME_TICKS == 0:
            self.frame.emit()

    def _record(self, now: float, lag_s: float, interval_s: float) -> None:
        swallowed = min(MAX_SWALLOWED, int(lag_s / interval_s))
        for k in range(swallowed, 0, -1):
            self._samples.append((now - k * interval_s, (lag_s - k * interval_s) * 1000))
        self._samples.append((now, lag_s * 1000))
        horizon = now - self.window_s
        while self._samples and self._samples[0][0] < horizon:
            self._samples.popleft()

    def lags_since(self, since: float) -> list[float]:
        """Lags (ms) of the ticks due at or after ``since`` (a ``perf_counter`` time)."""
        return [lag for t, lag in self._samples if t >= since]

    def stats(self, since: float | None = None) -> LagStats:
        """Percentiles over the window, or over the ticks since ``since``."""
        if since is None:
            return lag_stats([lag for _, lag in self._samples])
        return lag_stats(self.lags_since(since))

    def samples(self) -> list[tuple[float, float]]:
        """``(time, lag_ms)`` pairs in the window, oldest first."""
        return list(self._samples)
