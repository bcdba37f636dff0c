"""The GIL lab's units of work: plain functions a thread, a process or an interpreter runs.

Qt-free on purpose: the warm process pool's spawned children unpickle these functions by
importing this module, and Qt on that path would cost each child ~170 ms.

A workload is many identical *units* (one unit = one call of a unit function with one
argument). A strategy splits the units into one *batch* per worker, so every strategy does
exactly the same work and only the way it runs differs.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.workers.tasks import count_primes

CPU_UNIT_BASE = 1_000_000
CPU_UNIT_SPAN = 4_000
"""Trial division over 4,000 numbers past a million: about 10 ms of pure Python."""

IO_UNIT_S = 0.02
"""One simulated IO wait: long enough to dwarf thread overhead, short enough to cancel."""

Unit = Callable[[Any], Any]


_child_stop: Any = None


def init_child(stop: Any) -> None:
    """Pool initializer: remember the shared stop event so batches in this child can cancel.

    The event must come through the initializer: a synchronisation primitive may be
    pickled only while the child is being spawned, not with every task.
    """
    global _child_stop
    _child_stop = stop


def cpu_unit(span: int) -> int:
    """One unit of CPU-bound work: count primes in a fixed range; holds the GIL throughout."""
    return count_primes(CPU_UNIT_BASE, CPU_UNIT_BASE + span)


def io_unit(seconds: float) -> float:
    """One unit of IO-bound work: wait, releasing the GIL, as a network call would."""
    time.sleep(seconds)  # sleep-ok: the workload
    return seconds


@dataclass(frozen=True)
class BatchResult:
    """What one worker did: how many units, and the CPU time its thread spent on them."""

    units: int
    cpu_s: float
    cancelled: bool = False


def run_batch(unit: Unit, arg: Any, count: int, stop: Any = None) -> BatchResult:
    """Run ``unit(arg)`` ``count`` times, stopping early once ``stop`` (or the child's) is set.

    ``stop`` (anything with ``is_set()``) is given by threads in this process; in a pool
    child it is ``None`` and the event installed by :func:`init_child` is used.
    """
    flag = stop if stop is not None else _child_stop
    start = time.thread_time()
    done = 0
    for _ in range(count):
        if flag is not None and flag.is_set():
            return BatchResult(done, time.thread_time() - start, cancelled=True)
        unit(arg)
        done += 1
    return BatchResult(done, time.thread_time() - start)


def warm(_: int) -> str:
    """A no-op that makes a pool start a worker ahead of the first measured run."""
    return threading.current_thread().name
