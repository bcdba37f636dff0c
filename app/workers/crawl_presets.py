"""Ready-made URL lists for the crawler lab, all on the embedded site (so they work offline).

Qt-free: the panel shows them, the tests and the benchmark crawl them.
"""

from __future__ import annotations

import socket

from app.workers.local_site import LocalSite


def pages(site: LocalSite, count: int, delay: float, size: int = 2048) -> list[str]:
    """``count`` distinct pages that each take ``delay`` seconds to arrive."""
    return [site.url("/page", delay=delay, size=size + n, n=n) for n in range(count)]


def closed_port() -> int:
    """A local port nothing listens on: bind one, note it, close it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def bad_input(site: LocalSite) -> list[str]:
    """Every kind of bad line the lab handles, among good pages that still get fetched."""
    good = pages(site, 4, 0.2)
    return [
        good[0],
        "",
        "    ",
        "not a url",
        "http://",
        "example.com/no-scheme",
        "http://127.0.0.1:99999/port-out-of-range",
        "file:///etc/passwd",
        "ftp://ftp.example.com/file.txt",
        "javascript:alert(1)",
        good[1],
        f"http://127.0.0.1:{closed_port()}/nothing-listens-here",
        "http://no-such-host.invalid/",
        site.url("/large", size=5_000_000),
        site.url("/large", size=5_000_000, declare=0),
        site.url("/status/404"),
        site.url("/status/500"),
        site.url("/redirect", to="/page?size=300"),
        site.url("/drip", size=2000, duration=1.5),
        good[2],
        good[0],
        good[3],
    ]


def preset_lines(name: str, site: LocalSite) -> list[str]:
    """The lines of preset ``name`` on ``site``.

    ``pages`` (25 x 200 ms), ``bench`` (P3's 64 x 200 ms), ``bad`` (every bad input),
    ``many`` (10,000 fast pages).
    """
    if name == "pages":
        return pages(site, 25, 0.2)
    if name == "bench":
        return pages(site, 64, 0.2)
    if name == "bad":
        return bad_input(site)
    if name == "many":
        return pages(site, 10_000, 0.0, size=256)
    raise ValueError(f"unknown preset {name!r}")
