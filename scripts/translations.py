"""Update the translation sources from the code, and compile them, with Qt's own tools.

    python scripts/translations.py update   # pyside6-lupdate: app/**/*.py -> *.ts
    python scripts/translations.py release  # pyside6-lrelease: *.ts -> *.qm (loaded by the app)
    python scripts/translations.py check    # exit 1 if a string is new or untranslated

Translators edit the ``.ts`` files (Qt Linguist: ``pyside6-linguist``); both the ``.ts`` and
the compiled ``.qm`` are committed, so the app needs no build step.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "assets" / "translations"
CATALOG = "concurrency_lab"
LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    """The PySide6 tool next to this interpreter (``.venv/bin/pyside6-lupdate``)."""
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    """Every Python file under ``app/`` (lupdate finds tr() and translate() in them)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def ts_path(language: str) -> Path:
    """Where the translation source of ``language`` lives."""
    return TRANSLATIONS / f"{CATALOG}_{language}.ts"


def lupdate(target: Path, language: str) -> None:
    """Merge the code's current strings into ``target`` (obsolete ones are dropped)."""
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-ts", str(target),
         "-target-language", language, "-no-obsolete", "-silent"],
        cwd=ROOT, check=True,
    )


def problems(ts_file: Path) -> list[str]:
    """Messages without a finished translation."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete"):
                found.append(f"{name}: {source!r} is untranslated")
            elif not (translation.text or "").strip() and not list(translation):
                found.append(f"{name}: {source!r} has an empty translation")
    return found


def check() -> list[str]:
    """What a fresh lupdate would add, plus what is untranslated, for every language."""
    found = []
    for language in LANGUAGES:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / ts_path(language).name
            fresh.write_bytes(ts_path(language).read_bytes())
            lupdate(fresh, language)
            found += [f"[{language}] {p}" for p in problems(fresh)]
    return found


def main(argv: list[str]) -> int:
    """``update``, ``release`` or ``check``."""
    command = argv[0] if argv else ""
    if command == "update":
        for language in LANGUAGES:
            lupdate(ts_path(language), language)
    elif command == "release":
        for language in LANGUAGES:
            subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(language))],
                           cwd=ROOT, check=True)
    elif command == "check":
        found = check()
        print("\n".join(found) or "every string is translated")
        return 1 if found else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
