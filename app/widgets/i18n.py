"""Languages: English (the source) and Simplified Chinese, switchable at runtime.

Installing a translator makes Qt send every widget a ``LanguageChange`` event; each
widget then sets its texts again in its ``retranslate()``. Qt's own strings (standard
dialogs, context menus) come from the translations that ship with PySide6.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

LANGUAGES = {"en": "English", "zh_CN": "中文"}
"""Language code → its own name (a language is offered in its own words)."""
SOURCE_LANGUAGE = "en"
TRANSLATIONS_DIR = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__)))),
    "assets", "translations",
)
CATALOG = "concurrency_lab"


def system_language() -> str:
    """The language the system locale asks for, if we have it; else English."""
    for name in QLocale.system().uiLanguages():
        if name.replace("-", "_").lower().startswith("zh"):
            return "zh_CN"
    return SOURCE_LANGUAGE


def has_cjk_font() -> bool:
    """True if some installed font can draw Simplified Chinese."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


class Translations:
    """The translators installed on the application, for one language at a time."""

    def __init__(self) -> None:
        self.language = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> bool:
        """Switch to ``language``; False (and English) if its catalogue is missing."""
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = SOURCE_LANGUAGE
        if language not in LANGUAGES or language == SOURCE_LANGUAGE:
            return language == SOURCE_LANGUAGE
        ours = QTranslator(app)
        if not ours.load(f"{CATALOG}_{language}", TRANSLATIONS_DIR):
            return False
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_own)
            self._installed.append(qt_own)
        app.installTranslator(ours)
        self._installed.append(ours)
        self.language = language
        return True
