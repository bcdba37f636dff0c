"""A strip chart of event-loop lag over the last 30 s, with 16/50/100 ms bands.

pyqtgraph is imported here only, and this module only after the first paint, so that
the window paints before numpy and pyqtgraph load.

It is an :class:`~app.widgets.plot_scene.OffscreenPlot`: painted on screen, pyqtgraph's
Python call-backs would each wait for the GIL behind a CPU-bound thread, and the meter
would inflate the very lag it measures.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from app.widgets.plot_scene import OffscreenPlot
from app.workers.heartbeat import Heartbeat

BANDS = ((16.0, QColor(60, 160, 60)), (50.0, QColor(210, 150, 0)), (100.0, QColor(200, 50, 50)))
FLOOR_MS = 120.0


class LagChart(OffscreenPlot):
    """Shows the heartbeat's samples; :meth:`refresh` redraws them (a few times a second)."""

    def __init__(self, heartbeat: Heartbeat, parent: QWidget | None = None) -> None:
        super().__init__("lagChart", parent=parent)
        self._heartbeat = heartbeat
        self._span_s = heartbeat.window_s
        plot = self.plot_widget.getPlotItem()
        plot.showGrid(x=False, y=True, alpha=0.15)
        plot.setXRange(-self._span_s, 0, padding=0)
        for (level, color), where in zip(BANDS, (0.08, 0.20, 0.32), strict=True):
            # Staggered along the line: the three bands sit close when lag spikes.
            line = pg.InfiniteLine(level, angle=0, pen=pg.mkPen(color, style=Qt.PenStyle.DashLine),
                                   label=f"{level:.0f} ms",
                                   labelOpts={"position": where, "color": color})
            plot.addItem(line)
        self._curve = plot.plot()
        self._curve.setDownsampling(auto=True, method="peak")
        self._curve.setClipToView(True)
        self._follow_palette()

    def _follow_palette(self) -> None:
        """Text, axes and curve in the palette's text colour (light or dark theme)."""
        text = self.palette().color(QPalette.ColorRole.WindowText)
        plot = self.plot_widget.getPlotItem()
        plot.setLabel("left", self.tr("lag"), units="ms", color=text)
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setTextPen(text)
            plot.getAxis(axis).setPen(text)
        self._curve.setPen(pg.mkPen(text, width=1))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a switch between light and dark palettes, and of language."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.LanguageChange):
            self._follow_palette()
            self.redraw()
        super().changeEvent(event)

    def redraw(self) -> None:
        """Draw the latest samples (also on resize)."""
        samples = self._heartbeat.samples()
        if samples:
            data = np.asarray(samples)
            data[:, 0] -= time.perf_counter()
            self._curve.setData(data[:, 0], data[:, 1])
            top = max(FLOOR_MS, float(data[:, 1].max()) * 1.1)
            self.plot_widget.getPlotItem().setYRange(0, top, padding=0)
        super().redraw()
