"""Turn pasted text into a crawl plan: which lines to fetch, and why the others are rows of errors.

Qt-free. Everything rejected here is rejected *before* any network traffic: empty lines,
malformed URLs, schemes other than http/https (``file://`` would read local files,
``javascript:`` is not a fetch at all), and repeats of a URL already planned.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import requests

ALLOWED_SCHEMES = frozenset({"http", "https"})
MAX_URL_CHARS = 8192


class ErrorKind(enum.StrEnum):
    """Why a row has no successful fetch; the panel turns each into a translated sentence."""

    EMPTY = "empty"
    MALFORMED = "malformed"
    SCHEME = "scheme"
    DUPLICATE = "duplicate"
    DNS = "dns"
    REFUSED = "refused"
    CONNECT_TIMEOUT = "connect_timeout"
    READ_TIMEOUT = "read_timeout"
    TOO_SLOW = "too_slow"
    TOO_LARGE = "too_large"
    REDIRECTS = "redirects"
    HTTP = "http"
    CONNECTION = "connection"
    CANCELLED = "cancelled"
    OTHER = "other"


REJECTED_BEFORE_FETCH = frozenset(
    {ErrorKind.EMPTY, ErrorKind.MALFORMED, ErrorKind.SCHEME, ErrorKind.DUPLICATE}
)


@dataclass(frozen=True)
class CrawlResult:
    """One row of the results table: one input line and what became of it."""

    row: int
    url: str
    status: int | None = None
    nbytes: int = 0
    elapsed_s: float = 0.0
    worker: str = ""
    error: ErrorKind | None = None
    detail: str = ""
    started_s: float = 0.0
    """When the fetch began, in seconds from the start of the crawl."""

    @property
    def ok(self) -> bool:
        """True for a completed fetch with a non-error status."""
        return self.error is None


@dataclass(frozen=True)
class PlannedFetch:
    """A line that passed validation: its row, the text as typed, and the URL to fetch."""

    row: int
    text: str
    url: str


@dataclass
class CrawlPlan:
    """Rows rejected up front, and the unique URLs left to fetch, in input order."""

    rows: int = 0
    rejected: list[CrawlResult] = field(default_factory=list)
    fetches: list[PlannedFetch] = field(default_factory=list)


def check_url(text: str) -> tuple[str | None, ErrorKind | None, str]:
    """Validate one line: ``(normalised_url, None, "")`` or ``(None, kind, detail)``.

    Never raises, whatever the text: a crawl of pasted input must not die on one line.
    """
    line = text.strip()
    if not line:
        return None, ErrorKind.EMPTY, ""
    if len(line) > MAX_URL_CHARS:
        return None, ErrorKind.MALFORMED, f"longer than {MAX_URL_CHARS} characters"
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in line):
        return None, ErrorKind.MALFORMED, "contains spaces or control characters"
    try:
        parts = urlsplit(line)
        scheme = parts.scheme.lower()
        if not scheme:
            return None, ErrorKind.MALFORMED, "no scheme: start with http:// or https://"
        if scheme not in ALLOWED_SCHEMES:
            return None, ErrorKind.SCHEME, scheme
        if not parts.hostname:
            return None, ErrorKind.MALFORMED, "no host name"
        _ = parts.port  # raises ValueError for a port that is not a number in range
        prepared = requests.PreparedRequest()
        prepared.prepare_url(line, None)
    except (ValueError, requests.RequestException) as exc:
        return None, ErrorKind.MALFORMED, str(exc)[:200] or type(exc).__name__
    if prepared.url is None:
        return None, ErrorKind.MALFORMED, "could not be normalised"
    return prepared.url, None, ""


def plan_crawl(lines: Iterable[str]) -> CrawlPlan:
    """Validate and dedupe ``lines``; duplicates point at the row that fetches them."""
    plan = CrawlPlan()
    first_row: dict[str, int] = {}
    for row, text in enumerate(lines):
        plan.rows += 1
        shown = text.strip()
        url, kind, detail = check_url(text)
        if url is None:
            plan.rejected.append(
                CrawlResult(row, shown, error=kind, detail=detail)
            )
        elif url in first_row:
            plan.rejected.append(
                CrawlResult(
                    row,
                    shown,
                    error=ErrorKind.DUPLICATE,
                    detail=str(first_row[url] + 1),
                )
            )
        else:
            first_row[url] = row
            plan.fetches.append(PlannedFetch(row, shown, url))
    return plan
