"""The embedded site: every endpoint, on-demand start, and a stop that leaves no thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import requests

from app.workers import local_site
from app.workers.local_site import LocalSite, shared_site, stop_shared_site


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with LocalSite() as running:
        yield running


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        s.trust_env = False
        yield s


def test_page_has_the_requested_size_and_is_local(site: LocalSite, session: requests.Session):
    assert site.base_url.startswith("http://127.0.0.1:")
    response = session.get(site.url("/page", delay=0.05, size=3000), timeout=5)
    assert response.status_code == 200
    assert len(response.content) == 3000


@pytest.mark.parametrize("code", [200, 301, 404, 418, 500, 503])
def test_any_status(site: LocalSite, session: requests.Session, code: int):
    response = session.get(site.url(f"/status/{code}"), timeout=5, allow_redirects=False)
    assert response.status_code == code


def test_bad_status_and_unknown_path(site: LocalSite, session: requests.Session):
    assert session.get(site.url("/status/99"), timeout=5).status_code == 400
    assert session.get(site.url("/nowhere"), timeout=5).status_code == 404


def test_drip_sends_every_byte(site: LocalSite, session: requests.Session):
    response = session.get(site.url("/drip", size=500, duration=0.2), timeout=5)
    assert len(response.content) == 500


@pytest.mark.parametrize("declare", [1, 0])
def test_large_body_with_and_without_length(
    site: LocalSite, session: requests.Session, declare: int
):
    response = session.get(site.url("/large", size=300_000, declare=declare), timeout=5)
    assert len(response.content) == 300_000
    assert ("Content-Length" in response.headers) == bool(declare)


def test_redirect_stays_on_the_site(site: LocalSite, session: requests.Session):
    response = session.get(site.url("/redirect", to="/page?size=10"), timeout=5)
    assert response.history[0].status_code == 302
    assert len(response.content) == 10
    elsewhere = session.get(site.url("/redirect", to="//evil.invalid/"), timeout=5)
    assert elsewhere.url.startswith(site.base_url)


def test_stop_joins_every_thread_even_with_open_connections(session: requests.Session):
    before = set(threading.enumerate())
    site = LocalSite().start()
    session.get(site.url("/page"), timeout=5)  # leaves a keep-alive connection open
    stream = session.get(site.url("/large", size=50_000_000), stream=True, timeout=5)
    next(stream.iter_content(1024))
    site.stop()
    stream.close()
    assert set(threading.enumerate()) <= before
    assert not site.running


def test_not_started_at_import_and_shared_on_demand():
    assert local_site._shared is None or local_site._shared.running
    stop_shared_site()
    first = shared_site()
    try:
        assert first.running
        assert shared_site() is first
    finally:
        stop_shared_site()
    assert not first.running
    stop_shared_site()  # idempotent
