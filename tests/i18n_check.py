"""Pseudo-translation: prove every visible text goes through tr() and is retranslated live.

Installing :class:`PseudoTranslator` wraps every translated string in ``⟦…⟧`` and sends
every widget a LanguageChange event; :func:`untranslated_texts` then lists visible texts
that were not wrapped, i.e. set without ``tr()`` or not refreshed on a language switch.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

OPEN, CLOSE = "⟦", "⟧"
_NO_WORDS = re.compile(r"^[\W\d_]*$")  # numbers, units, punctuation: nothing to translate


class PseudoTranslator(QTranslator):
    """Translates every source text to ``⟦source⟧``."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:
        return False


@contextmanager
def pseudo_translation() -> Iterator[PseudoTranslator]:
    """Install the pseudo-translator for the block (LanguageChange goes to every widget)."""
    app = QCoreApplication.instance()
    translator = PseudoTranslator()
    app.installTranslator(translator)
    app.processEvents()
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
        app.processEvents()


def _needs_translation(text: str) -> bool:
    text = text.replace("&", "").strip()
    return bool(text) and not _NO_WORDS.match(text) and OPEN not in text


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """``(where, text)`` for every text a person sees in ``root`` (not user input)."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__}({widget.objectName()!r})"
        if isinstance(widget, QLabel):
            yield name, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for i in range(widget.count()):
                yield f"{name}[{i}]", widget.itemText(i)
        elif isinstance(widget, QLineEdit):
            yield f"{name}.placeholder", widget.placeholderText()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name}.tab[{i}]", widget.tabText(i)
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model, horizontal = widget.model(), widget.orientation()
            count = model.columnCount() if widget.orientation().value == 1 else model.rowCount()
            for i in range(count):
                yield f"{name}.header[{i}]", str(model.headerData(i, horizontal) or "")
        if widget.toolTip():
            yield f"{name}.toolTip", widget.toolTip()


def untranslated_texts(root: QWidget, allowed: set[str] = frozenset()) -> list[str]:
    """Visible texts under ``root`` that did not come through tr() (``allowed`` excepted).

    Call inside :func:`pseudo_translation`. ``allowed`` holds texts that are not prose
    (code identifiers like ``threading.Thread``, user data, file names).
    """
    return [
        f"{where}: {text!r}"
        for where, text in visible_texts(root)
        if _needs_translation(text) and text.strip() not in allowed
    ]
