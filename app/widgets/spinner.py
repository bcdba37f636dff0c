"""A spinner that turns only when the GUI thread's event loop runs: a freeze you can see.

Its twelve frames are drawn once into pixmaps; turning it is a ``setPixmap`` call that
Qt paints in C++, so the spinner adds no Python call-back per repaint (each of which
would wait for the GIL behind a CPU-bound thread).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

SPOKES = 12
SIDE = 28


class Spinner(QLabel):
    """Advance with :meth:`step`; it never animates itself, so it cannot lie about a freeze."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spinner")
        self.setFixedSize(SIDE, SIDE)
        self._phase = 0
        self._frames: list[QPixmap] = []
        self._render()

    def step(self) -> None:
        """Turn by one spoke."""
        self._phase = (self._phase + 1) % SPOKES
        self.setPixmap(self._frames[self._phase])

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the frames when the palette changes (light/dark)."""
        if event.type() == QEvent.Type.PaletteChange:
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        ratio = self.devicePixelRatioF()
        base = self.palette().color(self.foregroundRole())
        self._frames = []
        for phase in range(SPOKES):
            pixmap = QPixmap(int(SIDE * ratio), int(SIDE * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.translate(SIDE / 2, SIDE / 2)
            outer, inner = SIDE * 0.45, SIDE * 0.22
            for i in range(SPOKES):
                color = QColor(base)
                color.setAlphaF(max(0.12, 1.0 - ((phase - i) % SPOKES) / SPOKES))
                painter.setPen(QPen(color, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                angle = 2 * math.pi * i / SPOKES
                direction = QPointF(math.cos(angle), math.sin(angle))
                painter.drawLine(direction * inner, direction * outer)
            painter.end()
            self._frames.append(pixmap)
        self.setPixmap(self._frames[self._phase])
