"""What a queue-lab run is asked to do and what it reports: plain, Qt-free data.

The GUI turns these numbers into translated text; nothing here is user-visible prose.
"""

from __future__ import annotations

import itertools
import operator
import sys
from dataclasses import dataclass, field
from typing import Literal

Backend = Literal["thread", "process"]
Policy = Literal["sentinel", "stop_at_one", "shutdown"]

BACKENDS: tuple[Backend, ...] = ("thread", "process")
POLICIES: tuple[Policy, ...] = ("sentinel", "stop_at_one", "shutdown")
MAX_WORKERS = 16

HAS_QUEUE_SHUTDOWN = sys.version_info >= (3, 13)
"""``queue.Queue.shutdown()`` arrived in Python 3.13; ``multiprocessing.Queue`` has none."""


def policy_unavailable(policy: Policy, backend: Backend) -> str | None:
    """Why ``policy`` cannot run on ``backend`` here (a reason code), or None if it can."""
    if policy != "shutdown":
        return None
    if not HAS_QUEUE_SHUTDOWN:
        return "needs_python_3_13"
    if backend != "thread":
        return "no_shutdown_on_mp_queue"
    return None


@dataclass(frozen=True)
class QueueConfig:
    """One run of the lab. ``items=None`` runs until stopped; ``capacity=0`` is unbounded."""

    producers: int = 2
    consumers: int = 2
    capacity: int = 10
    backend: Backend = "thread"
    produce_ms: float = 40.0
    consume_ms: float = 60.0
    items: int | None = 100
    policy: Policy = "sentinel"
    hang_timeout_s: float = 2.0
    service: bool = False
    """A run with no producers of its own that executes callables submitted by the GUI."""

    def __post_init__(self) -> None:
        low = 0 if self.service else 1
        if not low <= self.producers <= MAX_WORKERS or not 1 <= self.consumers <= MAX_WORKERS:
            raise ValueError("producers and consumers must be within 1-16")
        if self.capacity < 0 or (self.items is not None and self.items < 0):
            raise ValueError("capacity and items must not be negative")
        if self.backend not in BACKENDS or self.policy not in POLICIES:
            raise ValueError(f"unknown backend or policy: {self.backend}, {self.policy}")
        if (reason := policy_unavailable(self.policy, self.backend)) is not None:
            raise ValueError(f"policy {self.policy!r} unavailable: {reason}")
        if self.service and self.backend != "thread":
            raise ValueError("callables run only on the thread backend")

    def watchdog_s(self) -> float | None:
        """How long nothing may move before the seed's policy is declared stuck.

        Only ``stop_at_one`` can hang by design; slow items stretch the limit so a long
        consume time is not mistaken for a hang.
        """
        if self.policy != "stop_at_one":
            return None
        return max(self.hang_timeout_s, 3 * (self.produce_ms + self.consume_ms) / 1000)

    @property
    def workers(self) -> int:
        """Producers and consumers together: producers take slots 0..P-1."""
        return self.producers + self.consumers

    def quota(self, producer: int) -> int | None:
        """How many items ``producer`` makes: the total shared out as evenly as possible."""
        if self.items is None:
            return None
        share, extra = divmod(self.items, self.producers)
        return share + (producer < extra)


@dataclass(frozen=True)
class Tally:
    """The exactly-once check of one run, from every id each worker reported."""

    produced: int
    consumed: int
    discarded: int
    duplicates: int
    lost: int
    unexpected: int

    @property
    def exactly_once(self) -> bool:
        """Every produced item came out exactly once, consumed or discarded."""
        return self.duplicates == 0 and self.lost == 0 and self.unexpected == 0


def tally(produced: list[int], consumed: list[int], discarded: list[int]) -> Tally:
    """Check ``produced = consumed + discarded`` id by id: loss, duplicates, strangers.

    The usual case, all good, is proved with two sorts and one list comparison: each a
    few ms for 200k ids, where building sets of them would hold the GIL (and freeze the
    GUI) for ~35 ms. Only a mismatch pays for the sets that say what went wrong.
    """
    made_sorted = sorted(produced)
    if made_sorted == sorted(itertools.chain(consumed, discarded)) and not any(
        map(operator.eq, made_sorted, itertools.islice(made_sorted, 1, None))
    ):
        return Tally(len(produced), len(consumed), len(discarded), 0, 0, 0)
    taken = consumed + discarded
    unique = set(taken)
    made = set(produced)
    return Tally(
        produced=len(produced),
        consumed=len(consumed),
        discarded=len(discarded),
        duplicates=len(taken) - len(unique) + len(produced) - len(made),
        lost=len(made - unique),
        unexpected=len(unique - made),
    )


@dataclass(frozen=True)
class Summary:
    """How a run ended: the tally, the wall time, and what the shutdown policy did."""

    config: QueueConfig
    tally: Tally
    wall_s: float
    stopped: bool = False
    drained: bool = True
    aborted: bool = False
    stranded: int = 0
    """Items still in the queue when the run had to be cut short (counted as discarded)."""
    stopped_by_marker: int = 0
    hung: int = 0
    """Workers that waited with no progress past the hang timeout and were released."""
    killed: int = 0
    """Child processes that had to be terminated (their ids count as lost)."""
    errors: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        """Exactly once, and nobody had to be killed."""
        return self.tally.exactly_once and self.killed == 0
