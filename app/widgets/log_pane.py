"""The live log pane: drains the log channel at frame rate, a bounded batch per frame."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from app.workers.log_channel import LogChannel, LogLine

FRAME_MS = 33
LINES_PER_FRAME = 2_000
MAX_SHOWN = 20_000


def format_line(line: LogLine) -> str:
    """``12:01:02.345 INFO  [thread-3] message``."""
    clock = time.strftime("%H:%M:%S", time.localtime(line.created))
    millis = int(line.created * 1000) % 1000
    level = logging.getLevelName(line.level)
    return f"{clock}.{millis:03d} {level:<7} [{line.source}] {line.message}"


class LogPane(QWidget):
    """Shows what the :class:`LogChannel` collects; no worker ever touches this widget."""

    def __init__(self, channel: LogChannel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logPane")
        self._channel = channel
        self.view = QPlainTextEdit(self)
        self.view.setObjectName("logText")
        self.view.setReadOnly(True)
        self.view.setMaximumBlockCount(MAX_SHOWN)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._frame = QTimer(self)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self.drain)
        self._frame.start()

    def drain(self) -> None:
        """Show what arrived since the last frame, up to the per-frame budget."""
        lines = self._channel.drain(LINES_PER_FRAME)
        if lines:
            self.view.appendPlainText("\n".join(format_line(line) for line in lines))

    def text(self) -> str:
        """Everything shown (for tests and copying)."""
        return self.view.toPlainText()

    def stop(self) -> None:
        """Stop draining (the window is closing)."""
        self._frame.stop()
