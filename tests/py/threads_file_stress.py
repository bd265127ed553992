# oracle: native
# Four threads write 200 lines each to one shared text file at the same time.  Each file
# object has a lock (lib/io.py), so no write() is lost and no line is torn apart by another
# thread's write, even without a GIL.  The lines are read back and checked one by one.
import os
import threading

TMP = '_threads_file_tmp'
NAME = TMP + '/shared.txt'
THREADS = 4
LINES = 200

if os.path.exists(NAME):
    os.remove(NAME)
if os.path.isdir(TMP):
    os.rmdir(TMP)
os.mkdir(TMP)

start = threading.Barrier(THREADS)


def writer(n, f):
    start.wait()                        # all four begin together, for the most contention
    for i in range(LINES):
        # one write() per line, 2 to 9 KB long, so that the 8192-byte buffer fills and is
        # flushed every few writes while the other threads are writing (without the lock, two
        # threads flushing at once write the same bytes twice or drop some: this test fails)
        f.write('thread %d line %03d %s|\n' % (n, i, chr(ord('a') + n) * (2000 + 37 * i)))


with open(NAME, 'w') as f:
    threads = [threading.Thread(target=writer, args=(n, f)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

with open(NAME) as f:
    lines = f.read().split('\n')
print('last piece empty:', lines.pop() == '')
print('lines:', len(lines))

seen = {n: [] for n in range(THREADS)}
bad = 0
for line in lines:
    parts = line.split(' ')
    ok = len(parts) == 5 and parts[0] == 'thread' and parts[2] == 'line' and parts[4].endswith('|')
    if ok:
        n, i = int(parts[1]), int(parts[3])
        ok = parts[4] == chr(ord('a') + n) * (2000 + 37 * i) + '|'
    if ok:
        seen[n].append(i)
    else:
        bad += 1
print('torn lines:', bad)
for n in range(THREADS):
    # each thread's own lines keep their order: its writes happened one after another
    print('thread', n, 'lines', len(seen[n]), 'in order:', seen[n] == list(range(LINES)))
print('bytes:', os.path.getsize(NAME) == sum(len(line) + 1 for line in lines))

os.remove(NAME)
os.rmdir(TMP)
print('cleaned up:', not os.path.exists(TMP))
