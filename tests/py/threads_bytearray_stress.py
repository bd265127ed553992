# oracle: native   (threads: the expected output comes from native CPython 3.13, not py314)
# A bytearray shared by threads: each append/extend/pop happens under the bytearray's critical
# section (bytes.cpp), so none is lost, and readers (len, slicing, bytes(), count) always see a
# consistent state while writers run.
import threading

shared = bytearray()
N = 2000

def writer(k):
    for i in range(N):
        shared.append(k)
        shared.extend(bytes([k, k]))

def reader(out):
    seen = 0
    for i in range(300):
        snap = bytes(shared)
        seen = max(seen, len(snap))
        if len(shared[0:10]) > 10:
            raise RuntimeError("slice too long")
    out.append(seen >= 0)

results = []
threads = [threading.Thread(target=writer, args=(k,)) for k in range(1, 5)]
threads += [threading.Thread(target=reader, args=(results,)) for _ in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print(len(shared), [shared.count(k) for k in range(1, 5)], results)

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
