# lib/asyncio/threads.py — asyncio.to_thread(): run a blocking function without blocking the loop.
#
# What this step does: `await asyncio.to_thread(f, x)` runs f(x) in a worker thread of the
# loop's default executor (a concurrent.futures.ThreadPoolExecutor) and awaits an asyncio
# Future that the worker completes through call_soon_threadsafe() — see
# BaseEventLoop.run_in_executor and futures.wrap_future.  Meanwhile the other tasks run.
#
# Comes in: `await asyncio.to_thread(time.sleep, 1)`.
# Goes out: to_thread.
# Read next: lib/concurrent/futures.py (the thread pool).
#
# Differences from CPython: the function does not run in a copy of the caller's contextvars
# context (minipy has no contextvars).

import functools

from . import events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Asynchronously run function *func* in a separate thread.

    Any *args and **kwargs supplied for this function are directly passed
    to *func*.

    Return a coroutine that can be awaited to get the eventual result of *func*.
    """
    loop = events.get_running_loop()
    func_call = functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
