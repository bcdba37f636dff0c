"""The crawler and the queue lab draw in the shared timeline, and the trace carries them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import pairwise

import pytest
from i18n_check import OPEN, pseudo_translation
from timeline_trace_check import validate_chrome_trace

from app.widgets.crawler_panel import CrawlerPanel
from app.widgets.queue_panel import QueuePanel
from app.widgets.timeline_panel import TimelinePanel
from app.workers.crawl_controller import CrawlController
from app.workers.crawl_plan import CrawlResult
from app.workers.crawl_presets import pages
from app.workers.crawler import CrawlSummary
from app.workers.local_site import LocalSite
from app.workers.queue_controller import QueueController
from app.workers.queue_model import QueueConfig, Summary
from app.workers.timeline import Span, TimelineRecorder
from app.workers.timeline_feed import QUEUE_LAB_COUNTER, QueueTimelineFeed, queue_lane

RUN_MS = 30_000


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with LocalSite() as running:
        yield running


@pytest.fixture
def recorder() -> TimelineRecorder:
    return TimelineRecorder()


@pytest.fixture
def crawler(recorder: TimelineRecorder) -> Iterator[CrawlController]:
    controller = CrawlController(recorder=recorder)
    yield controller
    controller.shutdown()
    controller.deleteLater()


@pytest.fixture
def queue(recorder: TimelineRecorder) -> Iterator[tuple[QueueController, QueueTimelineFeed]]:
    controller = QueueController()
    feed = QueueTimelineFeed(recorder, controller)
    yield controller, feed
    controller.shutdown()
    feed.detach()
    feed.deleteLater()
    controller.deleteLater()


def in_lanes(recorder: TimelineRecorder, prefix: str) -> list[Span]:
    return [s for s in recorder.snapshot().spans if s.lane.startswith(prefix)]


def crawl(qtbot, controller: CrawlController, lines: list[str], kind: str = "dummy",
          pool: int = 3) -> tuple[CrawlSummary, list[CrawlResult]]:
    rows: list[CrawlResult] = []
    controller.resultsReady.connect(rows.extend)
    with qtbot.waitSignal(controller.finished, timeout=RUN_MS) as blocker:
        assert controller.start(lines, kind, pool)
    controller.resultsReady.disconnect(rows.extend)
    return blocker.args[0], rows


@pytest.mark.parametrize("kind", ["dummy", "executor", "sequential"])
def test_each_fetch_is_a_span_in_its_worker_threads_lane(qtbot, site, recorder, crawler, kind):
    good = pages(site, 5, 0.02)
    lines = [*good, site.url("/status/404"), "not a url"]
    summary, rows = crawl(qtbot, crawler, lines, kind)
    assert summary.fetched == 6
    spans = {s.name: s for s in in_lanes(recorder, "crawler · ")}
    assert len(spans) == 6  # the line rejected before any fetch is not drawn
    for row in rows:
        if row.worker:
            span = spans[row.url]
            assert span.lane == f"crawler · {row.worker}"
            assert span.end is not None
            assert span.end - span.start == pytest.approx(row.elapsed_s, abs=1e-3)
    for url in good:
        assert spans[url].state == "done"
        assert spans[url].args["status"] == 200 and spans[url].args["bytes"] > 0
    failed = spans[site.url("/status/404")]
    assert failed.state == "failed" and failed.args["status"] == 404
    assert failed.args["error"] == "http"


def test_a_fetch_cut_short_by_shutdown_is_cancelled(qtbot, site, recorder, crawler):
    drip = site.url("/drip", size=40, duration=30)
    in_flight: list[int] = []
    crawler.progressed.connect(lambda _done, _total, flying: in_flight.append(flying))
    assert crawler.start([drip], "executor", 2)
    qtbot.waitUntil(lambda: bool(in_flight) and in_flight[-1] == 1, timeout=10_000)
    crawler.shutdown()
    (span,) = in_lanes(recorder, "crawler · ")
    assert span.name == drip and span.state == "cancelled"
    assert span.args["error"].startswith("cancelled")


def test_without_a_recorder_a_crawl_draws_nothing(qtbot, site):
    controller = CrawlController()
    try:
        summary, _ = crawl(qtbot, controller, pages(site, 3, 0.0))
        assert summary.ok == 3 and controller.recorder is None
    finally:
        controller.shutdown()
        controller.deleteLater()


def run_until(qtbot, recorder: TimelineRecorder, controller: QueueController,
              config: QueueConfig, seen: set[tuple[str, str]]) -> Summary:
    """Run until each ``(lane, span name)`` in ``seen`` was drawn, then stop and drain."""

    def drawn() -> None:
        assert seen <= {(s.lane, s.name) for s in in_lanes(recorder, "queue · ")}

    assert controller.start(config)
    qtbot.waitUntil(drawn, timeout=10_000)
    with qtbot.waitSignal(controller.finished, timeout=RUN_MS) as blocker:
        controller.stop(drain=True)
    summary: Summary = blocker.args[0]
    return summary


def test_a_producer_blocked_on_a_full_queue_and_a_busy_consumer(qtbot, recorder, queue):
    controller, _ = queue
    config = QueueConfig(producers=1, consumers=1, capacity=1, produce_ms=0, consume_ms=25,
                         items=None)
    assert queue_lane(config, 0) == "queue · producer 1"
    assert queue_lane(config, 1) == "queue · consumer 1"
    summary = run_until(qtbot, recorder, controller, config,
                        {("queue · producer 1", "blocked"), ("queue · consumer 1", "consuming")})
    assert summary.ok
    producer = in_lanes(recorder, "queue · producer 1")
    consumer = in_lanes(recorder, "queue · consumer 1")
    assert ("blocked", "blocked") in {(s.name, s.state) for s in producer}
    assert ("consuming", "done") in {(s.name, s.state) for s in consumer}
    assert not recorder.has_open_spans()  # every state span ended with the run
    for lane in (producer, consumer):  # one after another: a lane's spans never overlap
        ordered = sorted(lane, key=lambda s: s.start)
        assert all(a.end is not None and a.end <= b.start
                   for a, b in pairwise(ordered))
    depths = [v for _, v in recorder.snapshot().counters[QUEUE_LAB_COUNTER]]
    assert depths and max(depths) <= 1


def test_a_consumer_waiting_on_an_empty_queue(qtbot, recorder, queue):
    controller, _ = queue
    config = QueueConfig(producers=1, consumers=1, capacity=0, produce_ms=30, consume_ms=0,
                         items=None)
    run_until(qtbot, recorder, controller, config, {("queue · consumer 1", "waiting")})
    waiting = [s for s in in_lanes(recorder, "queue · consumer 1") if s.name == "waiting"]
    assert waiting and all(s.state == "waiting" and s.end is not None for s in waiting)


def test_a_worker_state_is_drawn_live_and_ended_on_shutdown(qtbot, recorder, queue):
    controller, feed = queue
    config = QueueConfig(producers=1, consumers=1, capacity=2, produce_ms=0, consume_ms=500,
                         items=None)
    assert controller.start(config)

    def blocked_now() -> None:
        lane = in_lanes(recorder, "queue · producer 1")
        assert any(s.end is None and s.state == "blocked" for s in lane)

    qtbot.waitUntil(blocked_now, timeout=10_000)
    controller.shutdown()  # emits no finished: the panel's shutdown detaches the feed
    feed.detach()
    assert not recorder.has_open_spans()


def test_the_panels_feed_one_timeline_and_its_trace(qtbot, site, tmp_path):
    timeline = TimelinePanel()
    qtbot.addWidget(timeline)
    recorder = timeline.recorder
    queue_panel = QueuePanel(recorder=recorder)
    qtbot.addWidget(queue_panel)
    crawler_panel = CrawlerPanel(site=lambda: site, recorder=recorder)
    qtbot.addWidget(crawler_panel)
    assert crawler_panel.controller.recorder is recorder

    queue_panel.until_stopped.setChecked(True)
    queue_panel.producers.setValue(1)
    queue_panel.consumers.setValue(1)
    queue_panel.consume_ms.setValue(20)
    queue_panel.start_button.click()
    qtbot.waitUntil(lambda: {s.lane for s in in_lanes(recorder, "queue · ")}
                    == {"queue · producer 1", "queue · consumer 1"}, timeout=10_000)
    with qtbot.waitSignal(queue_panel.controller.finished, timeout=RUN_MS):
        queue_panel.stop_button.click()
    crawler_panel.urls.setPlainText("\n".join(pages(site, 4, 0.02)))
    with qtbot.waitSignal(crawler_panel.controller.finished, timeout=RUN_MS):
        crawler_panel.start_button.click()

    path = timeline.export_trace(str(tmp_path / "trace.json"))
    assert path is not None
    trace = json.loads((tmp_path / "trace.json").read_text(encoding="utf-8"))
    assert validate_chrome_trace(trace) == []
    events = trace["traceEvents"]
    assert any(e["ph"] == "C" and e["name"] == QUEUE_LAB_COUNTER for e in events)
    threads = {e["args"]["name"] for e in events if e["name"] == "thread_name"}
    assert {"queue · producer 1", "queue · consumer 1"} <= threads
    assert any(name.startswith("crawler · dummy-") for name in threads)

    assert timeline.view.refresh()
    labels = dict(zip(timeline.view.lanes(), timeline.view.lane_labels(), strict=True))
    assert labels["queue · producer 1"] == "Producer/consumer · producer 1"
    crawler_lane = next(lane for lane in labels if lane.startswith("crawler · "))
    assert labels[crawler_lane].startswith("Thread-pool crawler · dummy-")
    fetch = next(s for s in in_lanes(recorder, "crawler · "))
    tooltip = timeline.view.describe(fetch)
    assert "Status: 200" in tooltip and f"Bytes: {fetch.args['bytes']}" in tooltip
    assert fetch.name.replace("&", "&amp;") in tooltip  # the URL, as HTML text
    with pseudo_translation():
        labels = dict(zip(timeline.view.lanes(), timeline.view.lane_labels(), strict=True))
        assert labels["queue · producer 1"].count(OPEN) == 2  # the lab and the role
        assert labels[crawler_lane].startswith(OPEN)
        assert labels[crawler_lane].endswith("· " + crawler_lane.removeprefix("crawler · "))
        blocked = Span("queue · producer 1", "blocked", 1.0, 2.0, "blocked")
        assert timeline.view.describe(blocked).startswith(f"<b>{OPEN}blocked: queue full")

    queue_panel.shutdown()
    assert queue_panel.timeline_feed is None
    crawler_panel.shutdown()
    timeline.shutdown()


def test_the_window_hands_its_recorder_to_the_labs(qtbot):
    from app.widgets.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.labs_ready, timeout=30_000)
    queue_panel = window.findChild(QueuePanel)
    crawler_panel = window.findChild(CrawlerPanel)
    assert queue_panel.timeline_feed is not None
    assert queue_panel.timeline_feed.recorder is window.recorder
    assert crawler_panel.controller.recorder is window.recorder
