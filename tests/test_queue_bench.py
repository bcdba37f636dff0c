"""P7's benchmark runs quick and reports every figure with its goal (no timing asserted)."""

from __future__ import annotations

import math
import multiprocessing
import threading

from app.bench.p7_queue import measure


def test_p7_quick_reports_every_metric(qtbot) -> None:
    results = measure(quick=True)
    by_metric = {r.metric: r for r in results}
    assert set(by_metric) == {
        "p7.bare_rate", "p7.bare_rate_idle", "p7.lab_rate", "p7.rate_ratio",
        "p7.rate_ratio_idle", "p7.ui_p99", "p7.exactly_once",
    }
    for result in results:
        assert math.isfinite(result.value), result
        assert result.unit
    for metric in ("p7.lab_rate", "p7.rate_ratio", "p7.ui_p99", "p7.exactly_once"):
        assert by_metric[metric].goal and isinstance(by_metric[metric].ok, bool)
    assert by_metric["p7.exactly_once"].ok
    assert not [t for t in threading.enumerate() if t.name.startswith(("queue-", "p7-"))]
    assert not multiprocessing.active_children()
