"""F1: a short guide to what to click and what to watch."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HelpDialog(QDialog):
    """Non-modal help; stays open beside the window while a person tries things."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.resize(560, 520)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts (again, after a language switch)."""
        self.setWindowTitle(self.tr("Concurrency Lab help"))
        self.browser.setHtml(self.tr(
            "<h3>Watch the window, not just the result</h3>"
            "<p>The spinner and the lag readout at the top are driven by the GUI thread's "
            "event loop. When they stop, the window is frozen.</p>"
            "<ol>"
            "<li>Pick a <b>mode</b>, a <b>workload</b> and a <b>duration</b> in the toolbar, "
            "then press <b>Handle click event</b> (Ctrl+R).</li>"
            "<li>Try <b>Inline</b> first, then <b>Another event</b>: nothing answers until the "
            "job ends, and the log names the line that froze the window.</li>"
            "<li>Run the same job in a thread or a process: the spinner keeps turning.</li>"
            "<li>Run the CPU-bound workload in threads and in processes in the <b>GIL lab</b>: "
            "only processes get faster.</li>"
            "<li>Queue work in the <b>producer/consumer</b> lab, crawl the embedded site in the "
            "<b>crawler</b>, and see every worker's lane in the <b>timeline</b>.</li>"
            "</ol>"
            "<p>Every demo shows the same thing in plain Python beside it, ready to copy.</p>"
            "<p><b>Shortcuts:</b> Ctrl+R run · Ctrl+. cancel all · Ctrl+L clear the log · "
            "F1 this help.</p>"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
