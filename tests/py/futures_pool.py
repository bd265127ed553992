# oracle: native
# concurrent.futures: ThreadPoolExecutor.map (the program), submit/result/exception,
# as_completed, map with a timeout, cancel, callbacks, shutdown, names and initializers.
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, as_completed, Future
import threading
import time

def process_batch(batch):
    total = 0
    for x in batch:
        total += x * x
    return total

batches = [list(range(i, i + 1000)) for i in range(0, 20000, 1000)]
with ThreadPoolExecutor(max_workers=8) as pool:
    results = list(pool.map(process_batch, batches))
print("map:", results[:3], len(results), sum(results) == process_batch(range(20000)))

# map over several iterables stops at the shortest, like map().
with ThreadPoolExecutor(max_workers=3) as pool:
    print("map2:", list(pool.map(pow, [2, 3, 4, 5], [10, 2, 3])))

def risky(x):
    if x % 3 == 0:
        raise ValueError("no multiples of three: %d" % x)
    return x * 10

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(risky, i) for i in range(1, 8)]
    for f in futures:
        exc = f.exception()
        if exc is None:
            print("result", f.result(), f.done(), f.running(), f.cancelled())
        else:
            print("raised", type(exc).__name__, exc)
    try:
        futures[2].result()
    except ValueError as e:
        print("result() re-raises:", e)
    # as_completed yields each future once; sorted, the results are deterministic.
    done = [f for f in as_completed(futures)]
    print("as_completed:", len(done), sorted([f.result() for f in done if f.exception() is None]))

# The exception from map() surfaces when its result is reached.
with ThreadPoolExecutor(max_workers=2) as pool:
    it = pool.map(risky, [1, 2, 3, 4])
    print("first two:", next(it), next(it))
    try:
        next(it)
    except ValueError as e:
        print("map raised:", e)

# Timeouts: result(timeout) and map(timeout) raise TimeoutError while the work goes on.
gate = threading.Event()
def wait_for_gate():
    gate.wait()
    return "opened"
with ThreadPoolExecutor(max_workers=1) as pool:
    slow = pool.submit(wait_for_gate)
    try:
        slow.result(timeout=0.05)
    except TimeoutError:
        print("result timed out; running:", slow.running())
    try:
        for r in as_completed([slow], timeout=0.05):
            pass
    except TimeoutError as e:
        print("as_completed:", e)
    gate.set()
    print("later:", slow.result())
print("concurrent.futures.TimeoutError is TimeoutError:", concurrent.futures.TimeoutError is TimeoutError)

# Cancel: a queued item can be cancelled, a running one cannot.
hold = threading.Event()
started = threading.Event()
def blocker():
    started.set()
    hold.wait()
    return "blocker done"
pool = ThreadPoolExecutor(max_workers=1)
running = pool.submit(blocker)
started.wait()
queued = pool.submit(risky, 1)
print("cancel running:", running.cancel(), "cancel queued:", queued.cancel(), queued.cancelled(), queued.done())
try:
    queued.result()
except concurrent.futures.CancelledError:
    print("CancelledError")
hold.set()
print(running.result())
pool.shutdown(wait=True)
try:
    pool.submit(risky, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

# Done callbacks run once the future finishes (at once if it already has).
log = []
with ThreadPoolExecutor(max_workers=2) as pool:
    f = pool.submit(risky, 2)
    f.add_done_callback(lambda fut: log.append(("cb", fut.result())))
    f.result()
f.add_done_callback(lambda fut: log.append(("late", fut.result())))
print("callbacks:", sorted(log))

# Thread names, the initializer, and max_workers validation.
seen = []
seen_lock = threading.Lock()
def init(tag):
    with seen_lock:
        seen.append(tag)
def name_of(_):
    time.sleep(0.01)
    return threading.current_thread().name
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="worker", initializer=init, initargs=("hi",)) as pool:
    names = sorted(dict.fromkeys(pool.map(name_of, range(6))))
print("names:", names, "initializer ran:", seen)
for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)

# shutdown(cancel_futures=True) cancels what has not started.
hold2 = threading.Event()
started2 = threading.Event()
def blocker2():
    started2.set()
    hold2.wait()
    return 1
pool = ThreadPoolExecutor(max_workers=1)
first = pool.submit(blocker2)
started2.wait()
rest = [pool.submit(risky, 1) for _ in range(3)]
# Cancel while the only worker is still blocked, so the result is not a race.
pool.shutdown(wait=False, cancel_futures=True)
hold2.set()
pool.shutdown(wait=True)
print("after cancel_futures:", first.result(), [f.cancelled() for f in rest])

# A Future used by hand.
f = Future()
print(f.done(), f.running(), f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
print(f.result(), f.exception())
try:
    f.set_result(43)
except concurrent.futures.InvalidStateError:
    print("InvalidStateError")
f2 = Future()
f2.set_exception(KeyError("k"))
print(repr(f2.exception()), f2.done())
# Workers are not daemon threads: the program ends only after they exit.
pool = ThreadPoolExecutor(max_workers=2)
pool.submit(time.sleep, 0.05)
print("end of program")
