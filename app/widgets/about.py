"""The About box: versions and the two facts that shape this app's behaviour."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__


def gil_enabled() -> bool:
    """False only on a free-threaded build running with the GIL off."""
    check = getattr(sys, "_is_gil_enabled", None)
    return True if check is None else bool(check())


def about_html() -> str:
    """Versions, start methods and the GIL, as rich text."""
    import multiprocessing
    import platform

    default_method = (
        multiprocessing.get_start_method(allow_none=True)
        or (multiprocessing.get_all_start_methods()[0])
    )
    rows = [
        (QCoreApplication.translate("About", "Concurrency Lab"), __version__),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("PySide6", PySide6.__version__),
        ("Qt", qVersion()),
        (QCoreApplication.translate("About", "Start method used for processes"), "spawn"),
        (QCoreApplication.translate("About", "Platform default start method"), default_method),
        (
            QCoreApplication.translate("About", "GIL enabled"),
            QCoreApplication.translate("About", "yes")
            if gil_enabled()
            else QCoreApplication.translate("About", "no (free-threaded)"),
        ),
    ]
    table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    intro = QCoreApplication.translate(
        "About", "Watch what each way of running work does to a GUI."
    )
    return f"<p>{intro}</p><table cellspacing='6'>{table}</table>"


def show_about(parent: QWidget) -> None:
    """Open the About box."""
    QMessageBox.about(
        parent, QCoreApplication.translate("About", "About Concurrency Lab"), about_html()
    )
