# lib/asyncio/tasks.py — Task: a Future whose result is what a coroutine returns.
#
# What this step does: a Task owns a coroutine and advances it one step per loop callback.
# __step() calls coro.send(None) (or coro.throw(exc) to deliver an error); the coroutine runs
# until it awaits something that is not ready, and then send() returns what was yielded:
#
#   * a Future (from Future.__await__'s `yield self`): the Task parks on it —
#     fut.add_done_callback(self.__wakeup) — and returns to the loop.  When the Future is
#     completed, __wakeup() runs as a loop callback and calls __step() again; if the Future
#     failed or was cancelled, __step(exc) throws that exception in at the `await`.
#   * None (a bare `yield`, as sleep(0) does): step again on the next turn — "let the
#     others run once".
#   * anything else is a mistake, reported by throwing RuntimeError into the coroutine.
#
# When send() raises StopIteration the coroutine has returned: the Task takes exc.value as
# its result.  Any other exception becomes the Task's exception; CancelledError makes the
# Task cancelled.  cancel() cannot stop a coroutine from outside — it cancels the Future the
# Task is parked on, so the wakeup throws CancelledError in, and the coroutine may catch it
# (try/finally to clean up, or even refuse).  cancelling() counts the requests, uncancel()
# takes one back: timeout() and TaskGroup use the count to know whose cancellation it was.
#
# Below the Task: sleep() (a Future that a timer completes), ensure_future() and shield().
#
# Comes in: loop.create_task() / asyncio.create_task(); asyncio.run() wraps main() in a Task.
# Goes out: Task, create_task, current_task, all_tasks, sleep, shield, ensure_future,
# run_coroutine_threadsafe.
# Read next: waiting.py (gather, wait, wait_for, as_completed), timeouts.py (cancellation
# turned into TimeoutError), taskgroups.py, locks.py.
#
# Differences from CPython: CPython's Task is C (_asyncio.Task); this is its pure-Python twin.
# No eager tasks (eager_start, eager_task_factory), no get_stack()/print_stack() (minipy has
# no frame objects), no call-graph bookkeeping (asyncio.graph), and no "Task was destroyed but
# it is pending!" message.  all_tasks() is kept in a plain set that a task leaves when it is
# done (CPython uses a weak set; minipy has no weak references).

import concurrent.futures
import itertools
import math
import types
from types import GenericAlias

from . import coroutines
from . import events
from . import exceptions
from . import futures

__all__ = ('Task', 'create_task', 'sleep', 'shield', 'ensure_future',
           'run_coroutine_threadsafe', 'current_task', 'all_tasks',
           '_register_task', '_unregister_task', '_enter_task', '_leave_task')

# Names for tasks created without one: Task-1, Task-2, ...
_task_name_counter = itertools.count(1).__next__


def current_task(loop=None):
    """Return the task running on loop (default: the running loop), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """Return a set of all tasks for the loop that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_scheduled_tasks)
            if futures._get_loop(t) is loop and not t.done()}


class Task(futures._PyFuture):
    """A coroutine wrapped in a Future."""

    # While the task is not done, it is in one of three states:
    #   1. parked: _fut_waiter is a pending Future whose callbacks include __wakeup;
    #   2. scheduled: a call of __step is in the loop's ready deque;
    #   3. running: inside __step (then it is the loop's current_task()).
    # 1 -> 2 when the Future completes, 2 -> 3 when the loop reaches the call, 3 -> 1 or 2
    # when the coroutine yields.

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")

        if name is None:
            self._name = f'Task-{_task_name_counter()}'
        else:
            self._name = str(name)

        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context

        # The first step runs on the next turn of the loop, not now.
        self._loop.call_soon(self.__step, context=self._context)
        _register_task(self)

    __class_getitem__ = classmethod(GenericAlias)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        # "<Task pending name='Task-1' coro=<main() running at prog.py:7> wait_for=<Future
        # pending cb=[...]>>": the Future's part, with the name, coroutine and waiter put in.
        info = super()._repr_info()
        if self.cancelling() and not self.done():
            info[0] = 'cancelling'
        info.insert(1, 'name=%r' % self.get_name())
        if self._fut_waiter is not None:
            info.insert(2, f'wait_for={self._fut_waiter!r}')
        if self._coro:
            coro = coroutines._format_coroutine(self._coro, unfinished=not self.done())
            info.insert(2, f'coro=<{coro}>')
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        """Request that this task cancel itself.

        This arranges for a CancelledError to be thrown into the wrapped coroutine on the
        next cycle through the event loop.  The coroutine may catch it to clean up or
        even to refuse; so this does not guarantee that the task will end cancelled.
        Each call increases the count of cancellation requests (see cancelling()).
        """
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # Parked: cancelling the Future wakes us with CancelledError.  Keep
                # _fut_waiter, it may be a Task that ignores the request.
                return True
        # Scheduled or running: the next __step throws CancelledError in.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """Return the count of the task's cancellation requests."""
        return self._num_cancels_requested

    def uncancel(self):
        """Decrement the count of cancellation requests; return what remains."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
            if self._num_cancels_requested == 0:
                self._must_cancel = False
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'__step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None

        _enter_task(self._loop, self)
        try:
            self.__step_run_and_handle_result(exc)
        finally:
            _leave_task(self._loop, self)
            if self.done():
                _unregister_task(self)

    def __step_run_and_handle_result(self, exc):
        coro = self._coro
        try:
            if exc is None:
                # send(), not next(): a coroutine has no __next__.
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as exc:
            if self._must_cancel:
                # Task is cancelled right before coro stops.
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(exc.value)
        except exceptions.CancelledError as exc:
            # Save the original exception so we can chain it later.
            self._cancelled_exc = exc
            super().cancel()  # I.e., Future.cancel(self).
        except (KeyboardInterrupt, SystemExit) as exc:
            super().set_exception(exc)
            raise
        except BaseException as exc:
            super().set_exception(exc)
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                # Yielded Future must come from Future.__iter__().
                if futures._get_loop(result) is not self._loop:
                    new_exc = RuntimeError(f'Task {self!r} got Future {result!r} attached '
                                           f'to a different loop')
                    self._loop.call_soon(self.__step, new_exc, context=self._context)
                elif blocking:
                    if result is self:
                        new_exc = RuntimeError(f'Task cannot await on itself: {self!r}')
                        self._loop.call_soon(self.__step, new_exc, context=self._context)
                    else:
                        # Park on the Future (state 1).
                        result._asyncio_future_blocking = False
                        result.add_done_callback(self.__wakeup, context=self._context)
                        self._fut_waiter = result
                        if self._must_cancel:
                            if self._fut_waiter.cancel(msg=self._cancel_message):
                                self._must_cancel = False
                else:
                    new_exc = RuntimeError(f'yield was used instead of yield from '
                                           f'in task {self!r} with {result!r}')
                    self._loop.call_soon(self.__step, new_exc, context=self._context)

            elif result is None:
                # Bare yield relinquishes control for one event loop iteration.
                self._loop.call_soon(self.__step, context=self._context)
            elif isinstance(result, types.GeneratorType):
                # Yielding a generator is just wrong.
                new_exc = RuntimeError(f'yield was used instead of yield from for '
                                       f'generator in task {self!r} with {result!r}')
                self._loop.call_soon(self.__step, new_exc, context=self._context)
            else:
                # Yielding something else is an error.
                new_exc = RuntimeError(f'Task got bad yield: {result!r}')
                self._loop.call_soon(self.__step, new_exc, context=self._context)

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            # This may also be a cancellation.
            self.__step(exc)
        else:
            # Don't pass the value of future.result(): Future.__await__ reads it itself.
            self.__step()


_PyTask = Task


def create_task(coro, **kwargs):
    """Schedule the execution of a coroutine object in a spawn task.

    Return a Task object.
    """
    loop = events.get_running_loop()
    return loop.create_task(coro, **kwargs)


# ───────────────────────────── sleep ─────────────────────────────

class _YieldOnce:
    """`await _YieldOnce()` yields None once to the Task: skip one turn of the loop."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await _YieldOnce()
        return result

    if math.isnan(delay):
        raise ValueError("Invalid delay: NaN (not a number)")

    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or an awaitable in a future.

    If the argument is a Future, it is returned directly.
    """
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    should_close = True
    if not coroutines.iscoroutine(coro_or_future):
        if coroutines._isawaitable(coro_or_future):
            async def _wrap_awaitable(awaitable):
                return await awaitable

            coro_or_future = _wrap_awaitable(coro_or_future)
            should_close = False
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')

    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if should_close:
            coro_or_future.close()
        raise


# ───────────────────────────── shield ─────────────────────────────

def _log_on_exception(fut):
    if fut.cancelled():
        return
    exc = fut.exception()
    if exc is None:
        return
    fut._loop.call_exception_handler({
        'message': f'{exc.__class__.__name__} exception in shielded future',
        'exception': exc,
        'future': fut,
    })


def shield(arg):
    """Wait for a future, shielding it from cancellation.

    `res = await shield(something())` is `res = await something()`, except that if the
    coroutine containing it is cancelled, something() goes on running: only the outer
    future is cancelled.
    """
    inner = ensure_future(arg)
    if inner.done():
        # Shortcut.
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)
            # Keep only one callback to log on cancel
            inner.remove_done_callback(_log_on_exception)
            inner.add_done_callback(_log_on_exception)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine object to a given event loop (from another thread).

    Return a concurrent.futures.Future to access the result.
    """
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def callback():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


# ───────────────────────────── the task registry ─────────────────────────────
#
# _scheduled_tasks: every task not done yet (all_tasks() reads it).  _current_tasks: for
# each running loop, the task inside __step right now (current_task() reads it).

_scheduled_tasks = set()
_current_tasks = {}


def _register_task(task):
    """Register an asyncio Task scheduled to run on an event loop."""
    _scheduled_tasks.add(task)


def _unregister_task(task):
    """Unregister a completed, scheduled Task."""
    _scheduled_tasks.discard(task)


def _enter_task(loop, task):
    current_task = _current_tasks.get(loop)
    if current_task is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {current_task!r} is being executed.")
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current_task = _current_tasks.get(loop)
    if current_task is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {current_task!r}.")
    del _current_tasks[loop]
