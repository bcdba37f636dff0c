"""``python -m app``: start Concurrency Lab.

The import sits under the guard so that a ``spawn`` child, which re-runs this module as
``__mp_main__``, loads nothing but the standard library.
"""

if __name__ == "__main__":
    from app.main import main

    raise SystemExit(main())
