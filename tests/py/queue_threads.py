# oracle: native
# queue: producers and consumers across threads (blocking get/put, maxsize, task_done/join),
# timeouts raising Empty/Full, LIFO and priority order, SimpleQueue, shutdown, and misuse errors.
import queue
import threading

# Three producers, two consumers, a bounded queue: every item arrives exactly once.
q = queue.Queue(maxsize=4)
got = []
got_lock = threading.Lock()

def producer(base):
    for i in range(50):
        q.put(base + i)

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with got_lock:
            got.append(item)
        q.task_done()

consumers = [threading.Thread(target=consumer) for _ in range(2)]
producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()                      # every item put so far has been task_done()
print("all items processed:", len(got), sorted(got) == sorted([k * 1000 + i for k in range(3) for i in range(50)]))
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print("unfinished:", q.unfinished_tasks, "empty:", q.empty(), "full:", q.full(), "qsize:", q.qsize())

# A get() that blocks until another thread puts.
q2 = queue.Queue()
def late_put():
    ev.wait()
    q2.put("hello")
ev = threading.Event()
t = threading.Thread(target=late_put)
t.start()
ev.set()
print("blocking get:", q2.get(timeout=5))
t.join()

# A put() that blocks on a full queue until a get() makes room.
q3 = queue.Queue(1)
q3.put("first")
def taker():
    results.append(q3.get())
results = []
t = threading.Thread(target=taker)
t.start()
q3.put("second", timeout=5)
t.join()
print("blocking put:", results, q3.get_nowait())

# Timeouts and non-blocking calls.
for call in (lambda: queue.Queue().get(timeout=0.01), lambda: queue.Queue().get_nowait(),
             lambda: queue.Queue().get(block=False)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
full = queue.Queue(2)
full.put(1)
full.put(2)
print("full:", full.full(), full.qsize())
for call in (lambda: full.put(3, timeout=0.01), lambda: full.put_nowait(3), lambda: full.put(3, False)):
    try:
        call()
    except queue.Full as e:
        print("Full", repr(e))

# Order: LIFO and priority.
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in [(3, "c"), (1, "a"), (4, "d"), (1, "b"), (5, "e"), (2, "x")]:
    lq.put(v)
    pq.put(v)
print("lifo:", [lq.get() for _ in range(6)])
print("priority:", [pq.get() for _ in range(6)])
pq2 = queue.PriorityQueue()
for v in [9, 3, 7, 1, 8, 2, 6, 4, 5, 0]:
    pq2.put(v)
print("heap order:", [pq2.get_nowait() for _ in range(10)])

# SimpleQueue shared by threads.
sq = queue.SimpleQueue()
def sq_worker(n):
    for i in range(100):
        sq.put(n)
ts = [threading.Thread(target=sq_worker, args=(n,)) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
counts = [0, 0, 0, 0]
while not sq.empty():
    counts[sq.get()] += 1
print("simple queue:", counts, sq.qsize())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")

# Shutdown (Python 3.13+): waiting getters wake with ShutDown; immediate drops the items.
sdq = queue.Queue()
outcome = []
def waiter():
    try:
        sdq.get()
    except queue.ShutDown:
        outcome.append("ShutDown")
t = threading.Thread(target=waiter)
t.start()
while not t.is_alive():
    pass
sdq.shutdown()
t.join()
print("shutdown:", outcome)
try:
    sdq.put(1)
except queue.ShutDown:
    print("put after shutdown: ShutDown")
sdq2 = queue.Queue()
for i in range(3):
    sdq2.put(i)
sdq2.shutdown(immediate=True)
print("immediate:", sdq2.qsize(), sdq2.unfinished_tasks)
sdq2.join()
sdq3 = queue.Queue()
sdq3.put("kept")
sdq3.shutdown()
print("after graceful shutdown:", sdq3.get())

# Misuse.
try:
    queue.Queue().task_done()
except ValueError as e:
    print("ValueError:", e)
try:
    queue.Queue().get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
