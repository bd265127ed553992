# oracle: native
# threading.Thread: names, start/join, is_alive, subclassing run(), daemon flags, repr states,
# current_thread/main_thread/active_count/enumerate, and the errors of misuse.
import threading

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon, main.is_alive())
print(repr(main).startswith("<_MainThread(MainThread, started "))

results = []
def work(n, scale=1):
    results.append(n * scale)

ts = [threading.Thread(target=work, args=(i,), kwargs={"scale": 10}) for i in range(4)]
print([t.name for t in ts])
print([t.is_alive() for t in ts], ts[0].ident, ts[0].native_id)
print(repr(ts[0]))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), [t.is_alive() for t in ts])
print(all([isinstance(t.ident, int) for t in ts]), all([isinstance(t.native_id, int) for t in ts]))
print(repr(ts[0]).startswith("<Thread(Thread-1 (work), stopped "))

class Worker(threading.Thread):
    def __init__(self, label):
        super().__init__(name="worker-" + label)
        self.label = label
        self.seen = None
    def run(self):
        me = threading.current_thread()
        self.seen = (me is self, me.name, threading.active_count() >= 2, me in threading.enumerate())

w = Worker("a")
w.start()
w.join()
print(w.seen, w.name)

t = threading.Thread(target=work, args=(5,), daemon=True)
print(t.daemon, repr(t).endswith("initial daemon)>"))
t.start(); t.join()
named = threading.Thread(target=print, name=123)
print(named.name)
anon = threading.Thread()
print(anon.name)
anon.start(); anon.join()

for bad in (lambda: ts[0].start(), lambda: threading.Thread().join(), lambda: main.join()):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)

def joins_itself():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("RuntimeError:", e)
j = threading.Thread(target=joins_itself)
j.start(); j.join()

# join with a timeout returns while the thread still runs; is_alive tells the two apart
gate = threading.Event()
slow = threading.Thread(target=gate.wait)
slow.start()
slow.join(0.01)
print("alive after timeout:", slow.is_alive())
gate.set()
slow.join()
print("alive after set:", slow.is_alive())
print(threading.active_count(), threading.enumerate() == [main])
