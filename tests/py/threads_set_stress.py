# oracle: native   (threads: the expected output comes from native CPython 3.13, not py314)
# A set shared by threads: every operation on it is atomic (set.cpp holds the set's critical
# section), so adds from eight threads are never lost, readers never crash, and in-place
# operators between two sets never deadlock.  Each check prints a result that does not depend on
# how the threads interleave.
import threading

def run(*targets):
    threads = [threading.Thread(target=t) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

# 1. Eight threads add 2000 distinct keys each: all 16000 arrive.
shared = set()
def adder(base):
    def work():
        for i in range(2000):
            shared.add(base * 100000 + i)
    return work
run(*[adder(b) for b in range(8)])
print("adds:", len(shared), sum(shared) == sum([b * 100000 * 2000 + 1999000 for b in range(8)]))

# 2. Writers add and discard while readers iterate, copy and test membership.
churn = set(range(1000))
stop = threading.Event()
seen_sizes_ok = [True]
def writer(offset):
    def work():
        for i in range(3000):
            churn.add(offset + i)
            churn.discard(offset + i - 50)
    return work
def reader():
    while not stop.is_set():
        try:
            for x in churn:
                pass
        except RuntimeError:
            pass  # "Set changed size during iteration": expected while writers run
        c = churn.copy()
        if not (0 <= len(c) <= 10000):
            seen_sizes_ok[0] = False
        _ = 500 in churn
readers = [threading.Thread(target=reader) for _ in range(2)]
for r in readers:
    r.start()
run(writer(10000), writer(20000))
stop.set()
for r in readers:
    r.join()
expected = set(range(1000)) | set(range(12950, 13000)) | set(range(22950, 23000))
expected -= set(range(9950, 12950)) | set(range(19950, 22950))
print("churn:", churn == expected, len(churn), seen_sizes_ok[0])

# 3. a |= b and b |= a at the same time, many times: no deadlock, and both end as the union.
a = set(range(0, 3000, 2))
b = set(range(0, 3000, 3))
def a_takes_b():
    for _ in range(200):
        a.__ior__(b)
def b_takes_a():
    for _ in range(200):
        b.__ior__(a)
run(a_takes_b, b_takes_a)
union = set(range(0, 3000, 2)) | set(range(0, 3000, 3))
print("ior:", a == union, b == union)

# 4. &= with a superset runs while another thread adds: no add is lost.
keep = set(range(100))
everything = frozenset(range(100000))
def narrower():
    for _ in range(100):
        keep.intersection_update(everything)
        keep.__iand__(everything)
def grower():
    for i in range(100, 20100):
        keep.add(i)
run(narrower, grower)
print("iand:", len(keep), keep == set(range(20100)))

# 5. symmetric_difference_update from two threads with disjoint keys: each key toggled twice.
toggled = set(range(0, 1000))
def toggler(lo):
    def work():
        block = set(range(lo, lo + 500))
        for _ in range(100):
            toggled.symmetric_difference_update(block)
    return work
run(toggler(0), toggler(500), toggler(1000))
print("xor:", toggled == set(range(1000)))
