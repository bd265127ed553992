# oracle: native   (threads: the expected output comes from native CPython 3.13, not py314)
# concurrent.futures.wait: ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION and timeouts; the
# result is a named pair of sets (done, not_done).
import threading
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED

def square(x):
    return x * x

def fail(x):
    raise ValueError("bad %d" % x)

gate = threading.Event()
def blocked():
    gate.wait()
    return "released"

with ThreadPoolExecutor(max_workers=4) as pool:
    fs = [pool.submit(square, i) for i in range(6)]
    res = wait(fs)
    print(type(res).__name__, len(res.done), len(res.not_done), res.done == set(fs))
    print(sorted([f.result() for f in res.done]))
    done, not_done = res
    print(type(done).__name__, type(not_done).__name__, len(not_done))

    slow = pool.submit(blocked)
    quick = pool.submit(square, 7)
    done, not_done = wait([slow, quick], return_when=FIRST_COMPLETED)
    print("first completed:", [f.result() for f in done], slow in not_done)

    done, not_done = wait([slow], timeout=0.05)
    print("timeout:", len(done), len(not_done), slow.done())

    bad = pool.submit(fail, 3)
    done, not_done = wait([bad, slow], return_when=FIRST_EXCEPTION)
    print("first exception:", bad in done, slow in not_done, repr(bad.exception()))

    gate.set()
    done, not_done = wait([slow, bad, quick], return_when=ALL_COMPLETED)
    print("all:", len(done), len(not_done), slow.result())
    # The same future twice counts once.
    done, not_done = wait([quick, quick])
    print("dup:", len(done), len(not_done))
