"""One rule for every pyqtgraph plot in the app: its scene keeps no item index.

Keeping a QGraphicsScene's BSP index current makes Qt call each item's Python
``boundingRect()`` later, from the event loop; behind a CPU-bound thread every such
call-back waits for the GIL (up to a switch interval). Our plots hold a handful of items,
so a linear search costs nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsScene, QGraphicsView


def without_scene_index(view: QGraphicsView) -> None:
    """Switch ``view``'s scene to ``NoIndex``."""
    view.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
