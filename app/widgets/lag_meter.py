"""The responsiveness meter: a spinner and the event-loop lag, always in sight."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.widgets.spinner import Spinner
from app.workers.heartbeat import Heartbeat

REPAINT_S = 1 / 30
READOUT_S = 0.2
READOUT_WINDOW_S = 5.0


class LagMeter(QWidget):
    """Shows how late the GUI thread's timer fires; the spinner stops when the UI does."""

    def __init__(self, heartbeat: Heartbeat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lagMeter")
        self._heartbeat = heartbeat
        self.spinner = Spinner(self)
        self.readout = QLabel(self)
        self.readout.setObjectName("lagReadout")
        self.readout.setMinimumWidth(self.readout.fontMetrics().horizontalAdvance("0" * 44))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.spinner)
        layout.addWidget(self.readout)
        self._painted_at = 0.0
        self._read_at = 0.0
        heartbeat.ticked.connect(self._on_tick)
        self._show_readout(0.0)

    def _on_tick(self, lag_ms: float) -> None:
        now = time.perf_counter()
        if now - self._painted_at >= REPAINT_S:
            self._painted_at = now
            self.spinner.step()
        if now - self._read_at >= READOUT_S or lag_ms >= 50:
            self._read_at = now
            self._show_readout(lag_ms)

    def _show_readout(self, lag_ms: float) -> None:
        stats = self._heartbeat.stats(time.perf_counter() - READOUT_WINDOW_S)
        self.readout.setText(
            self.tr("UI lag {now:.1f} ms · p99 {p99:.1f} ms · max {max:.0f} ms (5 s)").format(
                now=lag_ms, p99=stats.p99, max=stats.max
            )
        )
