# lib/asyncio/waiting.py — waiting for several awaitables at once: gather, wait, as_completed,
# and for one with a time limit: wait_for.
#
# What this step does: each of these hangs a done-callback on every Future (or Task) it
# watches, and parks the caller on one more Future that the callbacks complete when enough
# of them are done.
#   * gather(a, b, c): the callbacks count finished children; the last one sets the outer
#     Future's result to the list of results, in argument order.  The first exception is
#     passed on at once unless return_exceptions=True makes exceptions ordinary results.
#   * wait(fs, return_when=...): one waiter Future, completed by the first callback that
#     satisfies FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED, or by a timer; it returns
#     the sets (done, pending) and never raises TimeoutError.
#   * as_completed(fs): the callbacks put each finished Future on a Queue; iterating takes
#     them off in finishing order.
#   * wait_for(aw, timeout): `async with timeout(t): return await aw` (timeouts.py).
#
# Comes in: `asyncio.gather(...)` etc. (collected by __init__.py).
# Goes out: gather, wait, wait_for, as_completed, FIRST_COMPLETED, FIRST_EXCEPTION,
# ALL_COMPLETED.
# Read next: timeouts.py (how wait_for's time limit cancels), taskgroups.py (a structured
# gather).
#
# Differences from CPython: these live in CPython's tasks.py; they are here to keep each file
# short (asyncio.tasks.gather is asyncio.waiting.gather).  No call-graph bookkeeping.

import concurrent.futures
import functools

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import queues
from . import tasks
from . import timeouts

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for',
           'as_completed', 'gather')

# ───────────────────────────── wait, wait_for, as_completed ─────────────────────────────

FIRST_COMPLETED = concurrent.futures.FIRST_COMPLETED
FIRST_EXCEPTION = concurrent.futures.FIRST_EXCEPTION
ALL_COMPLETED = concurrent.futures.ALL_COMPLETED


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures or Tasks given by fs to complete; return (done, pending) sets.

    The fs iterable must not be empty.  A timeout does not raise: the futures that are
    not done by then are returned in the second set.
    """
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')

    fs = set(fs)

    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")

    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Wait for the single Future or coroutine to complete, with timeout.

    When the timeout expires the task is cancelled and TimeoutError is raised (wrap the
    argument in shield() to keep it running).  If the wait itself is cancelled, the task is
    cancelled too.
    """
    # With timeout <= 0 a coroutine must not even start: cancel it before its first step.
    if timeout is not None and timeout <= 0:
        fut = tasks.ensure_future(fut)

        if fut.done():
            return fut.result()

        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError from exc

    async with timeouts.timeout(timeout):
        return await fut


async def _wait(fs, timeout, return_when, loop):
    # One waiter Future, completed by the first done-callback that satisfies return_when
    # (or by the timer).
    assert fs, 'Set of Futures is empty.'
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut):
    """Cancel the *fut* future or task and wait until it completes."""
    loop = events.get_running_loop()
    waiter = loop.create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)

    try:
        fut.cancel()
        # Wait on a separate waiter, so that this coroutine itself stays cancellable.
        await waiter
    finally:
        fut.remove_done_callback(cb)


class _AsCompletedIterator:
    """What as_completed() returns: `async for f in ...` gives the futures as they finish;
    `for c in ...` gives coroutines that return (or raise) the next result."""

    def __init__(self, aws, timeout):
        self._done = queues.Queue()
        self._timeout_handle = None

        loop = events.get_event_loop()
        todo = {tasks.ensure_future(aw, loop=loop) for aw in set(aws)}
        for f in todo:
            f.add_done_callback(self._handle_completion)
        if todo and timeout is not None:
            self._timeout_handle = loop.call_later(timeout, self._handle_timeout)
        self._todo = todo
        self._todo_left = len(todo)

    def __aiter__(self):
        return self

    def __iter__(self):
        return self

    async def __anext__(self):
        if not self._todo_left:
            raise StopAsyncIteration
        assert self._todo_left > 0
        self._todo_left -= 1
        return await self._wait_for_one()

    def __next__(self):
        if not self._todo_left:
            raise StopIteration
        assert self._todo_left > 0
        self._todo_left -= 1
        return self._wait_for_one(resolve=True)

    def _handle_timeout(self):
        for f in self._todo:
            f.remove_done_callback(self._handle_completion)
            self._done.put_nowait(None)  # Sentinel for _wait_for_one().
        self._todo.clear()  # Can't do todo.remove(f) in the loop.

    def _handle_completion(self, f):
        if not self._todo:
            return  # _handle_timeout() was here first.
        self._todo.remove(f)
        self._done.put_nowait(f)
        if not self._todo and self._timeout_handle is not None:
            self._timeout_handle.cancel()

    async def _wait_for_one(self, resolve=False):
        # The next future to finish; with resolve, its result (or its exception raised).
        f = await self._done.get()
        if f is None:
            # Dummy value from _handle_timeout().
            raise exceptions.TimeoutError
        return f.result() if resolve else f


def as_completed(fs, *, timeout=None):
    """Run the awaitables in fs concurrently; iterate over them in the order they finish.

    `async for t in as_completed(fs)` yields the tasks/futures themselves (new tasks for
    coroutines); plain `for c in as_completed(fs)` yields coroutines to await, each
    returning the next result.  TimeoutError is raised if timeout expires first.
    """
    if coroutines._isawaitable(fs):
        raise TypeError(f"expects an iterable of awaitables, not {type(fs).__name__}")

    return _AsCompletedIterator(fs, timeout)


# ───────────────────────────── gather ─────────────────────────────

class _GatheringFuture(futures.Future):
    """gather()'s outer Future: cancel() cancels the children, and — like Task.cancel() —
    does not mark the Future cancelled at once."""

    def __init__(self, children, *, loop):
        assert loop is not None
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # If any child tasks were actually cancelled, we should propagate the
            # cancellation request regardless of *return_exceptions* argument.
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; return a future of the list of their results, in
    the order given.

    The first exception is propagated to the returned future at once (the others keep
    running), unless return_exceptions is true: then exceptions are results like the others.
    Cancelling the outer future cancels the children that are still running; a child that
    is cancelled counts as having raised CancelledError.
    """
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1

        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark exception retrieved.
                fut.exception()
            return

        if not return_exceptions:
            if fut.cancelled():
                # fut.exception() would *raise* CancelledError: make it ourselves.
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return

        if nfinished == nfuts:
            # All futures are done; create a list of results
            # and set it to the 'outer' future.
            results = []

            for fut in children:
                if fut.cancelled():
                    res = exceptions.CancelledError(
                        '' if fut._cancel_message is None else fut._cancel_message)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)

            if outer._cancel_requested:
                # gather() was cancelled: propagate that, whatever return_exceptions says.
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    done_futs = []
    loop = None
    outer = None  # bpo-46672
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = tasks.ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                # 'arg' was not a Future: the caller cannot control the Task made for it.
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            if fut.done():
                done_futs.append(fut)
            else:
                fut.add_done_callback(_done_callback)
        else:
            # There's a duplicate Future object in coros_or_futures.
            fut = arg_to_fut[arg]

        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    # Children that were done already report now that outer exists.
    for fut in done_futs:
        _done_callback(fut)
    return outer
