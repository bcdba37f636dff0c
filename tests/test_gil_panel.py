"""The GIL lab panel: strategies run and report, unavailable ones are labelled, CSV, slider."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import psutil
import pytest
from conftest_gil import assert_nothing_left, snapshot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from app.widgets.gil_panel import GilPanel
from app.workers.gil_controller import GilController
from app.workers.gil_engine import (
    STRATEGIES,
    GilEngine,
    available_strategies,
    max_workers,
    unavailable_reason,
)
from app.workers.gil_results import read_csv

MAXIM = "进程是资源分配的基本单位,线程是资源调度的基本单位"


@pytest.fixture
def panel(qtbot):
    original = sys.getswitchinterval()
    before = snapshot()
    controller = GilController(GilEngine(pool_size=2))
    widget = GilPanel(controller=controller)
    qtbot.addWidget(widget)
    widget.seconds.setValue(0.1)
    yield widget
    pids = controller.engine.pool_pids()
    widget.shutdown()
    assert sys.getswitchinterval() == original
    assert not controller.heartbeat.is_active()
    assert not [t for t in threading.enumerate() if t.name.startswith("gil-")]
    assert not [p for p in pids if psutil.pid_exists(p)]
    assert not widget._live.isActive()
    assert_nothing_left(before)


def idle(busy: bool) -> bool:
    return not busy


def strategy_keys(panel: GilPanel) -> list[str]:
    return [panel.strategy.itemData(i) for i in range(panel.strategy.count())]


def test_panel_has_its_public_names(panel: GilPanel) -> None:
    for name in (
        "gilWorkload",
        "gilWorkers",
        "gilRun",
        "gilRunAll",
        "gilResults",
        "gilChart",
        "gilExport",
        "switchInterval",
        "gilCode",
        "gilExplanation",
    ):
        assert panel.findChild(object, name) is not None, name
    assert panel.workers.minimum() == 1
    assert panel.workers.maximum() == max_workers()
    assert {panel.workload.itemData(i) for i in range(panel.workload.count())} >= {"cpu", "io"}
    assert MAXIM in panel.findChild(object, "gilExplanation").text()
    browser = panel.findChild(QTextBrowser, "gilCode")
    assert browser is panel.code.browser and browser.isReadOnly()
    assert "ProcessPoolExecutor" in panel.code.code()
    assert "ProcessPoolExecutor" in browser.toPlainText()
    assert strategy_keys(panel) == list(STRATEGIES)
    assert panel.controller.engine.pool_pids() == [], "no process before the lab is shown"


@pytest.mark.slow
def test_every_available_strategy_runs_and_reports(qtbot, panel: GilPanel) -> None:
    panel.workers.setValue(2)
    panel.workload.setCurrentIndex(panel.workload.findData("cpu"))
    for strategy in available_strategies():
        panel.strategy.setCurrentIndex(panel.strategy.findData(strategy.key))
        with qtbot.waitSignal(panel.controller.busyChanged, timeout=60_000, check_params_cb=idle):
            qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
            assert panel.controller.is_busy()
    ran = {r.strategy for r in panel.results()}
    assert ran == {s.key for s in available_strategies()}
    assert panel.table.rowCount() == len(panel.results())
    for result in panel.results():
        assert result.wall_s > 0 and result.units > 0
        assert result.speedup > 0
    assert {key for _, key in panel.chart.curve_keys()} == ran - {"sequential"}


def test_unavailable_strategy_is_labelled_and_does_not_error(qtbot, panel: GilPanel) -> None:
    missing = [key for key in STRATEGIES if unavailable_reason(key) is not None]
    if not missing:
        pytest.skip("this Python offers every strategy")
    errors: list[object] = []
    panel.controller.failed.connect(errors.append)
    model = panel.strategy.model()
    for key in missing:
        index = panel.strategy.findData(key)
        assert not model.item(index).isEnabled()
        assert panel.strategy.itemData(index, Qt.ItemDataRole.ToolTipRole)
        assert panel._labels[key] in panel.unavailable_label.text()
        with qtbot.waitSignal(panel.controller.unavailable) as blocker:
            panel.controller.run("cpu", key, 2, 0.1)
        assert blocker.args == [key, unavailable_reason(key)]
        assert panel._labels[key] in panel.status.text()
    assert not panel.controller.is_busy()
    assert errors == []


@pytest.mark.slow
def test_run_all_sweeps_every_strategy_and_csv_round_trips(
    qtbot, panel: GilPanel, tmp_path: Path
) -> None:
    panel.workload.setCurrentIndex(panel.workload.findData("io"))
    with qtbot.waitSignal(panel.controller.busyChanged, timeout=80_000, check_params_cb=idle):
        qtbot.mouseClick(panel.run_all_button, Qt.MouseButton.LeftButton)
        assert panel.controller.is_busy()
    seen = {(r.strategy, r.workers) for r in panel.results()}
    pool = panel.controller.engine.pool_size
    expected = {("sequential", 1)} | {
        (s.key, min(n, pool) if s.key == "processes" else n)
        for s in available_strategies()
        if s.parallel
        for n in range(1, max_workers() + 1)
    }
    assert seen == expected
    path = tmp_path / "gil.csv"
    panel.export_csv(path)
    back = read_csv(path)
    assert len(back) == len(panel.results())
    assert all(a.same_as(b) for a, b in zip(panel.results(), back, strict=True))


def test_switch_interval_slider_sets_and_shutdown_restores(panel: GilPanel) -> None:
    original = sys.getswitchinterval()
    panel.switch_slider.setValue(10)
    assert sys.getswitchinterval() == pytest.approx(0.001)
    assert "1.0" in panel.switch_label.text()
    panel.switch_slider.setValue(panel.switch_slider.minimum())
    assert sys.getswitchinterval() == pytest.approx(0.0001)
    panel.switch_slider.setValue(panel.switch_slider.maximum())
    assert sys.getswitchinterval() == pytest.approx(0.05)
    panel.shutdown()
    assert sys.getswitchinterval() == original


def test_close_event_shuts_everything_down(qtbot, panel: GilPanel) -> None:
    original = sys.getswitchinterval()
    with qtbot.waitSignal(panel.controller.poolReady, timeout=60_000):
        panel.controller.warm_up()
    pids = panel.controller.engine.pool_pids()
    assert len(pids) == 2
    panel.switch_slider.setValue(20)
    panel.close()
    assert not [p for p in pids if psutil.pid_exists(p)]
    assert not [t for t in threading.enumerate() if t.name.startswith("gil-")]
    assert sys.getswitchinterval() == original
