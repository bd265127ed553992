# lib/asyncio/runners.py — asyncio.run(main()): the one call that starts and ends it all.
#
# What this step does: asyncio.run(coro) is the whole life of an event loop:
#
#     loop = new_event_loop(); set_event_loop(loop)
#     task = loop.create_task(coro)
#     loop.run_until_complete(task)        # turn the loop until main() returns or raises
#     # then clean up: cancel every task still pending and let them finish unwinding,
#     # shut the default executor down, set_event_loop(None), loop.close()
#
# and returns main()'s result (or raises its exception).  Runner is the same thing as a
# context manager that can run several coroutines, one after the other, on one loop.
#
# Comes in: asyncio.run(main()) at the bottom of a program.
# Goes out: run, Runner.
# Read next: base_events.py (run_until_complete), tasks.py (the Task around main()).
#
# Differences from CPython: no SIGINT handling (CPython's Runner turns the first Ctrl-C into
# main_task.cancel()); no contextvars context.

from . import coroutines
from . import events
from . import tasks
from . import waiting

__all__ = ('Runner', 'run')

# Runner states.
_CREATED = "created"
_INITIALIZED = "initialized"
_CLOSED = "closed"

# The longest shutdown_default_executor() waits for the executor's threads, in seconds.
THREAD_JOIN_TIMEOUT = 300


class Runner:
    """A context manager that controls event loop life cycle.

    It always creates a new event loop, runs async functions in it with run(), and closes
    the loop at the exit of the `with` statement:

        with asyncio.Runner(debug=True) as runner:
            runner.run(main())

    is what asyncio.run(main(), debug=True) does.  loop_factory, if given, makes the loop.
    """

    # Note: the class is final, it is not intended for inheritance.

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Shutdown and close event loop."""
        if self._state is not _INITIALIZED:
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor(THREAD_JOIN_TIMEOUT))
        finally:
            if self._set_event_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _CLOSED

    def get_loop(self):
        """Return embedded event loop."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run code in the embedded event loop."""
        if events._get_running_loop() is not None:
            # fail fast with short traceback
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")

        self._lazy_init()

        if not coroutines.iscoroutine(coro):
            if coroutines._isawaitable(coro):
                async def _wrap_awaitable(awaitable):
                    return await awaitable

                coro = _wrap_awaitable(coro)
            else:
                raise TypeError('An asyncio.Future, a coroutine or an '
                                'awaitable is required')

        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state is _CLOSED:
            raise RuntimeError("Runner is closed")
        if self._state is _INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = events.new_event_loop()
            if not self._set_event_loop:
                events.set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = _INITIALIZED


def run(main, *, debug=None, loop_factory=None):
    """Execute the coroutine and return the result.

    Creates a new event loop, runs main in it, cancels the tasks left over, shuts down
    the default executor and closes the loop.  It cannot be called when another asyncio
    event loop is running in the same thread.  Example:

        async def main():
            await asyncio.sleep(1)
            print('hello')

        asyncio.run(main())
    """
    if events._get_running_loop() is not None:
        # fail fast with short traceback
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")

    with Runner(debug=debug, loop_factory=loop_factory) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    # Cancel what main() left running, and turn the loop until they have all unwound.
    to_cancel = tasks.all_tasks(loop)
    if not to_cancel:
        return

    for task in to_cancel:
        task.cancel()

    loop.run_until_complete(waiting.gather(*to_cancel, return_exceptions=True))

    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
