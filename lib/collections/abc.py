# lib/collections/abc.py — the `collections.abc` module: the abstract base classes of containers.
#
# What this step does: it names the protocols Python's containers follow — "can be iterated"
# (Iterable: has __iter__), "has a length" (Sized: __len__), "is a read-only mapping" (Mapping:
# __getitem__, __len__, __iter__) — as ABCs (lib/abc.py), so that isinstance(x, Mapping) can
# answer for any class, not just dict.  An ABC answers in three ways:
#   * one-method protocols (Hashable, Iterable, Sized, Container, Callable, Iterator, Reversible,
#     Generator, Collection, Buffer, the Async ones) have a __subclasshook__ that looks for the
#     methods in the class's __mro__ (_check_methods below): any class with __len__ is Sized,
#     with no registration.  A method set to None in a class (list.__hash__ = None, Mapping's
#     __reversed__ = None) means "explicitly not supported" and stops the search;
#   * the richer ones (Sequence, Mapping, Set and their Mutable forms) cannot be recognised by
#     method names — a dict and a list both have __getitem__ — so a class is one only if it
#     inherits from it or was register()ed; the built-in types are registered at the bottom;
#   * mixin methods: a class that inherits from an ABC and writes the few abstract methods gets
#     the rest written in terms of them.  Mapping needs __getitem__, __len__, __iter__ and gives
#     get, keys, items, values, __contains__, ==; MutableSequence needs __getitem__,
#     __setitem__, __delitem__, __len__ and insert and gives append, extend, pop, remove,
#     reverse, clear and +=; Set needs __contains__, __iter__, __len__ and gives < <= == >= >,
#     & | - ^ and isdisjoint (answers built with the classmethod _from_iterable).
#
# Comes in: `import collections.abc` / `from collections.abc import Mapping` (frozen by
# lib/freeze.sh; importing it imports the collections package first).
# Goes out: the names in __all__.
# Read next: lib/abc.py (ABCMeta: register, __subclasshook__, the caches), lib/numbers.py (the
# same idea for numbers), lib/collections/__init__.py (deque, OrderedDict, registered here).
#
# Differences from CPython: CPython writes this as _collections_abc.py, imported by the
# collections package at start-up; here it is the submodule itself, and it also registers the
# collections package's deque and OrderedDict views (minipy's are Python classes, CPython's are
# subclasses of the C ones).  minipy has no object.__subclasshook__ and no type.__subclasses__();
# lib/abc.py covers both, so nothing here depends on them.  minipy has no async/await: Awaitable,
# Coroutine, AsyncIterable, AsyncIterator and AsyncGenerator are recognised by their methods but
# their mixins are plain functions (AsyncIterator.__anext__ raises StopAsyncIteration instead of
# being a coroutine; AsyncGenerator.aclose is missing), and no built-in type is registered with
# them.  minipy's bytes has no __buffer__ (and there is no memoryview), so bytes and bytearray
# are registered with Buffer by hand.  There is no warnings module, so ByteString does not warn
# that it is deprecated.  types.GenericAlias cannot be subclassed in minipy, so Callable[[int],
# str] is a small alias class of its own (_CallableGenericAlias below).

import sys as _sys

GenericAlias = type(list[int])

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString", "Buffer",
           ]

# The classes of the built-in iterators and views, which have no name in builtins.
bytes_iterator = type(iter(b''))
bytearray_iterator = type(iter(bytearray()))
dict_keyiterator = type(iter({}.keys()))
dict_valueiterator = type(iter({}.values()))
dict_itemiterator = type(iter({}.items()))
list_iterator = type(iter([]))
list_reverseiterator = type(iter(reversed([])))
range_iterator = type(iter(range(0)))
longrange_iterator = type(iter(range(1 << 1000)))
set_iterator = type(iter(set()))
str_iterator = type(iter(""))
tuple_iterator = type(iter(()))
zip_iterator = type(iter(zip()))
dict_keys = type({}.keys())
dict_values = type({}.values())
dict_items = type({}.items())
generator = type((lambda: (yield))())

from abc import ABCMeta, abstractmethod


def _check_methods(C, *methods):
    # True if every name in methods is defined somewhere in C's __mro__ (the first class that
    # defines it decides: None there means "not supported"); NotImplemented otherwise, so that
    # issubclass falls back to inheritance and registration.
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


# ───────────────────────────── one-method protocols ─────────────────────────────
# Each hook answers only for the ABC itself (cls is Hashable): a subclass of an ABC (say a
# user's class Mine(Iterable)) must not be granted every class that has __iter__.

class Hashable(metaclass=ABCMeta):
    """Objects that hash(): classes with a __hash__ (not set to None)."""
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, "__hash__")
        return NotImplemented


class Awaitable(metaclass=ABCMeta):
    """Objects that `await` accepts: classes with __await__."""
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, "__await__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Coroutine(Awaitable):
    """Awaitables driven by send() and throw(), as `async def` functions return."""
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume with value; return the next value yielded, or raise StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the coroutine, where it is suspended."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Throw GeneratorExit in; the coroutine must not go on yielding."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(metaclass=ABCMeta):
    """Objects `async for` accepts: classes with __aiter__."""
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, "__aiter__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):
    """Asynchronous iterators: __anext__ and an __aiter__ returning self."""
    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        """The next item (in CPython a coroutine); StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    """Asynchronous generators: asend(), athrow() and aclose()."""
    __slots__ = ()

    def __anext__(self):
        # CPython: `return await self.asend(None)`.  Returning the awaitable itself is the
        # same to whoever awaits the result.
        return self.asend(None)

    @abstractmethod
    def asend(self, value):
        """Resume with value (in CPython a coroutine)."""
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        """Raise an exception inside the generator (in CPython a coroutine)."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, '__aiter__', '__anext__',
                                  'asend', 'athrow', 'aclose')
        return NotImplemented


class Iterable(metaclass=ABCMeta):
    """Objects `for` accepts: classes with __iter__."""
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, "__iter__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):
    """Iterators: __next__, and an __iter__ that returns self."""
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """The next item; StopIteration when there is none."""
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


class Reversible(Iterable):
    """Iterables that reversed() accepts through __reversed__."""
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):
    """Iterators driven by send(), throw() and close(), as generator functions return."""
    __slots__ = ()

    def __next__(self):
        """next(gen) is gen.send(None)."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume with value; return the next value yielded, or raise StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the generator, where it is suspended."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Throw GeneratorExit in; the generator must not go on yielding."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__',
                                  'send', 'throw', 'close')
        return NotImplemented


class Sized(metaclass=ABCMeta):
    """Objects len() accepts: classes with __len__."""
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, "__len__")
        return NotImplemented


class Container(metaclass=ABCMeta):
    """Objects `in` accepts through __contains__."""
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, "__contains__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Collection(Sized, Iterable, Container):
    """Sized, iterable containers: __len__, __iter__ and __contains__ together."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


class Buffer(metaclass=ABCMeta):
    """Objects that expose raw memory (PEP 688): classes with __buffer__."""
    __slots__ = ()

    @abstractmethod
    def __buffer__(self, flags, /):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Buffer:
            return _check_methods(C, "__buffer__")
        return NotImplemented


class _CallableGenericAlias:
    # Callable[[int, str], bool]: __args__ is flattened to (int, str, bool), but the repr keeps
    # the brackets.  (CPython subclasses types.GenericAlias; minipy's cannot be subclassed.)
    __slots__ = ('__origin__', '__args__')

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    @property
    def __parameters__(self):
        return ()

    def __repr__(self):
        head = _type_repr(self.__origin__)
        if len(self.__args__) == 2 and self.__args__[0] is Ellipsis:
            return '%s[..., %s]' % (head, _type_repr(self.__args__[1]))
        params = ', '.join(_type_repr(a) for a in self.__args__[:-1])
        return '%s[[%s], %s]' % (head, params, _type_repr(self.__args__[-1]))

    def __eq__(self, other):
        if not isinstance(other, _CallableGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


def _type_repr(obj):
    # int -> 'int', a class elsewhere -> 'module.Name', ... -> '...'; anything else its repr.
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


class Callable(metaclass=ABCMeta):
    """Objects that can be called: classes with __call__."""
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented

    @classmethod
    def __class_getitem__(cls, params):
        # Callable[[arg, ...], result] or Callable[..., result].
        if not (isinstance(params, tuple) and len(params) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, (tuple, list)):
            return _CallableGenericAlias(cls, (*args, result))
        if args is Ellipsis:
            return _CallableGenericAlias(cls, (Ellipsis, result))
        raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or Concatenate. "
                        f"Got {args}")


# ───────────────────────────── sets ─────────────────────────────

class Set(Collection):
    """Read-only sets: provide __contains__, __iter__ and __len__; get comparisons
    (<= is "subset of"), &, |, -, ^ and isdisjoint().

    Results are built by the classmethod _from_iterable (cls(iterable) unless overridden).
    Set does not define __hash__: a hashable set type writes __hash__ = Set._hash.
    """
    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Make a new set of this kind from an iterable (override if cls(it) does not work)."""
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """True if self and other have no element in common."""
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        chain = (e for s in (self, other) for e in s)
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """The hash frozenset would give for the same elements (for a hashable Set type).

        Equal sets must hash equal whatever their order, so each element's hash is spread
        over all bits and combined with ^, which does not care about order.
        """
        word_max = _sys.maxsize
        mask = 2 * word_max + 1         # all bits of a machine word
        h = 1927868237 * (len(self) + 1)
        h &= mask
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= mask
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= mask
        if h > word_max:
            h -= mask + 1               # back to a signed word
        if h == -1:
            h = 590923713
        return h


class MutableSet(Set):
    """Sets that change: provide add() and discard() as well; get remove, pop, clear,
    |=, &=, ^= and -=."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove an element if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Remove an element; KeyError if it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some element; KeyError if the set is empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Remove every element."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


# ───────────────────────────── mappings ─────────────────────────────

class Mapping(Collection):
    """Read-only mappings: provide __getitem__, __iter__ and __len__; get get(),
    __contains__, keys(), items(), values(), == and !=."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] if key is in the mapping, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    # A mapping is not ordered as far as this ABC knows: reversed() must not fall back on
    # __getitem__ with indexes 0, 1, 2 ...
    __reversed__ = None


class MappingView(Sized):
    """The base of the keys(), values() and items() views: holds the mapping."""
    __slots__ = '_mapping',

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):
    """The keys of a mapping, as a read-only set."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        # A view cannot be made from an iterable: the results of & | - ^ are plain sets.
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    """The (key, value) pairs of a mapping, as a read-only set."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    """The values of a mapping (not a set: values may repeat)."""
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    """Mappings that change: provide __setitem__ and __delitem__ as well; get pop(),
    popitem(), clear(), update() and setdefault()."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    # A default that no caller can pass, to tell "no default given" from default=None.
    __marker = object()

    def pop(self, key, default=__marker):
        """Remove key and return its value; default (else KeyError) if it is missing."""
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError if the mapping is empty."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """Set items from a mapping, an object with keys(), or (key, value) pairs, then kwds."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], after setting it to default if it was missing."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ───────────────────────────── sequences ─────────────────────────────

class Sequence(Reversible, Collection):
    """Read-only sequences: provide __getitem__ (with ints 0, 1, ...) and __len__; get
    __iter__, __contains__, __reversed__, index() and count()."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """S.index(value, [start, [stop]]) -> integer -- return first index of value.
        Raises ValueError if the value is not present.

        Supporting start and stop arguments is optional, but
        recommended.
        """
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """The number of items equal to (or identical with) value."""
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    """Deprecated since 3.12 (slated for removal in 3.17): use Buffer, or bytes | bytearray.

    CPython warns (DeprecationWarning) when it is subclassed or used in isinstance() and
    issubclass(); minipy has no warnings module, so it stays silent.
    """
    __slots__ = ()


class MutableSequence(Sequence):
    """Sequences that change: provide __setitem__, __delitem__ and insert() as well; get
    append(), clear(), reverse(), extend(), pop(), remove() and +=."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Insert value before index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """Reverse the items in place."""
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        """Append every item of values (self.extend(self) doubles the sequence)."""
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        """Remove the first item equal to value; ValueError if there is none."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ───────────────────────────── the built-in types ─────────────────────────────
# The hooks already recognise these by their methods; registering them answers at once and
# says what CPython says.  (In minipy iter(b'') is a list_iterator: those entries repeat.)

for _t in (bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator,
           dict_itemiterator, list_iterator, list_reverseiterator, range_iterator,
           longrange_iterator, set_iterator, str_iterator, tuple_iterator, zip_iterator):
    Iterator.register(_t)
Generator.register(generator)
Buffer.register(bytes)
Buffer.register(bytearray)
Set.register(frozenset)
MutableSet.register(set)
KeysView.register(dict_keys)
ValuesView.register(dict_values)
ItemsView.register(dict_items)
MutableMapping.register(dict)
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
Sequence.register(bytes)
ByteString.register(bytes)
ByteString.register(bytearray)
MutableSequence.register(list)
MutableSequence.register(bytearray)

import types as _types
Mapping.register(_types.MappingProxyType)


def _register_collections():
    # The collections package's own containers.  CPython registers them in
    # collections/__init__.py; minipy's package imports this module after deque and the
    # OrderedDict views are defined (and before ChainMap and the User classes, built on it).
    collections = _sys.modules.get('collections')
    if collections is None:
        return
    if hasattr(collections, 'deque'):
        MutableSequence.register(collections.deque)
    for name, abc in (('odict_keys', KeysView), ('odict_values', ValuesView),
                      ('odict_items', ItemsView)):
        view = getattr(collections, name, None)
        if view is not None:
            abc.register(view)


_register_collections()
del _t, _register_collections
