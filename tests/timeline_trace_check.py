"""A validator for the Chrome trace event format, from its documented fields.

Checks what Perfetto and chrome://tracing need of the events we write: complete events
(``X``: name, pid, tid, ts, dur in µs, args), metadata (``M``: thread and process names)
and counters (``C``: numeric series in args). Also that complete events on one thread
nest (Perfetto flags overlapping slices on a track) and that every track is named.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from typing import Any

EPSILON_US = 0.01
"""Float rounding of µs values; far below what any viewer resolves."""
METADATA_NAMES = {"process_name", "thread_name", "process_sort_index", "thread_sort_index"}


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_event(i: int, event: Any) -> list[str]:
    where = f"event {i}"
    if not isinstance(event, dict):
        return [f"{where}: not an object"]
    errors = []
    ph = event.get("ph")
    if ph not in {"X", "M", "C"}:
        errors.append(f"{where}: ph {ph!r} not one of X, M, C")
    if not isinstance(event.get("name"), str) or not event["name"]:
        errors.append(f"{where}: name must be a non-empty string")
    if not _is_int(event.get("pid")):
        errors.append(f"{where}: pid must be an integer")
    if ph in {"X", "M"} and not _is_int(event.get("tid")):
        errors.append(f"{where}: tid must be an integer")
    if "tid" in event and not _is_int(event["tid"]):
        errors.append(f"{where}: tid must be an integer")
    if not _is_number(event.get("ts")) or event["ts"] < 0:
        errors.append(f"{where}: ts must be a finite number of µs ≥ 0")
    args = event.get("args")
    if ph in {"M", "C"} or "args" in event:
        if not isinstance(args, dict):
            errors.append(f"{where}: args must be an object")
            return errors
    if ph == "X" and (not _is_number(event.get("dur")) or event["dur"] < 0):
        errors.append(f"{where}: dur must be a finite number of µs ≥ 0")
    if ph == "M":
        name = event.get("name")
        if name not in METADATA_NAMES:
            errors.append(f"{where}: unknown metadata {name!r}")
        elif name.endswith("_name") and not isinstance(args.get("name"), str):
            errors.append(f"{where}: {name} needs args.name as a string")
        elif name.endswith("_sort_index") and not _is_int(args.get("sort_index")):
            errors.append(f"{where}: {name} needs an integer args.sort_index")
    if ph == "C" and (not args or not all(_is_number(v) for v in args.values())):
        errors.append(f"{where}: counter args must be numbers")
    return errors


def _check_nesting(events: list[dict[str, Any]]) -> list[str]:
    tracks: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
    for event in events:
        if event.get("ph") == "X":
            tracks[(event["pid"], event["tid"])].append((event["ts"], event["ts"] + event["dur"]))
    errors = []
    for track, slices in tracks.items():
        open_ends: list[float] = []
        for start, end in sorted(slices, key=lambda s: (s[0], -s[1])):
            while open_ends and open_ends[-1] <= start + EPSILON_US:
                open_ends.pop()
            if open_ends and end > open_ends[-1] + EPSILON_US:
                errors.append(f"track {track}: slice at {start} µs overlaps its parent")
            open_ends.append(end)
    return errors


def validate_chrome_trace(trace: Any) -> list[str]:
    """Every problem found in ``trace`` (an empty list means it is valid)."""
    if not isinstance(trace, dict) or not isinstance(trace.get("traceEvents"), list):
        return ["top level must be an object with a traceEvents list"]
    if trace.get("displayTimeUnit", "ms") not in {"ms", "ns"}:
        return ["displayTimeUnit must be ms or ns"]
    try:
        json.dumps(trace, allow_nan=False)
    except (TypeError, ValueError) as exc:
        return [f"not strict JSON: {exc}"]
    events = trace["traceEvents"]
    errors = [e for i, event in enumerate(events) for e in _check_event(i, event)]
    if errors:
        return errors
    named = {(e["pid"], e["tid"]) for e in events
             if e["ph"] == "M" and e["name"] == "thread_name"}
    errors += [f"track {(e['pid'], e['tid'])} has no thread_name" for e in events
               if e["ph"] == "X" and (e["pid"], e["tid"]) not in named]
    return errors + _check_nesting(events)
