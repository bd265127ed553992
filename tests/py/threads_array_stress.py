# oracle: native   (threads: the expected output comes from native CPython 3.13, not py314)
# An array.array shared by threads: append/extend/insert/pop/item stores each hold the array's
# critical section (arraymodule.cpp), so none is lost, and readers (len, slices, tolist,
# tobytes, iteration) always see whole items, never a half-written one or a torn length.
import array
import threading

shared = array.array('q')
N = 1500

def writer(k):
    for i in range(N):
        shared.append(k)
        shared.extend([k, k])
        if i % 100 == 0:
            shared.insert(0, k)

def reader(out):
    ok = True
    for i in range(200):
        b = shared.tobytes()
        ok = ok and len(b) % 8 == 0
        ok = ok and all(1 <= v <= 4 for v in shared[0:50])
        ok = ok and all(1 <= v <= 4 for v in shared)
    out.append(ok)

results = []
threads = [threading.Thread(target=writer, args=(k,)) for k in range(1, 5)]
threads += [threading.Thread(target=reader, args=(results,)) for _ in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print(len(shared), [shared.count(k) for k in range(1, 5)], results)

# Item stores and reads racing: every value read is one some thread wrote.
cells = array.array('d', [0.0] * 64)
def storer(k):
    for i in range(3000):
        cells[i % 64] = float(k)
        if cells[(i * 7) % 64] not in (0.0, 1.0, 2.0, 3.0):
            raise RuntimeError("torn read")
threads = [threading.Thread(target=storer, args=(k,)) for k in range(1, 4)]
for t in threads: t.start()
for t in threads: t.join()
print(set(cells) <= {1.0, 2.0, 3.0}, len(cells))

popped = []
lock = threading.Lock()
def popper():
    mine = 0
    while True:
        try:
            shared.pop()
        except IndexError:
            break
        mine += 1
    with lock:
        popped.append(mine)

threads = [threading.Thread(target=popper) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(sum(popped), len(shared))
