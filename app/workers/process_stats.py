"""Thread, child-process and memory counts, sampled off the GUI thread.

Reading ``/proc`` is I/O: each read releases the GIL and must take it back, and behind a
CPU-bound thread each take-back waits a switch interval. Measured on the GUI thread, one
refresh froze the window for 270 ms; here a sampler thread pays that instead, and the
GUI reads the latest numbers from an attribute.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.workers.periodic import Periodic

SAMPLE_S = 0.5


@dataclass(frozen=True)
class ProcessStats:
    """One sample of this process."""

    threads: int = 0
    children: int = 0
    rss_mb: int = 0


class StatsSampler:
    """Samples :class:`ProcessStats` every half second on its own thread."""

    def __init__(self, interval_s: float = SAMPLE_S) -> None:
        self.latest = ProcessStats()
        self._periodic = Periodic(self._store, interval_s, "process-stats")

    def start(self) -> None:
        """Start sampling (idempotent)."""
        self._periodic.start()

    def stop(self) -> None:
        """Stop and join the sampler."""
        self._periodic.stop()

    def sample(self) -> ProcessStats:
        """Read the counts now (on the calling thread)."""
        import multiprocessing

        import psutil

        me = psutil.Process()
        return ProcessStats(
            threads=me.num_threads(),
            children=len(multiprocessing.active_children()),
            rss_mb=me.memory_info().rss // 2**20,
        )

    def _store(self) -> None:
        self.latest = self.sample()


def cpu_seconds() -> float:
    """CPU seconds of this process and its children, live ones and those already waited."""
    import psutil

    me = psutil.Process()
    own = me.cpu_times()
    total = own.user + own.system + own.children_user + own.children_system
    for child in me.children(recursive=True):
        try:
            times = child.cpu_times()
        except psutil.Error:  # it ended between listing and asking
            continue
        total += times.user + times.system
    return total
