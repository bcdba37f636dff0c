"""Concurrency Lab: see what each way of running work does to a GUI.

This package's ``__init__`` and ``__main__`` import no Qt: a ``spawn`` child re-imports the
main module, and Qt on that path would cost every child process ~170 ms.
"""

__version__ = "0.1.0"
