"""Every execution mode runs, reports, cancels and fails through one job lifecycle."""

from __future__ import annotations

import pytest
import task_fixtures
from conftest import wait_done

from app.workers import tasks
from app.workers.job import JobState
from app.workers.runner import MODES, Runner

BACKGROUND = [m for m in MODES if m != "inline"]
PROCESS_MODES = ["process", "process_pool"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("task", [tasks.simulated_io, tasks.cpu_bound], ids=["io", "cpu"])
def test_each_mode_completes_io_and_cpu_jobs(qtbot, runner: Runner, mode, task):
    events: list[str] = []
    job = runner.submit(task, mode, {"duration": 0.2})
    assert job is not None
    for name in ("started", "returned", "errored", "cancelled", "finished"):
        getattr(job, name).connect(lambda *_, n=name: events.append(n))
    wait_done(qtbot, job)
    assert job.state is JobState.DONE
    assert job.progress == 100
    assert job.result
    assert job.worker
    if mode == "inline":
        assert job.worker == "MainThread"
    else:
        assert events[-2:] == ["returned", "finished"]


@pytest.mark.parametrize("mode", BACKGROUND)
def test_cancel_stops_a_running_job(qtbot, runner: Runner, mode):
    job = runner.submit(tasks.simulated_io, mode, {"duration": 30})
    qtbot.waitUntil(lambda: job.state is JobState.RUNNING, timeout=20_000)
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        job.cancel()
    wait_done(qtbot, job)
    assert job.state is JobState.CANCELLED
    assert job.elapsed() < 30


def test_inline_cannot_be_cancelled_by_a_click_it_blocks(qtbot, runner: Runner):
    """The cancel click waits behind the frozen event loop and arrives too late: the lesson."""
    job = runner.submit(tasks.simulated_io, "inline", {"duration": 0.2})
    assert job is not None
    assert job.state is JobState.DONE
    job.cancel()
    assert job.state is JobState.DONE


def test_a_queued_pool_job_cancels_without_running(qtbot, runner: Runner):
    blockers = [runner.submit(tasks.simulated_io, "thread_pool", {"duration": 30})
                for _ in range(runner.dispatcher("thread_pool").workers)]
    queued = runner.submit(tasks.simulated_io, "thread_pool", {"duration": 30})
    assert queued is not None
    assert queued.state is JobState.QUEUED
    queued.cancel()
    wait_done(qtbot, queued)
    assert queued.state is JobState.CANCELLED
    assert queued.worker == ""
    runner.cancel_all()
    for job in blockers:
        wait_done(qtbot, job)


@pytest.mark.parametrize("mode", MODES)
def test_an_error_reaches_the_row_and_the_traceback(qtbot, runner: Runner, mode):
    job = runner.submit(task_fixtures.raise_value_error, mode, {"duration": 0.1})
    errors: list[object] = []
    assert job is not None
    job.errored.connect(errors.append)
    wait_done(qtbot, job)
    assert job.state is JobState.FAILED
    assert job.error is not None
    assert job.error.type_name == "ValueError"
    assert "bad input" in job.error.message
    assert "Traceback" in job.error.traceback
    assert "raise_value_error" in job.error.traceback
    if mode != "inline":
        assert errors == [job.error]


@pytest.mark.parametrize("mode", PROCESS_MODES)
def test_a_process_that_ignores_cancel_is_terminated(qtbot, runner: Runner, mode):
    job = runner.submit(task_fixtures.ignore_cancel, mode, {"duration": 60})
    qtbot.waitUntil(lambda: job.state is JobState.RUNNING, timeout=20_000)
    job.cancel()
    wait_done(qtbot, job, timeout_ms=15_000)
    assert job.state is JobState.CANCELLED
    after = wait_done(qtbot, runner.submit(tasks.simulated_io, mode, {"duration": 0.1}))
    assert after.state is JobState.DONE


@pytest.mark.parametrize("crash", ["exit", "sigkill"])
def test_a_dead_child_fails_its_job_with_the_exit_code(qtbot, runner: Runner, crash):
    task = task_fixtures.exit_abruptly if crash == "exit" else task_fixtures.kill_self
    job = wait_done(qtbot, runner.submit(task, "process"))
    assert job.state is JobState.FAILED
    expected = "exit code 3" if crash == "exit" else "SIGKILL"
    assert expected in str(job.error)


def test_a_dead_pool_worker_fails_its_job_and_the_pool_recovers(qtbot, runner: Runner):
    job = wait_done(qtbot, runner.submit(task_fixtures.kill_self, "process_pool"))
    assert job.state is JobState.FAILED
    assert "BrokenProcessPool" in str(job.error)
    after = wait_done(qtbot, runner.submit(tasks.simulated_io, "process_pool", {"duration": 0.1}))
    assert after.state is JobState.DONE


def test_an_unpicklable_result_fails_cleanly_in_a_process(qtbot, runner: Runner):
    job = wait_done(qtbot, runner.submit(task_fixtures.unpicklable_result, "process"))
    assert job.state is JobState.FAILED
    assert "pickle" in str(job.error).lower()
