# print(file=sys.stderr) writes to stderr; stdout is unaffected.
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("more", "parts", sep="+", file=sys.stderr)
sys.stdout.write("written directly\n")
sys.stderr.write("err direct\n")
print("done")
