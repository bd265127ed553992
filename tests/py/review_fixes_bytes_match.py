# Review fixes: bytes subclasses, bytearray slices with __index__, extend(int), split with
# maxsplit, find past the end, __radd__, bytes patterns, surrogates, sealed types, star patterns.
class B(bytes):
    pass
b = B(b"hi")
b.tag = 5
print(len(b), b, b.tag, b + b"!", isinstance(b, bytes), b.upper(), B(b"x") == b"x")
class Idx:
    def __index__(self): return 1
ba = bytearray(b"abcd")
ba[Idx():3] = b"x"
print(ba)
try:
    ba.extend(5)
except TypeError as e:
    print(e)
try:
    ba[0:1] = "s"
except TypeError as e:
    print(e)
print(b"   1   2   3   ".split(None, 1), b"   1   2   3   ".rsplit(None, 1))
print(b"abc".find(b"", 4), b"abc".count(b"", 4), b"abc".rfind(b"", 5), b"abc".find(b"", 3))
class R:
    def __radd__(self, other): return "radd"
print(b"a" + R())
try:
    b"a" + "b"
except TypeError as e:
    print(e)
match b"xy":
    case bytes(v): print("bytes", v)
match bytearray(b"z"):
    case bytearray(v): print("bytearray", v)
match [1, 2, 3]:
    case first, *rest: print(first, rest)
match (1, 2, 3):
    case *init, last: print(init, last)
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print(e)
print("é".encode("latin"), b"abc".decode("UTF 8"))
try:
    b"a".decode(1)
except TypeError as e:
    print(e)
try:
    int.from_bytes("ab")
except TypeError as e:
    print(e)
for t in ["(i for i in [])", "t''"]:
    pass
try:
    class G(type((i for i in []))): pass
except TypeError as e:
    print(e)
from string.templatelib import Template
try:
    class S(Template): pass
except TypeError as e:
    print(e)
print(str(b"abc", "ascii"), str(b"h\xc3\xa9", encoding="utf-8"))
class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): print("It.close called")
def deleg():
    yield from It()
y = deleg()
next(y)
del y
print("end")
