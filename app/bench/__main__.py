"""``python -m app.bench``: measure the app's claims side by side, headless.

Qt is imported inside :func:`main` only: spawned children re-run this module.
"""

from __future__ import annotations

if __name__ == "__main__":
    from app.bench.harness import main

    raise SystemExit(main())
