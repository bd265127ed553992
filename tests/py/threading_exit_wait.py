# oracle: native
# At exit the interpreter waits for non-daemon threads (their output comes after the main
# program's last line) and does not wait for a daemon thread blocked forever.
import threading, time

def late(label, delay):
    time.sleep(delay)
    print("late thread finished:", label)

threading.Thread(target=late, args=("a", 0.05)).start()
threading.Thread(target=threading.Event().wait, daemon=True).start()
print("main program done")
