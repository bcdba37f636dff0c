"""Turns heartbeat lag into news: long tasks, and freezes with the line that caused them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.workers.freeze_watch import FREEZE_S, FreezeWatch
from app.workers.heartbeat import Heartbeat

log = logging.getLogger("app.responsiveness")
LONG_TASK_MS = 50.0


class Responsiveness(QObject):
    """Watches a :class:`Heartbeat`; logs every stall of 50 ms or more, and says where."""

    longTask = Signal(float, str)
    """``(stall_ms, where)``; ``where`` is empty when the stall was too short to sample."""

    def __init__(
        self, heartbeat: Heartbeat, watchdog: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.heartbeat = heartbeat
        self.watch = FreezeWatch() if watchdog else None
        heartbeat.ticked.connect(self._on_tick)
        self.last_stall: tuple[float, str] | None = None

    def start(self) -> None:
        """Start the heartbeat and the watchdog."""
        self.heartbeat.start()
        if self.watch is not None:
            self.watch.start()

    def stop(self) -> None:
        """Stop both; joins the watchdog thread."""
        self.heartbeat.stop()
        if self.watch is not None:
            self.watch.stop()

    def _on_tick(self, lag_ms: float) -> None:
        if self.watch is not None:
            self.watch.beat()
        if lag_ms < LONG_TASK_MS:
            return
        report = self.watch.take() if self.watch is not None else None
        where = report.where() if report is not None and lag_ms >= FREEZE_S * 1000 else ""
        self.last_stall = (lag_ms, where)
        log.warning(self.last_report)
        self.longTask.emit(lag_ms, where)

    @property
    def last_report(self) -> str:
        """The latest stall in words, in the current language ('' if none yet)."""
        if self.last_stall is None:
            return ""
        lag_ms, where = self.last_stall
        if where:
            return QCoreApplication.translate(
                "Responsiveness", "UI frozen for {s:.2f} s in {where}"
            ).format(s=lag_ms / 1000, where=where)
        return QCoreApplication.translate(
            "Responsiveness", "Long task: UI blocked for {ms:.0f} ms"
        ).format(ms=lag_ms)
