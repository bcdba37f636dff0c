"""P4: a CPU-bound job on 2 workers: the process pool speeds it up, threads do not.

The same units of pure-Python work run sequentially, in 2 threads and in a warm pool of
2 spawned processes, through the lab's own controller (so the UI lag is measured as the
panel measures it). Each configuration runs several times, interleaved, and the fastest
run of each counts: on a shared 2-core machine a slower run was disturbed, not slower.
"""

from __future__ import annotations

import os
import statistics

from app.bench.common import Result, spin_until
from app.workers.gil_controller import GilController
from app.workers.gil_engine import GilEngine, cores
from app.workers.gil_results import GilResult

WORKERS = 2
FULL_JOB_S = 2.0
QUICK_JOB_S = 1.0
FULL_REPEATS = 5
PROCESS_GOAL = 1.8
THREADS_ABOUT_ONE = 1.25
TIMEOUT_S = 120.0
SWITCH_MS = (5.0, 1.0)


def _collect(controller: GilController, seconds: float, repeats: int) -> list[GilResult]:
    results: list[GilResult] = []
    controller.resultReady.connect(results.append)
    failures: list[object] = []
    controller.failed.connect(failures.append)
    controller.warm_up()
    for _ in range(repeats):
        for strategy in ("sequential", "threads", "processes"):
            controller.run("cpu", strategy, WORKERS, seconds)
    spin_until(lambda: not controller.is_busy(), TIMEOUT_S)
    if failures:
        raise RuntimeError(f"P4 run failed: {failures[0]}")
    return list(results)  # a copy: later runs on this controller must not join the rounds


def _switch_interval_lag(
    controller: GilController, seconds: float
) -> dict[float, tuple[float, float]]:
    """UI lag and wall time of one CPU-bound thread at each switch interval of the issue."""
    seen: dict[float, tuple[float, float]] = {}
    walls: list[GilResult] = []
    controller.resultReady.connect(walls.append)
    try:
        for ms in SWITCH_MS:
            controller.set_switch_interval_ms(ms)
            controller.run("cpu", "sequential", 1, seconds)
            lag = spin_until(lambda: not controller.is_busy(), TIMEOUT_S)
            seen[ms] = (lag.p50, walls[-1].wall_s)
    finally:
        controller.restore_switch_interval()
    return seen


def measure(quick: bool) -> list[Result]:
    """Measure P4; ``quick`` runs a 1 s job once instead of a 2 s job five times."""
    seconds = QUICK_JOB_S if quick else FULL_JOB_S
    repeats = 1 if quick else FULL_REPEATS
    controller = GilController(GilEngine(pool_size=WORKERS))
    try:
        results = _collect(controller, seconds, repeats)
        switch = _switch_interval_lag(controller, seconds)
    finally:
        controller.shutdown()
        controller.deleteLater()

    def of(strategy: str) -> list[GilResult]:
        return [r for r in results if r.strategy == strategy]

    best = {s: min(r.wall_s for r in of(s)) for s in ("sequential", "threads", "processes")}
    process_speedup = best["sequential"] / best["processes"]
    thread_speedup = best["sequential"] / best["threads"]
    job = f"{seconds:g} s CPU job" + (" (quick: shorter than the issue's 2 s)" if quick else "")
    context = {
        "job": job,
        "runs_per_config": repeats,
        "cores": cores(),
        "load_avg_1min": round(os.getloadavg()[0], 2),
        "units": results[0].units,
        "walls_s": {s: [round(r.wall_s, 3) for r in of(s)] for s in best},
        "cpu_s": {s: [round(r.cpu_s, 3) for r in of(s)] for s in best},
    }
    return [
        Result(
            "P4",
            "process pool speed-up, 2 workers",
            process_speedup,
            "×",
            goal="≥ 1.8× over sequential (limit 2.0× on 2 cores)",
            ok=process_speedup >= PROCESS_GOAL,
            extra=context,
        ),
        Result(
            "P4",
            "threads speed-up, 2 workers",
            thread_speedup,
            "×",
            goal="≈ 1×: under the GIL threads do not speed up CPU-bound Python",
            ok=thread_speedup < THREADS_ABOUT_ONE,
        ),
        Result("P4", "sequential wall time", best["sequential"], "s", goal=job),
        Result(
            "P4",
            "UI p99 lag during threads",
            statistics.median(r.ui_p99_ms for r in of("threads")),
            "ms",
        ),
        Result(
            "P4",
            "UI p99 lag during process pool",
            statistics.median(r.ui_p99_ms for r in of("processes")),
            "ms",
        ),
        *(
            Result(
                "P4",
                f"UI p50 lag, one CPU-bound thread, switch interval {ms:g} ms",
                p50,
                "ms",
                goal="lower at 1 ms than at 5 ms, same throughput",
                ok=None if ms == SWITCH_MS[0] else p50 < switch[SWITCH_MS[0]][0],
                extra={"wall_s": round(wall, 3)},
            )
            for ms, (p50, wall) in switch.items()
        ),
    ]
