"""The crawler lab speaks through tr(): every text it shows follows a live language switch."""

from __future__ import annotations

import pytest
from i18n_check import CLOSE, OPEN, pseudo_translation, untranslated_texts

from app.widgets.crawl_results_model import ERROR_COLUMN, malformed_detail
from app.widgets.crawler_panel import CrawlerPanel
from app.workers.crawl_plan import MAX_URL_CHARS, ErrorKind, check_url
from app.workers.crawl_presets import pages
from app.workers.local_site import LocalSite
from app.workers.outcome import ErrorInfo

IDENTIFIERS = {"concurrent.futures.ThreadPoolExecutor"}
"""Shown as code, on purpose left as it is in every language."""
BAD_LINES = ["", "not a url", "example.com/no-scheme", "http://", "file:///etc/passwd"]
"""Rejected before fetching: rows of errors without any network traffic."""


@pytest.fixture
def site(local_site: LocalSite) -> LocalSite:
    return local_site


@pytest.fixture
def panel(crawler_panel: CrawlerPanel) -> CrawlerPanel:
    return crawler_panel


def error_cells(panel: CrawlerPanel) -> list[tuple[str, str]]:
    """``(text, tooltip)`` of every error cell in the results table."""
    model = panel.model.qt_model
    cells = []
    for row in range(model.rowCount()):
        item = model.item(row, ERROR_COLUMN)
        if item.text():
            cells.append((item.text(), item.toolTip()))
    return cells


def test_every_visible_text_is_translated_live(qtbot, panel: CrawlerPanel, site: LocalSite):
    good = pages(site, 3, 0.0)
    panel.urls.setPlainText("\n".join([*good, *BAD_LINES, good[0]]))
    with qtbot.waitSignal(panel.controller.finished, timeout=30_000):
        panel.start_button.click()
    qtbot.waitUntil(lambda: panel.model.row_count() == 9)
    assert panel.summary.text() and panel.progress.text()
    english_cells = error_cells(panel)
    assert len(english_cells) == 6

    with pseudo_translation():
        assert untranslated_texts(panel, allowed=IDENTIFIERS) == []
        # Texts the checker does not list: the placeholder and the table's error cells.
        assert panel.urls.placeholderText().startswith(OPEN)
        cells = error_cells(panel)
        assert len(cells) == len(english_cells)
        for text, tooltip in cells:
            assert text.startswith(OPEN) and text.endswith(CLOSE)
            assert tooltip.startswith(text)

    assert panel.start_button.text() == "Crawl with the pool"
    assert "Peak concurrent requests: " in panel.summary.text()
    assert panel.progress.text() == "9 lines done"
    assert panel.model.qt_model.headerData(6, panel.table.horizontalHeader().orientation()) == (
        "Worker thread"
    )
    assert error_cells(panel) == english_cells
    texts = [text for text, _ in english_cells]
    assert "empty line" in texts
    assert "duplicate of row 1: fetched once" in texts
    assert "malformed URL: no host name" in texts


def test_a_failed_run_is_retranslated_with_its_message(panel: CrawlerPanel):
    panel.controller.failed.emit(ErrorInfo("RuntimeError", "pool broke", ""))
    assert panel.summary.text() == "The crawl failed: RuntimeError: pool broke"
    with pseudo_translation():
        assert untranslated_texts(panel, allowed=IDENTIFIERS) == []
        assert panel.summary.text() == f"{OPEN}The crawl failed: RuntimeError: pool broke{CLOSE}"
    assert panel.summary.text() == "The crawl failed: RuntimeError: pool broke"


@pytest.mark.parametrize(
    "line",
    [
        "http://example.com/" + "x" * MAX_URL_CHARS,
        "not a url",
        "example.com/no-scheme",
        "http://",
    ],
)
def test_check_url_reasons_are_mapped_to_translations(qapp, line: str):
    """crawl_plan words its reasons in English; a reworded one must not slip through."""
    _, kind, detail = check_url(line)
    assert kind is ErrorKind.MALFORMED
    assert malformed_detail(detail) == detail
    with pseudo_translation():
        translated = malformed_detail(detail)
    assert translated.startswith(OPEN) and translated.endswith(CLOSE)
