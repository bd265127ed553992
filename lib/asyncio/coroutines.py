# lib/asyncio/coroutines.py — telling coroutines and awaitables apart, and naming them in reprs.
#
# What this step does: asyncio must recognise three kinds of objects.
#   * a coroutine: what calling an `async def` function returns.  Its type is
#     types.CoroutineType; it has send(), throw() and close() and is driven by a Task.
#   * an awaitable: anything `await` accepts — a coroutine, an object whose class has
#     __await__ (a Future), or a generator marked by @types.coroutine.
#   * a coroutine function: a function whose code object has the CO_COROUTINE flag (0x80), set
#     by the compiler on every `async def` (compiler.cpp); bound methods and functools.partial
#     objects are unwrapped first, as inspect.iscoroutinefunction does.
# The rest of the file turns a coroutine or a callback into the short text that the reprs of
# Tasks, Futures and Handles show: "main() running at prog.py:7", "f() at prog.py:3".
#
# Comes in: `from .coroutines import *` in __init__.py; events.py, futures.py, tasks.py.
# Goes out: iscoroutine, iscoroutinefunction (and _isawaitable, _format_coroutine,
# _format_callback_source for the other submodules).
# Read next: events.py (Handle, the callback objects the loop queues).
#
# Differences from CPython: asyncio.iscoroutinefunction is deprecated in 3.14 and warns; here
# it does not (minipy has no warnings module).  No debug-mode coroutine origin tracking.
# minipy's coroutines have no frame objects, so a pending Task's repr cannot show the line
# its coroutine is at: it says "main() running, defined at prog.py:5" instead of CPython's
# "main() running at prog.py:7".
# _short_repr below is a small stand-in for reprlib.repr (minipy has no reprlib).

import collections.abc
import functools
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x80            # async def
_CO_ITERABLE_COROUTINE = 0x100  # a generator function decorated with @types.coroutine

# A marker for iscoroutinefunction: a callable may declare itself a coroutine function by
# carrying _is_coroutine = this object (old asyncio code did, and inspect.markcoroutinefunction
# does something similar).
_is_coroutine = object()


def _is_debug_mode():
    """PYTHONASYNCIODEBUG=1 in the environment turns on the loops' debug mode."""
    try:
        import os
        return bool(os.environ.get('PYTHONASYNCIODEBUG'))
    except Exception:
        return False


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an `async def`)."""
    while True:
        if isinstance(func, types.MethodType):
            func = func.__func__
        elif isinstance(func, functools.partial):
            func = func.func
        else:
            break
    code = getattr(func, '__code__', None)
    if code is not None and isinstance(func, types.FunctionType) and code.co_flags & _CO_COROUTINE:
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


_iscoroutinefunction = iscoroutinefunction

_COROUTINE_TYPES = (types.CoroutineType, collections.abc.Coroutine)


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return isinstance(obj, _COROUTINE_TYPES)


def _isawaitable(obj):
    """inspect.isawaitable: may `await obj` be written?"""
    if isinstance(obj, types.CoroutineType):
        return True
    if isinstance(obj, types.GeneratorType):
        code = getattr(obj, 'gi_code', None)
        if code is not None and code.co_flags & _CO_ITERABLE_COROUTINE:
            return True
    return isinstance(obj, collections.abc.Awaitable)


# ───────────────────────────── names for reprs ─────────────────────────────

def _format_coroutine(coro, unfinished=False):
    """'main() running at prog.py:7' for a suspended coroutine, 'main() done, defined at
    prog.py:5' for a finished one (its frame is gone), 'main()' when nothing more is known.

    minipy's coroutines have no frame (cr_frame), so they cannot say at which line they
    are: a Task passes unfinished=True while it is not done, and the text is then
    'main() running, defined at prog.py:5'."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if not name:
        name = f'<{type(coro).__name__} without __name__>'
    coro_name = f'{name}()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return f'{coro_name} running' if running else coro_name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{coro_name} running at {filename}:{frame.f_lineno}'
    if unfinished and not hasattr(coro, 'cr_frame') and not hasattr(coro, 'gi_frame'):
        return f'{coro_name} running, defined at {filename}:{code.co_firstlineno}'
    return f'{coro_name} done, defined at {filename}:{code.co_firstlineno}'


def _get_function_source(func):
    if isinstance(func, types.FunctionType):
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    return None


def _format_callback(func, args, kwargs, debug=False, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs, debug) + suffix
        return _format_callback(func.func, func.args, func.keywords, debug, suffix)
    func_repr = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    if not func_repr:
        func_repr = repr(func)
    return func_repr + _format_args_and_kwargs(args, kwargs, debug) + suffix


def _format_args_and_kwargs(args, kwargs, debug=False):
    # Arguments are shown only in debug mode: they may hold secrets.
    if not debug:
        return '()'
    items = [_short_repr(arg) for arg in (args or ())]
    items.extend(f'{k}={_short_repr(v)}' for k, v in (kwargs or {}).items())
    return '({})'.format(', '.join(items))


def _format_callback_source(func, args, debug=False):
    """'f() at prog.py:3': the callback's name and where it was defined."""
    func_repr = _format_callback(func, args, None, debug)
    source = _get_function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr


# reprlib.repr's limits: strings to 30 characters, ints to 40 digits, 6 items of a list or
# tuple, 4 of a dict, 6 levels deep; anything else to 30 characters.
def _short_repr(x, level=6):
    if isinstance(x, str):
        s = repr(x[:30])
        if len(s) > 30:
            i = (30 - 3) // 2
            j = 30 - 3 - i
            s = repr(x[:i] + x[len(x) - j:])
            s = s[:i] + '...' + s[len(s) - j:]
        return s
    if type(x) in (list, tuple, set, frozenset, dict):
        return _short_repr_container(x, level)
    try:
        s = repr(x)
    except Exception:
        return '<%s instance at %#x>' % (type(x).__name__, id(x))
    limit = 40 if type(x) is int else 30
    if len(s) > limit:
        i = (limit - 3) // 2
        j = limit - 3 - i
        s = s[:i] + '...' + s[len(s) - j:]
    return s


def _short_repr_container(x, level):
    n = len(x)
    if type(x) is dict:
        left, right, most = '{', '}', 4
    elif type(x) is list:
        left, right, most = '[', ']', 6
    elif type(x) is tuple:
        left, right, most = '(', ')', 6
    elif not x:
        return f'{type(x).__name__}()'
    elif type(x) is set:
        left, right, most = '{', '}', 6
    else:
        left, right, most = 'frozenset({', '})', 6
    if level <= 0 and n:
        return left + '...' + right
    items = list(x)
    if type(x) in (set, frozenset, dict):
        try:
            items = sorted(items)
        except Exception:
            pass
    items = items[:most]
    if type(x) is dict:
        pieces = [f'{_short_repr(k, level - 1)}: {_short_repr(x[k], level - 1)}' for k in items]
    else:
        pieces = [_short_repr(item, level - 1) for item in items]
    if n > most:
        pieces.append('...')
    if n == 1 and type(x) is tuple:
        right = ',' + right
    return left + ', '.join(pieces) + right
