"""Speed-up against worker count, one curve per workload and strategy, with the ideal line.

Axis titles, the legend and the cores marker are set by :meth:`SpeedupChart.retranslate`
(again on each language change); curve names come from the labels the panel passes in.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget

from app.widgets.plot_scene import without_scene_index
from app.workers.gil_results import GilResult

COLORS = {
    "sequential": "#888888",
    "threads": "#d62728",
    "processes": "#1f77b4",
    "free_threads": "#ff7f0e",
    "interpreters": "#2ca02c",
}
SYMBOLS = {"cpu": "o", "io": "t"}


class SpeedupChart(pg.PlotWidget):
    """Redraws from the full result list: a sweep is a few dozen points at most."""

    def __init__(self, max_workers: int, cores: int, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        without_scene_index(self)
        self.setObjectName("gilChart")
        self.setBackground("w")
        self.showGrid(x=True, y=True, alpha=0.3)
        self.legend = self.addLegend(offset=(10, 10))
        self.max_workers = max_workers
        self._curves: dict[tuple[str, str], pg.PlotDataItem] = {}
        self._labels: dict[str, str] = {}
        ideal = pg.mkPen("#999999", width=1, style=Qt.PenStyle.DashLine)
        xs = list(range(1, max_workers + 1))
        self.ideal = self.plot(xs, xs, pen=ideal, name=" ")
        # Past the core count no strategy can gain: the ideal line stops being reachable.
        self.cores_line = pg.InfiniteLine(
            pos=cores,
            angle=90,
            pen=pg.mkPen("#bbbbbb", width=1, style=Qt.PenStyle.DotLine),
            label=" ",
            labelOpts={"position": 0.95, "color": "#777777"},
        )
        self.addItem(self.cores_line)
        self.getAxis("bottom").setTicks([[(n, str(n)) for n in xs]])
        self.setXRange(0.8, max_workers + 0.2)
        self.setYRange(0, max_workers + 0.2)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the axis titles, legend and marker texts (again, after a language switch)."""
        self.setLabel("bottom", self.tr("workers"))
        self.setLabel("left", self.tr("speed-up over sequential (×)"))
        self.cores_line.label.setFormat(self.tr("cores"))
        self._rename(self.ideal, self.tr("ideal (N×)"))
        for key, curve in self._curves.items():
            self._rename(curve, self._curve_name(key))

    def changeEvent(self, event: QEvent) -> None:
        """Set the texts again when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_labels(self, labels: dict[str, str]) -> None:
        """Name the curves with ``labels`` (strategy and workload keys to display names)."""
        self._labels = dict(labels)
        for key, curve in self._curves.items():
            self._rename(curve, self._curve_name(key))

    def legend_texts(self) -> list[str]:
        """The names the legend shows, in order."""
        return [label.text for _, label in self.legend.items]

    def _curve_name(self, key: tuple[str, str]) -> str:
        workload, strategy = key
        return f"{self._labels.get(strategy, strategy)} · {self._labels.get(workload, workload)}"

    def _rename(self, item: pg.PlotDataItem, name: str) -> None:
        item.opts["name"] = name
        label = self.legend.getLabel(item)
        if label is not None and label.text != name:
            label.setText(name)

    def curve_keys(self) -> list[tuple[str, str]]:
        """``(workload, strategy)`` of every curve drawn."""
        return list(self._curves)

    def show_results(self, results: list[GilResult], labels: dict[str, str]) -> None:
        """Draw the newest speed-up per (workload, strategy, workers) from ``results``.

        ``labels`` maps strategy and workload keys to the names a person reads.
        """
        self.set_labels(labels)
        points: dict[tuple[str, str], dict[int, float]] = {}
        for r in results:
            if r.strategy != "sequential" and not math.isnan(r.speedup):
                points.setdefault((r.workload, r.strategy), {})[r.workers] = r.speedup
        for key in list(self._curves):
            if key not in points:
                self.removeItem(self._curves.pop(key))
        for key, by_workers in points.items():
            xs = sorted(by_workers)
            ys = [by_workers[x] for x in xs]
            curve = self._curves.get(key)
            if curve is None:
                workload, strategy = key
                color = COLORS.get(strategy, "#000000")
                curve = self.plot(
                    pen=pg.mkPen(color, width=2),
                    symbol=SYMBOLS.get(workload, "s"),
                    symbolBrush=color,
                    name=self._curve_name(key),
                )
                self._curves[key] = curve
            curve.setData(xs, ys)
