# heapq and bisect: the heap array after every operation must equal CPython's (programs print
# their heaps), nlargest/nsmallest/merge results and tie order, bisect/insort with lo, hi, key.
import heapq
import bisect
from heapq import heappush, heappop


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# ── pushing and popping, printing the array each time ──
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6, 0, 4]:
    heappush(h, x)
    print("push", x, h)
while h:
    print("pop", heappop(h), h)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 15, 12, 11, 14, 13, 10]
heapq.heapify(data)
print("heapify", data)
print("replace", heapq.heapreplace(data, 20), data)
print("replace", heapq.heapreplace(data, -1), data)
print("pushpop", heapq.heappushpop(data, 100), data)
print("pushpop small", heapq.heappushpop(data, -5), data)
print("pushpop empty", heapq.heappushpop([], 3))
print("sorted by pops", [heappop(data) for _ in range(len(data))])

# a pseudo-random workload: the arrays must match CPython's step for step
seed = 7


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


h = []
trace = []
for step in range(400):
    op = rnd(4)
    if op < 2 or not h:
        heappush(h, rnd(50))
    elif op == 2:
        trace.append(heappop(h))
    else:
        trace.append(heapq.heapreplace(h, rnd(50)))
    if step % 50 == 0:
        print(step, h[:12])
print(len(h), h, sum(trace), trace[:20])
big = [rnd(1000) for _ in range(300)]
heapq.heapify(big)
print(big[:30], big[-10:])

# tuples, equal keys, strings
th = []
for item in [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y'), (0, 'q')]:
    heappush(th, item)
print(th, [heappop(th) for _ in range(5)])
sh = list("heapqueue")
heapq.heapify(sh)
print(sh)

# ── the max-heap functions (public in 3.14) ──
mh = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
heapq.heapify_max(mh)
print("heapify_max", mh)
heapq.heappush_max(mh, 7)
print("push_max", mh)
print("pop_max", heapq.heappop_max(mh), mh)
print("replace_max", heapq.heapreplace_max(mh, 0), mh)
print("pushpop_max", heapq.heappushpop_max(mh, 10), heapq.heappushpop_max(mh, 4), mh)
print([heapq.heappop_max(mh) for _ in range(len(mh))])

# ── errors ──
show("pop empty", lambda: heappop([]))
show("replace empty", lambda: heapq.heapreplace([], 1))
show("push tuple", lambda: heappush((), 1))
show("heapify tuple", lambda: heapq.heapify((1,)))
show("pop tuple", lambda: heappop((1,)))
show("pop_max empty", lambda: heapq.heappop_max([]))
show("uncomparable", lambda: heapq.heapify([1, 'a', 2]))

# ── nlargest / nsmallest ──
nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums), heapq.nlargest(0, nums), heapq.nsmallest(-1, nums))
print(heapq.nlargest(20, nums), heapq.nsmallest(20, iter(nums)), heapq.nlargest(5, iter(nums)))
print(heapq.nlargest(2, []), heapq.nsmallest(2, iter([])), heapq.nlargest(1, []))
portfolio = [
    {'name': 'IBM', 'shares': 100, 'price': 91.1},
    {'name': 'AAPL', 'shares': 50, 'price': 543.22},
    {'name': 'FB', 'shares': 200, 'price': 21.09},
    {'name': 'HPQ', 'shares': 35, 'price': 31.75},
    {'name': 'YHOO', 'shares': 45, 'price': 16.35},
    {'name': 'ACME', 'shares': 75, 'price': 115.65},
]
print([s['name'] for s in heapq.nsmallest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in heapq.nlargest(3, portfolio, key=lambda s: s['price'])])
# ties keep their original order, with and without key
pairs = [('a', 1), ('b', 2), ('c', 1), ('d', 2), ('e', 1), ('f', 3), ('g', 2)]
print(heapq.nlargest(4, pairs, key=lambda p: p[1]), heapq.nsmallest(4, pairs, key=lambda p: p[1]))
print(heapq.nlargest(4, iter(pairs), key=lambda p: p[1]), heapq.nsmallest(4, iter(pairs), key=lambda p: p[1]))
print(heapq.nlargest(3, [1.0, 1, True, 2, 2.0]), heapq.nsmallest(3, [2, 1.0, 1, True, 2.0]))
words = "the quick brown fox jumps over the lazy dog again".split()
print(heapq.nlargest(4, words, key=len), heapq.nsmallest(4, iter(words), key=len))

# ── merge ──
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([1, 2])), list(heapq.merge([], [3])))
print(list(heapq.merge([7, 5, 3], [6, 4, 2], reverse=True)))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge(['horse', 'dog'], ['kangaroo', 'fish', 'cat'], key=len, reverse=True)))
a = [(1, 'a'), (2, 'a'), (3, 'a')]
b = [(1, 'b'), (2, 'b'), (3, 'b')]
print(list(heapq.merge(a, b, key=lambda t: t[0])))
print(list(heapq.merge(a, b, key=lambda t: -t[0] + 4, reverse=True)))
g = heapq.merge(iter([1, 4]), (x * x for x in range(4)))
print(next(g), next(g), list(g))

# ── bisect ──
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, 4, 6))
print(bisect.bisect_left(a, 2, hi=-1), bisect.bisect_left(a, 9, 0, -1), bisect.bisect_left(a, 2, 0, -2))
print(bisect.bisect_left(a, 2, lo=10), bisect.bisect_left([], 1))
show("lo negative", lambda: bisect.bisect_left(a, 2, -1))
show("lo negative insort", lambda: bisect.insort(a, 2, -1))


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [('black', 0), ('blue', 1), ('red', 5), ('yellow', 8)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right(recs, 5, key=lambda r: r[1]))
print(recs[bisect.bisect_left(recs, 2, key=lambda r: r[1])])
s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, x)
print(s)
bisect.insort_left(s, 5)
bisect.insort_right(s, 5.0)
bisect.insort_left(s, 5.0)
print(s, [type(v).__name__ for v in s])
bisect.insort(s, 100, 0, 3)
print(s)
byname = []
for r in [('b', 2), ('a', 9), ('c', 1), ('a', 3)]:
    bisect.insort(byname, r, key=lambda t: t[0])
print(byname)
bisect.insort_left(byname, ('a', 0), key=lambda t: t[0])
print(byname)


class Rev(list):
    def insert(self, i, x):
        print("  insert at", i, x)
        list.insert(self, i, x)


rv = Rev([1, 3])
bisect.insort(rv, 2)
print(rv)
