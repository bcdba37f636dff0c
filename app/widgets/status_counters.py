"""Live counts of threads, child processes and memory: watch a thread-per-click run away."""

from __future__ import annotations

from PySide6.QtCore import QEvent, SignalInstance
from PySide6.QtWidgets import QLabel, QWidget

from app.workers.runner import Runner

REFRESH_FRAMES = 15


class StatusCounters(QLabel):
    """A status-bar label refreshed twice a second (cheap reads of /proc, no scans)."""

    def __init__(self, runner: Runner, frame: SignalInstance, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statusCounters")
        self._runner = runner
        self._me: object = None
        self._frames = 0
        self._frame = frame
        frame.connect(self._on_frame)

    def _on_frame(self) -> None:
        self._frames += 1
        if self._frames % REFRESH_FRAMES == 0:
            self.refresh()

    def refresh(self) -> None:
        """Read the counts now (psutil is imported here: it is not needed for first paint)."""
        import multiprocessing

        import psutil

        if self._me is None:
            self._me = psutil.Process()
        assert isinstance(self._me, psutil.Process)
        self.setText(
            self.tr("Threads {threads} · child processes {children} · memory {rss} MB · "
                    "jobs live {jobs}").format(
                threads=self._me.num_threads(),
                children=len(multiprocessing.active_children()),
                rss=self._me.memory_info().rss // 2**20,
                jobs=self._runner.live_count(),
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        """Re-read (and so retranslate) on a language switch."""
        if event.type() == QEvent.Type.LanguageChange and self._me is not None:
            self.refresh()
        super().changeEvent(event)

    def stop(self) -> None:
        """Stop refreshing (the window is closing)."""
        self._frame.disconnect(self._on_frame)
