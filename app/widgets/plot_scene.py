"""Rules for every pyqtgraph plot in the app, so that plotting cannot stall the window.

pyqtgraph draws its items in Python. Each time Qt calls such an item back (to paint it,
or for the scene's index), the call must take the GIL, and behind a CPU-bound thread that
wait is up to a switch interval (5 ms). A plot painted on screen while work runs therefore
costs the event loop several switch intervals per repaint.

- :func:`without_scene_index`: no BSP index, so Qt does not call ``boundingRect()`` later.
- :class:`OffscreenPlot`: a live plot rendered into a pixmap inside one Python call, shown
  by a QLabel that Qt paints in C++. For plots that update while work runs and need no
  mouse (zoom, pan, hover need an on-screen view).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QLabel, QSizePolicy, QWidget


def without_scene_index(view: QGraphicsView) -> None:
    """Switch ``view``'s scene to ``NoIndex`` (our plots hold a handful of items)."""
    view.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)


class OffscreenPlot(QLabel):
    """A hidden ``pg.PlotWidget`` (``plot_widget``) shown as a picture; call :meth:`redraw`."""

    def __init__(
        self, name: str, minimum: tuple[int, int] = (240, 90), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._hint = QSize(*minimum)
        self.setMinimumSize(self._hint)
        self.plot_widget = pg.PlotWidget(background=None)
        self.plot_widget.setParent(self)
        self.plot_widget.hide()
        without_scene_index(self.plot_widget)
        plot = self.plot_widget.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)

    def redraw(self) -> None:
        """Draw the plot now, in this one Python call, and show the picture."""
        self.setPixmap(self.plot_widget.grab())
        # Let the scene finish its queued bookkeeping now rather than from the event loop.
        QCoreApplication.sendPostedEvents(self.plot_widget.scene())

    def sizeHint(self) -> QSize:
        """A constant hint, not the picture's size: that would resize, and re-render, forever."""
        return self._hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Render at the size the label has."""
        super().resizeEvent(event)
        if self.plot_widget.size() != event.size():
            self.plot_widget.resize(event.size())
            self.redraw()
