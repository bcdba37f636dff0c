"""Inline freezes the event loop for the job's length; every other mode keeps it ticking.

Lag is read from the app's own heartbeat: a single-shot precise timer re-armed on every
tick (a repeating QTimer would hide a constant delay). The bounds are halves of the job
length, so they tell a freeze from a working loop on any machine.
"""

from __future__ import annotations

import time

import pytest
from conftest import wait_done

from app.workers import tasks
from app.workers.heartbeat import Heartbeat
from app.workers.runner import MODES, Runner

JOB_S = 1.0


@pytest.fixture
def heartbeat(qtbot):
    beat = Heartbeat(interval_ms=10)
    beat.start()
    with qtbot.waitSignal(beat.ticked):
        pass
    yield beat
    beat.stop()


@pytest.mark.parametrize("task", [tasks.simulated_io, tasks.cpu_bound], ids=["io", "cpu"])
def test_inline_blocks_the_event_loop_for_the_job(qtbot, runner: Runner, heartbeat, task):
    since = time.perf_counter()
    job = runner.submit(task, "inline", {"duration": JOB_S})
    with qtbot.waitSignal(heartbeat.ticked):
        pass
    wait_done(qtbot, job)
    assert heartbeat.stats(since).max >= 0.9 * JOB_S * 1000


@pytest.mark.parametrize("mode", [m for m in MODES if m != "inline"])
@pytest.mark.parametrize("task", [tasks.simulated_io, tasks.cpu_bound], ids=["io", "cpu"])
def test_other_modes_keep_the_event_loop_live(qtbot, runner: Runner, heartbeat, mode, task):
    since = time.perf_counter()
    job = wait_done(qtbot, runner.submit(task, mode, {"duration": JOB_S}))
    stats = heartbeat.stats(since)
    assert job.elapsed() >= JOB_S * 0.9
    assert stats.ticks > 10
    assert stats.max < 0.5 * JOB_S * 1000, stats


def test_a_frozen_stretch_counts_every_tick_it_swallowed(qtbot, heartbeat):
    since = time.perf_counter()
    time.sleep(0.3)  # sleep-ok: the freeze under test, on the GUI thread
    with qtbot.waitSignal(heartbeat.ticked):
        pass
    stats = heartbeat.stats(since)
    assert stats.ticks >= 25
    assert stats.p50 >= 100
