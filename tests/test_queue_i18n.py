"""The queue lab speaks through tr(): every text it shows follows a live language switch."""

from __future__ import annotations

import pytest
from i18n_check import CLOSE, OPEN, pseudo_translation, untranslated_texts

from app.widgets.queue_panel import QueuePanel
from app.workers.queue_model import QueueConfig, Summary, Tally

IDENTIFIERS = {"Queue.shutdown()"}
"""Shown as code, on purpose left as it is in every language."""
RUN_MS = 30_000


@pytest.fixture
def panel(queue_panel: QueuePanel) -> QueuePanel:
    return queue_panel


def wrapped(text: str) -> bool:
    return text.startswith(OPEN) and text.endswith(CLOSE)


def table_texts(panel: QueuePanel) -> list[list[str]]:
    table = panel.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_a_finished_run_is_all_translated_and_comes_back(qtbot, panel: QueuePanel) -> None:
    panel.produce_ms.setValue(1)
    panel.consume_ms.setValue(1)
    panel.items.setValue(40)
    panel.producers.setValue(1)
    panel.consumers.setValue(3)
    panel.policy.setCurrentIndex(panel.policy.findData("stop_at_one"))
    with qtbot.waitSignal(panel.controller.finished, timeout=RUN_MS):
        panel.start_button.click()
    english_stats, english_note = panel.stats.text(), panel.note.text()
    english_table = table_texts(panel)
    assert "fragile" in english_note and "duplicates" in english_stats
    assert [row[0] for row in english_table] == [
        "producer 1", "consumer 1", "consumer 2", "consumer 3",
    ]
    assert panel.rate.text().endswith(" items/s")

    with pseudo_translation():
        assert untranslated_texts(panel, allowed=IDENTIFIERS) == []
        # Texts the checker does not list: cells, suffixes, formats, axes, tooltips.
        for row in table_texts(panel):
            assert wrapped(row[0]) and wrapped(row[1]), row
        assert wrapped(panel.stats.text()) and wrapped(panel.rate.text())
        assert all(wrapped(line) for line in panel.note.text().splitlines())
        assert wrapped(panel.produce_ms.suffix()) and wrapped(panel.consume_ms.suffix())
        assert wrapped(panel.max_size.specialValueText())
        assert wrapped(panel.depth.format())
        for axis in ("left", "bottom"):
            assert wrapped(panel.plot.getPlotItem().getAxis(axis).labelText), axis
        panel.backend.setCurrentIndex(panel.backend.findData("process"))  # shutdown greyed
        model = panel.policy.model()
        assert wrapped(model.item(panel.policy.findData("shutdown")).toolTip())
        assert panel.policy.itemData(panel.policy.currentIndex()) == "stop_at_one"

    assert untranslated_texts(panel, allowed=IDENTIFIERS) != []  # English, not stale pseudo-text
    assert panel.start_button.text() == "Start"
    assert panel.policy.currentText() == "Stop when you see 1 (the seed's way)"
    assert panel.table.horizontalHeaderItem(1).text() == "State"
    assert panel.produce_ms.suffix() == " ms"
    assert (panel.stats.text(), panel.note.text()) == (english_stats, english_note)
    assert table_texts(panel) == english_table
    assert panel.plot.getPlotItem().getAxis("left").labelText == "queue depth"


def test_live_counters_follow_a_switch_mid_run(qtbot, panel: QueuePanel) -> None:
    panel.produce_ms.setValue(0)
    panel.consume_ms.setValue(20)
    panel.until_stopped.setChecked(True)
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 4, timeout=RUN_MS)
    assert panel.stats.text().startswith("Produced ")
    with pseudo_translation():
        assert untranslated_texts(panel, allowed=IDENTIFIERS) == []
        qtbot.waitUntil(lambda: wrapped(panel.stats.text()), timeout=RUN_MS)
        assert wrapped(panel.table.item(3, 0).text())
    qtbot.waitUntil(lambda: panel.stats.text().startswith("Produced "), timeout=RUN_MS)
    assert panel.table.item(3, 0).text() == "consumer 2"
    with qtbot.waitSignal(panel.controller.finished, timeout=RUN_MS):
        panel.stop_button.click()
    assert panel.note.text() == "Stopped: the backlog was drained."


def test_a_service_run_note_and_killed_children_are_translated(panel: QueuePanel) -> None:
    """The engine's English 'terminated N child processes' is said by the note instead."""
    config = QueueConfig(backend="process")
    summary = Summary(
        config, Tally(10, 6, 0, 0, 4, 0), 1.5, killed=2,
        errors=("terminated 2 child processes", "OSError: pipe closed"),
    )
    panel.controller.finished.emit(summary)
    assert panel.note.text().splitlines() == [
        "2 child process(es) had to be terminated.",
        "Errors: OSError: pipe closed",
    ]
    assert panel.stats.text().endswith("NOT exactly once ✗")
    with pseudo_translation():
        assert untranslated_texts(panel, allowed=IDENTIFIERS) == []
        assert all(wrapped(line) for line in panel.note.text().splitlines())
        assert "OSError: pipe closed" in panel.note.text()  # Python's own message, as it is
    panel.controller.started.emit(QueueConfig(producers=0, capacity=0, items=None, service=True))
    assert panel.note.text() == "Running the jobs queued from the main window."
    assert panel.stats.text() == ""
    with pseudo_translation():
        assert wrapped(panel.note.text())
    panel.controller.finished.emit(summary)  # back to idle buttons, as after a real run
