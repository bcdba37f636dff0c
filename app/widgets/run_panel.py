"""The modes tab: one button per execution mode, *Another event*, *Cancel all*, the jobs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.widgets.jobs_view import JobsModel, JobsView

MODE_BUTTONS = {
    "inline": "runInlineButton",
    "thread": "runThreadButton",
    "qthread": "runQThreadButton",
    "process": "runProcessButton",
    "thread_pool": "runThreadPoolButton",
    "process_pool": "runProcessPoolButton",
}


class RunPanel(QWidget):
    """Buttons that each run the current workload in one mode, and the table of jobs."""

    def __init__(
        self,
        mode_labels: dict[str, str],
        run_in: Callable[[str], None],
        another_event: Callable[[], None],
        cancel_all: Callable[[], None],
        frame: SignalInstance,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runPanel")
        buttons = QGroupBox(self.tr("Run the current workload in…"), self)
        grid = QGridLayout(buttons)
        self.mode_buttons: dict[str, QPushButton] = {}
        for i, (mode, name) in enumerate(MODE_BUTTONS.items()):
            button = QPushButton(mode_labels[mode], buttons)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, m=mode: run_in(m))
            grid.addWidget(button, i // 3, i % 3)
            self.mode_buttons[mode] = button

        self.another_event = QPushButton(self.tr("Another event"), self)
        self.another_event.setObjectName("anotherEventButton")
        self.another_event.setToolTip(self.tr("Logs at once if the UI is responsive."))
        self.another_event.clicked.connect(another_event)
        self.cancel_all = QPushButton(self.tr("Cancel all"), self)
        self.cancel_all.setObjectName("cancelAllButton")
        self.cancel_all.clicked.connect(cancel_all)
        hint = QLabel(
            self.tr("Click <b>Inline</b>, then try <b>Another event</b>: nothing answers until "
                    "the job ends. Any other mode keeps the spinner turning."),
            self,
        )
        hint.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.another_event)
        actions.addWidget(self.cancel_all)
        actions.addStretch(1)

        self.jobs_model = JobsModel(frame, mode_labels, self)
        self.jobs_view = JobsView(self.jobs_model, self)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        layout.addLayout(actions)
        layout.addWidget(self.jobs_view, 1)
