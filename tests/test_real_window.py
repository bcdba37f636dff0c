"""The app on a real X11 server (Xvfb), not the offscreen platform: it paints, and the
README's screenshot script works. Skipped, with the reason, where Xvfb is not installed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from xvfb import PACKAGES, available, xvfb_display  # noqa: E402

needs_xvfb = pytest.mark.skipif(
    not available(), reason=f"Xvfb is not installed; ./dev test installs it ({PACKAGES})")


@needs_xvfb
def test_the_app_paints_a_real_x11_window():
    with xvfb_display() as env:
        done = subprocess.run([sys.executable, "-m", "app", "--first-paint-probe"], env=env,
                              capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "painted" in done.stdout


@needs_xvfb
@pytest.mark.slow
def test_the_screenshot_script_captures_the_window_mid_demo(tmp_path):
    target = tmp_path / "shot.png"
    done = subprocess.run([sys.executable, "scripts/screenshot.py", str(target)], cwd=ROOT,
                          capture_output=True, text=True, timeout=150)
    assert done.returncode == 0, done.stderr[-3000:]
    image = QImage(str(target))
    assert image.width() >= 1000 and image.height() >= 600
