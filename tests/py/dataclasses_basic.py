# dataclasses: @dataclass and @dataclass(...), field(), fields/asdict/astuple/replace,
# frozen classes, ordering, __post_init__, inheritance, __hash__ rules, ClassVar.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass)
from typing import ClassVar, List, Optional
import copy


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p)
print(repr(Point(3)))
print(Point(x=5, y=6), Point(y=7, x=8))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.x, p.y, Point.y)
p.x = 10
print(p)
print(Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
print(Point.__match_args__)
print([f.name for f in fields(Point)], [f.name for f in fields(p)])
print([f.type for f in fields(Point)])
print([f.default is MISSING for f in fields(Point)], fields(Point)[1].default)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))
print(asdict(p), astuple(p))
print(replace(p, y=99), p)

# Errors from the generated __init__ are those of an ordinary Python function.
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 3}), ((1,), {'x': 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    fields(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    asdict(Point)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(3)
except TypeError as e:
    print(type(e).__name__, e)


# Options in parentheses; an empty call works too.
@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9), Version(1, 2)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1) <= Version(1))
print(max(vs), min(vs))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class Frozen:
    name: str
    tags: tuple = ()


fz = Frozen('a', ('t',))
print(fz, hash(fz) == hash(Frozen('a', ('t',))), hash(fz) == hash(Frozen('a', ())))
try:
    fz.name = 'b'
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    fz.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del fz.name
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(isinstance(FrozenInstanceError(), AttributeError))
print(replace(fz, name='c'), fz)
print({fz: 1}[Frozen('a', ('t',))])
print(len({Frozen('x'), Frozen('x'), Frozen('y')}))


# field(): default_factory, repr=False, compare=False, init=False.
@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    secret: str = field(default='s3', repr=False)
    count: int = field(default=0, compare=False)
    total: float = field(init=False, default=0.0)


a = Inventory('ann')
b = Inventory('bob', ['x'])
a.items.append('apple')
print(a, b, Inventory('cat').items)
print(a.secret, a.total, Inventory.total)
print(Inventory('z', count=1) == Inventory('z', count=2))
print(Inventory('z', secret='1') == Inventory('z', secret='2'))
try:
    Inventory('z', total=1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(a, total=3.0)
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(Inventory, 'items'), Inventory.secret)
f_items = fields(Inventory)[1]
print(f_items.name, f_items.default_factory, f_items.init, f_items.repr, f_items.compare)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)


# __post_init__ and init=False fields computed from others.
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


print(Rect(2, 3), Rect(2, 3).area)


# InitVar: passed to __init__ and __post_init__, not a field.
@dataclass
class Scaled:
    value: int
    factor: InitVar[int] = 1

    def __post_init__(self, factor):
        self.value = self.value * factor


print(Scaled(3), Scaled(3, 4), [f.name for f in fields(Scaled)])


# Inheritance: base fields first; a redefined field keeps its place.
@dataclass
class Base:
    a: int
    b: str = 'b'


@dataclass
class Child(Base):
    c: float = 1.5
    b: str = 'child'


print(Child(1), Child(1, 'x', 2.5), [f.name for f in fields(Child)])
print(Child(1) == Base(1, 'child'), isinstance(Child(1), Base))


class Plain(Base):
    pass


print(Plain(5), is_dataclass(Plain))


# The classic mistake: a field without a default after one with a default.
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class BadChild(Base):
        z: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Mutable:
        xs: list = []
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True, eq=False)
    class NoEq:
        x: int
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class ThawedChild(Frozen):
        extra: int = 0
except TypeError as e:
    print(type(e).__name__, e)


# ClassVar annotations are not fields.
@dataclass
class Counter:
    total: ClassVar[int] = 0
    step: int = 1

    def bump(self):
        Counter.total += self.step
        return Counter.total


c = Counter(5)
print(c, c.bump(), c.bump(), [f.name for f in fields(Counter)])


# __hash__ rules.
@dataclass(eq=False)
class NoEqClass:
    x: int


print(NoEqClass(1) == NoEqClass(1), NoEqClass.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashy:
    x: int
    y: int = field(default=0, compare=False)


print(hash(Hashy(1, 2)) == hash(Hashy(1, 3)), Hashy(1, 2) == Hashy(1, 3))


@dataclass
class ExplicitHash:
    x: int

    def __hash__(self):
        return 42


print(hash(ExplicitHash(1)))


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    x: int


print(FrozenNoEq.__hash__ is object.__hash__)


# repr=False / eq=False keep the class's own methods; a user __repr__ is kept.
@dataclass
class Custom:
    x: int

    def __repr__(self):
        return 'Custom!'


@dataclass(repr=False)
class NoRepr:
    x: int


print(Custom(1), repr(NoRepr(1)).startswith('<__main__.NoRepr object at'))


# Nested classes: repr uses the qualified name; asdict/astuple recurse into containers.
class Outer:
    @dataclass
    class Inner:
        v: int


@dataclass
class Line:
    start: Point
    end: Point
    label: Optional[str] = None
    points: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


ln = Line(Point(0, 0), Point(3, 4), 'diag', [Point(1, 1), (2, 2)], {'k': Point(9, 9)})
print(Outer.Inner(7))
print(ln)
print(asdict(ln))
print(astuple(ln))
d = asdict(ln)
d['points'][0]['x'] = 100
print(ln.points[0])


# Fields named self, keyword-only fields, a recursive repr.
@dataclass
class Weird:
    self: int
    other: int = 2


print(Weird(1), Weird(self=3))


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3


print(KW(1, c=5), KW(a=0))
try:
    KW(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(kw_only=True)
class AllKW:
    x: int = 0
    y: int


print(AllKW(y=1))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(n)
print(n)

# copy and copy.replace work with dataclasses.
q = copy.copy(p)
print(q, q == p, q is p, copy.deepcopy(ln) == ln, copy.replace(p, x=0))

# make_dataclass builds the same kind of class without a class statement.
Pair = make_dataclass('Pair', [('left', int), ('right', int, field(default=0))], order=True)
print(Pair(1), Pair(2, 3) > Pair(2, 1), [f.name for f in fields(Pair)])

# __eq__ returns NotImplemented for other classes; subclass instances are not equal.
print(Point.__eq__(p, 3), Point(1, 2) == Child(1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
print(Point.__doc__, Rect.__doc__, KW.__doc__, Custom.__doc__)
