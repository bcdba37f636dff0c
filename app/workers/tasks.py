"""The work itself: plain, picklable functions that never import Qt.

Every task takes a :class:`~app.workers.reporting.Reporter` first and checks it between
small slices of work, so any mode can cancel it within a slice.
"""

from __future__ import annotations

import logging
import os
import threading
import time

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from app.workers.reporting import Reporter

log = logging.getLogger(__name__)

IO_SLICE_S = 0.02
CPU_CHUNK = 2_000


def _where() -> str:
    return f"{threading.current_thread().name} (pid {os.getpid()})"


def simulated_io(reporter: Reporter, duration: float) -> dict[str, Any]:
    """Wait ``duration`` seconds in short sleeps, as a download or a database call would.

    Sleeping releases the GIL, which is why threads suit this kind of work.
    """
    log.info("IO job: waiting %.2f s in %s", duration, _where())
    start = time.perf_counter()
    deadline = start + duration
    while (now := time.perf_counter()) < deadline:
        reporter.check()
        reporter.progress(int(100 * (now - start) / duration))
        time.sleep(min(IO_SLICE_S, deadline - now))  # sleep-ok: the workload
    reporter.progress(100)
    waited = time.perf_counter() - start
    log.info("IO job: done after %.2f s", waited)
    return {"waited_s": round(waited, 3)}


def count_primes(lo: int, hi: int) -> int:
    """Count primes in ``[lo, hi)`` by trial division: pure Python, holds the GIL."""
    found = 0
    for n in range(max(lo, 2), hi):
        if n % 2 == 0:
            found += n == 2
            continue
        d = 3
        while d * d <= n:
            if n % d == 0:
                break
            d += 2
        else:
            found += 1
    return found


def cpu_bound(reporter: Reporter, duration: float) -> dict[str, Any]:
    """Compute primes until this thread has used ``duration`` seconds of CPU.

    Measuring CPU time, not wall time, makes the GIL visible: two such jobs in threads
    take twice as long on the clock as one, while two processes finish together.
    """
    log.info("CPU job: %.2f s of CPU in %s", duration, _where())
    start_cpu = time.thread_time()
    start_wall = time.perf_counter()
    lo, primes = 0, 0
    while (used := time.thread_time() - start_cpu) < duration:
        reporter.check()
        reporter.progress(int(100 * used / duration))
        primes += count_primes(lo, lo + CPU_CHUNK)
        lo += CPU_CHUNK
    reporter.progress(100)
    wall = time.perf_counter() - start_wall
    log.info("CPU job: %d primes below %d in %.2f s wall", primes, lo, wall)
    return {"primes": primes, "below": lo, "wall_s": round(wall, 3)}
