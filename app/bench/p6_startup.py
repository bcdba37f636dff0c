"""P6: start-up to first paint, for the app and for a bare PySide6 window, in one run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from app.bench.common import Result
from app.bench.first_paint import BARE_WINDOW, PAINTED


def time_to_paint(command: list[str]) -> float:
    """Seconds from launching ``command`` until it reports its first paint."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == PAINTED:
                painted = time.perf_counter() - started
                break
        else:
            raise RuntimeError(f"{command} exited without painting")
        child.wait(timeout=30)
    return painted


def measure(quick: bool) -> list[Result]:
    """Median of a few launches each, interleaved so that drift hits both alike."""
    rounds = 2 if quick else 5
    app_times, bare_times = [], []
    for _ in range(rounds):
        bare_times.append(time_to_paint([sys.executable, "-c", BARE_WINDOW]))
        app_times.append(time_to_paint([sys.executable, "-m", "app", "--first-paint-probe"]))
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    ratio = app_s / bare_s
    return [
        Result("P6", "bare PySide6 window to first paint", bare_s * 1000, "ms"),
        Result("P6", "app to first paint", app_s * 1000, "ms", "≤ 2× bare window",
               ratio <= 2.0, {"ratio": round(ratio, 2)}),
    ]
