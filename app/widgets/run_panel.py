"""The modes tab: a button per execution mode, *Another event*, *Cancel all*, the jobs.

Beside them, what the selected mode is for, with its plain-Python code.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, SignalInstance
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.widgets.jobs_view import JobsModel, JobsView
from app.widgets.mode_guide import ModeGuide

MODE_BUTTONS = {
    "inline": "runInlineButton",
    "thread": "runThreadButton",
    "qthread": "runQThreadButton",
    "process": "runProcessButton",
    "thread_pool": "runThreadPoolButton",
    "process_pool": "runProcessPoolButton",
    "queue": "runQueueButton",
}


class RunPanel(QWidget):
    """Buttons that each run the current workload in one mode, and the table of jobs."""

    def __init__(
        self,
        mode_labels: Callable[[], dict[str, str]],
        run_in: Callable[[str], None],
        another_event: Callable[[], None],
        cancel_all: Callable[[], None],
        frame: SignalInstance,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runPanel")
        self._mode_labels = mode_labels
        self.buttons_box = QGroupBox(self)
        grid = QGridLayout(self.buttons_box)
        self.mode_buttons: dict[str, QPushButton] = {}
        for i, (mode, name) in enumerate(MODE_BUTTONS.items()):
            button = QPushButton(self.buttons_box)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, m=mode: run_in(m))
            grid.addWidget(button, i // 3, i % 3)
            self.mode_buttons[mode] = button
        self.another_event = QPushButton(self)
        self.another_event.setObjectName("anotherEventButton")
        self.another_event.clicked.connect(another_event)
        self.cancel_all = QPushButton(self)
        self.cancel_all.setObjectName("cancelAllButton")
        self.cancel_all.clicked.connect(cancel_all)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.another_event)
        actions.addWidget(self.cancel_all)
        actions.addStretch(1)

        self.jobs_model = JobsModel(frame, mode_labels, self)
        self.jobs_view = JobsView(self.jobs_model, self)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.hint)
        column.addWidget(self.buttons_box)
        column.addLayout(actions)
        column.addWidget(self.jobs_view, 1)
        self.guide = ModeGuide(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("runSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.guide)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text (again, after a language switch)."""
        labels = self._mode_labels()
        self.buttons_box.setTitle(self.tr("Run the current workload in…"))
        for mode, button in self.mode_buttons.items():
            button.setText(labels[mode])
        self.another_event.setText(self.tr("Another event"))
        self.another_event.setToolTip(self.tr("Logs at once if the UI is responsive."))
        self.cancel_all.setText(self.tr("Cancel all"))
        self.cancel_all.setToolTip(self.tr("Ask every running job to stop (Ctrl+.)"))
        self.hint.setText(self.tr(
            "Click <b>Inline</b>, then try <b>Another event</b>: nothing answers until the job "
            "ends. Any other mode keeps the spinner turning."))
        self.jobs_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
