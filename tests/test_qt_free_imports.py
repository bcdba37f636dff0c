"""Task code and the entry module stay Qt-free, so spawn children start fast and unpickle."""

from __future__ import annotations

import subprocess
import sys

QT_FREE = [
    "app",
    "app.__main__",
    "app.main",
    "app.workers",
    "app.workers.tasks",
    "app.workers.reporting",
    "app.workers.outcome",
    "app.workers.child",
    "app.workers.workloads",
    "app.workers.log_channel",
]


def test_task_modules_and_entry_points_do_not_load_qt():
    script = (
        "import importlib, sys\n"
        f"for name in {QT_FREE!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]", result.stdout
