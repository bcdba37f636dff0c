"""The leak guard itself must see what it is there to catch."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread, QTimer


def test_guard_reports_a_running_qthread_timer_and_thread(leak_guard):
    qthread = QThread()
    qthread.setObjectName("leaky")
    qthread.start()
    timer = QTimer()
    timer.start(1000)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, name="leaky-python")
    thread.start()
    leaks = " ".join(leak_guard.leaks())
    assert "QThread still running: 'leaky'" in leaks
    assert "QTimer still active" in leaks
    assert "leaky-python" in leaks
    qthread.quit()
    qthread.wait()
    timer.stop()
    stop.set()
    thread.join()
    assert leak_guard.leaks() == []
