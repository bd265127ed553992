# sys.stdout/stderr/stdin name, mode, encoding; OSError.filename is what __fspath__ returned.
import sys, os
print(sys.stdout.name, sys.stderr.name, sys.stdin.mode, sys.stdout.encoding)
class P:
    def __fspath__(self): return "no/such/file"
for f in (os.stat, os.listdir, os.unlink):
    try: f(P())
    except OSError as e: print(type(e).__name__, repr(e.filename))
try: os.rename(P(), "x")
except OSError as e: print(repr(e.filename), repr(e.filename2))
