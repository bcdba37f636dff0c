"""The log pane: bounded ring, filters, naive mode, save, and floods from many threads."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QObject, Signal

from app.widgets.log_model import LogFilter, LogModel
from app.widgets.log_pane import LogPane
from app.workers.log_channel import SOURCE_GUI, SOURCE_PROCESS, SOURCE_THREAD, LogChannel, LogLine

LOGGER = "app.test.logpane"


SOURCES = {SOURCE_GUI: "GUI thread", SOURCE_THREAD: "thread-1", SOURCE_PROCESS: "pid 42"}


def line(n: int, level: int = logging.INFO, kind: str = SOURCE_THREAD) -> LogLine:
    return LogLine(0.0, level, kind, SOURCES[kind], f"message {n}")


class Frames(QObject):
    frame = Signal()


@pytest.fixture(autouse=True)
def info_level():
    logger = logging.getLogger(LOGGER)
    logger.setLevel(logging.INFO)
    yield
    logger.setLevel(logging.NOTSET)


@pytest.fixture
def pane(qtbot):
    frames = Frames()
    widget = LogPane(LogChannel(capacity=1_000), frames.frame, LOGGER)
    qtbot.addWidget(widget)
    widget.frames = frames
    yield widget
    widget.stop()


def pump(pane: LogPane) -> None:
    pane.frames.frame.emit()


def test_ring_keeps_the_newest_lines_and_counts_the_dropped(qtbot):
    model = LogModel(capacity=100)
    model.append([line(n) for n in range(250)])
    assert model.rowCount() == 100
    assert model.dropped == 150
    assert model.text(0).endswith("message 150")
    assert model.text(99).endswith("message 249")


def test_filter_by_level_text_and_source_survives_eviction(qtbot):
    model = LogModel(capacity=10)
    model.set_filter(LogFilter(min_level=logging.WARNING, sources=frozenset({SOURCE_PROCESS})))
    model.append([line(n, logging.WARNING if n % 2 else logging.INFO,
                       SOURCE_PROCESS if n % 3 else SOURCE_GUI) for n in range(30)])
    shown = [t.rsplit("] ", 1)[1] for t in model.shown_texts()]
    assert shown == ["message 23", "message 25", "message 29"]
    model.set_filter(LogFilter(text="MESSAGE 2"))
    assert [t.rsplit("] ", 1)[1] for t in model.shown_texts()] == [
        f"message {n}" for n in range(20, 30)]
    model.set_filter(LogFilter(sources=frozenset({SOURCE_THREAD})))
    assert model.rowCount() == 0
    model.append([line(n, kind=SOURCE_THREAD) for n in range(30, 32)])
    assert model.rowCount() == 2
    model.set_filter(LogFilter())
    assert model.rowCount() == 10


def test_pane_shows_lines_from_threads_with_their_names(qtbot, pane: LogPane):
    def work() -> None:
        logging.getLogger(LOGGER).warning("from a worker")

    worker = threading.Thread(target=work, name="worker-7")
    worker.start()
    worker.join()
    logging.getLogger(LOGGER).info("from the GUI")
    pump(pane)
    text = pane.text()
    assert "[worker-7] from a worker" in text
    assert "[GUI thread] from the GUI" in text


def test_controls_filter_and_clear(qtbot, pane: LogPane):
    log = logging.getLogger(LOGGER)
    log.info("plain info")
    log.error("bad thing")
    pump(pane)
    pane.level.setCurrentIndex(pane.level.findData(logging.ERROR))
    assert "bad thing" in pane.text()
    assert "plain info" not in pane.text()
    pane.level.setCurrentIndex(0)
    pane.sources[SOURCE_GUI].setChecked(False)
    assert pane.text() == ""
    pane.sources[SOURCE_GUI].setChecked(True)
    pane.search.setText("plain")
    qtbot.waitUntil(lambda: "bad thing" not in pane.text())
    assert "plain info" in pane.text()
    pane.clear()
    assert pane.text() == ""


def test_a_flood_past_the_capacity_is_counted_not_shown(qtbot, pane: LogPane):
    log = logging.getLogger(LOGGER)
    for n in range(1_500):
        log.info("line %d", n)
    pump(pane)
    assert pane.model.rowCount() == 1_000
    assert "dropped" in pane.counts.text()
    assert pane.model.text(999).endswith("line 1499")


def test_four_threads_flooding_lose_nothing_below_the_cap(qtbot):
    frames = Frames()
    pane = LogPane(LogChannel(capacity=100_000), frames.frame, LOGGER)
    qtbot.addWidget(pane)

    def flood(i: int) -> None:
        for n in range(5_000):
            logging.getLogger(LOGGER).info("t%d %d", i, n)

    threads = [threading.Thread(target=flood, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    while pane.model.rowCount() < 20_000:
        frames.frame.emit()
    assert pane.model.dropped == 0
    pane.stop()


def test_save_writes_what_is_shown(qtbot, pane: LogPane, tmp_path):
    logging.getLogger(LOGGER).info("keep me")
    pump(pane)
    target = tmp_path / "out.log"
    assert pane.save_to(target) == 1
    assert "keep me" in target.read_text(encoding="utf-8")


def test_saving_to_a_bad_path_says_why_and_keeps_the_lines(qtbot, pane: LogPane, tmp_path,
                                                            monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    logging.getLogger(LOGGER).info("precious")
    pump(pane)
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path), "")))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: warnings.append(text)))
    pane.ask_and_save()
    assert warnings
    assert "Is a directory" in warnings[0]
    assert "precious" in pane.text()


def test_naive_mode_appends_one_signal_per_line_and_switches_back(qtbot, pane: LogPane):
    pane.naive.setChecked(True)
    done = threading.Event()

    def work() -> None:
        for n in range(50):
            logging.getLogger(LOGGER).info("naive %d", n)
        done.set()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: "naive 49" in pane.naive_view.toPlainText())
    pane.naive.setChecked(False)
    logging.getLogger(LOGGER).info("back to the ring")
    pump(pane)
    assert "back to the ring" in pane.text()
