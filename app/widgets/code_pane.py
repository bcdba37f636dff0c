"""A read-only, syntax-highlighted code pane with a copy button, beside every demo.

Highlighting is Pygments' job (HTML with inline colours, shown by a QTextBrowser, which
Qt paints in C++). Pygments is imported after the window's first paint: until
:func:`enable_highlighting` runs, panes show the same code as plain monospaced text.
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

_panes: weakref.WeakSet[CodePane] = weakref.WeakSet()
_highlighting = False


def enable_highlighting() -> None:
    """Import Pygments (if not yet) and highlight every pane, now and from now on."""
    global _highlighting
    _highlighting = True
    for pane in list(_panes):
        if shiboken6.isValid(pane):
            pane.render()


def to_html(code: str, dark: bool) -> str:
    """``code`` as Python highlighted by Pygments, in a style that suits the palette."""
    from pygments import highlight
    from pygments.formatters.html import HtmlFormatter
    from pygments.lexers.python import PythonLexer

    style = "monokai" if dark else "friendly"
    formatter = HtmlFormatter(noclasses=True, nobackground=True, style=style)
    return highlight(code, PythonLexer(), formatter)


class CodePane(QWidget):
    """Shows plain Python 3 code that does what the demo beside it does."""

    def __init__(
        self, code: str = "", name: str = "codePane", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._code = code
        self.title = QLabel(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName(name)
        self.browser.setOpenLinks(False)
        self.browser.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
        self.browser.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName(f"{name}Copy")
        self.copy_button.clicked.connect(self.copy)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.browser, 1)
        _panes.add(self)
        self.retranslate()
        self.render()

    def code(self) -> str:
        """The code shown, as plain text."""
        return self._code

    def set_code(self, code: str) -> None:
        """Show ``code`` instead."""
        self._code = code
        self.render()

    def copy(self) -> None:
        """Put the code on the clipboard."""
        QGuiApplication.clipboard().setText(self._code)
        self.copy_button.setText(self.tr("Copied"))

    def render(self) -> None:
        """Show the code, highlighted once Pygments is enabled."""
        if _highlighting:
            dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
            self.browser.setHtml(to_html(self._code, dark))
        else:
            self.browser.setPlainText(self._code)

    def retranslate(self) -> None:
        """Set the visible texts (again, after a language switch)."""
        self.title.setText(self.tr("The same in plain Python"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the code to the clipboard"))

    def changeEvent(self, event: QEvent) -> None:
        """Follow language and palette (light/dark) changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.render()
        super().changeEvent(event)
