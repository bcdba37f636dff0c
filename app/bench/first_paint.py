"""Start-up probe: print when a window first paints, then quit (used by benchmark P6)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PAINTED = "painted"


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(PAINTED, flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched.close)  # type: ignore[attr-defined]
        return False


def exit_after_first_paint(window: QWidget) -> None:
    """Print :data:`PAINTED` on ``window``'s first paint event and close it."""
    probe = _FirstPaint(window)
    window.installEventFilter(probe)


BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
from app.bench.first_paint import exit_after_first_paint
app = QApplication(sys.argv[:1])
label = QLabel("bare PySide6 window")
exit_after_first_paint(label)
label.show()
sys.exit(app.exec())
"""
"""The reference P6 compares against: the smallest PySide6 window that paints."""
