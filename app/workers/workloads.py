"""The workloads a person can pick in the toolbar, by the data key the selector carries."""

from __future__ import annotations

from typing import Any

from app.workers import tasks
from app.workers.outcome import Task

WORKLOAD_KEYS = ("io", "cpu", "http")


def resolve(key: str, duration: float) -> tuple[Task, dict[str, Any]]:
    """The task and arguments of workload ``key`` for a job of ``duration`` seconds.

    The HTTP workload imports requests (~100 ms) and starts the embedded site only when
    first asked for; the window preloads both after its first paint.
    """
    if key == "io":
        return tasks.simulated_io, {"duration": duration}
    if key == "cpu":
        return tasks.cpu_bound, {"duration": duration}
    if key == "http":
        from app.workers.http_tasks import http_fetch
        from app.workers.local_site import shared_site

        return http_fetch, {"duration": duration, "base_url": shared_site().base_url}
    raise KeyError(f"unknown workload {key!r}; choose from {', '.join(WORKLOAD_KEYS)}")
