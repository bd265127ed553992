# The JIT's inline attribute load and list iteration (stencils.cpp: LOAD_ATTR_INSTANCE and
# FOR_ITER_RANGE_LIST), with the changes that must make them miss: run interpreted, and with
# everything compiled by make test's -X jit pass.

class Point:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y

def read(p):
    return p.x, p.y, p.kind           # instance, instance, class attribute

def total(points):
    s = 0
    for p in points:                  # a list's iterator, inline
        s += p.x * p.y
    return s

pts = [Point(i, i + 1) for i in range(10)]
for _ in range(20):
    r = total(pts)
print(r, read(pts[3]))

class Sub(Point):
    pass

q = Sub(2, 3)
print(total([q, pts[1]]), read(q))
q.__dict__ = {"x": 7, "y": 8}         # a new instance dict: the cached position may not hold
print(read(q))
del q.y                               # the entry the cache points at is gone
try:
    read(q)
except AttributeError as e:
    print("AttributeError:", e)
Point.x = property(lambda self: -1)   # a data descriptor on the class now wins
print(read(pts[2]))
del Point.x
print(read(pts[2]))

class Slots:
    __slots__ = ("x", "y")
    kind = "slots"
    def __init__(self):
        self.x = 1
        self.y = 2
print(read(Slots()))

def walk(xs):
    out = []
    for x in xs:                      # the body changes the list it walks
        out.append(x)
        if x == 3:
            xs.pop()
        if x == 1:
            xs.append(9)
    return out
print(walk([0, 1, 2, 3, 4]))
print(walk([]), walk([5]))
it = iter([1, 2])
print(total([]), list(it), list(it))

def nested(m):
    return [v for row in m for v in row]
print(nested([[1, 2], [], [3]]))
print(read(None))                     # uncaught: 'NoneType' object has no attribute 'x'
