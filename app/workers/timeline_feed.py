"""Feed a :class:`~app.workers.timeline.TimelineRecorder`: jobs, GUI stalls, the queue lab.

Job signals already arrive in the GUI thread (the Runner delivers them there), so this
costs workers nothing: each job opens a span in its worker's lane when it starts and
closes it, coloured by how it ended, when it finishes. The heartbeat's late ticks become
the GUI thread's busy and stalled intervals, and its lag a counter coalesced per frame.
The queue lab's per-frame snapshots become its workers' state intervals and a depth
counter (:class:`QueueTimelineFeed`). The crawler records its fetches itself, from its
worker threads (see :class:`~app.workers.crawler.Fetcher`).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject

from app.workers.heartbeat import Heartbeat
from app.workers.job import Job, JobState
from app.workers.queue_controller import QueueController, Snapshot
from app.workers.queue_model import QueueConfig
from app.workers.queue_roles import BLOCKED, CONSUMING, PRODUCING, WAITING
from app.workers.runner import Runner
from app.workers.timeline import (
    GUI_LANE,
    LANE_SEPARATOR,
    QUEUE_LANE_PREFIX,
    STALL_LANE,
    TimelineRecorder,
)

STALL_MS = 50.0
"""A tick this late is a stall: a person notices the window froze."""
BUSY_MS = 17.0
"""A tick this late missed a 60 Hz frame: the GUI thread was busy."""
LAG_COUNTER = "UI lag (ms)"
QUEUE_COUNTER = "queue depth"
"""Jobs the Runner holds that wait for a free worker."""
QUEUE_LAB_COUNTER = "queue lab depth"
"""Items in the queue lab's queue; apart from :data:`QUEUE_COUNTER`, which counts jobs."""
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
    return f"{prefix}{LANE_SEPARATOR}{worker}" if prefix else worker


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


QUEUE_SPANS = {
    PRODUCING: ("producing", "running"),
    BLOCKED: ("blocked", "blocked"),
    CONSUMING: ("consuming", "running"),
    WAITING: ("waiting", "waiting"),
}
"""Worker state -> (span name, state while open). Starting and done draw nothing."""


def queue_lane(config: QueueConfig, index: int) -> str:
    """The lane of the queue lab's worker ``index``: producers first, then consumers."""
    if index < config.producers:
        role = f"producer {index + 1}"
    else:
        role = f"consumer {index - config.producers + 1}"
    return f"{QUEUE_LANE_PREFIX}{LANE_SEPARATOR}{role}"


class QueueTimelineFeed(QObject):
    """Turns the queue lab's per-frame snapshots into worker state spans and a depth counter.

    Lives in the GUI thread and costs workers nothing: a worker's state is read from the
    snapshot the controller already emits once per frame, so a state held for less than a
    frame may not show, and a run records at most (workers x frame rate) spans a second.
    """

    def __init__(
        self, recorder: TimelineRecorder, controller: QueueController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self._controller: QueueController | None = controller
        self._states: list[int] = []
        self._open: dict[int, tuple[int, str]] = {}
        """Worker index -> (key of its open span, the state to close it in)."""
        controller.started.connect(self._end_all)
        controller.updated.connect(self._on_update)
        controller.finished.connect(self._end_all)

    def detach(self) -> None:
        """Stop listening (the panel closes) and end every open span now."""
        self._end_all()
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.started.disconnect(self._end_all)
            controller.updated.disconnect(self._on_update)
            controller.finished.disconnect(self._end_all)

    def _end_all(self, *_: object) -> None:
        """End every worker's span (a run finished or a new one starts)."""
        now = time.perf_counter()
        for key, state in self._open.values():
            self.recorder.end(key, now, state)
        self._open.clear()
        self._states = []

    def _on_update(self, snap: Snapshot) -> None:
        now = time.perf_counter()
        self.recorder.counter(QUEUE_LAB_COUNTER, snap.live.depth, now)
        states = snap.live.states
        if len(self._states) != len(states):
            self._end_all()
            self._states = [-1] * len(states)
        for index, state in enumerate(states):
            if state == self._states[index]:
                continue
            self._states[index] = state
            opened = self._open.pop(index, None)
            if opened is not None:
                self.recorder.end(opened[0], now, opened[1])
            span = QUEUE_SPANS.get(state)
            if span is not None:
                name, open_state = span
                key = self.recorder.begin(queue_lane(snap.config, index), name, now,
                                          state=open_state)
                self._open[index] = (key, "done" if open_state == "running" else open_state)
