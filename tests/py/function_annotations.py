# Function annotations are evaluated lazily (PEP 649, Python 3.14): by __annotate__, on the first read of __annotations__.
def g(a: int, *args: str, b: "x" = 1, **kw: float) -> None: pass
print(g.__annotations__)
def h(x): pass
print(h.__annotations__, h.__annotate__)
def later(n: Node) -> Node: return n
class Node: pass
print(later.__annotations__)
class C:
    def m(self, __p: int, q: list[int]) -> "C": pass
print(C.m.__annotations__)
def outer():
    T = int
    def inner(x: T) -> T: pass
    return inner
print(outer().__annotations__)
print(g.__annotate__(1) == g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {'z': 1}
print(g.__annotations__)
def bad(x: undefined_name): pass
try: bad.__annotations__
except NameError as e: print("NameError:", e)
import functools
@functools.wraps(g)
def w(*a): pass
print(w.__annotations__)
