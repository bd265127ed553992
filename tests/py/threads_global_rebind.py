# oracle: native   (threads: the expected output comes from native CPython 3.13, not py314)
# Globals rebound while other threads read them.  Readers load `table` and `config` through
# LOAD_GLOBAL's lock-free cache (attrcache.cpp) while a writer keeps replacing them, dropping the
# old list's and dict's last reference each time: the old object must stay alive until every
# reader has passed a safe point (QSBR, threads.cpp).  Under `make asan` a premature free is a
# use-after-free report; here it would be a crash or a wrong length.
import threading

table = [0, 0, 0]
config = {"size": 3}
running = True

def reader(found):
    bad = 0
    rounds = 0
    while True:  # at least one round, however the threads are scheduled
        if len(table) != 3 or config["size"] != 3:
            bad += 1
        rounds += 1
        if not running:
            break
    found.append((bad, rounds > 0))

def writer(n):
    global table, config
    for i in range(n):
        table = [i, i + 1, i + 2]
        config = {"size": 3, "round": i}
    table = [n, n, n]

found = []
readers = [threading.Thread(target=reader, args=(found,)) for _ in range(3)]
for t in readers:
    t.start()
writers = [threading.Thread(target=writer, args=(20000,)) for _ in range(2)]
for t in writers:
    t.start()
for t in writers:
    t.join()
running = False
for t in readers:
    t.join()
print(sorted(found))
print(table, config["size"], config["round"])
