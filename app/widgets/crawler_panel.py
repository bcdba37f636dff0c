"""The thread-pool crawler lab: paste URLs, pick a pool, compare it with a sequential loop.

The panel only shows things: crawls run in :class:`CrawlController` (a background thread
and a frame-rate drain), URLs default to the embedded site so the lab works offline.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.widgets.code_pane import CodePane
from app.widgets.crawl_results_model import CrawlResultsModel
from app.workers.crawl_controller import CrawlController
from app.workers.crawl_plan import CrawlResult
from app.workers.crawl_presets import preset_lines
from app.workers.crawler import MAX_POOL, CrawlSummary
from app.workers.crawler_code import crawler_code
from app.workers.local_site import LocalSite, shared_site
from app.workers.outcome import ErrorInfo
from app.workers.timeline import TimelineRecorder

DEFAULT_POOL = 5  # the seed's ThreadPool(5)
_COLUMN_WIDTHS = (50, 330, 55, 80, 70, 70, 100, 320)
_PRESETS = ("pages", "bench", "bad", "many")
"""Item data of the example lists (see :func:`~app.workers.crawl_presets.preset_lines`)."""
_POOL_KINDS = ("dummy", "executor")


class CrawlerPanel(QWidget):
    """Controls, results table, summary and the equivalent plain-Python code.

    ``controller`` and ``site`` may be injected (tests, the main window); by default the
    panel owns a :class:`CrawlController` and uses the process-wide embedded site. With a
    ``recorder`` (the timeline's), that controller draws every fetch in the timeline.
    Every text is set by :meth:`retranslate`, again on each language switch; the status
    lines are recomputed from the last run's state, so they follow the switch too.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        controller: CrawlController | None = None,
        site: Callable[[], LocalSite] = shared_site,
        recorder: TimelineRecorder | None = None,
    ) -> None:
        super().__init__(parent)
        self._site = site
        self.controller = controller or CrawlController(parent=self, recorder=recorder)
        self.model = CrawlResultsModel(self)
        self._run_kind = "dummy"
        self._progress: tuple[int, int, int] | None = None
        self._summary: CrawlSummary | None = None
        self._failure: ErrorInfo | None = None
        self._build()
        self._connect()
        self._load_preset()
        self._set_running(False)
        self.retranslate()

    def _build(self) -> None:
        self.urls = QPlainTextEdit(objectName="crawlerUrls")
        self.urls.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.urls_label = QLabel()
        self.urls_label.setBuddy(self.urls)
        self.preset = QComboBox(objectName="crawlerPreset")
        for data in _PRESETS:
            self.preset.addItem("", data)
        self.pool_size = QSpinBox(objectName="crawlerPoolSize")
        self.pool_size.setRange(1, MAX_POOL)
        self.pool_size.setValue(DEFAULT_POOL)
        self.pool_kind = QComboBox(objectName="crawlerPoolKind")
        for data in _POOL_KINDS:
            self.pool_kind.addItem("", data)
        self.start_button = QPushButton(objectName="crawlerStart")
        self.sequential_button = QPushButton(objectName="crawlerSequential")
        self.cancel_button = QPushButton(objectName="crawlerCancel")
        self.progress = QLabel(objectName="crawlerProgress")
        self.summary = QLabel(objectName="crawlerSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preset_label = QLabel()
        self.pool_size_label = QLabel()
        self.pool_kind_label = QLabel()
        form = QFormLayout()
        for label, field in (
            (self.preset_label, self.preset),
            (self.pool_size_label, self.pool_size),
            (self.pool_kind_label, self.pool_kind),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.sequential_button, self.cancel_button):
            buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.urls_label)
        left.addWidget(self.urls, 1)
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.progress)
        left.addWidget(self.summary)

        self.table = QTableView(objectName="crawlerResults")
        self.table.setModel(self.model.qt_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        # Fixed heights and widths: measuring 10,000 rows' contents would cost the frames.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(_COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.code = CodePane(
            crawler_code(_POOL_KINDS[0], DEFAULT_POOL), name="crawlerCode", parent=self
        )
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.table)
        right.addWidget(self.code)

        controls = QWidget()
        controls.setLayout(left)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(controls)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def retranslate(self) -> None:
        """Set every visible text (again, after a language switch), status lines included."""
        self.urls_label.setText(self.tr("URLs, one per line"))
        self.urls.setPlaceholderText(self.tr("One URL per line"))
        presets = {
            "pages": self.tr("25 pages of 200 ms (local site)"),
            "bench": self.tr("64 pages of 200 ms (the benchmark)"),
            "bad": self.tr("Bad input, mixed with good pages"),
            "many": self.tr("10,000 fast pages"),
        }
        kinds = {
            "dummy": self.tr("{0} (as in the seed)").format("multiprocessing.dummy.Pool"),
            "executor": "concurrent.futures.ThreadPoolExecutor",  # an identifier, as such
        }
        for combo, texts in ((self.preset, presets), (self.pool_kind, kinds)):
            for index in range(combo.count()):
                combo.setItemText(index, texts[combo.itemData(index)])
        self.preset_label.setText(self.tr("Example list"))
        self.pool_size_label.setText(self.tr("Pool size"))
        self.pool_kind_label.setText(self.tr("Pool kind"))
        self.start_button.setText(self.tr("Crawl with the pool"))
        self.sequential_button.setText(self.tr("Crawl sequentially"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.model.retranslate()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        """Set the texts again when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _connect(self) -> None:
        self.preset.activated.connect(self._load_preset)
        self.pool_kind.currentIndexChanged.connect(self._show_code)
        self.pool_size.valueChanged.connect(self._show_code)
        self.start_button.clicked.connect(self.start_pool)
        self.sequential_button.clicked.connect(self.start_sequential)
        self.cancel_button.clicked.connect(self.controller.cancel)
        self.controller.resultsReady.connect(self._on_results)
        self.controller.progressed.connect(self._on_progress)
        self.controller.finished.connect(self._on_finished)
        self.controller.failed.connect(self._on_failed)

    def _load_preset(self) -> None:
        lines = preset_lines(self.preset.currentData(), self._site())
        self.urls.setPlainText("\n".join(lines))

    def _show_code(self) -> None:
        kind = self._run_kind if self.controller.is_running() else self.pool_kind.currentData()
        self.code.set_code(crawler_code(kind, self.pool_size.value()))

    def start_pool(self) -> None:
        """Crawl the listed URLs with the chosen pool kind and size."""
        self._start(self.pool_kind.currentData())

    def start_sequential(self) -> None:
        """Crawl the same URLs one at a time: the baseline for the speed-up."""
        self._start("sequential")

    def _start(self, kind: str) -> None:
        lines = self.urls.toPlainText().splitlines()
        self.model.clear_rows()
        self._progress = self._summary = self._failure = None
        self._show_status()
        if self.controller.start(lines, kind, self.pool_size.value()):
            self._run_kind = kind
            self._set_running(True)
            self.code.set_code(crawler_code(kind, self.pool_size.value()))

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.sequential_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _on_results(self, batch: list[CrawlResult]) -> None:
        self.model.append(batch)

    def _on_progress(self, done: int, total: int, in_flight: int) -> None:
        self._progress = (done, total, in_flight)
        self.progress.setText(self._progress_text())

    def _on_finished(self, summary: CrawlSummary) -> None:
        self._set_running(False)
        self._show_code()
        self._summary = summary
        self._show_status()

    def _on_failed(self, error: ErrorInfo) -> None:
        self._set_running(False)
        self._failure = error
        self._show_status()

    def _show_status(self) -> None:
        """Write the progress and summary lines from the last run's state."""
        self.progress.setText(self._progress_text())
        if self._summary is not None:
            self.summary.setText(self.summary_text(self._summary))
        elif self._failure is not None:
            # The exception's own message (type and text) is Python's, not ours to translate.
            self.summary.setText(self.tr("The crawl failed: {0}").format(self._failure))
        else:
            self.summary.clear()

    def _progress_text(self) -> str:
        if self._summary is not None:
            return self.tr("{0} lines done").format(self._summary.rows)
        if self._progress is not None:
            return self.tr("{0} of {1} lines done, {2} requests in flight").format(
                *self._progress
            )
        return ""

    def summary_text(self, summary: CrawlSummary) -> str:
        """Wall time against the ideal, speed-up over sequential, peak concurrency."""
        parts = [
            self.tr(
                "{0} lines: {1} fetched ({2} ok, {3} failed), {4} rejected before fetching, "
                "{5} duplicates fetched once, {6} cancelled."
            ).format(
                summary.rows,
                summary.fetched,
                summary.ok,
                summary.failed,
                summary.rejected,
                summary.duplicates,
                summary.cancelled,
            )
        ]
        if summary.fetched:
            parts.append(
                self.tr(
                    "Wall time {0:.2f} s against the ideal ceil({1}/{2}) × {3:.0f} ms = "
                    "{4:.2f} s ({5:.2f}× ideal)."
                ).format(
                    summary.wall_s,
                    summary.fetched,
                    summary.pool_size,
                    summary.latency_s * 1000,
                    summary.ideal_s,
                    summary.ratio,
                )
            )
        parts.append(self._speedup_text(summary))
        parts.append(
            self.tr("Peak concurrent requests: {0} (pool of {1}, {2} worker threads used).").format(
                summary.peak_concurrency, summary.pool_size, summary.workers
            )
        )
        return "\n".join(part for part in parts if part)

    def _speedup_text(self, summary: CrawlSummary) -> str:
        if summary.kind == "sequential" or summary.wall_s <= 0:
            return ""
        sequential = self.controller.sequential_wall(summary)
        if sequential is not None:
            return self.tr("Speed-up over sequential: {0:.1f}× (measured, {1:.2f} s).").format(
                sequential / summary.wall_s, sequential
            )
        if math.isfinite(summary.estimated_speedup):
            return self.tr(
                "Speed-up over sequential: about {0:.1f}× (sum of request times; "
                "crawl sequentially to measure it)."
            ).format(summary.estimated_speedup)
        return ""

    def shutdown(self) -> None:
        """Stop the crawl, join its thread, stop the timer (the shared site stays up)."""
        self.controller.shutdown()
        self._set_running(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the panel stops its work first."""
        self.shutdown()
        super().closeEvent(event)

