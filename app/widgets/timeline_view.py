"""The timeline plot: one lane per thread, pool slot or child process; one bar per span.

Bars of one state share one ``BarGraphItem`` (one brush), and only bars inside the
visible time range are handed to it, so a frame costs a handful of items and the bars in
sight, however many spans the recorder holds. The panel calls
:meth:`TimelineView.refresh` at frame rate; it redraws only if spans changed, one is
still running, or the view moved (counters alone never cause a redraw), and while
*follow* is on it scrolls to show the latest ``window_s`` seconds. Any manual pan or zoom
turns follow off, so a person can inspect a bar while work goes on.

The recorder's lane and state names are data (they also go into exported traces); the
view translates the ones it knows only where it shows them: lane ticks and tooltips. The
labs' lanes and the queue workers' states are said in the labs' own words (their tab
titles, the queue table's state names), so they read the same here as in their tabs.
"""

from __future__ import annotations

import time
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Signal
from PySide6.QtWidgets import QToolTip, QWidget

from app.widgets.plot_scene import without_scene_index
from app.workers.compare import COMPARE_LANE
from app.workers.timeline import (
    CRAWLER_LANE_PREFIX,
    GUI_LANE,
    LANE_SEPARATOR,
    QUEUE_LANE_PREFIX,
    STALL_LANE,
    STATES,
    Span,
    TimelineRecorder,
)
from app.workers.timeline_feed import MODE_LANE_PREFIX

STATE_COLOURS = {
    "running": "#3b82c4",
    "done": "#3fa34d",
    "cancelled": "#9a9a9a",
    "failed": "#d64545",
    "busy": "#e8a33d",
    "stalled": "#b22222",
    "blocked": "#8e5cc2",
    "waiting": "#c3ccd8",
}
BAR_HEIGHT = 0.7
DEFAULT_WINDOW_S = 20.0
PAGE_AT = 0.8
"""Where the newest work sits across a fresh page."""
LANE_LABEL_PX = 170
LIVE_S = 0.1
"""How often live changes are drawn: 10 Hz reads as live and costs a third of 30 Hz."""
NEVER_STARTED = ": never started"
"""How :func:`~app.workers.timeline_feed.lane_for` ends the lane of a job with no worker."""


def queue_state_labels() -> dict[str, str]:
    """The queue lab's worker states (span names and states), in the queue table's words."""
    return {
        "producing": QCoreApplication.translate("QueuePanel", "producing"),
        "consuming": QCoreApplication.translate("QueuePanel", "consuming"),
        "blocked": QCoreApplication.translate("QueuePanel", "blocked: queue full"),
        "waiting": QCoreApplication.translate("QueuePanel", "waiting: queue empty"),
    }


class TimelineView(pg.PlotWidget):
    """Lanes on y (top to bottom), seconds since the recorder started on x."""

    followChanged = Signal(bool)

    def __init__(self, recorder: TimelineRecorder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        without_scene_index(self)
        self.setObjectName("timelineView")
        self._recorder = recorder
        self.window_s = DEFAULT_WINDOW_S
        self._follow = True
        self._drawn_version = -1
        self._range_moved = False
        self._page_stale = True
        self._paged_lanes = 0
        self._drawn_at = 0.0
        self._shown: dict[str, np.ndarray] = {}
        self._lanes: list[str] = []
        self._spans: list[Span] = []
        self._starts = self._ends = self._rows = np.empty(0)
        self._states = np.empty(0, dtype=int)
        self._now = time.perf_counter()
        plot = self.getPlotItem()
        plot.invertY(True)
        plot.showGrid(x=True, y=False, alpha=0.25)
        plot.hideButtons()
        # A fixed width: a new lane with a longer name must not re-lay the whole plot.
        plot.getAxis("left").setWidth(LANE_LABEL_PX)
        self.setMenuEnabled(False)
        self._bars: dict[str, pg.BarGraphItem] = {}
        for state in STATES:
            bars = pg.BarGraphItem(x0=np.empty(0), x1=np.empty(0), y0=np.empty(0),
                                   height=np.empty(0), brush=STATE_COLOURS[state], pen=None)
            plot.addItem(bars)
            self._bars[state] = bars
            self._shown[state] = np.empty((3, 0))
        plot.getViewBox().sigRangeChangedManually.connect(self._moved_by_hand)
        plot.getViewBox().sigXRangeChanged.connect(self._on_x_range)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the axis title and lane names (again, after a language switch)."""
        self.getPlotItem().setLabel("bottom", self.tr("time since the app started"), units="s")
        self._set_lane_ticks()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def lane_label(self, lane: str) -> str:
        """``lane`` as shown: the names the app gives lanes translated, thread names as is."""
        fixed = {GUI_LANE: self.tr("GUI thread"), STALL_LANE: self.tr("GUI thread: stalls"),
                 COMPARE_LANE: self.tr("compare all modes")}
        if lane in fixed:
            return fixed[lane]
        prefixes = {MODE_LANE_PREFIX["thread_pool"]: self.tr("thread pool"),
                    MODE_LANE_PREFIX["process"]: self.tr("process"),
                    MODE_LANE_PREFIX["process_pool"]: self.tr("process pool"),
                    CRAWLER_LANE_PREFIX: QCoreApplication.translate("Labs", "Thread-pool crawler"),
                    QUEUE_LANE_PREFIX: QCoreApplication.translate("Labs", "Producer/consumer")}
        if lane.endswith(NEVER_STARTED):
            mode = lane.removesuffix(NEVER_STARTED)
            return self.tr("{mode}: never started").format(mode=prefixes.get(mode, mode))
        head, sep, worker = lane.partition(LANE_SEPARATOR)
        if sep and head == QUEUE_LANE_PREFIX:
            worker = self._queue_role(worker)
        if sep and head in prefixes:
            return f"{prefixes[head]}{LANE_SEPARATOR}{worker}"
        return lane

    @staticmethod
    def _queue_role(role: str) -> str:
        """``producer 2`` / ``consumer 1`` as the queue lab's table says them."""
        kind, _, number = role.partition(" ")
        if kind == "producer":
            return QCoreApplication.translate("QueuePanel", "producer {n}").format(n=number)
        if kind == "consumer":
            return QCoreApplication.translate("QueuePanel", "consumer {n}").format(n=number)
        return role

    def state_label(self, state: str) -> str:
        """A span's state as shown in tooltips."""
        labels = {"running": self.tr("running"), "done": self.tr("done"),
                  "cancelled": self.tr("cancelled"), "failed": self.tr("failed"),
                  "busy": self.tr("busy"), "stalled": self.tr("stalled")}
        queue_states = queue_state_labels()
        labels |= {"blocked": queue_states["blocked"], "waiting": queue_states["waiting"]}
        return labels.get(state, state)

    def lane_labels(self) -> list[str]:
        """The lane names shown on the left axis, top to bottom."""
        return [self.lane_label(lane) for lane in self._lanes]

    def _set_lane_ticks(self) -> None:
        ticks = list(enumerate(self.lane_labels()))
        self.getPlotItem().getAxis("left").setTicks([ticks])

    @property
    def follow(self) -> bool:
        """True while the view scrolls itself to the newest work."""
        return self._follow

    def set_follow(self, on: bool) -> None:
        """Scroll live (True) or stay where the person put the view (False)."""
        if on != self._follow:
            self._follow = on
            self.followChanged.emit(on)
        if on:
            self._range_moved = self._page_stale = True

    def _moved_by_hand(self, *_: object) -> None:
        self.set_follow(False)

    def _on_x_range(self, *_: object) -> None:
        self._range_moved = True  # bars outside the old range may now show

    def lanes(self) -> list[str]:
        """Lane names from top to bottom, as last drawn."""
        return list(self._lanes)

    def refresh(self, now: float | None = None) -> bool:
        """Redraw if spans changed, one still runs, or the view moved; return whether it drew.

        Live updates are drawn every :data:`LIVE_S` at most and only the items whose bars
        changed are touched: a repaint calls back into Python many times, and each call
        waits for the GIL while a CPU-bound thread holds it. A pan or zoom by hand is
        drawn on the next frame.
        """
        now = time.perf_counter() if now is None else now
        changed = self._recorder.span_version != self._drawn_version
        live = (changed or self._recorder.has_open_spans()) and now - self._drawn_at >= LIVE_S
        if not (live or self._range_moved):
            return False
        self._now = self._drawn_at = now
        if changed:
            self._load()
        origin = self._recorder.origin
        if self._follow:
            self._scroll(origin)
        self._range_moved = False
        self._draw(origin)
        return True

    def _load(self) -> None:
        """Take the spans into arrays once per change, so each frame only masks them."""
        snap = self._recorder.snapshot(counters=False)
        self._drawn_version = snap.version
        lanes = [lane.name for lane in snap.lanes]
        if lanes != self._lanes:
            self._lanes = lanes
            self._set_lane_ticks()
        index = {name: i for i, name in enumerate(lanes)}
        state_index = {state: i for i, state in enumerate(STATES)}
        cancelled = state_index["cancelled"]
        self._spans = snap.spans
        count = len(snap.spans)
        self._starts = np.fromiter((s.start for s in snap.spans), float, count) - snap.origin
        self._ends = np.fromiter((np.nan if s.end is None else s.end for s in snap.spans),
                                 float, count) - snap.origin
        self._rows = np.fromiter((index[s.lane] for s in snap.spans), float, count)
        self._states = np.fromiter((state_index.get(s.state, cancelled) for s in snap.spans),
                                   int, count)

    def _draw(self, origin: float) -> None:
        """Hand each state's item the bars inside the visible range, if they changed."""
        ends = np.where(np.isnan(self._ends), self._now - origin, self._ends)
        (low, high), _ = self.getPlotItem().getViewBox().viewRange()
        visible = (ends >= low) & (self._starts <= high)
        for k, state in enumerate(STATES):
            mask = visible & (self._states == k)
            bars = np.stack([self._starts[mask], ends[mask], self._rows[mask]])
            if np.array_equal(bars, self._shown[state]):
                continue
            self._shown[state] = bars
            self._bars[state].setOpts(x0=bars[0], x1=bars[1], y0=bars[2] - BAR_HEIGHT / 2,
                                      height=np.full(bars.shape[1], BAR_HEIGHT))

    def _scroll(self, origin: float) -> None:
        """Turn a page when the newest work reaches the right edge, not every frame.

        Moving the range re-lays the axes (Python-heavy); a page of ``window_s`` seconds
        with the newest work at 80 % of it moves the range a few times a minute.
        """
        right = self._now - origin
        view = self.getPlotItem().getViewBox()
        (low, high), _ = view.viewRange()
        if self._page_stale or not low <= right <= high:
            left = max(0.0, right - PAGE_AT * self.window_s)
            view.setXRange(left, left + self.window_s, padding=0)
        if self._page_stale or self._paged_lanes != len(self._lanes):
            self._paged_lanes = len(self._lanes)
            view.setYRange(-0.6, max(len(self._lanes), 2) - 0.4, padding=0)
        self._page_stale = False

    def span_at(self, x: float, y: float) -> Span | None:
        """The span drawn at ``x`` seconds (since the origin) in the lane nearest ``y``."""
        lane_index = round(y)
        if not 0 <= lane_index < len(self._lanes) or abs(y - lane_index) > BAR_HEIGHT / 2:
            return None
        lane = self._lanes[lane_index]
        t = self._recorder.origin + x
        for span in reversed(self._spans):
            end = span.end if span.end is not None else self._now
            if span.lane == lane and span.start <= t <= end:
                return span
        return None

    def describe(self, span: Span) -> str:
        """Tooltip text: mode, task, duration, thread or pid, and result."""
        args = span.args
        state = f" ({self.state_label(span.state)})"
        if span.lane == STALL_LANE:
            name = self.state_label(span.name)
        elif span.lane.startswith(QUEUE_LANE_PREFIX + LANE_SEPARATOR):
            name = queue_state_labels().get(span.name, span.name)
            if span.state == span.name:  # "blocked: queue full (blocked: queue full)"
                state = ""
        else:
            name = escape(span.name, quote=False)  # a crawled URL may hold & or <
        lines = [f"<b>{name}</b>{state}"]
        duration_ms = span.duration(self._now) * 1000
        lines.append(self.tr("duration: {ms:.0f} ms").format(ms=duration_ms))
        labels = {
            "mode": self.tr("mode"), "task": self.tr("task"), "worker": self.tr("thread/pid"),
            "result": self.tr("result"), "error": self.tr("error"), "lag_ms": self.tr("lag (ms)"),
            "wall_s": self.tr("wall (s)"), "cpu_s": self.tr("CPU (s)"),
            "ui_p99_ms": self.tr("UI p99 lag (ms)"),
            "longest_stall_ms": self.tr("longest stall (ms)"),
            "start_latency_ms": self.tr("click to start (ms)"),
            "status": QCoreApplication.translate("CrawlResultsModel", "Status"),
            "bytes": QCoreApplication.translate("CrawlResultsModel", "Bytes"),
        }
        lines += [f"{label}: {escape(str(args[key]), quote=False)}"
                  for key, label in labels.items() if key in args]
        shown = set(labels) | {"job", "workload"}
        lines += [f"{key}: {escape(str(value), quote=False)}"
                  for key, value in args.items() if key not in shown]
        if "worker" not in args:
            lines.append(self.tr("lane: {lane}").format(lane=self.lane_label(span.lane)))
        return "<br>".join(lines)

    def describe_at(self, x: float, y: float) -> str | None:
        """Tooltip text for the bar at view coordinates ``(x, y)``, if any."""
        span = self.span_at(x, y)
        return None if span is None else self.describe(span)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        point = view.mapSceneToView(scene_pos)
        text = self.describe_at(point.x(), point.y())
        if text is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos)), text, self)
