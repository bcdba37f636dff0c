"""The compare-all-modes table: one row per mode, the freeze of inline plain to see."""

from __future__ import annotations

from PySide6.QtCore import Qt
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


class CompareTable(QTableWidget):
    """Read-only results: wall, CPU, UI p99 lag, longest stall, click-to-start latency."""

    def __init__(self, mode_labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setObjectName("compareResults")
        self._mode_labels = mode_labels
        self.setHorizontalHeaderLabels([
            self.tr("Mode"), self.tr("Wall (s)"), self.tr("CPU (s)"), self.tr("UI p99 lag (ms)"),
            self.tr("Longest stall (ms)"), self.tr("Click to start (ms)"), self.tr("Ran in"),
        ])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def clear_rows(self) -> None:
        """Empty the table before a new comparison."""
        self.setRowCount(0)

    def add_row(self, row: ModeRow) -> None:
        """Append ``row``; a mode that froze the UI is tinted and says so."""
        values = [
            self._mode_labels.get(row.mode, row.mode),
            f"{row.wall_s:.2f}",
            f"{row.cpu_s:.2f}",
            f"{row.ui_p99_ms:.1f}",
            f"{row.longest_stall_ms:.0f}",
            f"{row.start_latency_ms:.1f}",
            row.worker or row.state,
        ]
        froze = row.longest_stall_ms >= FREEZE_MS
        if froze:
            values[4] = self.tr("{ms} (UI frozen)").format(ms=values[4])
        r = self.rowCount()
        self.insertRow(r)
        for c, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.mode)  # the mode key, for tests and tools
            if froze:
                item.setBackground(QBrush(QColor(FREEZE_COLOUR)))
            self.setItem(r, c, item)
