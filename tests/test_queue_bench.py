"""P7's benchmark runs quick and reports every figure with its goal (no timing asserted)."""

from __future__ import annotations

import math
import multiprocessing
import threading

from app.bench.p7_queue import measure


def test_p7_quick_reports_every_metric(qtbot) -> None:
    results = measure(quick=True)
    assert [r.metric for r in results] == ["P7"] * 7
    for result in results:
        assert math.isfinite(result.value), result
        assert result.unit
    judged = [r for r in results if r.goal]
    assert [r.unit for r in judged] == ["×", "ms", "bool"]
    assert all(isinstance(r.ok, bool) for r in judged)
    assert judged[-1].ok, "exactly once"
    assert not [t for t in threading.enumerate() if t.name.startswith(("queue-", "p7-"))]
    assert not multiprocessing.active_children()
