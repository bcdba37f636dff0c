"""Start the app: parse arguments, build the QApplication, show the window.

Qt is imported inside :func:`main` only: a console script's module is re-run by every
``spawn`` child, which must not pay for Qt.
"""

from __future__ import annotations

import argparse
import os
import sys

from app import __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Command-line options; unknown or malformed ones end with a usage message, exit 2."""
    parser = argparse.ArgumentParser(
        prog="concurrency-lab",
        description="Watch what each way of running work does to a GUI.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", choices=["en", "zh_CN"], help="language (default: as last time, "
                        "else the system locale)")
    parser.add_argument("--first-paint-probe", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    """Run Concurrency Lab until its window closes; return the exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if not _has_display():
        print(
            "concurrency-lab: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "Start it from a desktop session, or try it headless with QT_QPA_PLATFORM=offscreen.",
            file=sys.stderr,
        )
        return 2

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.widgets import settings
    from app.widgets.i18n import Translations, system_language
    from app.widgets.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Concurrency Lab")
    app.setOrganizationName("Concurrency Lab")
    app.setApplicationVersion(__version__)
    translations = Translations()
    language = args.lang or settings.read_str(QSettings(), settings.LANGUAGE) or system_language()
    translations.apply(language)
    window = MainWindow(translations=translations)
    if args.first_paint_probe:
        from app.bench.first_paint import exit_after_first_paint

        exit_after_first_paint(window)
    window.show()
    return app.exec()
