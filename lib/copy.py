# lib/copy.py — the `copy` module: shallow and deep copies of any object.
#
# What this step does: copy(x) makes a new container holding the same items; deepcopy(x)
# copies the items too, recursively.  Both pick a strategy by the object's type:
#   * immutable atoms (numbers, str, None, functions, classes...) are returned as they are;
#   * list, dict, set and tuple have copiers of their own;
#   * a class can take over with __copy__(self) / __deepcopy__(self, memo);
#   * a class can describe itself with __reduce_ex__/__reduce__ — (callable, args, state,
#     list items, dict items) — and is rebuilt from that recipe (the pickle protocol);
#   * any other instance is rebuilt as object.__reduce_ex__ describes it: cls.__new__(cls)
#     (with __getnewargs__() if the class has it), then its __dict__ and __slots__ values,
#     then for a list or dict subclass its items.
# deepcopy's memo dict maps id(original) -> copy.  A container enters the memo before its
# items are copied, so a structure that contains itself (a cycle) copies into a cycle, and an
# object reached twice is copied once.
#
# Comes in: `import copy` (frozen into the binary by lib/freeze.sh).
# Goes out: copy, deepcopy, replace, Error (also called error).
# Read next: lib/collections/__init__.py (deque's __copy__ and __reduce__), CPython's copyreg
# module (the reduce protocol pickle shares).
#
# Differences from CPython: there is no copyreg (its dispatch_table is not consulted) and
# object has no __reduce_ex__ in minipy, so the last rule above is written out here instead of
# coming from object.__reduce_ex__(4).

__all__ = ['Error', 'copy', 'deepcopy', 'replace']


class Error(Exception):
    pass


error = Error   # backward compatibility


def _types_of(*examples):
    return tuple(type(x) for x in examples)


def _f():
    pass


# Objects that are never copied, shallow or deep.
_atomic_types = set(_types_of(None, 1, 1.0, True, 'str', Ellipsis, NotImplemented, _f, len,
                              range(0)))
_atomic_types.update([type, property, range, frozenset])
try:
    _atomic_types.update([complex, bytes])      # not every minipy build has them
except NameError:
    pass

_deep_atomic_types = set(_atomic_types)
_deep_atomic_types.discard(frozenset)           # a frozenset's items may need copying


# ───────────────────────────── shallow copy ─────────────────────────────

def copy(x):
    '''Shallow copy operation on arbitrary Python objects.'''
    cls = type(x)
    if cls in _atomic_types or cls is tuple:
        return x
    if cls is list or cls is dict or cls is set:
        return cls.copy(x)
    if issubclass(cls, type):
        return x        # a class is its own copy
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x        # a global name: the object is a singleton
    return _reconstruct(x, None, *rv)


# ───────────────────────────── deep copy ─────────────────────────────

def deepcopy(x, memo=None, _nil=[]):
    '''Deep copy operation on arbitrary Python objects.'''
    cls = type(x)
    if cls in _deep_atomic_types:
        return x
    d = id(x)
    if memo is None:
        memo = {}
    else:
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y     # before the items: a list that contains itself
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple cannot be made before its items, so a cycle through it may have copied it
    # already, while copying the items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k in range(len(x)):
        if x[k] is not y[k]:
            return tuple(y)
    return x            # nothing inside needed copying: the tuple itself is fine


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    return type(x)([deepcopy(a, memo) for a in x])


def _deepcopy_method(x, memo):
    # A bound method: the same function bound to a copy of its object.
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_set,
}


class _C:
    def m(self):
        pass


try:
    _method_type = type(_C().m)
    _method_type(_C.m, _C())        # can a method object be made from Python?
    _deepcopy_dispatch[_method_type] = _deepcopy_method
except Exception:
    pass


def _keep_alive(x, memo):
    # Keep the originals alive while the memo lives: their ids are its keys, and an id may be
    # reused once its object is gone.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ───────────────────────────── the reduce protocol ─────────────────────────────

def _own(cls, name):
    # The class's attribute `name`, unless it is only object's own (or absent).
    attr = getattr(cls, name, None)
    if attr is None or attr is getattr(object, name, None):
        return None
    return attr


def _reduce(x):
    # (callable, args, state, listitems, dictitems): how to rebuild x.
    cls = type(x)
    reductor = _own(cls, '__reduce_ex__')
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = _own(cls, '__reduce__')
        if reductor is not None:
            rv = reductor(x)
        else:
            return _default_reduce(x)
    if isinstance(rv, str):
        return rv
    if not isinstance(rv, tuple):
        raise Error('un(deep)copyable object of type %s' % cls)
    return tuple(rv) + (None,) * (5 - len(rv))


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _slot_names(cls):
    names = []
    for c in reversed(cls.__mro__):
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            if name not in names:
                names.append(name)
    return names


def _default_reduce(x):
    # What object.__reduce_ex__(4) would return for x.
    cls = type(x)
    getnewargs = _own(cls, '__getnewargs__')
    if getnewargs is not None:
        args = tuple(getnewargs(x))
    elif isinstance(x, tuple):
        args = (tuple(x),)          # tuple.__getnewargs__
    else:
        args = ()
    getstate = _own(cls, '__getstate__')
    if getstate is not None:
        state = getstate(x)
    else:
        state = None
        d = getattr(x, '__dict__', None)
        if d:
            state = d
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + args, state, listitems, dictitems)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y     # before the state: the state may refer back to x

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = _own(type(y), '__setstate__')
        if setstate is not None:
            setstate(y, state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


# ───────────────────────────── replace (Python 3.13) ─────────────────────────────

def replace(obj, /, **changes):
    '''Return a new object replacing specified fields with new values.

    This is especially useful for immutable objects, like named tuples or frozen dataclasses.'''
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError("replace() does not support %s objects" % cls.__name__)
    return func(obj, **changes)
