"""The GIL lab follows a language switch live: every text it shows goes through tr()."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest_gil import assert_nothing_left, snapshot
from i18n_check import CLOSE, OPEN, pseudo_translation, untranslated_texts
from PySide6.QtCore import Qt

from app.widgets.gil_panel import INTERPRETERS, GilPanel
from app.workers.gil_controller import GilController
from app.workers.gil_engine import STRATEGIES, GilEngine, unavailable_reason
from app.workers.outcome import ErrorInfo

IDENTIFIERS = {INTERPRETERS}
"""Shown as written in every language: a class name (a combobox item on Python 3.14+)."""


@pytest.fixture
def panel(qtbot):
    before = snapshot()
    controller = GilController(GilEngine(pool_size=2))
    widget = GilPanel(controller=controller)
    qtbot.addWidget(widget)
    widget.seconds.setValue(0.1)
    yield widget
    widget.shutdown()
    assert not [t for t in threading.enumerate() if t.name.startswith("gil-")]
    assert_nothing_left(before)


def idle(busy: bool) -> bool:
    return not busy


def wrapped(text: str) -> bool:
    return text.startswith(OPEN) and text.endswith(CLOSE)


def table_texts(panel: GilPanel, column: int) -> list[str]:
    return [panel.table.item(row, column).text() for row in range(panel.table.rowCount())]


def test_every_text_is_translated_live_with_results_shown(qtbot, panel: GilPanel) -> None:
    panel.workload.setCurrentIndex(panel.workload.findData("io"))
    panel.strategy.setCurrentIndex(panel.strategy.findData("threads"))
    panel.workers.setValue(2)
    with qtbot.waitSignal(panel.controller.busyChanged, timeout=20_000, check_params_cb=idle):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert [r.strategy for r in panel.results()] == ["sequential", "threads"]  # baseline first
    assert panel.chart.curve_keys() == [("io", "threads")]

    with pseudo_translation():
        assert untranslated_texts(panel, allowed=IDENTIFIERS) == []
        assert wrapped(panel.status.text())
        assert table_texts(panel, 0) == [f"{OPEN}IO-bound (sleep){CLOSE}"] * 2
        assert table_texts(panel, 1) == [f"{OPEN}sequential{CLOSE}", f"{OPEN}N threads{CLOSE}"]
        assert all(OPEN in text for text in panel.chart.legend_texts())
        axis = panel.chart.getAxis("bottom").labelText
        assert wrapped(axis)
        assert wrapped(panel.chart.cores_line.label.format)
        assert wrapped(panel.seconds.suffix().strip())

    assert panel.run_button.text() == "Run"
    assert panel.status.text() == "Done."
    assert panel.workload.currentText() == "IO-bound (sleep)"
    assert table_texts(panel, 1) == ["sequential", "N threads"]
    assert "N threads · IO-bound (sleep)" in panel.chart.legend_texts()
    assert panel.chart.getAxis("bottom").labelText == "workers"
    assert panel.table.horizontalHeaderItem(0).text() == "workload"
    assert panel.code.copy_button.text() == "Copy"


def test_unavailable_strategies_are_retranslated(panel: GilPanel) -> None:
    missing = [key for key in STRATEGIES if unavailable_reason(key) is not None]
    if not missing:
        pytest.skip("this Python offers every strategy")
    index = panel.strategy.findData(missing[0])
    with pseudo_translation():
        assert wrapped(panel.strategy.itemText(index))
        assert wrapped(panel.strategy.itemData(index, Qt.ItemDataRole.ToolTipRole))
        assert all(wrapped(line) for line in panel.unavailable_label.text().splitlines())
    assert "(unavailable)" in panel.strategy.itemText(index)
    assert OPEN not in panel.unavailable_label.text()


def run_started(panel: GilPanel, tmp_path: Path) -> str:
    panel.controller.runStarted.emit("processes", 3)
    return "Running N processes (warm pool) with 3 worker(s)…"


def unavailable(panel: GilPanel, tmp_path: Path) -> str:
    panel.controller.unavailable.emit("free_threads", "gil_enabled")
    return "N free-threaded threads is unavailable: the GIL is enabled in this Python"


def failed(panel: GilPanel, tmp_path: Path) -> str:
    panel.controller.failed.emit(ErrorInfo("ValueError", "boom", ""))
    return "The run failed: ValueError: boom"


def pool_ready(panel: GilPanel, tmp_path: Path) -> str:
    panel.controller.poolReady.emit()
    return "Ready: the process pool is warm."


def exported(panel: GilPanel, tmp_path: Path) -> str:
    panel.export_csv(tmp_path / "gil.csv")
    return "Exported 0 result(s)."


@pytest.mark.parametrize("trigger", [run_started, unavailable, failed, pool_ready, exported])
def test_status_line_follows_the_language(panel: GilPanel, tmp_path: Path, trigger) -> None:
    english = trigger(panel, tmp_path)
    assert panel.status.text() == english
    with pseudo_translation():
        assert wrapped(panel.status.text())
        assert untranslated_texts(panel, allowed=IDENTIFIERS) == []
    assert panel.status.text() == english


def test_live_lag_and_switch_interval_follow_the_language(qtbot, panel: GilPanel) -> None:
    panel.switch_slider.setValue(20)
    panel.controller.busyChanged.emit(True)
    qtbot.waitUntil(lambda: "p50" in panel.live_lag.text())
    with pseudo_translation():
        assert wrapped(panel.live_lag.text()) and "p50" in panel.live_lag.text()
        assert panel.switch_label.text() == f"{OPEN}2.0 ms{CLOSE}"
    assert panel.live_lag.text().startswith("UI lag now: p50")
    assert panel.switch_label.text() == "2.0 ms"
    panel.controller.busyChanged.emit(False)
    assert panel.live_lag.text() == "UI lag now: idle"
    panel.shutdown()
