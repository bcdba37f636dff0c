"""P5: click to work starting, for each mode, next to a bare ``spawn`` process start.

Also records how long the click handler itself took (``Runner.submit``) in each mode.
"""

from __future__ import annotations

import multiprocessing as mp
import statistics
import time

from app.bench.bare_child import report_start
from app.bench.common import Result, spin_until
from app.workers import tasks
from app.workers.runner import Runner

GOALS = {
    "thread": ("≤ 1 ms", 1.0),
    "qthread": ("≤ 1 ms", 1.0),
    "thread_pool": ("≤ 1 ms", 1.0),
    "process_pool": ("≤ 5 ms", 5.0),
}


def bare_spawn_ms() -> float:
    """Milliseconds from ``Process.start()`` to the child's target running."""
    ctx = mp.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=report_start, args=(send,))
    started = time.perf_counter()
    process.start()
    child_at = receive.recv()
    process.join()
    send.close()
    receive.close()
    return (child_at - started) * 1000


def _click_to_start(runner: Runner, mode: str) -> tuple[float, float]:
    clicked = time.perf_counter()
    job = runner.submit(tasks.simulated_io, mode, {"duration": 0.01})
    handler_ms = (time.perf_counter() - clicked) * 1000
    assert job is not None
    spin_until(lambda: job.state.is_final, 30)
    assert job.started_at is not None
    return (job.started_at - clicked) * 1000, handler_ms


def measure(quick: bool) -> list[Result]:
    """Median over repeated clicks; cold spawns interleaved with bare spawns."""
    rounds = {"thread": 20, "qthread": 20, "thread_pool": 20, "process_pool": 10, "process": 4}
    if quick:
        rounds = {mode: max(3, n // 3) for mode, n in rounds.items()}
    runner = Runner()
    spin_until(runner.process_pool_ready, 30)
    results: list[Result] = []
    bare: list[float] = []
    for mode, count in rounds.items():
        starts, handlers = [], []
        for _ in range(count):
            start_ms, handler_ms = _click_to_start(runner, mode)
            starts.append(start_ms)
            handlers.append(handler_ms)
            if mode == "process":
                bare.append(bare_spawn_ms())
        start_ms = statistics.median(starts)
        extra = {"click handler ms": round(statistics.median(handlers), 3)}
        if mode == "process":
            bare_ms = statistics.median(bare)
            ratio = start_ms / bare_ms
            results.append(Result("P5", "bare spawn start", bare_ms, "ms"))
            results.append(Result("P5", "process (cold spawn)", start_ms, "ms",
                                  "≤ 1.3× bare spawn", ratio <= 1.3,
                                  {**extra, "×bare": round(ratio, 2)}))
        else:
            goal, bound = GOALS[mode]
            results.append(Result("P5", mode, start_ms, "ms", goal, start_ms <= bound, extra))
    runner.close()
    runner.deleteLater()
    return results
