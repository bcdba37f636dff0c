"""Run the benchmarks, print a table, optionally write JSON."""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import platform
import sys
import time
from dataclasses import asdict
from pathlib import Path

from app.bench.common import Result

METRICS = {
    "P1": "app.bench.p1_lag",
    "P2": "app.bench.p2_log",
    "P3": "app.bench.p3_crawler",
    "P4": "app.bench.p4_gil",
    "P5": "app.bench.p5_click",
    "P6": "app.bench.p6_startup",
    "P7": "app.bench.p7_queue",
    "C1": "app.bench.c1_compare",
}
"""Metric → module with ``measure(quick) -> list[Result]``; P1 also reports W1."""


def parse_args(argv: list[str]) -> argparse.Namespace:
    """``--quick``, ``--json PATH``, ``--only P1,P5``."""
    parser = argparse.ArgumentParser(prog="python -m app.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="CI-sized run (under 60 s)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write results as JSON")
    parser.add_argument("--only", default="", help="comma-separated metrics, e.g. P1,P5")
    args = parser.parse_args(argv)
    chosen = [m.strip().upper() for m in args.only.split(",") if m.strip()]
    unknown = sorted(set(chosen) - set(METRICS))
    if unknown:
        parser.error(f"unknown metric(s) {', '.join(unknown)}; choose from {', '.join(METRICS)}")
    args.metrics = chosen or list(METRICS)
    return args


def table(results: list[Result]) -> str:
    """A Markdown table, as pasted into the README."""
    rows = ["| metric | measurement | value | goal | met |", "|---|---|---:|---|:-:|"]
    for r in results:
        met = {True: "yes", False: "**no**", None: ""}[r.ok]
        extra = ", ".join(f"{k} {v}" for k, v in r.extra.items())
        value = f"{r.value:,.2f} {r.unit}" + (f" ({extra})" if extra else "")
        rows.append(f"| {r.metric} | {r.name} | {value} | {r.goal} | {met} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Run the chosen metrics in one process; exit 0 even when a goal is missed."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    started = time.perf_counter()
    results: list[Result] = []
    gc.disable()  # collect on this (GUI) thread only: see app.workers.gui_gc
    for metric in args.metrics:
        module = importlib.import_module(METRICS[metric])
        print(f"running {metric} …", file=sys.stderr, flush=True)
        results += module.measure(args.quick)
        gc.collect()
    took = time.perf_counter() - started
    print(table(results))
    print(f"\n{len(results)} measurements in {took:.1f} s "
          f"({'quick' if args.quick else 'full'}; Python {platform.python_version()}, "
          f"{os.cpu_count()} cores)")
    if args.json:
        payload = {
            "quick": args.quick,
            "seconds": round(took, 2),
            "python": platform.python_version(),
            "cores": os.cpu_count(),
            "results": [asdict(r) for r in results],
        }
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    del app
    return 0
