"""Beside the mode buttons: what the selected mode solves, when to use it, its pitfall.

Below the three lines, the same thing in plain Python, ready to copy.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.widgets.code_pane import CodePane
from app.workers.mode_code import MODE_CODE


def mode_notes(mode: str) -> tuple[str, str, str]:
    """``(solves, use it when, pitfall)`` for ``mode``, translated."""
    notes = {
        "inline": (
            QCoreApplication.translate(
                "ModeGuide", "Nothing: it is the baseline every other mode is measured against."
            ),
            QCoreApplication.translate(
                "ModeGuide", "The work takes less than a frame (about 16 ms)."
            ),
            QCoreApplication.translate(
                "ModeGuide", "Anything longer freezes the window; clicks wait until it ends."
            ),
        ),
        "thread": (
            QCoreApplication.translate(
                "ModeGuide", "Waiting (files, sockets, sleeps) without freezing the window."
            ),
            QCoreApplication.translate(
                "ModeGuide", "IO-bound work: the GIL is released while a thread waits."
            ),
            QCoreApplication.translate(
                "ModeGuide",
                "CPU-bound Python does not get faster (GIL); never touch a widget from it; "
                "a thread per request can run away.",
            ),
        ),
        "qthread": (
            QCoreApplication.translate(
                "ModeGuide", "A Qt-native worker whose signals queue back to the GUI thread."
            ),
            QCoreApplication.translate(
                "ModeGuide", "Long-lived workers that talk to Qt objects through signals."
            ),
            QCoreApplication.translate(
                "ModeGuide", "Keep a reference to the QThread; move the worker, never a widget."
            ),
        ),
        "process": (
            QCoreApplication.translate(
                "ModeGuide", "CPU-bound Python in parallel: each process has its own GIL."
            ),
            QCoreApplication.translate("ModeGuide", "Heavy computation that runs for seconds."),
            QCoreApplication.translate(
                "ModeGuide",
                "Arguments and results must pickle; a spawn start costs about 50–80 ms; "
                "the __main__ guard is required.",
            ),
        ),
        "thread_pool": (
            QCoreApplication.translate(
                "ModeGuide", "Bounded concurrency: extra jobs wait in the pool's queue."
            ),
            QCoreApplication.translate(
                "ModeGuide", "Many small IO tasks, like a crawler's downloads."
            ),
            QCoreApplication.translate(
                "ModeGuide", "A stuck task holds a worker; shut the pool down when done."
            ),
        ),
        "process_pool": (
            QCoreApplication.translate(
                "ModeGuide", "Parallel CPU work without paying a process start per job."
            ),
            QCoreApplication.translate(
                "ModeGuide", "Many CPU-bound tasks; start the pool once, early."
            ),
            QCoreApplication.translate(
                "ModeGuide", "Only picklable tasks; a crashed worker breaks the whole pool."
            ),
        ),
        "queue": (
            QCoreApplication.translate(
                "ModeGuide",
                "Decouples producers from consumers; the click only puts a job on a queue.",
            ),
            QCoreApplication.translate(
                "ModeGuide", "Bursts of work that a fixed set of consumers should drain in order."
            ),
            QCoreApplication.translate(
                "ModeGuide",
                "Stopping needs a sentinel per consumer, or items are lost or consumers hang.",
            ),
        ),
    }
    return notes[mode]


class ModeGuide(QWidget):
    """Explains one mode at a time; :meth:`show_mode` follows the toolbar's selector."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modeGuide")
        self._mode = "inline"
        self._label = ""
        self.box = QGroupBox(self)
        self._captions = [QLabel(self.box) for _ in range(3)]
        self._notes = [QLabel(self.box) for _ in range(3)]
        form = QFormLayout(self.box)
        for caption, note in zip(self._captions, self._notes, strict=True):
            note.setWordWrap(True)
            form.addRow(caption, note)
        self.code: CodePane | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.box)
        self._layout.addStretch(1)
        self.retranslate()

    def attach_code(self) -> None:
        """Add the code pane (after the window's first paint: a text browser is not cheap)."""
        if self.code is None:
            self.code = CodePane(MODE_CODE[self._mode], name="modeCode", parent=self)
            self._layout.insertWidget(1, self.code, 100)

    def show_mode(self, mode: str, label: str = "") -> None:
        """Explain ``mode`` (its selector label in ``label``)."""
        self._mode = mode
        self._label = label or mode
        if self.code is not None:
            self.code.set_code(MODE_CODE[mode])
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text for the current mode and language."""
        self.box.setTitle(self.tr("When to use {mode}").format(mode=self._label))
        for caption, text in zip(
            self._captions,
            (self.tr("Solves"), self.tr("Use it when"), self.tr("Pitfall")),
            strict=True,
        ):
            caption.setText(f"<b>{text}</b>")
        for note, text in zip(self._notes, mode_notes(self._mode), strict=True):
            note.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
