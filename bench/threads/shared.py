# bench/threads/shared.py JOBS THREADS — JOBS equal jobs over THREADS threads, on shared data.
# Unlike work.py, every thread reads the same objects all the time: one module-level dict and
# one list (a price table and weights), the same module-level functions, the same class and its
# methods.  Each thread writes only its own results.  In minipy every dict or list read takes
# that container's ob_mutex, so this measures what sharing costs on top of work.py.
import sys
import threading

PRICES = {}
for k in range(64):
    PRICES["item" + str(k)] = k * 3 + 1
NAMES = list(PRICES)
WEIGHTS = [k % 5 + 1 for k in range(64)]

def cost(name, i):
    return PRICES[name] * WEIGHTS[i % 64] % 97

class Cart:
    def __init__(self):
        self.total = 0
    def add(self, amount):
        self.total += amount

def job(n):
    cart = Cart()
    for i in range(n):
        cart.add(cost(NAMES[i % 64], i))
    return cart.total

jobs, nthreads = int(sys.argv[1]), int(sys.argv[2])
N = 400_000
results = [None] * jobs

def worker(first, count):
    for j in range(first, first + count):
        results[j] = job(N)  # each job writes only its own slot

share = [jobs // nthreads + (1 if k < jobs % nthreads else 0) for k in range(nthreads)]
firsts = [sum(share[:k]) for k in range(nthreads)]
threads = [threading.Thread(target=worker, args=(firsts[k], share[k])) for k in range(nthreads)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), results[0], results == [results[0]] * jobs)
