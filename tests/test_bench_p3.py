"""P3 benchmark: structure only (every metric present, finite numbers), never a timing."""

from __future__ import annotations

import math
import threading

import pytest

from app.bench.p3_crawler import GOAL, measure


@pytest.mark.slow
def test_measure_quick_reports_every_metric(qapp):
    before = {t.name for t in threading.enumerate()}
    results = measure(quick=True)
    metrics = [r.metric for r in results]
    assert metrics == ["P3"] * 5
    names = " ".join(r.name for r in results)
    assert "multiprocessing.dummy.Pool" in names
    assert "ThreadPoolExecutor" in names
    assert "quick mode" in names
    for result in results:
        assert math.isfinite(result.value)
        assert result.unit
        assert all(math.isfinite(v) for v in result.extra.values())
    for result in results[:2]:
        assert result.goal == GOAL
        assert isinstance(result.ok, bool)
        assert result.extra["failed"] == 0
    assert {t.name for t in threading.enumerate()} <= before
