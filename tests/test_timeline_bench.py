"""The timeline benchmark returns every metric, as finite numbers; no timing is asserted."""

from __future__ import annotations

import math

import pytest

from app.bench import c1_compare
from app.bench.common import Result
from app.workers.runner import MODES


@pytest.mark.slow
def test_quick_measure_reports_every_metric(qtbot):
    results = c1_compare.measure(quick=True)
    assert all(isinstance(r, Result) and r.metric == "C1" for r in results)
    expected = {f"{mode} (io 0.3 s): {field}" for mode in MODES for field in c1_compare.FIELDS}
    assert {r.name for r in results} == expected
    for r in results:
        assert math.isfinite(r.value) and r.unit in {"s", "ms"}
        if r.name.endswith("longest_stall_ms"):
            assert r.goal and isinstance(r.ok, bool)
