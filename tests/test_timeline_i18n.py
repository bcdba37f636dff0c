"""The timeline tab says everything through tr() and says it again on a language switch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from i18n_check import OPEN, pseudo_translation, untranslated_texts

from app.widgets.timeline_panel import TimelinePanel
from app.workers import tasks
from app.workers.compare import COMPARE_LANE, ModeRow
from app.workers.heartbeat import Heartbeat
from app.workers.runner import Runner
from app.workers.timeline import GUI_LANE, STALL_LANE

POOL_LANE = "thread pool · ThreadPoolExecutor-0_0"
UNSTARTED_LANE = "process pool: never started"


@pytest.fixture
def heartbeat() -> Iterator[Heartbeat]:
    beat = Heartbeat()
    beat.start()
    yield beat
    beat.stop()


def wrapped(text: str) -> bool:
    return OPEN in text


def test_a_compared_panel_is_all_translated_and_comes_back(qtbot, runner: Runner, heartbeat):
    panel = TimelinePanel(runner, heartbeat)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.compare is not None
    with qtbot.waitSignal(panel.compare.finished, timeout=20_000):
        panel.compare.start(tasks.simulated_io, {"duration": 0.05}, "io", modes=["thread"])
    # A row that froze the UI and one that never ran: every text path of the table.
    panel.results.add_row(ModeRow("inline", "done", 0.3, 0.0, 80.0, 300.0, 0.1, "MainThread"))
    panel.results.add_row(ModeRow("process", "refused", 0.0, 0.0, 0.0, 0.0, 0.0, ""))
    now = panel.recorder.origin + 1.0
    panel.recorder.span(STALL_LANE, "stalled", now, now + 0.2, "stalled", lag_ms=200.0)
    panel.recorder.span(POOL_LANE, "fetch #1", now, now + 0.1)
    panel.recorder.span(UNSTARTED_LANE, "fetch #2", now, now, "cancelled")
    assert panel.view.refresh(now + 1)
    stall = next(s for s in panel.recorder.snapshot().spans
                 if s.lane == STALL_LANE and s.state == "stalled")
    assert panel.compare_status.text() == "Compared 1 modes."

    with pseudo_translation():
        assert untranslated_texts(panel) == []
        assert wrapped(panel.compare_status.text())
        assert wrapped(panel.compare_button.text())
        assert wrapped(panel.compare_workload.currentText())
        assert wrapped(panel.window_input.suffix()) and wrapped(panel.compare_duration.suffix())
        assert wrapped(panel.view.getPlotItem().getAxis("bottom").labelText)
        labels = dict(zip(panel.view.lanes(), panel.view.lane_labels(), strict=True))
        for lane in (GUI_LANE, STALL_LANE, COMPARE_LANE, POOL_LANE, UNSTARTED_LANE):
            assert wrapped(labels[lane]), lane
        assert labels[POOL_LANE].endswith("· ThreadPoolExecutor-0_0")  # the thread's own name
        tooltip = panel.view.describe(stall)
        assert tooltip.count(OPEN) >= 3  # name, state, field labels
        table = panel.results
        assert wrapped(table.item(0, 0).text())  # the mode's name
        assert wrapped(table.item(1, 4).text())  # "(UI frozen)"
        assert wrapped(table.item(2, 6).text())  # "refused"

    assert untranslated_texts(panel) != []  # plain English again, not stale pseudo-text
    assert panel.compare_status.text() == "Compared 1 modes."
    assert panel.compare_button.text() == "Compare all modes"
    assert panel.results.horizontalHeaderItem(0).text() == "Mode"
    assert panel.results.item(1, 4).text() == "300 (UI frozen)"
    assert panel.view.lane_labels()[0] == GUI_LANE
    assert "(stalled)" in panel.view.describe(stall)


def test_status_lines_follow_a_language_switch(qtbot, tmp_path):
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    assert panel.compare_status.text() == "No runner: nothing to compare."
    with pseudo_translation():
        assert untranslated_texts(panel) == []
        assert wrapped(panel.compare_status.text())
    path = panel.export_trace(str(tmp_path / "trace.json"))
    assert path is not None
    with pseudo_translation():
        text = panel.compare_status.text()
        assert wrapped(text) and path in text
    assert panel.compare_status.text().startswith("Wrote ")
    panel.shutdown()
