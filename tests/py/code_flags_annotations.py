# co_flags values as CPython; getattr of a run-time built "__annotations__"; int() of Unicode decimal digits.
import sys
class A:
    x: int
print(getattr(A, "__annot" + "ations__"), hasattr(A, "__annotate__"))
def g(): pass
def h():
    "doc"
def k(*a, **kw): yield
async def c(): pass
print(g.__code__.co_flags, h.__code__.co_flags, k.__code__.co_flags, c.__code__.co_flags, (lambda: 0).__code__.co_flags)
print(h.__doc__, g.__doc__)
print(int("\u0661\u0662"), int(" \u0663\u0660 "), int("\uff11\uff10", 16), int("\U0001d7ce\U0001d7d9"))
for bad in ["\u0661x", "\u00b2", "\u2167"]:
    try: int(bad)
    except ValueError as e: print(e)
print(int(b"12"))
try: int(b"\xff")
except ValueError as e: print(e)
print(int(b" 0x1f ", 16), int(bytearray(b"-7")), int(b"101", 2))
