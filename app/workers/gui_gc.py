"""Collect cyclic garbage on the GUI thread only.

Python's collector runs in whichever thread happens to allocate. If that is a worker and
the garbage holds Qt wrappers, their C++ objects are destroyed there, under PySide's
locks, while the GUI thread may wait on the same locks for the GIL the worker holds: the
process deadlocks (seen here: a spawn launcher thread collecting while the GUI thread
connected a signal). The cure is the one pyqtgraph's ``GarbageCollector`` applies:
disable automatic collection and collect from the GUI thread, by the same thresholds.
This version runs on the window's frame clock, adding no timer and no Python call-back
of its own, and gives automatic collection back when the last window closes.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import SignalInstance

CHECK_FRAMES = 15
_holders = 0
_automatic_before = True


class GuiThreadCollector:
    """While started, cyclic garbage is collected on ``frame``'s (GUI) thread only."""

    def __init__(self, frame: SignalInstance) -> None:
        self._frame = frame
        self._frames = 0
        self._running = False

    def start(self) -> None:
        """Take over collection from the automatic collector (idempotent)."""
        global _holders, _automatic_before
        if self._running:
            return
        if _holders == 0:
            _automatic_before = gc.isenabled()
            gc.disable()
        _holders += 1
        self._running = True
        self._frame.connect(self._on_frame)

    def stop(self) -> None:
        """Collect once more here, and give collection back when no one else holds it."""
        global _holders
        if not self._running:
            return
        self._running = False
        self._frame.disconnect(self._on_frame)
        gc.collect()
        _holders -= 1
        if _holders == 0 and _automatic_before:
            gc.enable()

    def _on_frame(self) -> None:
        self._frames += 1
        if self._frames % CHECK_FRAMES:
            return
        threshold = gc.get_threshold()
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if all(counts[g] > threshold[g] for g in range(generation + 1)):
                gc.collect(generation)
                return
