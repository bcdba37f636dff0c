"""Runs the GIL lab's experiments off the GUI thread and reports each result by signal.

One background thread (a single-worker executor) runs the queued plans one after the
other, so two measurements never compete for the cores. A :class:`Heartbeat` on the GUI
thread ticks while work is queued; each result carries the UI lag seen during its run.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.workers.gil_engine import (
    STRATEGIES,
    WORKLOADS,
    GilEngine,
    Timing,
    Workload,
    calibrate,
    max_workers,
    unavailable_reason,
)
from app.workers.gil_results import GilResult
from app.workers.heartbeat import Heartbeat, lag_stats
from app.workers.outcome import ErrorInfo

MIN_SWITCH_MS = 0.1
MAX_SWITCH_MS = 50.0


@dataclass(frozen=True)
class _Measured:
    """What the background thread hands to the GUI thread for one run."""

    workload: str
    timing: Timing
    speedup: float


class GilController(QObject):
    """Queue experiments, run them in the background, emit :class:`GilResult` rows."""

    runStarted = Signal(str, int)
    """Strategy key and worker count of the run that begins now."""
    resultReady = Signal(object)
    """A :class:`GilResult`, UI lag included."""
    unavailable = Signal(str, str)
    """Strategy key and reason key of a strategy that was asked for but cannot run."""
    failed = Signal(object)
    """An :class:`ErrorInfo` when a plan raised."""
    busyChanged = Signal(bool)
    poolReady = Signal()

    _measured = Signal(object)
    _planDone = Signal()

    def __init__(self, engine: GilEngine | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine or GilEngine()
        self.heartbeat = Heartbeat(interval_ms=10, parent=self)
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="gil-lab")
        self._pending = 0
        self._closed = False
        self._original_switch = sys.getswitchinterval()
        # Only the background thread reads or writes these two.
        self._sized: dict[tuple[str, float], Workload] = {}
        self._baselines: dict[tuple[str, int], float] = {}
        self._measured.connect(self._on_measured)
        self._planDone.connect(self._on_plan_done)

    # --- requests (GUI thread) ----------------------------------------------------------

    def warm_up(self) -> None:
        """Start the process pool in the background, so the first run pays nothing for it."""
        self._submit(self._warm, busy=False)

    def run(self, workload: str, strategy: str, workers: int, seconds: float) -> None:
        """Measure one configuration (and the sequential baseline first, if none yet)."""
        reason = unavailable_reason(strategy)
        if reason is not None:
            self.unavailable.emit(strategy, reason)
            return
        self._submit(self._run_plan, workload, seconds, [(strategy, workers)])

    def run_all(self, workload: str, seconds: float) -> None:
        """Sweep 1 to 2x cores workers for every available strategy, after the baseline."""
        plan: list[tuple[str, int]] = [("sequential", 1)]
        for key, strategy in STRATEGIES.items():
            reason = unavailable_reason(key)
            if reason is not None:
                self.unavailable.emit(key, reason)
            elif strategy.parallel:
                plan += [(key, n) for n in range(1, max_workers() + 1)]
        self._submit(self._run_plan, workload, seconds, plan)

    def is_busy(self) -> bool:
        """True while any request is queued or running."""
        return self._pending > 0

    def set_switch_interval_ms(self, ms: float) -> float:
        """Set ``sys.setswitchinterval`` (clamped to 0.1-50 ms); return the value now in force."""
        ms = min(MAX_SWITCH_MS, max(MIN_SWITCH_MS, ms))
        sys.setswitchinterval(ms / 1000)
        return sys.getswitchinterval() * 1000

    def restore_switch_interval(self) -> None:
        """Put back the switch interval this controller found when it was made."""
        sys.setswitchinterval(self._original_switch)

    def shutdown(self) -> None:
        """Cancel work, join the background thread, end the pool's processes, stop ticking.

        Synchronous: when it returns, nothing this controller started is still running.
        """
        if self._closed:
            return
        self._closed = True
        self.engine.cancel()
        self._executor.shutdown(wait=True, cancel_futures=True)
        self.engine.close()
        self.heartbeat.stop()
        self.restore_switch_interval()
        if self._pending:
            self._pending = 0
            self.busyChanged.emit(False)

    # --- background thread --------------------------------------------------------------

    def _submit(self, fn: Callable[..., None], *args: object, busy: bool = True) -> None:
        """Queue ``fn(*args)``; a busy request keeps the heartbeat ticking until it ends."""
        if self._closed:
            return
        if busy:
            self._pending += 1
            if self._pending == 1:
                self.heartbeat.start()
                self.busyChanged.emit(True)
        self._executor.submit(self._guarded, fn, args, busy)

    def _guarded(self, fn: Callable[..., None], args: tuple[object, ...], busy: bool) -> None:
        try:
            fn(*args)
        except Exception as exc:
            self.failed.emit(ErrorInfo.from_exception(exc))
        finally:
            if busy:
                self._planDone.emit()

    def _warm(self) -> None:
        self.engine.ensure_pool()
        self.poolReady.emit()

    def _run_plan(self, workload: str, seconds: float, plan: list[tuple[str, int]]) -> None:
        job = self._sized.get((workload, seconds))
        if job is None:
            job = self._sized[(workload, seconds)] = calibrate(WORKLOADS[workload], seconds)
        base_key = (workload, job.units)
        if base_key not in self._baselines and plan[0][0] != "sequential":
            plan = [("sequential", 1), *plan]
        for strategy, workers in plan:
            self.runStarted.emit(strategy, workers)
            timing = self.engine.run(strategy, job, workers)
            if timing.cancelled:
                return
            if strategy == "sequential":
                self._baselines[base_key] = timing.wall_s
            base = self._baselines.get(base_key, math.nan)
            self._measured.emit(_Measured(workload, timing, base / timing.wall_s))

    # --- back on the GUI thread ---------------------------------------------------------

    def _on_measured(self, measured: _Measured) -> None:
        if self._closed:
            return
        t = measured.timing
        lags = [lag for when, lag in self.heartbeat.samples() if t.started <= when <= t.ended]
        p99 = lag_stats(lags).p99 if lags else math.nan
        self.resultReady.emit(
            GilResult(
                measured.workload,
                t.strategy,
                t.workers,
                t.units,
                t.wall_s,
                t.cpu_s,
                measured.speedup,
                p99,
            )
        )

    def _on_plan_done(self) -> None:
        if self._closed or self._pending == 0:
            return
        self._pending -= 1
        if self._pending == 0:
            self.heartbeat.stop()
            self.busyChanged.emit(False)
