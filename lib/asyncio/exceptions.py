# lib/asyncio/exceptions.py — the exceptions asyncio raises.
#
# What this step does: names the ways an awaited thing can end other than with a value.
#   * CancelledError is what Task.cancel() throws into a coroutine.  It derives from
#     BaseException, not Exception (since Python 3.8), so that a plain `except Exception:`
#     written to log errors does not swallow a cancellation by accident.
#   * TimeoutError is the built-in TimeoutError (since 3.11): timeout() and wait_for() raise it.
#   * InvalidStateError: asking a Future for a result it does not have yet, or setting a
#     result twice.
#
# Comes in: `from .exceptions import *` in __init__.py; the other submodules import it.
# Goes out: CancelledError, InvalidStateError, TimeoutError, BrokenBarrierError.
# Read next: futures.py, the first user of all of them.
#
# Differences from CPython: no IncompleteReadError, LimitOverrunError or
# SendfileNotAvailableError (they belong to streams and sockets, which minipy does not have).

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError')


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


TimeoutError = TimeoutError  # make local alias for the standard exception


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""
