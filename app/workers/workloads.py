"""The workloads a person can pick in the toolbar, by the data key the selector carries."""

from __future__ import annotations

from app.workers import tasks
from app.workers.outcome import Task

WORKLOADS: dict[str, Task] = {
    "io": tasks.simulated_io,
    "cpu": tasks.cpu_bound,
}
