"""The two ways the lab runs its workers: threads, or spawned processes.

Threads share a ``queue.Queue``; processes share a ``multiprocessing.Queue``. Both
give the engine the same small surface: start workers, wait a little for one to finish,
drain what is left in the queue, and hand back every id each worker reported.
Qt-free; the process side starts children with the ``spawn`` context, never ``fork``.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from collections.abc import Callable
from typing import Any

from app.workers.queue_model import QueueConfig
from app.workers.queue_roles import (
    Board,
    ConsumerResult,
    consume,
    consumer_main,
    finish_producer,
    produce,
    producer_main,
)

JOIN_GRACE_S = 5.0
"""How long an aborted child may take to exit before it is terminated."""


class ThreadBackend:
    """Workers are threads of this process; the queue is a ``queue.Queue``."""

    def __init__(
        self,
        config: QueueConfig,
        on_taken: Callable[[int], None],
        on_dropped: Callable[[int], None],
    ) -> None:
        self.config = config
        self.board = Board.local(config.workers)
        self.queue: queue.Queue[Any] = queue.Queue(config.capacity)
        self._on_taken = on_taken
        self._on_dropped = on_dropped
        self.producers: list[threading.Thread] = []
        self.consumers: list[threading.Thread] = []
        self.produced: dict[int, tuple[list[int], list[int]]] = {}
        """Per producer: the ids it put, and those it took back unsent after a discard."""
        self.taken: dict[int, ConsumerResult] = {}

    def start(self) -> None:
        """Start the consumers first, so the first item finds someone waiting."""
        cfg = self.config
        for k in range(cfg.consumers):
            index = cfg.producers + k
            self.consumers.append(self._thread(f"queue-consumer-{k}", self._consume, index))
        for index in range(cfg.producers):
            self.producers.append(self._thread(f"queue-producer-{index}", self._produce, index))

    def _thread(self, name: str, target: Callable[[int], None], index: int) -> threading.Thread:
        thread = threading.Thread(target=target, args=(index,), name=name, daemon=True)
        thread.start()
        return thread

    def _produce(self, index: int) -> None:
        cfg = self.config
        ids = produce(self.queue, self.board, index, cfg.quota(index), cfg.produce_ms / 1000)
        self.produced[index] = (ids, [])
        finish_producer(self.queue, self.board, index, cfg.policy == "stop_at_one")

    def _consume(self, index: int) -> None:
        self.taken[index] = consume(
            self.queue, self.board, index, self.config.consume_ms / 1000,
            self._on_taken, self._on_dropped,
        )

    def depth(self) -> int:
        """Items in the queue now."""
        return self.queue.qsize()

    def wait(self, workers: list[Any], timeout: float) -> None:
        """Wait up to ``timeout`` for the first live worker of ``workers`` to end."""
        for worker in workers:
            if worker.is_alive():
                worker.join(timeout)
                return

    def drain(self) -> list[object]:
        """Take everything left in the queue at once, waking producers blocked on it."""
        q = self.queue
        with q.mutex:
            left = list(q.queue)
            q.queue.clear()
            q.not_full.notify_all()
        return left

    def kill_stragglers(self) -> int:
        """Threads cannot be killed; an aborted thread always exits within a poll slice."""
        return 0

    def close(self) -> None:
        """Nothing to release: the queue is garbage once the threads are gone."""


class ProcessBackend:
    """Workers are ``spawn`` children; the queue is a ``multiprocessing.Queue``.

    Live counts and states sit in shared memory; each child sends the ids it handled
    over a second queue when it ends, which the parent reads while it waits (a child
    cannot exit before its queued data is flushed to the pipe).
    """

    def __init__(self, config: QueueConfig) -> None:
        self.config = config
        ctx = multiprocessing.get_context("spawn")
        workers = config.workers
        self._arrays = (
            ctx.RawArray("b", 3),
            ctx.RawArray("q", workers),
            ctx.RawArray("q", workers),
            ctx.RawArray("b", workers),
        )
        self.board = Board(*self._arrays)
        self.queue: Any = ctx.Queue(config.capacity)
        self._results: Any = ctx.Queue()
        self._ctx = ctx
        self.producers: list[Any] = []
        self.consumers: list[Any] = []
        self.produced: dict[int, tuple[list[int], list[int]]] = {}
        self.taken: dict[int, ConsumerResult] = {}

    def start(self) -> None:
        """Start the consumers, then the producers (each spawn costs ~100 ms)."""
        cfg = self.config
        for k in range(cfg.consumers):
            index = cfg.producers + k
            args = (self.queue, self._results, self._arrays, index, cfg.consume_ms / 1000)
            self.consumers.append(self._spawn(f"queue-consumer-{k}", consumer_main, args))
        marker = cfg.policy == "stop_at_one"
        for index in range(cfg.producers):
            args = (
                self.queue, self._results, self._arrays, index, cfg.quota(index),
                cfg.produce_ms / 1000, marker,
            )
            self.producers.append(self._spawn(f"queue-producer-{index}", producer_main, args))

    def _spawn(self, name: str, target: Callable[..., None], args: tuple[Any, ...]) -> Any:
        process = self._ctx.Process(target=target, args=args, name=name, daemon=True)
        process.start()
        return process

    def depth(self) -> int:
        """Items put and not yet taken (Linux: ``qsize`` reads the queue's semaphore)."""
        try:
            return int(self.queue.qsize())
        except NotImplementedError:
            return 0

    def _expecting(self) -> bool:
        return len(self.produced) + len(self.taken) < self.config.workers

    def wait(self, workers: list[Any], timeout: float) -> None:
        """Read a child's report if one is due, else wait for a live worker to exit."""
        live = [w for w in workers if w.is_alive()]
        if not live:
            return
        if self._expecting():
            try:
                self._store(self._results.get(timeout=timeout))
            except queue.Empty:
                pass
            return
        live[0].join(timeout)

    def _store(self, report: tuple[str, int, Any]) -> None:
        role, index, payload = report
        if role == "producer":
            self.produced[index] = payload
        else:
            self.taken[index] = payload

    def collect(self) -> None:
        """Read the reports still in flight from children that already exited."""
        while self._expecting():
            try:
                self._store(self._results.get(timeout=0.5))
            except queue.Empty:
                return

    def drain(self) -> list[object]:
        """Take what is in the queue now, giving the pipe a moment to deliver."""
        left: list[object] = []
        while self.depth() > 0:
            try:
                left.append(self.queue.get(timeout=0.2))
            except queue.Empty:
                break
        return left

    def kill_stragglers(self) -> int:
        """Terminate children that outlived the grace period; return how many."""
        killed = 0
        for process in [*self.producers, *self.consumers]:
            if process.is_alive():
                process.terminate()
                killed += 1
            process.join()
        return killed

    def close(self) -> None:
        """Release the queues' pipes and feeder threads."""
        for q in (self.queue, self._results):
            q.close()
            q.join_thread()
