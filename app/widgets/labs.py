"""The lab tabs, built one per event-loop turn after the window's first paint.

Each lab pulls in heavy modules (pyqtgraph, numpy, requests) that the preloader has
already imported in the background; building them after the first paint keeps start-up
as quick as a bare window, and one lab per turn keeps each step short.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.workers.heartbeat import Heartbeat
from app.workers.runner import Runner
from app.workers.timeline import TimelineRecorder

TYPE_CHECKING = False
if TYPE_CHECKING:
    from app.workers.queue_controller import QueueController

LAB_MODULES = [
    "psutil",
    "numpy",
    "pyqtgraph",
    "requests",
    "app.widgets.lag_chart",
    "app.widgets.gil_panel",
    "app.widgets.crawler_panel",
    "app.widgets.timeline_panel",
    "app.widgets.queue_panel",
    "app.workers.http_tasks",
]
"""What the preloader imports off the GUI thread after the first paint."""

LabFactory = Callable[[QWidget], QWidget]


def _gil(parent: QWidget) -> QWidget:
    from app.widgets.gil_panel import GilPanel
    from app.workers.gil_engine import WorkloadKind, register_workload
    from app.workers.http_tasks import fetch_once
    from app.workers.local_site import shared_site

    page = shared_site().url("/page", delay=0.02, size=4096)
    register_workload(
        WorkloadKind(
            "http",
            QCoreApplication.translate("Labs", "IO-bound (HTTP fetch)"),
            fetch_once,
            page,
            False,
        )
    )
    return GilPanel(parent)


def lab_factories(
    runner: Runner,
    heartbeat: Heartbeat,
    recorder: TimelineRecorder,
    queue: Callable[[], QueueController | None],
) -> list[tuple[str, Callable[[], str], LabFactory]]:
    """``(key, title, factory)`` for every lab, in tab order; titles are translated late.

    The queue lab and the crawler record into ``recorder``, the timeline tab's.
    """

    def producer_consumer(parent: QWidget) -> QWidget:
        from app.widgets.queue_panel import QueuePanel

        return QueuePanel(queue(), parent, recorder=recorder)

    def crawler(parent: QWidget) -> QWidget:
        from app.widgets.crawler_panel import CrawlerPanel

        return CrawlerPanel(parent, recorder=recorder)

    def timeline(parent: QWidget) -> QWidget:
        from app.widgets.timeline_panel import TimelinePanel

        return TimelinePanel(runner, heartbeat, recorder, parent)

    return [
        (
            "queue",
            lambda: QCoreApplication.translate("Labs", "Producer/consumer"),
            producer_consumer,
        ),
        ("gil", lambda: QCoreApplication.translate("Labs", "GIL lab"), _gil),
        ("crawler", lambda: QCoreApplication.translate("Labs", "Thread-pool crawler"), crawler),
        ("timeline", lambda: QCoreApplication.translate("Labs", "Timeline"), timeline),
    ]
