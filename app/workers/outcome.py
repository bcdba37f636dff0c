"""How a task ended, as plain picklable data that crosses threads and processes alike."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from app.workers.reporting import Cancelled, Reporter

Task = Callable[..., Any]


@dataclass(frozen=True)
class ErrorInfo:
    """An exception reduced to text: the original may not pickle back from a child."""

    type_name: str
    message: str
    traceback: str

    def __str__(self) -> str:
        return f"{self.type_name}: {self.message}" if self.message else self.type_name

    @classmethod
    def from_exception(cls, exc: BaseException) -> ErrorInfo:
        """Capture ``exc`` with its formatted traceback."""
        return cls(
            type(exc).__name__,
            str(exc),
            "".join(traceback.format_exception(exc)),
        )


@dataclass(frozen=True)
class Outcome:
    """The end of one job: a value, an error or a cancellation."""

    kind: Literal["returned", "errored", "cancelled"]
    value: Any = None
    error: ErrorInfo | None = None


def execute(task: Task, reporter: Reporter, kwargs: dict[str, Any]) -> Outcome:
    """Run ``task(reporter, **kwargs)`` and turn however it ends into an :class:`Outcome`."""
    try:
        value = task(reporter, **kwargs)
    except Cancelled:
        return Outcome("cancelled")
    except Exception as exc:
        return Outcome("errored", error=ErrorInfo.from_exception(exc))
    if reporter.cancelled():
        return Outcome("cancelled", value)
    return Outcome("returned", value)


def task_name(task: Task) -> str:
    """A short human name for ``task``."""
    return getattr(task, "__name__", type(task).__name__)
