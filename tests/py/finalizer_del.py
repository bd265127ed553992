# __del__ runs when the last reference goes (PEP 442: once per object, and the object may be
# resurrected by storing self somewhere).
class C:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = C(1)
del a
print("after del")
def f():
    c = C(2)
    print("in f")
f()
print("after f")
x = C(3)
x = None
keep = []
class Res:
    def __del__(self):
        print("resurrect"); keep.append(self)
r = Res(); del r
print(len(keep))
keep.clear()
print("cleared: __del__ does not run twice")
class Sub(C): pass
s = Sub(5); del s
l = [C(6), C(7)]; del l
t = (C(8), C(9)); del t
d = {"a": C(10), "b": C(11)}; del d
class Late: pass
o = Late()
Late.__del__ = lambda self: print("late del")
del o
def g():
    try:
        raise KeyError("pending")
    except KeyError:
        tmp = C(12)
        del tmp
        raise
try:
    g()
except KeyError as e:
    print("still", repr(e))
print("end")
