"""Headless Qt for every test, and a leak guard that fails a test leaving work behind."""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThread, QThreadPool, QTimer
from pytestqt.qtbot import QtBot

from app.widgets.crawler_panel import CrawlerPanel
from app.widgets.queue_panel import QueuePanel
from app.workers.job import Job
from app.workers.local_site import LocalSite
from app.workers.runner import Runner


def _alive(refs: list[weakref.ref], check: str) -> list[object]:
    found = []
    for ref in refs:
        obj = ref()
        try:
            if obj is not None and getattr(obj, check)():
                found.append(obj)
        except RuntimeError:  # the C++ object is gone: nothing can be running
            pass
    return found


def _python_threads() -> set[threading.Thread]:
    # Dummy threads are Python's view of foreign (Qt) threads; QThreads are checked apart.
    return {t for t in threading.enumerate() if not isinstance(t, threading._DummyThread)}


class LeakGuard:
    """Remembers QThreads and QTimers started during a test, and what ran before it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.threads_before = _python_threads()
        self.qthreads: list[weakref.ref] = []
        self.timers: list[weakref.ref] = []
        original_thread_start, original_timer_start = QThread.start, QTimer.start

        def thread_start(thread: QThread, *args: object) -> None:
            self.qthreads.append(weakref.ref(thread))
            original_thread_start(thread, *args)

        def timer_start(timer: QTimer, *args: object) -> None:
            self.timers.append(weakref.ref(timer))
            original_timer_start(timer, *args)

        monkeypatch.setattr(QThread, "start", thread_start)
        monkeypatch.setattr(QTimer, "start", timer_start)

    def leaks(self) -> list[str]:
        """What is still running that the test started."""
        found = [f"QThread still running: {t.objectName()!r}"
                 for t in _alive(self.qthreads, "isRunning")]
        found += [f"QTimer still active: parent={t.parent()!r}"
                  for t in _alive(self.timers, "isActive")]
        found += [f"Python thread still alive: {t.name}"
                  for t in _python_threads() - self.threads_before if t.is_alive()]
        found += [f"child process still alive: {p.name} (pid {p.pid})"
                  for p in multiprocessing.active_children()]
        if QThreadPool.globalInstance().activeThreadCount():
            found.append("QThreadPool task still running")
        return found


@pytest.fixture(scope="session", autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """No automatic garbage collection in worker threads during the run (see app.workers.gui_gc).

    Garbage left by one test (Qt wrappers among it) is collected on the GUI thread after
    each test instead; a collector running in a spawn launcher thread once deadlocked the
    suite against the GUI thread.
    """
    was = gc.isenabled()
    gc.disable()
    yield
    if was:
        gc.enable()


@pytest.fixture(autouse=True)
def isolated_settings(qapp: object, tmp_path: Path) -> Iterator[Path]:
    """Each test reads and writes QSettings in its own folder, never the user's."""
    QCoreApplication.setOrganizationName("Concurrency Lab Tests")
    QCoreApplication.setApplicationName("Concurrency Lab Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield tmp_path


@pytest.fixture(autouse=True)
def leak_guard(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[LeakGuard]:
    """Fail the test if it leaves a QThread, timer, thread, pool task or process running.

    pytest-qt closes the test's widgets before fixtures are torn down, so this checks
    after every window's ``closeEvent`` ran. Joined threads get a moment to return.
    """
    guard = LeakGuard(monkeypatch)
    yield guard
    gc.collect()
    try:
        qtbot.waitUntil(lambda: not guard.leaks(), timeout=2000)
    except qtbot.TimeoutError:
        pytest.fail("leaked: " + "; ".join(guard.leaks()))


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[Runner]:
    """A Runner whose process pool is warm before the test starts, closed after it."""
    instance = Runner()
    qtbot.waitUntil(instance.process_pool_ready, timeout=30_000)
    yield instance
    instance.close()


def wait_done(qtbot: QtBot, job: Job | None, timeout_ms: int = 20_000) -> Job:
    """Block (running the event loop) until ``job`` has finished."""
    assert job is not None, "the runner refused the job"
    if not job.state.is_final:
        with qtbot.waitSignal(job.finished, timeout=timeout_ms):
            pass
    return job


@pytest.fixture
def local_site() -> Iterator[LocalSite]:
    """An embedded site of the test's own, stopped (and its threads joined) after it."""
    with LocalSite() as running:
        yield running


@pytest.fixture
def crawler_panel(qtbot: QtBot, local_site: LocalSite) -> CrawlerPanel:
    """A crawler panel that crawls the test's own site."""
    widget = CrawlerPanel(site=lambda: local_site)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def queue_panel(qtbot: QtBot) -> Iterator[QueuePanel]:
    """A queue lab panel, shut down after the test with no worker thread or child left."""
    widget = QueuePanel()
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()
    assert not [t for t in threading.enumerate() if t.name.startswith("queue-")]
    assert not multiprocessing.active_children()
