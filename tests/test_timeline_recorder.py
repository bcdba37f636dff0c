"""The Qt-free recorder and the Chrome trace it exports."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from timeline_trace_check import validate_chrome_trace

from app.workers.reporting import Cancelled
from app.workers.timeline import GUI_LANE, STALL_LANE, TimelineRecorder
from app.workers.trace_export import chrome_trace, write_chrome_trace


def test_spans_from_many_threads_all_land_in_their_own_lanes():
    recorder = TimelineRecorder()
    barrier = threading.Barrier(4)

    def work(n: int) -> None:
        barrier.wait()
        for i in range(250):
            with recorder.measure("step", i=i):
                pass
        recorder.counter("queue depth", n)

    threads = [threading.Thread(target=work, args=(n,), name=f"worker-{n}") for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    snap = recorder.snapshot()
    lanes = [lane.name for lane in snap.lanes]
    assert lanes[:2] == [GUI_LANE, STALL_LANE]
    assert set(lanes[2:]) == {f"worker-{n}" for n in range(4)}
    assert len(snap.spans) == 1000
    assert {s.state for s in snap.spans} == {"done"}
    assert len(snap.counters["queue depth"]) == 4


def test_buffers_are_bounded():
    recorder = TimelineRecorder(max_spans=10, max_points=5)
    for i in range(100):
        recorder.span("lane", "s", i, i + 0.5)
        recorder.counter("c", i)
    snap = recorder.snapshot()
    assert len(snap.spans) == 10
    assert snap.spans[-1].start == 99
    assert [v for _, v in snap.counters["c"]] == [95, 96, 97, 98, 99]


def test_open_span_runs_until_ended_and_keeps_its_args():
    recorder = TimelineRecorder()
    key = recorder.begin("crawler-1", "fetch", 10.0, url="http://x")
    assert recorder.has_open_spans()
    (running,) = recorder.snapshot().spans
    assert running.end is None and running.state == "running"
    assert running.duration(now=12.5) == pytest.approx(2.5)
    version = recorder.version
    recorder.end(key, 11.0, state="failed", error="timeout")
    assert recorder.version > version
    (ended,) = recorder.snapshot().spans
    assert (ended.end, ended.state) == (11.0, "failed")
    assert ended.args == {"url": "http://x", "error": "timeout"}
    recorder.end(key, 12.0)  # a second end is ignored
    assert len(recorder.snapshot().spans) == 1


def test_an_open_span_may_be_drawn_in_its_own_state_and_exports_it():
    recorder = TimelineRecorder()
    start = recorder.origin + 1.0
    key = recorder.begin("queue · producer 1", "blocked", start, state="blocked", n=1)
    (opened,) = recorder.snapshot().spans
    assert (opened.end, opened.state, opened.args) == (None, "blocked", {"n": 1})
    trace = chrome_trace(recorder.snapshot(), start + 0.5)
    assert validate_chrome_trace(trace) == []
    (event,) = [e for e in trace["traceEvents"] if e["ph"] == "X"]
    assert event["args"]["state"] == "blocked" and event["dur"] == pytest.approx(500_000)
    recorder.end(key, start + 1.0, "blocked")
    assert not recorder.has_open_spans()


def test_measure_records_how_the_body_ended():
    recorder = TimelineRecorder()
    with recorder.measure("ok", lane="L") as extra:
        extra["result"] = 42
    with pytest.raises(Cancelled), recorder.measure("stop", lane="L"):
        raise Cancelled
    with pytest.raises(ValueError), recorder.measure("boom", lane="L"):
        raise ValueError("bad")
    spans = {s.name: s for s in recorder.snapshot().spans}
    assert spans["ok"].state == "done" and spans["ok"].args == {"result": 42}
    assert spans["stop"].state == "cancelled"
    assert spans["boom"].state == "failed" and spans["boom"].args["error"] == "ValueError: bad"


def test_clear_forgets_finished_spans_but_not_running_ones():
    recorder = TimelineRecorder()
    recorder.span("a", "x", 1, 2)
    recorder.begin("a", "y")
    recorder.clear()
    assert [s.name for s in recorder.snapshot().spans] == ["y"]


def test_exported_trace_is_valid_and_carries_every_field(tmp_path):
    recorder = TimelineRecorder()
    t0 = recorder.origin
    recorder.declare_lane("process · pid 4242", pid=4242)
    recorder.span("process · pid 4242", "cpu_bound #1", t0 + 0.1, t0 + 0.6, mode="process",
                  result={"primes": 3}, worker="pid 4242")
    recorder.span(STALL_LANE, "stalled", t0 + 0.2, t0 + 0.3, state="stalled", lag_ms=100.0)
    recorder.begin("thread-2", "simulated_io #2", t0 + 0.5)
    recorder.counter("UI lag (ms)", 100.0, t0 + 0.3)
    recorder.counter("queue depth", 2, t0 + 0.3)
    path = tmp_path / "trace.json"
    count = write_chrome_trace(path, recorder.snapshot(), now=t0 + 1.0)
    trace = json.loads(path.read_text(encoding="utf-8"))
    assert validate_chrome_trace(trace) == []
    events = trace["traceEvents"]
    assert count == len(events)
    complete = {e["name"]: e for e in events if e["ph"] == "X"}
    child = complete["cpu_bound #1"]
    assert child["pid"] == 4242
    assert child["ts"] == pytest.approx(100_000) and child["dur"] == pytest.approx(500_000)
    assert child["args"]["result"] == "{'primes': 3}"
    running = complete["simulated_io #2"]
    assert running["args"]["state"] == "running" and running["dur"] == pytest.approx(500_000)
    names = {e["args"]["name"] for e in events if e["name"] == "thread_name"}
    assert {"process · pid 4242", STALL_LANE, "thread-2"} <= names
    counters = {e["name"] for e in events if e["ph"] == "C"}
    assert counters == {"UI lag (ms)", "queue depth"}


def test_export_window_keeps_only_overlapping_events():
    recorder = TimelineRecorder()
    recorder.span("a", "early", 1.0, 2.0)
    recorder.span("a", "inside", 5.0, 6.0)
    recorder.counter("c", 1, 1.5)
    recorder.counter("c", 2, 5.5)
    trace = chrome_trace(recorder.snapshot(), now=10.0, since=4.0, until=7.0)
    assert validate_chrome_trace(trace) == []
    kept = [e["name"] for e in trace["traceEvents"] if e["ph"] in "XC"]
    assert kept == ["inside", "c"]


def test_validator_rejects_malformed_events():
    bad = {"traceEvents": [
        {"name": "x", "ph": "X", "pid": 1, "tid": "main", "ts": 0, "dur": 1, "args": {}},
        {"name": "y", "ph": "X", "pid": 1, "tid": 1, "ts": -5, "args": {}},
        {"name": "c", "ph": "C", "pid": 1, "ts": 0, "args": {"c": "high"}},
    ]}
    errors = validate_chrome_trace(bad)
    assert any("tid" in e for e in errors)
    assert any("ts" in e for e in errors)
    assert any("dur" in e for e in errors)
    assert any("counter" in e for e in errors)


arg_values = st.one_of(st.integers(), st.floats(allow_nan=True), st.text(max_size=8),
                       st.booleans(), st.none(), st.lists(st.integers(), max_size=3))


@settings(max_examples=60, deadline=None)
@given(
    spans=st.lists(
        st.tuples(st.sampled_from(["a", "b", "pid 7"]), st.floats(0, 100), st.floats(0, 5),
                  st.sampled_from(["done", "failed", "cancelled"]),
                  st.dictionaries(st.text(min_size=1, max_size=5).filter(lambda k: k != "state"),
                                  arg_values, max_size=3)),
        max_size=20),
    counters=st.lists(st.tuples(st.floats(0, 100), st.floats(-1e6, 1e6)), max_size=10),
)
def test_any_recording_exports_a_valid_trace(spans, counters):
    recorder = TimelineRecorder()
    recorder.declare_lane("pid 7", pid=7)
    t0 = recorder.origin
    ends: dict[str, float] = {}
    for lane, start, length, state, args in spans:
        begin = max(t0 + start, ends.get(lane, t0))  # a lane runs one thing at a time
        ends[lane] = begin + length
        recorder.span(lane, "job", begin, begin + length, state=state, **args)
    for at, value in counters:
        recorder.counter("queue depth", value, t0 + at)
    trace = chrome_trace(recorder.snapshot(), now=time.perf_counter())
    assert validate_chrome_trace(trace) == []


def test_recorder_and_exporter_import_no_qt():
    """Labs may record from spawned children or plain scripts: keep Qt off that path."""
    script = (
        "import sys\n"
        "import app.workers.timeline, app.workers.trace_export, app.workers.timeline_code\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == "[]"
