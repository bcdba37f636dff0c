"""A logging handler that any thread (or the process bridge) may write to; the GUI drains it.

Workers never signal the log widget: they append to a bounded deque, and the GUI takes
what is there at frame rate. A flood therefore costs memory we cap, not frames.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from dataclasses import dataclass

SOURCE_GUI = "gui"
SOURCE_THREAD = "thread"
SOURCE_PROCESS = "process"


@dataclass(frozen=True, slots=True)
class LogLine:
    """One formatted log record, reduced to what the pane shows and filters on."""

    created: float
    level: int
    source_kind: str
    source: str
    message: str
    text: str = ""
    """The line as shown; formatted by the thread that logged it, so the GUI does not."""


def format_line(created: float, level: int, source: str, message: str) -> str:
    """``12:01:02.345 INFO    [thread-3] message``."""
    clock = time.strftime("%H:%M:%S", time.localtime(created))
    millis = int(created * 1000) % 1000
    return f"{clock}.{millis:03d} {logging.getLevelName(level):<7} [{source}] {message}"


def to_line(record: logging.LogRecord) -> LogLine:
    """Format ``record`` and say where it came from: GUI thread, a worker thread, a process."""
    message = record.getMessage()
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        message = f"{message}\n{record.exc_text}"
    if record.process is not None and record.process != os.getpid():
        kind, source = SOURCE_PROCESS, f"pid {record.process}"
    elif record.thread == threading.main_thread().ident:
        kind, source = SOURCE_GUI, "GUI thread"
    else:
        kind, source = SOURCE_THREAD, record.threadName or f"thread {record.thread}"
    text = format_line(record.created, record.levelno, source, message)
    return LogLine(record.created, record.levelno, kind, source, message, text)


class LogChannel(logging.Handler):
    """Thread-safe, bounded buffer of :class:`LogLine` between emitters and the GUI."""

    def __init__(self, capacity: int = 100_000) -> None:
        super().__init__(logging.DEBUG)
        self.capacity = capacity
        self._lines: deque[LogLine] = deque(maxlen=capacity)
        self._guard = threading.Lock()
        self.dropped = 0

    def emit(self, record: logging.LogRecord) -> None:
        """Buffer ``record``; if the GUI is far behind, the oldest line makes room."""
        try:
            line = to_line(record)
        except Exception:
            self.handleError(record)
            return
        with self._guard:
            if len(self._lines) == self._lines.maxlen:
                self.dropped += 1
            self._lines.append(line)

    def drain(self, budget: int) -> list[LogLine]:
        """Take up to ``budget`` of the oldest buffered lines."""
        with self._guard:
            count = min(budget, len(self._lines))
            return [self._lines.popleft() for _ in range(count)]

    def pending(self) -> int:
        """Lines waiting for the GUI."""
        return len(self._lines)
