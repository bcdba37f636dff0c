"""The plain-Python program the GIL lab performs, shown beside its controls.

Kept as a constant in a Qt-free module so a test can compile it and a person can copy it
into a file and run it with nothing but Python 3.
"""

GIL_CODE = '''\
"""Threads vs processes on the same CPU-bound work: time them yourself."""
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def count_primes(lo, hi):
    """Pure Python: holds the GIL the whole time."""
    found = 0
    for n in range(max(lo, 2), hi):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            found += 1
    return found


def timed(executor_cls, workers, chunks):
    with executor_cls(max_workers=workers) as pool:
        list(pool.map(str, range(workers)))      # warm the pool: not part of the timing
        start = time.perf_counter()
        list(pool.map(count_primes, *zip(*chunks)))
        return time.perf_counter() - start


# The guard is required where children spawn (Windows, macOS): they re-import this file.
if __name__ == "__main__":
    chunks = [(1_000_000, 1_004_000)] * 100      # identical units of work
    start = time.perf_counter()
    for lo, hi in chunks:
        count_primes(lo, hi)
    sequential = time.perf_counter() - start
    print(f"sequential   {sequential:.2f} s")
    for workers in (1, 2, 4):
        for cls in (ThreadPoolExecutor, ProcessPoolExecutor):
            wall = timed(cls, workers, chunks)
            print(f"{cls.__name__:19} x{workers}: {wall:.2f} s, "
                  f"speed-up {sequential / wall:.2f}x")
    # Threads stay near 1x: one GIL, one thread running Python at a time.
    # Processes approach the number of cores: one interpreter, one GIL each.
'''
