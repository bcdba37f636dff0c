"""The plain-Python code equivalent to what the queue lab runs, shown beside the panel.

The seed's Python 2 snippet (one producer, one consumer stopping at the value 1) in
Python 3, generalised to N producers and M consumers, for each backend and policy, so
the lesson carries over to a person's own programs. Qt-free: it is just text.
"""

from __future__ import annotations

from app.workers.queue_model import Backend, Policy

_IMPORTS = {
    "thread": "import queue\nimport threading\nimport time\n",
    "process": "import multiprocessing as mp\nimport time\n",
}

_PRODUCER = '''
def producer(q, n_items, make_s):
    for i in {items_range}
        time.sleep(make_s)          # "make" an item
        q.put(i)                    # blocks while a bounded queue is full
{end_marker}'''

_CONSUMER = {
    "sentinel": '''
def consumer(q, use_s):
    while True:
        item = q.get()              # blocks while the queue is empty
        if item is None:            # one sentinel per consumer: exit
            break
        time.sleep(use_s)           # "use" the item
''',
    "stop_at_one": '''
def consumer(q, use_s):
    # The seed's way: stop when you see 1. With several consumers only one
    # sees each 1: the others wait forever, or stop while items remain.
    while True:
        item = q.get()
        if item == 1:
            break
        time.sleep(use_s)
''',
    "shutdown": '''
def consumer(q, use_s):
    while True:
        try:
            item = q.get()
        except queue.ShutDown:      # Python 3.13+: the queue was shut down and is empty
            break
        time.sleep(use_s)
''',
}

_MAIN = {
    "thread": '''
if __name__ == "__main__":
    q = queue.Queue(maxsize={capacity})   # 0 = unbounded
    producers = [threading.Thread(target=producer, args=(q, {per}, {make}))
                 for _ in range({n})]
    consumers = [threading.Thread(target=consumer, args=(q, {use}))
                 for _ in range({m})]
''',
    "process": '''
if __name__ == "__main__":
    ctx = mp.get_context("spawn")          # never fork a process that has threads
    q = ctx.Queue(maxsize={capacity})      # 0 = unbounded
    producers = [ctx.Process(target=producer, args=(q, {per}, {make}))
                 for _ in range({n})]
    consumers = [ctx.Process(target=consumer, args=(q, {use}))
                 for _ in range({m})]
''',
}

_JOIN = {
    "sentinel": '''    for w in consumers + producers:
        w.start()
    for p in producers:
        p.join()
    for _ in consumers:
        q.put(None)                        # one sentinel per consumer
    for c in consumers:
        c.join()
''',
    "stop_at_one": '''    for w in consumers + producers:
        w.start()
    for w in producers + consumers:
        w.join()                           # may never return: see consumer()
''',
    "shutdown": '''    for w in consumers + producers:
        w.start()
    for p in producers:
        p.join()
    q.shutdown()                           # consumers drain, then get() raises ShutDown
    for c in consumers:
        c.join()
''',
}


def queue_code(
    backend: Backend = "thread",
    policy: Policy = "sentinel",
    producers: int = 2,
    consumers: int = 2,
    capacity: int = 10,
    items: int = 100,
    produce_ms: float = 40,
    consume_ms: float = 60,
) -> str:
    """The snippet for these settings: runnable as is with ``python3 snippet.py``."""
    per = max(1, items // max(1, producers))
    items_range = (
        "range(2, n_items + 2):  # 1 is the end marker" if policy == "stop_at_one"
        else "range(n_items):"
    )
    end_marker = "    q.put(1)                        # the seed's end marker\n" if (
        policy == "stop_at_one"
    ) else ""
    return (
        _IMPORTS[backend]
        + _PRODUCER.format(end_marker=end_marker, items_range=items_range)
        + _CONSUMER[policy]
        + _MAIN[backend].format(
            capacity=capacity, per=per, n=producers, m=consumers,
            make=round(produce_ms / 1000, 4), use=round(consume_ms / 1000, 4),
        )
        + _JOIN[policy]
    )
