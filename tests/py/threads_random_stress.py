# oracle: native   (threads: the expected output comes from native CPython 3.13, not py314)
# Random objects under threads: one generator per thread gives the same numbers as the same
# seed on the main thread; one generator shared by all threads (the module's) never hands out
# a torn state: every value is a float in [0, 1) and the total count is exact.
import random
import threading

def draws(seed, n):
    r = random.Random(seed)
    return [r.getrandbits(64) for _ in range(n)]

expected = [draws(s, 500) for s in range(4)]
got = [None] * 4

def own(i):
    got[i] = draws(i, 500)

threads = [threading.Thread(target=own, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print("own generators:", got == expected)

values = []
lock = threading.Lock()
def shared():
    mine = [random.random() for _ in range(2000)]
    mine += [random.randrange(1000) for _ in range(500)]
    with lock:
        values.extend(mine)

threads = [threading.Thread(target=shared) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
floats = [v for v in values if isinstance(v, float)]
ints = [v for v in values if isinstance(v, int)]
print("shared generator:", len(floats), len(ints), all(0.0 <= v < 1.0 for v in floats),
      all(0 <= v < 1000 for v in ints))
