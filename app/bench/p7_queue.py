"""P7: items per second through the queue lab with the UI live, against a bare queue.

The lab runs 1 producer and 1 consumer thread with no work per item, while the panel
is built and polled at frame rate and a heartbeat measures the event loop. The bare
reference is the seed's pattern stripped to the bone: ``queue.Queue``, one producer
thread putting ints, one consumer thread getting them until ``None``. Both run in the
same process, back to back. The goal ratio compares the lab with the bare queue under
the same live event loop (what the lab itself costs); the ratio against a bare queue
with no event loop at all is reported beside it (what a live GUI costs on top).
"""

from __future__ import annotations

import queue
import statistics
import threading
import time

from app.bench.common import Result, spin_until
from app.widgets.queue_panel import QueuePanel
from app.workers.heartbeat import Heartbeat
from app.workers.queue_model import Summary

RATE_GOAL = 0.8
P99_GOAL_MS = 16.0


def bare_rate(items: int, live_ui: bool) -> float:
    """Items/s through a bare ``queue.Queue``, 1 producer and 1 consumer thread.

    With ``live_ui`` the Qt event loop runs meanwhile, with the same heartbeat and
    polling as during the lab run, so the ratio isolates what the lab itself costs.
    """
    q: queue.Queue[int | None] = queue.Queue()
    ended: list[float] = []

    def producer() -> None:
        for i in range(items):
            q.put(i)
        q.put(None)

    def consumer() -> None:
        while q.get() is not None:
            pass
        ended.append(time.perf_counter())

    threads = [
        threading.Thread(target=f, name=f"p7-bare-{f.__name__}") for f in (consumer, producer)
    ]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    if live_ui:
        spin_until(lambda: bool(ended), 60)
    for thread in threads:
        thread.join()
    return items / (ended[0] - start)


def lab_run(items: int, timeout_s: float) -> tuple[Summary | None, float]:
    """Run the lab through its panel with the event loop live; (summary, UI p99 ms)."""
    panel = QueuePanel()
    beat = Heartbeat(interval_ms=10)
    try:
        panel.producers.setValue(1)
        panel.consumers.setValue(1)
        panel.max_size.setValue(0)
        panel.produce_ms.setValue(0)
        panel.consume_ms.setValue(0)
        panel.items.setValue(items)
        beat.start()
        done: list[Summary] = []
        panel.controller.finished.connect(done.append)
        panel.start_button.click()
        lag = spin_until(lambda: bool(done), timeout_s, heartbeat=beat)
        return (done[0] if done else None), lag.p99
    finally:
        beat.stop()
        panel.shutdown()
        panel.deleteLater()


def measure(quick: bool) -> list[Result]:
    """Run P7 once (quick) or best of three, and judge each figure against its goal."""
    items = 60_000 if quick else 200_000
    rounds = 1 if quick else 3
    bare_idle = max(bare_rate(items, live_ui=False) for _ in range(rounds))
    bare_live = max(bare_rate(items, live_ui=True) for _ in range(rounds))
    lab_rates: list[float] = []
    p99s: list[float] = []
    exact = True
    for _ in range(rounds):
        summary, p99 = lab_run(items, timeout_s=15 if quick else 60)
        p99s.append(p99)
        if summary is None:
            exact = False
            lab_rates.append(0.0)
            continue
        exact = exact and summary.ok and summary.tally.consumed == items
        lab_rates.append(summary.tally.consumed / summary.wall_s if summary.wall_s else 0.0)
    lab = max(lab_rates)
    ratio = lab / bare_live if bare_live else 0.0
    ratio_idle = lab / bare_idle if bare_idle else 0.0
    p99 = statistics.median(p99s)
    shape = f"1 producer, 1 consumer, {items} items"
    goal = f"≥ {RATE_GOAL}× the bare rate"
    return [
        Result(
            "P7", f"bare queue.Queue, event loop live, {shape}", round(bare_live),
            "items/s",
        ),
        Result(
            "P7", f"bare queue.Queue, no event loop, {shape}", round(bare_idle),
            "items/s",
        ),
        Result(
            "P7", f"queue lab through its panel, UI live, {shape}", round(lab),
            "items/s",
        ),
        Result(
            "P7", "lab rate / bare rate, both with the event loop live",
            round(ratio, 3), "×",
            extra={"lab_rates": [round(r) for r in lab_rates]},
        ),
        Result(
            "P7", "lab rate (UI live) / bare rate with no event loop",
            round(ratio_idle, 3), "×", goal=goal, ok=ratio_idle >= RATE_GOAL,
        ),
        Result(
            "P7", "UI event-loop lag p99 during the lab run", round(p99, 2), "ms",
            goal=f"≤ {P99_GOAL_MS:.0f} ms", ok=p99 <= P99_GOAL_MS,
            extra={"p99s": [round(p, 2) for p in p99s]},
        ),
        Result(
            "P7", "every item consumed exactly once", float(exact), "bool",
            goal="exactly once", ok=exact,
        ),
    ]
