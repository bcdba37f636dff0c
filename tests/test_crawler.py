"""The crawler engine against the embedded site: every bad input, pools, cancel, 10,000 URLs."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.workers.crawl_plan import ErrorKind, check_url, plan_crawl
from app.workers.crawl_presets import bad_input, closed_port, pages
from app.workers.crawler import Crawl, CrawlResult, FetchLimits, run_crawl
from app.workers.local_site import LocalSite


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with LocalSite() as running:
        yield running


def by_row(rows: list[CrawlResult]) -> dict[int, CrawlResult]:
    return {r.row: r for r in rows}


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("", ErrorKind.EMPTY),
        ("   \t ", ErrorKind.EMPTY),
        ("not a url", ErrorKind.MALFORMED),
        ("example.com/page", ErrorKind.MALFORMED),
        ("http://", ErrorKind.MALFORMED),
        ("http:///path-only", ErrorKind.MALFORMED),
        ("http://127.0.0.1:99999/", ErrorKind.MALFORMED),
        ("http://[::1/", ErrorKind.MALFORMED),
        ("http://exa\x00mple.com/", ErrorKind.MALFORMED),
        ("file:///etc/passwd", ErrorKind.SCHEME),
        ("ftp://ftp.example.com/x", ErrorKind.SCHEME),
        ("javascript:alert(1)", ErrorKind.SCHEME),
        ("JavaScript:alert(1)", ErrorKind.SCHEME),
    ],
)
def test_bad_lines_are_rejected_before_fetching(line: str, kind: ErrorKind):
    url, error, _ = check_url(line)
    assert url is None
    assert error is kind


def test_good_lines_are_normalised():
    assert check_url("  http://Example.COM/a b  ")[1] is ErrorKind.MALFORMED
    url, error, _ = check_url("  HTTP://Example.COM:8080/a?b=1  ")
    assert error is None
    assert url == "http://example.com:8080/a?b=1"


@given(st.text(max_size=200))
def test_check_url_never_raises(text: str):
    url, error, _ = check_url(text)
    assert (url is None) != (error is None)


def test_duplicates_are_fetched_once():
    plan = plan_crawl(["http://a.test/x", "http://A.test/x", " http://a.test/x ", "http://b.test/"])
    assert [f.row for f in plan.fetches] == [0, 3]
    assert [(r.row, r.error, r.detail) for r in plan.rejected] == [
        (1, ErrorKind.DUPLICATE, "1"),
        (2, ErrorKind.DUPLICATE, "1"),
    ]


@pytest.mark.parametrize("kind", ["dummy", "executor", "sequential"])
def test_every_bad_input_gets_its_own_row_and_the_rest_carries_on(site: LocalSite, kind: str):
    lines = bad_input(site)
    limits = FetchLimits(max_bytes=1_000_000)
    summary, rows = run_crawl(lines, kind, 4, limits)
    assert sorted(r.row for r in rows) == list(range(len(lines)))
    errors = {lines[r.row]: r.error for r in rows}
    assert errors[""] is ErrorKind.EMPTY
    assert errors["    "] is ErrorKind.EMPTY
    assert errors["not a url"] is ErrorKind.MALFORMED
    assert errors["file:///etc/passwd"] is ErrorKind.SCHEME
    assert errors["ftp://ftp.example.com/file.txt"] is ErrorKind.SCHEME
    assert errors["javascript:alert(1)"] is ErrorKind.SCHEME
    assert errors["http://no-such-host.invalid/"] is ErrorKind.DNS
    unreachable = next(line for line in lines if "nothing-listens-here" in line)
    assert errors[unreachable] is ErrorKind.REFUSED
    large = [r for r in rows if "/large" in lines[r.row]]
    assert [r.error for r in large] == [ErrorKind.TOO_LARGE, ErrorKind.TOO_LARGE]
    assert all(r.nbytes <= limits.max_bytes for r in large)
    assert errors[site.url("/status/404")] is ErrorKind.HTTP
    assert errors[site.url("/status/500")] is ErrorKind.HTTP
    assert errors[site.url("/redirect", to="/page?size=300")] is None
    assert errors[site.url("/drip", size=2000, duration=1.5)] is None
    good = [r for r in rows if "/page?" in lines[r.row] and r.error is None]
    assert len(good) == 4
    assert summary.duplicates == 1
    assert summary.ok == 6
    assert summary.rows == len(lines)
    assert summary.peak_concurrency <= summary.pool_size


def test_size_cap_holds_without_content_length(site: LocalSite):
    limits = FetchLimits(max_bytes=100_000)
    _, [row] = run_crawl([site.url("/large", size=5_000_000, declare=0)], "sequential", 1, limits)
    assert row.error is ErrorKind.TOO_LARGE
    assert row.nbytes <= limits.max_bytes + 64 * 1024


def test_read_timeout_and_total_time_limit(site: LocalSite):
    limits = FetchLimits(read_timeout_s=0.2, total_timeout_s=0.5)
    lines = [site.url("/page", delay=2), site.url("/drip", size=20, duration=3)]
    _, rows = run_crawl(lines, "executor", 2, limits)
    found = by_row(rows)
    assert found[0].error is ErrorKind.READ_TIMEOUT
    assert found[1].error is ErrorKind.TOO_SLOW


def test_pool_runs_in_waves_with_one_session_per_thread(site: LocalSite):
    summary, rows = run_crawl(pages(site, 12, 0.1), "dummy", 4)
    assert summary.ok == 12
    assert summary.peak_concurrency == 4
    assert {r.worker for r in rows} <= {f"dummy-{n}" for n in range(1, 5)}
    assert summary.waves == 3
    assert summary.ideal_s > 0


def test_cancel_mid_run_skips_pending_and_finishes_in_flight(site: LocalSite):
    ready = threading.Event()
    seen: list[CrawlResult] = []

    def on_result(result: CrawlResult) -> None:
        seen.append(result)
        ready.set()

    crawl = Crawl(pages(site, 40, 0.2), "executor", 4, on_result=on_result)
    runner = threading.Thread(target=lambda: seen.append(crawl.run()))  # type: ignore[arg-type]
    runner.start()
    assert ready.wait(10)
    crawl.cancel()
    runner.join(30)
    assert not runner.is_alive()
    summary = seen.pop()
    assert summary.was_cancelled
    assert summary.cancelled > 0
    assert summary.ok >= 4
    assert summary.ok + summary.cancelled == 40
    in_flight_done = [r for r in seen if r.error is None]
    assert all(r.status == 200 for r in in_flight_done)


def test_abort_stops_reading_bodies(site: LocalSite):
    rows: list[CrawlResult] = []
    crawl = Crawl([site.url("/drip", size=40, duration=30)], "sequential", 1, on_result=rows.append)
    runner = threading.Thread(target=crawl.run)
    runner.start()
    poll = threading.Event()  # never set: a bounded wait between checks of another thread
    for _ in range(1000):
        if crawl.in_flight or not runner.is_alive():
            break
        poll.wait(0.01)
    crawl.abort()
    runner.join(10)
    assert not runner.is_alive()
    assert [r.error for r in rows] == [ErrorKind.CANCELLED]


def test_unreachable_port_is_refused_quickly():
    _, [row] = run_crawl([f"http://127.0.0.1:{closed_port()}/"], "sequential", 1)
    assert row.error is ErrorKind.REFUSED


def test_bad_pool_arguments():
    with pytest.raises(ValueError, match="pool size"):
        Crawl([], "dummy", 0)
    with pytest.raises(ValueError, match="kind"):
        Crawl([], "threads", 4)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["dummy", "executor"])
def test_ten_thousand_urls_keep_the_thread_count_bounded(site: LocalSite, kind: str):
    pool = 8
    before = threading.active_count()
    peak = [before]

    def sample(_: CrawlResult) -> None:
        peak[0] = max(peak[0], threading.active_count())

    lines = pages(site, 10_000, 0.0, size=64)
    summary = Crawl(lines, kind, pool, on_result=sample).run()
    assert summary.ok == 10_000
    assert summary.workers <= pool
    assert summary.peak_concurrency <= pool
    # The pool's threads, the dummy pool's 3 helpers, and the site's connection
    # threads (one per keep-alive session): bounded by the pool, never by the URLs.
    bound = before + 2 * pool + 3
    assert max(peak[0], summary.peak_threads) <= bound
