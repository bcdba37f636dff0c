"""Start the app: parse arguments, build the QApplication, show the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run Concurrency Lab until its window closes; return the exit code."""
    from PySide6.QtWidgets import QApplication

    from app.widgets.main_window import MainWindow

    app = QApplication(sys.argv if argv is None else argv)
    window = MainWindow()
    window.show()
    return app.exec()
