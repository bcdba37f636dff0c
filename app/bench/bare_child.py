"""The smallest spawn target: reports when it starts. Imports nothing but the stdlib."""

from __future__ import annotations

import time
from typing import Any


def report_start(conn: Any) -> None:
    """Send the child's ``perf_counter`` as soon as its target runs."""
    conn.send(time.perf_counter())
    conn.close()
