"""An embedded web site on 127.0.0.1, so the crawler lab and the ``http`` workload run offline.

Qt-free and built on the standard library's ``ThreadingHTTPServer``: every URL the labs
fetch by default is served here, with a delay and size chosen in the query string, so a
run gives the same figures on every machine. Endpoints:

- ``/page?delay=0.2&size=2048``: a page after ``delay`` seconds, ``size`` bytes long;
- ``/status/404`` (any code 200-599): that status with a short body;
- ``/drip?size=1000&duration=2``: ``size`` bytes spread evenly over ``duration`` seconds;
- ``/large?size=5000000&declare=1``: a big body (``declare=0`` omits Content-Length);
- ``/redirect?to=/page``: a 302 to ``to`` (a path on this site).

Started on demand: nothing listens until :meth:`LocalSite.start` (or :func:`shared_site`).
"""

from __future__ import annotations

import math
import socket
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

CHUNK = 64 * 1024
MAX_SIZE = 200_000_000
MAX_DELAY_S = 60.0
DEFAULT_LARGE = 5_000_000


class _Server(ThreadingHTTPServer):
    """Threading server that can unblock and join every connection thread on stop.

    Connections are HTTP/1.1 keep-alive (so one ``requests.Session`` per worker really
    reuses its socket); a handler idling on such a connection would block
    ``server_close`` forever, so stop shuts those sockets down first.
    """

    daemon_threads = False
    block_on_close = True
    request_queue_size = 256  # a pool of 64 connecting at once must not overflow the backlog

    def __init__(self, address: tuple[str, int]) -> None:
        super().__init__(address, _Handler)
        self.stopping = threading.Event()
        self._conn_lock = threading.Lock()
        self._conns: set[socket.socket] = set()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._conn_lock:
            self._conns.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._conn_lock:
            self._conns.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up mid-response is normal here; anything else is reported."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    def drop_connections(self) -> None:
        """Wake every handler blocked on a socket so its thread can end."""
        with self._conn_lock:
            conns = list(self._conns)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by its handler


def _number(query: dict[str, list[str]], name: str, default: float, hi: float) -> float:
    try:
        value = float(query[name][0])
    except (KeyError, ValueError):
        return default
    return min(hi, max(0.0, value)) if math.isfinite(value) else default


def _filler(size: int) -> bytes:
    line = b"<p>Concurrency Lab local site: the same bytes every time.</p>\n"
    return (line * (size // len(line) + 1))[:size]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # header and body go out as two writes: no 40 ms stall
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: a crawl of 10,000 URLs must not write 10,000 lines to stderr."""

    def do_GET(self) -> None:
        """Route by path; every response carries Content-Length or closes the connection."""
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        path = parts.path.rstrip("/") or "/"
        try:
            if path in ("/", "/page"):
                self._page(query)
            elif path.startswith("/status/"):
                self._status(path.removeprefix("/status/"))
            elif path == "/drip":
                self._drip(query)
            elif path == "/large":
                self._large(query)
            elif path == "/redirect":
                self._redirect(query)
            else:
                self._send(HTTPStatus.NOT_FOUND, b"no such page\n")
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (size cap, timeout, cancel)

    def _wait(self, seconds: float) -> bool:
        """Sleep ``seconds`` unless the site stops first; True if it is stopping."""
        return self.server.stopping.wait(seconds)

    def _send(self, status: int, body: bytes, content_type: str = "text/plain") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _page(self, query: dict[str, list[str]]) -> None:
        if self._wait(_number(query, "delay", 0.0, MAX_DELAY_S)):
            self.close_connection = True
            return
        size = int(_number(query, "size", 1024, MAX_SIZE))
        self._send(HTTPStatus.OK, _filler(size), "text/html; charset=utf-8")

    def _status(self, code_text: str) -> None:
        code = int(code_text) if code_text.isdigit() else 0
        if not 200 <= code <= 599:
            self._send(HTTPStatus.BAD_REQUEST, b"status must be 200-599\n")
            return
        self._send(code, f"status {code}\n".encode())

    def _drip(self, query: dict[str, list[str]]) -> None:
        size = int(_number(query, "size", 1000, MAX_SIZE))
        duration = _number(query, "duration", 2.0, MAX_DELAY_S)
        steps = max(1, min(size, 20))
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        body = _filler(size)
        for i in range(steps):
            if i and self._wait(duration / steps):
                self.close_connection = True
                return
            self.wfile.write(body[i * size // steps : (i + 1) * size // steps])

    def _large(self, query: dict[str, list[str]]) -> None:
        size = int(_number(query, "size", DEFAULT_LARGE, MAX_SIZE))
        declare = query.get("declare", ["1"])[0] != "0"
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "application/octet-stream")
        if declare:
            self.send_header("Content-Length", str(size))
        else:
            self.close_connection = True  # the end of the body is the end of the socket
        self.end_headers()
        block = _filler(CHUNK)
        sent = 0
        while sent < size and not self.server.stopping.is_set():
            piece = block[: min(CHUNK, size - sent)]
            self.wfile.write(piece)
            sent += len(piece)

    def _redirect(self, query: dict[str, list[str]]) -> None:
        target = query.get("to", ["/page"])[0]
        if not target.startswith("/") or target.startswith("//"):
            target = "/page"  # only ever to this site: never an open redirect
        self.send_response(HTTPStatus.FOUND)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()


class LocalSite:
    """The embedded site: :meth:`start` binds an ephemeral port, :meth:`stop` joins it all."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        """True between :meth:`start` and :meth:`stop`."""
        return self._server is not None

    @property
    def port(self) -> int:
        """The port the site listens on (only while running)."""
        if self._server is None:
            raise RuntimeError("the local site is not running")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``, without a trailing slash."""
        return f"http://{self.host}:{self.port}"

    def url(self, path: str = "/page", **params: float | str) -> str:
        """A URL on this site, e.g. ``url("/page", delay=0.2, size=2048)``."""
        query = f"?{urlencode(params)}" if params else ""
        return f"{self.base_url}{path}{query}"

    def start(self) -> LocalSite:
        """Listen and serve on a background thread; idempotent. Returns ``self``."""
        with self._lock:
            if self._server is None:
                server = _Server((self.host, 0))
                thread = threading.Thread(
                    target=server.serve_forever,
                    kwargs={"poll_interval": 0.1},
                    name="local-site",
                )
                thread.start()
                self._server, self._thread = server, thread
        return self

    def stop(self) -> None:
        """Stop serving, end every connection and join every thread the site started."""
        with self._lock:
            server, thread = self._server, self._thread
            self._server = self._thread = None
        if server is None or thread is None:
            return
        server.stopping.set()
        server.shutdown()
        thread.join()
        server.drop_connections()
        server.server_close()  # joins the connection threads (block_on_close)

    def __enter__(self) -> LocalSite:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


_shared: LocalSite | None = None
_shared_lock = threading.Lock()


def shared_site() -> LocalSite:
    """The process-wide site, started on first use (the labs and the toolbar share it)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = LocalSite()
        return _shared.start()


def stop_shared_site() -> None:
    """Stop the process-wide site if it runs (the main window calls this on close)."""
    global _shared
    with _shared_lock:
        site, _shared = _shared, None
    if site is not None:
        site.stop()

