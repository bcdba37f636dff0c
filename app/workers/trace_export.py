"""Write a recorder snapshot in the Chrome trace event format (Perfetto, chrome://tracing).

The format is a JSON object whose ``traceEvents`` list holds, here: complete events
(``ph: "X"``, with ``ts`` and ``dur`` in microseconds), thread and process name metadata
(``ph: "M"``) so lanes keep their names, and counters (``ph: "C"``) for UI lag and queue
depth. Times are microseconds since the recorder's origin: viewers only need them
monotonic, and small numbers read better than ``perf_counter`` values (anything recorded
before the origin moves the zero back, so no ``ts`` is negative).
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

from app.workers.timeline import Snapshot

TRACE_PID_NAME = "Concurrency Lab"


def _us(seconds: float) -> float:
    return round(seconds * 1_000_000, 3)


def _plain(value: Any) -> Any:
    """JSON-safe args: numbers, text and booleans pass; anything else becomes its text."""
    if isinstance(value, bool | int | str) or value is None:
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    return str(value)


def trace_events(
    snapshot: Snapshot, now: float, since: float | None = None, until: float | None = None
) -> list[dict[str, Any]]:
    """Events for the spans and counters of ``snapshot`` overlapping ``[since, until]``.

    A span still open is written up to ``now`` with its state (``running``, or the state
    it was begun in, like a queue worker's ``blocked``) in its args.
    """
    low = -math.inf if since is None else since
    high = math.inf if until is None else until
    spans = [s for s in snapshot.spans
             if (s.end if s.end is not None else now) >= low and s.start <= high]
    points = [(name, at, value) for name, series in snapshot.counters.items()
              for at, value in series if low <= at <= high]
    # Something that began before the recorder existed must not get a negative ts.
    base = min([snapshot.origin, *(s.start for s in spans), *(at for _, at, _ in points)])
    lanes = {lane.name: lane for lane in snapshot.lanes}
    own = os.getpid()
    events: list[dict[str, Any]] = []
    for span in sorted(spans, key=lambda s: s.start):
        end = span.end if span.end is not None else now
        lane = lanes[span.lane]
        args = {key: _plain(value) for key, value in span.args.items()}
        args["state"] = span.state
        ts = _us(span.start - base)
        # From rounded ends, so a span that starts where the last one ended still nests.
        dur = max(0.0, round(_us(end - base) - ts, 3))
        events.append({
            "name": span.name, "cat": span.state, "ph": "X",
            "pid": lane.pid, "tid": lane.tid, "ts": ts, "dur": dur, "args": args,
        })
    for name, at, value in points:
        events.append({
            "name": name, "ph": "C", "pid": own, "tid": 0,
            "ts": _us(at - base), "args": {name: value},
        })
    used = {span.lane for span in spans}
    return _metadata(snapshot, used, own) + events


def _metadata(snapshot: Snapshot, used: set[str], own: int) -> list[dict[str, Any]]:
    meta: list[dict[str, Any]] = [{
        "name": "process_name", "ph": "M", "pid": own, "tid": 0, "ts": 0,
        "args": {"name": TRACE_PID_NAME},
    }]
    children = set()
    for lane in snapshot.lanes:
        if lane.name not in used:
            continue
        if lane.pid != own and lane.pid not in children:
            children.add(lane.pid)
            meta.append({"name": "process_name", "ph": "M", "pid": lane.pid, "tid": 0, "ts": 0,
                         "args": {"name": f"child process {lane.pid}"}})
        meta.append({"name": "thread_name", "ph": "M", "pid": lane.pid, "tid": lane.tid,
                     "ts": 0, "args": {"name": lane.name}})
        meta.append({"name": "thread_sort_index", "ph": "M", "pid": lane.pid, "tid": lane.tid,
                     "ts": 0, "args": {"sort_index": lane.tid}})
    return meta


def chrome_trace(
    snapshot: Snapshot, now: float, since: float | None = None, until: float | None = None
) -> dict[str, Any]:
    """The whole JSON object: ``{"traceEvents": [...], "displayTimeUnit": "ms"}``."""
    return {
        "traceEvents": trace_events(snapshot, now, since, until),
        "displayTimeUnit": "ms",
        "otherData": {"generator": TRACE_PID_NAME},
    }


def write_chrome_trace(
    path: str | Path,
    snapshot: Snapshot,
    now: float,
    since: float | None = None,
    until: float | None = None,
) -> int:
    """Write the trace to ``path``; return how many events it holds."""
    trace = chrome_trace(snapshot, now, since, until)
    Path(path).write_text(json.dumps(trace, separators=(",", ":")), encoding="utf-8")
    return len(trace["traceEvents"])
