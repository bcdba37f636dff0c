"""The toolbar's ``http`` workload, in a thread and in a spawned child; Qt-free imports."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
from collections.abc import Iterator

import pytest
import requests

from app.workers.http_tasks import http_fetch
from app.workers.local_site import LocalSite
from app.workers.outcome import execute
from app.workers.reporting import ProgressBoard, ThreadReporter


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with LocalSite() as running:
        yield running


def test_fetches_for_about_the_duration(site: LocalSite):
    board = ProgressBoard()
    result = http_fetch(ThreadReporter(1, board), 0.3, site.base_url, delay=0.01, size=100)
    assert result["requests"] >= 1
    assert result["bytes"] == 100 * result["requests"]
    assert result["errors"] == 0
    assert board.drain() == {1: 100}


def test_cancel_between_requests(site: LocalSite):
    reporter = ThreadReporter(2, ProgressBoard())
    reporter.cancel()
    outcome = execute(http_fetch, reporter, {"duration": 30.0, "base_url": site.base_url})
    assert outcome.kind == "cancelled"


def test_dead_site_ends_the_job_with_an_error():
    with LocalSite() as gone:
        base = gone.base_url
    reporter = ThreadReporter(3, ProgressBoard())
    outcome = execute(http_fetch, reporter, {"duration": 5, "base_url": base})
    assert outcome.kind == "errored"
    assert outcome.error is not None
    assert outcome.error.type_name == requests.ConnectionError.__name__


def _child(base_url: str, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    out.put(http_fetch(ThreadReporter(4, ProgressBoard()), 0.2, base_url, delay=0.01))


@pytest.mark.slow
def test_runs_in_a_spawned_child(site: LocalSite):
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    child = ctx.Process(target=_child, args=(site.base_url, out))
    child.start()
    try:
        result = out.get(timeout=60)
    finally:
        child.join(30)
        out.close()
        out.join_thread()
    assert child.exitcode == 0
    assert result["requests"] >= 1


def test_task_modules_import_no_qt():
    code = (
        "import sys\n"
        "import app.workers.http_tasks, app.workers.crawler, app.workers.crawl_plan\n"
        "import app.workers.crawl_presets, app.workers.local_site, app.workers.crawler_code\n"
        "assert 'PySide6' not in sys.modules, sorted(m for m in sys.modules if 'PySide' in m)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
