"""The window: its public object names, its buttons, its log and its bad-input handling."""

from __future__ import annotations

import pytest
from conftest import wait_done
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QPushButton, QWidget

from app.widgets.main_window import MainWindow
from app.workers.job import JobState

NAMES = [
    "modeSelector", "workloadSelector", "durationInput", "runButton", "runInlineButton",
    "runThreadButton", "runQThreadButton", "runProcessButton", "runThreadPoolButton",
    "runProcessPoolButton", "anotherEventButton", "cancelAllButton", "jobsView", "logPane",
    "lagMeter", "labTabs",
]


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.runner.process_pool_ready, timeout=30_000)
    return win


def jobs(window: MainWindow):
    return window.run_panel.jobs_model.jobs()


def test_builds_with_no_arguments_and_has_every_public_name(qtbot, window: MainWindow):
    qtbot.waitUntil(window.labs_ready, timeout=30_000)
    for name in NAMES:
        assert window.findChild(QWidget, name) is not None, name
    modes = window.findChild(QComboBox, "modeSelector")
    assert [modes.itemData(i) for i in range(modes.count())] == [
        "inline", "thread", "qthread", "process", "thread_pool", "process_pool", "queue"]
    workloads = window.findChild(QComboBox, "workloadSelector")
    assert [workloads.itemData(i) for i in range(workloads.count())][:2] == ["io", "cpu"]


@pytest.mark.parametrize("value, shown", [(0.0, 0.1), (-5, 0.1), (61, 60.0), (1e9, 60.0)])
def test_duration_outside_the_range_is_not_accepted(window: MainWindow, value, shown):
    spin = window.findChild(QDoubleSpinBox, "durationInput")
    spin.setValue(value)
    assert spin.value() == shown


def test_typed_garbage_leaves_the_duration_alone(qtbot, window: MainWindow):
    spin = window.findChild(QDoubleSpinBox, "durationInput")
    spin.setValue(2.0)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "abc")
    spin.interpretText()
    assert spin.value() == 2.0


def test_run_button_uses_the_selected_mode_and_workload(qtbot, window: MainWindow):
    window.mode_selector.setCurrentIndex(window.mode_selector.findData("thread_pool"))
    window.workload_selector.setCurrentIndex(window.workload_selector.findData("cpu"))
    window.duration_input.setValue(0.1)
    qtbot.mouseClick(window.findChild(QPushButton, "runButton"), Qt.MouseButton.LeftButton)
    (job,) = jobs(window)
    assert (job.mode, job.workload) == ("thread_pool", "cpu")
    wait_done(qtbot, job)
    assert job.state is JobState.DONE


@pytest.mark.parametrize("name, mode", [
    ("runInlineButton", "inline"), ("runThreadButton", "thread"),
    ("runQThreadButton", "qthread"), ("runProcessButton", "process"),
    ("runThreadPoolButton", "thread_pool"), ("runProcessPoolButton", "process_pool"),
])
def test_each_mode_button_runs_its_mode(qtbot, window: MainWindow, name, mode):
    window.duration_input.setValue(0.1)
    qtbot.mouseClick(window.findChild(QPushButton, name), Qt.MouseButton.LeftButton)
    (job,) = jobs(window)
    assert job.mode == mode
    wait_done(qtbot, job)
    assert job.state is JobState.DONE


def test_another_event_logs_at_once(qtbot, window: MainWindow):
    qtbot.mouseClick(window.findChild(QPushButton, "anotherEventButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "another event happened" in window.log_pane.text())
    assert "[GUI thread]" in window.log_pane.text()


def test_log_lines_carry_thread_names_and_pids(qtbot, window: MainWindow):
    window.duration_input.setValue(0.1)
    window.run_in("thread")
    window.run_in("process")
    for job in jobs(window):
        wait_done(qtbot, job)
    thread_job, process_job = jobs(window)
    qtbot.waitUntil(lambda: f"[{process_job.worker}] IO job" in window.log_pane.text())
    qtbot.waitUntil(lambda: f"[{thread_job.worker}] IO job" in window.log_pane.text())
    assert process_job.worker.startswith("pid ")


def test_cancel_all_button_cancels_every_job(qtbot, window: MainWindow):
    window.duration_input.setValue(30)
    for mode in ("thread", "qthread", "thread_pool", "process", "process_pool"):
        window.run_in(mode)
    qtbot.waitUntil(lambda: all(j.state is JobState.RUNNING for j in jobs(window)),
                    timeout=20_000)
    qtbot.mouseClick(window.findChild(QPushButton, "cancelAllButton"), Qt.MouseButton.LeftButton)
    for job in jobs(window):
        wait_done(qtbot, job)
        assert job.state is JobState.CANCELLED


def test_a_failing_job_shows_its_error_and_the_app_carries_on(qtbot, window: MainWindow):
    import task_fixtures

    job = wait_done(qtbot, window.runner.submit(task_fixtures.raise_value_error, "thread"))
    model = window.run_panel.jobs_model
    row = model.jobs().index(job)
    qtbot.waitUntil(lambda: "ValueError" in model.index(row, 4).data())
    assert "Traceback" in model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: "ValueError: bad input" in window.log_pane.text())
    window.duration_input.setValue(0.1)
    window.run_in("thread")
    wait_done(qtbot, jobs(window)[-1])
    assert jobs(window)[-1].state is JobState.DONE


def test_labs_are_built_after_the_first_paint(qtbot, window: MainWindow):
    qtbot.waitUntil(window.labs_ready, timeout=30_000)
    tabs = window.lab_tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles[0] == "Execution modes"
    assert {"GIL lab", "Thread-pool crawler", "Timeline"} <= set(titles)
    for name in ("gilRun", "crawlerStart", "timelineView", "exportTraceButton"):
        assert window.findChild(QWidget, name) is not None, name
    assert window.lag_meter.chart is not None


@pytest.mark.parametrize("mode", ["thread", "process_pool", "process"])
def test_http_workload_fetches_from_the_embedded_site(qtbot, window: MainWindow, mode):
    window.workload_selector.setCurrentIndex(window.workload_selector.findData("http"))
    window.duration_input.setValue(0.3)
    window.run_in(mode)
    (job,) = jobs(window)
    wait_done(qtbot, job)
    assert job.state is JobState.DONE, job.error
    assert job.result["requests"] > 0
    assert job.result["errors"] == 0


def test_queue_mode_builds_a_backlog_that_drains(qtbot, window: MainWindow):
    qtbot.waitUntil(window.labs_ready, timeout=30_000)
    window.mode_selector.setCurrentIndex(window.mode_selector.findData("queue"))
    window.duration_input.setValue(0.2)
    button = window.findChild(QPushButton, "runButton")
    for _ in range(10):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    queued = jobs(window)
    assert len(queued) == 10
    assert all(j.mode == "queue" for j in queued)
    assert sum(j.state is JobState.QUEUED for j in queued) >= 8
    for job in queued:
        wait_done(qtbot, job)
    assert all(j.state is JobState.DONE for j in queued)
    assert {j.worker for j in queued} <= {t for t in (j.worker for j in queued) if t}


def test_queue_mode_cancel_and_close_leave_nothing_running(qtbot, window: MainWindow):
    qtbot.waitUntil(window.labs_ready, timeout=30_000)
    window.duration_input.setValue(30)
    for _ in range(4):
        window.run_in("queue")
    qtbot.waitUntil(lambda: any(j.state is JobState.RUNNING for j in jobs(window)),
                    timeout=10_000)
    window.runner.cancel_all()
    for job in jobs(window):
        wait_done(qtbot, job)
        assert job.state is JobState.CANCELLED


def test_the_queue_mode_arrives_with_its_lab(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.mode_selector.findData("queue") == -1
    assert not win.findChild(QPushButton, "runQueueButton").isEnabled()
    win.show()
    qtbot.waitUntil(win.labs_ready, timeout=30_000)
    assert win.mode_selector.findData("queue") >= 0
    assert win.findChild(QPushButton, "runQueueButton").isEnabled()


def test_the_lag_chart_follows_a_dark_palette(qtbot, window: MainWindow):
    from PySide6.QtGui import QColor, QPalette

    qtbot.waitUntil(lambda: window.lag_meter.chart is not None, timeout=30_000)
    chart = window.lag_meter.chart
    dark = QPalette(chart.palette())
    dark.setColor(QPalette.ColorRole.WindowText, QColor(230, 230, 230))
    chart.setPalette(dark)
    assert chart._curve.opts["pen"].color() == QColor(230, 230, 230)
