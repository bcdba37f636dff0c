"""Feeds a :class:`~app.workers.timeline.TimelineRecorder` from a Runner and a Heartbeat.

Job signals already arrive in the GUI thread (the Runner delivers them there), so this
costs workers nothing: each job opens a span in its worker's lane when it starts and
closes it, coloured by how it ended, when it finishes. The heartbeat's late ticks become
the GUI thread's busy and stalled intervals, and its lag a counter coalesced per frame.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject

from app.workers.heartbeat import Heartbeat
from app.workers.job import Job, JobState
from app.workers.runner import Runner
from app.workers.timeline import GUI_LANE, STALL_LANE, TimelineRecorder

STALL_MS = 50.0
"""A tick this late is a stall: a person notices the window froze."""
BUSY_MS = 17.0
"""A tick this late missed a 60 Hz frame: the GUI thread was busy."""
LAG_COUNTER = "UI lag (ms)"
QUEUE_COUNTER = "queue depth"
COUNTER_FRAME_S = 1 / 30
RESULT_CHARS = 120

MODE_LANE_PREFIX = {
    "thread_pool": "thread pool",
    "process": "process",
    "process_pool": "process pool",
}
STATE_NAMES = {
    JobState.DONE: "done",
    JobState.FAILED: "failed",
    JobState.CANCELLED: "cancelled",
}


def lane_for(mode: str, worker: str) -> str:
    """The lane a job's worker draws in: the GUI thread, a thread, a pool slot, a pid."""
    if not worker:
        return f"{MODE_LANE_PREFIX.get(mode, mode)}: never started"
    if worker == "MainThread":
        return GUI_LANE
    prefix = MODE_LANE_PREFIX.get(mode)
    return f"{prefix} · {worker}" if prefix else worker


def pid_of(worker: str) -> int | None:
    """The child's pid if ``worker`` reads ``pid 1234``."""
    head, _, tail = worker.partition(" ")
    return int(tail) if head == "pid" and tail.isdigit() else None


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= RESULT_CHARS else text[: RESULT_CHARS - 1] + "…"


class TimelineFeed(QObject):
    """Turns job lifecycles and heartbeat ticks into spans and counters; lives in the GUI."""

    def __init__(
        self,
        recorder: TimelineRecorder,
        runner: Runner | None = None,
        heartbeat: Heartbeat | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self._runner = runner
        self._heartbeat = heartbeat
        self._keys: dict[int, int] = {}
        self._stall_until = 0.0
        self._lag_max = 0.0
        self._lag_flushed_at = 0.0
        self._detached = False
        if runner is not None:
            runner.jobAdded.connect(self.watch)
        if heartbeat is not None:
            heartbeat.ticked.connect(self._on_tick)

    def detach(self) -> None:
        """Stop listening (the panel closes); open spans stay as they are."""
        self._detached = True
        if self._runner is not None:
            self._runner.jobAdded.disconnect(self.watch)
            self._runner = None
        if self._heartbeat is not None:
            self._heartbeat.ticked.disconnect(self._on_tick)
            self._heartbeat = None

    def watch(self, job: Job) -> None:
        """Follow ``job`` from start to finish (connected to ``Runner.jobAdded``)."""
        job.started.connect(lambda j=job: self._on_started(j))
        job.finished.connect(lambda j=job: self._on_finished(j))
        self._count_queue()

    def _args(self, job: Job) -> dict[str, object]:
        return {"job": job.id, "mode": job.mode, "task": job.task_name,
                "workload": job.workload, "worker": job.worker or "-"}

    def _on_started(self, job: Job) -> None:
        if self._detached:
            return
        lane = lane_for(job.mode, job.worker)
        self.recorder.declare_lane(lane, pid_of(job.worker))
        start = job.started_at if job.started_at is not None else time.perf_counter()
        self._keys[job.id] = self.recorder.begin(
            lane, f"{job.task_name} #{job.id}", start, **self._args(job)
        )
        self._count_queue()

    def _on_finished(self, job: Job) -> None:
        if self._detached:
            return
        state = STATE_NAMES.get(job.state, job.state.value)
        key = self._keys.pop(job.id, None)
        end = job.ended_at if job.ended_at is not None else time.perf_counter()
        outcome: dict[str, object] = {"result": _short(job.result)}
        if job.error is not None:
            outcome["error"] = str(job.error)
        if key is None:  # ended before it ever ran (a queued job cancelled)
            start = job.started_at if job.started_at is not None else end
            self.recorder.span(lane_for(job.mode, job.worker), f"{job.task_name} #{job.id}",
                               start, end, state, **self._args(job), **outcome)
        else:
            self.recorder.end(key, end, state, **outcome)
        self._count_queue()

    def _count_queue(self) -> None:
        if self._runner is not None:
            queued = sum(1 for j in self._runner.jobs() if j.state is JobState.QUEUED)
            self.recorder.counter(QUEUE_COUNTER, queued)

    def _on_tick(self, lag_ms: float) -> None:
        now = time.perf_counter()
        self._lag_max = max(self._lag_max, lag_ms)
        if lag_ms >= BUSY_MS:
            due = now - lag_ms / 1000
            state = "stalled" if lag_ms >= STALL_MS else "busy"
            self.recorder.span(STALL_LANE, state, max(due, self._stall_until), now, state,
                               lag_ms=round(lag_ms, 1))
            self._stall_until = now
        if now - self._lag_flushed_at >= COUNTER_FRAME_S or lag_ms >= BUSY_MS:
            self.recorder.counter(LAG_COUNTER, round(self._lag_max, 2), now)
            self._lag_flushed_at, self._lag_max = now, 0.0
