"""Take the README's screenshot from a real X11 window under Xvfb, mid-demo.

    .venv/bin/python scripts/screenshot.py docs/screenshot.png [--lang zh_CN]

It starts Xvfb (see ``scripts/xvfb.py`` for the system packages), runs this same file
inside it as the *driver*: the app's window, a CPU job in a thread, an IO job in the
process pool and an inline job that freezes the window for a moment; then it grabs the
X server's screen (``QScreen.grabWindow``), cropped to the window.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]


def drive(target: Path, language: str) -> int:
    """Inside Xvfb: show the window, start a demo, grab the screen, quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.widgets.i18n import Translations
    from app.widgets.main_window import MainWindow
    from app.workers import tasks

    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Concurrency Lab Screenshot")
    app.setApplicationName("Concurrency Lab Screenshot")
    translations = Translations()
    translations.apply(language)
    window = MainWindow(translations=translations)
    window.resize(1360, 860)
    window.move(20, 20)
    window.show()

    def demo() -> None:
        window.mode_selector.setCurrentIndex(window.mode_selector.findData("thread"))
        window.runner.submit(tasks.cpu_bound, "thread", {"duration": 6.0}, "cpu")
        window.runner.submit(tasks.simulated_io, "process_pool", {"duration": 6.0}, "io")
        window.runner.submit(tasks.simulated_io, "thread_pool", {"duration": 6.0}, "io")
        QTimer.singleShot(1200, lambda: window.run_in("inline"))
        window.duration_input.setValue(0.6)

    def grab() -> None:
        frame = window.frameGeometry()
        shot = window.screen().grabWindow(0, frame.x(), frame.y(), frame.width(),
                                          frame.height())
        shot.save(str(target))
        window.close()
        app.quit()

    window.labsReady.connect(lambda: QTimer.singleShot(300, demo))
    window.labsReady.connect(lambda: QTimer.singleShot(4500, grab))
    return app.exec()


def main() -> int:
    """Start Xvfb and run the driver in it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", type=Path)
    parser.add_argument("--lang", default="en", choices=["en", "zh_CN"])
    parser.add_argument("--drive", action="store_true", help="(internal) run inside Xvfb")
    args = parser.parse_args()
    if args.drive:
        return drive(args.target, args.lang)
    from xvfb import PACKAGES, available, xvfb_display

    if not available():
        print(f"Xvfb is not installed. Install: sudo apt install {PACKAGES}", file=sys.stderr)
        return 2
    args.target.parent.mkdir(parents=True, exist_ok=True)
    with xvfb_display() as env:
        done = subprocess.run(
            [sys.executable, __file__, str(args.target), "--lang", args.lang, "--drive"],
            env=env, timeout=120, check=False,
        )
    if done.returncode == 0 and args.target.exists():
        print(f"wrote {args.target}")
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
