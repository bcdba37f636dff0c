"""The responsiveness meter: spinner, lag readouts, a 30 s strip chart, the last freeze.

Always in sight. The spinner turns on heartbeat ticks only, so it stops when the UI does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from app.widgets.spinner import Spinner
from app.workers.heartbeat import Heartbeat
from app.workers.responsiveness import Responsiveness

TYPE_CHECKING = False
if TYPE_CHECKING:
    from app.widgets.lag_chart import LagChart

READOUT_FRAMES = 6
CHART_FRAMES = 15
"""Redraw the 30 s strip chart twice a second: each render is Python, under the GIL."""


class LagMeter(QWidget):
    """Shows how late the GUI thread's timer fires, and what froze it last."""

    def __init__(self, monitor: Responsiveness, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lagMeter")
        self._monitor = monitor
        self._heartbeat: Heartbeat = monitor.heartbeat
        self.spinner = Spinner(self)
        self.now = self._readout("lagNow")
        self.p99 = self._readout("lagP99")
        self.max = self._readout("lagMax")
        self.last_freeze = QLabel(self)
        self.last_freeze.setObjectName("lastFreeze")
        self.last_freeze.setWordWrap(True)
        self.last_freeze.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.chart: LagChart | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(6, 2, 6, 2)
        self._grid.addWidget(self.spinner, 0, 0, 2, 1)
        self._grid.addWidget(self.now, 0, 1)
        self._grid.addWidget(self.p99, 0, 2)
        self._grid.addWidget(self.max, 0, 3)
        self._grid.addWidget(self.last_freeze, 1, 1, 1, 3)
        self._grid.setColumnStretch(4, 1)
        self._frames = 0
        self._heartbeat.ticked.connect(self._on_tick)
        self._heartbeat.frame.connect(self._on_frame)
        monitor.longTask.connect(self._on_long_task)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text (again, after a language switch)."""
        self.now.setToolTip(self.tr("Lag of the latest tick"))
        self.p99.setToolTip(self.tr("99th percentile over the last 30 s"))
        self.max.setToolTip(self.tr("Worst tick over the last 30 s"))
        self.spinner.setToolTip(
            self.tr("Turns on every frame of the event loop; stops when the UI freezes."))
        report = self._monitor.last_report
        self.last_freeze.setText(report or self.tr("No long task yet."))
        self.last_freeze.setToolTip(report)
        self._show_readouts(self._heartbeat.last_lag_ms)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _readout(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance("p99 0000.0 ms "))
        return label

    def attach_chart(self) -> None:
        """Create the strip chart (imports pyqtgraph: call it after the first paint)."""
        if self.chart is not None:
            return
        from app.widgets.lag_chart import LagChart

        chart = LagChart(self._heartbeat, self)
        self._grid.addWidget(chart, 0, 5, 2, 1)
        self._grid.setColumnStretch(5, 3)
        self.chart = chart

    def _on_tick(self, lag_ms: float) -> None:
        if lag_ms >= 50:
            self._show_readouts(lag_ms)

    def _on_frame(self) -> None:
        self._frames += 1
        self.spinner.step()
        if self._frames % READOUT_FRAMES == 0:
            self._show_readouts(self._heartbeat.last_lag_ms)
        if self.chart is not None and self._frames % CHART_FRAMES == 0:
            self.chart.redraw()

    def _show_readouts(self, lag_ms: float) -> None:
        stats = self._heartbeat.stats()
        self.now.setText(self.tr("lag {ms:.1f} ms").format(ms=lag_ms))
        self.p99.setText(self.tr("p99 {ms:.1f} ms").format(ms=stats.p99))
        self.max.setText(self.tr("max {ms:.0f} ms").format(ms=stats.max))

    def _on_long_task(self, stall_ms: float, where: str) -> None:
        self.last_freeze.setText(self._monitor.last_report)
        self.last_freeze.setToolTip(self._monitor.last_report)
