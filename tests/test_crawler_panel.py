"""The crawler panel and its controller, driven like a person would, on the embedded site."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTextBrowser,
)

from app.widgets.crawler_panel import CrawlerPanel
from app.workers.crawl_controller import CrawlController
from app.workers.crawl_plan import CrawlResult, ErrorKind
from app.workers.crawl_presets import pages
from app.workers.crawler import CrawlSummary
from app.workers.local_site import LocalSite, shared_site, stop_shared_site


@pytest.fixture
def site(local_site: LocalSite) -> LocalSite:
    return local_site


@pytest.fixture
def panel(crawler_panel: CrawlerPanel) -> CrawlerPanel:
    return crawler_panel


def crawl(qtbot, panel: CrawlerPanel, button: QPushButton) -> CrawlSummary:
    with qtbot.waitSignal(panel.controller.finished, timeout=60_000) as blocker:
        button.click()
    summary: CrawlSummary = blocker.args[0]
    return summary


def test_public_names_and_ranges(panel: CrawlerPanel, site: LocalSite):
    assert isinstance(panel.findChild(QPlainTextEdit, "crawlerUrls"), QPlainTextEdit)
    size = panel.findChild(QSpinBox, "crawlerPoolSize")
    assert (size.minimum(), size.maximum()) == (1, 64)
    kind = panel.findChild(QComboBox, "crawlerPoolKind")
    assert [kind.itemData(i) for i in range(kind.count())] == ["dummy", "executor"]
    for name in ("crawlerStart", "crawlerSequential", "crawlerCancel"):
        assert isinstance(panel.findChild(QPushButton, name), QPushButton)
    assert isinstance(panel.findChild(QTableView, "crawlerResults"), QTableView)
    assert isinstance(panel.findChild(QLabel, "crawlerSummary"), QLabel)
    code = panel.findChild(QTextBrowser, "crawlerCode")
    assert code.isReadOnly()
    assert "ThreadPool(5)" in code.toPlainText()
    assert "pool.close()" in code.toPlainText()
    assert "requests" in code.toPlainText()
    lines = panel.urls.toPlainText().splitlines()
    assert lines
    assert all(line.startswith(site.base_url) for line in lines)
    assert not panel.cancel_button.isEnabled()


def test_code_follows_the_pool_kind_and_size(panel: CrawlerPanel):
    panel.pool_kind.setCurrentIndex(panel.pool_kind.findData("executor"))
    panel.pool_size.setValue(12)
    assert "ThreadPoolExecutor(max_workers=12)" in panel.code.code()


def test_pool_crawl_fills_the_table_and_the_summary(qtbot, panel: CrawlerPanel, site: LocalSite):
    panel.urls.setPlainText("\n".join(pages(site, 8, 0.05)))
    panel.pool_size.setValue(4)
    summary = crawl(qtbot, panel, panel.start_button)
    qtbot.waitUntil(lambda: panel.model.row_count() == 8)
    assert summary.ok == 8
    assert summary.peak_concurrency == 4
    text = panel.summary.text()
    assert "ceil(8/4)" in text
    assert "Peak concurrent requests: 4" in text
    assert panel.start_button.isEnabled()
    assert not panel.cancel_button.isEnabled()


def test_sequential_then_pool_reports_a_measured_speedup(
    qtbot, panel: CrawlerPanel, site: LocalSite
):
    panel.urls.setPlainText("\n".join(pages(site, 6, 0.05)))
    sequential = crawl(qtbot, panel, panel.sequential_button)
    assert sequential.kind == "sequential"
    assert sequential.peak_concurrency == 1
    assert "ThreadPool(5)" in panel.code.code()  # back to the chosen pool's code
    panel.pool_size.setValue(6)
    crawl(qtbot, panel, panel.start_button)
    assert "measured" in panel.summary.text()


def test_bad_input_rows_and_the_ui_stays_live(qtbot, panel: CrawlerPanel):
    panel.preset.setCurrentIndex(panel.preset.findData("bad"))
    panel.preset.activated.emit(panel.preset.currentIndex())
    lines = panel.urls.toPlainText().splitlines()
    ticks: list[int] = []
    panel.controller.progressed.connect(lambda *_: ticks.append(1))
    summary = crawl(qtbot, panel, panel.start_button)
    qtbot.waitUntil(lambda: panel.model.row_count() == len(lines))
    errors = {panel.model.result(r).error for r in range(panel.model.row_count())}
    assert {ErrorKind.EMPTY, ErrorKind.MALFORMED, ErrorKind.SCHEME, ErrorKind.DUPLICATE} <= errors
    assert {ErrorKind.DNS, ErrorKind.REFUSED, ErrorKind.TOO_LARGE, ErrorKind.HTTP} <= errors
    assert summary.ok > 0
    assert ticks  # the event loop kept turning while the crawl ran
    index = panel.model.qt_model.index(0, 7)
    assert isinstance(index.data(), str)


def test_cancel_mid_run(qtbot, panel: CrawlerPanel, site: LocalSite):
    panel.urls.setPlainText("\n".join(pages(site, 60, 0.2)))
    panel.pool_size.setValue(3)
    with qtbot.waitSignal(panel.controller.resultsReady, timeout=10_000):
        panel.start_button.click()
    assert panel.cancel_button.isEnabled()
    with qtbot.waitSignal(panel.controller.finished, timeout=30_000) as blocker:
        panel.cancel_button.click()
    summary: CrawlSummary = blocker.args[0]
    assert summary.was_cancelled
    assert summary.cancelled > 0
    assert summary.ok + summary.cancelled == 60
    assert "cancelled" in panel.summary.text()


def test_shutdown_mid_run_leaves_nothing_running(qtbot, panel: CrawlerPanel, site: LocalSite):
    drip = site.url("/drip", size=40, duration=30)
    panel.urls.setPlainText("\n".join([drip, *pages(site, 30, 0.2)]))
    with qtbot.waitSignal(panel.controller.progressed, timeout=10_000):
        panel.start_button.click()
    panel.close()
    assert not panel.controller.is_running()
    assert not panel.controller._timer.isActive()
    workers = ("crawl-runner", "dummy-", "executor")
    assert not [t for t in threading.enumerate() if t.name.startswith(workers)]


def test_controller_batches_rows_and_refuses_a_second_run(qtbot, site: LocalSite):
    controller = CrawlController(frame_ms=50)
    batches: list[list[CrawlResult]] = []
    controller.resultsReady.connect(batches.append)
    try:
        with qtbot.waitSignal(controller.finished, timeout=30_000):
            assert controller.start(pages(site, 200, 0.0, size=32), "executor", 8)
            assert not controller.start(["http://x.test/"], "dummy", 2)
        assert sum(len(batch) for batch in batches) == 200
        assert len(batches) < 200  # coalesced: many rows per frame
    finally:
        controller.shutdown()
        controller.deleteLater()


def test_default_list_uses_the_shared_site_on_demand(qtbot):
    try:
        widget = CrawlerPanel()
        qtbot.addWidget(widget)
        assert widget.urls.toPlainText().startswith(shared_site().base_url)
        widget.shutdown()
    finally:
        stop_shared_site()
