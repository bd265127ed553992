# oracle: native   (threads: the expected output comes from native CPython 3.13, not py314)
# threads_speedup.py — four CPU-bound threads against the same work done in one thread.
#
# minipy has no global interpreter lock, so on a machine with two or more cores the threaded run
# should take about 1/cores of the time.  Run it again as `minipy -X gil=1 threads_speedup.py`
# to switch a GIL on and watch the speed-up vanish; add `-X stats` to see the reference-count
# and lock counters behind the numbers.
#
# The results go to stdout (the test suite compares them with CPython's); the timings go to
# stderr, because they differ on every run.
import sys
import threading
import time

def work(n):
    """Pure computation on this thread's own objects."""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total

N = 1_000_000
THREADS = 4

start = time.perf_counter()
serial = [work(N) for _ in range(THREADS)]
one_thread = time.perf_counter() - start

results = [None] * THREADS
def worker(k):
    results[k] = work(N)

start = time.perf_counter()
threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
four_threads = time.perf_counter() - start

print("results agree:", results == serial, serial[0])
print(f"one thread, {THREADS} jobs in a row: {one_thread:.2f} s", file=sys.stderr)
print(f"{THREADS} threads at once:           {four_threads:.2f} s", file=sys.stderr)
print(f"speed-up: {one_thread / four_threads:.2f}x", file=sys.stderr)
