"""P4 benchmark: the structure of what it reports (never its timings)."""

from __future__ import annotations

import math
import sys

import pytest

from app.bench.common import Result
from app.bench.p4_gil import measure

NAMES = {
    "process pool speed-up, 2 workers",
    "threads speed-up, 2 workers",
    "sequential wall time",
    "UI p99 lag during threads",
    "UI p99 lag during process pool",
    "UI p50 lag, one CPU-bound thread, switch interval 5 ms",
    "UI p50 lag, one CPU-bound thread, switch interval 1 ms",
}


@pytest.mark.slow
def test_quick_measure_reports_every_metric(qapp) -> None:
    original = sys.getswitchinterval()
    results = measure(quick=True)
    assert sys.getswitchinterval() == original
    assert all(isinstance(r, Result) and r.metric == "P4" for r in results)
    assert {r.name for r in results} == NAMES
    for r in results:
        assert math.isfinite(r.value) and r.value >= 0, r
        assert r.unit
    speedups = [r for r in results if r.name.endswith("speed-up, 2 workers")]
    assert all(r.goal and isinstance(r.ok, bool) for r in speedups)
    assert "quick" in results[0].extra["job"]
