# oracle: native
# Threads sharing one list: every list operation must be atomic (as in CPython's free-threaded
# build), so appends from several threads lose nothing and readers never crash.
# Expected output comes from native CPython (python3 3.11 / pyenv 3.13), not the py314 oracle: it
# cannot run threads.  Only deterministic facts are printed (totals, not interleavings).
import _thread

def run_all(funcs):
    # Start every function in its own thread and wait for all of them.
    done = []
    for f in funcs:
        lock = _thread.allocate_lock()
        lock.acquire()
        done.append(lock)
        def body(f=f, lock=lock):
            try:
                f()
            finally:
                lock.release()
        _thread.start_new_thread(body, ())
    for lock in done:
        lock.acquire()

N_THREADS = 8
N_ITEMS = 10000

# 1. eight threads append to one list: nothing is lost.
shared = []
def appender(base):
    def f():
        for i in range(N_ITEMS):
            shared.append(base + i)
    return f
run_all([appender(t * N_ITEMS) for t in range(N_THREADS)])
print("append:", len(shared), sum(shared) == sum(range(N_THREADS * N_ITEMS)))
print("append distinct:", sorted(shared) == list(range(N_THREADS * N_ITEMS)))

# 2. readers iterate, index, measure and search the list while writers append.
grow = list(range(100))
bad = []
def writer():
    g = grow  # a local alias: `g += ...` rebinds only the local
    for i in range(3000):
        grow.append(i)
        grow.extend((i, i))
        grow[0] = i          # store while others read
        g += [i]
def reader():
    last = 0
    for _ in range(8):
        count = 0
        for x in grow:
            if not isinstance(x, int):
                bad.append(x)
            count += 1
        n = len(grow)
        if n < last or count < 100:
            bad.append(("len", n, last, count))
        last = n
        if grow[-1] is None or grow[50] != 50:
            bad.append("index")
        if 99 not in grow:
            bad.append("in")
        snapshot = grow[:]
        if len(snapshot) < 100 or snapshot[1:100] != list(range(1, 100)):
            bad.append("slice")
        copy = list(grow)
        if len(copy) < 100:
            bad.append("copy")
        for x in reversed(grow):
            if not isinstance(x, int):
                bad.append(x)
        if grow == [] or grow < [0]:
            bad.append("compare")
run_all([writer, writer, reader, reader])
print("readers:", bad, len(grow) == 100 + 2 * 3000 * 4)

# 3. several threads pop until the list is empty: every item comes out exactly once.
pool = list(range(40000))
popped = [[] for _ in range(4)]
def popper(k):
    def f():
        out = popped[k]
        while True:
            try:
                out.append(pool.pop())
            except IndexError as e:
                if str(e) != "pop from empty list":
                    out.append(str(e))
                return
    return f
run_all([popper(k) for k in range(4)])
allpopped = [x for part in popped for x in part]
print("pop:", len(pool), len(allpopped), sorted(allpopped) == list(range(40000)))

# 4. remove and insert from several threads.
items = list(range(4000))
def remover(k):
    def f():
        for i in range(k, 4000, 4):
            items.remove(i)
    return f
run_all([remover(k) for k in range(4)])
print("remove:", items)
ins = []
def inserter(k):
    def f():
        for i in range(2000):
            ins.insert(0, k)
            ins.insert(len(ins) // 2, k)
    return f
run_all([inserter(k) for k in range(4)])
print("insert:", len(ins), [ins.count(k) for k in range(4)])

# 5. del of slices, clear, sort and repr against appends: no crash, the list stays whole.
churn = []
def churner():
    for i in range(3000):
        churn.append(i)
        if i % 7 == 0:
            del churn[:2]
        if i % 500 == 0:
            churn.clear()
def sorter():
    for i in range(200):
        local = list(churn)
        local.sort(reverse=True)
        if local != sorted(local, reverse=True):
            bad.append("sort")
        repr(churn)
        try:
            churn.sort()
        except ValueError as e:
            if str(e) != "list modified during sort":
                bad.append(str(e))
run_all([churner, churner, sorter])
print("churn:", bad, all([isinstance(x, int) for x in churn]))

# 6. extend from a list another thread is changing, and a += on a shared list.
src = list(range(1000))
dst = []
def src_writer():
    for i in range(2000):
        src.append(i)
        src.pop(0)
def extender():
    for i in range(50):
        dst.extend(src)
        if len(src) < 999:
            bad.append("src")
run_all([src_writer, extender, extender])
print("extend:", len(dst) >= 1000 * 100, all([isinstance(x, int) for x in dst]), bad)
