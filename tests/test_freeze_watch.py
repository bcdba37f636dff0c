"""The freeze detector names the line that froze the GUI; short stalls are long tasks."""

from __future__ import annotations

import time

import pytest

from app.workers.freeze_watch import FreezeWatch, summarize
from app.workers.heartbeat import Heartbeat
from app.workers.responsiveness import Responsiveness


@pytest.fixture
def monitor(qtbot):
    beat = Heartbeat(interval_ms=10)
    watcher = Responsiveness(beat)
    watcher.start()
    with qtbot.waitSignal(beat.ticked):
        pass
    yield watcher
    watcher.stop()


def hold_the_gui(seconds: float) -> None:
    time.sleep(seconds)  # sleep-ok: the freeze under test, on the GUI thread


def test_a_freeze_is_reported_with_where_it_happened(qtbot, monitor, caplog):
    with qtbot.waitSignal(monitor.longTask, timeout=5_000) as blocker:
        hold_the_gui(0.6)
    stall_ms, where = blocker.args
    assert stall_ms >= 500
    assert "hold_the_gui" in where
    assert "time.sleep" in where
    assert "test_freeze_watch.py" in where
    assert "UI frozen for" in monitor.last_report
    assert any("UI frozen for" in r.getMessage() for r in caplog.records)


def test_a_short_stall_is_a_long_task_without_a_location(qtbot, monitor):
    with qtbot.waitSignal(monitor.longTask, timeout=5_000) as blocker:
        hold_the_gui(0.08)
    stall_ms, where = blocker.args
    assert 50 <= stall_ms < 200
    assert where == ""
    assert "Long task" in monitor.last_report


def test_summarize_picks_the_most_frequent_innermost_frame():
    outer = ("/x/app/widgets/main_window.py", 10, "run_in")
    busy = ("/x/app/workers/tasks.py", 42, "simulated_io")
    other = ("/x/app/workers/tasks.py", 60, "cpu_bound")
    report = summarize([[outer, busy], [outer, busy], [outer, other]])
    assert report is not None
    assert report.path == ("run_in", "simulated_io")
    assert report.line == 42
    assert summarize([]) is None


def test_watchdog_thread_stops_and_joins():
    watch = FreezeWatch()
    watch.start()
    watch.stop()
    assert watch.take() is None
