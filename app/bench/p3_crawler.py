"""P3: a bounded thread pool fetches 64 URLs of 200 ms in about ceil(64/16) x 200 ms.

Everything is fetched from the embedded site (offline, the same every run), through the
lab's own controller, so the figures include what the GUI pays: the run happens on a
background thread while the Qt event loop spins and its lag is recorded.
"""

from __future__ import annotations

import math

from app.bench.common import Result, spin_until
from app.workers.crawl_controller import CrawlController
from app.workers.crawl_presets import pages
from app.workers.crawler import CrawlSummary
from app.workers.heartbeat import LagStats
from app.workers.local_site import LocalSite

URLS = 64
POOL = 16
LATENCY_S = 0.2
GOAL_RATIO = 1.10
QUICK_SEQUENTIAL_URLS = 16
TIMEOUT_S = 60.0
IDEAL_S = math.ceil(URLS / POOL) * LATENCY_S
GOAL = f"≤ {GOAL_RATIO:.2f}× ideal wall time, ceil({URLS}/{POOL}) × 200 ms = {IDEAL_S:.2f} s"
KIND_NAMES = {
    "dummy": "multiprocessing.dummy.Pool",
    "executor": "ThreadPoolExecutor",
    "sequential": "sequential",
}


def _crawl(lines: list[str], kind: str, pool: int) -> tuple[CrawlSummary, LagStats]:
    """Run one crawl through the controller while the event loop spins; return its figures."""
    controller = CrawlController()
    summaries: list[CrawlSummary] = []
    controller.finished.connect(summaries.append)
    try:
        controller.start(lines, kind, pool)
        lag = spin_until(lambda: bool(summaries), TIMEOUT_S)
    finally:
        controller.shutdown()
        controller.deleteLater()
    if not summaries:
        raise TimeoutError(f"{kind} crawl did not finish within {TIMEOUT_S} s")
    return summaries[0], lag


def measure(quick: bool) -> list[Result]:
    """Crawl 64 x 200 ms pages with each pool of 16, then sequentially; compare to ideal.

    ``quick`` fetches only 16 URLs sequentially (3.2 s instead of 12.8 s) and scales the
    time to 64, as the Result says.
    """
    results: list[Result] = []
    with LocalSite() as site:
        _crawl(pages(site, POOL, 0.0), "dummy", POOL)  # warm-up: imports, first connections
        lines = pages(site, URLS, LATENCY_S)
        walls: dict[str, float] = {}
        for kind in ("dummy", "executor"):
            summary, lag = _crawl(lines, kind, POOL)
            walls[kind] = summary.wall_s
            ratio = summary.wall_s / IDEAL_S
            results.append(
                Result(
                    "P3",
                    f"{KIND_NAMES[kind]}({POOL}), {URLS} URLs × 200 ms",
                    round(ratio, 3),
                    "× ideal",
                    GOAL,
                    ratio <= GOAL_RATIO,
                    _extra(summary, lag, IDEAL_S),
                )
            )
        seq_count = QUICK_SEQUENTIAL_URLS if quick else URLS
        summary, lag = _crawl(lines[:seq_count], "sequential", 1)
        sequential_64 = summary.wall_s * URLS / seq_count
        note = (
            f"quick mode: measured on {seq_count} URLs, scaled ×{URLS // seq_count}"
            if seq_count != URLS
            else f"measured on all {URLS} URLs"
        )
        results.append(
            Result(
                "P3",
                f"sequential, {URLS} URLs × 200 ms ({note})",
                round(sequential_64, 3),
                "s",
                f"reference: {URLS} × 200 ms = {URLS * LATENCY_S:.1f} s",
                None,
                {**_extra(summary, lag, seq_count * LATENCY_S), "urls_fetched": seq_count},
            )
        )
        for kind, wall in walls.items():
            speedup = sequential_64 / wall
            results.append(
                Result(
                    "P3",
                    f"{KIND_NAMES[kind]}({POOL}) over sequential",
                    round(speedup, 2),
                    "×",
                    f"reference: ≈ {POOL}× (pool of {POOL})",
                    None,
                    {"pool_wall_s": round(wall, 3), "sequential_wall_s": round(sequential_64, 3)},
                )
            )
    return results


def _extra(summary: CrawlSummary, lag: LagStats, ideal_s: float) -> dict[str, float | int]:
    return {
        "wall_s": round(summary.wall_s, 3),
        "ideal_s": round(ideal_s, 3),
        "median_request_ms": round(summary.latency_s * 1000, 1),
        "peak_concurrent_requests": summary.peak_concurrency,
        "worker_threads": summary.workers,
        "failed": summary.failed,
        "ui_lag_p99_ms": round(lag.p99, 1),
        "ui_lag_max_ms": round(lag.max, 1),
    }
