# bench/threads/work.py JOBS THREADS — JOBS equal CPU-bound jobs spread over THREADS threads.
# The job calls a global function, makes instances and calls a method, so it exercises the
# objects that every thread shares (functions, classes, globals), not only local arithmetic.
import sys
import threading

def sq(i):
    return i * i % 7

class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

def job(n):
    total = 0
    for i in range(n):
        total += sq(i) + P(i).get()
    return total

jobs, nthreads = int(sys.argv[1]), int(sys.argv[2])
N = 1_000_000
results = []
lock = threading.Lock()
def worker(count):
    for _ in range(count):
        r = job(N)
        with lock:
            results.append(r)

share = [jobs // nthreads + (1 if k < jobs % nthreads else 0) for k in range(nthreads)]
threads = [threading.Thread(target=worker, args=(c,)) for c in share]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), results[0])
