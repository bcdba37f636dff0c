"""Plain Python 3 for each execution mode: what the app does, in code a person can copy.

Modernised from the tutorial the app grew out of: ``print()``, ``queue`` rather than
``Queue``, ``concurrent.futures`` pools closed by ``with``, and ``spawn`` processes.
"""

from __future__ import annotations

INLINE = '''\
import time


def handle_click():
    """Runs in the GUI thread: nothing else happens until it returns."""
    time.sleep(2)  # the window cannot repaint or take clicks for 2 s
    print("done")
'''

THREAD = '''\
import threading
import time


def work(seconds):
    time.sleep(seconds)  # waiting releases the GIL: other threads run
    print("done in", threading.current_thread().name)


def handle_click():
    thread = threading.Thread(target=work, args=(2,), name="worker")
    thread.start()  # returns at once; the GUI stays live
    # never touch a widget from work(): send results back with a queued signal
'''

QTHREAD = '''\
from PySide6.QtCore import QObject, QThread, Signal, Slot


class Worker(QObject):
    finished = Signal(object)

    @Slot()
    def run(self):
        result = do_work()          # plain Python, no widgets here
        self.finished.emit(result)  # queued across to the GUI thread


def handle_click(window):
    window.thread = QThread()       # keep references: a local would be destroyed
    window.worker = Worker()
    window.worker.moveToThread(window.thread)
    window.thread.started.connect(window.worker.run)
    window.worker.finished.connect(window.show_result)  # runs in the GUI thread
    window.worker.finished.connect(window.thread.quit)
    window.thread.start()
'''

PROCESS = '''\
import multiprocessing as mp


def work(n):
    print(sum(i * i for i in range(n)))  # its own interpreter, its own GIL


if __name__ == "__main__":  # required: a spawned child re-imports this module
    ctx = mp.get_context("spawn")  # never fork a process that runs Qt threads
    process = ctx.Process(target=work, args=(10_000_000,))
    process.start()
    process.join()
    print("exit code", process.exitcode)
'''

THREAD_POOL = '''\
from concurrent.futures import ThreadPoolExecutor

import requests


def fetch(url):
    return url, requests.get(url, timeout=10).status_code


urls = ["https://example.org/"] * 20
with ThreadPoolExecutor(max_workers=4) as pool:  # 4 threads, the rest wait in a queue
    for url, status in pool.map(fetch, urls):
        print(status, url)
# leaving the with-block shuts the pool down and joins its threads
'''

PROCESS_POOL = '''\
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit):
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:  # start once, reuse
        print(list(pool.map(count_primes, [200_000] * 4)))
'''

QUEUE = '''\
import queue
import threading

jobs = queue.Queue()


def consumer():
    while (job := jobs.get()) is not None:  # None is the stop sentinel
        job()
        jobs.task_done()


worker = threading.Thread(target=consumer)
worker.start()
for n in range(10):                # the click handler only puts and returns
    jobs.put(lambda n=n: print("job", n))
jobs.put(None)
worker.join()
'''

MODE_CODE = {
    "inline": INLINE,
    "thread": THREAD,
    "qthread": QTHREAD,
    "process": PROCESS,
    "thread_pool": THREAD_POOL,
    "process_pool": PROCESS_POOL,
    "queue": QUEUE,
}
