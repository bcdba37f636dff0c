"""Leak checks the GIL lab's tests share (a plain module: fixtures live in the test files)."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import psutil


def _children() -> set[int]:
    kids = set()
    for child in psutil.Process().children(recursive=True):
        try:
            if "resource_tracker" in " ".join(child.cmdline()):
                continue  # multiprocessing's own helper: one per interpreter, by design
        except psutil.Error:
            continue
        kids.add(child.pid)
    return kids


@dataclass(frozen=True)
class Snapshot:
    threads: frozenset[threading.Thread]
    children: frozenset[int]


def snapshot() -> Snapshot:
    return Snapshot(frozenset(threading.enumerate()), frozenset(_children()))


def assert_nothing_left(before: Snapshot) -> None:
    threads = [t for t in threading.enumerate() if t not in before.threads and t.is_alive()]
    assert threads == [], f"threads left running: {threads}"
    children = _children() - before.children
    assert children == set(), f"child processes left: {children}"
