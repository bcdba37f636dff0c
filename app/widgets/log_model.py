"""The log pane's model: a bounded ring of lines held in C++ models, filtered in C++.

Rows live in a ``QStandardItemModel`` and are filtered by a ``QSortFilterProxyModel``
with one regular expression, so painting, scrolling and filtering never call back into
Python. Behind a CPU-bound thread each such call-back would wait for the GIL (a switch
interval, 5 ms): a Python model made every repaint of the log cost tens of milliseconds.
Python only formats each line once, when it arrives.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRegularExpression, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from app.workers.log_channel import (
    SOURCE_GUI,
    SOURCE_PROCESS,
    SOURCE_THREAD,
    LogLine,
    format_line,
)

LEVEL_COLORS = {
    logging.WARNING: QColor(190, 120, 0),
    logging.ERROR: QColor(200, 40, 40),
    logging.CRITICAL: QColor(200, 40, 40),
}
LEVELS = (logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)
GUI_SOURCE = "GUI thread"
SOURCE_PATTERNS = {
    SOURCE_GUI: r"\[GUI thread\]",
    SOURCE_PROCESS: r"\[pid \d+\]",
    SOURCE_THREAD: r"\[(?!GUI thread\]|pid \d+\])[^\]]*\]",
}
"""How each kind of source shows in a formatted line (see ``log_channel.format_line``)."""


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

    def pattern(self) -> str:
        """One regular expression over formatted lines that accepts what this filter shows."""
        if self.is_open:
            return ""
        levels = "|".join(logging.getLevelName(lvl) for lvl in LEVELS if lvl >= self.min_level)
        kinds = self.sources or frozenset(SOURCE_PATTERNS)
        sources = "|".join(SOURCE_PATTERNS[kind] for kind in sorted(kinds))
        text = f"(?=.*{QRegularExpression.escape(self.text)})" if self.text else ""
        return rf"^{text}\S+ (?:{levels})\s+(?:{sources}) "


class LogModel(QObject):
    """A ring buffer of formatted lines; ``view_model`` is what a view shows."""

    def __init__(self, capacity: int = 100_000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.capacity = capacity
        self.dropped = 0
        self.source = QStandardItemModel(0, 1, self)
        self.view_model = QSortFilterProxyModel(self)
        self.view_model.setSourceModel(self.source)
        self.view_model.setFilterRole(Qt.ItemDataRole.DisplayRole)
        self.view_model.setDynamicSortFilter(True)
        self._filter = LogFilter()

    def __len__(self) -> int:
        return self.source.rowCount()

    def append(self, batch: list[LogLine]) -> None:
        """Add ``batch`` at the end, evicting (and counting) the oldest past the capacity."""
        if not batch:
            return
        if len(batch) > self.capacity:
            self.dropped += len(batch) - self.capacity
            batch = batch[-self.capacity:]
        overflow = self.source.rowCount() + len(batch) - self.capacity
        if overflow > 0:
            self.source.removeRows(0, overflow)
            self.dropped += overflow
        self.source.invisibleRootItem().appendRows([_item(line) for line in batch])

    def set_filter(self, new: LogFilter) -> None:
        """Show only what ``new`` accepts (matched in C++)."""
        self._filter = new
        options = (QRegularExpression.PatternOption.CaseInsensitiveOption
                   | QRegularExpression.PatternOption.DotMatchesEverythingOption)
        self.view_model.setFilterRegularExpression(QRegularExpression(new.pattern(), options))

    def clear(self) -> None:
        """Forget every line (the drop counter too)."""
        self.source.removeRows(0, self.source.rowCount())
        self.dropped = 0

    def rowCount(self) -> int:
        """Lines the filter shows."""
        return self.view_model.rowCount()

    def text(self, row: int) -> str:
        """The formatted line shown in ``row``."""
        return str(self.view_model.index(row, 0).data())

    def shown_texts(self) -> list[str]:
        """Every line the filter shows, oldest first."""
        return [self.text(row) for row in range(self.rowCount())]


def _item(line: LogLine) -> QStandardItem:
    text = line.text or format_line(line.created, line.level, line.source, line.message)
    item = QStandardItem(text)
    if color := LEVEL_COLORS.get(line.level):
        item.setForeground(color)
    if "\n" in line.message:
        item.setToolTip(text)
    return item
