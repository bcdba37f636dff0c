"""What every benchmark returns, and how it watches the UI while work runs."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEventLoop

from app.workers.heartbeat import Heartbeat, LagStats


@dataclass
class Result:
    """One measured figure, with the goal it is judged against (a ratio in the same run)."""

    metric: str
    name: str
    value: float
    unit: str
    goal: str = ""
    ok: bool | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def spin_until(
    done: Callable[[], bool], timeout_s: float, heartbeat: Heartbeat | None = None
) -> LagStats:
    """Run the Qt event loop until ``done()`` or the timeout; return the UI lag meanwhile.

    The loop really runs and sleeps between events (timers fire, queued signals arrive),
    as it would in the app: a busy-polling loop would steal the GIL from the workers.
    """
    own = heartbeat is None
    beat = heartbeat or Heartbeat(interval_ms=10)
    if own:
        beat.start()
    since = time.perf_counter()
    deadline = since + timeout_s
    loop = QEventLoop()

    def check() -> None:
        if done() or time.perf_counter() >= deadline:
            loop.quit()

    # Checked on the heartbeat's own ticks: a separate polling timer would be one more
    # Python call-back per tick, each waiting for the GIL behind busy threads, and the
    # harness would measure its own polling.
    beat.ticked.connect(check)
    if not done():
        loop.exec()
    beat.ticked.disconnect(check)
    stats = beat.stats(since)
    if own:
        beat.stop()
        beat.deleteLater()
    return stats
