# The parts of threading that need no second thread, checked against CPython 3.14: reprs,
# argument errors, Lock/RLock/Semaphore/Event/Barrier used from one thread.
import threading

t = threading.Thread(target=print)
print(t, t.name, t.daemon, t.ident, t.is_alive())
print(threading.Thread(target=print, daemon=True))
print(threading.Thread(name="custom"))
print(threading.current_thread().name, threading.active_count(), threading.main_thread().name)
print(threading.Lock, threading.TIMEOUT_MAX > 1e9, threading.ThreadError is RuntimeError)

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.001))
lock.release()
for bad in (lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-2), lambda: lock.release()):
    try:
        bad()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)

r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

for make in (lambda: threading.Semaphore(-1), lambda: threading.Barrier(0)):
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)
s = threading.Semaphore(1)
for bad in (lambda: s.release(0), lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(s.acquire(), s.acquire(timeout=0.001))

b = threading.Barrier(1)
print(b.wait(), b.parties, b.n_waiting, b.broken)
b.abort()
print(b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", issubclass(threading.BrokenBarrierError, RuntimeError))

e = threading.Event()
print(e.is_set(), e.wait(0.001))
e.set()
print(e.is_set(), e.wait(0.001))

c = threading.Condition()
with c:
    print(c.wait(0.001), c.wait_for(lambda: 7))
for bad in (c.wait, c.notify):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)

for bad in (lambda: t.join(), lambda: threading.main_thread().join()):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)
