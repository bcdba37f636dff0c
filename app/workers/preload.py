"""Import heavy modules (numpy, pyqtgraph) in a background thread after the first paint.

The window paints without waiting for them, and the GUI thread never stalls on an import:
it only hears ``loaded`` once they are in ``sys.modules``.
"""

from __future__ import annotations

import importlib
import logging
import threading

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Preloader(QObject):
    """Imports ``modules`` off the GUI thread once; ``loaded`` arrives queued when done."""

    loaded = Signal()

    def __init__(self, modules: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._modules = modules
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Begin importing (idempotent)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="preload")
            self._thread.start()

    def _run(self) -> None:
        for name in self._modules:
            try:
                importlib.import_module(name)
            except Exception:
                log.exception("Could not preload %s", name)
        self.loaded.emit()

    def join(self) -> None:
        """Wait for the imports to end (an import cannot be interrupted)."""
        if self._thread is not None:
            self._thread.join()
