# lib/typing.py — the `typing` module: the names that type hints are written with, so that a
# program carrying hints runs.
#
# What this step does: Python never checks hints when it runs a program — `def f(x: int)` accepts
# a str — so at run time typing only has to provide objects that can be written in a hint and
# subscripted.  Each kind of name is a small class:
#   * List, Dict, Set, FrozenSet, Tuple and Type are the built-in classes themselves: list[int]
#     already makes a types.GenericAlias, and isinstance(x, List) keeps working.
#   * _SpecialGenericAlias stands for an abstract collection (Iterable, Sequence, Mapping,
#     Callable...) or a collections class (Deque, DefaultDict...); subscripting it makes a
#     _GenericAlias, which records __origin__ and __args__ and, for a real class, can be called.
#   * _SpecialForm is for the words of the hint language: Optional, Union, ClassVar, Final,
#     Literal...  Union[int, str] of plain classes is the built-in union int | str (so
#     isinstance(x, Optional[int]) works); Optional[X] is Union[X, None].
#   * TypeVar/ParamSpec/NewType are small classes; Generic and Protocol are base classes whose
#     subscription, Generic[T], gives back the class itself, so `class Stack(Generic[T])` works.
#   * NamedTuple and TypedDict are classes with a metaclass that turns a class body of
#     annotations into a collections.namedtuple, or into a class whose calls make plain dicts.
#
# Comes in: `from typing import ...` (frozen into the binary by lib/freeze.sh).
# Goes out: the names in __all__.
# Read next: lib/dataclasses.py (reads ClassVar), lib/collections/__init__.py (namedtuple).
#
# Differences from CPython: reprs are close to CPython's but not identical (List[int] prints as
# list[int]; typing.List is list); minipy has no __instancecheck__ or __mro_entries__, so an
# alias object cannot be used with isinstance() (isinstance(f, Callable) raises TypeError) and
# a subscripted alias cannot be a base class — except Generic[T], Protocol[T] and a user's
# generic class Stack[int], which are the classes themselves (Stack[int] is Stack, so there is
# no __orig_class__ or __parameters__); @runtime_checkable protocols do not support
# isinstance(); get_type_hints() evaluates string hints in the module of the object only.

import sys
import functools as _functools
import operator as _operator
import collections as _collections

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType',
    'no_type_check', 'no_type_check_decorator', 'NoDefault', 'NoReturn', 'NotRequired',
    'overload', 'override', 'ParamSpecArgs', 'ParamSpecKwargs', 'ReadOnly', 'Required',
    'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'TypeIs', 'Unpack',
]

# Static type checkers pretend this is True; at run time it is False, so that
# `if TYPE_CHECKING: import heavy_module` costs nothing.
TYPE_CHECKING = False

_BuiltinUnion = type(int | str)
_BuiltinGenericAlias = type(list[int])


# How typing writes a type inside a repr: int, not <class 'int'>; module.Name for others.
def _type_repr(obj):
    if obj is type(None) or obj is None:
        return 'None'
    if isinstance(obj, type) and not isinstance(obj, _BuiltinGenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


def _is_plain_type(obj):
    # Something the built-in | can join: a class, None, list[int], int | str.
    return (obj is None or isinstance(obj, type) or isinstance(obj, _BuiltinGenericAlias)
            or isinstance(obj, _BuiltinUnion))


def _type_convert(arg):
    # In a hint, None stands for its type; a string is a forward reference, kept as it is.
    return type(None) if arg is None else arg


def _collect_type_vars(args):
    params = []
    for arg in args:
        if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
            if arg not in params:
                params.append(arg)
        for p in getattr(arg, '__parameters__', ()):
            if p not in params:
                params.append(p)
    return tuple(params)


# Base of the typing objects: | makes a Union, and none of them can be subclassed.
class _Final:
    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# X[args] of a typing object: remembers what was subscripted (__origin__) with what (__args__).
class _GenericAlias(_Final):
    _convert_args = True

    def __init__(self, origin, args, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        if self._convert_args:
            args = tuple(_type_convert(a) for a in args)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_type_vars(args)
        self._name = name

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if not self.__args__:
            return f'{name}[()]'
        return '{}[{}]'.format(name, ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    # Dict[str, T][int] is Dict[str, int]: substitute the alias's type variables in order.
    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} "
                            f"arguments for {self!r}; actual {len(args)}, "
                            f"expected {len(params)}")
        subst = dict(zip(params, args))
        new_args = []
        for arg in self.__args__:
            if arg in subst:
                new_args.append(subst[arg])
            elif getattr(arg, '__parameters__', None):
                new_args.append(arg[tuple(subst[p] for p in arg.__parameters__)])
            else:
                new_args.append(arg)
        return self.copy_with(tuple(new_args))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name)

    # List[int]() makes a list, Stack[int]() a Stack; abstract origins cannot be called.
    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not isinstance(origin, type) or getattr(origin, '_is_abstract_alias', False):
            raise TypeError(f'Type {self._name or _type_repr(origin)} cannot be instantiated')
        result = origin(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    # What CPython uses when an alias is a base class (minipy does not call it yet).
    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, attr):
        # Non-dunder attributes come from the origin, as in CPython (List[int].append).
        if attr.startswith('__') and attr.endswith('__') or attr == '_name':
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


# Callable[[int, str], bool]: __args__ is flattened to (int, str, bool), as in CPython.
class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        return 'typing.Callable[[{}], {}]'.format(', '.join(_type_repr(a) for a in args[:-1]),
                                                  _type_repr(args[-1]))


class _LiteralGenericAlias(_GenericAlias):
    _convert_args = False       # Literal[None] holds None itself

    def __repr__(self):
        return 'typing.Literal[{}]'.format(', '.join(repr(a) for a in self.__args__))

    # Literal[1] is not Literal[True] although 1 == True: compare (value, type) pairs.
    def _value_and_type(self):
        return frozenset((a, type(a)) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return self._value_and_type() == other._value_and_type()

    def __hash__(self):
        return hash(self._value_and_type())


# Union[X, List[int]] when some member is a typing object the built-in | cannot join.
class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _BuiltinUnion)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(_type_repr(self.__origin__),
                                                 ', '.join(repr(m) for m in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


# A bare name such as Iterable or Deque: subscripting it makes a _GenericAlias of its origin.
class _SpecialGenericAlias(_Final):
    def __init__(self, origin, nparams, name, callable_alias=False):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._callable = callable_alias

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._callable:
            if len(params) != 2:
                raise TypeError('Callable must be used as Callable[[arg, ...], result].')
            args, result = params
            if args is ...:
                return _CallableGenericAlias(self.__origin__, (..., result), name='Callable')
            if not isinstance(args, (list, tuple)):
                raise TypeError('Callable[args, result]: args must be a list. Got '
                                + _type_repr(args))
            return _CallableGenericAlias(self.__origin__, tuple(args) + (result,),
                                         name='Callable')
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} "
                            f"arguments for {self!r}; actual {len(params)}, "
                            f"expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not isinstance(origin, type) or getattr(origin, '_is_abstract_alias', False):
            raise TypeError(f'Type {self._name} cannot be instantiated')
        return origin(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr == '_name':
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


# minipy has no collections.abc: each abstract collection gets a stand-in origin class that
# only carries the name (typing.get_origin(Iterable[int]) is this class).
def _abstract(name):
    cls = type(name, (), {'_is_abstract_alias': True, '__module__': 'collections.abc'})
    return cls


def _alias(origin, nparams, name=None):
    if isinstance(origin, str):
        name = name or origin
        origin = _abstract(origin)
    return _SpecialGenericAlias(origin, nparams, name or origin.__name__.capitalize())


# The built-in classes themselves, subscriptable already (list[int]).
List = list
Dict = dict
Set = set
FrozenSet = frozenset
Tuple = tuple
Type = type
Text = str

Deque = _alias(_collections.deque, 1, 'Deque')
DefaultDict = _alias(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _alias(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _alias(_collections.Counter, 1, 'Counter')
ChainMap = _alias('ChainMap', 2)

Hashable = _alias('Hashable', 0)
Sized = _alias('Sized', 0)
Awaitable = _alias('Awaitable', 1)
Coroutine = _alias('Coroutine', 3)
AsyncIterable = _alias('AsyncIterable', 1)
AsyncIterator = _alias('AsyncIterator', 1)
Iterable = _alias('Iterable', 1)
Iterator = _alias('Iterator', 1)
Reversible = _alias('Reversible', 1)
Container = _alias('Container', 1)
Collection = _alias('Collection', 1)
Callable = _SpecialGenericAlias(_abstract('Callable'), -1, 'Callable', callable_alias=True)
AbstractSet = _alias('Set', 1, 'AbstractSet')
MutableSet = _alias('MutableSet', 1)
Mapping = _alias('Mapping', 2)
MutableMapping = _alias('MutableMapping', 2)
Sequence = _alias('Sequence', 1)
MutableSequence = _alias('MutableSequence', 1)
ByteString = _alias('ByteString', 0)
MappingView = _alias('MappingView', 1)
KeysView = _alias('KeysView', 1)
ItemsView = _alias('ItemsView', 2)
ValuesView = _alias('ValuesView', 1)
Generator = _alias('Generator', -1)
AsyncGenerator = _alias('AsyncGenerator', -1)
ContextManager = _alias('AbstractContextManager', -1, 'ContextManager')
AsyncContextManager = _alias('AbstractAsyncContextManager', -1, 'AsyncContextManager')


# A word of the hint language.  Its subscription is the function it was made from.
class _SpecialForm(_Final):
    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


def _one_type(self, parameters):
    if isinstance(parameters, tuple):
        if len(parameters) != 1:
            raise TypeError(f'{self._name} accepts only single type.')
        parameters = parameters[0]
    return _GenericAlias(self, (parameters,), name=self._name)


@_SpecialForm
def ClassVar(self, parameters):
    """A class attribute, not an instance attribute (dataclasses skip it)."""
    return _one_type(self, parameters)


@_SpecialForm
def Final(self, parameters):
    """A name that must not be reassigned."""
    return _one_type(self, parameters)


@_SpecialForm
def TypeGuard(self, parameters):
    return _one_type(self, parameters)


@_SpecialForm
def TypeIs(self, parameters):
    return _one_type(self, parameters)


@_SpecialForm
def Required(self, parameters):
    return _one_type(self, parameters)


@_SpecialForm
def NotRequired(self, parameters):
    return _one_type(self, parameters)


@_SpecialForm
def ReadOnly(self, parameters):
    return _one_type(self, parameters)


@_SpecialForm
def Unpack(self, parameters):
    return _one_type(self, parameters)


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y] means either X or Y; nested unions are flattened, repeats dropped."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not parameters:
        raise TypeError('Cannot take a Union of no types.')
    args = []
    for p in parameters:
        if p is None:
            p = type(None)
        if isinstance(p, (_BuiltinUnion, _UnionGenericAlias)):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in args:
                args.append(m)
    if len(args) == 1:
        return args[0]
    if all(_is_plain_type(a) for a in args):
        return _functools.reduce(_operator.or_, args)
    return _UnionGenericAlias(self, tuple(args), name='Union')


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    if isinstance(parameters, tuple):
        if len(parameters) != 1:
            raise TypeError('Optional accepts only single type.')
        parameters = parameters[0]
    return Union[parameters, None]


@_SpecialForm
def Literal(self, parameters):
    """Literal['r', 'w'] stands for exactly those values."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    args = []
    for p in parameters:
        members = p.__args__ if isinstance(p, _LiteralGenericAlias) else (p,)
        for m in members:
            if not any(m == a and type(m) is type(a) for a in args):
                args.append(m)
    return _LiteralGenericAlias(self, tuple(args), name='Literal')


@_SpecialForm
def Concatenate(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, name='Concatenate')


class _AnnotatedForm(_SpecialForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        origin, metadata = params[0], tuple(params[1:])
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        return _AnnotatedAlias(origin, metadata)


def Annotated(self, params):
    """Annotated[int, 'meta']: the type int with extra information for tools."""

Annotated = _AnnotatedForm(Annotated)


def _bare(name, doc=''):
    def form(self, parameters):
        raise TypeError(f'{self} is not subscriptable')
    form.__name__ = name
    form.__doc__ = doc
    return _SpecialForm(form)


NoReturn = _bare('NoReturn', 'A function that never returns.')
Never = _bare('Never', 'The type with no values.')
Self = _bare('Self', 'The class of the current instance.')
LiteralString = _bare('LiteralString', 'A str built only from literals.')
TypeAlias = _bare('TypeAlias', 'Marks an assignment as a type alias.')


# Any is a class in CPython 3.11+, so it can also be a base class.
class _AnyMeta(type):
    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return type.__repr__(self)


class Any(metaclass=_AnyMeta):
    """Any type at all: compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super(Any, cls).__new__(cls, *args, **kwargs)


class _NoDefaultType:
    def __repr__(self):
        return 'typing.NoDefault'

NoDefault = _NoDefaultType()


# T = TypeVar('T'): a placeholder for one type, shared by the hints of one function or class.
class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        if covariant and contravariant:
            raise ValueError('Bivariant type variables are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__default__ = default

    def has_default(self):
        return self.__default__ is not NoDefault

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name, *, default=NoDefault):
        self.__name__ = name
        self.__default__ = default

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__default__ = default
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        return '~' + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


# UserId = NewType('UserId', int): UserId(5) is just 5, a distinct name for checkers.
class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# class Stack(Generic[T]): Generic[T] is Generic itself, and Stack[int] is Stack (see the
# header: minipy cannot yet use an alias object as a base class).
class Generic:
    """Abstract base class for generic types."""

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            if not isinstance(params, tuple):
                params = (params,)
            if not params:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
        return cls


class Protocol(Generic):
    """Base class for protocol classes (structural subtyping, for type checkers)."""

    def __init_subclass__(cls, *args, **kwargs):
        super(Protocol, cls).__init_subclass__(*args, **kwargs)
        cls._is_protocol = Protocol in cls.__bases__


def runtime_checkable(cls):
    cls._is_runtime_protocol = True
    return cls


class SupportsInt(Protocol):
    def __int__(self): pass


class SupportsFloat(Protocol):
    def __float__(self): pass


class SupportsComplex(Protocol):
    def __complex__(self): pass


class SupportsBytes(Protocol):
    def __bytes__(self): pass


class SupportsIndex(Protocol):
    def __index__(self): pass


class SupportsAbs(Protocol):
    def __abs__(self): pass


class SupportsRound(Protocol):
    def __round__(self, ndigits=0): pass


class IO(Generic):
    """Generic base class for TextIO and BinaryIO."""


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass


class ForwardRef(_Final):
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


# ---- functions ----

def cast(typ, val):
    """Tell a type checker that val has type typ; at run time, return val unchanged."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


_overload_registry = {}


def overload(func):
    """Mark a signature-only definition; the undecorated definition that follows is the
    real one."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """A method that must not be overridden, or a class that must not be subclassed."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Tell type checkers to ignore a function (or every method of a class)."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if isinstance(obj, type(no_type_check)):
                try:
                    obj.__no_type_check__ = True
                except (AttributeError, TypeError):
                    pass
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    @_functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    return wrapped_decorator


def get_origin(tp):
    """get_origin(List[int]) is list; get_origin(Union[int, str]) is Union."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _BuiltinUnion):
        return Union
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias, _BuiltinGenericAlias,
                       ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """get_args(Dict[str, int]) is (str, int); get_args(Callable[[int], str]) is ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, (_GenericAlias, _BuiltinGenericAlias, _BuiltinUnion)):
        return tp.__args__
    return ()


def _own_annotations(obj):
    d = getattr(obj, '__dict__', {})
    if '__annotations__' in d:
        return d['__annotations__']
    ann = getattr(obj, '__annotations__', None)
    if isinstance(obj, type):
        for base in obj.__mro__[1:]:
            if getattr(base, '__annotations__', None) is ann:
                return {}
    return ann or {}


def _eval_hint(value, globalns, localns):
    if isinstance(value, str):
        return eval(value, globalns, localns)
    if isinstance(value, ForwardRef):
        return eval(value.__forward_arg__, globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (bases first), function or module, with string hints
    evaluated."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = _own_annotations(base)
            if not ann:
                continue
            module = sys.modules.get(base.__module__)
            g = globalns if globalns is not None else getattr(module, '__dict__', {})
            l = localns if localns is not None else dict(vars(base))
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                hints[name] = _eval_hint(value, g, l)
        return hints
    ann = _own_annotations(obj)
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
        if globalns is None:
            globalns = getattr(obj, '__dict__', {})
    hints = {}
    for name, value in ann.items():
        if value is None:
            value = type(None)
        hints[name] = _eval_hint(value, globalns, localns)
    return hints


# The annotations a class body recorded, read from its namespace: an __annotations__ dict, or
# (PEP 649, CPython 3.14) an __annotate__ function, called here for the values (format 1).
def _namespace_annotations(ns):
    if '__annotations__' in ns:
        return ns['__annotations__']
    annotate = ns.get('__annotate__') or ns.get('__annotate_func__')
    if annotate is not None:
        return annotate(1)
    return {}


# ---- NamedTuple ----

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})

_special = frozenset({'__module__', '__name__', '__annotations__', '__annotate__',
                      '__annotate_func__', '__annotations_cache__'})


# class P(NamedTuple): x: int; y: int = 0 — the class statement runs NamedTupleMeta.__new__,
# which returns a collections.namedtuple('P', ['x', 'y'], defaults=[0]) carrying the body's
# methods and the annotations.
class NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if not bases:                      # the class NamedTuple itself, below
            return type.__new__(mcls, typename, bases, ns)
        for base in bases:
            if base is not NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = _namespace_annotations(ns)
        field_names = list(types)
        default_names = []
        for field_name in field_names:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f'Non-default namedtuple field {field_name} '
                                f'cannot follow default field'
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, field_names, types,
                               defaults=[ns[n] for n in default_names],
                               module=ns.get('__module__', '__main__'))
        for key, val in ns.items():
            if key in _prohibited:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            elif key not in _special:
                if key not in nm_tpl._fields:
                    setattr(nm_tpl, key, val)
                set_name = getattr(type(val), '__set_name__', None)
                if set_name is not None:
                    set_name(val, nm_tpl, key)
        return nm_tpl

    # NamedTuple('P', [('x', int), ('y', int)]): the functional form.
    def __call__(cls, *args, **kwargs):
        if cls is not NamedTuple:
            return type.__call__(cls, *args, **kwargs)
        return _namedtuple_function(*args, **kwargs)


def _make_nmtuple(name, fields, types, module, defaults=()):
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(types)
    return nm_tpl


def _namedtuple_function(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, '
                        'not both')
    types = {n: t for n, t in fields}
    return _make_nmtuple(typename, list(types), types, module='__main__')


class NamedTuple(metaclass=NamedTupleMeta):
    """Typed version of namedtuple: class Employee(NamedTuple): name: str; id: int = 3."""


# ---- TypedDict ----

# class Movie(TypedDict): title: str; year: int — Movie(title='x', year=1) is a plain dict.
class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if not bases:                      # the class TypedDict itself
            return type.__new__(mcls, name, bases, ns)
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        own = _namespace_annotations(ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required |= base.__dict__.get('__required_keys__', frozenset())
            optional |= base.__dict__.get('__optional_keys__', frozenset())
        for key, tp in own.items():
            annotations[key] = tp
            origin = getattr(tp, '__origin__', None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        body = dict(ns)
        body['__annotations__'] = annotations
        body['__required_keys__'] = frozenset(required)
        body['__optional_keys__'] = frozenset(optional)
        body['__total__'] = total
        return type.__new__(mcls, name, (dict,), body)

    def __init__(cls, name, bases, ns, total=True):
        type.__init__(cls, name, bases, ns)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_function(*args, **kwargs)
        return dict(*args, **kwargs)


def _typeddict_function(typename, fields=None, /, *, total=True):
    ns = {'__annotations__': dict(fields or {}), '__module__': '__main__'}
    return _TypedDictMeta(typename, (TypedDict,), ns, total=total)


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of keys, each with a type (for type checkers)."""


def is_typeddict(tp):
    return type(tp) is _TypedDictMeta and tp is not TypedDict
