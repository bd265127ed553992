# The sys module: argv, stdout/stderr objects, recursion limit getters, exit via SystemExit.
import sys
print(sys.argv[0], len(sys.argv))
print(type(sys.argv).__name__, sys.getrecursionlimit() > 0)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.stdout.write("write returns count\n")
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit", repr(e.code))
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
