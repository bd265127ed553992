# collections.namedtuple: field accessors, the underscore helpers, defaults, rename, the
# argument-binding errors of the generated __new__ and the field-name checks.
from collections import namedtuple
import copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[1], len(p), p == (11, 22), p + (1,), p * 2)
x, y = p
print(x, y, list(p), tuple(p), isinstance(p, tuple), type(p).__name__)
print(Point, Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(Point._fields, Point._field_defaults, Point.__match_args__)
print(Point._make([1, 2]), Point._make(iter('ab')), p._asdict(), type(p._asdict()).__name__)
print(p._replace(x=100), p, p.__getnewargs__())
print(Point.x.__doc__, Point.y.__doc__, Point.__new__.__doc__)
print(hash(p) == hash((11, 22)), p < Point(12, 0), max(Point(1, 5), Point(2, 0)))
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))
print({p: 'v'}[(11, 22)], p.count(11), p.index(22), p[::-1], p[:1])
show("setattr", lambda: setattr(p, 'x', 5))

# field names as a string with spaces and commas
P3 = namedtuple('P3', 'a, b c')
print(P3(1, 2, 3), P3._fields, P3.__doc__)
Single = namedtuple('Single', 'only')
print(Single(1), Single.__doc__, Single.__new__.__doc__)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()), Empty.__doc__)

# defaults
Acct = namedtuple('Acct', 'owner balance currency', defaults=[0, 'EUR'])
print(Acct('ann'), Acct('bob', 5), Acct('cy', 1, 'USD'), Acct(owner='di', currency='GBP'))
print(Acct._field_defaults)
AllDef = namedtuple('AllDef', 'a b', defaults=(1, 2))
print(AllDef(), AllDef(9), AllDef(b=8))

# rename and module
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1'], rename=True)
print(R._fields, R(1, 2, 3, 4, 5, 6))
M = namedtuple('M', 'a', module='some.module')
print(M.__module__, M)

# argument binding errors, as a function __new__(_cls, x, y) reports them
show("missing one", lambda: Point(1))
show("missing two", lambda: Point())
show("too many", lambda: Point(1, 2, 3))
show("unexpected kw", lambda: Point(1, z=2))
show("multiple", lambda: Point(1, x=2))
show("kw checked first", lambda: Point(1, 2, 3, z=4))
show("defaults missing", lambda: Acct())
show("defaults too many", lambda: Acct(1, 2, 3, 4))
show("empty too many", lambda: Empty(1))
show("three missing", lambda: P3())
show("kwargs ok", lambda: Point(y=1, x=2))
show("make wrong", lambda: Point._make([1]))
show("make wrong 2", lambda: Point._make([1, 2, 3]))
show("replace bad", lambda: p._replace(z=1))
show("replace bad 2", lambda: p._replace(x=1, z=1, w=2))

# field-name validation
show("bad type name", lambda: namedtuple('1abc', 'x'))
show("keyword", lambda: namedtuple('A', 'x class'))
show("keyword type", lambda: namedtuple('def', 'x'))
show("underscore", lambda: namedtuple('A', 'x _y'))
show("duplicate", lambda: namedtuple('A', 'x y x'))
show("digit field", lambda: namedtuple('A', ['x', 1]))
show("hyphen", lambda: namedtuple('A', 'a-b'))
show("too many defaults", lambda: namedtuple('A', 'x', defaults=(1, 2)))
show("soft keywords ok", lambda: namedtuple('A', 'match case type')._fields)
show("typename int", lambda: namedtuple(1, 'x'))

# subclassing a namedtuple
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), Vec._make([5, 6]), v._replace(y=0), type(v._replace(y=0)).__name__)

# copy
print(copy.copy(p), copy.copy(p) == p, copy.deepcopy(Point([1], [2])), copy.replace(p, y=0))
deep = Point([1], [2])
print(copy.deepcopy(deep).x is deep.x, copy.copy(deep).x is deep.x)
print(copy.deepcopy(v), type(copy.deepcopy(v)).__name__)

# pattern matching (not in minipy yet) binds positional sub-patterns through __match_args__
print([getattr(Point(5, 6), name) for name in Point.__match_args__])
