# lib/collections/__init__.py — the `collections` package: deque, defaultdict, OrderedDict,
# Counter, namedtuple, ChainMap and UserDict/UserList/UserString, the container types the
# standard library adds to the built-in ones.
#
# What this step does: each type is ordinary Python built on list, dict and tuple.
#   * deque keeps its items in a circular buffer: a list whose length (the capacity) is a power
#     of two, the index of the first item (head) and the count.  Item k lives in slot
#     (head + k) & (capacity - 1), so appendleft/popleft only move head — O(1), no shifting.  A
#     full buffer is copied into one twice as big (amortised O(1), as list.append does), and
#     one that falls to a quarter full is halved.
#   * defaultdict, OrderedDict and Counter are dict subclasses: a dict already keeps insertion
#     order, so OrderedDict only adds the order-aware methods (move_to_end, popitem(last=),
#     order-sensitive ==) and its odict_keys/values/items views.
#   * namedtuple(...) builds a new tuple subclass with type(name, (tuple,), namespace): one
#     read-only descriptor per field (x -> self[0]) and the _make/_replace/_asdict helpers.  CPython compiles the class's
#     __new__ from generated source with eval(); minipy has no eval, so __new__ here takes
#     *args/**kwargs, binds them to the fields itself and raises the same TypeErrors.
#   * ChainMap looks a key up in a list of mappings, first to last, and writes only to the
#     first: ChainMap(locals, globals, builtins) finds a name as Python's name lookup does.
#     UserDict, UserList and UserString wrap a dict, list or str kept in self.data, for
#     subclassing without the built-in types' shortcuts (dict.update does not call an
#     overridden __setitem__; UserDict.update does).  All four inherit most of their methods
#     from the collections.abc mixins (MutableMapping, MutableSequence, Sequence).
#
# Free threading: there is no GIL, and CPython promises that every deque operation is atomic,
# so every deque method that reads or changes the buffer holds the deque's own lock (one
# _thread lock per deque).  No user code ever runs with that lock held: items are compared,
# repr()'d and iterated only on a snapshot taken under the lock, and items a method drops are
# released after the lock is (a __del__ could otherwise re-enter the deque and deadlock).  The
# dict subclasses need no lock of their own: each dict operation is atomic already (dict.cpp);
# but a method made of several of them (OrderedDict.move_to_end, Counter.update) is not atomic
# as a whole — in CPython neither is Counter.update.
#
# Comes in: `import collections` / `from collections import deque` (frozen by lib/freeze.sh).
# Goes out: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict, UserList,
# UserString.
# Read next: lib/heapq.py (Counter.most_common's cousin nlargest), lib/queue.py (a queue built
# on a lock and conditions), dict.cpp (the dict these classes extend), lib/collections/abc.py
# (the mixin methods ChainMap and the User classes inherit).
#
# Differences from CPython: deque is a ring buffer, not a linked list of 64-item blocks;
# OrderedDict.move_to_end(last=False) rebuilds the dict (O(n), CPython's linked list makes it
# O(1)); error messages that CPython spells with the C type name ('collections.deque') say
# 'deque' when the interpreter (not this file) writes them; without sys._getframe a namedtuple
# class says it is from '__main__' unless module= is given (and its __new__ takes *args,
# **kwargs, so inspect.signature shows that); no __class_getitem__.  CPython imports
# collections.abc (its _collections_abc) first; here the submodule is imported half-way, after
# deque and OrderedDict, which it registers.  ChainMap's repr guards against recursion with
# _repr_running below instead of reprlib.recursive_repr (minipy has no reprlib).

import _thread
import sys as _sys

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

_allocate_lock = _thread.allocate_lock
_get_ident = _thread.get_ident

# repr() of a container that contains itself: the objects whose repr is being built right now,
# per thread, so the inner occurrence prints as [...] instead of recursing forever.
_repr_running = {}


def _index_arg(i, what):
    # An index argument as CPython's sequence protocol takes it: an int, or an object with
    # __index__ (called here, never with a lock held).
    if isinstance(i, int):
        return i
    index = getattr(type(i), '__index__', None)
    if index is None:
        if what == 'index':
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(i).__name__)
    return index(i)


# ───────────────────────────── deque ─────────────────────────────

_MINCAP = 8           # the smallest buffer; capacities are powers of two

# Types whose == never runs Python code (see deque.count).
_plain_types = frozenset([int, float, str, bool, type(None)])


class deque:
    '''A list-like sequence optimized for data accesses near its endpoints.'''

    __slots__ = ('_dq_buf', '_dq_head', '_dq_len', '_dq_maxlen', '_dq_lock', '_dq_state')
    __hash__ = None

    def __new__(cls, *args, **kwargs):
        # The buffer exists before __init__ runs, so a subclass whose __init__ does not call
        # deque.__init__ still gets a working (empty) deque, as in CPython.
        self = object.__new__(cls)
        self._dq_buf = [None] * _MINCAP
        self._dq_head = 0
        self._dq_len = 0
        self._dq_maxlen = None
        self._dq_lock = _allocate_lock()
        self._dq_state = 0      # bumped by every change of length or order; iterators check it
        return self

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError('deque() takes at most 2 arguments (%d given)' % len(args))
        names = ('iterable', 'maxlen')
        values = list(args) + [None] * (2 - len(args))
        given = [True] * len(args) + [False] * (2 - len(args))
        for name in kwargs:
            if name not in names:
                raise TypeError("deque() got an unexpected keyword argument '%s'" % name)
            k = names.index(name)
            if given[k]:
                raise TypeError("argument for deque() given by name ('%s') and position (%d)"
                                % (name, k + 1))
            values[k] = kwargs[name]
            given[k] = True
        iterable, maxlen = values
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        with self._dq_lock:
            old = self._dq_buf          # released after the lock, with its items
            if self._dq_len:
                self._dq_clear_locked()
            self._dq_maxlen = maxlen
        if given[0]:
            self.extend(iterable)

    # ── the ring buffer; every _dq_*_locked method expects the caller to hold _dq_lock ──

    def _dq_items_locked(self):
        # The items in order, as a new list (two slices when they wrap around the end).
        buf = self._dq_buf
        head = self._dq_head
        end = head + self._dq_len
        cap = len(buf)
        if end <= cap:
            return buf[head:end]
        return buf[head:] + buf[:end - cap]

    def _dq_resize_locked(self, cap):
        items = self._dq_items_locked()
        self._dq_buf = items + [None] * (cap - len(items))
        self._dq_head = 0

    def _dq_clear_locked(self):
        self._dq_buf = [None] * _MINCAP
        self._dq_head = 0
        self._dq_len = 0
        self._dq_state += 1

    def _dq_push_locked(self, x):
        # Append on the right; returns the item pushed out on the left by maxlen, if any.
        n = self._dq_len
        if n == len(self._dq_buf):
            self._dq_resize_locked(2 * n)
        buf = self._dq_buf
        buf[(self._dq_head + n) & (len(buf) - 1)] = x
        self._dq_len = n + 1
        self._dq_state += 1
        maxlen = self._dq_maxlen
        if maxlen is not None and n + 1 > maxlen:
            return self._dq_popleft_locked()
        return None

    def _dq_pushleft_locked(self, x):
        n = self._dq_len
        if n == len(self._dq_buf):
            self._dq_resize_locked(2 * n)
        buf = self._dq_buf
        head = (self._dq_head - 1) & (len(buf) - 1)
        buf[head] = x
        self._dq_head = head
        self._dq_len = n + 1
        self._dq_state += 1
        maxlen = self._dq_maxlen
        if maxlen is not None and n + 1 > maxlen:
            return self._dq_pop_locked()
        return None

    def _dq_pop_locked(self):
        n = self._dq_len - 1
        buf = self._dq_buf
        slot = (self._dq_head + n) & (len(buf) - 1)
        x = buf[slot]
        buf[slot] = None
        self._dq_len = n
        self._dq_state += 1
        if len(buf) > _MINCAP and 4 * n <= len(buf):
            self._dq_resize_locked(len(buf) // 2)
        return x

    def _dq_popleft_locked(self):
        buf = self._dq_buf
        head = self._dq_head
        x = buf[head]
        buf[head] = None
        self._dq_head = (head + 1) & (len(buf) - 1)
        n = self._dq_len - 1
        self._dq_len = n
        self._dq_state += 1
        if len(buf) > _MINCAP and 4 * n <= len(buf):
            self._dq_resize_locked(len(buf) // 2)
        return x

    def _dq_slot_locked(self, i):
        # The buffer slot of item i (negative counts from the right), or IndexError.
        n = self._dq_len
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return (self._dq_head + i) & (len(self._dq_buf) - 1)

    def _dq_delete_locked(self, i):
        # Remove item i (0 <= i < len), moving the shorter side of the deque over the gap.
        buf = self._dq_buf
        mask = len(buf) - 1
        head = self._dq_head
        n = self._dq_len
        x = buf[(head + i) & mask]
        if i < n // 2:
            for k in range(i, 0, -1):
                buf[(head + k) & mask] = buf[(head + k - 1) & mask]
            buf[head] = None
            self._dq_head = (head + 1) & mask
        else:
            for k in range(i, n - 1):
                buf[(head + k) & mask] = buf[(head + k + 1) & mask]
            buf[(head + n - 1) & mask] = None
        self._dq_len = n - 1
        self._dq_state += 1
        return x

    def _dq_insert_locked(self, i, x):
        # Insert x before item i (0 <= i <= len).
        n = self._dq_len
        if n == len(self._dq_buf):
            self._dq_resize_locked(2 * n)
        buf = self._dq_buf
        mask = len(buf) - 1
        head = self._dq_head
        if i < n // 2:
            head = (head - 1) & mask
            for k in range(0, i):
                buf[(head + k) & mask] = buf[(head + k + 1) & mask]
            self._dq_head = head
        else:
            for k in range(n, i, -1):
                buf[(head + k) & mask] = buf[(head + k - 1) & mask]
        buf[(head + i) & mask] = x
        self._dq_len = n + 1
        self._dq_state += 1

    def _dq_snapshot(self):
        with self._dq_lock:
            return self._dq_items_locked(), self._dq_state

    # ── adding and removing at the ends ──

    def append(self, x):
        '''Add an element to the right side of the deque.'''
        with self._dq_lock:
            dropped = self._dq_push_locked(x)

    def appendleft(self, x):
        '''Add an element to the left side of the deque.'''
        with self._dq_lock:
            dropped = self._dq_pushleft_locked(x)

    def pop(self):
        '''Remove and return the rightmost element.'''
        with self._dq_lock:
            if not self._dq_len:
                raise IndexError('pop from an empty deque')
            return self._dq_pop_locked()

    def popleft(self):
        '''Remove and return the leftmost element.'''
        with self._dq_lock:
            if not self._dq_len:
                raise IndexError('pop from an empty deque')
            return self._dq_popleft_locked()

    def extend(self, iterable):
        '''Extend the right side of the deque with elements from the iterable.'''
        # The iterable is read first, without the lock (it may be a generator that uses this
        # deque); then all its items go in under one lock hold, so extend() is atomic.
        if iterable is self:
            items = self._dq_snapshot()[0]
        else:
            items = list(iterable)
        dropped = []
        with self._dq_lock:
            for x in items:
                dropped.append(self._dq_push_locked(x))

    def extendleft(self, iterable):
        '''Extend the left side of the deque with elements from the iterable (reversing them).'''
        if iterable is self:
            items = self._dq_snapshot()[0]
        else:
            items = list(iterable)
        dropped = []
        with self._dq_lock:
            for x in items:
                dropped.append(self._dq_pushleft_locked(x))

    def clear(self):
        '''Remove all elements from the deque.'''
        with self._dq_lock:
            old = self._dq_buf          # its items are released after the lock
            self._dq_clear_locked()

    # ── the middle ──

    def insert(self, i, x):
        '''Insert value before index (list.insert's rules for out-of-range indexes).'''
        i = _index_arg(i, 'int')
        with self._dq_lock:
            n = self._dq_len
            if self._dq_maxlen == n:
                raise IndexError('deque already at its maximum size')
            if i < 0:
                i += n
                if i < 0:
                    i = 0
            elif i > n:
                i = n
            self._dq_insert_locked(i, x)

    def rotate(self, n=1):
        '''Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.'''
        n = _index_arg(n, 'int')
        with self._dq_lock:
            size = self._dq_len
            if size <= 1:
                return
            k = n % size                # steps to the right, 0 <= k < size
            if k == 0:
                return
            self._dq_state += 1
            buf = self._dq_buf
            mask = len(buf) - 1
            head = self._dq_head
            if size == len(buf):
                self._dq_head = (head - k) & mask   # a full ring rotates by moving head alone
                return
            if k <= size // 2:
                for _ in range(k):      # move the last item to the front, k times
                    last = (head + size - 1) & mask
                    head = (head - 1) & mask
                    buf[head] = buf[last]
                    buf[last] = None
            else:
                for _ in range(size - k):   # or the first item to the back, size-k times
                    buf[(head + size) & mask] = buf[head]
                    buf[head] = None
                    head = (head + 1) & mask
            self._dq_head = head

    def reverse(self):
        '''Reverse *IN PLACE*.'''
        with self._dq_lock:
            buf = self._dq_buf
            mask = len(buf) - 1
            head = self._dq_head
            i = 0
            j = self._dq_len - 1
            while i < j:
                a = (head + i) & mask
                b = (head + j) & mask
                buf[a], buf[b] = buf[b], buf[a]
                i += 1
                j -= 1

    # count, index, remove and `in` compare items with ==, which may run Python code (an
    # __eq__), so they compare a snapshot, never holding the lock.  CPython raises RuntimeError
    # if the deque changes while it compares — a change only the comparisons themselves can
    # make when the items are plain ints, floats, strs... (their == runs no Python code, so
    # CPython's loop cannot be interrupted there).  So the check is made only when some Python
    # code may have run; otherwise the answer is simply the snapshot's.

    def count(self, value):
        '''Return number of occurrences of value.'''
        items, state = self._dq_snapshot()
        check = type(value) not in _plain_types
        c = 0
        for x in items:
            if x is value or x == value:
                c += 1
            if (check or type(x) not in _plain_types) and self._dq_state != state:
                raise RuntimeError('deque mutated during iteration')
        return c

    def index(self, value, start=0, stop=_sys.maxsize):
        '''Return first index of value.  Raises ValueError if the value is not present.'''
        start = _index_arg(start, 'int')
        stop = _index_arg(stop, 'int')
        items, state = self._dq_snapshot()
        check = type(value) not in _plain_types
        n = len(items)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        for i in range(start, stop):
            x = items[i]
            found = x is value or x == value
            if (check or type(x) not in _plain_types) and self._dq_state != state:
                raise RuntimeError('deque mutated during iteration')
            if found:
                return i
        raise ValueError('deque.index(x): x not in deque')

    def remove(self, value):
        '''Remove first occurrence of value.'''
        check = type(value) not in _plain_types
        while True:
            items, state = self._dq_snapshot()
            plain = not check
            for i in range(len(items)):
                x = items[i]
                if type(x) not in _plain_types:
                    plain = False
                found = x is value or x == value
                if not plain and self._dq_state != state:
                    raise IndexError('deque mutated during iteration')
                if found:
                    break
            else:
                raise ValueError('deque.remove(x): x not in deque')
            with self._dq_lock:
                if self._dq_state == state:
                    removed = self._dq_delete_locked(i)
                    return None
            if not plain:
                raise IndexError('deque mutated during iteration')
            # Another thread changed the deque after the snapshot: search again.

    # ── the sequence protocol ──

    def __len__(self):
        with self._dq_lock:
            return self._dq_len

    def __bool__(self):
        with self._dq_lock:
            return self._dq_len != 0

    def __getitem__(self, i):
        i = _index_arg(i, 'index')
        with self._dq_lock:
            return self._dq_buf[self._dq_slot_locked(i)]

    def __setitem__(self, i, x):
        i = _index_arg(i, 'index')
        with self._dq_lock:
            slot = self._dq_slot_locked(i)
            old = self._dq_buf[slot]
            self._dq_buf[slot] = x

    def __delitem__(self, i):
        i = _index_arg(i, 'index')
        with self._dq_lock:
            n = self._dq_len
            if i < 0:
                i += n
            if i < 0 or i >= n:
                raise IndexError('deque index out of range')
            removed = self._dq_delete_locked(i)

    def __contains__(self, value):
        items, state = self._dq_snapshot()
        check = type(value) not in _plain_types
        for x in items:
            found = x is value or x == value
            if (check or type(x) not in _plain_types) and self._dq_state != state:
                raise RuntimeError('deque mutated during iteration')
            if found:
                return True
        return False

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_reverse_iterator(self, True)

    @property
    def maxlen(self):
        '''maximum size of a deque or None if unbounded'''
        return self._dq_maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    # ── copying, operators, comparisons ──

    def copy(self):
        '''Return a shallow copy of a deque.'''
        if type(self) is deque:
            with self._dq_lock:
                items = self._dq_items_locked()
                maxlen = self._dq_maxlen
            new = deque(maxlen=maxlen)
            new.extend(items)
            return new
        # A subclass is rebuilt through its own constructor, as CPython does.
        if self._dq_maxlen is None:
            return type(self)(self)
        return type(self)(self, self._dq_maxlen)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, '__dict__', None)
        if state is not None:
            state = {k: v for k, v in state.items() if not k.startswith('_dq_')} or None
        if self._dq_maxlen is None:
            return (type(self), (), state, iter(self))
        return (type(self), ((), self._dq_maxlen), state, iter(self))

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new.__imul__(n)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int) and getattr(type(n), '__index__', None) is None:
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        n = _index_arg(n, 'int')
        with self._dq_lock:
            old = self._dq_buf
            if n <= 0 or self._dq_len == 0:
                self._dq_clear_locked()
                return self
            if n == 1:
                return self
            items = self._dq_items_locked()
            size = len(items)
            total = size * n
            maxlen = self._dq_maxlen
            if maxlen is not None and total > maxlen:
                # Only the last maxlen items of the repetition survive: compute just those.
                first = total - maxlen
                items = [items[(first + j) % size] for j in range(maxlen)]
            else:
                items = items * n
            cap = _MINCAP
            while cap < len(items):
                cap *= 2
            self._dq_buf = items + [None] * (cap - len(items))
            self._dq_head = 0
            self._dq_len = len(items)
            self._dq_state += 1
        return self

    def _dq_compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        a = self._dq_snapshot()[0]
        b = other._dq_snapshot()[0]
        if op == 0:
            return a == b
        if op == 1:
            return a != b
        if op == 2:
            return a < b
        if op == 3:
            return a <= b
        if op == 4:
            return a > b
        return a >= b

    def __eq__(self, other):
        return self._dq_compare(other, 0)

    def __ne__(self, other):
        return self._dq_compare(other, 1)

    def __lt__(self, other):
        return self._dq_compare(other, 2)

    def __le__(self, other):
        return self._dq_compare(other, 3)

    def __gt__(self, other):
        return self._dq_compare(other, 4)

    def __ge__(self, other):
        return self._dq_compare(other, 5)

    def __repr__(self):
        key = (id(self), _get_ident())
        if key in _repr_running:
            return '[...]'
        _repr_running[key] = True
        try:
            items, state = self._dq_snapshot()
            body = repr(items)
        finally:
            del _repr_running[key]
        maxlen = self._dq_maxlen
        if maxlen is None:
            return '%s(%s)' % (type(self).__name__, body)
        return '%s(%s, maxlen=%d)' % (type(self).__name__, body, maxlen)


class _deque_iterator:
    # Walks the deque by position; like CPython's it fails with RuntimeError once the deque
    # has changed length or order since the iterator was made (d[i] = x is allowed).

    def __init__(self, dq, backwards):
        with dq._dq_lock:
            self._dq = dq
            self._state = dq._dq_state
            self._left = dq._dq_len     # items still to come
            self._pos = dq._dq_len - 1 if backwards else 0
            self._step = -1 if backwards else 1

    def __iter__(self):
        return self

    def __next__(self):
        dq = self._dq
        with dq._dq_lock:
            if dq._dq_state != self._state:
                self._left = 0
                raise RuntimeError('deque mutated during iteration')
            if self._left == 0:
                raise StopIteration
            buf = dq._dq_buf
            x = buf[(dq._dq_head + self._pos) & (len(buf) - 1)]
            self._pos += self._step
            self._left -= 1
            return x

    def __length_hint__(self):
        return self._left


class _deque_reverse_iterator(_deque_iterator):
    pass


# ───────────────────────────── defaultdict ─────────────────────────────

class defaultdict(dict):
    '''A dict that calls default_factory() to make the value of a missing key.'''

    def __init__(self, *args, **kwargs):
        factory = None
        if args:
            factory = args[0]
            args = args[1:]
            if factory is not None and not callable(factory):
                raise TypeError('first argument must be callable or None')
        self.default_factory = factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        # setdefault, not d[key] = value: if another thread stored the key meanwhile, its value
        # wins and both threads see the same object (CPython 3.13.2+ does the same).
        return dict.setdefault(self, key, value)

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            key = (id(self), _get_ident())
            if key in _repr_running:
                frepr = '...'
            else:
                _repr_running[key] = True
                try:
                    frepr = repr(factory)
                finally:
                    del _repr_running[key]
        return '%s(%s, %s)' % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        '''D.copy() -> a shallow copy of D.'''
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        args = (factory,) if factory is not None else ()
        return (type(self), args, None, None, iter(self.items()))

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


# ───────────────────────────── OrderedDict ─────────────────────────────

class OrderedDict(dict):
    '''Dictionary that remembers insertion order, with order-aware methods.'''

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        '''Update from a mapping or an iterable of pairs, then from keyword arguments.

        Every key goes through self[key] = value, so a subclass's __setitem__ sees it.'''
        if isinstance(other, dict):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for pair in other:
                pair = list(pair)
                if len(pair) != 2:
                    n = len(pair)
                    if n > 2:
                        raise ValueError('too many values to unpack (expected 2)')
                    raise ValueError('need more than %d value%s to unpack'
                                     % (n, '' if n == 1 else 's'))
                self[pair[0]] = pair[1]
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        '''Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.'''
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        # A dict can only append, so the front is reached by rebuilding it with key first.
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        '''Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.'''
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(dict.keys(self)))
        else:
            key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def __eq__(self, other):
        # Against another OrderedDict the order matters too; against a plain dict it does not.
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        key = (id(self), _get_ident())
        if key in _repr_running:
            return '...'
        _repr_running[key] = True
        try:
            return '%s(%s)' % (type(self).__name__, dict.__repr__(self))
        finally:
            del _repr_running[key]

    def copy(self):
        '''od.copy() -> a shallow copy of od'''
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return (type(self), (), state, None, iter(dict.items(self)))

    @classmethod
    def fromkeys(cls, iterable, value=None):
        '''Create a new ordered dictionary with keys from iterable and values set to value.'''
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# The views an OrderedDict hands out: live (they read the dict each time) and named as
# CPython's, so print(od.keys()) shows odict_keys([...]).

_set_like = (set, frozenset, type({}.keys()), type({}.items()))


class _odict_view:

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


class _odict_set_view(_odict_view):
    # keys() and items() behave like sets: & | - ^, comparisons, isdisjoint.

    def __and__(self, other):
        return set(self) & set(other)

    def __rand__(self, other):
        return set(other) & set(self)

    def __or__(self, other):
        return set(self) | set(other)

    def __ror__(self, other):
        return set(other) | set(self)

    def __sub__(self, other):
        return set(self) - set(other)

    def __rsub__(self, other):
        return set(other) - set(self)

    def __xor__(self, other):
        return set(self) ^ set(other)

    def __rxor__(self, other):
        return set(other) ^ set(self)

    def isdisjoint(self, other):
        for x in other:
            if x in self:
                return False
        return True

    def _cmp_operand(self, other):
        if isinstance(other, _set_like) or isinstance(other, _odict_set_view):
            return set(other)
        return None

    def __eq__(self, other):
        s = self._cmp_operand(other)
        if s is None:
            return NotImplemented
        return set(self) == s

    def __ne__(self, other):
        s = self._cmp_operand(other)
        if s is None:
            return NotImplemented
        return set(self) != s

    def __lt__(self, other):
        s = self._cmp_operand(other)
        if s is None:
            return NotImplemented
        return set(self) < s

    def __le__(self, other):
        s = self._cmp_operand(other)
        if s is None:
            return NotImplemented
        return set(self) <= s

    def __gt__(self, other):
        s = self._cmp_operand(other)
        if s is None:
            return NotImplemented
        return set(self) > s

    def __ge__(self, other):
        s = self._cmp_operand(other)
        if s is None:
            return NotImplemented
        return set(self) >= s

    __hash__ = None


class odict_keys(_odict_set_view):

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __contains__(self, key):
        return dict.__contains__(self._mapping, key)


class odict_values(_odict_view):

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))


class odict_items(_odict_set_view):

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __contains__(self, item):
        if not isinstance(item, tuple) or len(item) != 2:
            return False
        key, value = item
        m = self._mapping
        if not dict.__contains__(m, key):
            return False
        v = dict.__getitem__(m, key)
        return v is value or v == value


# ───────────────────────────── Counter ─────────────────────────────

class Counter(dict):
    '''Dict subclass for counting hashable items: elements are keys, counts are values.

    >>> Counter('abracadabra').most_common(3)
    [('a', 5), ('b', 2), ('r', 2)]
    '''

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        '''List the n most common elements and their counts from the most common to the least.
        If n is None, then list all element counts.  Equal counts keep insertion order.'''
        # sort() is stable, also with reverse=True, which is what keeps ties in insertion order
        # (CPython uses heapq.nlargest when n is given: the same list).
        ordered = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return ordered
        if n < 0:
            n = 0
        return ordered[:n]

    def elements(self):
        '''Iterator over elements repeating each as many times as its count (counts < 1 are
        skipped), in insertion order.'''
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        '''Like dict.update() but add counts instead of replacing them.

        Source can be an iterable, a dictionary, or another Counter instance.'''
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)     # fast path when counter is empty
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        '''Like dict.update() but subtracts counts instead of replacing them.
        Counts can be reduced below zero.'''
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())    # dict keeps most_common()'s order
        except TypeError:
            d = dict(self)                  # counts that cannot be ordered
        return '%s(%r)' % (self.__class__.__name__, d)

    # Comparisons treat a missing element as a count of zero (Python 3.10+).

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all([self[e] == other[e] for c in (self, other) for e in c])

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all([self[e] <= other[e] for c in (self, other) for e in c])

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all([self[e] >= other[e] for c in (self, other) for e in c])

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset arithmetic: the results keep only positive counts.  The loops visit self first,
    # then the elements only other has, which fixes the order of the result's keys.

    def __add__(self, other):
        '''Add counts from two counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        '''Subtract count, but keep only results with positive counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        '''Union is the maximum of value in either of the input counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        ''' Intersection is the minimum of corresponding counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        '''Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.'''
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        '''Inplace add from another counter, keeping only positive counts.'''
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        '''Inplace subtract counter, but keep only results with positive counts.'''
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        '''Inplace union is the maximum of value from either counter.'''
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        '''Inplace intersection is the minimum of corresponding elements.'''
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count_of(item):
    return item[1]


# ───────────────────────────── namedtuple ─────────────────────────────

_kwlist = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield'])      # keyword.kwlist (soft keywords are allowed)


def _quoted_list(names):
    # 'x'  /  'x' and 'y'  /  'x', 'y', and 'z' — how CPython lists missing arguments.
    q = ["'%s'" % n for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return '%s and %s' % (q[0], q[1])
    return ', '.join(q[:-1]) + ', and ' + q[-1]


def _caller_module():
    # The __name__ of the module that called namedtuple(), for the new class's __module__.
    getframe = getattr(_sys, '_getframe', None)
    if getframe is not None:
        try:
            return getframe(2).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    return '__main__'       # minipy has no sys._getframe: scripts are the usual callers


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    '''Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    '''
    # Validate the field names (CPython's rules and messages).
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _kwlist or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if name in _kwlist:
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    else:
        defaults = ()

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(['%s=%%r' % name for name in field_names]) + ')'
    tuple_new = tuple.__new__
    qualname = typename + '.__new__'
    position = {name: i for i, name in enumerate(field_names)}
    required = num_fields - len(defaults)

    # __new__(_cls, x, y=...): binds the arguments as a function with that signature would,
    # checking in CPython's order (unknown or repeated keywords, too many positionals, missing).
    def __new__(_cls, *args, **kwargs):
        n = len(args)
        if not kwargs and n == num_fields:
            return tuple_new(_cls, args)
        values = list(args[:num_fields]) + [_unset] * (num_fields - min(n, num_fields))
        for name, value in kwargs.items():
            i = position.get(name)
            if i is None:
                if name == '_cls':
                    raise TypeError("%s() got multiple values for argument '_cls'" % qualname)
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, name))
            if values[i] is not _unset:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, name))
            values[i] = value
        if n > num_fields:
            if defaults:
                takes = 'from %d to %d positional arguments' % (required + 1, num_fields + 1)
            else:
                takes = '%d positional argument%s' % (num_fields + 1,
                                                      '' if num_fields == 0 else 's')
            raise TypeError('%s() takes %s but %d were given' % (qualname, takes, n + 1))
        missing = [field_names[i] for i in range(required) if values[i] is _unset]
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qualname, len(missing), '' if len(missing) == 1 else 's',
                               _quoted_list(missing)))
        for i in range(required, num_fields):
            if values[i] is _unset:
                values[i] = defaults[i - required]
        return tuple_new(_cls, values)

    __new__.__name__ = '__new__'
    __new__.__qualname__ = qualname
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
        if kwds:
            raise TypeError('Got unexpected field names: %r' % list(kwds))
        return result

    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' % typename

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    for method in (__repr__, _asdict, __getnewargs__):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)
    _make.__qualname__ = typename + '._make'
    _replace.__qualname__ = typename + '._replace'

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '__replace__': _replace,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)

    result = type(typename, (tuple,), class_namespace)
    if module is None:
        module = _caller_module()
    if module is not None:
        result.__module__ = module
    return result


_unset = object()       # marks a field __new__ has not received yet


class _tuplegetter:
    # The accessor of one field: a data descriptor that reads item `index` of the tuple, like
    # CPython's C _tuplegetter (a property would do, but its "has no setter" message differs).

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


# ───────────────────────────── ChainMap, UserDict, UserList, UserString ─────────────────────────────
#
# These four are written on the ABCs of collections.abc: each defines the few abstract methods
# (__getitem__, __setitem__, __delitem__, __iter__, __len__; for UserList insert too) and the
# mixins give the rest (update, setdefault, keys/items/values, ==, index, count, ...).  The
# submodule is imported here, at the bottom, because it registers deque and the odict views
# defined above (see _register_collections in abc.py).

from collections import abc as _collections_abc


class ChainMap(_collections_abc.MutableMapping):
    ''' A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.

    The underlying mappings are stored in a list.  That list is public and can
    be accessed or updated using the *maps* attribute.  There is no other
    state.

    Lookups search the underlying mappings successively until a key is found.
    In contrast, writes, updates, and deletions only operate on the first
    mapping.

    '''

    def __init__(self, *maps):
        '''Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used.

        '''
        self.maps = list(maps) or [{}]          # always at least one map

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]             # not 'key in mapping': a defaultdict answers
            except KeyError:
                pass
        return self.__missing__(key)            # a subclass may define __missing__

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))     # the distinct keys of all the maps

    def __iter__(self):
        # Keys in the order of the last map first, each once: as a dict built by updating
        # from the last map to the first would list them.
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        key = (id(self), _get_ident())
        if key in _repr_running:
            return '...'
        _repr_running[key] = True
        try:
            return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'
        finally:
            del _repr_running[key]

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        'Create a new ChainMap with keys from iterable and values set to value.'
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):      # like Django's Context.push()
        '''New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        '''
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):                          # like Django's Context.pop()
        'New ChainMap from maps[1:].'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


class UserDict(_collections_abc.MutableMapping):
    # A dict wrapper: the items live in the plain dict self.data.

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    # __contains__ and get() as a dict has them, even when a subclass defines __missing__.
    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        # A new data dict, set without running any descriptor.
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_collections_abc.MutableSequence):
    """A more or less complete user-defined wrapper around list objects."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        else:
            return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        # A new data list, set without running any descriptor.
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_collections_abc.Sequence):
    # A str wrapper: the text is the str self.data; the methods that make a new string
    # return a new instance of the (sub)class.

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        elif isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    # The str methods, in alphabetical order.
    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.count(sub, start, end)

    def removeprefix(self, prefix, /):
        if isinstance(prefix, UserString):
            prefix = prefix.data
        return self.__class__(self.data.removeprefix(prefix))

    def removesuffix(self, suffix, /):
        if isinstance(suffix, UserString):
            suffix = suffix.data
        return self.__class__(self.data.removesuffix(suffix))

    def encode(self, encoding='utf-8', errors='strict'):
        encoding = 'utf-8' if encoding is None else encoding
        errors = 'strict' if errors is None else errors
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.find(sub, start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        if isinstance(old, UserString):
            old = old.data
        if isinstance(new, UserString):
            new = new.data
        return self.__class__(self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.rfind(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))
