"""The plain-Python equivalent of the timeline lab, shown beside it so the lesson carries over."""

TIMELINE_CODE = '''\
# Record what ran where, then open it in https://ui.perfetto.dev or chrome://tracing.
import json, os, threading, time
from concurrent.futures import ThreadPoolExecutor

events, lock = [], threading.Lock()
T0 = time.perf_counter()

def traced(fn):
    """Record each call as a complete event ("X") in the lane of the thread that ran it."""
    def wrapper(*args):
        start = time.perf_counter()
        try:
            return fn(*args)
        finally:
            end = time.perf_counter()
            with lock:  # an append under a lock: cheap enough for any worker
                events.append({"name": fn.__name__, "ph": "X",
                               "pid": os.getpid(), "tid": threading.get_native_id(),
                               "ts": (start - T0) * 1e6, "dur": (end - start) * 1e6,
                               "args": {"thread": threading.current_thread().name}})
    return wrapper

@traced
def io_job(seconds):
    time.sleep(seconds)

def compare(job, seconds):
    """Run the same job inline, then in a thread pool: wall time and CPU time of each."""
    for name, run in [("inline", lambda: job(seconds)),
                      ("thread pool", lambda: ThreadPoolExecutor(1).submit(job, seconds).result())]:
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        print(f"{name:12} wall {time.perf_counter() - wall:.2f} s  "
              f"cpu {time.process_time() - cpu:.2f} s")

compare(io_job, 1.0)
with open("trace.json", "w") as f:
    json.dump({"traceEvents": events, "displayTimeUnit": "ms"}, f)
'''
