"""A spinner that turns only when the GUI thread's event loop runs: a freeze you can see."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

SPOKES = 12


class Spinner(QWidget):
    """Advance with :meth:`step`; it never animates itself, so it cannot lie about a freeze."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phase = 0
        self.setToolTip(self.tr("Turns on every event-loop tick; it stops when the UI freezes."))

    def sizeHint(self) -> QSize:
        """Room for a small wheel."""
        return QSize(28, 28)

    def step(self) -> None:
        """Turn by one spoke and repaint."""
        self._phase = (self._phase + 1) % SPOKES
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw spokes fading behind the leading one."""
        side = min(self.width(), self.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(self.width() / 2, self.height() / 2)
        base = self.palette().color(self.foregroundRole())
        outer, inner = side * 0.45, side * 0.22
        for i in range(SPOKES):
            age = (self._phase - i) % SPOKES
            color = QColor(base)
            color.setAlphaF(max(0.12, 1.0 - age / SPOKES))
            painter.setPen(QPen(color, max(2.0, side / 12), Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
            angle = 2 * math.pi * i / SPOKES
            direction = QPointF(math.cos(angle), math.sin(angle))
            painter.drawLine(direction * inner, direction * outer)
        painter.end()
