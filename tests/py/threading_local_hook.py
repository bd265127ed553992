# oracle: native
# threading.local (per-thread attributes, a subclass's __init__ per thread) and excepthook: an
# uncaught exception in a thread goes to threading.excepthook and the program carries on.
import threading

data = threading.local()
data.x = "main"
seen = []
def reader(i):
    seen.append((i, hasattr(data, "x")))
    data.x = i
    seen.append((i, data.x))
ts = [threading.Thread(target=reader, args=(i,)) for i in range(3)]
for t in ts: t.start(); t.join()
print(seen, data.x)
print(data.__dict__)
del data.x
print(hasattr(data, "x"))
try:
    del data.x
except AttributeError as e:
    print("AttributeError")

class Counter(threading.local):
    def __init__(self, start):
        self.n = start
    def bump(self):
        self.n += 1
        return self.n

c = Counter(10)
c.bump()
out = []
def use():
    out.append(c.bump())
t = threading.Thread(target=use); t.start(); t.join()
print(c.n, out)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook
threading.excepthook = hook
def fails(msg):
    raise ValueError(msg)
t = threading.Thread(target=fails, args=("boom",), name="failing")
t.start(); t.join()
def exits():
    raise SystemExit(3)
t = threading.Thread(target=exits, name="exiting")
t.start(); t.join()
print(caught)
threading.excepthook = old
print(threading.excepthook is threading.__excepthook__)

# The default hook, called directly on an exception raised here: "Exception in thread NAME:"
# and the traceback, on stderr.
def raiser():
    return 1 / 0
try:
    raiser()
except ZeroDivisionError as e:
    threading.excepthook(threading.ExceptHookArgs((type(e), e, e.__traceback__, threading.current_thread())))
    threading.excepthook(threading.ExceptHookArgs((SystemExit, SystemExit(1), None, None)))
print("program goes on")
