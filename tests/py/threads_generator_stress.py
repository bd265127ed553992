# oracle: native   (threads: the expected output comes from native CPython 3.13, not py314)
# Generators and threads: a generator runs on one thread at a time (resuming is a
# compare-and-swap on its state), so threads racing next() on one generator get every value
# exactly once, and the losers of a race see "generator already executing".  Generators made on
# one thread and finished on another keep their frames intact.
import threading

N = 3000
def numbers(n):
    for i in range(n):
        yield i

shared = numbers(N)
got = []
busy = [0]
lock = threading.Lock()

def take():
    mine = []
    while True:
        try:
            v = next(shared)
        except ValueError as e:
            if str(e) != "generator already executing":
                raise
            with lock:
                busy[0] += 1
            continue
        except StopIteration:
            break
        mine.append(v)
    with lock:
        got.extend(mine)

threads = [threading.Thread(target=take) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(len(got), sorted(got) == list(range(N)))

# Made here, run there: each thread finishes generators another thread started.
def running_sum(items):
    total = 0
    for x in items:
        total += x
        yield total

started = []
for k in range(8):
    g = running_sum(list(range(k * 100, k * 100 + 100)))
    next(g)
    started.append(g)

results = [None] * 8
def finish(i):
    last = None
    for last in started[i]:
        pass
    results[i] = last

threads = [threading.Thread(target=finish, args=(i,)) for i in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(results)
print(results == [sum(range(k * 100, k * 100 + 100)) for k in range(8)])
