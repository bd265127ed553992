# oracle: native
# The synchronisation tools of threading: Lock, RLock, Condition, Semaphore, BoundedSemaphore,
# Event, Barrier — each checked for its effect across threads and for its error messages.
import threading

# A counter protected by a Lock loses no update.
total = 0
lock = threading.Lock()
def add(n):
    global total
    for _ in range(n):
        with lock:
            total += 1
ts = [threading.Thread(target=add, args=(20000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("total", total)
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# RLock: nested acquires by the owner; another thread cannot release it.
r = threading.RLock()
with r:
    with r:
        print("nested ok")
r.acquire()
def foreign_release():
    try:
        r.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
t = threading.Thread(target=foreign_release); t.start(); t.join()
r.release()

# Condition: a producer/consumer queue, in order.
cond = threading.Condition()
queue = []
got = []
def consumer(n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: queue)
            got.append(queue.pop(0))
c = threading.Thread(target=consumer, args=(50,))
c.start()
for i in range(50):
    with cond:
        queue.append(i)
        cond.notify()
c.join()
print("consumed in order:", got == list(range(50)))
with cond:
    print("wait timeout:", cond.wait(0.01), cond.wait_for(lambda: False, 0.01))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# Condition over an RLock acquired twice: wait() releases both levels and restores them.
rc = threading.Condition(threading.RLock())
flag = []
def setter():
    with rc:
        flag.append(1)
        rc.notify_all()
with rc:
    with rc:
        s = threading.Thread(target=setter); s.start()
        rc.wait_for(lambda: flag)
        print("rlock condition:", flag)
s.join()

# Semaphore: at most 2 workers inside at once.
sem = threading.Semaphore(2)
inside = 0
peak = 0
count_lock = threading.Lock()
barrier_gate = threading.Event()
def limited():
    global inside, peak
    with sem:
        with count_lock:
            inside += 1
            peak = max(peak, inside)
        barrier_gate.wait(0.02)
        with count_lock:
            inside -= 1
ws = [threading.Thread(target=limited) for _ in range(6)]
for w in ws: w.start()
for w in ws: w.join()
print("peak inside:", peak)
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
for bad in (lambda: threading.Semaphore(-1), lambda: sem.release(0), lambda: sem.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
waiters = [threading.Thread(target=ev.wait) for _ in range(3)]
for w in waiters: w.start()
ev.set()
for w in waiters: w.join()
print(ev.is_set(), ev.wait(), [w.is_alive() for w in waiters])
ev.clear()
print(ev.is_set())

# Barrier: every party gets a distinct index; the action runs once per round.
rounds = []
bar = threading.Barrier(3, action=lambda: rounds.append("round"))
idx = []
def meet():
    for _ in range(2):
        idx.append(bar.wait())
ms = [threading.Thread(target=meet) for _ in range(3)]
for m in ms: m.start()
for m in ms: m.join()
print(sorted(idx), rounds, bar.parties, bar.n_waiting, bar.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(0.01)
except threading.BrokenBarrierError:
    print("broken after timeout:", b2.broken)
b2.reset()
print("after reset:", b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError after abort")
