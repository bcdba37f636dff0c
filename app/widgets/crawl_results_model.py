"""The crawler's results table: one row per input line, appended a frame's batch at a time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from app.workers.crawl_plan import MAX_URL_CHARS, CrawlResult, ErrorKind

_COLUMNS = range(8)
ERROR_COLUMN = 7
_NUMERIC = frozenset({0, 2, 3, 4, 5})
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ERROR_BRUSH = QBrush(QColor("#b3261e"))

# Every text below is a literal inside QCoreApplication.translate("CrawlResultsModel", ...)
# so that pyside6-lupdate extracts it; the function is called only for the text needed.


def header_labels() -> list[str]:
    """The column titles, in the current language."""
    return [
        QCoreApplication.translate("CrawlResultsModel", "Line"),
        QCoreApplication.translate("CrawlResultsModel", "URL"),
        QCoreApplication.translate("CrawlResultsModel", "Status"),
        QCoreApplication.translate("CrawlResultsModel", "Bytes"),
        QCoreApplication.translate("CrawlResultsModel", "Time (ms)"),
        QCoreApplication.translate("CrawlResultsModel", "Start (ms)"),
        QCoreApplication.translate("CrawlResultsModel", "Worker thread"),
        QCoreApplication.translate("CrawlResultsModel", "Error"),
    ]


def malformed_detail(detail: str) -> str:
    """Why :func:`~app.workers.crawl_plan.check_url` found a line malformed, translated.

    ``crawl_plan`` is Qt-free and words its own reasons in English; the known ones are
    mapped here. Anything else is a library's exception message (``urllib``,
    ``requests``), shown as it is.
    """
    if detail == f"longer than {MAX_URL_CHARS} characters":
        return QCoreApplication.translate("CrawlResultsModel", "longer than {0} characters").format(
            MAX_URL_CHARS
        )
    if detail == "contains spaces or control characters":
        return QCoreApplication.translate(
            "CrawlResultsModel", "contains spaces or control characters"
        )
    if detail == "no scheme: start with http:// or https://":
        return QCoreApplication.translate(
            "CrawlResultsModel", "no scheme: start with http:// or https://"
        )
    if detail == "no host name":
        return QCoreApplication.translate("CrawlResultsModel", "no host name")
    if detail == "could not be normalised":
        return QCoreApplication.translate("CrawlResultsModel", "could not be normalised")
    return detail


def error_text(result: CrawlResult) -> str:
    """The translated sentence for why ``result`` is not a plain success ("" if it is)."""
    kind, detail = result.error, result.detail
    if kind is None:
        return ""
    match kind:
        case ErrorKind.EMPTY:
            return QCoreApplication.translate("CrawlResultsModel", "empty line")
        case ErrorKind.MALFORMED:
            return QCoreApplication.translate("CrawlResultsModel", "malformed URL: {0}").format(
                malformed_detail(detail)
            )
        case ErrorKind.SCHEME:
            return QCoreApplication.translate(
                "CrawlResultsModel",
                "{0}: rejected before fetching, only http and https are fetched",
            ).format(detail)
        case ErrorKind.DUPLICATE:
            return QCoreApplication.translate(
                "CrawlResultsModel", "duplicate of row {0}: fetched once"
            ).format(detail)
        case ErrorKind.DNS:
            return QCoreApplication.translate("CrawlResultsModel", "the host name does not resolve")
        case ErrorKind.REFUSED:
            return QCoreApplication.translate(
                "CrawlResultsModel", "connection refused: nothing listens on that port"
            )
        case ErrorKind.CONNECT_TIMEOUT:
            return QCoreApplication.translate(
                "CrawlResultsModel", "no connection within the connect timeout"
            )
        case ErrorKind.READ_TIMEOUT:
            return QCoreApplication.translate(
                "CrawlResultsModel", "the server went silent past the read timeout"
            )
        case ErrorKind.TOO_SLOW:
            return QCoreApplication.translate(
                "CrawlResultsModel", "the body took longer than the total time limit"
            )
        case ErrorKind.TOO_LARGE:
            return QCoreApplication.translate(
                "CrawlResultsModel", "over the size cap: stopped at {0} bytes"
            ).format(detail)
        case ErrorKind.REDIRECTS:
            return QCoreApplication.translate("CrawlResultsModel", "too many redirects")
        case ErrorKind.HTTP:
            return QCoreApplication.translate("CrawlResultsModel", "HTTP error status {0}").format(
                result.status
            )
        case ErrorKind.CONNECTION:
            return QCoreApplication.translate("CrawlResultsModel", "the connection failed")
        case ErrorKind.CANCELLED:
            return QCoreApplication.translate("CrawlResultsModel", "cancelled")
        case _:
            return QCoreApplication.translate("CrawlResultsModel", "error: {0}").format(detail)


def error_tooltip(result: CrawlResult, text: str) -> str:
    """The error cell's tooltip: its sentence, then the library's message if it adds one.

    Network failures carry the exception text of ``requests``/``urllib3`` as their detail:
    technical, untranslated, but what a person would search for. Details already in the
    sentence (a scheme, a row, a byte count) or bare counts are not repeated.
    """
    detail = result.detail.strip()
    if not detail or detail.isdigit() or detail in text:
        return text
    return f"{text}\n{detail}"


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
        self.retranslate()

    def retranslate(self) -> None:
        """Set the headers and the error sentences again, in the current language.

        ``setHorizontalHeaderLabels`` emits ``headerDataChanged``; the error cells are
        rewritten with the model's signals blocked and announced by one ``dataChanged``,
        so a language switch over 10,000 rows costs one repaint, not 10,000.
        """
        model = self.qt_model
        model.setHorizontalHeaderLabels(header_labels())
        rows = [row for row, result in enumerate(self._results) if result.error is not None]
        if not rows:
            return
        blocked = model.blockSignals(True)
        try:
            for row in rows:
                result = self._results[row]
                item = model.item(row, ERROR_COLUMN)
                text = error_text(result)
                item.setText(text)
                item.setToolTip(error_tooltip(result, text))
        finally:
            model.blockSignals(blocked)
        model.dataChanged.emit(
            model.index(rows[0], ERROR_COLUMN), model.index(rows[-1], ERROR_COLUMN)
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
        items[ERROR_COLUMN].setForeground(_ERROR_BRUSH)
        items[ERROR_COLUMN].setToolTip(error_tooltip(result, texts[ERROR_COLUMN]))
    return items
