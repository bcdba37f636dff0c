"""The GIL lab's strategies: the same units of work run sequentially, in threads, in processes.

Qt-free: the controller calls it from a background thread, the benchmark and tests call it
directly. Every call that blocks (pool start, a run) belongs off the GUI thread.

A strategy the running Python cannot offer (free-threaded threads, sub-interpreters) is
not an error: :func:`unavailable_reason` says why, and the caller shows it.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from app.workers import gil_tasks
from app.workers.gil_tasks import BatchResult, Unit
from app.workers.process_stats import cpu_seconds

CALIBRATION_S = 0.15
MIN_CALIBRATION_UNITS = 3


def cores() -> int:
    """CPUs this process may run on (what a pool can really use)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def max_workers() -> int:
    """The largest worker count the lab offers: twice the cores, to show past-the-limit."""
    return 2 * cores()


# --- workloads --------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkloadKind:
    """A kind of unit of work: the function a worker calls and its argument.

    The hook for other labs: the crawler registers an HTTP fetch of the embedded site
    with :func:`register_workload` (its unit function must live in a Qt-free module).
    """

    key: str
    label: str
    unit: Unit
    arg: Any
    cpu_bound: bool


WORKLOADS: dict[str, WorkloadKind] = {
    "cpu": WorkloadKind(
        "cpu", "CPU-bound pure Python", gil_tasks.cpu_unit, gil_tasks.CPU_UNIT_SPAN, True
    ),
    "io": WorkloadKind("io", "IO-bound (sleep)", gil_tasks.io_unit, gil_tasks.IO_UNIT_S, False),
}


def register_workload(kind: WorkloadKind) -> None:
    """Offer ``kind`` in the lab (replacing any kind with the same key)."""
    WORKLOADS[kind.key] = kind


@dataclass(frozen=True)
class Workload:
    """A concrete job: ``units`` calls of one kind's unit, the same for every strategy."""

    kind: WorkloadKind
    units: int


def calibrate(kind: WorkloadKind, seconds: float) -> Workload:
    """Size a job of ``kind`` to take about ``seconds`` when run sequentially.

    Runs units in the calling thread for a short while after one warm-up unit (cold code
    is slower) and takes the mean. CPU-bound units are timed in thread CPU time, so a
    machine busy with other programs does not shrink the job; waiting units by the clock.
    """
    clock = time.thread_time if kind.cpu_bound else time.perf_counter
    kind.unit(kind.arg)
    count = 0
    start = clock()
    while (elapsed := clock() - start) < CALIBRATION_S or count < MIN_CALIBRATION_UNITS:
        kind.unit(kind.arg)
        count += 1
    return Workload(kind, max(1, round(seconds * count / elapsed)))


def split(units: int, workers: int) -> list[int]:
    """Share ``units`` among ``workers`` as evenly as possible (sizes differ by at most 1)."""
    base, extra = divmod(units, workers)
    return [base + (i < extra) for i in range(workers) if base + (i < extra) > 0]


# --- strategies -------------------------------------------------------------------------


@dataclass(frozen=True)
class Strategy:
    """One way to run the batches."""

    key: str
    label: str
    parallel: bool
    """False for sequential: it always runs with one worker."""


STRATEGIES: dict[str, Strategy] = {
    s.key: s
    for s in (
        Strategy("sequential", "sequential", False),
        Strategy("threads", "N threads", True),
        Strategy("processes", "N processes (warm pool)", True),
        Strategy("free_threads", "N free-threaded threads", True),
        Strategy("interpreters", "InterpreterPoolExecutor", True),
    )
}

REASONS: dict[str, str] = {
    "no_free_threading": "this Python has no free-threaded build (needs 3.13t or later)",
    "gil_enabled": "the GIL is enabled in this Python",
    "needs_314": "InterpreterPoolExecutor needs Python 3.14 or later",
    "no_interpreters": "this Python was built without sub-interpreter support",
}
"""Why a strategy is unavailable, in English, by reason key (the panel translates keys)."""


def unavailable_reason(key: str) -> str | None:
    """The reason key why strategy ``key`` cannot run on this Python, or None if it can."""
    if key == "free_threads":
        gil_enabled: Callable[[], bool] | None = getattr(sys, "_is_gil_enabled", None)
        if gil_enabled is None:
            return "no_free_threading"
        return "gil_enabled" if gil_enabled() else None
    if key == "interpreters":
        if sys.version_info < (3, 14):
            return "needs_314"
        import concurrent.futures as cf

        return None if hasattr(cf, "InterpreterPoolExecutor") else "no_interpreters"
    return None


def available_strategies() -> list[Strategy]:
    """The strategies this Python can run, in display order."""
    return [s for s in STRATEGIES.values() if unavailable_reason(s.key) is None]


# --- measuring --------------------------------------------------------------------------


@dataclass(frozen=True)
class Timing:
    """What one run measured. ``started``/``ended`` are ``perf_counter`` times."""

    strategy: str
    workers: int
    units: int
    wall_s: float
    cpu_s: float
    started: float
    ended: float
    cancelled: bool


class StrategyUnavailable(RuntimeError):
    """Raised when asked to run a strategy this Python cannot offer."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"{key}: {REASONS.get(reason, reason)}")
        self.key = key
        self.reason = reason


class GilEngine:
    """Runs workloads with each strategy; owns the warm process pool.

    The pool has :func:`max_workers` processes, started once by :meth:`ensure_pool`
    (blocking: call it off the GUI thread) and reused, so a measured run never pays for
    spawning. A run with N workers submits N batches, which N idle processes pick up.
    """

    def __init__(self, pool_size: int | None = None) -> None:
        self.pool_size = pool_size or max_workers()
        self._stop = threading.Event()
        self._ctx = multiprocessing.get_context("spawn")
        self._child_stop = self._ctx.Event()
        self._pool: ProcessPoolExecutor | None = None
        self._pool_lock = threading.Lock()

    def ensure_pool(self) -> ProcessPoolExecutor:
        """Start the process pool and all its workers, if not done yet; return it."""
        with self._pool_lock:
            if self._pool is None:
                pool = ProcessPoolExecutor(
                    max_workers=self.pool_size,
                    mp_context=self._ctx,
                    initializer=gil_tasks.init_child,
                    initargs=(self._child_stop,),
                )
                # One submit per worker: with nothing idle yet, each submit spawns one.
                warmups = [pool.submit(gil_tasks.warm, i) for i in range(self.pool_size)]
                for future in warmups:
                    future.result()
                self._pool = pool
            return self._pool

    def pool_pids(self) -> list[int]:
        """Process ids of the pool's workers (empty before :meth:`ensure_pool`)."""
        if self._pool is None:
            return []
        return [p.pid for p in self._pool._processes.values() if p.pid is not None]

    def run(self, strategy: str, workload: Workload, workers: int) -> Timing:
        """Run ``workload`` with ``strategy`` on ``workers`` workers; block until done."""
        reason = unavailable_reason(strategy)
        if reason is not None:
            raise StrategyUnavailable(strategy, reason)
        if not STRATEGIES[strategy].parallel:
            workers = 1
        workers = max(1, min(workers, workload.units))
        if strategy == "processes":
            workers = min(workers, self.pool_size)
            self.ensure_pool()
        batches = split(workload.units, workers)
        cpu0 = cpu_seconds()
        started = time.perf_counter()
        results = self._dispatch(strategy, workload.kind, batches)
        ended = time.perf_counter()
        cpu1 = cpu_seconds()
        return Timing(
            strategy,
            workers,
            sum(r.units for r in results),
            ended - started,
            cpu1 - cpu0,
            started,
            ended,
            any(r.cancelled for r in results),
        )

    def _dispatch(self, strategy: str, kind: WorkloadKind, batches: list[int]) -> list[BatchResult]:
        if strategy == "sequential":
            return [gil_tasks.run_batch(kind.unit, kind.arg, batches[0], self._stop)]
        if strategy in ("threads", "free_threads"):
            with ThreadPoolExecutor(len(batches), thread_name_prefix="gil-thread") as threads:
                return _gather(threads, kind, batches, self._stop)
        if strategy == "processes":
            assert self._pool is not None
            return _gather(self._pool, kind, batches, None)
        if strategy == "interpreters":
            import concurrent.futures as cf

            with cf.InterpreterPoolExecutor(len(batches)) as interpreters:  # type: ignore[attr-defined]
                return _gather(interpreters, kind, batches, None)
        raise KeyError(strategy)

    def cancel(self) -> None:
        """Make every running batch stop after its current unit."""
        self._stop.set()
        self._child_stop.set()

    def close(self) -> None:
        """Cancel, then shut the pool down and wait for its processes to exit."""
        self.cancel()
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _gather(
    executor: Executor, kind: WorkloadKind, batches: list[int], stop: Any
) -> list[BatchResult]:
    args = (kind.unit, kind.arg)
    futures: list[Future[BatchResult]] = [
        executor.submit(gil_tasks.run_batch, *args, count, stop) for count in batches
    ]
    return [f.result() for f in futures]
