# oracle: native
# Threads sharing one collections.deque: every deque operation must be atomic (CPython's are),
# so with no GIL nothing is lost or duplicated, lengths stay consistent and readers never see
# a half-done change.  Expected output comes from native CPython (pyenv 3.13), not the py314
# oracle: it cannot run threads.  Only deterministic facts are printed (totals, not orders).
import threading
from collections import deque


def run_all(funcs):
    threads = [threading.Thread(target=f) for f in funcs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


N_THREADS = 6
N_ITEMS = 5000

# 1. appends and appendlefts from several threads: every item is there exactly once.
shared = deque()


def producer(k):
    def f():
        base = k * N_ITEMS
        for i in range(N_ITEMS):
            if i % 2:
                shared.append(base + i)
            else:
                shared.appendleft(base + i)
    return f


run_all([producer(k) for k in range(N_THREADS)])
print("append:", len(shared), sorted(shared) == list(range(N_THREADS * N_ITEMS)))

# 2. several threads drain one deque from both ends: each item comes out exactly once.
pool = deque(range(40000))
got = [[] for _ in range(4)]
errors = []


def drainer(k):
    def f():
        out = got[k]
        while True:
            try:
                out.append(pool.pop() if k % 2 else pool.popleft())
            except IndexError as e:
                if str(e) != "pop from an empty deque":
                    errors.append(str(e))
                return
    return f


run_all([drainer(k) for k in range(4)])
everything = [x for part in got for x in part]
print("drain:", len(pool), len(everything), sorted(everything) == list(range(40000)), errors)

# 3. producers and consumers at the same time (a hand-made work queue).
work = deque()
consumed = [[] for _ in range(3)]
producers_done = threading.Event()


def put_work(k):
    def f():
        for i in range(4000):
            work.append((k, i))
    return f


def take_work(k):
    def f():
        out = consumed[k]
        while True:
            try:
                out.append(work.popleft())
            except IndexError:
                if producers_done.is_set() and not work:
                    return


    return f


consumers = [threading.Thread(target=take_work(k)) for k in range(3)]
for t in consumers:
    t.start()
run_all([put_work(k) for k in range(3)])
producers_done.set()
for t in consumers:
    t.join()
items = sorted(x for part in consumed for x in part)
print("work queue:", len(items), items == sorted((k, i) for k in range(3) for i in range(4000)))

# 4. rotate, reverse, pops and appends against readers: the multiset never changes, and an
#    iterator either sees a consistent deque or reports the mutation.
ring = deque(range(1000))
bad = []


def rotator():
    for i in range(3000):
        ring.rotate(7 if i % 2 else -3)
        if i % 500 == 0:
            ring.reverse()


def swapper():
    for i in range(3000):
        ring.append(ring.popleft())
        ring.appendleft(ring.pop())


def reader():
    for _ in range(200):
        n = len(ring)
        if n < 998 or n > 1000:
            bad.append(("len", n))
        x = ring[0]
        if not (isinstance(x, int) and 0 <= x < 1000):
            bad.append(("item", x))
        try:
            # iterates: RuntimeError if a writer got in between; the swapper may have one
            # item out (popped, not yet put back) at the moment the iterator starts.
            l = list(ring)
            if not (998 <= len(l) <= 1000 and len(set(l)) == len(l)
                    and min(l) >= 0 and max(l) < 1000):
                bad.append(("list", len(l)))
        except RuntimeError as e:
            if str(e) != "deque mutated during iteration":
                bad.append(str(e))
        if ring.count(500) > 1 or (1000 in ring):
            bad.append("count/in")


run_all([rotator, swapper, reader, reader])
print("rotate:", len(ring), sorted(ring) == list(range(1000)), bad)

# 5. a bounded deque: concurrent appends never let it grow past maxlen or repeat an item.
window = deque(maxlen=100)
overflow = []


def filler(k):
    def f():
        for i in range(5000):
            window.append(k * 10000 + i)
            if len(window) > 100:
                overflow.append(len(window))
    return f


run_all([filler(k) for k in range(4)])
print("maxlen:", len(window), len(set(window)), window.maxlen, overflow)

# 6. extend, insert, remove and item assignment from several threads.
mixed = deque()


def extender(k):
    def f():
        for i in range(500):
            mixed.extend([(k, i, 0), (k, i, 1)])
    return f


def inserter():
    for i in range(500):
        mixed.insert(len(mixed) // 2, ('ins', i, 0))


run_all([extender(0), extender(1), inserter])
print("extend/insert:", len(mixed), len(set(mixed)))
removals = [[x for x in mixed if x[0] == k] for k in (0, 1, 'ins')]
rm_errors = []


def remover(part):
    def f():
        for x in part:
            while True:
                try:
                    mixed.remove(x)
                    break
                except IndexError as e:
                    # another thread changed the deque during the search: try again
                    if str(e) != "deque mutated during iteration":
                        rm_errors.append(str(e))
                        break
    return f


run_all([remover(part) for part in removals])
print("remove:", len(mixed), rm_errors)

# 7. copies and reprs taken while the deque changes are complete snapshots.
live = deque(range(100))
snap_bad = []


def churn():
    for i in range(3000):
        live.append(live.popleft())


def snapper():
    for _ in range(300):
        c = live.copy()
        if not 98 <= len(c) <= 100:    # each churner may hold one item between its two calls
            snap_bad.append(len(c))
        r = repr(live)
        if not (r.startswith("deque([") and r.endswith("])")):
            snap_bad.append(r[:20])
        l = list(live.copy())
        if len(set(l)) != len(l):
            snap_bad.append("dup")


run_all([churn, churn, snapper])
print("snapshots:", len(live), sorted(live) == list(range(100)), snap_bad)
