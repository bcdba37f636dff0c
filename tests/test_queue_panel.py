"""The queue lab's panel: drives runs, stays responsive, shows live data, cleans up."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTextBrowser,
)

from app.widgets.queue_panel import QueuePanel
from app.workers.heartbeat import Heartbeat
from app.workers.queue_controller import QueueController

RUN_MS = 30_000


@pytest.fixture
def panel(queue_panel: QueuePanel) -> QueuePanel:
    return queue_panel


def fast(panel: QueuePanel, items: int = 200) -> None:
    panel.produce_ms.setValue(1)
    panel.consume_ms.setValue(1)
    panel.items.setValue(items)


def test_the_contract_object_names_exist(panel: QueuePanel) -> None:
    names = {
        "queueProducers": QSpinBox, "queueConsumers": QSpinBox, "queueMaxSize": QSpinBox,
        "queueBackend": QComboBox, "queueStart": QPushButton, "queueStop": QPushButton,
        "queueDepth": QProgressBar, "queueStats": QLabel, "queueCode": QTextBrowser,
    }
    for name, kind in names.items():
        assert isinstance(panel.findChild(kind, name), kind), name
    assert [panel.backend.itemData(i) for i in range(panel.backend.count())] == [
        "thread", "process",
    ]
    assert (panel.producers.minimum(), panel.producers.maximum()) == (1, 16)
    assert (panel.consumers.minimum(), panel.consumers.maximum()) == (1, 16)


def test_a_run_completes_while_the_ui_stays_live(qtbot, panel: QueuePanel) -> None:
    beat = Heartbeat(interval_ms=10)
    beat.start()
    try:
        fast(panel)
        panel.max_size.setValue(3)
        updates: list[object] = []
        panel.controller.updated.connect(updates.append)
        with qtbot.waitSignal(panel.controller.finished, timeout=RUN_MS) as finished:
            panel.start_button.click()
        summary = finished.args[0]
        assert summary.ok and summary.tally.consumed == 200
        assert updates, "the panel got no frame while the run went on"
        assert beat.stats().ticks > 0, "the event loop did not turn during the run"
    finally:
        beat.stop()
    assert panel.table.rowCount() == 4
    assert "200" in panel.stats.text()
    assert panel.start_button.isEnabled() and not panel.stop_button.isEnabled()
    assert panel.depth.maximum() == 3


def test_process_backend_runs_from_the_panel(qtbot, panel: QueuePanel) -> None:
    fast(panel, 50)
    panel.backend.setCurrentIndex(panel.backend.findData("process"))
    with qtbot.waitSignal(panel.controller.finished, timeout=RUN_MS) as finished:
        panel.start_button.click()
    assert finished.args[0].ok
    assert "multiprocessing" in panel.code.code()
    assert "multiprocessing" in panel.findChild(QTextBrowser, "queueCode").toPlainText()


def test_stop_with_discard_keeps_the_books(qtbot, panel: QueuePanel) -> None:
    panel.produce_ms.setValue(0)
    panel.consume_ms.setValue(20)
    panel.max_size.setValue(2)
    panel.until_stopped.setChecked(True)
    panel.stop_mode.setCurrentIndex(panel.stop_mode.findData("discard"))
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.depth.value() == 2, timeout=RUN_MS)
    with qtbot.waitSignal(panel.controller.finished, timeout=RUN_MS) as finished:
        panel.stop_button.click()
    tally = finished.args[0].tally
    assert tally.produced == tally.consumed + tally.discarded
    assert tally.discarded > 0 and finished.args[0].ok
    assert panel.note.text()


def test_the_seeds_stop_at_one_is_survived_and_explained(qtbot, panel: QueuePanel) -> None:
    fast(panel, 20)
    panel.producers.setValue(1)
    panel.consumers.setValue(3)
    panel.policy.setCurrentIndex(panel.policy.findData("stop_at_one"))
    assert "q.put(1)" in panel.code.code()
    with qtbot.waitSignal(panel.controller.finished, timeout=RUN_MS) as finished:
        panel.start_button.click()
    assert finished.args[0].hung == 2
    assert "fragile" in panel.note.text()


def test_queue_shutdown_is_greyed_out_with_a_reason_before_3_13(panel: QueuePanel) -> None:
    row = panel.policy.findData("shutdown")
    model = panel.policy.model()
    assert isinstance(model, QStandardItemModel)
    item = model.item(row)
    if sys.version_info < (3, 13):
        assert not item.isEnabled()
        assert "3.13" in item.toolTip()
    panel.backend.setCurrentIndex(panel.backend.findData("process"))
    assert not item.isEnabled()


def test_closing_mid_run_stops_everything(qtbot, panel: QueuePanel) -> None:
    panel.until_stopped.setChecked(True)
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 4, timeout=RUN_MS)
    panel.close()
    assert not panel.controller.is_running()
    assert not panel.controller._timer.isActive()


def test_submitted_callables_queue_up_then_run_on_consumer_threads(qtbot) -> None:
    controller = QueueController(service_consumers=2)
    ran: list[str] = []
    taken: list[int] = []
    gate = threading.Event()

    def job() -> None:
        gate.wait(10)
        ran.append(threading.current_thread().name)

    try:
        ids = [controller.submit_callable(job, on_taken=taken.append) for _ in range(10)]
        assert controller.is_service()
        qtbot.waitUntil(lambda: controller.snapshot().live.depth == 8, timeout=RUN_MS)
        gate.set()
        qtbot.waitUntil(lambda: len(ran) == 10, timeout=RUN_MS)
        qtbot.waitUntil(lambda: sorted(taken) == ids, timeout=RUN_MS)
        assert all(name.startswith("queue-consumer") for name in ran)
        with qtbot.waitSignal(controller.finished, timeout=RUN_MS) as finished:
            controller.stop(drain=True)
        assert finished.args[0].ok and finished.args[0].tally.consumed == 10
    finally:
        gate.set()
        controller.shutdown()
    assert not controller._timer.isActive()
