"""P2: 100k log lines from 4 threads, into the naive pane and into ours, in one run.

For each pane: UI p99 lag during the flood, time from the last emit until the newest
line is on screen, and lines lost.
"""

from __future__ import annotations

import logging
import threading
import time

from app.bench.common import Result, spin_until
from app.widgets.main_window import MainWindow

THREADS = 4
FLOOD_LOGGER = "app.bench.flood"


def _flood(per_thread: int, last_emit: list[float]) -> list[threading.Thread]:
    log = logging.getLogger(FLOOD_LOGGER)

    def emit(index: int) -> None:
        for n in range(per_thread):
            log.info("flood %d line %d", index, n)
        last_emit[index] = time.perf_counter()

    threads = [threading.Thread(target=emit, args=(i,), name=f"flood-{i}")
               for i in range(THREADS)]

    def start_all() -> None:
        for thread in threads:
            thread.start()

    # Started off the GUI thread: Thread.start() waits for each thread to run, which
    # behind the others takes switch intervals, and that would be measured as pane lag.
    starter = threading.Thread(target=start_all, name="flood-starter")
    starter.start()
    starter.join()
    return threads


def _run(window: MainWindow, lines: int, naive: bool) -> list[Result]:
    pane = window.log_pane
    pane.clear()
    pane.set_naive(naive)
    spin_until(lambda: False, 0.3, window.heartbeat)
    per_thread = lines // THREADS
    total = per_thread * THREADS
    last_emit = [0.0] * THREADS
    if naive:
        document = pane.naive_view.document()

        def shown() -> int:
            return 0 if document.isEmpty() else document.blockCount()
    else:
        def shown() -> int:
            return len(pane.model) + pane.model.dropped

    since = time.perf_counter()
    threads = _flood(per_thread, last_emit)
    lag = spin_until(lambda: shown() >= total, 600, window.heartbeat)
    seen_at = time.perf_counter()
    for thread in threads:
        thread.join()
    newest_ms = (seen_at - max(last_emit)) * 1000
    lost = total - shown() + (0 if naive else pane.model.dropped + window.log_channel.dropped)
    name = "naive pane" if naive else "our pane"
    goal = "" if naive else "≤ 16 ms"
    return [
        Result("P2", f"{name}: UI p99 during {total} lines", lag.p99, "ms", goal,
               None if naive else lag.p99 <= 16, {"max": round(lag.max, 1)}),
        Result("P2", f"{name}: newest line shown after last emit", newest_ms, "ms",
               "" if naive else "≤ 100 ms", None if naive else newest_ms <= 100,
               {"flood_s": round(seen_at - since, 2)}),
        Result("P2", f"{name}: lines lost", float(lost), "lines",
               "" if naive else "0 below the cap", None if naive else lost == 0),
    ]


def measure(quick: bool) -> list[Result]:
    """Ours with 100k lines; the naive pane with 100k (10k when quick: it takes ~40 s)."""
    window = MainWindow()
    window.show()
    spin_until(window.runner.process_pool_ready, 30, window.heartbeat)
    spin_until(window.labs_ready, 30, window.heartbeat)
    # Only flood lines may reach the panes, or the counts would be off.
    quiet = logging.getLogger("app.responsiveness")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        results = _run(window, 100_000, naive=False)
        results += _run(window, 10_000 if quick else 100_000, naive=True)
    finally:
        quiet.setLevel(level)
    window.log_pane.set_naive(False)
    window.close()
    window.deleteLater()
    return results
