# lib/asyncio/timeouts.py — `async with asyncio.timeout(s):`, a time limit on a block of code.
#
# What this step does: a timeout is cancellation on a timer.  __aenter__ notes the current task
# and schedules loop.call_at(deadline, self._on_timeout).  If the block is still running at
# the deadline, _on_timeout() calls task.cancel(): the CancelledError comes out of whatever
# the block was awaiting and unwinds to __aexit__, which converts it into TimeoutError.  If
# the block ends first, __aexit__ cancels the timer.
#
# The subtle part is telling *our* cancellation from someone else's: the task may also be
# cancelled from outside at the same moment.  Task.cancelling() counts the cancel() calls not
# yet taken back; __aenter__ remembers the count, and __aexit__ takes ours back with
# uncancel().  Only if the count is then no higher than at entry was the cancellation ours
# alone, and becomes TimeoutError; otherwise the CancelledError goes on propagating.
#
#     CREATED --__aenter__--> ENTERED --deadline: task.cancel()--> EXPIRING --__aexit__--> EXPIRED
#                                └──────────────── __aexit__ (no timeout) ────────────────> EXITED
#
# Comes in: asyncio.timeout(delay), asyncio.timeout_at(when); wait_for() (waiting.py) is
# built on it.
# Goes out: Timeout, timeout, timeout_at.
# Read next: taskgroups.py (the same cancelling()/uncancel() bookkeeping).
#
# Differences from CPython: none intended.  (ExceptionGroup is looked up at run time: minipy
# may not have it yet.)

import builtins
import enum

from . import events
from . import exceptions
from . import tasks

__all__ = ('Timeout', 'timeout', 'timeout_at')


class _State(enum.Enum):
    CREATED = "created"
    ENTERED = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    EXITED = "finished"


class Timeout:
    """Asynchronous context manager for cancelling overdue coroutines.

    Use `timeout()` or `timeout_at()` rather than instantiating this class directly.
    """

    def __init__(self, when):
        """Schedule a timeout that will trigger at a given loop time.

        - If `when` is `None`, the timeout will never trigger.
        - If `when < loop.time()`, the timeout will trigger on the next
          iteration of the event loop.
        """
        self._state = _State.CREATED

        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """Return the current deadline."""
        return self._when

    def reschedule(self, when):
        """Reschedule the timeout."""
        if self._state is not _State.ENTERED:
            if self._state is _State.CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(
                f"Cannot change state of {self._state.value} Timeout",
            )

        self._when = when

        if self._timeout_handler is not None:
            self._timeout_handler.cancel()

        if when is None:
            self._timeout_handler = None
        else:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """Is timeout expired during execution?"""
        return self._state in (_State.EXPIRING, _State.EXPIRED)

    def __repr__(self):
        info = ['']
        if self._state is _State.ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        info_str = ' '.join(info)
        return f"<Timeout [{self._state.value}]{info_str}>"

    async def __aenter__(self):
        if self._state is not _State.CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = tasks.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _State.ENTERED
        self._task = task
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_State.ENTERED, _State.EXPIRING)

        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None

        if self._state is _State.EXPIRING:
            self._state = _State.EXPIRED

            if self._task.uncancel() <= self._cancelling and exc_type is not None:
                # Since there are no new cancel requests, we're
                # handling this.
                if issubclass(exc_type, exceptions.CancelledError):
                    raise TimeoutError from exc_val
                elif exc_val is not None:
                    # The block turned our CancelledError into another error: put a
                    # TimeoutError into its chain of contexts.
                    self._insert_timeout_error(exc_val)
                    group = getattr(builtins, 'ExceptionGroup', None)
                    if group is not None and isinstance(exc_val, group):
                        for exc in exc_val.exceptions:
                            self._insert_timeout_error(exc)
        elif self._state is _State.ENTERED:
            self._state = _State.EXITED

        return None

    def _on_timeout(self):
        assert self._state is _State.ENTERED
        self._task.cancel()
        self._state = _State.EXPIRING
        # drop the reference early
        self._timeout_handler = None

    @staticmethod
    def _insert_timeout_error(exc_val):
        while exc_val.__context__ is not None:
            if isinstance(exc_val.__context__, exceptions.CancelledError):
                te = TimeoutError()
                te.__context__ = te.__cause__ = exc_val.__context__
                exc_val.__context__ = te
                break
            exc_val = exc_val.__context__


def timeout(delay):
    """Timeout async context manager: `async with asyncio.timeout(10): ...`.

    delay is in seconds, or None for no limit.  When it expires, the block is cancelled and
    the outermost timeout() that caused the cancellation raises TimeoutError.
    """
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Like timeout(), with an absolute deadline in loop.time()'s clock (None: no limit)."""
    return Timeout(when)
