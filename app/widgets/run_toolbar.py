"""The toolbar: execution mode, workload, duration, and *Handle click event*."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QPushButton, QToolBar, QWidget

MIN_DURATION_S = 0.1
MAX_DURATION_S = 60.0


class RunToolbar(QToolBar):
    """What to run and how; the window connects ``run_button`` to its runner."""

    def __init__(
        self,
        mode_labels: dict[str, str],
        workload_labels: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runToolbar")
        self.setMovable(False)
        self.mode_selector = QComboBox(self)
        self.mode_selector.setObjectName("modeSelector")
        for mode, label in mode_labels.items():
            self.mode_selector.addItem(label, mode)
        self.workload_selector = QComboBox(self)
        self.workload_selector.setObjectName("workloadSelector")
        for key, label in workload_labels.items():
            self.workload_selector.addItem(label, key)
        self.duration_input = QDoubleSpinBox(self)
        self.duration_input.setObjectName("durationInput")
        self.duration_input.setRange(MIN_DURATION_S, MAX_DURATION_S)
        self.duration_input.setDecimals(1)
        self.duration_input.setSingleStep(0.5)
        self.duration_input.setValue(2.0)
        self.run_button = QPushButton(self)
        self.run_button.setObjectName("runButton")
        self.run_button.setDefault(True)
        self._labels = [QLabel(self) for _ in range(3)]
        for label, widget in zip(
            self._labels, (self.mode_selector, self.workload_selector, self.duration_input),
            strict=True,
        ):
            label.setBuddy(widget)
            self.addWidget(label)
            self.addWidget(widget)
        self.addSeparator()
        self.addWidget(self.run_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text (again, after a language switch)."""
        self.setWindowTitle(self.tr("Run"))
        for label, text in zip(
            self._labels, (self.tr(" &Mode "), self.tr(" &Workload "), self.tr(" &Duration ")),
            strict=True,
        ):
            label.setText(text)
        self.duration_input.setSuffix(self.tr(" s"))
        self.duration_input.setToolTip(self.tr("How long each job runs: 0.1 to 60 seconds."))
        self.run_button.setText(self.tr("Handle click event"))
        self.run_button.setToolTip(self.tr("Run one job of the workload in the selected mode."))

    def select(self, combo: QComboBox, data: str) -> None:
        """Pick the item of ``combo`` whose data is ``data`` (ignored if absent)."""
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)
