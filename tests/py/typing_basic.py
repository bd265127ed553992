# typing: the names used in type hints exist, can be subscripted and let programs run;
# Generic/Protocol base classes, NamedTuple and TypedDict, cast/overload/get_origin/get_args.
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, Type,
                    ClassVar, Final, Literal, TypeVar, Generic, Protocol, NamedTuple,
                    TypedDict, cast, overload, TYPE_CHECKING, no_type_check, NewType,
                    get_origin, get_args, Annotated, Deque, DefaultDict, Hashable, Sized,
                    NoReturn, Never, Self, TypeAlias, runtime_checkable, final, AnyStr,
                    ParamSpec, Concatenate, Counter, OrderedDict, Text, SupportsInt)
import typing

# Hints are never checked when the program runs.
def total(xs: List[int], scale: Optional[float] = None) -> Dict[str, int]:
    s = sum(xs)
    return {'sum': s if scale is None else int(s * scale)}


def apply(f: Callable[[int], str], x: int) -> str:
    return f(x)


def gen(n: int) -> Generator[int, None, None]:
    yield from range(n)


def pairs(m: Mapping[str, int]) -> Iterator[Tuple[str, int]]:
    return iter(sorted(m.items()))


print(total([1, 2, 3]), total([1, 2], 2.5), total(['not', 'checked'] and [4]))
print(apply(str, 42), list(gen(3)), list(pairs({'b': 2, 'a': 1})))
print(TYPE_CHECKING)
if TYPE_CHECKING:
    import does_not_exist

# Subscripting works and nests; the results are remembered as origin + args.
hints = [List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Set[str], FrozenSet[int],
         Optional[int], Union[int, str], Callable[[int], str], Callable[..., None],
         Callable[[], int], Iterable[int], Iterator[str], Generator[int, None, None],
         Sequence[float], Mapping[str, List[int]], MutableMapping[str, int], Type[int],
         ClassVar[int], Final[int], Literal['r', 'w'], Annotated[int, 'meta'],
         Deque[int], DefaultDict[str, int], Dict[str, Tuple[int, Optional[str]]],
         Counter[str], OrderedDict[str, int], Union[List[int], None], Concatenate[int, ...]]
print(len(hints))
Vector: TypeAlias = List[float]
print(Vector.__origin__ is list, get_args(Vector))
print(get_origin(List[int]), get_args(Dict[str, int]))
print(get_origin(Callable[[int], str]), get_args(Callable[[int], str]))
print(get_args(Callable[..., None]), get_origin(Iterable[int]))
print(get_origin(Optional[int]) is Union, get_args(Optional[int]))
print(get_args(Union[int, str, int]), get_args(Literal['r', 'w']))
print(get_origin(ClassVar[int]) is ClassVar, get_args(ClassVar[int]))
print(get_origin(Annotated[int, 'meta']) is Annotated, get_args(Annotated[int, 'm', 2]))
print(get_origin(int), get_args(int), get_origin(Literal[1]) is Literal)
print(Union[int] is int, Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
print(Optional[int] == (int | None), isinstance(3, Optional[int]), isinstance('x', Union[int, str]))
print(isinstance(None, Optional[int]), isinstance(2.5, Union[int, str]))
print(List[int] == List[int], Dict[str, int] != Dict[str, float])
print(Literal['a', 'b'] == Literal['b', 'a'], Literal[1] == Literal[True])
print(len({List[int], List[int], Dict[str, int]}))
print(Text is str, get_args(Tuple[int, ...]))

# TypeVar, NewType, cast.
T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str)
T_co = TypeVar('T_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
print(T, T_co, T_contra, T.__name__, N.__constraints__, B.__bound__)
print(get_args(Mapping[K, V][str, int]), get_args(Iterable[T][int]), get_args(Literal[None, 1]))
UserId = NewType('UserId', int)
uid = UserId(524313)
print(uid, type(uid), UserId.__name__, UserId.__supertype__)
print(cast(int, '3'), cast('List[str]', [1]), cast(List[int], None))
P = ParamSpec('P')
print(P.__name__)


# Generic classes.
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __len__(self) -> int:
        return len(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), len(s), isinstance(s, Stack), type(s).__name__)
s2 = Stack()
s2.push('a')
print(s2.items)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key = key
        self.value = value

    def __repr__(self):
        return f'Pair({self.key!r}, {self.value!r})'


print(Pair('a', 1), Pair[str, int]('b', 2))


class IntStack(Stack[int]):
    def total(self) -> int:
        return sum(self.items)


i = IntStack()
i.push(5)
i.push(6)
print(i.total(), isinstance(i, Stack), IntStack.__mro__[1] is Stack)


class Base:
    def hello(self):
        return 'hello'


class Mixed(Base, Generic[T]):
    pass


print(Mixed().hello(), Mixed[int]().hello())


# Protocols are ordinary base classes at run time.
@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str:
        ...


class Circle:
    def draw(self) -> str:
        return 'circle'


class Square(Drawable):
    def draw(self) -> str:
        return 'square'


def render(shapes: Sequence[Drawable]) -> List[str]:
    return [shape.draw() for shape in shapes]


print(render([Circle(), Square()]), isinstance(Square(), Drawable))


class SupportsClose(Protocol[T]):
    def close(self) -> T:
        ...


class Closer(SupportsClose[int]):
    def close(self) -> int:
        return 0


print(Closer().close())


# @overload: the decorated stubs are replaced by the final definition.
@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double('ab'))


@overload
def only_stub(x: int) -> int: ...


try:
    only_stub(1)
except NotImplementedError as e:
    print(type(e).__name__, e)


@no_type_check
def untyped(a: 'not a type') -> 'nope':
    return a


@final
class Leaf:
    @final
    def method(self):
        return 'leaf'


print(untyped(7), Leaf().method())


# Any is a class: it can be a base, but not instantiated itself.
class Anything(Any):
    pass


print(type(Anything()).__name__)
try:
    Any()
except TypeError as e:
    print(type(e).__name__, e)


def accept_any(x: Any) -> Any:
    return x


print(accept_any([1, 'a']), accept_any(None))

# Wrong use of a few forms.
for make in [lambda: Callable[int], lambda: Optional[int, str], lambda: Union[()],
             lambda: ClassVar[int, str]]:
    try:
        make()
        print('no error')
    except TypeError as e:
        print(type(e).__name__)

# NamedTuple, functional and class syntax.
Point3 = NamedTuple('Point3', [('x', int), ('y', int), ('z', int)])
p3 = Point3(1, 2, 3)
print(p3, p3.x + p3.z, p3._fields, isinstance(p3, tuple), p3._asdict())


class Employee(NamedTuple):
    name: str
    id: int = 3
    dept: Optional[str] = None

    def describe(self) -> str:
        return f'{self.name}#{self.id}'


e = Employee('Guido')
print(e, e.describe(), Employee('Tim', 7, 'core'))
print(Employee._fields, Employee._field_defaults, e._replace(id=9))
print(isinstance(e, tuple), tuple(e), e == ('Guido', 3, None), e[0], len(e))
name, ident, dept = e
print(name, ident, dept, Employee.__annotations__ == {'name': str, 'id': int, 'dept': Optional[str]})
print(Employee.__mro__[1:], sorted([Employee('b', 2), Employee('a', 5), Employee('a', 1)]))
try:
    Employee()
except TypeError as err:
    print(type(err).__name__, err)
try:
    class BadTuple(NamedTuple):
        x: int = 0
        y: int
except TypeError as err:
    print(type(err).__name__, err)


class Empty(NamedTuple):
    pass


print(Empty(), Empty._fields)


# TypedDict: the class describes dict keys; calling it makes a plain dict.
class Movie(TypedDict):
    title: str
    year: int


class RatedMovie(Movie, total=False):
    rating: float


m = Movie(title='Blade Runner', year=1982)
print(m, type(m) is dict, m['year'])
r = RatedMovie(title='Alien', year=1979, rating=8.5)
print(r, sorted(RatedMovie.__required_keys__), sorted(RatedMovie.__optional_keys__))
print(Movie.__total__, RatedMovie.__total__, list(RatedMovie.__annotations__))
Book = TypedDict('Book', {'author': str, 'pages': int})
print(Book(author='Le Guin', pages=300), sorted(Book.__annotations__))
