"""Compare all modes, measured through the timeline tab while it draws live.

Runs the tab's own comparison (so the timeline's rendering cost is part of what the UI
lag shows) for an IO job and a CPU job. Goals, from issue 7: the inline row shows the
freeze (longest stall at least 0.8x the job length), the other rows do not (longest
stall under the 50 ms a person notices).
"""

from __future__ import annotations

import math

from app.bench.common import Result, spin_until
from app.widgets.timeline_panel import TimelinePanel
from app.workers.compare import ModeRow
from app.workers.heartbeat import Heartbeat
from app.workers.runner import Runner
from app.workers.timeline_feed import STALL_MS

FREEZE_RATIO = 0.8
FIELDS = {
    "wall_s": "s",
    "cpu_s": "s",
    "ui_p99_ms": "ms",
    "longest_stall_ms": "ms",
    "start_latency_ms": "ms",
}
INLINE_GOAL = "inline shows the freeze: longest stall >= 0.8x the job length"
OTHERS_GOAL = f"other modes do not freeze: longest stall < {STALL_MS:.0f} ms"


def _run(
    panel: TimelinePanel, heartbeat: Heartbeat, workload: str, duration: float
) -> list[ModeRow]:
    panel.compare_workload.setCurrentIndex(panel.compare_workload.findData(workload))
    panel.compare_duration.setValue(duration)
    panel.toggle_compare()
    assert panel.compare is not None
    compare = panel.compare
    spin_until(lambda: not compare.is_running(), 30 + 12 * duration, heartbeat)
    return list(compare.rows)


def _results(workload: str, duration: float, rows: list[ModeRow]) -> list[Result]:
    results = []
    for row in rows:
        for field, unit in FIELDS.items():
            value = float(getattr(row, field))
            result = Result("C1",
                            f"{row.mode} ({workload} {duration:g} s): {field}",
                            value if math.isfinite(value) else math.nan, unit,
                            extra={"worker": row.worker, "state": row.state})
            if field == "longest_stall_ms":
                if row.mode == "inline":
                    result.goal = INLINE_GOAL
                    result.ok = value >= FREEZE_RATIO * duration * 1000
                else:
                    result.goal = OTHERS_GOAL
                    result.ok = value < STALL_MS
            results.append(result)
    return results


def measure(quick: bool) -> list[Result]:
    """Run the comparison for IO and CPU jobs (0.3 s IO only when ``quick``)."""
    plan = [("io", 0.3)] if quick else [("io", 1.0), ("cpu", 1.0)]
    heartbeat = Heartbeat()
    heartbeat.start()
    runner = Runner()
    panel = TimelinePanel(runner, heartbeat)
    results: list[Result] = []
    try:
        panel.resize(1100, 700)
        panel.show()  # laid out and painted before anything is measured
        spin_until(runner.process_pool_ready, 30, heartbeat)
        for workload, duration in plan:
            results += _results(workload, duration, _run(panel, heartbeat, workload, duration))
    finally:
        panel.shutdown()
        panel.close()
        runner.close()
        heartbeat.stop()
        panel.deleteLater()
        runner.deleteLater()
        heartbeat.deleteLater()
    return results
