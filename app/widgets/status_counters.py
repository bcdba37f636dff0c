"""Live counts of threads, child processes and memory: watch a thread-per-click run away."""

from __future__ import annotations

from PySide6.QtCore import QEvent, SignalInstance
from PySide6.QtWidgets import QLabel, QWidget

from app.workers.process_stats import StatsSampler
from app.workers.runner import Runner

REFRESH_FRAMES = 15


class StatusCounters(QLabel):
    """A status-bar label, refreshed twice a second from numbers sampled off the GUI thread."""

    def __init__(self, runner: Runner, frame: SignalInstance, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statusCounters")
        self._runner = runner
        self.sampler = StatsSampler()
        self._frames = 0
        self._frame = frame
        frame.connect(self._on_frame)

    def start(self) -> None:
        """Begin sampling (after the first paint: psutil is not needed before)."""
        self.sampler.start()

    def _on_frame(self) -> None:
        self._frames += 1
        if self._frames % REFRESH_FRAMES == 0:
            self.refresh()

    def refresh(self) -> None:
        """Show the latest sample."""
        stats = self.sampler.latest
        self.setText(
            self.tr("Threads {threads} · child processes {children} · memory {rss} MB · "
                    "jobs live {jobs}").format(
                threads=stats.threads,
                children=stats.children,
                rss=stats.rss_mb,
                jobs=self._runner.live_count(),
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def stop(self) -> None:
        """Stop refreshing and sampling (the window is closing)."""
        self._frame.disconnect(self._on_frame)
        self.sampler.stop()
