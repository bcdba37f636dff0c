"""The queue lab's engine: exactly once, no deadlock, whatever the settings and stop moment."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.workers.queue_lab import QueueEngine
from app.workers.queue_model import QueueConfig, Summary, policy_unavailable, tally
from app.workers.queue_roles import BLOCKED

JOIN_S = 30.0


def queue_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("queue-")]


def start(config: QueueConfig) -> tuple[QueueEngine, threading.Thread]:
    engine = QueueEngine(config)
    thread = threading.Thread(target=engine.run, name="queue-test-run")
    thread.start()
    return engine, thread


def finish(engine: QueueEngine, thread: threading.Thread) -> Summary:
    thread.join(JOIN_S)
    assert not thread.is_alive(), "the run deadlocked"
    assert engine.summary is not None
    assert not queue_threads()
    assert not multiprocessing.active_children()
    return engine.summary


def taken(engine: QueueEngine) -> int:
    live = engine.live()
    return sum(live.counts[engine.config.producers :]) + sum(live.discards)


def assert_exactly_once(summary: Summary) -> None:
    t = summary.tally
    assert (t.duplicates, t.lost, t.unexpected) == (0, 0, 0), summary
    assert t.produced == t.consumed + t.discarded
    assert summary.ok


configs = st.builds(
    QueueConfig,
    producers=st.integers(1, 4),
    consumers=st.integers(1, 4),
    capacity=st.integers(0, 4),
    produce_ms=st.sampled_from([0, 0, 1, 3]),
    consume_ms=st.sampled_from([0, 0, 1, 3]),
    items=st.one_of(st.none(), st.integers(0, 80)),
)
stops = st.tuples(st.integers(0, 60), st.booleans())


def run_and_stop(qtbot, config: QueueConfig, stop_after: int, drain: bool) -> Summary:
    # Draining an unbounded flood takes as long as the flood is big: discard there.
    drain = drain and (config.capacity > 0 or config.items is not None)
    engine, thread = start(config)
    qtbot.waitUntil(lambda: not thread.is_alive() or taken(engine) >= stop_after, timeout=20_000)
    engine.stop(drain=drain)
    summary = finish(engine, thread)
    if drain and config.items is not None:
        assert summary.tally.discarded == 0
    return summary


QTBOT_OK = [HealthCheck.function_scoped_fixture]  # qtbot only waits; nothing carries over


@settings(max_examples=30, deadline=None, suppress_health_check=QTBOT_OK)
@given(config=configs, stop=stops)
def test_threads_exactly_once_at_any_stop(
    qtbot, config: QueueConfig, stop: tuple[int, bool]
) -> None:
    assert_exactly_once(run_and_stop(qtbot, config, *stop))


@pytest.mark.slow
@settings(max_examples=8, deadline=None, suppress_health_check=QTBOT_OK)
@given(
    config=configs.map(
        lambda c: QueueConfig(
            producers=min(c.producers, 2), consumers=min(c.consumers, 2), capacity=c.capacity,
            backend="process", produce_ms=c.produce_ms, consume_ms=c.consume_ms,
            items=c.items,
        )
    ),
    stop=stops,
)
def test_processes_exactly_once_at_any_stop(
    qtbot, config: QueueConfig, stop: tuple[int, bool]
) -> None:
    assert_exactly_once(run_and_stop(qtbot, config, *stop))


@pytest.mark.parametrize("backend", ["thread", "process"])
@pytest.mark.parametrize("drain", [True, False])
def test_stop_while_a_bounded_queue_is_full(qtbot, backend: str, drain: bool) -> None:
    config = QueueConfig(
        producers=3, consumers=1, capacity=2, backend=backend, produce_ms=0, consume_ms=20,
        items=None,
    )
    engine, thread = start(config)

    def full_and_blocked() -> None:
        live = engine.live()
        assert live.depth == config.capacity
        assert BLOCKED in live.states[: config.producers]

    qtbot.waitUntil(full_and_blocked, timeout=20_000)
    engine.stop(drain=drain)
    summary = finish(engine, thread)
    assert_exactly_once(summary)
    assert summary.tally.produced > 0
    assert (summary.tally.discarded > 0) is not drain


def test_abort_on_an_unbounded_process_queue_purges_the_backlog(qtbot) -> None:
    config = QueueConfig(
        producers=2, consumers=1, capacity=0, backend="process", produce_ms=0, consume_ms=5,
        items=None,
    )
    engine, thread = start(config)
    qtbot.waitUntil(lambda: engine.live().depth > 1000, timeout=20_000)
    engine.abort()
    summary = finish(engine, thread)
    assert_exactly_once(summary)
    assert summary.tally.discarded > 0


@pytest.mark.parametrize("backend", ["thread", "process"])
def test_stop_at_one_with_several_consumers_times_out_reports_and_cleans_up(backend: str) -> None:
    config = QueueConfig(
        producers=1, consumers=3, capacity=0, backend=backend, produce_ms=0, consume_ms=0,
        items=20, policy="stop_at_one", hang_timeout_s=0.3,
    )
    engine, thread = start(config)
    summary = finish(engine, thread)
    assert summary.stopped_by_marker == 1
    assert summary.hung == 2
    assert_exactly_once(summary)


def test_stop_at_one_with_more_producers_strands_items() -> None:
    config = QueueConfig(
        producers=3, consumers=1, capacity=2, produce_ms=0, consume_ms=1, items=60,
        policy="stop_at_one", hang_timeout_s=0.3,
    )
    engine, thread = start(config)
    summary = finish(engine, thread)
    assert summary.stopped_by_marker == 1
    assert summary.hung >= 1
    assert summary.stranded == summary.tally.discarded > 0
    assert_exactly_once(summary)


def test_stop_at_one_is_fine_for_the_seeds_one_and_one() -> None:
    config = QueueConfig(
        producers=1, consumers=1, capacity=0, produce_ms=0, consume_ms=0, items=10,
        policy="stop_at_one",
    )
    engine, thread = start(config)
    summary = finish(engine, thread)
    assert (summary.hung, summary.tally.consumed) == (0, 10)


def test_the_ledger_sees_loss_duplicates_and_strangers() -> None:
    t = tally(produced=[5, 6, 7], consumed=[5, 5], discarded=[9])
    assert (t.duplicates, t.lost, t.unexpected) == (1, 2, 1)
    assert not t.exactly_once


def test_queue_shutdown_is_offered_only_where_it_exists() -> None:
    reason = policy_unavailable("shutdown", "thread")
    assert (reason is None) is (sys.version_info >= (3, 13))
    assert policy_unavailable("shutdown", "process") is not None
    assert policy_unavailable("sentinel", "process") is None
    if reason is not None:
        with pytest.raises(ValueError, match="unavailable"):
            QueueConfig(policy="shutdown")


def test_callables_run_on_consumer_threads_in_a_service_run() -> None:
    taken_ids: list[int] = []
    ran: list[str] = []
    engine = QueueEngine(
        QueueConfig(producers=0, consumers=2, capacity=0, items=None, service=True,
                    produce_ms=0, consume_ms=0),
        on_taken=taken_ids.append,
    )
    ids = [engine.submit(lambda: ran.append(threading.current_thread().name)) for _ in range(5)]
    thread = threading.Thread(target=engine.run, name="queue-test-run")
    thread.start()
    engine.stop(drain=True)
    summary = finish(engine, thread)
    assert sorted(taken_ids) == sorted(ids)
    assert len(ran) == 5 and all(name.startswith("queue-consumer") for name in ran)
    assert_exactly_once(summary)


def test_engine_modules_import_no_qt() -> None:
    code = (
        "import sys\n"
        "import app.workers.queue_lab, app.workers.queue_roles, app.workers.queue_code\n"
        "assert 'PySide6' not in sys.modules, 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
