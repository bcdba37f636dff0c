"""Spawned processes: one per click, or a warm pool. Nothing heavy runs on the GUI thread.

A :class:`ProcessHost` owns what both modes share: the ``spawn`` context, one events queue
that every child writes to, cancel flags (a shared array for the pool, an event per
click-started child), a *bridge* thread that drains
the queue (and notices children that die), and a one-thread *launcher* that creates
queues, pools and processes so that a click handler only hands it a request.

The multiprocessing machinery (~40 ms of imports) is imported on the launcher thread
too, so that the window does not wait for it before its first paint.
"""

from __future__ import annotations

import logging
import queue
import signal
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from typing import TYPE_CHECKING, Any

from app.workers.job import Job
from app.workers.modes.base import Dispatcher, EventSink, remaining
from app.workers.outcome import ErrorInfo, Outcome, Task
from app.workers.reporting import ProgressBoard

if TYPE_CHECKING:
    from concurrent.futures.process import ProcessPoolExecutor
    from multiprocessing.process import BaseProcess

log = logging.getLogger(__name__)

FLAG_SLOTS = 4096
CANCEL_GRACE_S = 1.0
BRIDGE_POLL_S = 0.05
_STOP = "stop"


def exit_description(exitcode: int | None) -> str:
    """``-9`` reads better as ``killed by SIGKILL``."""
    if exitcode is None:
        return "still running"
    if exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name} (exit code {exitcode})"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


class ProcessHost:
    """Shared plumbing for the process modes; every heavy step runs on the launcher thread."""

    def __init__(self, sink: EventSink, board: ProgressBoard, pool_workers: int) -> None:
        self._sink = sink
        self._board = board
        self.pool_workers = pool_workers
        self._ctx: Any = None
        self._lock = threading.Lock()
        self._procs: dict[int, BaseProcess] = {}
        self._futures: dict[int, Future[None]] = {}
        self._pids: dict[int, int] = {}
        self._reported: set[int] = set()
        self._cancel_requested: set[int] = set()
        self._requeued: set[int] = set()
        self._terminate_at: dict[int, float] = {}
        self._cancel_events: dict[int, Any] = {}
        self._closing = False
        self.events: Any = None
        self.flags: Any = None
        self.pool: ProcessPoolExecutor | None = None
        self._bridge: threading.Thread | None = None
        self._launcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="process-launcher")
        self.ready = self._launcher.submit(self._warm_up)

    # --- launcher thread -------------------------------------------------------------
    def _warm_up(self) -> None:
        import multiprocessing

        self._ctx = multiprocessing.get_context("spawn")
        self.events = self._ctx.Queue()
        self.flags = self._ctx.RawArray("b", FLAG_SLOTS)
        self._bridge = threading.Thread(target=self._drain, name="process-bridge")
        self._bridge.start()
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        from concurrent.futures.process import ProcessPoolExecutor

        from app.workers.child import child_init, warm

        pool = ProcessPoolExecutor(
            max_workers=self.pool_workers,
            mp_context=self._ctx,
            initializer=child_init,
            initargs=(self.events, self.flags),
        )
        list(pool.map(warm, range(self.pool_workers)))
        return pool

    def launch(self, job_id: int, task: Task, kwargs: dict[str, Any]) -> None:
        """Hand a start-a-process request to the launcher; returns at once."""
        self._launcher.submit(self._launch, job_id, task, kwargs)

    def _launch(self, job_id: int, task: Task, kwargs: dict[str, Any]) -> None:
        if self._skip_if_cancelled(job_id):
            return
        from app.workers.child import process_main

        cancel = self._ctx.Event()
        with self._lock:
            self._cancel_events[job_id] = cancel
        process = self._ctx.Process(
            target=process_main,
            args=(task, kwargs, job_id, self.events, cancel),
            name=f"job-{job_id}",
        )
        with self._lock:
            process.start()
            self._procs[job_id] = process

    def submit_pooled(self, job_id: int, task: Task, kwargs: dict[str, Any]) -> None:
        """Hand a run-in-the-pool request to the launcher; returns at once."""
        self._launcher.submit(self._submit_pooled, job_id, task, kwargs)

    def _submit_pooled(self, job_id: int, task: Task, kwargs: dict[str, Any]) -> None:
        if self._skip_if_cancelled(job_id):
            return
        assert self.pool is not None
        from app.workers.child import run_job

        try:
            future = self.pool.submit(run_job, task, kwargs, job_id)
        except Exception as exc:
            self._sink(job_id, "outcome", Outcome("errored", error=ErrorInfo.from_exception(exc)))
            return
        with self._lock:
            self._futures[job_id] = future
        future.add_done_callback(lambda f: self._pooled_done(job_id, task, kwargs, f))

    def _skip_if_cancelled(self, job_id: int) -> bool:
        if self._closing or job_id in self._cancel_requested:
            self._sink(job_id, "outcome", Outcome("cancelled"))
            return True
        self.flags[self.slot(job_id)] = False
        return False

    def _raise_cancel(self, job_id: int) -> None:
        with self._lock:
            event = self._cancel_events.get(job_id)
        if event is not None:
            event.set()
        elif self.flags is not None:
            self.flags[self.slot(job_id)] = True

    def slot(self, job_id: int) -> int:
        """The job's cancel-flag slot (only once the host is ready)."""
        from app.workers.child import flag_slot

        return flag_slot(job_id, self.flags)

    def _pooled_done(
        self, job_id: int, task: Task, kwargs: dict[str, Any], future: Future[None]
    ) -> None:
        with self._lock:
            self._futures.pop(job_id, None)
            started = job_id in self._pids
        if future.cancelled():
            self._sink(job_id, "outcome", Outcome("cancelled"))
            return
        exc = future.exception()
        if exc is None:
            return
        from concurrent.futures.process import BrokenProcessPool

        broken = isinstance(exc, BrokenProcessPool)
        if broken and not self._closing:
            self._launcher.submit(self._replace_broken_pool)
        if job_id in self._cancel_requested:
            self._sink(job_id, "outcome", Outcome("cancelled"))
        elif broken and not started and job_id not in self._requeued and not self._closing:
            # It may only have been waiting in the pool's queue: give it one more go.
            self._requeued.add(job_id)
            self._launcher.submit(self._submit_pooled, job_id, task, kwargs)
        else:
            self._sink(job_id, "outcome", Outcome("errored", error=ErrorInfo.from_exception(exc)))

    def _replace_broken_pool(self) -> None:
        broken = self.pool
        if broken is None or not getattr(broken, "_broken", False):
            return
        log.warning("A pool worker died; starting a fresh process pool.")
        broken.shutdown(wait=True)
        self.pool = self._new_pool()

    # --- bridge thread ---------------------------------------------------------------
    def _drain(self) -> None:
        while True:
            try:
                item = self.events.get(timeout=BRIDGE_POLL_S)
            except queue.Empty:
                item = None
            if item == _STOP:
                return
            if item is not None:
                self._route(item)
            self._reap()
            self._terminate_overdue()

    def _route(self, item: Any) -> None:
        if isinstance(item, logging.LogRecord):
            logging.getLogger(item.name).handle(item)
            return
        kind, job_id, payload = item
        if kind == "progress":
            self._board.post(job_id, payload)
            return
        if kind == "started":
            with self._lock:
                self._pids[job_id] = int(payload[0].split()[-1])
        elif kind == "outcome":
            self._reported.add(job_id)
        self._sink(job_id, kind, payload)

    def _reap(self) -> None:
        with self._lock:
            ended = [(j, p) for j, p in self._procs.items() if p.exitcode is not None]
        if not ended:
            return
        self._drain_pending()
        for job_id, process in ended:
            process.join()
            with self._lock:
                del self._procs[job_id]
            if job_id in self._reported:
                self._reported.discard(job_id)
            elif job_id in self._cancel_requested:
                self._sink(job_id, "outcome", Outcome("cancelled"))
            else:
                message = f"process {process.pid} died: {exit_description(process.exitcode)}"
                error = ErrorInfo("ChildProcessError", message, message + "\n")
                self._sink(job_id, "outcome", Outcome("errored", error=error))

    def _drain_pending(self) -> None:
        while True:
            try:
                item = self.events.get_nowait()
            except queue.Empty:
                return
            if item != _STOP:
                self._route(item)

    # --- GUI thread ------------------------------------------------------------------
    def cancel(self, job_id: int) -> None:
        """Raise the job's flag; drop it if still queued; terminate it after a grace period."""
        self._cancel_requested.add(job_id)
        self._raise_cancel(job_id)
        with self._lock:
            future = self._futures.get(job_id)
        if future is not None and future.cancel():
            return
        with self._lock:
            self._terminate_at[job_id] = time.perf_counter() + CANCEL_GRACE_S

    def _terminate_overdue(self) -> None:
        now = time.perf_counter()
        with self._lock:
            overdue = [j for j, at in self._terminate_at.items() if at <= now]
            for job_id in overdue:
                del self._terminate_at[job_id]
        for job_id in overdue:
            self._terminate_if_alive(job_id)

    def _terminate_if_alive(self, job_id: int) -> None:
        with self._lock:
            process = self._procs.get(job_id)
            pid = self._pids.get(job_id) if job_id in self._futures else None
            if process is not None and process.exitcode is None:
                log.warning("Job %d ignored cancel for %.1f s: terminating its process.",
                            job_id, CANCEL_GRACE_S)
                process.terminate()
            elif pid is not None and self.pool is not None:
                for worker in self.pool._processes.values():
                    if worker.pid == pid and worker.exitcode is None:
                        log.warning("Job %d ignored cancel: terminating pool worker %d.",
                                    job_id, pid)
                        worker.terminate()

    def forget(self, job_id: int) -> None:
        """The job's outcome reached the GUI: drop its bookkeeping."""
        self._cancel_requested.discard(job_id)
        self._requeued.discard(job_id)
        with self._lock:
            self._pids.pop(job_id, None)
            self._cancel_events.pop(job_id, None)
            self._terminate_at.pop(job_id, None)

    def live_processes(self) -> int:
        """Processes started per click that have not been reaped."""
        with self._lock:
            return len(self._procs)

    def live_pooled(self) -> int:
        """Jobs submitted to the pool and not done."""
        with self._lock:
            return len(self._futures)

    def close(self, deadline: float) -> None:
        """Cancel everything, wait for children until the deadline, then terminate and reap."""
        self._closing = True
        try:
            self.ready.result(timeout=remaining(deadline, 0.1))
        except Exception as exc:
            log.warning("Process host never became ready: %s", exc)
        self._launcher.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            jobs = list(self._procs) + list(self._futures)
            futures = list(self._futures.values())
        for job_id in jobs:
            self._cancel_requested.add(job_id)
            self._raise_cancel(job_id)
        for future in futures:
            future.cancel()
        self._stop_children(deadline)
        if self.events is not None:
            self.events.put(_STOP)
            if self._bridge is not None:
                self._bridge.join(remaining(deadline, 0.5))
            self.events.close()
            self.events.join_thread()

    def _stop_children(self, deadline: float) -> None:
        soft = deadline - 0.5
        with self._lock:
            per_click = list(self._procs.values())
            pooled = list(self._futures.values())
        wait_for_processes(per_click, soft)
        futures_wait(pooled, timeout=remaining(soft))
        pool = self.pool
        stragglers = [p for p in per_click if p.exitcode is None]
        if pool is not None:
            # The executor keeps its workers in a private dict; it is the only handle on them.
            stragglers += [p for p in pool._processes.values() if p.exitcode is None]
            pool.shutdown(wait=False, cancel_futures=True)
        wait_for_processes(stragglers, deadline - 0.3)
        for process in stragglers:
            if process.exitcode is None:
                process.terminate()
        wait_for_processes(stragglers, deadline - 0.1)
        for process in stragglers:
            if process.exitcode is None:
                process.kill()
            process.join(0.1)
        if pool is not None:
            pool.shutdown(wait=True)


def wait_for_processes(processes: list[BaseProcess], deadline: float) -> None:
    """Block until every process has ended or ``deadline`` passes, without polling."""
    import multiprocessing.connection as mp_connection

    pending = [p for p in processes if p.exitcode is None]
    while pending and (left := remaining(deadline)) > 0:
        mp_connection.wait([p.sentinel for p in pending], timeout=left)
        pending = [p for p in pending if p.exitcode is None]


class ProcessDispatcher(Dispatcher):
    """A new ``spawn`` process per job: ~80 ms to start, no GIL shared with the GUI."""

    mode = "process"

    def __init__(self, sink: EventSink, host: ProcessHost, cap: int | None) -> None:
        super().__init__(sink)
        self._host = host
        self.cap = cap
        self._live: set[int] = set()

    def start(self, job: Job, task: Task, kwargs: dict[str, Any]) -> None:
        """Ask the launcher to start the process."""
        self._live.add(job.id)
        self._host.launch(job.id, task, kwargs)

    def cancel(self, job: Job) -> None:
        """Raise the job's flag; terminate the process if it ignores it."""
        self._host.cancel(job.id)

    def forget(self, job_id: int) -> None:
        """Drop the finished job."""
        self._live.discard(job_id)
        self._host.forget(job_id)

    def live(self) -> int:
        """Processes asked for and not finished."""
        return len(self._live)

    def close(self, deadline: float) -> None:
        """The host closes once for both process modes."""


class ProcessPoolDispatcher(ProcessDispatcher):
    """A warm ``ProcessPoolExecutor``: started once in the background, reused by every job."""

    mode = "process_pool"

    def __init__(self, sink: EventSink, host: ProcessHost) -> None:
        super().__init__(sink, host, cap=None)

    def start(self, job: Job, task: Task, kwargs: dict[str, Any]) -> None:
        """Ask the launcher to submit the job to the pool."""
        self._live.add(job.id)
        self._host.submit_pooled(job.id, task, kwargs)
