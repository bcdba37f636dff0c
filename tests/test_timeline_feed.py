"""Jobs of every mode, and the GUI thread's stalls, land in the right timeline lanes."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import task_fixtures
from conftest import wait_done

from app.workers import tasks
from app.workers.heartbeat import Heartbeat
from app.workers.job import JobState
from app.workers.runner import MODES, Runner
from app.workers.timeline import GUI_LANE, STALL_LANE, Span, TimelineRecorder
from app.workers.timeline_feed import LAG_COUNTER, QUEUE_COUNTER, TimelineFeed, lane_for, pid_of


@pytest.fixture
def heartbeat() -> Iterator[Heartbeat]:
    beat = Heartbeat()
    beat.start()
    yield beat
    beat.stop()


@pytest.fixture
def recorder() -> TimelineRecorder:
    return TimelineRecorder()


@pytest.fixture
def feed(
    runner: Runner, heartbeat: Heartbeat, recorder: TimelineRecorder
) -> Iterator[TimelineFeed]:
    instance = TimelineFeed(recorder, runner, heartbeat)
    yield instance
    instance.detach()


def spans_of(recorder: TimelineRecorder, job_id: int) -> list[Span]:
    return [s for s in recorder.snapshot().spans if s.args.get("job") == job_id]


def expected_lane(mode: str, worker: str) -> str:
    return {
        "inline": GUI_LANE,
        "thread": worker,
        "qthread": worker,
        "process": f"process · {worker}",
        "thread_pool": f"thread pool · {worker}",
        "process_pool": f"process pool · {worker}",
    }[mode]


@pytest.mark.parametrize("mode", MODES)
def test_a_job_lands_in_its_workers_lane(qtbot, runner, recorder, feed, mode):
    job = wait_done(qtbot, runner.submit(tasks.simulated_io, mode, {"duration": 0.1}, "io"))
    (span,) = spans_of(recorder, job.id)
    assert span.lane == expected_lane(mode, job.worker)
    assert (span.start, span.end) == (job.started_at, job.ended_at)
    assert span.state == "done"
    assert span.args["mode"] == mode and span.args["task"] == "simulated_io"
    assert "waited_s" in span.args["result"]
    lane = next(lane for lane in recorder.snapshot().lanes if lane.name == span.lane)
    if mode.startswith("process"):
        assert job.worker.startswith("pid ")
        assert lane.pid == pid_of(job.worker) != os.getpid()
    else:
        assert lane.pid == os.getpid()
    if mode == "thread_pool":
        assert job.worker.startswith("pool_")


def test_a_running_job_is_open_until_it_ends_cancelled(qtbot, runner, recorder, feed):
    job = runner.submit(tasks.simulated_io, "thread", {"duration": 30})
    qtbot.waitUntil(lambda: job.state is JobState.RUNNING, timeout=10_000)
    (span,) = spans_of(recorder, job.id)
    assert span.end is None and span.state == "running"
    assert recorder.has_open_spans()
    job.cancel()
    wait_done(qtbot, job)
    (span,) = spans_of(recorder, job.id)
    assert span.state == "cancelled" and span.end == job.ended_at


def test_a_failed_job_carries_its_error(qtbot, runner, recorder, feed):
    job = wait_done(qtbot, runner.submit(task_fixtures.raise_value_error, "thread_pool",
                                         {"duration": 0.1}))
    (span,) = spans_of(recorder, job.id)
    assert span.state == "failed"
    assert span.args["error"].startswith("ValueError")


def test_a_queued_job_cancelled_before_it_ran_still_shows(qtbot, runner, recorder, feed):
    blockers = [runner.submit(tasks.simulated_io, "thread_pool", {"duration": 30})
                for _ in range(runner.dispatcher("thread_pool").workers)]
    queued = runner.submit(tasks.simulated_io, "thread_pool", {"duration": 30})
    assert queued is not None and queued.state is JobState.QUEUED
    assert recorder.snapshot().counters[QUEUE_COUNTER][-1][1] >= 1
    queued.cancel()
    wait_done(qtbot, queued)
    (span,) = spans_of(recorder, queued.id)
    assert span.lane == lane_for("thread_pool", "") and span.state == "cancelled"
    runner.cancel_all()
    for job in blockers:
        wait_done(qtbot, job)


def test_an_inline_job_shows_as_a_gui_stall(qtbot, runner, recorder, feed):
    job = runner.submit(tasks.simulated_io, "inline", {"duration": 0.3})
    assert job is not None and job.state is JobState.DONE

    def stalled() -> list[Span]:
        return [s for s in recorder.snapshot().spans if s.lane == STALL_LANE
                and s.state == "stalled" and s.end is not None and s.end >= job.ended_at]

    qtbot.waitUntil(lambda: bool(stalled()), timeout=5000)
    longest = max(stalled(), key=lambda s: s.duration(0))
    assert longest.duration(0) >= 0.8 * 0.3
    assert max(v for _, v in recorder.snapshot().counters[LAG_COUNTER]) >= 0.8 * 300


def test_worker_names_map_to_lanes():
    assert lane_for("inline", "MainThread") == GUI_LANE
    assert lane_for("thread", "thread-3") == "thread-3"
    assert lane_for("process_pool", "pid 12") == "process pool · pid 12"
    assert lane_for("queue", "consumer-1") == "consumer-1"
    assert pid_of("pid 12") == 12 and pid_of("pool_0") is None
