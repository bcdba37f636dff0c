"""The jobs table: one row per job with its mode, worker, state, progress and a cancel cell.

Job signals only mark rows dirty; a frame timer turns them into one ``dataChanged`` per
frame, so hundreds of jobs reporting progress cost one repaint, not hundreds.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.workers.job import Job, JobState

HISTORY = 200
FRAME_MS = 33
ID, MODE, WORKLOAD, WORKER, STATE, PROGRESS, ELAPSED, CANCEL = range(8)
Index = QModelIndex | QPersistentModelIndex


class JobsModel(QAbstractTableModel):
    """Live and recent jobs; keeps the newest :data:`HISTORY` finished ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []
        self._dirty: set[int] = set()
        self._frame = QTimer(self)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self._flush)
        self._headers = [
            self.tr("#"), self.tr("Mode"), self.tr("Workload"), self.tr("Worker"),
            self.tr("State"), self.tr("Progress"), self.tr("Elapsed"), "",
        ]
        self._states = {
            JobState.QUEUED: self.tr("queued"),
            JobState.RUNNING: self.tr("running"),
            JobState.CANCELLING: self.tr("cancelling…"),
            JobState.DONE: self.tr("done"),
            JobState.FAILED: self.tr("failed"),
            JobState.CANCELLED: self.tr("cancelled"),
        }

    def add(self, job: Job) -> None:
        """Append ``job``; follow its changes until it is pruned."""
        self._prune()
        row = len(self._jobs)
        self.beginInsertRows(QModelIndex(), row, row)
        self._jobs.append(job)
        self.endInsertRows()
        job.changed.connect(lambda j=job: self._mark(j))
        self._frame.start()

    def job_at(self, row: int) -> Job:
        """The job shown in ``row``."""
        return self._jobs[row]

    def jobs(self) -> list[Job]:
        """Every job in the table, oldest first."""
        return list(self._jobs)

    def stop(self) -> None:
        """Stop the frame timer (the window is closing)."""
        self._frame.stop()

    def _mark(self, job: Job) -> None:
        self._dirty.add(job.id)

    def _prune(self) -> None:
        finished = [i for i, j in enumerate(self._jobs) if j.state.is_final]
        for row in reversed(finished[: max(0, len(finished) - HISTORY + 1)]):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._jobs[row]
            self.endRemoveRows()

    def _flush(self) -> None:
        rows = [i for i, j in enumerate(self._jobs) if j.id in self._dirty or not j.state.is_final]
        self._dirty.clear()
        if rows:
            top, bottom = self.index(rows[0], 0), self.index(rows[-1], CANCEL)
            self.dataChanged.emit(top, bottom)
        else:
            self._frame.stop()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per job."""
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Fixed columns."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, progress value and tooltips of one cell."""
        if not index.isValid():
            return None
        job = self._jobs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(job, column)
        if role == Qt.ItemDataRole.UserRole:
            return job.progress if column == PROGRESS else job.id
        if role == Qt.ItemDataRole.ToolTipRole and column == STATE and job.error is not None:
            return job.error.traceback
        if role == Qt.ItemDataRole.ToolTipRole and column == STATE and job.result is not None:
            return str(job.result)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ID, ELAPSED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, job: Job, column: int) -> Any:
        if column == ID:
            return str(job.id)
        if column == MODE:
            return job.mode
        if column == WORKLOAD:
            return job.workload
        if column == WORKER:
            return job.worker or "—"
        if column == STATE:
            state = self._states[job.state]
            return f"{state}: {job.error}" if job.error is not None else state
        if column == PROGRESS:
            return f"{job.progress}%"
        if column == ELAPSED:
            return f"{job.elapsed(time.perf_counter()):.2f} s"
        if column == CANCEL:
            return "" if job.state.is_final else self.tr("Cancel")
        return None


class _CellDelegate(QStyledItemDelegate):
    """Paints a progress bar and a cancel button with the platform's own style."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Progress and cancel cells are drawn as controls; the rest as text."""
        style = QApplication.style()
        if index.column() == PROGRESS:
            bar = QStyleOptionProgressBar()
            bar.rect = option.rect.adjusted(2, 3, -2, -3)  # type: ignore[attr-defined]
            bar.minimum, bar.maximum = 0, 100
            bar.progress = int(index.data(Qt.ItemDataRole.UserRole))
            bar.text = index.data()
            bar.textVisible = True
            bar.state = option.state  # type: ignore[attr-defined]
            style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
        elif index.column() == CANCEL and index.data():
            button = QStyleOptionButton()
            button.rect = option.rect.adjusted(2, 1, -2, -1)  # type: ignore[attr-defined]
            button.text = index.data()
            button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
            style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter)
        else:
            super().paint(painter, option, index)


class JobsView(QTableView):
    """The table of jobs; clicking a row's Cancel cell (or pressing Delete) cancels it."""

    def __init__(self, model: JobsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobsView")
        self.setModel(model)
        self.setItemDelegate(_CellDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ID, 44), (MODE, 96), (WORKLOAD, 110), (WORKER, 110),
                              (PROGRESS, 120), (ELAPSED, 72), (CANCEL, 76)):
            self.setColumnWidth(column, width)
        self.clicked.connect(self._on_clicked)
        model.rowsInserted.connect(lambda *_: self.scrollToBottom())

    def jobs_model(self) -> JobsModel:
        """The model, typed."""
        model = self.model()
        assert isinstance(model, JobsModel)
        return model

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.column() == CANCEL:
            self.jobs_model().job_at(index.row()).cancel()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete cancels the selected jobs."""
        if event.key() == Qt.Key.Key_Delete:
            for index in self.selectionModel().selectedRows():
                self.jobs_model().job_at(index.row()).cancel()
            return
        super().keyPressEvent(event)
