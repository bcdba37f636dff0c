"""Closing with work running cancels it, joins threads and leaves no child process behind."""

from __future__ import annotations

import time

import psutil
import pytest
from conftest import wait_done

from app.widgets.main_window import MainWindow
from app.workers import tasks
from app.workers.job import JobState
from app.workers.runner import MODES, Runner


def our_children() -> list[psutil.Process]:
    """Live children, less multiprocessing's resource tracker (it ends with the interpreter)."""
    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            if child.status() == psutil.STATUS_ZOMBIE or "resource_tracker" not in " ".join(
                child.cmdline()
            ):
                found.append(child)
        except psutil.NoSuchProcess:
            pass
    return found


@pytest.mark.parametrize("mode", [m for m in MODES if m != "inline"])
def test_closing_while_busy_ends_everything_quickly(qtbot, mode):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.runner.process_pool_ready, timeout=30_000)
    window.duration_input.setValue(60)
    for _ in range(3):
        window.run_in(mode)
    submitted = window.run_panel.jobs_model.jobs()
    qtbot.waitUntil(lambda: any(j.state is JobState.RUNNING for j in submitted), timeout=20_000)
    started = time.perf_counter()
    window.close()
    took = time.perf_counter() - started
    assert took < 3.0
    assert all(j.state.is_final for j in submitted)
    assert our_children() == []


def test_closing_while_the_pool_is_still_warming_up(qtbot):
    runner = Runner()
    runner.submit(tasks.simulated_io, "process_pool", {"duration": 60})
    runner.close()
    assert our_children() == []


def test_no_process_or_queue_is_created_on_the_gui_thread(qtbot, runner: Runner, monkeypatch):
    import multiprocessing.context
    import threading

    creators: list[str] = []
    original = multiprocessing.context.SpawnProcess._Popen

    def spy(process_obj):
        creators.append(threading.current_thread().name)
        return original(process_obj)

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "_Popen", staticmethod(spy))
    job = wait_done(qtbot, runner.submit(tasks.simulated_io, "process", {"duration": 0.1}))
    assert job.state is JobState.DONE
    assert creators
    assert threading.main_thread().name not in creators


def test_five_hundred_clicks_stay_bounded_and_return_to_baseline(qtbot, runner: Runner):
    me = psutil.Process()
    threads_before = me.num_threads()
    refused: list[str] = []
    runner.refused.connect(refused.append)
    accepted = [runner.submit(tasks.simulated_io, "thread", {"duration": 0.5})
                for _ in range(500)]
    live = [j for j in accepted if j is not None]
    assert len(live) == 200
    assert len(refused) == 300
    assert "safety cap" in refused[0]
    assert me.num_threads() <= threads_before + 200
    for job in live:
        wait_done(qtbot, job)
    qtbot.waitUntil(lambda: me.num_threads() <= threads_before, timeout=10_000)


def test_process_clicks_past_the_cap_are_refused(qtbot):
    runner = Runner(process_cap=4)
    refused: list[str] = []
    runner.refused.connect(refused.append)
    accepted = [runner.submit(tasks.simulated_io, "process", {"duration": 0.2}) for _ in range(6)]
    assert sum(j is not None for j in accepted) == 4
    assert len(refused) == 2
    for job in accepted:
        if job is not None:
            wait_done(qtbot, job)
    runner.close()
    assert our_children() == []


def test_pool_queues_the_extra_work_instead_of_refusing(qtbot, runner: Runner):
    refused: list[str] = []
    runner.refused.connect(refused.append)
    batch = [runner.submit(tasks.simulated_io, "thread_pool", {"duration": 0.01})
             for _ in range(500)]
    assert refused == []
    assert all(j is not None for j in batch)
    for job in batch:
        wait_done(qtbot, job)
    assert all(j.state is JobState.DONE for j in batch)


def test_process_stats_are_sampled_off_the_gui_thread(qtbot):
    from app.workers.process_stats import StatsSampler

    sampler = StatsSampler(interval_s=0.01)
    sampler.start()
    qtbot.waitUntil(lambda: sampler.latest.threads > 0)
    assert sampler.latest.rss_mb > 0
    sampler.stop()
