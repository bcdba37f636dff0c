"""The plain-Python 3 code the crawler lab runs, shown beside its controls.

The seed's Python 2 snippet (``urllib2.urlopen`` mapped over a ``multiprocessing.dummy``
pool of 5) modernised: requests with one session per thread, timeouts, a size cap, and
a pool that is closed and joined even when a fetch raises.
"""

from __future__ import annotations

_HEAD = '''\
import threading
'''

_FETCH = '''\
from pathlib import Path

import requests

MAX_BYTES = 1_000_000
_local = threading.local()


def session() -> requests.Session:
    """One Session per thread: it reuses its connection, and is not shared."""
    if not hasattr(_local, "session"):
        _local.session = requests.Session()
    return _local.session


def fetch(url: str) -> tuple[str, int | None, int, str]:
    """GET url with timeouts; stream the body, stop at MAX_BYTES; never raise.

    Returning the error instead of raising it keeps one bad URL from ending pool.map.
    """
    size = 0
    try:
        with session().get(url, stream=True, timeout=(3.0, 10.0)) as response:
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                if size > MAX_BYTES:
                    return url, response.status_code, size, "over the size cap"
            return url, response.status_code, size, ""
    except requests.RequestException as exc:
        return url, None, size, repr(exc)


lines = Path("urls.txt").read_text().splitlines()
urls = list(dict.fromkeys(line.strip() for line in lines if line.strip()))  # deduped
'''

_DUMMY = '''
pool = ThreadPool({k})
try:
    results = pool.map(fetch, urls)  # ceil(N/{k}) waves of {k} requests
finally:
    pool.close()  # no more work...
    pool.join()   # ...and wait for the {k} threads to end
'''

_EXECUTOR = '''
with ThreadPoolExecutor(max_workers={k}) as executor:  # shutdown(wait=True) on exit
    results = list(executor.map(fetch, urls))  # ceil(N/{k}) waves of {k} requests
'''

_SEQUENTIAL = '''
# One at a time: N requests take N x latency; the waits never overlap.
results = [fetch(url) for url in urls]
'''

_TAILS = {"dummy": _DUMMY, "executor": _EXECUTOR, "sequential": _SEQUENTIAL}
_IMPORTS = {
    "dummy": "from multiprocessing.dummy import Pool as ThreadPool  # threads, despite the name\n",
    "executor": "from concurrent.futures import ThreadPoolExecutor\n",
    "sequential": "",
}


def crawler_code(kind: str, pool_size: int) -> str:
    """The snippet for pool ``kind`` (see ``crawler.POOL_KINDS``) with ``pool_size`` threads."""
    return _HEAD + _IMPORTS[kind] + _FETCH + _TAILS[kind].format(k=pool_size)
