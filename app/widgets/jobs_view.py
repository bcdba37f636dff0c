"""The jobs table: one row per job with its mode, worker, state, progress and a cancel cell.

The rows live in a ``QStandardItemModel``, a C++ model that Python writes to once per
frame. Painting then never calls back into Python: while a CPU-bound thread holds the
GIL, every such call-back would wait a switch interval (5 ms), and a table of Python
cells would stall the window for hundreds of milliseconds per repaint. The progress bar
is a gradient brush the default (C++) delegate paints, for the same reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, SignalInstance
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGradient,
    QKeyEvent,
    QLinearGradient,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.workers.job import Job, JobState

HISTORY = 200
ID, MODE, WORKLOAD, WORKER, STATE, PROGRESS, ELAPSED, CANCEL = range(8)
COLUMNS = 8
STATE_COLORS = {
    JobState.FAILED: QColor(200, 40, 40),
    JobState.CANCELLED: QColor(140, 140, 140),
}


def progress_brush(percent: int, color: QColor) -> QBrush:
    """A brush that fills ``percent`` of whatever cell it paints, left to right."""
    gradient = QLinearGradient(0, 0, 1, 0)
    gradient.setCoordinateMode(QGradient.CoordinateMode.ObjectMode)
    edge = max(0.0, min(1.0, percent / 100))
    gradient.setColorAt(0.0, color)
    gradient.setColorAt(edge, color)
    gradient.setColorAt(min(1.0, edge + 1e-4), Qt.GlobalColor.transparent)
    gradient.setColorAt(1.0, Qt.GlobalColor.transparent)
    return QBrush(gradient)


class JobsModel(QStandardItemModel):
    """Live and recent jobs; keeps the newest :data:`HISTORY` finished ones.

    Job signals only mark rows dirty; on each frame the dirty rows (and the elapsed time
    of running ones) are written into the items.
    """

    def __init__(
        self,
        frame: SignalInstance,
        mode_labels: Callable[[], dict[str, str]] = dict,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(0, COLUMNS, parent)
        self._mode_labels = mode_labels
        self._jobs: list[Job] = []
        self._dirty: set[int] = set()
        self._live = False
        frame.connect(self._flush)
        self._bar = QPalette().color(QPalette.ColorRole.Highlight)
        self._bar.setAlpha(110)
        self._link = QPalette().color(QPalette.ColorRole.Link)
        self.retranslate()

    def retranslate(self) -> None:
        """Headers, state names and every row's texts in the current language."""
        self.setHorizontalHeaderLabels([
            self.tr("#"), self.tr("Mode"), self.tr("Workload"), self.tr("Worker"),
            self.tr("State"), self.tr("Progress"), self.tr("Elapsed"), "",
        ])
        self._states = {
            JobState.QUEUED: self.tr("queued"),
            JobState.RUNNING: self.tr("running"),
            JobState.CANCELLING: self.tr("cancelling…"),
            JobState.DONE: self.tr("done"),
            JobState.FAILED: self.tr("failed"),
            JobState.CANCELLED: self.tr("cancelled"),
        }
        labels = self._mode_labels()
        for row, job in enumerate(self._jobs):
            self.item(row, MODE).setText(labels.get(job.mode, job.mode))
            self._write(row, job)

    def add(self, job: Job) -> None:
        """Append ``job``; follow its changes until it is pruned."""
        self._prune()
        items = [QStandardItem() for _ in range(COLUMNS)]
        for column, item in enumerate(items):
            item.setEditable(False)
            if column in (ID, ELAPSED):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        items[ID].setText(str(job.id))
        items[MODE].setText(self._mode_labels().get(job.mode, job.mode))
        items[WORKLOAD].setText(job.workload)
        items[CANCEL].setForeground(self._link)
        self._jobs.append(job)
        self.appendRow(items)
        self._write(len(self._jobs) - 1, job)
        job.changed.connect(lambda j=job: self._dirty.add(j.id))
        self._live = True

    def job_at(self, row: int) -> Job:
        """The job shown in ``row``."""
        return self._jobs[row]

    def jobs(self) -> list[Job]:
        """Every job in the table, oldest first."""
        return list(self._jobs)

    def _prune(self) -> None:
        finished = [i for i, j in enumerate(self._jobs) if j.state.is_final]
        for row in reversed(finished[: max(0, len(finished) - HISTORY + 1)]):
            self.removeRow(row)
            del self._jobs[row]

    def _flush(self) -> None:
        if not self._live:
            return
        now = time.perf_counter()
        live = False
        for row, job in enumerate(self._jobs):
            if job.id in self._dirty:
                self._write(row, job)
            elif not job.state.is_final and job.started_at is not None:
                self.item(row, ELAPSED).setText(f"{job.elapsed(now):.1f} s")
            live = live or not job.state.is_final
        self._dirty.clear()
        self._live = live

    def _write(self, row: int, job: Job) -> None:
        self.item(row, WORKER).setText(job.worker or "—")
        state = self.item(row, STATE)
        text = self._states[job.state]
        state.setText(f"{text}: {job.error}" if job.error is not None else text)
        if job.error is not None:
            state.setToolTip(job.error.traceback)
        elif job.result is not None:
            state.setToolTip(str(job.result))
        if color := STATE_COLORS.get(job.state):
            state.setForeground(color)
        progress = self.item(row, PROGRESS)
        progress.setText(f"{job.progress}%")
        progress.setBackground(progress_brush(job.progress, self._bar))
        self.item(row, ELAPSED).setText(f"{job.elapsed():.1f} s")
        self.item(row, CANCEL).setText("" if job.state.is_final else self.tr("✕ Cancel"))


class JobsView(QTableView):
    """The table of jobs; clicking a row's Cancel cell (or pressing Delete) cancels it."""

    def __init__(self, model: JobsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobsView")
        self.setModel(model)
        self._jobs = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ID, 44), (MODE, 150), (WORKLOAD, 80), (WORKER, 100),
                              (PROGRESS, 110), (ELAPSED, 72), (CANCEL, 80)):
            self.setColumnWidth(column, width)
        self.clicked.connect(self._on_clicked)
        model.rowsInserted.connect(lambda *_: self.scrollToBottom())

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.column() == CANCEL:
            self._jobs.job_at(index.row()).cancel()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete cancels the selected jobs."""
        if event.key() == Qt.Key.Key_Delete:
            for index in self.selectionModel().selectedRows():
                self._jobs.job_at(index.row()).cancel()
            return
        super().keyPressEvent(event)
