"""The crawler's results table: one row per input line, appended a frame's batch at a time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from app.workers.crawl_plan import CrawlResult, ErrorKind

_COLUMNS = range(8)
_NUMERIC = frozenset({0, 2, 3, 4, 5})
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ERROR_BRUSH = QBrush(QColor("#b3261e"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrawlResultsModel", text)


def error_text(result: CrawlResult) -> str:
    """The translated sentence for why ``result`` is not a plain success ("" if it is)."""
    kind, detail = result.error, result.detail
    if kind is None:
        return ""
    texts = {
        ErrorKind.EMPTY: _tr("empty line"),
        ErrorKind.MALFORMED: _tr("malformed URL: {0}"),
        ErrorKind.SCHEME: _tr("{0}: rejected before fetching, only http and https are fetched"),
        ErrorKind.DUPLICATE: _tr("duplicate of row {0}: fetched once"),
        ErrorKind.DNS: _tr("the host name does not resolve"),
        ErrorKind.REFUSED: _tr("connection refused: nothing listens on that port"),
        ErrorKind.CONNECT_TIMEOUT: _tr("no connection within the connect timeout"),
        ErrorKind.READ_TIMEOUT: _tr("the server went silent past the read timeout"),
        ErrorKind.TOO_SLOW: _tr("the body took longer than the total time limit"),
        ErrorKind.TOO_LARGE: _tr("over the size cap: stopped at {0} bytes"),
        ErrorKind.REDIRECTS: _tr("too many redirects"),
        ErrorKind.HTTP: _tr("HTTP error status {1}"),
        ErrorKind.CONNECTION: _tr("the connection failed"),
        ErrorKind.CANCELLED: _tr("cancelled"),
        ErrorKind.OTHER: _tr("error: {0}"),
    }
    return texts[kind].format(detail, result.status)


class CrawlResultsModel:
    """Rows in completion order: watching them arrive shows the pool's waves.

    Cells live in C++ items of a plain ``QStandardItemModel`` (:attr:`qt_model`), neither
    subclassed nor backed by a Python ``data()``: painting then never calls into Python.
    A Python model (or a Python subclass, whose virtual calls each check for overrides)
    waits for the GIL on every cell, and while a busy pool holds the GIL a 10,000-URL
    crawl froze the window for seconds.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        self.qt_model = QStandardItemModel(0, len(_COLUMNS), parent)
        self._results: list[CrawlResult] = []
        self.qt_model.setHorizontalHeaderLabels(
            [
                _tr("Line"),
                _tr("URL"),
                _tr("Status"),
                _tr("Bytes"),
                _tr("Time (ms)"),
                _tr("Start (ms)"),
                _tr("Worker thread"),
                _tr("Error"),
            ]
        )

    def append(self, batch: list[CrawlResult]) -> None:
        """Add a frame's worth of rows."""
        for result in batch:
            self.qt_model.appendRow(_items(result))
        self._results.extend(batch)

    def clear_rows(self) -> None:
        """Forget every row (a new run starts); the headers stay."""
        self.qt_model.removeRows(0, self.qt_model.rowCount())
        self._results = []

    def row_count(self) -> int:
        """Rows shown so far."""
        return len(self._results)

    def result(self, row: int) -> CrawlResult:
        """The result shown in table row ``row``."""
        return self._results[row]


def _items(result: CrawlResult) -> list[QStandardItem]:
    timed = result.elapsed_s > 0  # rejected and skipped rows have no timing
    texts = (
        str(result.row + 1),
        result.url,
        "" if result.status is None else str(result.status),
        f"{result.nbytes:,}" if timed else "",
        f"{result.elapsed_s * 1000:.0f}" if timed else "",
        f"{result.started_s * 1000:.0f}" if timed else "",
        result.worker,
        error_text(result),
    )
    items = []
    for column, text in enumerate(texts):
        item = QStandardItem(text)
        item.setEditable(False)
        if column in _NUMERIC:
            item.setTextAlignment(_RIGHT)
        items.append(item)
    items[1].setToolTip(result.url)
    if result.error is not None:
        items[7].setForeground(_ERROR_BRUSH)
        items[7].setToolTip(result.detail or texts[7])
    return items
