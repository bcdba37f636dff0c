"""One row of the GIL lab's results, and its CSV form.

Qt-free so the benchmark, the tests and a person's spreadsheet read the same data.
Floats are written with ``repr`` so a file read back gives exactly the numbers shown.
"""

from __future__ import annotations

import csv
import math
from dataclasses import asdict, dataclass, fields
from pathlib import Path

NAN = math.nan


@dataclass(frozen=True)
class GilResult:
    """A measured run: one workload, one strategy, one worker count."""

    workload: str
    strategy: str
    workers: int
    units: int
    wall_s: float
    cpu_s: float
    speedup: float = NAN
    """Sequential wall time of the same units divided by this wall time."""
    ui_p99_ms: float = NAN
    """99th percentile of GUI event-loop lag while the run went on."""

    def same_as(self, other: GilResult) -> bool:
        """Equal field by field, NaN equal to NaN (a missing figure reads back missing)."""
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
                continue
            if a != b:
                return False
        return True


COLUMNS = tuple(f.name for f in fields(GilResult))
_INTS = {"workers", "units"}
_FLOATS = {"wall_s", "cpu_s", "speedup", "ui_p99_ms"}


def write_csv(results: list[GilResult], path: str | Path) -> None:
    """Write ``results`` with a header row of :data:`COLUMNS`."""
    with Path(path).open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        for result in results:
            row = asdict(result)
            writer.writerow({k: repr(v) if k in _FLOATS else v for k, v in row.items()})


def read_csv(path: str | Path) -> list[GilResult]:
    """Read rows written by :func:`write_csv` back into results."""
    with Path(path).open(newline="", encoding="utf-8") as fh:
        return [_parse(row) for row in csv.DictReader(fh)]


def _parse(row: dict[str, str]) -> GilResult:
    values: dict[str, object] = {}
    for name in COLUMNS:
        text = row[name]
        if name in _INTS:
            values[name] = int(text)
        elif name in _FLOATS:
            values[name] = float(text)
        else:
            values[name] = text
    return GilResult(**values)  # type: ignore[arg-type]
