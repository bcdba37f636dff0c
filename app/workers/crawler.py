"""The crawler engine: fetch a plan of URLs sequentially or with a bounded pool of threads.

Qt-free, so the benchmark and the tests drive it directly and the GUI runs it on a
background thread. Fetching is I/O: each thread spends its time waiting on a socket with
the GIL released, so k threads overlap k waits. A bounded pool keeps that to k threads
however many URLs there are; a thread per URL would start 10,000 threads for 10,000 URLs.
"""

from __future__ import annotations

import ipaddress
import itertools
import math
import socket
import statistics
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from multiprocessing.dummy import Pool as ThreadPool
from typing import Any
from urllib.parse import urlsplit

import requests

from app.workers.crawl_plan import (
    REJECTED_BEFORE_FETCH,
    CrawlPlan,
    CrawlResult,
    ErrorKind,
    PlannedFetch,
    plan_crawl,
)
from app.workers.timeline import CRAWLER_LANE_PREFIX, LANE_SEPARATOR, TimelineRecorder

POOL_KINDS = ("dummy", "executor", "sequential")
"""``multiprocessing.dummy.Pool`` (the seed's), ``ThreadPoolExecutor``, one at a time."""
MAX_POOL = 64
CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchLimits:
    """What bounds one fetch: a dead host, a stalled server or a huge body cannot hang a run."""

    connect_timeout_s: float = 3.0
    read_timeout_s: float = 10.0
    total_timeout_s: float = 30.0
    max_bytes: int = 1_000_000
    max_redirects: int = 5


@dataclass(frozen=True)
class CrawlSummary:
    """The figures the lab compares: wall time against the ideal, and how much overlapped."""

    kind: str
    pool_size: int
    rows: int
    fetched: int
    ok: int
    failed: int
    rejected: int
    duplicates: int
    cancelled: int
    was_cancelled: bool
    wall_s: float
    latency_s: float
    busy_s: float
    peak_concurrency: int
    peak_threads: int
    workers: int
    url_key: int

    @property
    def waves(self) -> int:
        """ceil(N/k): how many rounds of k requests the fetched URLs need at best."""
        return math.ceil(self.fetched / self.pool_size) if self.fetched else 0

    @property
    def ideal_s(self) -> float:
        """ceil(N/k) x the median request time: the wall time of a perfect pool."""
        return self.waves * self.latency_s

    @property
    def ratio(self) -> float:
        """Wall time over ideal (1.0 is perfect), or NaN when there is no ideal."""
        return self.wall_s / self.ideal_s if self.ideal_s > 0 else math.nan

    @property
    def estimated_speedup(self) -> float:
        """Sum of request times over wall time: about what a sequential loop would take."""
        return self.busy_s / self.wall_s if self.wall_s > 0 else math.nan


def is_loopback(url: str) -> bool:
    """True for URLs on this machine, which must never go through a proxy."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _describe(exc: BaseException) -> ErrorKind:
    """Map a requests failure to the reason a person can act on."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return ErrorKind.CONNECT_TIMEOUT
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return ErrorKind.READ_TIMEOUT
    if isinstance(exc, requests.exceptions.TooManyRedirects):
        return ErrorKind.REDIRECTS
    if isinstance(exc, requests.exceptions.ConnectionError):
        text = repr(exc)
        if "NameResolutionError" in text or "getaddrinfo" in text or "Name or service" in text:
            return ErrorKind.DNS
        if "Connection refused" in text or "ConnectionRefusedError" in text:
            return ErrorKind.REFUSED
        return ErrorKind.CONNECTION
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.InvalidSchema):
        return ErrorKind.MALFORMED
    return ErrorKind.OTHER


class _Abort(Exception):
    """Stop reading a body: it is over the size cap or over the total time."""

    def __init__(self, kind: ErrorKind, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind


class Fetcher:
    """Fetches one URL at a time per thread, with one ``requests.Session`` per thread.

    A session keeps its connection open between requests to the same host, so a worker
    thread pays the TCP handshake once; sessions are not documented thread-safe, hence
    one per thread (``threading.local``), all closed by :meth:`close`.

    With a ``recorder``, each fetch becomes a span in its thread's timeline lane: one
    ``recorder.span`` call (an append under a lock, ~2 µs) after a request of milliseconds.
    URLs skipped after a cancel took no time and are not drawn.
    """

    def __init__(
        self,
        limits: FetchLimits,
        stop: threading.Event,
        abort: threading.Event,
        t0: float,
        recorder: TimelineRecorder | None = None,
    ) -> None:
        self.limits = limits
        self._recorder = recorder
        self._stop = stop
        self._abort = abort
        self._t0 = t0
        self._local = threading.local()
        self._lock = threading.Lock()
        self._sessions: list[requests.Session] = []
        self._reading: set[Any] = set()
        self.in_flight = 0
        self.peak_concurrency = 0
        self.peak_threads = threading.active_count()

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.max_redirects = self.limits.max_redirects
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def fetch(self, item: PlannedFetch) -> CrawlResult:
        """Fetch ``item`` and describe the outcome; never raises."""
        worker = threading.current_thread().name
        if self._stop.is_set():
            return CrawlResult(item.row, item.text, worker=worker, error=ErrorKind.CANCELLED)
        with self._lock:
            self.in_flight += 1
            self.peak_concurrency = max(self.peak_concurrency, self.in_flight)
            self.peak_threads = max(self.peak_threads, threading.active_count())
        start = time.perf_counter()
        status: int | None = None
        nbytes = 0
        error: ErrorKind | None = None
        detail = ""
        try:
            status, nbytes = self._get(item.url, start)
            if status >= 400:
                error = ErrorKind.HTTP
        except _Abort as exc:
            error, detail = exc.kind, str(exc)
        except Exception as exc:
            aborted = self._abort.is_set()  # an interrupted read fails in its own way
            error = ErrorKind.CANCELLED if aborted else _describe(exc)
            detail = str(exc)[:300]
        finally:
            with self._lock:
                self.in_flight -= 1
        end = time.perf_counter()
        if self._recorder is not None:
            self._record(self._recorder, worker, item.url, start, end, status, nbytes, error,
                         detail)
        return CrawlResult(
            item.row,
            item.text,
            status=status,
            nbytes=nbytes,
            elapsed_s=end - start,
            worker=worker,
            error=error,
            detail=detail,
            started_s=start - self._t0,
        )

    @staticmethod
    def _record(
        recorder: TimelineRecorder, worker: str, url: str, start: float, end: float,
        status: int | None, nbytes: int, error: ErrorKind | None, detail: str,
    ) -> None:
        """One fetch as a span in ``crawler · <thread>``: done, failed or cancelled."""
        if error is None:
            state = "done"
        elif error is ErrorKind.CANCELLED:
            state = "cancelled"
        else:
            state = "failed"
        args: dict[str, object] = {"status": status if status is not None else "-",
                                   "bytes": nbytes}
        if error is not None:
            args["error"] = f"{error.value}: {detail}" if detail else error.value
        recorder.span(f"{CRAWLER_LANE_PREFIX}{LANE_SEPARATOR}{worker}", url, start, end, state,
                      **args)

    def _get(self, url: str, start: float) -> tuple[int, int]:
        limits = self.limits
        proxies = {"http": None, "https": None} if is_loopback(url) else None
        with self._session().get(
            url,
            stream=True,
            timeout=(limits.connect_timeout_s, limits.read_timeout_s),
            proxies=proxies,  # type: ignore[arg-type]
        ) as response:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes:
                raise _Abort(ErrorKind.TOO_LARGE, declared)
            with self._lock:
                self._reading.add(response.raw)
            try:
                nbytes = self._read_body(response.raw, start)
            finally:
                with self._lock:
                    self._reading.discard(response.raw)
            return response.status_code, nbytes

    def _read_body(self, raw: Any, start: float) -> int:
        limits = self.limits
        nbytes = 0
        # read1 returns whatever has arrived (up to CHUNK), so the limits below are
        # checked while a slow body drips, not only once 64 KiB have piled up.
        while chunk := raw.read1(CHUNK, decode_content=True):
            nbytes += len(chunk)
            if nbytes > limits.max_bytes:
                raise _Abort(ErrorKind.TOO_LARGE, str(nbytes))
            if time.perf_counter() - start > limits.total_timeout_s:
                raise _Abort(ErrorKind.TOO_SLOW, str(nbytes))
            if self._abort.is_set():
                break
        if self._abort.is_set():
            raise _Abort(ErrorKind.CANCELLED, str(nbytes))
        return nbytes

    def interrupt(self) -> None:
        """Wake every thread blocked reading a body, by shutting its socket down."""
        with self._lock:
            reading = list(self._reading)
        for raw in reading:
            sock = getattr(getattr(raw, "connection", None), "sock", None)
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass  # the request just ended on its own

    def close(self) -> None:
        """Close every session (and so every pooled connection) the threads opened."""
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()


def _name_worker(prefix: str, counter: itertools.count[int]) -> None:
    """Pool initializer: readable worker names in the results table."""
    threading.current_thread().name = f"{prefix}-{next(counter)}"


class Crawl:
    """One run over some lines of URLs. :meth:`run` blocks: call it off the GUI thread.

    ``on_result`` is called once per input row, on the thread that called :meth:`run`,
    in completion order (rejected rows first). With a ``recorder``, every fetch is drawn
    in the timeline (see :class:`Fetcher`).
    """

    def __init__(
        self,
        lines: Iterable[str],
        kind: str = "dummy",
        pool_size: int = 5,
        limits: FetchLimits | None = None,
        on_result: Callable[[CrawlResult], None] | None = None,
        recorder: TimelineRecorder | None = None,
    ) -> None:
        if kind not in POOL_KINDS:
            raise ValueError(f"kind must be one of {POOL_KINDS}, not {kind!r}")
        if not 1 <= pool_size <= MAX_POOL:
            raise ValueError(f"pool size must be 1-{MAX_POOL}, not {pool_size}")
        self.lines = list(lines)
        self.kind = kind
        self.pool_size = 1 if kind == "sequential" else pool_size
        self.limits = limits or FetchLimits()
        self._on_result = on_result
        self._recorder = recorder
        self._stop = threading.Event()
        self._abort = threading.Event()
        self._fetcher: Fetcher | None = None
        self.done = 0
        self.total = len(self.lines)

    def cancel(self) -> None:
        """Cancel pending URLs; requests in flight finish (within their timeouts)."""
        self._stop.set()

    def abort(self) -> None:
        """Cancel, and stop reading bodies in flight too (for shutdown, which must not wait).

        A body being read stops at once (its socket is shut down); a request still
        connecting or waiting for its first byte ends at its timeout.
        """
        self._abort.set()
        self._stop.set()
        if self._fetcher is not None:
            self._fetcher.interrupt()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._stop.is_set()

    @property
    def in_flight(self) -> int:
        """Requests being fetched right now."""
        return self._fetcher.in_flight if self._fetcher else 0

    def run(self) -> CrawlSummary:
        """Plan, fetch, report every row, and summarise."""
        plan = plan_crawl(self.lines)
        results: list[CrawlResult] = []

        def emit(result: CrawlResult) -> None:
            results.append(result)
            self.done += 1
            if self._on_result is not None:
                self._on_result(result)

        for result in plan.rejected:
            emit(result)
        t0 = time.perf_counter()
        fetcher = self._fetcher = Fetcher(
            self.limits, self._stop, self._abort, t0, self._recorder
        )
        try:
            for result in self._fetch_all(plan, fetcher):
                emit(result)
        except BaseException:
            self._stop.set()  # let the pool skip what is left instead of fetching it all
            raise
        finally:
            fetcher.close()
        wall = time.perf_counter() - t0
        return self._summarise(plan, results, wall, fetcher)

    def _fetch_all(self, plan: CrawlPlan, fetcher: Fetcher) -> Iterable[CrawlResult]:
        if self.kind == "sequential":
            for item in plan.fetches:
                yield fetcher.fetch(item)
        elif self.kind == "dummy":
            pool = ThreadPool(
                self.pool_size, initializer=_name_worker, initargs=("dummy", itertools.count(1))
            )
            try:
                yield from pool.imap_unordered(fetcher.fetch, plan.fetches)
            finally:
                pool.close()
                pool.join()
        else:
            with ThreadPoolExecutor(self.pool_size, thread_name_prefix="executor") as executor:
                futures = [executor.submit(fetcher.fetch, item) for item in plan.fetches]
                for future in as_completed(futures):
                    yield future.result()

    def _summarise(
        self, plan: CrawlPlan, results: list[CrawlResult], wall: float, fetcher: Fetcher
    ) -> CrawlSummary:
        fetched = [r for r in results if r.error not in REJECTED_BEFORE_FETCH]
        attempted = [r for r in fetched if r.error is not ErrorKind.CANCELLED]
        times = [r.elapsed_s for r in attempted]
        urls = sorted(item.url for item in plan.fetches)
        return CrawlSummary(
            kind=self.kind,
            pool_size=self.pool_size,
            rows=plan.rows,
            fetched=len(attempted),
            ok=sum(r.ok for r in attempted),
            failed=sum(not r.ok for r in attempted),
            rejected=sum(
                r.error in REJECTED_BEFORE_FETCH and r.error is not ErrorKind.DUPLICATE
                for r in results
            ),
            duplicates=sum(r.error is ErrorKind.DUPLICATE for r in results),
            cancelled=len(fetched) - len(attempted),
            was_cancelled=self.cancelled,
            wall_s=wall,
            latency_s=statistics.median(times) if times else 0.0,
            busy_s=sum(times),
            peak_concurrency=fetcher.peak_concurrency,
            peak_threads=fetcher.peak_threads,
            workers=len({r.worker for r in attempted}),
            url_key=hash(tuple(urls)),
        )


def run_crawl(
    lines: Iterable[str],
    kind: str = "dummy",
    pool_size: int = 5,
    limits: FetchLimits | None = None,
) -> tuple[CrawlSummary, list[CrawlResult]]:
    """Run a crawl to the end on this thread; return the summary and every row."""
    rows: list[CrawlResult] = []
    summary = Crawl(lines, kind, pool_size, limits, rows.append).run()
    return summary, rows
