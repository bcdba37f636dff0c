"""How a task ended, as plain picklable data that crosses threads and processes alike.

Named tuples rather than dataclasses, and no ``typing`` at run time: every spawned child
imports this module, and ``dataclasses`` (with ``inspect``) and ``typing`` would add
about 7 ms to each child's start.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable

from app.workers.reporting import Cancelled

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from app.workers.reporting import Reporter

Task = Callable[..., object]
"""A task: ``task(reporter, **kwargs)``."""


class ErrorInfo(namedtuple("ErrorInfo", "type_name message traceback")):
    """An exception reduced to text: the original may not pickle back from a child."""

    __slots__ = ()

    def __str__(self) -> str:
        return f"{self.type_name}: {self.message}" if self.message else self.type_name

    @classmethod
    def from_exception(cls, exc: BaseException) -> ErrorInfo:
        """Capture ``exc`` with its formatted traceback."""
        import traceback

        return cls(type(exc).__name__, str(exc), "".join(traceback.format_exception(exc)))


class Outcome(namedtuple("Outcome", "kind value error", defaults=(None, None))):
    """The end of one job: ``kind`` is ``returned``, ``errored`` or ``cancelled``."""

    __slots__ = ()


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
