"""The naive way to show logs: one queued signal per record. Kept to teach, not to use.

Every record becomes a queued call that appends to a text widget, so a flood from a
worker becomes a flood of events on the GUI thread, each growing an ever larger
document: the window freezes for as long as the backlog lasts.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from app.workers.log_channel import to_line


class _Lines(QObject):
    line = Signal(str)


class SignalLogHandler(logging.Handler):
    """Emit ``bridge.line(text)`` for each record; create it in the GUI thread."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.bridge = _Lines()

    def emit(self, record: logging.LogRecord) -> None:
        """One signal per record, from whichever thread logged it."""
        try:
            self.bridge.line.emit(to_line(record).text)
        except Exception:
            self.handleError(record)
