"""Qt-free tasks that misbehave on purpose; spawn children import this module by name."""

from __future__ import annotations

import os
import signal
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.workers.reporting import Reporter


def raise_value_error(reporter: Reporter, duration: float = 0.0) -> None:
    """Fail the way real code does: an exception deep in the task."""
    reporter.progress(50)
    raise ValueError(f"bad input after {duration} s")


def ignore_cancel(reporter: Reporter, duration: float) -> str:
    """Never look at the cancel token: only terminating the process stops it."""
    time.sleep(duration)  # sleep-ok: the workload is a task that will not cooperate
    return "finished anyway"


def exit_abruptly(reporter: Reporter, code: int = 3) -> None:
    """Leave without an outcome, as a crash would."""
    os._exit(code)


def kill_self(reporter: Reporter) -> None:
    """Die by SIGKILL, as the OOM killer would do it."""
    os.kill(os.getpid(), signal.SIGKILL)


def unpicklable_result(reporter: Reporter) -> object:
    """Return something that cannot cross back from a child process."""
    return lambda: None
