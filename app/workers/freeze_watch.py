"""A watchdog that says *where* the GUI thread froze, not just that it did.

A plain thread wakes every 50 ms and compares the time of the GUI's last heartbeat with
now; only when the GUI has been silent for over 200 ms does it sample the GUI thread's
Python stack (``sys._current_frames()``), repeatedly while the stall lasts. When the GUI
comes back it takes the samples and names the line it was stuck on most often.
Qt-free: the heartbeat tells it about ticks by calling :meth:`FreezeWatch.beat`.
"""

from __future__ import annotations

import linecache
import os
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from types import FrameType

from app.workers.periodic import Periodic

FREEZE_S = 0.2
SAMPLE_S = 0.05
MAX_SAMPLES = 400
PATH_HEAD, PATH_TAIL = 1, 2
_PACKAGE_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))
_ENTRY_FILES = {"main.py", "__main__.py"}

Frame = tuple[str, int, str]
"""``(filename, line, function)`` of one stack frame."""


def stack_of(frame: FrameType | None) -> list[Frame]:
    """Frames from outermost to innermost."""
    frames: list[Frame] = []
    while frame is not None:
        frames.append((frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name))
        frame = frame.f_back
    frames.reverse()
    return frames


def _in_app(filename: str) -> bool:
    parts = os.path.normpath(filename).split(os.sep)
    return "app" in parts and parts[-1] not in _ENTRY_FILES


def _short(filename: str) -> str:
    try:
        path = os.path.relpath(os.path.realpath(filename), _PACKAGE_ROOT)
    except ValueError:
        return os.path.basename(filename)
    return os.path.basename(filename) if path.startswith("..") else path


@dataclass(frozen=True)
class FreezeReport:
    """Where the GUI thread spent a stall."""

    path: tuple[str, ...]
    """Function names from the first app frame to the innermost one."""
    filename: str
    line: int
    code: str
    samples: int

    def where(self) -> str:
        """``run_in → … → simulated_io: time.sleep(…) (app/workers/tasks.py:42)``."""
        names = list(self.path)
        if len(names) > PATH_HEAD + PATH_TAIL + 1:
            names = [*names[:PATH_HEAD], "…", *names[-PATH_TAIL:]]
        chain = " → ".join(names)
        code = f": {self.code}" if self.code else ""
        return f"{chain}{code} ({_short(self.filename)}:{self.line})"


def summarize(stacks: list[list[Frame]]) -> FreezeReport | None:
    """The innermost frame seen most often, with the app call path that led to it."""
    stacks = [s for s in stacks if s]
    if not stacks:
        return None
    leaf, _ = Counter(s[-1] for s in stacks).most_common(1)[0]
    stack = next(s for s in stacks if s[-1] == leaf)
    first_app = next((i for i, f in enumerate(stack) if _in_app(f[0])), len(stack) - 1)
    names = tuple(f[2] for f in stack[first_app:])
    code = linecache.getline(leaf[0], leaf[1]).strip()
    code = code.split("  #")[0].strip()
    return FreezeReport(names, leaf[0], leaf[1], code, len(stacks))


class FreezeWatch:
    """Watchdog thread; call :meth:`beat` on every GUI tick and :meth:`take` after a stall."""

    def __init__(self, gui_thread_id: int | None = None, freeze_s: float = FREEZE_S) -> None:
        self._gui = gui_thread_id or threading.main_thread().ident
        self._freeze_s = freeze_s
        self._last_beat = time.perf_counter()
        self._samples: list[list[Frame]] = []
        self._lock = threading.Lock()
        self._periodic = Periodic(self._sample, SAMPLE_S, "freeze-watch")

    def start(self) -> None:
        """Start watching (idempotent)."""
        self._last_beat = time.perf_counter()
        self._periodic.start()

    def stop(self) -> None:
        """Stop and join the watchdog."""
        self._periodic.stop()

    def beat(self) -> None:
        """The GUI thread is alive (called from its heartbeat)."""
        self._last_beat = time.perf_counter()

    def take(self) -> FreezeReport | None:
        """Summarise and forget the samples of the stall that just ended."""
        with self._lock:
            samples, self._samples = self._samples, []
        return summarize(samples)

    def _sample(self) -> None:
        if time.perf_counter() - self._last_beat < self._freeze_s:
            return
        frame = sys._current_frames().get(self._gui)  # type: ignore[arg-type]
        stack = stack_of(frame)
        del frame
        with self._lock:
            if len(self._samples) < MAX_SAMPLES:
                self._samples.append(stack)
