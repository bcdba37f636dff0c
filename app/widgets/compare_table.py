"""The compare-all-modes table: one row per mode, the freeze of inline plain to see."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.workers.compare import ModeRow

FREEZE_MS = 50.0
"""A longest stall at least this long is shown as a freeze."""
FREEZE_COLOUR = "#f4c7c3"
COLUMNS = 7


class CompareTable(QTableWidget):
    """Read-only results: wall, CPU, UI p99 lag, longest stall, click-to-start latency.

    The table keeps the rows it shows, so a language switch rewrites every text from them.
    """

    def __init__(
        self, mode_label: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(0, COLUMNS, parent)
        self.setObjectName("compareResults")
        self._mode_label = mode_label
        self._rows: list[ModeRow] = []
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the headers and every row's texts (again, after a language switch)."""
        self.setHorizontalHeaderLabels([
            self.tr("Mode"), self.tr("Wall (s)"), self.tr("CPU (s)"), self.tr("UI p99 lag (ms)"),
            self.tr("Longest stall (ms)"), self.tr("Click to start (ms)"), self.tr("Ran in"),
        ])
        for r, row in enumerate(self._rows):
            for c, text in enumerate(self._texts(row)):
                item = self.item(r, c)
                if item is not None:
                    item.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear_rows(self) -> None:
        """Empty the table before a new comparison."""
        self._rows = []
        self.setRowCount(0)

    def add_row(self, row: ModeRow) -> None:
        """Append ``row``; a mode that froze the UI is tinted and says so."""
        froze = row.longest_stall_ms >= FREEZE_MS
        r = self.rowCount()
        self.insertRow(r)
        self._rows.append(row)
        for c, text in enumerate(self._texts(row)):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.mode)  # the mode key, for tests and tools
            if froze:
                item.setBackground(QBrush(QColor(FREEZE_COLOUR)))
            self.setItem(r, c, item)

    def _texts(self, row: ModeRow) -> list[str]:
        """The cells of ``row`` in the current language."""
        stall = f"{row.longest_stall_ms:.0f}"
        if row.longest_stall_ms >= FREEZE_MS:
            stall = self.tr("{ms} (UI frozen)").format(ms=stall)
        return [
            self._mode_label(row.mode),
            f"{row.wall_s:.2f}",
            f"{row.cpu_s:.2f}",
            f"{row.ui_p99_ms:.1f}",
            stall,
            f"{row.start_latency_ms:.1f}",
            row.worker or self._state_label(row.state),
        ]

    def _state_label(self, state: str) -> str:
        """How a mode's run ended, for a row without a worker (it never started)."""
        labels = {"done": self.tr("done"), "failed": self.tr("failed"),
                  "cancelled": self.tr("cancelled"), "refused": self.tr("refused"),
                  "queued": self.tr("queued"), "running": self.tr("running"),
                  "cancelling": self.tr("cancelling")}
        return labels.get(state, state)
