"""The ``http`` workload of the main toolbar: real requests against the embedded site.

Qt-free and picklable, so any execution mode runs it, a spawned child included. The
child cannot reach the parent's :func:`~app.workers.local_site.shared_site` object, so
the site's address travels as the ``base_url`` argument.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Any

import requests

if TYPE_CHECKING:
    from app.workers.reporting import Reporter

log = logging.getLogger(__name__)

PAGE_DELAY_S = 0.05
PAGE_BYTES = 16 * 1024
TIMEOUT_S = (3.0, 10.0)


def http_fetch(
    reporter: Reporter,
    duration: float,
    base_url: str,
    delay: float = PAGE_DELAY_S,
    size: int = PAGE_BYTES,
) -> dict[str, Any]:
    """Fetch pages from ``base_url`` one after another for about ``duration`` seconds.

    Each request waits on a socket with the GIL released, like :func:`simulated_io`,
    but it is real network I/O: inline, the window freezes for the whole loop.
    """
    url = f"{base_url.rstrip('/')}/page"
    params = {"delay": delay, "size": size}
    log.info("HTTP job: fetching %s for %.2f s", url, duration)
    start = time.perf_counter()
    deadline = start + duration
    requests_done = nbytes = errors = 0
    with requests.Session() as session:
        session.trust_env = False  # the embedded site is local: never through a proxy
        while (now := time.perf_counter()) < deadline:
            reporter.check()
            reporter.progress(int(100 * (now - start) / duration))
            # A failure to connect ends the job with that error: retrying a dead site in
            # a loop would only flood the log.
            response = session.get(url, params=params, timeout=TIMEOUT_S)
            nbytes += len(response.content)
            errors += response.status_code >= 400
            requests_done += 1
    reporter.progress(100)
    elapsed = time.perf_counter() - start
    log.info("HTTP job: %d requests, %d bytes in %.2f s", requests_done, nbytes, elapsed)
    return {
        "requests": requests_done,
        "bytes": nbytes,
        "errors": errors,
        "elapsed_s": round(elapsed, 3),
    }


_sessions = threading.local()


def fetch_once(url: str) -> int:
    """GET ``url`` once on this thread's session; return the body size.

    The GIL lab's HTTP unit of work: a real request that spends its time waiting on a
    socket with the GIL released.
    """
    session = getattr(_sessions, "session", None)
    if session is None:
        session = _sessions.session = requests.Session()
        session.trust_env = False
    response = session.get(url, timeout=TIMEOUT_S)
    return len(response.content)
