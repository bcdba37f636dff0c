"""The timeline benchmark returns every metric, as finite numbers; no timing is asserted."""

from __future__ import annotations

import math

import pytest

from app.bench import p7_timeline
from app.bench.common import Result
from app.workers.runner import MODES


@pytest.mark.slow
def test_quick_measure_reports_every_metric(qtbot):
    results = p7_timeline.measure(quick=True)
    assert all(isinstance(r, Result) for r in results)
    expected = {f"p7.compare.io.{mode}.{field}" for mode in MODES for field in p7_timeline.FIELDS}
    assert {r.metric for r in results} == expected
    for r in results:
        assert math.isfinite(r.value) and r.unit in {"s", "ms"}
        if r.metric.endswith("longest_stall_ms"):
            assert r.goal and isinstance(r.ok, bool)
