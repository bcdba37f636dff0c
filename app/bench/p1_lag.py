"""P1: UI lag while a job runs, for every mode and workload, next to the idle lag.

Runs inside the real main window (log pane, jobs table, meter and chart all live), and
reads the window's own heartbeat. Also W1: idle lag with and without the freeze watchdog.
"""

from __future__ import annotations

import sys
import time

from app.bench.common import Result, spin_until
from app.widgets.main_window import MainWindow
from app.workers.heartbeat import Heartbeat
from app.workers.responsiveness import Responsiveness
from app.workers.runner import MODES
from app.workers.workloads import resolve

THREAD_MODES = ("thread", "qthread", "thread_pool")
PROCESS_MODES = ("process", "process_pool")


def _idle_p99(window: MainWindow, seconds: float) -> float:
    return spin_until(lambda: False, seconds, window.heartbeat).p99


def _goal(mode: str, workload: str) -> tuple[str, float | None]:
    """The goal text and the bound as a factor of idle p99 (None: judged otherwise)."""
    if mode == "inline":
        return "stall ≥ 0.95× job", None
    if mode in PROCESS_MODES:
        return "p99 ≤ 5× idle p99", 5.0
    if workload == "io":
        return "p99 ≤ 3× idle p99", 3.0
    if mode == "thread":
        return "p99 ≤ 1.2× switch interval", None
    return "", None


def measure_watchdog(seconds: float) -> list[Result]:
    """W1: idle p99 with and without the watchdog thread, alternating, same run."""
    with_dog, without = [], []
    for watchdog, into in ((True, with_dog), (False, without), (True, with_dog), (False, without)):
        beat = Heartbeat()
        monitor = Responsiveness(beat, watchdog=watchdog)
        monitor.start()
        into.append(spin_until(lambda: False, seconds / 4, beat).p99)
        monitor.stop()
        beat.deleteLater()
    on, off = sum(with_dog) / 2, sum(without) / 2
    return [
        Result("W1", "idle p99 without watchdog", off, "ms"),
        Result("W1", "idle p99 with watchdog", on, "ms", "≈ without (≤ 1.5× + 0.2 ms)",
               on <= 1.5 * off + 0.2),
    ]


def measure(quick: bool) -> list[Result]:
    """Idle p99, then one job per mode and workload, each with its own lag window."""
    job_s = 0.5 if quick else 1.0
    window = MainWindow()
    window.show()
    spin_until(window.runner.process_pool_ready, 30, window.heartbeat)
    spin_until(window.labs_ready, 30, window.heartbeat)
    idle = _idle_p99(window, 1.0 if quick else 3.0)
    switch_ms = sys.getswitchinterval() * 1000
    results = [Result("P1", "idle p99", idle, "ms")]
    for workload in ("io", "cpu"):
        for mode in MODES:
            since = time.perf_counter()
            task, kwargs = resolve(workload, job_s)
            job = window.runner.submit(task, mode, kwargs, workload)
            assert job is not None
            lag = spin_until(lambda j=job: j.state.is_final, job_s * 20 + 10, window.heartbeat)
            if mode == "inline":
                # The job ran inside submit(); the late tick that measures it comes next.
                ticks = window.heartbeat.stats(since).ticks
                spin_until(lambda s=since, t=ticks: window.heartbeat.stats(s).ticks > t, 5,
                           window.heartbeat)
                lag = window.heartbeat.stats(since)
            goal, factor = _goal(mode, workload)
            name = f"{mode} {workload}"
            if mode == "inline":
                ratio = lag.max / (job_s * 1000)
                results.append(Result("P1", f"{name}: longest stall", lag.max, "ms", goal,
                                      ratio >= 0.95, {"stall/job": round(ratio, 3)}))
                continue
            if factor is not None:
                ok: bool | None = lag.p99 <= factor * idle
                extra = {"×idle": round(lag.p99 / idle, 2) if idle else None}
            elif goal:
                ok = lag.p99 <= 1.2 * switch_ms
                extra = {"×switch": round(lag.p99 / switch_ms, 2)}
            else:
                ok, extra = None, {}
            extra["p50"] = round(lag.p50, 2)
            extra["max"] = round(lag.max, 1)
            results.append(Result("P1", f"{name}: p99", lag.p99, "ms", goal, ok, extra))
            spin_until(lambda: False, 0.2, window.heartbeat)
    window.close()
    window.deleteLater()
    return results + measure_watchdog(2.0 if quick else 4.0)
