"""What every benchmark returns, and how it watches the UI while work runs."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop

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

    The loop really runs (timers fire, queued signals arrive), as it would in the app.
    """
    own = heartbeat is None
    beat = heartbeat or Heartbeat(interval_ms=10)
    if own:
        beat.start()
    since = time.perf_counter()
    deadline = since + timeout_s
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    while not done() and time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        app.sendPostedEvents()
    stats = beat.stats(since)
    if own:
        beat.stop()
        beat.deleteLater()
    return stats
