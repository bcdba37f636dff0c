"""The producer and consumer loops of the queue lab, for threads and spawned children alike.

Qt-free and stdlib-only on purpose: a ``spawn`` child imports this module to find its
entry point. Workers never talk to the GUI: they write their counts and states into a
:class:`Board` (plain lists for threads, shared memory for processes) that the GUI reads
at frame rate, so a million items cost a million integer stores, not a million signals.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, MutableSequence
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

# Worker states, as small ints so a process can publish them in shared memory.
IDLE, PRODUCING, BLOCKED, CONSUMING, WAITING, DONE = range(6)

# Flag slots. ``abort`` sets all three, ``stop`` with discard sets the first two.
STOP, DISCARD, ABORT = range(3)

SENTINEL = None
"""One per consumer, put after every item: 'no more work, exit'."""

MARKER = 1
"""The seed's end value: a consumer stops when it sees 1. Real item ids are never 1."""

POLL_S = 0.05
"""How often a blocked worker looks up from ``put``/``get`` to see whether to give up."""

SHUTDOWN_ERRORS: tuple[type[BaseException], ...] = (
    (queue.ShutDown,) if hasattr(queue, "ShutDown") else ()  # type: ignore[attr-defined]
)


def item_id(producer: int, seq: int) -> int:
    """The unique id of the ``seq``-th item of ``producer``: never 1, never a call's id."""
    return ((producer + 1) << 32) | seq


@dataclass
class Board:
    """Where workers publish progress: ``flags`` in, ``counts``/``discards``/``states`` out.

    Each worker writes only its own slot, so no lock is needed; readers tolerate a value
    one item stale.
    """

    flags: MutableSequence[int]
    counts: MutableSequence[int]
    discards: MutableSequence[int]
    states: MutableSequence[int]

    @classmethod
    def local(cls, workers: int) -> Board:
        """A board of plain lists, for workers that are threads of this process."""
        return cls([0, 0, 0], [0] * workers, [0] * workers, [IDLE] * workers)


@dataclass(frozen=True)
class Call:
    """A callable submitted from the GUI, run by a consumer thread (the queue as a mode)."""

    id: int
    fn: Callable[[], object]


@dataclass
class ConsumerResult:
    """What one consumer took: processed ids, discarded ids, and how it ended."""

    consumed: list[int] = field(default_factory=list)
    discarded: list[int] = field(default_factory=list)
    saw_marker: bool = False
    aborted: bool = False


def _noop(_: int) -> None:
    """Default hook for calls taken or dropped when nobody listens."""


def put_item(
    q: Any, item: object, board: Board, index: int | None, give_up: int = STOP
) -> bool:
    """Put ``item``, showing BLOCKED while the queue is full; False if ``give_up`` was raised.

    ``index`` is the putting worker's slot on the board, None for the engine itself.

    A plain ``q.put(item)`` would block forever on a full queue nobody drains; waiting in
    short slices keeps every worker stoppable.
    """
    try:
        q.put_nowait(item)
        return True
    except queue.Full:
        pass
    if index is not None:
        board.states[index] = BLOCKED
    while not board.flags[give_up]:
        try:
            q.put(item, timeout=POLL_S)
        except queue.Full:
            continue
        if index is not None:
            board.states[index] = PRODUCING
        return True
    return False


def produce(q: Any, board: Board, index: int, quota: int | None, produce_s: float) -> list[int]:
    """Put up to ``quota`` items (forever if None) until stopped; return the ids put.

    An item counts as produced once it is in the queue: a producer stopped while blocked
    on a full queue keeps the item it held, so nothing is counted that nobody can take.
    """
    flags, counts, states = board.flags, board.counts, board.states
    put, append, full = q.put, (ids := []).append, queue.Full
    base = item_id(index, 0)
    limit = -1 if quota is None else quota
    seq = 0
    states[index] = PRODUCING
    while seq != limit and not flags[STOP]:
        if produce_s:
            time.sleep(produce_s)  # sleep-ok: the workload, "making" one item
        item = base | seq
        try:
            put(item, False)  # the hot path, inlined: it is what P7 measures
        except full:
            if not put_item(q, item, board, index):
                break
        append(item)
        seq += 1
        counts[index] = seq
    return ids


def finish_producer(q: Any, board: Board, index: int, marker: bool) -> None:
    """End as the seed's producer does when ``marker``: by putting the value 1."""
    if marker:
        put_item(q, MARKER, board, index, give_up=ABORT)
    board.states[index] = DONE


def purge_unsent(q: Any) -> list[int]:
    """Take back the items this process put that its feeder thread has not sent yet.

    ``multiprocessing.Queue.put`` only appends to a buffer in the putting process; a
    child cannot exit before that buffer is flushed into the pipe. After a discard, a
    fast producer on an unbounded queue may hold millions of items: it purges them and
    reports their ids as discarded, instead of pushing them through the pipe one by one.
    Relies on the private ``_buffer``/``_notempty``/``_sem`` of CPython's queue
    (3.8-3.13); without them nothing is purged and the items go the slow way.
    """
    buffer = getattr(q, "_buffer", None)
    lock, sem = getattr(q, "_notempty", None), getattr(q, "_sem", None)
    if buffer is None or lock is None or sem is None:
        return []
    with lock:
        held = list(buffer)
        buffer.clear()
        buffer.extend(obj for obj in held if obj.__class__ is not int or obj == MARKER)
    purged = [obj for obj in held if obj.__class__ is int and obj != MARKER]
    for _ in purged:
        sem.release()  # each put took a slot of a bounded queue; give it back
    return purged


def _wait_get(q: Any, board: Board) -> tuple[bool, object]:
    """Block on an empty queue in short slices; (False, None) once the run is aborted."""
    while not board.flags[ABORT]:
        try:
            return True, q.get(timeout=POLL_S)
        except queue.Empty:
            continue
    return False, None


def consume(
    q: Any,
    board: Board,
    index: int,
    consume_s: float,
    on_taken: Callable[[int], None] = _noop,
    on_dropped: Callable[[int], None] = _noop,
) -> ConsumerResult:
    """Take items until a sentinel, the seed's marker, a shut-down queue or an abort.

    After a stop with discard, items still come out of the queue (so blocked producers
    wake and sentinels arrive) but are counted as discarded, not processed.
    """
    flags, counts, discards, states = board.flags, board.counts, board.discards, board.states
    result = ConsumerResult()
    consumed, discarded = result.consumed, result.discarded
    get, append, empty = q.get, consumed.append, queue.Empty
    n = 0
    states[index] = CONSUMING
    try:
        while True:
            try:
                item = get(False)
            except empty:
                states[index] = WAITING
                got, item = _wait_get(q, board)
                if not got:
                    result.aborted = True
                    break
                states[index] = CONSUMING
            if item is SENTINEL:
                break
            if item.__class__ is int:
                if item == MARKER:
                    result.saw_marker = True
                    break
                if flags[DISCARD]:
                    discarded.append(item)
                    discards[index] = len(discarded)
                    if flags[ABORT]:
                        result.aborted = True
                        break
                    continue
                if consume_s:
                    time.sleep(consume_s)  # sleep-ok: the workload, "using" one item
                append(item)
                n += 1
                counts[index] = n
            else:
                _run_call(item, flags, result, on_taken, on_dropped)
                n = len(consumed)
                counts[index] = n
                discards[index] = len(discarded)
    except SHUTDOWN_ERRORS:
        pass
    states[index] = DONE
    return result


def _run_call(
    call: Call,
    flags: MutableSequence[int],
    result: ConsumerResult,
    on_taken: Callable[[int], None],
    on_dropped: Callable[[int], None],
) -> None:
    """Run a submitted callable, or drop it after a stop with discard."""
    if flags[DISCARD]:
        result.discarded.append(call.id)
        on_dropped(call.id)
        return
    on_taken(call.id)
    try:
        call.fn()
    except Exception:
        log.exception("A queued call raised")
    result.consumed.append(call.id)


def producer_main(
    q: Any, results: Any, arrays: tuple[Any, ...], index: int, quota: int | None,
    produce_s: float, marker: bool,
) -> None:
    """Entry point of a producer process: produce, then send the ids put to the parent."""
    threading.current_thread().name = f"queue-producer-{index}"
    board = Board(*arrays)
    ids = produce(q, board, index, quota, produce_s)
    purged = purge_unsent(q) if board.flags[DISCARD] else []
    finish_producer(q, board, index, marker)
    results.put(("producer", index, (ids, purged)))


def consumer_main(
    q: Any, results: Any, arrays: tuple[Any, ...], index: int, consume_s: float
) -> None:
    """Entry point of a consumer process: consume, then send what it took to the parent."""
    threading.current_thread().name = f"queue-consumer-{index}"
    results.put(("consumer", index, consume(q, Board(*arrays), index, consume_s)))
