"""The GIL lab's Qt-free engine: strategies, availability, work split, CSV."""

from __future__ import annotations

import math
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import psutil
import pytest
from conftest_gil import assert_nothing_left, snapshot
from hypothesis import given, settings
from hypothesis import strategies as st

from app.workers import gil_tasks
from app.workers.gil_code import GIL_CODE
from app.workers.gil_engine import (
    REASONS,
    STRATEGIES,
    WORKLOADS,
    GilEngine,
    StrategyUnavailable,
    Workload,
    available_strategies,
    split,
    unavailable_reason,
)
from app.workers.gil_results import GilResult, read_csv, write_csv


@pytest.fixture
def engine():
    before = snapshot()
    eng = GilEngine(pool_size=2)
    yield eng
    pids = eng.pool_pids()
    eng.close()
    assert not [p for p in pids if psutil.pid_exists(p)], "pool processes outlived close()"
    assert not [t for t in threading.enumerate() if t.name.startswith("gil-")]
    assert_nothing_left(before)


@given(st.integers(1, 10_000), st.integers(1, 64))
def test_split_shares_every_unit_evenly(units: int, workers: int) -> None:
    batches = split(units, workers)
    assert sum(batches) == units
    assert len(batches) == min(units, workers)
    assert max(batches) - min(batches) <= 1


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["cpu", "io"])
def test_every_available_strategy_runs_and_reports(engine: GilEngine, kind: str) -> None:
    job = Workload(WORKLOADS[kind], units=4)
    for strategy in available_strategies():
        timing = engine.run(strategy.key, job, 2)
        assert timing.strategy == strategy.key
        assert timing.units == 4
        assert timing.workers == (2 if strategy.parallel else 1)
        assert timing.wall_s > 0 and math.isfinite(timing.cpu_s) and timing.cpu_s >= 0
        assert timing.started < timing.ended
        assert not timing.cancelled


def test_unavailable_strategies_are_labelled_not_errors() -> None:
    # This project runs on CPython 3.11: no free-threaded build, no InterpreterPoolExecutor.
    reasons = {key: unavailable_reason(key) for key in STRATEGIES}
    assert reasons["sequential"] is None
    assert reasons["threads"] is None
    assert reasons["processes"] is None
    if sys.version_info < (3, 13):
        assert reasons["free_threads"] == "no_free_threading"
    if sys.version_info < (3, 14):
        assert reasons["interpreters"] == "needs_314"
    for reason in reasons.values():
        assert reason is None or reason in REASONS
    names = {s.key for s in available_strategies()}
    assert names == {k for k, r in reasons.items() if r is None}


def test_running_an_unavailable_strategy_says_why() -> None:
    missing = [key for key in STRATEGIES if unavailable_reason(key) is not None]
    if not missing:
        pytest.skip("this Python offers every strategy")
    eng = GilEngine(pool_size=1)
    try:
        with pytest.raises(StrategyUnavailable) as info:
            eng.run(missing[0], Workload(WORKLOADS["io"], 1), 1)
        assert info.value.reason == unavailable_reason(missing[0])
    finally:
        eng.close()
    assert eng.pool_pids() == []


def test_cancel_stops_a_batch_between_units() -> None:
    stop = threading.Event()
    stop.set()
    result = gil_tasks.run_batch(gil_tasks.io_unit, 0.0, 100, stop)
    assert result.cancelled and result.units == 0


names = st.text(alphabet=st.characters(categories=["L", "N", "P", "Zs"]), max_size=20)
floats = st.floats(allow_nan=True, allow_infinity=True)
results = st.builds(
    GilResult,
    workload=names,
    strategy=names,
    workers=st.integers(1, 64),
    units=st.integers(0, 10**9),
    wall_s=floats,
    cpu_s=floats,
    speedup=floats,
    ui_p99_ms=floats,
)


@settings(deadline=None)  # file IO on a shared machine: no per-example time limit
@given(st.lists(results, max_size=8))
def test_csv_round_trips(rows: list[GilResult]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gil.csv"
        write_csv(rows, path)
        back = read_csv(path)
    assert len(back) == len(rows)
    assert all(a.same_as(b) for a, b in zip(rows, back, strict=True))


def test_code_pane_text_is_valid_python() -> None:
    compile(GIL_CODE, "gil_code.py", "exec")


def test_pool_children_import_no_qt() -> None:
    probe = "import sys, app.workers.gil_tasks; print('PySide6' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "False"
