# lib/threading.py — the `threading` module, written in Python on top of `_thread`.
#
# What this step does: turns the few primitives that threadmodule.cpp provides (start a thread,
# a lock, a re-entrant lock, a joinable thread handle) into the API a Python programmer uses:
# Thread objects with names and join(), and the classic synchronisation tools — Condition,
# Semaphore, Event, Barrier — each built from Locks, as CPython's own threading.py does.
#
# Comes in: `import threading` (this file is frozen into the binary by lib/freeze.sh; tracebacks
# show it as "<frozen threading>").
# Goes out: running threads.  At exit main.cpp calls _shutdown(), which joins every non-daemon
# thread, so a program's threads finish before the interpreter does.
# Read next: threadmodule.cpp (the primitives), threads.cpp (why two threads may touch the same
# list or dict at once without corrupting it).
#
# Free threading note: nothing here relies on a global lock.  The shared tables (_active, the
# name counter) are only changed while holding _active_limbo_lock; a dict operation on its own
# is atomic (dict.cpp runs each one in a critical section), which is all the readers need.

import _thread

_start_joinable_thread = _thread.start_joinable_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = 9223372036.0

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'excepthook', 'local', 'get_native_id']

Lock = _thread.LockType          # as in CPython 3.13+: the lock type itself


def RLock(*args, **kwargs):
    """A re-entrant lock: the thread that holds it may acquire it again."""
    return _thread.RLock(*args, **kwargs)


# ───────────────────────────── Condition ─────────────────────────────
#
# A condition variable: wait() releases the lock, sleeps until notify(), and re-acquires it.
# Each waiter sleeps on a private lock of its own, which it holds before it starts waiting;
# notify() wakes a waiter by releasing that lock.  Waiters are woken in the order they came (a
# list used as a FIFO), so none starves.

class Condition:

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    # For an RLock these save and restore its whole recursion depth; for a plain Lock they are
    # just release and acquire.
    def _release_save(self):
        if hasattr(self._lock, '_release_save'):
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if hasattr(self._lock, '_acquire_restore'):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        # A plain Lock has no owner: "owned" means someone holds it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        while woken < n and self._waiters:
            waiter = self._waiters.pop(0)
            try:
                waiter.release()
                woken += 1
            except RuntimeError:
                pass  # it timed out and is removing itself: wake the next one instead

    def notify_all(self):
        self.notify(len(self._waiters))


def _time():
    import time
    return time.monotonic()


# ───────────────────────────── Semaphores ─────────────────────────────

class Semaphore:
    """A counter of free permits: acquire() takes one (waiting while there are none)."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d>" % (self.__class__.__module__, self.__class__.__qualname__,
                                            id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released more often than it was acquired."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d/%d>" % (self.__class__.__module__, self.__class__.__qualname__,
                                               id(self), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ───────────────────────────── Event ─────────────────────────────

class Event:
    """A flag that threads can wait for: set() wakes every waiter."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return "<%s.%s at %#x: %s>" % (self.__class__.__module__, self.__class__.__qualname__,
                                      id(self), status)

    def is_set(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ───────────────────────────── Barrier ─────────────────────────────
#
# `parties` threads meet: each wait() blocks until the last one arrives, then all go on together.
# The barrier's life is a cycle of states: filling (0) → draining (1) while the woken threads
# leave → filling again; resetting (-1) and broken (-2) release everyone with an error.

class BrokenBarrierError(RuntimeError):
    pass


class Barrier:

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def __repr__(self):
        if self.broken:
            return "<%s.%s at %#x: broken>" % (self.__class__.__module__, self.__class__.__qualname__, id(self))
        return "<%s.%s at %#x: waiters=%d/%d>" % (self.__class__.__module__, self.__class__.__qualname__,
                                                 id(self), self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


# ───────────────────────────── the thread table ─────────────────────────────

_active_limbo_lock = RLock()
_active = {}    # ident -> Thread, for every running thread
_limbo = {}     # Thread -> Thread, started but not yet running
_counter = 0


def _newname(name_template):
    global _counter
    with _active_limbo_lock:
        _counter += 1
        return name_template % _counter


# ───────────────────────────── excepthook ─────────────────────────────

class ExceptHookArgs:
    """What threading.excepthook receives about an exception that ended a thread:
    built from the 4-sequence (exc_type, exc_value, exc_traceback, thread), as in CPython."""

    def __init__(self, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)" % len(args))
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = args

    def __repr__(self):
        return "_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)" % (
            self.exc_type, self.exc_value, self.exc_traceback, self.thread)


def excepthook(args):
    """Print an uncaught thread exception to stderr, as CPython does; SystemExit is silent."""
    if args.exc_type is SystemExit:
        return
    import sys
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    sys.stdout.flush()
    sys.stderr.write("Exception in thread %s:\n" % name)
    _thread._print_exception(args.exc_value)
    sys.stderr.flush()


__excepthook__ = excepthook


# ───────────────────────────── Thread ─────────────────────────────

class Thread:
    """A thread of control: subclass it and override run(), or pass a target."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None, context=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._handle = None
        self._started = Event()
        self._is_stopped = False
        self._locals = []       # threading.local objects this thread used, cleaned up at exit
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            self._handle = _start_joinable_thread(self._bootstrap)
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()  # the new thread is in _active once this returns

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Break the reference cycle thread -> target -> (often) thread.
            del self._target, self._args, self._kwargs

    # The first Python code the new thread runs.
    def _bootstrap(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self
            del _limbo[self]
        self._started.set()
        try:
            self.run()
        except BaseException as exc:
            self._invoke_excepthook(exc)
        finally:
            self._is_stopped = True
            for impl in self._locals:
                impl._forget(self._ident)
            self._locals = []
            with _active_limbo_lock:
                _active.pop(self._ident, None)

    def _invoke_excepthook(self, exc):
        hook = excepthook  # looked up now, so a program's own threading.excepthook is used
        try:
            hook(ExceptHookArgs((type(exc), exc, getattr(exc, '__traceback__', None), self)))
        except BaseException as hook_exc:
            import sys
            sys.stderr.write("Exception in threading.excepthook:\n")
            _thread._print_exception(hook_exc)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None:
            timeout = max(timeout, 0)
        self._handle.join(timeout)

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        return not self._handle.is_done()

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Call a function after a number of seconds, unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the interpreter started in."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        return not self._is_stopped

    def join(self, timeout=None):
        raise RuntimeError("cannot join current thread")


class _DummyThread(Thread):
    """Stands for a thread started directly with _thread: always a daemon, never joinable."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        return not self._is_stopped

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


# ───────────────────────────── module-level functions ─────────────────────────────

def current_thread():
    """The Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def main_thread():
    return _main_thread


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def enumerate():
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


# Functions the standard library wants called when the main program ends but before the
# interpreter waits for its threads: concurrent.futures uses it to tell idle pool workers to exit.
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) at interpreter exit, before non-daemon threads are joined;
    the functions run in the reverse order of registration."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, arg, kwargs))


def _shutdown():
    """Called by main.cpp when the main program ends: wait for every non-daemon thread."""
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    _main_thread._is_stopped = True
    for func, arg, kwargs in reversed(_threading_atexits):
        func(*arg, **kwargs)
    while True:
        with _active_limbo_lock:
            waiting = [t for t in list(_active.values()) + list(_limbo.values())
                       if not t.daemon and t is not _main_thread and t._started.is_set()
                       and not t._handle.is_done()]
        if not waiting:
            break
        for t in waiting:
            t._handle.join()


# ───────────────────────────── thread-local data ─────────────────────────────
#
# local(): an object whose attributes are different in every thread.  Each local keeps one dict
# per thread ident; attribute access looks in the calling thread's dict.  When a threading.Thread
# ends it deletes its dicts, so a later thread that happens to get the same ident starts empty.
# (A thread started directly with _thread does not clean up; its entries live as long as the
# local object.)

class _LocalImpl:

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.dicts = {}      # thread ident -> that thread's attribute dict

    def get_dict(self, obj):
        ident = get_ident()
        try:
            return self.dicts[ident]
        except KeyError:
            pass
        d = {}
        self.dicts[ident] = d
        t = _active.get(ident)
        if t is not None:
            t._locals.append(self)
        # As in CPython, a subclass's __init__ runs again, with the same arguments, in every
        # thread that touches the object.
        init = type(obj).__init__
        if init is not local.__init__:
            init(obj, *self.args, **self.kwargs)
        return d

    def _forget(self, ident):
        self.dicts.pop(ident, None)


class local:

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and (cls.__init__ is object.__init__ or cls.__init__ is local.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl(args, kwargs)
        object.__setattr__(self, '_local__impl', impl)
        impl.dicts[get_ident()] = {}      # the creating thread's dict; its __init__ runs normally
        t = _active.get(get_ident())
        if t is not None:
            t._locals.append(impl)
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __getattribute__(self, name):
        impl = object.__getattribute__(self, '_local__impl')
        d = impl.get_dict(self)
        if name == '__dict__':
            return d
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        impl = object.__getattribute__(self, '_local__impl')
        impl.get_dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        impl = object.__getattribute__(self, '_local__impl')
        d = impl.get_dict(self)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None


_main_thread = _MainThread()
