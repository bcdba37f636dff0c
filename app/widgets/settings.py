"""What the window remembers between runs: choices, language, geometry, dock layout."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

MODE, WORKLOAD, DURATION = "run/mode", "run/workload", "run/duration"
LANGUAGE = "ui/language"
GEOMETRY, STATE = "window/geometry", "window/state"


def read_float(settings: QSettings, key: str, default: float) -> float:
    """A float setting; a damaged value falls back to ``default``."""
    try:
        return float(settings.value(key, default))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def read_str(settings: QSettings, key: str, default: str = "") -> str:
    """A string setting."""
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    """A byte-array setting (geometry, dock state), if any."""
    value = settings.value(key)
    return value if isinstance(value, QByteArray) else None
