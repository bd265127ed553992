# lib/functools.py — the `functools` module: tools that take functions and return functions.
#
# What this step does: each tool here treats a function as a value.
#   * reduce(f, xs) folds a sequence into one value: f(f(f(x0, x1), x2), x3).
#   * partial(f, 1) is a new callable with some arguments filled in; its func, args and keywords
#     stay visible, and a partial of a partial is flattened into one.  (New in 3.14: the
#     Placeholder sentinel reserves a positional slot to be filled by the call.)
#   * lru_cache(f) remembers f's results by argument: a dict from argument key to entry, plus
#     a doubly linked list of the entries in order of use, so that a full cache drops the least
#     recently used entry in O(1).  There is no GIL in minipy, so two threads may call the
#     cached function at once: every read and change of the bookkeeping happens with a lock
#     held, but the lock is released while the user's function runs (it may be slow, and it may
#     call the cache again).
#   * wraps/update_wrapper copy __name__, __doc__, ... from the wrapped function to a wrapper,
#     total_ordering writes the missing comparison methods of a class from one of them,
#     cmp_to_key turns an old cmp(a, b) function into a key= function, and cached_property
#     computes an attribute once per instance.
#
# Comes in: `import functools` (frozen into the binary by lib/freeze.sh).
# Goes out: reduce, partial, Placeholder, lru_cache, cache, update_wrapper, wraps,
# WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES, total_ordering, cmp_to_key, cached_property.
# Read next: lib/operator.py, lib/itertools.py; lib/threading.py for the locks.
#
# Differences from CPython, whose partial, reduce, cmp_to_key and lru_cache wrapper are C code
# (Modules/_functoolsmodule.c): no singledispatch or partialmethod, and no pickling support;
# CacheInfo is a small class that acts like a tuple but is not one (see its comment); the
# state of a partial and of an lru_cache wrapper is kept in its instance __dict__ (minipy ignores
# __slots__), so vars() of one shows _func, _args, ... where CPython shows only the attributes a
# user added; partial's repr does not guard against a partial that contains itself; an
# unhashable KeyWrapper says 'KeyWrapper' where CPython says 'functools.KeyWrapper'.

import _thread

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'cached_property', 'Placeholder']

_MISSING = object()

# A bound method, as `obj.method` makes one: _MethodType(callable, obj)(*args) calls
# callable(obj, *args).  partial and the lru_cache wrapper use it to act as methods.
class _HasMethod:
    def method(self):
        pass

_MethodType = type(_HasMethod().method)
del _HasMethod


# ───────────────────────────── update_wrapper / wraps ─────────────────────────────

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotate__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in assigned (those wrapped
    has), update the dicts named in updated, set wrapper.__wrapped__ = wrapped; return wrapper."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:        # e.g. a built-in has no __dict__: skip what is missing
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Last, so that copying wrapped's __dict__ cannot bring in wrapped's own __wrapped__.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """@wraps(func) on a wrapper function is update_wrapper(wrapper, func): a decorator that
    makes the wrapper it decorates look like func.  (It is a partial of update_wrapper.)"""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ───────────────────────────── total_ordering ─────────────────────────────
#
# From one comparison the others follow, given == as well.  For each method the class may
# define (the "root"), a table says how to compute each missing method from the root's result
# r, where a is self and b is other.  If the root returns NotImplemented, so does the derived
# method, and Python then tries the reflected operation.

_DERIVED = {
    '__lt__': [('__gt__', lambda r, a, b: not r and a != b),
               ('__le__', lambda r, a, b: r or a == b),
               ('__ge__', lambda r, a, b: not r)],
    '__le__': [('__ge__', lambda r, a, b: not r or a == b),
               ('__lt__', lambda r, a, b: r and a != b),
               ('__gt__', lambda r, a, b: not r)],
    '__gt__': [('__lt__', lambda r, a, b: not r and a != b),
               ('__ge__', lambda r, a, b: r or a == b),
               ('__le__', lambda r, a, b: not r)],
    '__ge__': [('__le__', lambda r, a, b: not r or a == b),
               ('__gt__', lambda r, a, b: r and a != b),
               ('__lt__', lambda r, a, b: not r)],
}


def _derived_method(root, name, combine):
    def method(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        return combine(result, self, other)
    method.__name__ = name
    return method


def total_ordering(cls):
    """Class decorator: from one of __lt__, __le__, __gt__, __ge__ (and __eq__), write the
    other ordering methods the class does not define."""
    # The roots are the comparisons the class (or a base other than object) defines.
    roots = [name for name in _DERIVED
             if getattr(cls, name, None) is not getattr(object, name, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)        # by name: prefer __lt__, then __le__, __gt__, __ge__
    for name, combine in _DERIVED[root]:
        if name not in roots:
            setattr(cls, name, _derived_method(root, name, combine))
    return cls


# ───────────────────────────── cmp_to_key ─────────────────────────────

class KeyWrapper:
    """cmp_to_key(cmp) returns a KeyWrapper without an object; calling it wraps one.  sorted()
    then compares two wrapped objects a and b by the sign of cmp(a.obj, b.obj)."""

    def __init__(self, cmp, obj=_MISSING):
        self._cmp = cmp
        if obj is not _MISSING:
            self.obj = obj

    def __call__(self, *args, **kwargs):
        for name in kwargs:
            if name != 'obj':
                raise TypeError("K() got an unexpected keyword argument '%s'" % name)
        args += tuple(kwargs.values())
        if not args:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        if len(args) > 1:
            raise TypeError("K() takes at most 1 argument (%d given)" % len(args))
        return type(self)(self._cmp, args[0])

    def _compare(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    __hash__ = None


_KeyWrapper = KeyWrapper      # CPython's module has no name KeyWrapper, only the type does
del KeyWrapper


def cmp_to_key(mycmp):
    """cmp_to_key(cmp): a key function for sorted() that orders items as cmp(a, b) < 0,
    == 0 or > 0 says."""
    return _KeyWrapper(mycmp)


# ───────────────────────────── reduce ─────────────────────────────

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]): fold the items into one value, left to right.

    reduce(f, [a, b, c]) is f(f(a, b), c); with initial it is f(f(f(initial, a), b), c), and
    initial is the answer for an empty iterable (which is an error without it)."""
    if len(args) + len(kwargs) > 3:
        raise TypeError("reduce() takes at most 3 arguments (%d given)"
                        % (len(args) + len(kwargs)))
    if len(args) < 2:
        raise TypeError("reduce() takes at least 2 positional arguments (%d given)" % len(args))
    for name in kwargs:
        if name != 'initial':
            raise TypeError("reduce() got an unexpected keyword argument '%s'" % name)
    function, iterable = args[0], args[1]
    initial = args[2] if len(args) == 3 else kwargs.get('initial', _MISSING)
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _MISSING:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for item in it:
        value = function(value, item)
    return value


# ───────────────────────────── partial ─────────────────────────────

_the_placeholder = None


class _PlaceholderType:
    """The type of Placeholder, a singleton: partial(f, Placeholder, 2)(1) calls f(1, 2)."""

    def __new__(cls):
        # The one instance lives in a module global: kept on the class, it would make a cycle
        # (class -> instance -> its class), which minipy never frees.
        global _the_placeholder
        if _the_placeholder is None:
            _the_placeholder = object.__new__(cls)
        return _the_placeholder

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'functools._PlaceholderType' is not an acceptable base type")

    def __repr__(self):
        return 'Placeholder'

    def __reduce__(self):
        return 'Placeholder'


Placeholder = _PlaceholderType()


def _fill_placeholders(stored, new):
    """stored with its Placeholders replaced, left to right, by the first items of new; the rest
    of new goes on the end.  Placeholders that new is too short for stay where they are."""
    result = []
    used = 0
    for arg in stored:
        if arg is Placeholder and used < len(new):
            result.append(new[used])
            used += 1
        else:
            result.append(arg)
    return tuple(result) + tuple(new[used:])


_PARTIAL_STATE = ('_func', '_args', '_keywords', '_phcount')


def _readonly(name):
    def get(self):
        return getattr(self, name)

    def refuse(self, value=None):
        raise AttributeError('readonly attribute')
    return property(get, refuse, refuse)


class partial:
    """partial(func, *args, **keywords): a callable that calls
    func(*args, *more_args, **keywords, **more_keywords) when called with more_args and
    more_keywords; Placeholder in args marks a slot that the call's first arguments fill."""

    __slots__ = _PARTIAL_STATE + ('__dict__', '__weakref__')

    func = _readonly('_func')
    args = _readonly('_args')
    keywords = _readonly('_keywords')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if args and args[-1] is Placeholder:
            raise TypeError("trailing Placeholders are not allowed")
        for value in keywords.values():
            if value is Placeholder:
                raise TypeError("Placeholder cannot be passed as a keyword argument")
        # partial(partial(f, 1), 2) is stored as partial(f, 1, 2) — unless the inner partial
        # carries attributes of its own, which flattening would lose.
        if isinstance(func, partial) and all(name in _PARTIAL_STATE for name in vars(func)):
            args = _fill_placeholders(func._args, args)
            keywords = dict(func._keywords, **keywords)
            func = func._func
        self = object.__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        self._phcount = sum(1 for arg in args if arg is Placeholder)
        return self

    def __call__(self, /, *args, **keywords):
        if len(args) < self._phcount:
            raise TypeError("missing positional arguments in 'partial' call; expected at least "
                            "%d, got %d" % (self._phcount, len(args)))
        keywords = dict(self._keywords, **keywords)
        return self._func(*_fill_placeholders(self._args, args), **keywords)

    def __get__(self, obj, objtype=None):
        # New in 3.14: a partial stored in a class becomes a method of its instances.
        if obj is None:
            return self
        return _MethodType(self, obj)

    def __repr__(self):
        parts = [repr(self._func)]
        parts.extend(repr(arg) for arg in self._args)
        parts.extend('%s=%r' % (key, value) for key, value in self._keywords.items())
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__, ', '.join(parts))


# ───────────────────────────── lru_cache ─────────────────────────────

class CacheInfo:
    """CacheInfo(hits, misses, maxsize, currsize): what cache_info() returns.

    CPython makes this a collections.namedtuple.  minipy has no namedtuple yet, and looking up
    an attribute on an instance of a tuple subclass crashes it today, so this is a plain class
    that acts like the tuple: it indexes, unpacks and compares like (hits, misses, maxsize,
    currsize)."""

    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _astuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._astuple()[index]

    def __iter__(self):
        return iter(self._astuple())

    def __eq__(self, other):
        if isinstance(other, CacheInfo):
            other = other._astuple()
        if isinstance(other, tuple):
            return self._astuple() == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash(self._astuple())

    def _asdict(self):
        return dict(zip(self._fields, self._astuple()))

    def _replace(self, **changes):
        values = [changes.pop(name, value) for name, value in zip(self._fields, self._astuple())]
        if changes:
            raise TypeError('Got unexpected field names: %r' % list(changes))
        return CacheInfo(*values)

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self._astuple()


_KWD_MARK = (object(),)    # separates positional from keyword arguments in a key


def _make_key(args, kwds, typed):
    """The cache key of one call: the positional arguments, then a marker and the keyword
    arguments as name, value, name, value...  (keyword order matters: f(a=1, b=2) and
    f(b=2, a=1) are cached apart).  With typed, the argument types are added, so f(1) and
    f(1.0) are cached apart.  A lone int or str argument is its own key."""
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


_PREV, _NEXT, _KEY, _RESULT = 0, 1, 2, 3    # the fields of a slot


class _lru_cache_wrapper:
    """The callable that lru_cache returns: it calls the user's function on a cache miss.

    self._cache maps a call's key to the number of its slot in self._slots; slot i is the list
    [prev, next, key, result], where prev and next are slot numbers too: the slots form a
    circular doubly linked list in order of use.  Slot 0 holds no entry, it is the list's head:
    slots[0][_NEXT] is the least recently used entry and slots[0][_PREV] the most recently used.
    A hit moves its slot to the back; a miss on a full cache takes over the slot of the entry it
    evicts, so there are never more than maxsize + 1 slots.  (CPython links Python lists to each
    other directly; numbers instead of references keep this free of reference cycles, which
    minipy, without a cycle collector, would never free.)
    """

    def __init__(self, user_function, maxsize, typed):
        self._user_function = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._lock = _thread.RLock()   # re-entrant: a key's __eq__ may call the cache again
        self._cache = {}
        self._slots = [[0, 0, None, None]]
        self._hits = 0
        self._misses = 0

    # -- the use-order list, only changed with the lock held --

    def _unlink(self, i):
        slots = self._slots
        prev, next = slots[i][_PREV], slots[i][_NEXT]
        slots[prev][_NEXT] = next
        slots[next][_PREV] = prev

    def _append(self, i):
        # Put slot i at the back, just before the head: it becomes the most recently used.
        slots = self._slots
        last = slots[0][_PREV]
        slots[i][_PREV] = last
        slots[i][_NEXT] = 0
        slots[last][_NEXT] = i
        slots[0][_PREV] = i

    def __call__(self, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:                      # no caching: just count the call
            with self._lock:
                self._misses += 1
            return self._user_function(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        hash(key)      # an unhashable argument fails here, as "unhashable type: 'list'"
        with self._lock:
            i = self._cache.get(key)
            if i is not None:
                if maxsize is not None:       # a bounded cache: this is now the newest entry
                    self._unlink(i)
                    self._append(i)
                self._hits += 1
                return self._slots[i][_RESULT]
            self._misses += 1
        # Call without the lock: other threads keep using the cache meanwhile, and the
        # function may be recursive (fib calling fib through the cache).
        result = self._user_function(*args, **kwds)
        with self._lock:
            slots = self._slots
            if key in self._cache:
                pass    # another thread stored this key while we were computing: keep its entry
            elif maxsize is not None and len(self._cache) >= maxsize:
                i = slots[0][_NEXT]           # evict the least recently used entry, reuse its slot
                self._unlink(i)
                del self._cache[slots[i][_KEY]]
                slots[i][_KEY] = key
                slots[i][_RESULT] = result
                self._append(i)
                self._cache[key] = i
            else:
                i = len(slots)
                slots.append([0, 0, key, result])
                self._append(i)
                self._cache[key] = i
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    def cache_info(self):
        """Return CacheInfo(hits, misses, maxsize, currsize)."""
        with self._lock:
            return CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Forget every result and zero the counters."""
        with self._lock:
            self._cache.clear()
            self._slots = [[0, 0, None, None]]
            self._hits = self._misses = 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def lru_cache(maxsize=128, typed=False):
    """Decorator: remember the results of the last maxsize distinct calls (all of them with
    maxsize=None).  typed=True caches f(1) and f(1.0) apart.  The arguments must be hashable.

    The decorated function has cache_info() (hits, misses, maxsize, currsize), cache_clear(),
    cache_parameters() and __wrapped__ (the function itself, uncached)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache, without parentheses: maxsize is the function.
        return _decorate(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _decorate(user_function, maxsize, typed)
    return decorating_function


def _decorate(user_function, maxsize, typed):
    if not callable(user_function):
        raise TypeError("the first argument must be callable")
    wrapper = object.__new__(_lru_cache_wrapper)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    update_wrapper(wrapper, user_function)
    # The state goes in last: update_wrapper copies user_function.__dict__, which holds the
    # state of another cache when user_function is itself an lru_cache wrapper.
    wrapper.__init__(user_function, maxsize, typed)
    return wrapper


def cache(user_function, /):
    """Decorator: remember every result (lru_cache(maxsize=None))."""
    return lru_cache(maxsize=None)(user_function)


# ───────────────────────────── cached_property ─────────────────────────────

class cached_property:
    """A property computed once per instance: the first access calls the function and stores
    the value in the instance's __dict__ under the same name, which later accesses find first
    (a cached_property has no __set__, so the instance's own attribute wins)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ "
                            "on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, self.attrname)) from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                raise TypeError("The '__dict__' attribute on %r instance does not support item "
                                "assignment for caching %r property."
                                % (type(instance).__name__, self.attrname)) from None
        return value
