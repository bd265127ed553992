# lib/types.py — the `types` module: names for the interpreter's own types, and helpers for
# making classes by hand.
#
# What this step does: most built-in types have no name in builtins — the class of a function,
# of a generator, of a bound method, of a module.  Each one is obtained here from a live object
# (type(lambda: 0) is the function type), so isinstance(f, types.FunctionType) tests against
# the very class the VM uses.  Where minipy has no such object yet (frames, coroutines) the name
# is missing rather than faked.  Three things are written here in Python:
#   * SimpleNamespace: an object whose attributes are given as keywords, with a readable repr
#     `namespace(a=1, b='x')` and equality by attributes.
#   * mappingproxy (MappingProxyType): a read-only view of a mapping.  CPython's class
#     __dict__ is one; minipy's is a plain dict, so this small wrapper stands in.
#   * new_class / prepare_class / resolve_bases: the steps of a `class` statement
#     (__mro_entries__, picking the most derived metaclass, __prepare__, calling the
#     metaclass) as functions, for building a class at run time.
#
# Comes in: `import types` (frozen by lib/freeze.sh).
# Goes out: the names in __all__.
# Read next: lib/abc.py (a metaclass at work), vm.cpp's __build_class__ (the same steps in C++).
#
#   * coroutine(): lets a generator-based coroutine be awaited.  CPython sets a flag on the
#     generator function's code (CO_ITERABLE_COROUTINE); here the generator is wrapped in
#     _GeneratorWrapper, whose __await__ returns it, so type(f()) is that wrapper.
#
# Differences from CPython: no AsyncGeneratorType, FrameType or CapsuleType (minipy has no
# async generators and no frame objects).  In minipy object().__str__ is a plain
# method, so MethodWrapperType is MethodType, and dict.__dict__['fromkeys'] is a classmethod, so
# ClassMethodDescriptorType is classmethod.  MappingProxyType is a Python class (see above).

import sys
import _thread

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
           'CellType', 'GeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType',
           'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType', 'TracebackType',
           'GetSetDescriptorType', 'MemberDescriptorType', 'new_class', 'resolve_bases',
           'prepare_class', 'get_original_bases', 'DynamicClassAttribute', 'GenericAlias',
           'UnionType', 'EllipsisType', 'NoneType', 'NotImplementedType', 'CoroutineType',
           'coroutine']


# ───────────────────────────── types of live objects ─────────────────────────────

def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)         # the same class: a lambda is a function
CodeType = type(_f.__code__)

def _cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]
CellType = type(_cell_factory())

def _g():
    yield 1
GeneratorType = type(_g())

async def _c(): pass
_c = _c()
CoroutineType = type(_c)
_c.close()  # closed: dropping it is not a "never awaited" coroutine
del _c

class _C:
    def _m(self): pass
MethodType = type(_C()._m)

class _S:
    __slots__ = ('_s',)                 # a slot is a member descriptor on the class
MemberDescriptorType = type(_S._s)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)     # the same class as BuiltinFunctionType

WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)    # (`as` unbinds _exc after the block)

GetSetDescriptorType = type(type.__dict__['__name__'])

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _C, _S, _cell_factory


# ───────────────────────────── SimpleNamespace ─────────────────────────────

_repr_running = set()       # (id, thread) of the namespaces whose repr is being built


class SimpleNamespace:
    """An object that is just its attributes.

    SimpleNamespace(mapping_or_iterable=(), /, **kwargs) sets one attribute
    per key of the mapping (or per (key, value) pair) and per keyword.
    """

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"SimpleNamespace expected at most 1 argument, got {len(args)}")
        if args:
            initial = _pairs_to_dict(args[0])
            for key in initial:
                if not isinstance(key, str):
                    raise TypeError("keywords must be strings")
            self.__dict__.update(initial)
        # (**kwargs already rejected non-string keys at the call.)
        self.__dict__.update(kwargs)

    def __repr__(self):
        # The exact class prints as "namespace"; a subclass prints under its own name.
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = (id(self), _thread.get_ident())
        if key in _repr_running:
            return name + "(...)"           # a namespace that contains itself
        _repr_running.add(key)
        try:
            parts = [f"{k}={v!r}" for k, v in self.__dict__.items() if isinstance(k, str)]
        finally:
            _repr_running.discard(key)
        return f"{name}({', '.join(parts)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None     # mutable and compared by value: unhashable, like CPython's

    def __reduce__(self):
        return (type(self), (), self.__dict__)

    def __replace__(self, /, **changes):
        # copy.replace(ns, a=2): a new namespace of the same class, with some values changed.
        result = type(self)()
        result.__dict__.update(self.__dict__)
        result.__dict__.update(changes)
        return result


def _pairs_to_dict(arg):
    # SimpleNamespace's positional argument: a mapping (anything with keys()) or an iterable
    # of (key, value) pairs, with the errors CPython gives for a bad element.
    if hasattr(arg, 'keys'):
        return dict(arg)
    result = {}
    for i, item in enumerate(arg):
        try:
            pair = list(item)
        except TypeError:
            raise TypeError("object is not iterable") from None
        if len(pair) != 2:
            raise ValueError(f"dictionary update sequence element #{i} has length "
                             f"{len(pair)}; 2 is required")
        result[pair[0]] = pair[1]
    return result


# ───────────────────────────── MappingProxyType ─────────────────────────────

_NO_MAPPING = object()


class mappingproxy:
    """Read-only proxy of a mapping."""

    __slots__ = ('_mapping',)

    def __new__(cls, mapping=_NO_MAPPING):
        if mapping is _NO_MAPPING:
            raise TypeError("mappingproxy() missing required argument 'mapping' (pos 1)")
        # CPython accepts anything with __getitem__ except lists and tuples (sequences).
        if not hasattr(type(mapping), '__getitem__') or isinstance(mapping, (list, tuple)):
            raise TypeError(f"mappingproxy() argument must be a mapping, "
                            f"not {type(mapping).__name__}")
        self = object.__new__(cls)
        object.__setattr__(self, '_mapping', mapping)
        return self

    # Reading goes straight to the mapping; there is no __setitem__ or __delitem__, so
    # p[k] = v fails with "'mappingproxy' object does not support item assignment".
    def __getitem__(self, key):
        return self._mapping[key]

    def get(self, key, default=None, /):
        return self._mapping.get(key, default)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        # A copy of the mapping itself (a dict for a dict), which the caller may change.
        return self._mapping.copy()

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"

    def __str__(self):
        return str(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    def __lt__(self, other):
        return self._mapping < other

    def __le__(self, other):
        return self._mapping <= other

    def __gt__(self, other):
        return self._mapping > other

    def __ge__(self, other):
        return self._mapping >= other

    def __hash__(self):
        return hash(self._mapping)

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return other | self._mapping

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    __class_getitem__ = classmethod(GenericAlias)

mappingproxy.__module__ = 'builtins'    # CPython's is a built-in: repr <class 'mappingproxy'>
MappingProxyType = mappingproxy


# ───────────────────────────── building classes ─────────────────────────────

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class as a `class` statement would; exec_body(ns) fills its namespace."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)           # plays the part of the class body, filling the namespace
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Replace each base that has __mro_entries__ by the classes it stands for (PEP 560)."""
    # A base that is not a class may stand for classes: list[int].__mro_entries__ gives
    # (list,).  Each such base is replaced by what it returns; the tuple is returned
    # unchanged (the very object) when nothing was replaced.
    result = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            result.append(base)
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        result.extend(entries)
    if not changed:
        return bases
    return tuple(result)


def prepare_class(name, bases=(), kwds=None):
    """Find the metaclass and make the namespace a class body would fill.

    Returns (metaclass, namespace, kwds): kwds is a new dict of the class
    keywords without 'metaclass' (empty when kwds is None).
    """
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        # Only a real metaclass class takes part in the "most derived" rule; any other
        # callable given as metaclass= is called as it is.
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}                 # (minipy's type has no __prepare__; CPython's returns {})
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    # The metaclass must be a subclass of every base's metaclass; the winner is the most
    # derived one among them, and two unrelated ones are a conflict.
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def get_original_bases(cls, /):
    """The bases as written in the class statement, before __mro_entries__ replaced any."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    A property for instances; looked up on the class itself it raises
    AttributeError, so that the class's metaclass __getattr__ can answer
    instead (enum uses this for members named like properties).
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


# ───────────────────────────── generator-based coroutines ─────────────────────────────

class _GeneratorWrapper:
    """A generator that `await` accepts: __await__ hands the generator itself to the awaiter."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Convert a generator function into one whose result can be awaited (PEP 492)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is GeneratorType:
            return _GeneratorWrapper(coro)
        return coro

    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, name, getattr(func, name))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped
