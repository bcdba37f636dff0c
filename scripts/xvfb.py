"""Run a command on a private Xvfb screen: a real X11 server, not Qt's offscreen platform.

System packages (Debian/Ubuntu), beyond Python's: ``xvfb libxcb-icccm4 libxcb-keysyms1``
for Qt's xcb plugin (its error message names libxcb-cursor0, which is rarely the one
missing), and ``fonts-noto-cjk`` to draw Chinese text. ``./dev`` installs them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator

PACKAGES = "xvfb libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 fonts-noto-cjk"


def available() -> bool:
    """True if an Xvfb binary is installed."""
    return shutil.which("Xvfb") is not None


@contextlib.contextmanager
def xvfb_display(size: str = "1400x900x24") -> Iterator[dict[str, str]]:
    """Start Xvfb on a free display; yield an environment that points Qt at it."""
    if not available():
        raise RuntimeError(f"Xvfb is not installed; install: {PACKAGES}")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write_fd,), stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as reader:
            display = reader.readline().strip()
        if not display:
            raise RuntimeError("Xvfb did not start")
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)
