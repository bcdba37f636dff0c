"""The harness runs headless and its JSON holds every metric; no timing is asserted here."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

from app.bench.harness import METRICS, parse_args


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_quick_run_writes_every_metric_to_json(tmp_path):
    out = tmp_path / "bench.json"
    result = subprocess.run(
        [sys.executable, "-m", "app.bench", "--quick", "--json", str(out)],
        capture_output=True, text=True, timeout=230,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["quick"] is True
    metrics = {r["metric"] for r in payload["results"]}
    assert metrics == {*METRICS, "W1"}
    for row in payload["results"]:
        assert isinstance(row["value"], int | float) and math.isfinite(row["value"]), row
        assert row["ok"] in (True, False, None)
        if row["ok"] is not None:
            assert row["goal"], row
    assert "| metric | measurement |" in result.stdout


def test_unknown_metric_is_a_clear_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--only", "P9"])
    assert exit_info.value.code == 2
    assert "unknown metric(s) P9" in capsys.readouterr().err
