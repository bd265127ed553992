# lib/concurrent/futures.py — `concurrent.futures`: Futures and a pool of worker threads.
#
# What this step does: a Future is a box for a result that does not exist yet.  submit(fn, x)
# puts a work item (the function, its arguments, a new Future) on a SimpleQueue and returns the
# Future at once; a worker thread takes the item, runs it, and stores the return value or the
# exception in the Future, which wakes everyone waiting in result().  The pool starts a worker
# only when no idle one is available, up to max_workers.
#
#   submit(fn, x) ──► [work queue] ──► worker thread: fn(x) ──► future.set_result(v)
#        │                                                            │
#        └──► Future ──── result() waits on the Future's Condition ◄──┘
#
# wait() and as_completed() watch many futures at once: they hang a "waiter" on each one, and
# a Future tells its waiters when it finishes.
#
# Comes in: `from concurrent.futures import ThreadPoolExecutor` (frozen into the binary).
# Goes out: Future, Executor, ThreadPoolExecutor, wait, as_completed, and the exceptions.
# Read next: lib/queue.py (SimpleQueue), lib/threading.py (Condition, Event).
#
# Differences from CPython, whose version is a package (_base.py, thread.py, process.py):
#   * one module; no ProcessPoolExecutor, no InterpreterPoolExecutor;
#   * as_completed() and Executor.map() return iterator objects rather than generators (minipy
#     has no generators yet); they behave the same when iterated;
#   * workers hold a strong reference to their executor (CPython's use a weakref, so an executor
#     that is dropped without shutdown() lets its workers go at once; here they go at exit);
#   * a callback's exception is printed to stderr instead of going through `logging`.

import threading
import time
import queue
import sys
import os
import _thread

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'InvalidStateError', 'BrokenExecutor', 'Future', 'Executor', 'wait',
           'as_completed', 'ThreadPoolExecutor']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# The life of a Future: PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED ->
# CANCELLED_AND_NOTIFIED (the worker saw the cancellation and told the waiters).
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


TimeoutError = TimeoutError   # the built-in one, as in CPython 3.11+


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


class BrokenThreadPool(BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


def _report_callback_error(future):
    sys.stderr.write("exception calling callback for %r\n" % (future,))
    _thread._print_exception(sys.exc_info()[1])


# ───────────────────────────── waiters ─────────────────────────────
#
# A waiter collects the futures that finish while someone is waiting for several at once, and
# sets its Event when the waiting should end.  A Future calls add_result / add_exception /
# add_cancelled on each of its waiters with its own Condition held.

class _Waiter:
    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    """Used by as_completed(): wakes the iterator for every future that finishes."""

    def __init__(self):
        _Waiter.__init__(self)
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            _Waiter.add_result(self, future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            _Waiter.add_exception(self, future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            _Waiter.add_cancelled(self, future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    """Used by wait(return_when=FIRST_COMPLETED)."""

    def add_result(self, future):
        _Waiter.add_result(self, future)
        self.event.set()

    def add_exception(self, future):
        _Waiter.add_exception(self, future)
        self.event.set()

    def add_cancelled(self, future):
        _Waiter.add_cancelled(self, future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    """Used by wait(return_when=FIRST_EXCEPTION and ALL_COMPLETED)."""

    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()
        _Waiter.__init__(self)

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        _Waiter.add_result(self, future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        _Waiter.add_exception(self, future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        _Waiter.add_cancelled(self, future)
        self._decrement_pending_calls()


class _AcquireFutures:
    """Holds the Conditions of several futures at once, taken in id() order so that two
    threads doing this with overlapping futures cannot deadlock."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = 0
        for f in fs:
            if f._state not in _DONE_STATES:
                pending_count += 1
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _unique(fs):
    """The futures of fs without repeats, in their first order (CPython uses a set)."""
    out = []
    for f in fs:
        seen = False
        for g in out:
            if g is f:
                seen = True
                break
        if not seen:
            out.append(f)
    return out


class _AsCompletedIterator:
    """What as_completed() returns: yields each future as it finishes (first those already
    finished), and raises TimeoutError when the deadline passes with futures still pending."""

    def __init__(self, fs, timeout):
        self._end_time = None if timeout is None else timeout + time.monotonic()
        self._fs = _unique(fs)
        self._total = len(self._fs)
        with _AcquireFutures(self._fs):
            self._ready = [f for f in self._fs if f._state in _DONE_STATES]
            self._pending = [f for f in self._fs if f._state not in _DONE_STATES]
            self._waiter = _create_and_install_waiters(self._fs, _AS_COMPLETED)
        self._ready.reverse()   # popped from the end: first in, first out
        self._closed = False

    def __iter__(self):
        return self

    def _close(self):
        if not self._closed:
            self._closed = True
            for f in self._fs:
                with f._condition:
                    f._waiters.remove(self._waiter)

    def __next__(self):
        while True:
            if self._ready:
                f = self._ready.pop()
                for i in range(len(self._pending)):
                    if self._pending[i] is f:
                        del self._pending[i]
                        break
                return f
            if not self._pending:
                self._close()
                raise StopIteration
            if self._end_time is None:
                wait_timeout = None
            else:
                wait_timeout = self._end_time - time.monotonic()
                if wait_timeout < 0:
                    self._close()
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(self._pending), self._total))
            self._waiter.event.wait(wait_timeout)
            with self._waiter.lock:
                finished = self._waiter.finished_futures
                self._waiter.finished_futures = []
                self._waiter.event.clear()
            finished.reverse()
            self._ready = finished


def as_completed(fs, timeout=None):
    """An iterator over the given futures that yields each as it completes.

    Raises TimeoutError if __next__() is called and the result isn't available after timeout
    seconds from the original call to as_completed().
    """
    return _AsCompletedIterator(fs, timeout)


class DoneAndNotDoneFutures(tuple):
    """What wait() returns: the named 2-tuple (done, not_done) of sets of futures."""

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self[0], self[1])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs to complete; returns the sets (done, not_done).

    return_when is FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED.
    """
    fs = _unique(fs)
    with _AcquireFutures(fs):
        done = [f for f in fs if f._state in _DONE_STATES]
        if return_when == FIRST_COMPLETED and done:
            return _done_and_not_done(fs, done)
        elif return_when == FIRST_EXCEPTION and done:
            for f in done:
                if not f.cancelled() and f.exception() is not None:
                    return _done_and_not_done(fs, done)
        if len(done) == len(fs):
            return _done_and_not_done(fs, done)
        waiter = _create_and_install_waiters(fs, return_when)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done = done + waiter.finished_futures
    return _done_and_not_done(fs, done)


def _done_and_not_done(fs, done):
    not_done = [f for f in fs if f not in done]
    return DoneAndNotDoneFutures(set(done), set(not_done))


# ───────────────────────────── Future ─────────────────────────────

class Future:
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        """Initializes the future. Should not be called by clients."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _report_callback_error(self)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                else:
                    return '<%s at %#x state=%s returned %s>' % (
                        self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        """Cancel the future if possible.

        Returns True if the future was cancelled, False otherwise. A future cannot be cancelled
        if it is running or has already completed.
        """
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Return True if the future is currently executing."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or finished executing."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _get_result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Attaches a callable that will be called when the future finishes.

        The callable is called with the future as its only argument; if the future has already
        completed or been cancelled, it is called immediately.
        """
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _report_callback_error(self)

    def result(self, timeout=None):
        """Return the result of the call that the future represents.

        Raises CancelledError if the future was cancelled, TimeoutError if it did not complete
        within timeout seconds, and the call's own exception if the call raised.
        """
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            elif self._state == FINISHED:
                return self._get_result()
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            elif self._state == FINISHED:
                return self._get_result()
            else:
                raise TimeoutError()

    def exception(self, timeout=None):
        """Return the exception raised by the call that the future represents (None if the
        call completed without raising)."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            else:
                raise TimeoutError()

    # The executor's side (and for unit tests).

    def set_running_or_notify_cancel(self):
        """Mark the future as running or process any cancel notifications.

        Returns False if the Future was cancelled (the call must not run), True if it is now
        running.
        """
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Sets the return value of work associated with the future."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Sets the result of the future as being the given exception."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


# ───────────────────────────── Executor ─────────────────────────────

def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


class _MapIterator:
    """What Executor.map() returns: the results in the order of the inputs.  The timeout
    counts from the call to map(); when a result fails or times out the rest are cancelled."""

    def __init__(self, fs, timeout):
        self._fs = fs
        self._fs.reverse()   # popped from the end: first in, first out
        self._end_time = None if timeout is None else timeout + time.monotonic()

    def __iter__(self):
        return self

    def __next__(self):
        if not self._fs:
            raise StopIteration
        try:
            if self._end_time is None:
                return _result_or_cancel(self._fs.pop())
            return _result_or_cancel(self._fs.pop(), self._end_time - time.monotonic())
        except BaseException:
            for future in self._fs:
                future.cancel()
            self._fs = []
            raise


class Executor:
    """This is an abstract base class for concrete asynchronous executors."""

    def submit(self, fn, /, *args, **kwargs):
        """Submits a callable to be executed with the given arguments; returns a Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1, buffersize=None):
        """Returns an iterator equivalent to map(fn, iter), with the calls made by the
        executor's workers; results come back in the order of the inputs."""
        if buffersize is not None:
            if not isinstance(buffersize, int):
                raise TypeError("buffersize must be an integer or None")
            if buffersize < 1:
                raise ValueError("buffersize must be None or > 0")
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        return _MapIterator(fs, timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Clean-up the resources associated with the Executor."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


# ───────────────────────────── ThreadPoolExecutor ─────────────────────────────

_shutdown = False                       # the interpreter is exiting
_global_shutdown_lock = threading.Lock()
_work_queues = []                       # every pool's queue, to wake its workers at exit


def _python_exit():
    """At exit (threading._register_atexit): tell every idle worker to stop."""
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    for q in _work_queues:
        q.put(None)


threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            sys.stderr.write("Exception in initializer:\n")
            _thread._print_exception(sys.exc_info()[1])
            executor._initializer_failed()
            return
    while True:
        try:
            work_item = work_queue.get_nowait()
        except queue.Empty:
            executor._idle_semaphore.release()   # one more idle worker
            work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            work_item = None
            continue
        # None means: stop.  Put it back so that the next worker sees it too.
        if _shutdown or executor._shutdown:
            executor._shutdown = True
            work_queue.put(None)
            return


class ThreadPoolExecutor(Executor):

    _counter = [0]   # numbers the pools, for their default thread names

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        """Initializes a new ThreadPoolExecutor instance.

        max_workers: the most threads the pool uses; by default min(32, CPUs + 4).
        thread_name_prefix: names the workers PREFIX_0, PREFIX_1, ...
        initializer, initargs: a callable that each worker calls first.
        """
        if max_workers is None:
            # At least 5 workers for I/O-bound tasks, at most 32 so that big machines are not
            # swamped with threads.
            max_workers = min(32, (os.process_cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = []
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        n = ThreadPoolExecutor._counter[0]
        ThreadPoolExecutor._counter[0] = n + 1
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % n)
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # An idle worker will take the new item: no new thread is needed.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, num_threads),
                                 target=_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.append(t)
            if num_threads == 0:
                _work_queues.append(self._work_queue)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Every queued task fails now.
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Drain the queue, cancelling what has not started.
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            # A None wakes one worker, which passes it on to the next before it exits.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
