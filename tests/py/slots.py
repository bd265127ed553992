# __slots__: fixed attributes without an instance __dict__, and the errors for the others.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, P.x, type(P.__dict__["x"]).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    print(p.__dict__)
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
try:
    del p.x
except AttributeError as e:
    print(e)
p.x = [1, 2]
print(p.x, hasattr(p, "x"), getattr(p, "y"))
class Q(P):
    pass
q = Q(3, 4)
q.z = 5
print(q.x, q.y, q.z, q.__dict__)
class R(P):
    __slots__ = ("z",)
r = R(5, 6)
r.z = 7
print(r.x, r.y, r.z, R.__slots__)
try:
    r.w = 1
except AttributeError as e:
    print(e)
class D:
    __slots__ = ("a", "__dict__")
d = D()
d.a = 1
d.b = 2
print(d.a, d.__dict__)
class E:
    __slots__ = "only"
e = E(); e.only = "yes"; print(e.only)
class Priv:
    __slots__ = ("__secret",)
    def __init__(self): self.__secret = 42
    def get(self): return self.__secret
print(Priv().get(), "_Priv__secret" in Priv.__dict__)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print(e)
class T(tuple):
    __slots__ = ()
t = T((1, 2))
try:
    t.q = 1
except AttributeError as e:
    print(e)
print(t, len(t))
try:
    class U(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print(e)
class L(list):
    __slots__ = ("tag",)
l = L([1, 2]); l.tag = "t"; l.append(3); print(l, l.tag)
import sys
class Node:
    __slots__ = ("value", "next")
    def __init__(self, v, n=None): self.value, self.next = v, n
head = None
for i in range(1000): head = Node(i, head)
total = 0
while head: total += head.value; head = head.next
print(total)
print(repr(P.x).startswith("<member 'x' of 'P' objects>"))
try:
    P.x.__get__(5)
except TypeError as e:
    print(e)
