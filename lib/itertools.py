# lib/itertools.py — the `itertools` module: building blocks for lazy iteration.
#
# What this step does: every tool here is an *iterator object* — a class with __iter__ (which
# returns the object itself) and __next__ (which computes one more item, or raises
# StopIteration).  Nothing is computed ahead of time: islice(count(), 3) asks count() for exactly
# the items it needs.  CPython writes these in C (Modules/itertoolsmodule.c), one C struct and one
# `tp_iternext` function per tool; here each is a small class whose __next__ follows the same
# steps, so the classes keep CPython's names (type(count()).__name__ == 'count') and check their
# arguments when they are created, not on the first next().
#
# The combinatoric tools show the generator alternative: product, permutations, combinations and
# combinations_with_replacement keep their state in a generator function, because an "odometer"
# of indices reads best as loops; their class only checks the arguments, copies the input into
# tuples (as CPython does) and hands each next() to the generator.  They call no user code while
# they run.  The other tools call user functions (a predicate, a key); if such a function raises
# StopIteration, a class's __next__ lets it end the iteration just as CPython's C code does,
# while a generator would turn it into RuntimeError (PEP 479).
#
# Comes in: `import itertools` (frozen into the binary by lib/freeze.sh).
# Goes out: count, cycle, repeat, accumulate, batched, chain, compress, dropwhile, filterfalse,
# groupby, islice, pairwise, starmap, takewhile, tee, zip_longest, product, permutations,
# combinations, combinations_with_replacement.
# Read next: docs/07-generators.md (how a generator keeps its frame between next() calls),
# lib/functools.py, lib/operator.py.
#
# Differences from CPython: the objects cannot be pickled or copied (except tee's, which have
# __copy__); an argument error of a tool that takes keywords is Python's usual message
# ("accumulate.__init__() missing 1 required positional argument: 'iterable'") rather than the C
# one ("accumulate() missing required argument 'iterable' (pos 1)"); and tracebacks
# through these tools show their "<frozen itertools>" frames, which C functions do not have.

import sys as _sys

_maxsize = _sys.maxsize
_NULL = object()    # "no value yet": None cannot mark that, since None is a valid item or key


# ───────────────────────────── helpers ─────────────────────────────

def _check_args(name, args, kwargs, low, high):
    """Check a positional-only argument count with the messages of CPython's C functions."""
    if kwargs:
        raise TypeError(name + "() takes no keyword arguments")
    n = len(args)
    if low <= n <= high:
        return
    if low == high:
        raise TypeError("%s expected %d argument%s, got %d"
                        % (name, low, '' if low == 1 else 's', n))
    if n < low:
        raise TypeError("%s expected at least %d argument%s, got %d"
                        % (name, low, '' if low == 1 else 's', n))
    raise TypeError("%s expected at most %d argument%s, got %d"
                    % (name, high, '' if high == 1 else 's', n))


def _index(x):
    """x as an int, the way C code asks for an index (operator.index)."""
    if isinstance(x, int):
        return int.__index__(x)     # an exact int, also for True or an int subclass
    method = getattr(type(x), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    result = method(x)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(result).__name__)
    return result


def _ssize(x):
    """x as a C Py_ssize_t for islice(): -1 if it is not an integer or does not fit."""
    try:
        value = _index(x)
    except Exception:
        return -1
    if value > _maxsize or value < -_maxsize - 1:
        return -1
    return value


def _is_number(x):
    """CPython's PyNumber_Check: can x be used as a number?"""
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')
            or hasattr(t, '__complex__'))


def _same(a, b):
    """a == b as C code compares (PyObject_RichCompareBool): the same object is always equal."""
    return a is b or bool(a == b)


# ───────────────────────────── infinite iterators ─────────────────────────────

class count:
    """count(start=0, step=1): start, start+step, start+2*step, ... without end."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        # Like CPython, add the step each time (so floats accumulate their rounding errors).
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if isinstance(step, int) and step == 1:     # an integer step of 1 is not shown
            return '%s(%r)' % (name, self._value)
        return '%s(%r, %r)' % (name, self._value, step)


class cycle:
    """cycle(iterable): the items of iterable, then the same items again, forever."""

    def __init__(self, *args, **kwargs):
        _check_args('cycle', args, kwargs, 1, 1)
        self._it = iter(args[0])
        self._saved = []     # the first pass keeps every item, later passes replay them
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            try:
                item = next(self._it)
            except StopIteration:
                self._it = None
            else:
                self._saved.append(item)
                return item
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item


class repeat:
    """repeat(object[, times]): object, times times (or forever without times)."""

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._left = -1                      # -1: forever
        else:
            self._left = max(_index(times), 0)   # a negative count means "none"

    def __iter__(self):
        return self

    def __next__(self):
        if self._left == 0:
            raise StopIteration
        if self._left > 0:
            self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        name = type(self).__name__
        if self._left < 0:
            return '%s(%r)' % (name, self._object)
        return '%s(%r, %d)' % (name, self._object, self._left)


# ───────────────────────────── iterators that stop on the shortest input ─────────────────────

class accumulate:
    """accumulate(iterable[, func, *, initial]): running totals, x0, x0+x1, x0+x1+x2, ...

    func replaces + (accumulate(xs, max) gives running maxima); initial comes out first."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._initial = initial
        self._total = _NULL

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:          # `initial` comes out first, before any input
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        if self._total is _NULL:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class batched:
    """batched(iterable, n, *, strict=False): the items in tuples of n (the last may be
    shorter; with strict=True a short last tuple raises ValueError)."""

    def __init__(self, iterable, n, *, strict=False):
        n = _index(n)
        if n < 1:
            raise ValueError("n must be at least one")
        self._it = iter(iterable)
        self._n = n
        self._strict = strict

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        batch = []
        try:
            while len(batch) < self._n:
                batch.append(next(self._it))
        except StopIteration:
            if not batch:
                self._it = None
                raise
            if self._strict:
                self._it = None
                raise ValueError("batched(): incomplete batch")
        return tuple(batch)


class chain:
    """chain(*iterables): the items of the first iterable, then of the second, and so on."""

    def __init__(self, *iterables, **kwargs):
        if kwargs:
            raise TypeError("chain() takes no keyword arguments")
        self._source = iter(iterables)   # where the next iterable comes from
        self._active = None              # the iterator being drained

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterables): like chain(*iterables), but reads the iterables
        lazily, one at a time."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                    self._active = iter(iterable)
                except BaseException:
                    self._source = None        # no more sources, or a bad one: chain is done
                    raise
            try:
                return next(self._active)
            except StopIteration:
                self._active = None            # this one is exhausted: go on to the next source
        raise StopIteration


class compress:
    """compress(data, selectors): the items of data whose selector is true."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            if next(self._selectors):
                return datum


class dropwhile:
    """dropwhile(predicate, iterable): skip items while predicate(item) is true, then give
    every item that is left."""

    def __init__(self, *args, **kwargs):
        _check_args('dropwhile', args, kwargs, 2, 2)
        self._predicate = args[0]
        self._it = iter(args[1])
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._predicate(item):
                self._dropping = False
                return item


class takewhile:
    """takewhile(predicate, iterable): items while predicate(item) is true; stop at the first
    false one."""

    def __init__(self, *args, **kwargs):
        _check_args('takewhile', args, kwargs, 2, 2)
        self._predicate = args[0]
        self._it = iter(args[1])
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._stopped = True         # the first false item is consumed and dropped
        raise StopIteration


class filterfalse:
    """filterfalse(function, iterable): the items for which function(item) is false (the false
    items themselves if function is None)."""

    def __init__(self, *args, **kwargs):
        _check_args('filterfalse', args, kwargs, 2, 2)
        self._function = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        function = self._function
        while True:
            item = next(self._it)
            if function is None or function is bool:
                if not item:
                    return item
            elif not function(item):
                return item


# groupby hands out (key, group) pairs; each group is a _grouper that reads items through its
# parent.  Only the newest group is live: advancing the groupby makes older groups empty, since
# they all share the one underlying iterator.  A group knows it is the newest by its number
# (CPython's C parent keeps a borrowed pointer to its newest group; a Python reference from the
# parent to the group would make a cycle, which minipy, without a cycle collector, never frees).

class groupby:
    """groupby(iterable, key=None): (key, group) for each run of consecutive items with equal
    key(item) (the item itself without key); each group is an iterator over its run."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NULL      # key of the group handed out last
        self._currkey = _NULL     # key of the item read last
        self._currvalue = _NULL   # the item read last, if no group has returned it yet
        self._generation = 0      # number of the newest group, the only one allowed to read

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._generation += 1     # from now on no existing group may read
        # Skip what is left of the current group, up to the first item with a new key.
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            elif not _same(self._tgtkey, self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._generation))


class _grouper:

    def __init__(self, parent, tgtkey, generation):
        self._parent = parent
        self._tgtkey = tgtkey
        self._generation = generation

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._generation != self._generation:     # the groupby has moved on
            raise StopIteration
        if parent._currvalue is _NULL:
            parent._step()
        if not _same(self._tgtkey, parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _NULL
        return value


_STOP_ERROR = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_INDEX_ERROR = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_STEP_ERROR = "Step for islice() must be a positive integer or None."


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the items a slice
    [start:stop:step] of a list would hold, without making the list (no negative values)."""

    def __init__(self, *args, **kwargs):
        _check_args('islice', args, kwargs, 2, 4)
        start, stop, step = 0, -1, 1          # stop == -1 means "no stop"
        if len(args) == 2:
            if args[1] is not None:
                stop = _ssize(args[1])
                if stop == -1:
                    raise ValueError(_STOP_ERROR)
        else:
            if args[1] is not None:
                start = _ssize(args[1])
            if args[2] is not None:
                stop = _ssize(args[2])
                if stop == -1:
                    raise ValueError(_STOP_ERROR)
        if start < 0 or stop < -1:
            raise ValueError(_INDEX_ERROR)
        if len(args) == 4 and args[3] is not None:
            step = _ssize(args[3])
        if step < 1:
            raise ValueError(_STEP_ERROR)
        self._it = iter(args[0])
        self._next = start    # index of the next item to return
        self._stop = stop
        self._step = step
        self._count = 0       # how many items have been read so far

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            while self._count < self._next:    # skip up to the next wanted item
                next(it)
                self._count += 1
            if self._stop != -1 and self._count >= self._stop:
                raise StopIteration            # never read past stop
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if self._stop != -1 and self._next > self._stop:
            self._next = self._stop
        return item


class pairwise:
    """pairwise(iterable): overlapping pairs (x0, x1), (x1, x2), (x2, x3), ..."""

    def __init__(self, *args, **kwargs):
        _check_args('pairwise', args, kwargs, 1, 1)
        self._it = iter(args[0])
        self._old = _NULL

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._old is _NULL:
                self._old = next(self._it)
            new = next(self._it)
        except StopIteration:
            self._it = None
            self._old = _NULL
            raise
        pair = (self._old, new)
        self._old = new
        return pair


class starmap:
    """starmap(function, iterable): function(*args) for each tuple args of iterable."""

    def __init__(self, *args, **kwargs):
        _check_args('starmap', args, kwargs, 2, 2)
        self._function = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)         # so a non-iterable item fails as tuple(item) does
        return self._function(*args)


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): like zip(), but goes on until the longest
    input ends, putting fillvalue in place of the inputs that have ended."""

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs['fillvalue']
        self._iterators = [iter(x) for x in iterables]   # None once exhausted
        self._active = len(self._iterators)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        iterators = self._iterators
        if not iterators or self._active == 0:
            raise StopIteration
        result = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                result.append(self._fillvalue)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                iterators[i] = None
                item = self._fillvalue
            except BaseException:
                self._active = 0
                raise
            result.append(item)
        return tuple(result)


# ───────────────────────────── tee ─────────────────────────────
#
# n iterators over one input: a singly linked list of the items read so far, shared by all of
# them.  Each _tee points at the link it will return next; the one that is furthest ahead
# extends the list by reading the input.  Links that every _tee has passed are no longer
# referenced, so they are freed: the list only holds the items between the slowest and the
# fastest iterator.

class _TeeLink:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None     # None until the value has been read


class _tee:
    """One of the iterators that tee() returns; copy.copy() of one is another."""

    def __init__(self, *args, **kwargs):
        _check_args('_tee', args, kwargs, 1, 1)
        it = iter(args[0])
        if isinstance(it, _tee):             # a tee of a tee shares the same list
            self._source = it._source
            self._link = it._link
        else:
            self._source = it
            self._link = _TeeLink()

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._source)
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self)


def tee(*args, **kwargs):
    """tee(iterable, n=2): n independent iterators over the items of one iterable."""
    _check_args('tee', args, kwargs, 1, 2)
    n = _index(args[1]) if len(args) == 2 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    first = _tee(args[0])
    return (first,) + tuple(_tee(first) for i in range(n - 1))


# ───────────────────────────── combinatoric iterators ─────────────────────────────

class _Combinatoric:
    """Base of the combinatoric tools: __next__ resumes the generator made by __init__."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _product(pools):
    # An odometer: indices[i] says which item of pools[i] is in the current tuple; the last
    # wheel turns fastest, and a wheel that wraps round carries one into the wheel on its left.
    for pool in pools:
        if not pool:
            return
    indices = [0] * len(pools)
    while True:
        yield tuple(pool[i] for pool, i in zip(pools, indices))
        wheel = len(pools) - 1
        while wheel >= 0:
            indices[wheel] += 1
            if indices[wheel] < len(pools[wheel]):
                break
            indices[wheel] = 0
            wheel -= 1
        if wheel < 0:
            return


class product(_Combinatoric):
    """product(*iterables, repeat=1): the Cartesian product, as nested for loops would give
    it (the last input varies fastest).  product('ab', range(2)) gives ('a', 0), ('a', 1),
    ('b', 0), ('b', 1); product(xs, repeat=3) is product(xs, xs, xs)."""

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        for name in kwargs:
            if name != 'repeat':
                raise TypeError("product() got an unexpected keyword argument '%s'" % name)
            repeat = _index(kwargs['repeat'])
            if repeat < 0:
                raise ValueError("repeat argument cannot be negative")
        pools = tuple(tuple(x) for x in iterables) * repeat
        self._gen = _product(pools)


def _permutations(pool, r):
    # indices is the order of the pool's items; the first r of them make the current tuple.
    # cycles[i] counts how many more items may still be tried in place i before it resets.
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                # place i has seen every candidate: rotate it to the end and reset the counter
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class permutations(_Combinatoric):
    """permutations(iterable, r=None): every ordering of r items (all of them without r).
    permutations(range(3), 2) gives (0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1)."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            if not isinstance(r, int):
                raise TypeError("Expected int as r")
            if r < 0:
                raise ValueError("r must be non-negative")
        self._gen = _permutations(pool, r)


def _combinations(pool, r):
    # indices is increasing: find the rightmost index that can still move right, move it, and
    # put the ones after it just behind it.
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations(_Combinatoric):
    """combinations(iterable, r): every choice of r items, in input order.
    combinations(range(4), 3) gives (0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = _combinations(pool, r)


def _combinations_with_replacement(pool, r):
    # indices never decreases: bump the rightmost index that is not at the last item yet, and
    # set every index after it to the same value.
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Combinatoric):
    """combinations_with_replacement(iterable, r): choices of r items where an item may be
    chosen again.  For 'ABC' and 2: AA AB AC BB BC CC."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = _combinations_with_replacement(pool, r)


del _sys
