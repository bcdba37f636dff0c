"""A plain thread that calls a function every so often until it is stopped and joined."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Periodic:
    """Calls ``tick()`` now and then every ``interval_s`` on its own thread (Qt-free)."""

    def __init__(self, tick: Callable[[], None], interval_s: float, name: str) -> None:
        self._tick = tick
        self._interval_s = interval_s
        self._name = name
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start ticking (idempotent)."""
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop ticking and join the thread (idempotent)."""
        if self._thread is not None:
            self._stop.set()
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        self._tick()
        while not self._stop.wait(self._interval_s):
            self._tick()
