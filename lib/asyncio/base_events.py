# lib/asyncio/base_events.py — the event loop: a deque of ready callbacks and a heap of timers.
#
# What this step does: the whole scheduler is _run_once(), one turn of the loop:
#
#     1. drop cancelled timers from the top of the heap;
#     2. if nothing is ready, wait until the earliest timer is due (or another thread
#        hands us a callback);
#     3. move every timer whose deadline has passed from the heap into the ready deque;
#     4. run the callbacks that are in the ready deque now — only those: a callback that
#        schedules another one (a Task stepping again) is run on the next turn, so one busy
#        task cannot starve the others or the timers.
#
# run_forever() repeats turns until stop() is called; run_until_complete(fut) adds a done
# callback to fut that calls stop(), then runs forever.  call_soon() appends a Handle to the
# ready deque, call_at() pushes a TimerHandle on the heap (heapq orders them by deadline),
# call_later(d) is call_at(time() + d).  time() is time.monotonic(): deadlines do not move
# when the wall clock is set.
#
# Waiting (step 2): CPython's loops wait in select() on their sockets with a timeout; with no
# sockets here, EventLoop waits on a threading.Event with that timeout — time.sleep() would
# do for timers alone, but an Event can also be woken early by call_soon_threadsafe(), which a
# worker thread of run_in_executor() uses to deliver its result.
#
# Comes in: asyncio.run() and new_event_loop() create an EventLoop; tasks and futures call
# call_soon() on it.
# Goes out: BaseEventLoop, EventLoop.
# Read next: tasks.py (the callbacks that drive coroutines), runners.py (asyncio.run).
#
# Differences from CPython: no sockets, transports, servers, pipes, subprocesses or signal
# handlers; no async-generator hooks (shutdown_asyncgens() has nothing to finalise); no
# slow-callback warnings in debug mode.  The default exception handler writes to sys.stderr
# what CPython logs through `logging` (minipy has no logging module).  EventLoop stands where
# CPython has its selector event loop (asyncio.EventLoop is that class in 3.13+).

import collections
import concurrent.futures
import heapq
import sys
import threading
import time

from . import coroutines
from . import events
from . import futures
from . import tasks

__all__ = ('BaseEventLoop', 'EventLoop')

# Sweep cancelled timers out of the heap when there are more than 100 timers and more than
# half of them are cancelled (otherwise they are dropped when they reach the top).
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# The longest single wait, in seconds.
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # run_forever() already finished, no need to stop it.
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()   # Handles to run on the next turn
        self._scheduled = []                # heap of TimerHandles, earliest first
        self._default_executor = None
        self._thread_id = None              # the running thread, None when not running
        try:
            self._clock_resolution = time.get_clock_info('monotonic').resolution
        except AttributeError:
            self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = coroutines._is_debug_mode()
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def create_future(self):
        """Create a Future object attached to the loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, **kwargs):
        """Schedule the execution of a coroutine object; return its Task."""
        self._check_closed()
        if self._task_factory is not None:
            return self._task_factory(self, coro, **kwargs)
        return tasks.Task(coro, loop=self, **kwargs)

    def set_task_factory(self, factory):
        """Set a task factory, called as factory(loop, coro, **kwargs) by create_task()
        (None restores the default, Task)."""
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        """Return a task factory, or None if the default one is in use."""
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators (none are tracked here)."""
        self._asyncgens_shutdown_called = True

    async def shutdown_default_executor(self, timeout=None):
        """Shut the default executor down, waiting for its threads in a helper thread."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            from . import timeouts
            async with timeouts.timeout(timeout):
                await future
        except TimeoutError:
            print(f"RuntimeWarning: The executor did not finishing joining its threads "
                  f"within {timeout} seconds.", file=sys.stderr)
            self._default_executor.shutdown(wait=False)
        else:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(futures._set_result_unless_cancelled, future, None)
        except Exception as ex:
            if not self.is_closed() and not future.cancelled():
                self.call_soon_threadsafe(future.set_exception, ex)

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)

    def run_until_complete(self, future):
        """Run until the Future is done; a coroutine is wrapped in a Task first.

        Return the Future's result, or raise its exception.
        """
        self._check_closed()
        self._check_running()

        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # An exception is raised if the future didn't complete, so there
            # is no need to log the "destroy pending task" message
            future._log_destroy_pending = False

        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The coroutine raised a BaseException: consume it (the caller has no
                # access to the task to do so).
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')

        return future.result()

    def stop(self):
        """Stop running the event loop.

        Every callback already scheduled will still run.  This simply informs
        run_forever to stop looping after a complete iteration.
        """
        self._stopping = True

    def close(self):
        """Close the event loop: drop the queued callbacks, shut the executor down (without
        waiting).  The loop must not be running."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def is_closed(self):
        """Returns True if the event loop was closed."""
        return self._closed

    def is_running(self):
        """Returns True if the event loop is running."""
        return self._thread_id is not None

    def time(self):
        """The loop's clock: time.monotonic() seconds."""
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Call callback(*args) once, delay seconds from now; return a TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Like call_later(), but at the absolute time `when` of loop.time()."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Call callback(*args) on the next turn of the loop; return a Handle.

        Callbacks run in the order in which they were registered (FIFO).
        """
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines._iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _check_thread(self):
        # Debug mode only: the non-thread-safe methods must be called from the loop's thread.
        if self._thread_id is None:
            return
        if threading.get_ident() != self._thread_id:
            raise RuntimeError("Non-thread-safe operation invoked on an event loop other "
                               "than the current one")

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Like call_soon(), but may be called from another thread: it wakes the loop."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        self._write_to_self()
        return handle

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in a thread of executor (default: a ThreadPoolExecutor made on
        first use); return an asyncio Future for its result."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    # ─────────── errors that no one awaits: exceptions in callbacks, lost task errors ───────────

    def get_exception_handler(self):
        """Return an exception handler, or None if the default one is in use."""
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Set handler(loop, context) as the loop's exception handler (None: the default)."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Print context['message'], the other context entries and the exception's traceback
        to stderr."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            log_lines.append(f'{key}: {context[key]!r}')
        print('\n'.join(log_lines), file=sys.stderr)
        exception = context.get('exception')
        if exception is not None:
            _print_exception(exception)

    def call_exception_handler(self, context):
        """Report an error no one can catch (context: 'message', 'exception', 'task',
        'future', 'handle'...) to the exception handler."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                print('Exception in default exception handler', file=sys.stderr)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                # An error in the user's handler: let the default handler report both.
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    print('Exception in default exception handler while handling an '
                          'unexpected error in custom exception handler', file=sys.stderr)

    # ───────────────────────────── one turn ─────────────────────────────

    def _timer_handle_cancelled(self, handle):
        """Notification that a TimerHandle has been cancelled."""
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _write_to_self(self):
        """Wake the loop if it is waiting (called from other threads)."""
        raise NotImplementedError

    def _wait_for_work(self, timeout):
        """Wait up to timeout seconds (None: until woken) for something to do."""
        raise NotImplementedError

    def _run_once(self):
        """Run one full iteration of the event loop."""
        sched_count = len(self._scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            # Many cancelled timers: rebuild the heap without them.
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            # Remove delayed calls that were cancelled from head of queue.
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            # Compute the desired timeout.
            timeout = self._scheduled[0]._when - self.time()
            if timeout > MAXIMUM_SELECT_TIMEOUT:
                timeout = MAXIMUM_SELECT_TIMEOUT
            elif timeout < 0:
                timeout = 0

        self._wait_for_work(timeout)

        # Handle 'later' callbacks that are ready.
        end_time = self.time() + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        # This is the only place where callbacks are actually *called*: the ones in the
        # deque now, not those they schedule (those run on the next turn).
        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            if self._debug:
                try:
                    self._current_handle = handle
                    handle._run()
                finally:
                    self._current_handle = None
            else:
                handle._run()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


class EventLoop(BaseEventLoop):
    """The event loop of this package: it waits for timers on a threading.Event, which
    call_soon_threadsafe() sets to wake it early."""

    def __init__(self):
        super().__init__()
        self._wakeup = threading.Event()

    def _write_to_self(self):
        self._wakeup.set()

    def _wait_for_work(self, timeout):
        if timeout is None or timeout > 0:
            self._wakeup.wait(timeout)
        # Clear before the ready deque is read: a callback appended after this point sets
        # the Event again and is seen on the next turn at the latest.
        if self._wakeup.is_set():
            self._wakeup.clear()


def _print_exception(exc):
    """Print exc with its traceback to stderr, as the traceback module would."""
    try:
        import traceback
    except ImportError:
        import _thread
        _thread._print_exception(exc)
    else:
        traceback.print_exception(type(exc), exc, exc.__traceback__)
