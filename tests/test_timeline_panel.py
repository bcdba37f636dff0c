"""The timeline tab: lanes drawn, tooltips, follow, trace export, compare all modes."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator

import pytest
from conftest import wait_done
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidget, QTextBrowser
from timeline_trace_check import validate_chrome_trace

from app.widgets.timeline_panel import TimelinePanel
from app.widgets.timeline_view import TimelineView
from app.workers import tasks
from app.workers.compare import COMPARE_LANE, CSV_FIELDS
from app.workers.heartbeat import Heartbeat
from app.workers.runner import MODES, Runner

JOB_S = 0.3


@pytest.fixture
def heartbeat() -> Iterator[Heartbeat]:
    beat = Heartbeat()
    beat.start()
    yield beat
    beat.stop()


@pytest.fixture
def panel(qtbot, runner: Runner, heartbeat: Heartbeat) -> TimelinePanel:
    widget = TimelinePanel(runner, heartbeat)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_builds_without_collaborators_and_shuts_down(qtbot):
    widget = TimelinePanel()
    qtbot.addWidget(widget)
    widget.show()
    assert widget.findChild(TimelineView, "timelineView") is not None
    assert widget.findChild(QPushButton, "exportTraceButton") is not None
    assert widget.findChild(QTableWidget, "compareResults") is not None
    code = widget.findChild(QTextBrowser, "timelineCode")
    assert code.isReadOnly() and '"ph": "X"' in code.toPlainText()
    assert '"ph": "X"' in widget.code_pane.code()
    button = widget.findChild(QPushButton, "compareModesButton")
    assert not button.isEnabled()
    assert widget.heartbeat.is_active()
    widget.shutdown()
    widget.shutdown()
    assert not widget.heartbeat.is_active()


def test_a_job_is_drawn_and_its_tooltip_says_what_ran(qtbot, runner, panel):
    job = wait_done(qtbot, runner.submit(tasks.simulated_io, "thread", {"duration": 0.1}, "io"))
    x = (job.started_at + job.ended_at) / 2 - panel.recorder.origin

    def tooltip(dy: float = 0.0) -> str:
        lanes = panel.view.lanes()
        y = lanes.index(job.worker) if job.worker in lanes else -10
        return panel.view.describe_at(x, y + dy) or ""

    qtbot.waitUntil(lambda: "(done)" in tooltip(), timeout=5000)  # drawn at the next frame
    text = tooltip()
    for fragment in ("mode: thread", "task: simulated_io", "duration:", job.worker, "waited_s"):
        assert fragment in text
    assert tooltip(dy=0.5) == ""


def test_redraws_only_when_something_changed(qtbot, panel):
    now = panel.recorder.origin + 100
    panel.recorder.span("lane", "x", 1.0, 2.0)
    assert panel.view.refresh(now)
    assert not panel.view.refresh(now + 1)
    panel.recorder.counter("UI lag (ms)", 3.0)  # counters are not drawn: no redraw
    assert not panel.view.refresh(now + 2)
    panel.recorder.span("lane", "y", 2.0, 3.0)
    assert panel.view.refresh(now + 3)
    panel.recorder.span("lane", "z", 3.0, 4.0)
    assert not panel.view.refresh(now + 3.01)  # live changes wait for the next 10 Hz slot
    assert panel.view.refresh(now + 3.2)


def test_panning_by_hand_stops_following_until_asked_again(qtbot, panel):
    box = panel.view.getPlotItem().getViewBox()
    box.sigRangeChangedManually.emit([True, True])
    assert not panel.follow_check.isChecked() and not panel.view.follow
    panel.follow_check.setChecked(True)
    assert panel.view.follow


def test_export_trace_button_writes_a_valid_trace(qtbot, runner, panel, tmp_path):
    wait_done(qtbot, runner.submit(tasks.simulated_io, "process_pool", {"duration": 0.1}))
    path = tmp_path / "trace.json"
    panel.ask_save_path = lambda *_: str(path)
    qtbot.mouseClick(panel.export_trace_button, Qt.MouseButton.LeftButton)
    trace = json.loads(path.read_text(encoding="utf-8"))
    assert validate_chrome_trace(trace) == []
    assert any(e["ph"] == "X" and e["args"].get("mode") == "process_pool"
               for e in trace["traceEvents"])


def test_cancelling_the_save_dialog_writes_nothing(qtbot, panel):
    panel.ask_save_path = lambda *_: ""
    assert panel.export_trace() is None


def test_compare_all_modes_gives_a_row_per_mode_and_inline_freezes(qtbot, panel, tmp_path):
    panel.compare_workload.setCurrentIndex(panel.compare_workload.findData("io"))
    panel.compare_duration.setValue(JOB_S)
    with qtbot.waitSignal(panel.compare.finished, timeout=60_000):
        qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    rows = panel.compare.rows
    assert [row.mode for row in rows] == list(MODES)
    assert all(row.state == "done" for row in rows)
    assert panel.results.rowCount() == len(MODES)
    inline = rows[0]
    assert inline.longest_stall_ms >= 0.8 * JOB_S * 1000
    assert "frozen" in panel.results.item(0, 4).text()
    for row in rows:
        assert row.wall_s > 0 and row.cpu_s >= 0 and row.start_latency_ms >= 0
        assert row.worker
    assert panel.results.item(3, 0).data(Qt.ItemDataRole.UserRole) == "process"

    csv_path = tmp_path / "compare.csv"
    panel.ask_save_path = lambda *_: str(csv_path)
    assert panel.export_csv_button.isEnabled()
    qtbot.mouseClick(panel.export_csv_button, Qt.MouseButton.LeftButton)
    with csv_path.open(encoding="utf-8") as f:
        table = list(csv.DictReader(f))
    assert [r["mode"] for r in table] == list(MODES)
    assert list(table[0]) == CSV_FIELDS

    trace_path = tmp_path / "compare.json"
    panel.ask_save_path = lambda *_: str(trace_path)
    qtbot.mouseClick(panel.export_compare_trace_button, Qt.MouseButton.LeftButton)
    trace = json.loads(trace_path.read_text(encoding="utf-8"))
    assert validate_chrome_trace(trace) == []
    compared = [e for e in trace["traceEvents"] if e["ph"] == "X"
                and e["args"].get("mode") in MODES]
    assert {e["args"]["mode"] for e in compared} == set(MODES)
    lanes = {e["args"]["name"] for e in trace["traceEvents"] if e["name"] == "thread_name"}
    assert COMPARE_LANE in lanes


def test_closing_mid_comparison_stops_it(qtbot, runner, panel):
    panel.compare_duration.setValue(30)
    panel.compare_workload.setCurrentIndex(panel.compare_workload.findData("io"))
    panel.compare.start(tasks.simulated_io, {"duration": 30}, "io", modes=["thread"])
    qtbot.waitUntil(lambda: runner.live_count("thread") == 1, timeout=5000)
    job = runner.jobs()[0]
    with qtbot.waitSignal(panel.compare.finished, timeout=5000):
        panel.close()
    wait_done(qtbot, job)
    assert not panel.compare.is_running()
