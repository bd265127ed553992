# Inline attribute caches (specialize.cpp): every way the cached answer could go stale.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return self.x * self.x + self.y * self.y

class Q:
    def __init__(self, x, y):
        self.y = y          # the other order: x sits at another dict position
        self.x = x
    def norm(self):
        return -1

def read_x(o):
    return o.x

def call_norm(o):
    return o.norm()

def set_x(o, v):
    o.x = v

ps = [P(i, i + 1) for i in range(5)] + [Q(i, 2) for i in range(3)]
print([read_x(o) for o in ps])
print([call_norm(o) for o in ps])

# An instance attribute shadows the method after the call site was cached.
p = P(3, 4)
print(call_norm(p), call_norm(p))
p.norm = lambda: "shadowed"
print(call_norm(p))
del p.norm
print(call_norm(p))

# The class gains a data descriptor that now wins over the instance dict.
p = P(1, 2)
print(read_x(p), read_x(p))
P.x = property(lambda self: "from property", lambda self, v: print("setter got", v))
print(read_x(p))
set_x(p, 99)
print(p.__dict__["x"])
del P.x
print(read_x(p))

# Deleting and re-adding moves the attribute to another position.
p = P(10, 20)
print(read_x(p))
del p.x
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError:", e)
p.z = 5
p.x = 11
print(read_x(p), p.__dict__)

# Stores hit the cache, then the instance's dict is replaced, then its class changes.
p = P(0, 0)
for v in range(3):
    set_x(p, v)
print(p.x)
p.__dict__ = {"y": 1, "x": "new dict"}
print(read_x(p))
set_x(p, "stored")
print(p.__dict__)
p.__class__ = Q
print(call_norm(p), read_x(p))

# A method redefined on the class, and one added to a base class's subclass.
class Base:
    def who(self):
        return "base"
class Derived(Base):
    pass
def who(o):
    return o.who()
d = Derived()
print(who(d), who(d))
Derived.who = lambda self: "derived"
print(who(d))
Base.who = lambda self: "new base"
print(who(d), who(Base()))

# Module attributes: rebinding is seen at once.
import math
def pi():
    return math.pi
print(pi())
math.pi = 3
print(pi())
def sq(v):
    return math.sqrt(v)
print(sq(16.0))
math.sqrt = lambda v: "patched"
print(sq(16.0))

# Built-in methods and variable-size subclasses with a __dict__.
def app(lst, v):
    lst.append(v)
l = []
for i in range(3):
    app(l, i)
print(l)
class S(str):
    pass
s = S("abc")
s.x = 1
t = S("abcdefgh")
t.x = 2
print(read_x(s), read_x(t), read_x(s))
class T(tuple):
    pass
a = T((1, 2)); a.x = "a"
b = T((1, 2, 3, 4, 5)); b.x = "b"
print(read_x(a), read_x(b))

# __getattr__ added later, and __slots__.
class G:
    pass
g = G()
try:
    read_x(g)
except AttributeError as e:
    print("AttributeError:", e)
G.__getattr__ = lambda self, name: "computed " + name
print(read_x(g))
class Sl:
    __slots__ = ("x",)
    def __init__(self, v):
        self.x = v
objs = [Sl(1), Sl(2)]
print([read_x(o) for o in objs])
for o in objs:
    set_x(o, 7)
print([read_x(o) for o in objs])
