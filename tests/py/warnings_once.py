# Runtime warnings print once per place: the module's __warningregistry__ remembers
# (message, category, line).  ~ on a bool is the DeprecationWarning minipy emits at run time.
print("start")
for i in range(3):
    print(i, ~True)          # printed once, not three times


def invert(b):
    return ~b                # one place, however many calls


print(invert(True), invert(False), invert(True))
t = True
print(~t, ~False)            # a new line: printed again (once for the whole line)
print((1 +
       ~t))                  # the line of the ~, not of the statement
print(~5, ~-1)               # ints do not warn
print(True.__invert__())     # the method warns too

reg = globals()["__warningregistry__"]
print(type(reg).__name__, reg["version"])
print(sorted([k[2] for k in reg if isinstance(k, tuple)]))
print(all([k[1] is DeprecationWarning and reg[k] is True for k in reg if isinstance(k, tuple)]))


# Warnings go to whatever sys.stderr is at the time, in one write.
import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
cap = Capture()
old, sys.stderr = sys.stderr, cap
x = ~False
sys.stderr = old
print(len(cap.parts), cap.parts[0].startswith("warnings_once.py:36: DeprecationWarning: Bitwise"))
print(cap.parts[0].endswith("\n  x = ~False\n"))
sys.stderr = None
~True                        # no sys.stderr: nothing is printed, nothing fails
sys.stderr = old

print(issubclass(DeprecationWarning, Warning), issubclass(SyntaxWarning, Warning),
      issubclass(Warning, Exception), UserWarning.__mro__[1].__name__, RuntimeWarning("r").args)
