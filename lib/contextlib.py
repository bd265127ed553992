# lib/contextlib.py — the `contextlib` module: tools for writing and combining `with` managers.
#
# What this step does: `with EXPR as x: BODY` calls EXPR.__enter__() (its result is x), runs
# BODY, then calls __exit__(type, value, traceback) — three Nones if BODY finished, the
# exception otherwise; a true result from __exit__ swallows the exception (chapter 3 shows the
# bytecode).  This module builds managers out of simpler things:
#   * @contextmanager turns a generator function into a manager: __enter__ runs the generator
#     to its yield; __exit__ either resumes it (normal exit: it must then finish, or
#     "generator didn't stop") or throws the body's exception in at the yield with gen.throw()
#     (chapter 7), so the generator's own try/except/finally sees it.  Whether the exception
#     was swallowed is read off what comes back out: StopIteration means the generator
#     handled it, the same exception object means it did not, a different one is a new error.
#   * ContextDecorator lets a manager decorate a function: each call runs inside a fresh
#     `with`.  @contextmanager's managers are ContextDecorators.
#   * closing, suppress, nullcontext, redirect_stdout/redirect_stderr, chdir: small managers.
#   * ExitStack keeps a stack of exit callbacks and, on exit, calls them last-in first-out,
#     passing each the exception left by the ones before, so it behaves like the nested
#     `with` statements it stands for — including the __context__ chain of the exceptions.
#
# Comes in: `import contextlib` / `from contextlib import contextmanager` (frozen by lib/freeze.sh).
# Goes out: the names in __all__.
# Read next: lib/abc.py (AbstractContextManager is an ABC), lib/functools.py (wraps).
#
# Differences from CPython: no async parts (asynccontextmanager, aclosing, AsyncExitStack,
# AbstractAsyncContextManager) because minipy has no async/await; suppress() cannot split an
# exception group because minipy has no ExceptionGroup.  minipy makes a new traceback object
# each time __traceback__ is read, so the traceback an exception gets back is an equal chain,
# not the very object passed to __exit__.

import abc
import sys
from collections import deque
from functools import wraps
from types import MethodType, GenericAlias

__all__ = ['contextmanager', 'closing', 'nullcontext', 'AbstractContextManager',
           'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr',
           'suppress', 'chdir']


def _check_methods(C, *methods):
    # What a __subclasshook__ asks: does C (or a class in its MRO) define every one of these
    # names?  A name set to None in the MRO means "explicitly not supported".
    mro = C.__mro__
    for method in methods:
        for klass in mro:
            if method in klass.__dict__:
                if klass.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """The ABC of objects with __enter__ and __exit__ (no registering needed)."""

    __class_getitem__ = classmethod(GenericAlias)

    __slots__ = ()

    def __enter__(self):
        """Return self (the default)."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Let any exception from the block propagate (the default)."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        # Any class with __enter__ and __exit__ counts, without registering.
        if cls is AbstractContextManager:
            return _check_methods(C, "__enter__", "__exit__")
        return NotImplemented


class ContextDecorator(object):
    "Mixin that lets a context manager decorate a function: each call runs inside the manager."

    def _recreate_cm(self):
        # A manager that can be entered only once (a generator runs once) returns a fresh copy
        # of itself here, so that every call of the decorated function gets its own.
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


# ───────────────────────────── @contextmanager ─────────────────────────────

class _GeneratorContextManagerBase:
    # What the manager needs to remember about the generator it drives.

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # Kept so that _recreate_cm can make a fresh generator for each decorated call.
        self.func, self.args, self.kwds = func, args, kwds
        # The manager shows the generator function's docstring (help() on it is useful).
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A generator runs once, so each use as a decorator needs a new manager.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        # Once entered, the manager cannot be recreated: drop what only recreation needs.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # The body finished: the generator must finish too, right after its yield.
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            # __exit__ called by hand with only a type: make an instance to throw.
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and returned: suppress it — unless the
            # exception was itself this StopIteration, passing through unhandled.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                # Our own exception, not handled: let `with` re-raise it (return False
                # rather than raising here keeps the traceback from growing).
                exc.__traceback__ = traceback
                return False
            # A StopIteration thrown in and let through comes back wrapped in
            # "generator raised StopIteration" (PEP 479): that too is "not handled".
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise               # a new exception from the generator replaces ours
            exc.__traceback__ = traceback
            return False
        # throw() returned: the generator caught the exception and yielded again.
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def contextmanager(func):
    """Make a context manager out of a generator function that yields once.

    The code before the yield runs on entering the `with`, the yielded value is
    what `as` binds, and the code after the yield runs on leaving it; an
    exception from the body is raised at the yield.
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


# ───────────────────────────── small managers ─────────────────────────────

class closing(AbstractContextManager):
    """Call thing.close() when the block ends, however it ends.

    `with closing(thing) as t:` binds t to thing itself.
    """
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):

    _stream = None      # the name of the sys attribute, set by the subclasses

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that one object can be entered again while already entered.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Send sys.stdout to another file-like object for the duration of the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send sys.stderr to another file-like object for the duration of the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the given exception classes (and their subclasses) raised in the block.

    Execution goes on after the `with` statement, as if the block had ended there.
    """

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # Only the listed exceptions and their subclasses are swallowed.  (CPython also looks
        # inside an exception group; minipy has none, see the header.)
        if exctype is None:
            return
        if issubclass(exctype, self._exceptions):
            return True
        return False


class nullcontext(AbstractContextManager):
    """A manager that does nothing; `as` binds enter_result.

    Handy when a block needs a real manager only sometimes:
    `with (lock if shared else nullcontext()):`
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Change the working directory for the block, and change it back after.

    The working directory belongs to the whole process, so this is not thread-safe.
    """

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os           # here, not at the top: contextlib must import without os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


# ───────────────────────────── ExitStack ─────────────────────────────

def _link_context(raised, pending, outer):
    # A callback raised `raised` while `pending` was the exception in flight.  Nested `with`
    # statements would give raised.__context__ == pending; but the callbacks all run in one
    # __exit__ call, during which Python is handling the `with` body's exception (if any),
    # so `raise` linked raised to that one instead.  Walk raised's context chain down to
    # `outer` (what was being handled when __exit__ began) and put pending in its place.
    # A chain that ends without reaching outer is left alone, as CPython leaves it.
    while True:
        context = raised.__context__
        if context is None or context is pending:
            return                  # the chain already ends in pending, or there is no link
        if context is outer:
            break
        raised = context
    raised.__context__ = pending


class _BaseExitStack:
    """What ExitStack is made of (CPython shares it with AsyncExitStack)."""

    # Every entry on the stack is a function of (exc_type, exc, tb) whose true result means
    # "exception handled"; the helpers below wrap managers and plain callbacks into one.

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)     # a callback never swallows the exception
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move every registered callback to a new stack and return it (this one is left empty)."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Push an exit function f(exc_type, exc, tb), or a manager whose __exit__ is pushed.

        Like __exit__, a true result suppresses the exception.  Returns its argument.
        """
        # Look __exit__ up on the type, as the `with` statement does.
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            self._push_exit_callback(exit)      # not a manager: a raw exit function
        else:
            self._push_cm_exit(exit, exit_method)
        return exit     # allows use as a decorator

    def enter_context(self, cm):
        """Enter cm, push its __exit__, and return what its __enter__ returned."""
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Push callback(*args, **kwds) to be called on exit; it cannot suppress exceptions."""
        _exit_wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        # So that introspection can find the original callback.
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback     # allows use as a decorator

    def _push_cm_exit(self, cm, cm_exit):
        _exit_wrapper = self._create_exit_wrapper(cm, cm_exit)
        self._push_exit_callback(_exit_wrapper, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A stack of exit callbacks, run last-in first-out when the `with` ends.

    It stands for a number of nested `with` statements that is known only
    at run time:

        with ExitStack() as stack:
            parts = [stack.enter_context(make_part(n)) for n in names]
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[1] is not None
        pending = exc_details[1]        # what the next callback is told about (None: nothing)
        outer = sys.exception()         # being handled around the `with`, if anything
        swallowed = False
        must_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            assert is_sync
            try:
                if pending is None:
                    args = (None, None, None)
                else:
                    args = (type(pending), pending, pending.__traceback__)
                if cb(*args):
                    # Handled: the callbacks further down the stack see no exception.
                    swallowed = True
                    must_raise = False
                    pending = None
            except BaseException as raised:
                _link_context(raised, pending, outer)
                must_raise = True
                pending = raised
        if must_raise:
            # `raise` sets __context__ to whatever is being handled at this point, which
            # would undo _link_context: remember the chain and put it back.
            chain = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = chain
                raise
        return received and swallowed

    def close(self):
        """Run every callback now, as leaving the `with` without an exception would."""
        self.__exit__(None, None, None)
