# lib/asyncio/events.py — callback handles, the event loop interface, and "which loop is running".
#
# What this step does: an event loop's queue holds Handles.  A Handle is a callback with its
# arguments and one flag, cancelled: loop.call_soon(f, x) returns Handle(f, (x,)) after
# appending it to the loop's ready deque, and h.cancel() only sets the flag and drops the
# callback — the loop skips a cancelled handle when it reaches it.  A TimerHandle adds a
# deadline (`when`, in loop.time() seconds) and compares by it, so the loop can keep its
# timers in a heap (heapq) whose first element is always the next one due.
#
# The other half of the file answers "which loop?".  While run_forever() runs, the loop
# registers itself as this thread's running loop (_set_running_loop); get_running_loop() reads
# it back — that is how asyncio.sleep() or create_task() find their loop without being passed
# one.  get_event_loop() returns the running loop, or else the loop that set_event_loop() made
# current for this thread (asyncio.run() does that while it runs).
#
# Comes in: base_events.py builds the loop on AbstractEventLoop and these handles; every other
# submodule calls get_running_loop().
# Goes out: AbstractEventLoop, Handle, TimerHandle, get_running_loop, get_event_loop,
# set_event_loop, new_event_loop, _get_running_loop, _set_running_loop.
# Read next: base_events.py (how the loop runs the handles).
#
# Differences from CPython: no event loop policies (get/set_event_loop_policy are deprecated
# in 3.14; set_event_loop/new_event_loop here do what the default policy does), no
# AbstractServer, and AbstractEventLoop lists only the methods this package implements.
# Handle.get_context() returns the context= argument, or None (minipy has no contextvars).
# call_soon_threadsafe() uses a plain Handle (CPython's _ThreadSafeHandle locks cancel()).

import threading

from . import coroutines

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop', 'set_event_loop',
           'new_event_loop', '_set_running_loop', 'get_running_loop', '_get_running_loop')


class Handle:
    """Object returned by callback registration methods."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_source_traceback', '_repr',
                 '_context')

    def __init__(self, callback, args, loop, context=None):
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._source_traceback = None

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(coroutines._format_callback_source(
                self._callback, self._args, self._loop.get_debug()))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<{}>'.format(' '.join(self._repr_info()))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._loop.get_debug():
                # Keep the text: the callback and its arguments are about to be dropped.
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        # Called by the loop.  An exception escaping a callback must not stop the loop: it is
        # handed to the loop's exception handler, which prints it.
        try:
            if self._context is not None and hasattr(self._context, 'run'):
                self._context.run(self._callback, *self._args)
            else:
                self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = coroutines._format_callback_source(self._callback, self._args,
                                                   self._loop.get_debug())
            self._loop.call_exception_handler({
                'message': f'Exception in callback {cb}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """Object returned by timed callback registration methods."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False     # True while the handle sits in the loop's heap

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    # The heap compares deadlines.
    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            # The loop counts cancelled timers still in its heap, to sweep them out
            # when there are many.
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """Return the scheduled time, in loop.time() seconds."""
        return self._when


class AbstractEventLoop:
    """Abstract event loop: the methods every loop provides (see base_events.BaseEventLoop)."""

    def run_forever(self):
        """Run the event loop until stop() is called."""
        raise NotImplementedError

    def run_until_complete(self, future):
        """Run the event loop until a Future is done; return its result or raise."""
        raise NotImplementedError

    def stop(self):
        """Stop the loop after the callbacks of the current turn have run."""
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        raise NotImplementedError

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    def create_task(self, coro, **kwargs):
        raise NotImplementedError

    def call_soon_threadsafe(self, callback, *args, context=None):
        raise NotImplementedError

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError

    def set_default_executor(self, executor):
        raise NotImplementedError

    def set_task_factory(self, factory):
        raise NotImplementedError

    def get_task_factory(self):
        raise NotImplementedError

    def get_exception_handler(self):
        raise NotImplementedError

    def set_exception_handler(self, handler):
        raise NotImplementedError

    def default_exception_handler(self, context):
        raise NotImplementedError

    def call_exception_handler(self, context):
        raise NotImplementedError

    def get_debug(self):
        raise NotImplementedError

    def set_debug(self, enabled):
        raise NotImplementedError


# ───────────────────────────── which loop ─────────────────────────────
#
# Both answers are per thread: a thread-local object holds the running loop (set only while
# run_forever() runs) and the current loop (what set_event_loop() chose).

class _Local(threading.local):
    running_loop = None
    current_loop = None


_local = _Local()


def get_running_loop():
    """Return the running event loop.  Raise a RuntimeError if there is none.

    This function is thread-specific.
    """
    loop = _local.running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    """Return the running event loop or None (this thread's)."""
    return _local.running_loop


def _set_running_loop(loop):
    """Make loop (or None) this thread's running loop; called by run_forever()."""
    _local.running_loop = loop


def get_event_loop():
    """Return the running loop; outside one, the loop set by set_event_loop() for this thread."""
    loop = _local.running_loop
    if loop is not None:
        return loop
    loop = _local.current_loop
    if loop is None:
        raise RuntimeError('There is no current event loop in thread %r.'
                           % threading.current_thread().name)
    return loop


def set_event_loop(loop):
    """Make loop the current event loop of this thread (None: no current loop)."""
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                        f"not '{type(loop).__name__}'")
    _local.current_loop = loop


def new_event_loop():
    """Create and return a new event loop (it is not made current: see set_event_loop())."""
    from . import base_events   # base_events imports this module: import it when first needed
    return base_events.EventLoop()
