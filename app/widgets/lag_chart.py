"""A strip chart of event-loop lag over the last 30 s, with 16/50/100 ms bands.

pyqtgraph is imported here only, and this module only after the first paint, so that
the window paints before numpy and pyqtgraph load.

The plot is rendered off-screen into a pixmap inside one Python call, then shown by a
QLabel. pyqtgraph paints its items in Python; painted on screen, each item would be a
separate call-back from Qt that waits for the GIL behind a CPU-bound thread (5 ms a
piece), and the meter would inflate the very lag it measures.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from app.widgets.plot_scene import without_scene_index
from app.workers.heartbeat import Heartbeat

BANDS = ((16.0, QColor(60, 160, 60)), (50.0, QColor(210, 150, 0)), (100.0, QColor(200, 50, 50)))
FLOOR_MS = 120.0


class LagChart(QLabel):
    """Shows the heartbeat's samples; :meth:`refresh` redraws them (a few times a second)."""

    def __init__(self, heartbeat: Heartbeat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lagChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(240, 90))
        self._heartbeat = heartbeat
        self._span_s = heartbeat.window_s
        self.plot_widget = pg.PlotWidget(background=None)
        self.plot_widget.setParent(self)
        self.plot_widget.hide()
        without_scene_index(self.plot_widget)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        plot = self.plot_widget.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=False, y=True, alpha=0.15)
        plot.setMouseEnabled(x=False, y=False)
        plot.setLabel("left", self.tr("lag"), units="ms", color=text)
        plot.setXRange(-self._span_s, 0, padding=0)
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setTextPen(text)
            plot.getAxis(axis).setPen(text)
        for (level, color), where in zip(BANDS, (0.08, 0.20, 0.32), strict=True):
            # Staggered along the line: the three bands sit close when lag spikes.
            line = pg.InfiniteLine(level, angle=0, pen=pg.mkPen(color, style=Qt.PenStyle.DashLine),
                                   label=f"{level:.0f} ms",
                                   labelOpts={"position": where, "color": color})
            plot.addItem(line)
        self._curve = plot.plot(pen=pg.mkPen(text, width=1))
        self._curve.setDownsampling(auto=True, method="peak")
        self._curve.setClipToView(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Render at the size the label has."""
        super().resizeEvent(event)
        self.plot_widget.resize(event.size())
        self.refresh()

    def refresh(self) -> None:
        """Redraw from the heartbeat's window of samples."""
        samples = self._heartbeat.samples()
        if not samples:
            return
        data = np.asarray(samples)
        data[:, 0] -= time.perf_counter()
        self._curve.setData(data[:, 0], data[:, 1])
        top = max(FLOOR_MS, float(data[:, 1].max()) * 1.1)
        self.plot_widget.getPlotItem().setYRange(0, top, padding=0)
        self.setPixmap(self.plot_widget.grab())
        # Let the scene finish its queued bookkeeping now, inside this one Python call.
        QCoreApplication.sendPostedEvents(self.plot_widget.scene())
