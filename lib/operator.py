# lib/operator.py — the `operator` module: Python's operators as plain functions.
#
# What this step does: operator.add(a, b) is `a + b` written as a call, so an operator can be
# handed to map(), sorted(key=...), functools.reduce() or itertools.accumulate().  Each function
# is one line that applies the operator; the interpreter does the real work (BINARY_OP looks up
# __add__/__radd__ and so on — see vm.cpp).  The three classes build small callables:
# itemgetter(1) fetches obj[1], attrgetter('a.b') fetches obj.a.b, methodcaller('m', x) calls
# obj.m(x).
#
# Comes in: `import operator` (frozen into the binary by lib/freeze.sh).
# Goes out: the functions in __all__, and the same functions under dunder names (operator.__add__
# is operator.add), as in CPython.
# Read next: lib/functools.py (reduce, partial), lib/itertools.py (accumulate, starmap).
#
# Differences from CPython, which uses the C module _operator instead of its operator.py: these
# are Python functions, so repr(operator.add) is "<function add at 0x...>" rather than
# "<built-in function add>", and a call with the wrong number of arguments reports Python's
# message ("add() missing 1 required positional argument: 'b'") instead of the C one
# ("add expected 2 arguments, got 1").  The three classes do check their arguments as C does.

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_none', 'is_not', 'is_not_none', 'isub', 'itemgetter', 'itruediv',
           'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

import sys as _sys

_builtin_abs = abs      # `def abs` below hides the built-in
_maxsize = _sys.maxsize
del _sys


# ───────────────────────────── comparisons ─────────────────────────────

def lt(a, b, /):
    "Same as a < b."
    return a < b

def le(a, b, /):
    "Same as a <= b."
    return a <= b

def eq(a, b, /):
    "Same as a == b."
    return a == b

def ne(a, b, /):
    "Same as a != b."
    return a != b

def ge(a, b, /):
    "Same as a >= b."
    return a >= b

def gt(a, b, /):
    "Same as a > b."
    return a > b


# ───────────────────────────── logic and identity ─────────────────────────────

def not_(a, /):
    "Same as not a."
    return not a

def truth(a, /):
    "Return True if a is true, False otherwise."
    return True if a else False

def is_(a, b, /):
    "Same as a is b."
    return a is b

def is_not(a, b, /):
    "Same as a is not b."
    return a is not b

def is_none(a, /):
    "Same as a is None."
    return a is None

def is_not_none(a, /):
    "Same as a is not None."
    return a is not None


# ───────────────────────────── arithmetic and bits ─────────────────────────────

def abs(a, /):
    "Same as abs(a)."
    return _builtin_abs(a)

def add(a, b, /):
    "Same as a + b."
    return a + b

def and_(a, b, /):
    "Same as a & b."
    return a & b

def floordiv(a, b, /):
    "Same as a // b."
    return a // b

def index(a, /):
    "Same as a.__index__()"
    if isinstance(a, int):
        return int.__index__(a)     # an exact int, also for True or an int subclass
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    result = method(a)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(result).__name__)
    return result

def inv(a, /):
    "Same as ~a."
    return ~a

def invert(a, /):
    "Same as ~a."
    return ~a

def lshift(a, b, /):
    "Same as a << b."
    return a << b

def mod(a, b, /):
    "Same as a % b."
    return a % b

def mul(a, b, /):
    "Same as a * b."
    return a * b

def matmul(a, b, /):
    "Same as a @ b."
    return a @ b

def neg(a, /):
    "Same as -a."
    return -a

def or_(a, b, /):
    "Same as a | b."
    return a | b

def pos(a, /):
    "Same as +a."
    return +a

def pow(a, b, /):
    "Same as a ** b."
    return a ** b

def rshift(a, b, /):
    "Same as a >> b."
    return a >> b

def sub(a, b, /):
    "Same as a - b."
    return a - b

def truediv(a, b, /):
    "Same as a / b."
    return a / b

def xor(a, b, /):
    "Same as a ^ b."
    return a ^ b


# ───────────────────────────── sequences ─────────────────────────────

def _is_sequence(a):
    # C's PySequence_Check: the type has __getitem__ and is not a dict.
    return hasattr(type(a), '__getitem__') and not isinstance(a, dict)

def concat(a, b, /):
    "Same as a + b, for a and b sequences."
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b

def contains(a, b, /):
    "Same as b in a (note reversed operands)."
    return b in a

def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable" % type(a).__name__) from None

def countOf(a, b, /):
    "Return the number of items in a which are, or which equal, b."
    count = 0
    for item in _iterate(a):
        if item is b or item == b:     # identity first, as C's comparisons do
            count += 1
    return count

def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]

def getitem(a, b, /):
    "Same as a[b]."
    return a[b]

def indexOf(a, b, /):
    "Return the first index of b in a."
    i = 0
    for item in _iterate(a):
        if item is b or item == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')

def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c

def length_hint(obj, default=0, /):
    """length_hint(obj, default=0): how many items obj will probably give: len(obj) if
    it has one, else what obj.__length_hint__() says, else default.  list() uses such a hint to
    size its storage before it iterates."""
    default = index(default)
    if hasattr(type(obj), '__len__'):
        try:
            return len(obj)
        except TypeError:       # "has no len after all": fall through to the hint
            pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    try:
        value = hint(obj)
    except TypeError:
        return default
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % type(value).__name__)
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    if value > _maxsize:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


# ───────────────────────────── other operations ─────────────────────────────

def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


def _check_call(name, args, kwargs):
    # The argument check of the three classes' __call__: exactly one object, no keywords.
    if kwargs:
        raise TypeError(name + "() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError("%s expected 1 argument, got %d" % (name, len(args)))


class attrgetter:
    """attrgetter('a')(obj) is obj.a; attrgetter('a.b')(obj) is obj.a.b;
    attrgetter('a', 'b')(obj) is the tuple (obj.a, obj.b)."""

    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs
        self._paths = tuple(attr.split('.') for attr in attrs)   # 'a.b' -> ['a', 'b']

    def __call__(self, *args, **kwargs):
        _check_call('attrgetter', args, kwargs)
        obj = args[0]
        results = []
        for path in self._paths:
            value = obj
            for name in path:
                value = getattr(value, name)
            results.append(value)
        if len(results) == 1:
            return results[0]
        return tuple(results)

    def __repr__(self):
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(map(repr, self._attrs)))


class itemgetter:
    """itemgetter(k)(obj) is obj[k]; itemgetter(j, k)(obj) is the tuple (obj[j], obj[k])."""

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items

    def __call__(self, *args, **kwargs):
        _check_call('itemgetter', args, kwargs)
        obj = args[0]
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[item] for item in self._items)

    def __repr__(self):
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(map(repr, self._items)))


class methodcaller:
    """methodcaller('m', *args, **kwargs)(obj) is obj.m(*args, **kwargs)."""

    def __init__(*args, **kwargs):
        # `self` travels in args too, so that a keyword named `self` or `name` is free to
        # reach the method.
        if len(args) < 2:
            raise TypeError("methodcaller needs at least one argument, the method name")
        self, name = args[0], args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        # (C's methodcaller counts the positional arguments before it looks at keywords.)
        if len(args) != 1:
            raise TypeError("methodcaller expected 1 argument, got %d" % len(args))
        _check_call('methodcaller', args, kwargs)
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__, ', '.join(parts))


# ───────────────────────────── in-place operations ─────────────────────────────
#
# `a += b` calls a.__iadd__(b) when a has it (a list extends itself) and falls back to a + b
# (an int makes a new object); either way the result is what gets stored back in `a`.

def iadd(a, b, /):
    "Same as a += b."
    a += b
    return a

def iand(a, b, /):
    "Same as a &= b."
    a &= b
    return a

def iconcat(a, b, /):
    "Same as a += b, for a and b sequences."
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a

def ifloordiv(a, b, /):
    "Same as a //= b."
    a //= b
    return a

def ilshift(a, b, /):
    "Same as a <<= b."
    a <<= b
    return a

def imod(a, b, /):
    "Same as a %= b."
    a %= b
    return a

def imul(a, b, /):
    "Same as a *= b."
    a *= b
    return a

def imatmul(a, b, /):
    "Same as a @= b."
    a @= b
    return a

def ior(a, b, /):
    "Same as a |= b."
    a |= b
    return a

def ipow(a, b, /):
    "Same as a **= b."
    a **= b
    return a

def irshift(a, b, /):
    "Same as a >>= b."
    a >>= b
    return a

def isub(a, b, /):
    "Same as a -= b."
    a -= b
    return a

def itruediv(a, b, /):
    "Same as a /= b."
    a /= b
    return a

def ixor(a, b, /):
    "Same as a ^= b."
    a ^= b
    return a


# ───────────────────────────── dunder aliases ─────────────────────────────
#
# operator.__add__ is operator.add, and so on for every operator function ("__not__" for not_,
# "__and__" for and_, "__inv__" and "__invert__" for inv).

def _add_dunder_aliases(namespace):
    for name in __all__:
        if name in ('attrgetter', 'itemgetter', 'methodcaller', 'countOf', 'indexOf',
                    'is_', 'is_not', 'is_none', 'is_not_none', 'length_hint', 'truth'):
            continue
        namespace['__%s__' % name.rstrip('_')] = namespace[name]

_add_dunder_aliases(globals())
del _add_dunder_aliases
