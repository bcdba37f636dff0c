"""The live log pane: flood-proof by design, with a naive mode that shows why it must be.

Lines come from a :class:`~app.workers.log_channel.LogChannel` that any thread writes to;
on each heartbeat tick (100 Hz) the pane drains lines for at most a time budget into
a ring-buffer model shown by a virtualised view. Nothing a worker does can queue work on
the GUI thread.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QTimer, SignalInstance
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.widgets.log_model import LogFilter, LogModel
from app.workers.log_channel import SOURCE_GUI, SOURCE_PROCESS, SOURCE_THREAD, LogChannel
from app.workers.naive_log import SignalLogHandler

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

CHUNK_LINES = 500
TICK_BUDGET_S = 0.003
"""GUI time one tick may spend taking lines in; the rest waits for the next tick."""
FILTER_DELAY_MS = 200


class LogPane(QWidget):
    """Shows the app's log; owns which handler feeds it (the channel, or the naive signal)."""

    def __init__(
        self,
        channel: LogChannel,
        tick: SignalInstance,
        logger_name: str = "app",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logPane")
        self._channel = channel
        self._logger = logging.getLogger(logger_name)
        self._naive_handler: SignalLogHandler | None = None
        self.model = LogModel(capacity=channel.capacity, parent=self)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        self.view = QTableView(self)
        self.view.setObjectName("logView")
        self.view.setModel(self.model.view_model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFont(fixed)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        rows = self.view.verticalHeader()
        rows.hide()
        # Fixed row heights keep scrolling O(1) in the number of lines.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 2)
        self.naive_view = QPlainTextEdit(self)
        self.naive_view.setObjectName("naiveLogText")
        self.naive_view.setReadOnly(True)
        self.naive_view.setFont(fixed)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.naive_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_controls())
        layout.addWidget(self._stack, 1)

        self._filter_delay = QTimer(self)
        self._filter_delay.setSingleShot(True)
        self._filter_delay.setInterval(FILTER_DELAY_MS)
        self._filter_delay.timeout.connect(self.apply_filter)
        self._tick = tick
        tick.connect(self.drain)
        self._logger.addHandler(channel)
        self.retranslate()

    def _build_controls(self) -> QHBoxLayout:
        self.level = QComboBox(self)
        self.level.setObjectName("logLevel")
        for level in (logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR):
            self.level.addItem("", level)
        self.level.currentIndexChanged.connect(self.apply_filter)
        self.search = QLineEdit(self)
        self.search.setObjectName("logSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._filter_delay.start())
        self.sources: dict[str, QCheckBox] = {}
        for kind in (SOURCE_GUI, SOURCE_THREAD, SOURCE_PROCESS):
            box = QCheckBox(self)
            box.setObjectName(f"logSource_{kind}")
            box.setChecked(True)
            box.toggled.connect(self.apply_filter)
            self.sources[kind] = box
        self.follow = QCheckBox(self)
        self.follow.setObjectName("logFollow")
        self.follow.setChecked(True)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("logClear")
        self.clear_button.clicked.connect(self.clear)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("logSave")
        self.save_button.clicked.connect(self.ask_and_save)
        self.naive = QCheckBox(self)
        self.naive.setObjectName("logNaive")
        self.naive.toggled.connect(self.set_naive)
        self.counts = QLabel(self)
        self.counts.setObjectName("logCounts")

        row = QHBoxLayout()
        row.setContentsMargins(4, 2, 4, 2)
        for widget in (self.level, self.search, *self.sources.values(), self.follow,
                       self.clear_button, self.save_button, self.naive, self.counts):
            row.addWidget(widget)
        row.setStretch(1, 1)
        return row

    def retranslate(self) -> None:
        """Set every visible text (again, after a language switch)."""
        for i, text in enumerate((self.tr("All levels"), self.tr("Info and up"),
                                  self.tr("Warnings and up"), self.tr("Errors only"))):
            self.level.setItemText(i, text)
        self.search.setPlaceholderText(self.tr("Filter text…"))
        for kind, text in ((SOURCE_GUI, self.tr("GUI thread")),
                           (SOURCE_THREAD, self.tr("Worker threads")),
                           (SOURCE_PROCESS, self.tr("Processes"))):
            self.sources[kind].setText(text)
        self.follow.setText(self.tr("Follow"))
        self.follow.setToolTip(self.tr("Untick to pause autoscroll while you read."))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear the log (Ctrl+L)"))
        self.save_button.setText(self.tr("Save…"))
        self.naive.setText(self.tr("Naive log pane"))
        self.naive.setToolTip(self.tr(
            "One queued signal per line into a text widget, as many apps do: flood it and "
            "watch the window freeze."))
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def drain(self, *_: object) -> None:
        """Take lines for at most the tick's budget, then follow the end.

        The budget is time, not a line count: behind busy threads the same number of lines
        costs several times more, and the window must still answer within a frame. Ticks
        come inside the heartbeat's own call-back, so an idle tick costs one lock, and a
        flood is taken in three times as often as at frame rate, in smaller bites.
        """
        deadline = time.perf_counter() + TICK_BUDGET_S
        taken = 0
        while batch := self._channel.drain(CHUNK_LINES):
            self.model.append(batch)
            taken += len(batch)
            if time.perf_counter() >= deadline:
                break
        if not taken:
            return
        if self.follow.isChecked():
            self.view.scrollToBottom()
        self._update_counts()

    def _update_counts(self) -> None:
        dropped = self.model.dropped + self._channel.dropped
        text = self.tr("{shown} lines").format(shown=self.model.rowCount())
        if dropped:
            text += " · " + self.tr("{dropped} oldest dropped").format(dropped=dropped)
        self.counts.setText(text)

    def current_filter(self) -> LogFilter:
        """The filter the controls describe."""
        chosen = frozenset(k for k, box in self.sources.items() if box.isChecked())
        return LogFilter(
            min_level=self.level.currentData(),
            text=self.search.text().strip(),
            sources=frozenset() if chosen == frozenset(self.sources) else chosen,
        )

    def apply_filter(self) -> None:
        """Refilter the ring with the controls' settings."""
        self.model.set_filter(self.current_filter())
        self._update_counts()
        if self.follow.isChecked():
            self.view.scrollToBottom()

    def clear(self) -> None:
        """Empty the pane."""
        self.model.clear()
        self.naive_view.clear()
        self._update_counts()

    def text(self) -> str:
        """What the pane shows, one line per row (for tests and copying)."""
        if self.naive.isChecked():
            return self.naive_view.toPlainText()
        return "\n".join(self.model.shown_texts())

    def save_to(self, path: Path) -> int:
        """Write the shown lines to ``path``; return how many."""
        lines = self.model.shown_texts()
        path.write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
        return len(lines)

    def ask_and_save(self) -> None:
        """Ask where, then save; a failure is explained, never raised."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save log"), "concurrency-lab.log", self.tr("Log files (*.log *.txt)"))
        if not name:
            return
        try:
            from pathlib import Path

            count = self.save_to(Path(name))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save the log"),
                                self.tr("{path}: {reason}").format(path=name, reason=exc.strerror))
            return
        logging.getLogger("app.ui").info(self.tr("Saved %d log lines to %s"), count, name)

    def set_naive(self, naive: bool) -> None:
        """Swap the flood-proof channel for one queued signal per line, or back."""
        if naive == (self._naive_handler is not None):
            return
        if naive:
            self._naive_handler = SignalLogHandler()
            self._naive_handler.bridge.line.connect(self.naive_view.appendPlainText)
            self._logger.removeHandler(self._channel)
            self._logger.addHandler(self._naive_handler)
        else:
            assert self._naive_handler is not None
            self._logger.removeHandler(self._naive_handler)
            self._naive_handler = None
            self._logger.addHandler(self._channel)
        self._stack.setCurrentIndex(1 if naive else 0)
        if self.naive.isChecked() != naive:
            self.naive.setChecked(naive)

    def stop(self) -> None:
        """Detach from logging and stop draining (the window is closing)."""
        self.drain()
        self._tick.disconnect(self.drain)
        self._filter_delay.stop()
        self._logger.removeHandler(self._channel)
        if self._naive_handler is not None:
            self._logger.removeHandler(self._naive_handler)
