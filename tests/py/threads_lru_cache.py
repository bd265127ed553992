# oracle: native   (threads: the expected output comes from native CPython 3.13, not py314)
# functools.lru_cache shared by threads running in parallel (minipy has no GIL): the cache's
# dict, its use-order list and its hit/miss counters are only changed with the cache's lock held,
# so the counts add up and the size limit holds; the user's function runs without the lock, so
# calls on different keys overlap, and a recursive function can call its own cache.
import threading
from functools import lru_cache

THREADS = 4


def run_threads(target, count=THREADS):
    threads = [threading.Thread(target=target, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# 1. An unbounded cache hammered on the same keys: every call is a hit or a miss, and each key
# is stored once however many threads missed it at the same time.
@lru_cache(maxsize=None)
def square(n):
    return n * n


KEYS = 50
ROUNDS = 100
errors = []


def hammer(i):
    for r in range(ROUNDS):
        for k in range(KEYS):
            if square((k + i * 7) % KEYS) != ((k + i * 7) % KEYS) ** 2:
                errors.append(k)


run_threads(hammer)
info = square.cache_info()
print('unbounded:', errors, info.currsize, info.hits + info.misses == THREADS * ROUNDS * KEYS,
      KEYS <= info.misses <= THREADS * KEYS)

# 2. A bounded cache with more keys than room: entries are evicted and recomputed, results stay
# right, and the cache never grows past maxsize.
@lru_cache(maxsize=16)
def cube(n):
    return n * n * n


sizes = []


def churn(i):
    x = i + 1
    for step in range(5000):
        x = (x * 1103515245 + 12345) % 2147483648     # each thread its own key sequence
        k = x % 40
        if cube(k) != k * k * k:
            errors.append(k)
        if step % 100 == 0:
            sizes.append(cube.cache_info().currsize)


run_threads(churn)
info = cube.cache_info()
print('bounded:', errors, info.currsize, max(sizes) <= 16,
      info.hits + info.misses == THREADS * 5000, info.maxsize)

# 3. Only hits after a warm-up: the counters are exact.
@lru_cache(maxsize=32)
def double(n):
    return 2 * n


for k in range(32):
    double(k)


def reread(i):
    for r in range(50):
        for k in range(32):
            double(k)


run_threads(reread)
print('hits only:', double.cache_info())

# 4. maxsize=0 caches nothing but still counts every call.
@lru_cache(maxsize=0)
def plain(n):
    return n


def count_calls(i):
    for k in range(1000):
        plain(k)


run_threads(count_calls)
print('uncached:', plain.cache_info())

# 5. The lock is not held while the function runs: two calls on different keys are inside the
# function together (the barrier would time out otherwise), and two threads that miss the same
# key both run it — the key is stored once.
meeting = threading.Barrier(2, timeout=10)


@lru_cache(maxsize=8)
def meet(k):
    meeting.wait()
    return k


outcome = [None, None]


def call_meet(i):
    try:
        outcome[i] = meet(i)
    except threading.BrokenBarrierError:
        outcome[i] = 'broken'


run_threads(call_meet, 2)
print('overlap:', outcome, meet.cache_info())


def call_meet_same(i):
    try:
        outcome[i] = meet(7)
    except threading.BrokenBarrierError:
        outcome[i] = 'broken'


run_threads(call_meet_same, 2)
print('same key:', outcome, meet.cache_info())

# 6. A recursive function whose recursion goes through the shared cache, on every thread.
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


answers = [None] * THREADS


def compute(i):
    answers[i] = fib(150 + i)


run_threads(compute)
print('fib:', answers[0], len(set(answers)), fib.cache_info().currsize)

# 7. cache_clear() while other threads use the cache: nothing breaks, and a final clear leaves
# an empty cache with zeroed counters.
@lru_cache(maxsize=10)
def halve(n):
    return n // 2


def use_and_clear(i):
    for k in range(600):
        if halve(k % 25) != (k % 25) // 2:
            errors.append(k)
        if i == 0 and k % 50 == 0:
            halve.cache_clear()


run_threads(use_and_clear)
print('clear:', errors, halve.cache_info().currsize <= 10)
halve.cache_clear()
print('cleared:', halve.cache_info())
