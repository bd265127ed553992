# enum: Enum, IntEnum, StrEnum, auto, unique — members, lookups, aliases, iteration,
# comparisons, hashing, methods on members, _missing_, the functional API.
from enum import Enum, IntEnum, StrEnum, auto, unique, EnumType, EnumMeta
import copy


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # an alias of RED

    def describe(self):
        return f'{self.name} is {self.value}'

    @property
    def is_warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), str(Color.GREEN), f'{Color.BLUE}', format(Color.RED))
print(f'{Color.RED!r:>5}', '%s and %r' % (Color.RED, Color.BLUE), f'[{Color.RED:>12}]')
print(Color.RED.name, Color.RED.value, type(Color.RED), type(Color.RED).__name__)
print(Color, repr(Color), type(Color), isinstance(Color, EnumType), EnumMeta is EnumType)
print(list(Color), len(Color), [c.name for c in reversed(Color)])
print(Color(1), Color(3), Color['GREEN'], Color(Color.BLUE), Color.CRIMSON)
print(Color.CRIMSON is Color.RED, Color['CRIMSON'] is Color.RED, Color.CRIMSON.name)
print(list(Color.__members__), [(n, m.value) for n, m in Color.__members__.items()])
print(Color.RED in Color, 1 in Color, 4 in Color, 'RED' in Color)
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED == 1, Color.RED != 1)
print(Color.RED is Color(1), isinstance(Color.RED, Color), Color.RED is not Color.BLUE)
print(Color.RED.describe(), Color.RED.is_warm, Color.BLUE.is_warm, Color.default())
print({Color.RED: 'r', Color.GREEN: 'g'}[Color(1)], len({Color.RED, Color.CRIMSON, Color.BLUE}))
print(hash(Color.RED) == hash(Color.CRIMSON), hash(Color.RED) == hash(Color(1)))
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(bool(Color.RED), bool(Color))
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)

# Lookups that fail.
for bad in [4, 'RED', None]:
    try:
        Color(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    Color['PURPLE']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Color.RED
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print(type(e).__name__, e)


# auto() numbers from 1, or continues after the last value.
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = 10
    HEXAGON = auto()


print(list(Shape), [s.value for s in Shape])


# IntEnum members are ints: they compare and compute as ints, and print as ints.
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH, repr(Priority.HIGH), str(Priority.LOW), f'{Priority.MEDIUM}')
print(format(Priority.HIGH, '03d'), '%d' % Priority.LOW, '%s' % Priority.LOW)
print(Priority.LOW == 1, Priority.LOW < Priority.HIGH, Priority.HIGH > 2, Priority.MEDIUM + 1)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority))
print(isinstance(Priority.LOW, int), Priority(2), Priority(2) is Priority.MEDIUM, int(Priority.HIGH))
print(['a', 'b', 'c', 'd'][Priority.HIGH], hash(Priority.LOW) == hash(1), 2 in Priority)
print({1: 'one'}[Priority.LOW], Priority.LOW.name, Priority.LOW.value, type(Priority.LOW.value))
try:
    Priority(7)
except ValueError as e:
    print(type(e).__name__, e)


class Level(IntEnum):
    DEBUG = auto()
    INFO = auto()


print(list(Level), Level.INFO + Level.DEBUG)


# StrEnum: members are strs; auto() gives the lower-cased name.
class Method(StrEnum):
    GET = auto()
    POST = 'post'


print(Method.GET, repr(Method.GET), Method.GET == 'get', Method.POST.upper(), f'{Method.POST}')
print(list(Method), Method('get') is Method.GET, isinstance(Method.GET, str))


# A mixed-in str (not StrEnum) keeps Enum's str() and format().
class Mode(str, Enum):
    READ = 'r'
    WRITE = 'w'


print(Mode.READ, repr(Mode.READ), f'{Mode.WRITE}', Mode.READ == 'r', Mode('w'))


# @unique rejects aliases.
@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
try:
    @unique
    class Dup(Enum):
        ONE = 1
        TWO = 2
        UNO = 1
        DOS = 2
except ValueError as e:
    print(type(e).__name__, e)


# Tuple values go to __init__; members can carry extra attributes.
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e+23, 2.4397e6)), repr(Planet.MERCURY))


# A custom __new__ sets _value_ itself.
class Coordinate(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coordinate.PY, Coordinate(1), Coordinate.PY.label, Coordinate.PX.value)


# _missing_ can find a member for an unknown value.
class Answer(Enum):
    YES = 'yes'
    NO = 'no'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Answer('YES'), Answer('No'))
try:
    Answer(3)
except ValueError as e:
    print(type(e).__name__, e)


# Names that are not members: methods, _private, dunder, descriptors, nested classes.
class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    _ignore_ = ['tmp']
    tmp = 99

    class Helper:
        pass

    def __str__(self):
        return self.name.title()

    def next(self):
        members = list(Weekday)
        return members[(members.index(self) + 1) % len(members)]


print(list(Weekday), str(Weekday.MONDAY), Weekday.TUESDAY.next(), Weekday.MONDAY.next())
print(hasattr(Weekday, 'tmp'), isinstance(Weekday.Helper, type), f'{Weekday.MONDAY}')


# An enum with methods but no members can be subclassed.
class Ordered(Enum):
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


class Size(Ordered):
    S = 1
    M = 2
    L = 3


print(Size.S < Size.L, sorted([Size.L, Size.S, Size.M]), isinstance(Size.S, Ordered))

# The functional API.
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3), Animal.ANT)
Signal = Enum('Signal', [('STOP', 0), ('GO', 1)])
print(list(Signal), Signal(1))
Flavour = IntEnum('Flavour', 'VANILLA, CHOCOLATE')
print(list(Flavour), Flavour.CHOCOLATE + 0)

# Matching on members.
for c in (Color.RED, Color.GREEN, Color.BLUE):
    match c:
        case Color.RED:
            print('stop')
        case Color.GREEN:
            print('go')
        case _:
            print('other', c.name)

# name and value are read-only; members may even be called name and value.
try:
    Color.RED.name = 'x'
except AttributeError as e:
    print(type(e).__name__, e)


class Field(Enum):
    name = 1
    value = 2


print(Field.name, Field.value, Field.name.name, Field.name.value, Field.value.name)

# member() / nonmember() force the choice; _order_ is checked.
from enum import member, nonmember


class Ops(Enum):
    ADD = member(lambda a, b: a + b)
    LIMIT = nonmember(10)
    SUB = 2


print([op.name for op in Ops], Ops.LIMIT, Ops.ADD.value(2, 3), Ops.SUB)
try:
    class Wrong(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Reserved(Enum):
        _foo_ = 1
except ValueError as e:
    print(type(e).__name__, e)
