"""The whole window speaks English and Chinese, switches at runtime, and keeps its choice."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from i18n_check import pseudo_translation, untranslated_texts
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton

import app.widgets.main_window as main_window_module
from app.widgets import settings
from app.widgets.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.labs_ready, timeout=30_000)
    yield win
    win.translations.apply("en")


def test_every_visible_text_of_the_window_goes_through_tr(window: MainWindow):
    with pseudo_translation():
        assert untranslated_texts(window, allowed={
            "InterpreterPoolExecutor", "Queue.shutdown()",
            "concurrent.futures.ThreadPoolExecutor"}) == []
    assert window.run_button.text() == "Handle click event"


def test_switching_to_chinese_retranslates_the_visible_widgets_and_back(qtbot, window):
    run = window.findChild(QPushButton, "runButton")
    window.set_language("zh_CN")
    assert window.translations.language == "zh_CN"
    qtbot.waitUntil(lambda: CJK.search(run.text()) is not None)
    assert CJK.search(window.lab_tabs.tabText(0))
    assert CJK.search(window.lab_tabs.tabText(window.lab_tabs.count() - 1))
    assert CJK.search(window.menus.file_menu.title())
    assert CJK.search(window.run_panel.guide.box.title())
    assert window.menus.language_actions["zh_CN"].isChecked()
    window.set_language("en")
    qtbot.waitUntil(lambda: run.text() == "Handle click event")
    assert window.lab_tabs.tabText(0) == "Execution modes"


def test_the_language_choice_persists(window: MainWindow):
    window.set_language("zh_CN")
    assert settings.read_str(QSettings(), settings.LANGUAGE) == "zh_CN"


def test_a_missing_chinese_font_is_said_once(window: MainWindow, monkeypatch):
    monkeypatch.setattr(main_window_module, "has_cjk_font", lambda: False)
    window._told_about_fonts = False
    window.set_language("zh_CN")
    assert "fonts-noto-cjk" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    window.set_language("en")
    window.set_language("zh_CN")
    assert window.statusBar().currentMessage() == ""


def test_no_source_string_is_untranslated():
    done = subprocess.run([sys.executable, "scripts/translations.py", "check"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-3000:]


def test_the_compiled_catalogue_matches_its_source(tmp_path):
    ts = ROOT / "assets/translations/concurrency_lab_zh_CN.ts"
    fresh = tmp_path / "fresh.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True,
                   timeout=60)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        "run: python scripts/translations.py release")


def test_every_lab_and_the_modes_tab_have_a_code_pane(window: MainWindow):
    from PySide6.QtWidgets import QTextBrowser

    for name in ("modeCode", "queueCode", "gilCode", "crawlerCode", "timelineCode"):
        browser = window.findChild(QTextBrowser, name)
        assert browser is not None, name
        assert "import" in browser.toPlainText(), name
