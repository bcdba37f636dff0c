"""Cyclic garbage is collected on the frame clock's thread, by the usual thresholds."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QObject, Signal

from app.workers.gui_gc import CHECK_FRAMES, GuiThreadCollector


class Frames(QObject):
    frame = Signal()


class Node:
    def __init__(self) -> None:
        self.me = self


def test_garbage_is_collected_on_frames_and_at_stop(qtbot):
    frames = Frames()
    collector = GuiThreadCollector(frames.frame)
    threshold = gc.get_threshold()
    gc.set_threshold(1, 1, 1)
    try:
        collector.start()
        assert not gc.isenabled()
        node = Node()
        alive = weakref.ref(node)
        del node
        assert alive() is not None
        for _ in range(CHECK_FRAMES):
            frames.frame.emit()
        assert alive() is None
        again = Node()
        alive = weakref.ref(again)
        del again
        collector.stop()
        assert alive() is None
    finally:
        gc.set_threshold(*threshold)
