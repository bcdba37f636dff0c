"""The log pane's model: a bounded ring of lines, filtered without copying them.

Rows are virtualised by the view, so 100k lines cost memory, not paint time. Each line
has a sequence number; when the ring is full the oldest lines go (and are counted), and
a filter keeps only the sequence numbers it accepts, checked once per incoming batch.
"""

from __future__ import annotations

import bisect
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.workers.log_channel import LogLine

Index = QModelIndex | QPersistentModelIndex
LEVEL_COLORS = {
    logging.WARNING: QColor(190, 120, 0),
    logging.ERROR: QColor(200, 40, 40),
    logging.CRITICAL: QColor(200, 40, 40),
}


def format_line(line: LogLine) -> str:
    """``12:01:02.345 INFO    [thread-3] message``."""
    clock = time.strftime("%H:%M:%S", time.localtime(line.created))
    millis = int(line.created * 1000) % 1000
    level = logging.getLevelName(line.level)
    return f"{clock}.{millis:03d} {level:<7} [{line.source}] {line.message}"


@dataclass(frozen=True)
class LogFilter:
    """What to show: a minimum level, a text, and which sources."""

    min_level: int = logging.DEBUG
    text: str = ""
    sources: frozenset[str] = field(default_factory=frozenset)
    """Source kinds to show (``gui``, ``thread``, ``process``); empty shows all."""

    @property
    def is_open(self) -> bool:
        """True when the filter lets everything through."""
        return self.min_level <= logging.DEBUG and not self.text and not self.sources

    def accepts(self, line: LogLine) -> bool:
        """True if ``line`` is shown."""
        return (
            line.level >= self.min_level
            and (not self.sources or line.source_kind in self.sources)
            and (not self.text or self.text.casefold() in line.message.casefold()
                 or self.text.casefold() in line.source.casefold())
        )


class LogModel(QAbstractListModel):
    """A ring buffer of :class:`LogLine`, shown through an optional :class:`LogFilter`."""

    def __init__(self, capacity: int = 100_000, parent: Any = None) -> None:
        super().__init__(parent)
        self.capacity = capacity
        self._lines: list[LogLine] = []
        self._first_seq = 0
        self._filter = LogFilter()
        self._shown: list[int] | None = None
        self.dropped = 0

    def __len__(self) -> int:
        return len(self._lines)

    def append(self, batch: list[LogLine]) -> None:
        """Add ``batch`` at the end, evicting the oldest lines past the capacity."""
        if not batch:
            return
        if len(batch) > self.capacity:
            self.dropped += len(batch) - self.capacity
            batch = batch[-self.capacity:]
        overflow = len(self._lines) + len(batch) - self.capacity
        if overflow > 0:
            self._evict(overflow)
        first_new = self._first_seq + len(self._lines)
        if self._shown is None:
            row = len(self._lines)
            self.beginInsertRows(QModelIndex(), row, row + len(batch) - 1)
            self._lines.extend(batch)
            self.endInsertRows()
            return
        self._lines.extend(batch)
        accepted = [first_new + i for i, line in enumerate(batch) if self._filter.accepts(line)]
        if accepted:
            row = len(self._shown)
            self.beginInsertRows(QModelIndex(), row, row + len(accepted) - 1)
            self._shown.extend(accepted)
            self.endInsertRows()

    def _evict(self, count: int) -> None:
        self.dropped += count
        if self._shown is None:
            self.beginRemoveRows(QModelIndex(), 0, count - 1)
            del self._lines[:count]
            self._first_seq += count
            self.endRemoveRows()
            return
        del self._lines[:count]
        self._first_seq += count
        gone = bisect.bisect_left(self._shown, self._first_seq)
        if gone:
            self.beginRemoveRows(QModelIndex(), 0, gone - 1)
            del self._shown[:gone]
            self.endRemoveRows()

    def set_filter(self, new: LogFilter) -> None:
        """Show only what ``new`` accepts (one pass over the ring)."""
        self.beginResetModel()
        self._filter = new
        if new.is_open:
            self._shown = None
        else:
            self._shown = [self._first_seq + i for i, line in enumerate(self._lines)
                           if new.accepts(line)]
        self.endResetModel()

    def clear(self) -> None:
        """Forget every line (the drop counter too)."""
        self.beginResetModel()
        self._first_seq += len(self._lines)
        self._lines.clear()
        self._shown = None if self._filter.is_open else []
        self.dropped = 0
        self.endResetModel()

    def line(self, row: int) -> LogLine:
        """The line shown in ``row``."""
        if self._shown is None:
            return self._lines[row]
        return self._lines[self._shown[row] - self._first_seq]

    def shown_lines(self) -> Iterable[LogLine]:
        """Every line the filter shows, oldest first."""
        return (self.line(row) for row in range(self.rowCount()))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Shown lines."""
        if parent.isValid():
            return 0
        return len(self._lines) if self._shown is None else len(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Formatted text, coloured by level; formatting happens only for visible rows."""
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return format_line(self.line(index.row()))
        if role == Qt.ItemDataRole.ForegroundRole:
            color = LEVEL_COLORS.get(self.line(index.row()).level)
            return QBrush(color) if color is not None else None
        return None
