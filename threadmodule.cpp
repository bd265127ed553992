// threadmodule.cpp — the `_thread` module: OS threads and the locks Python code sees.
//
// What this step does: gives Python programs real threads.  start_new_thread(f, args) starts an
// OS thread with its own ThreadState (its own frame stack, current exception, merge queue and
// thread id) and calls f(*args) in it; from then on both threads run bytecode at the same time
// with no global lock.  Also here: the Python-level lock types.
//
//   LockType   _thread.allocate_lock(): acquire(blocking=True, timeout=-1), release(), locked(),
//              `with`.  Any thread may release it (a Lock is a binary semaphore, not an owner lock).
//   RLock      re-entrant: the owning thread may acquire it again; only the owner may release.
//
// Why not ob_mutex for these?  ob_mutex protects one object's data for a few instructions and must
// never be held while Python code runs (DESIGN invariant 3).  A Python Lock is held across
// arbitrary Python code and waited on with timeouts, so it is a std::mutex + condition variable
// that is only held for the instant it takes to flip `locked`.
//
// Comes in: calls from lib/threading.py (the `threading` module is Python built on this one).
// Goes out: running threads; their uncaught exceptions are printed by threading.py's excepthook.
// Read next: threads.cpp (what a second thread changes for reference counting), lib/threading.py.
#include "builtins.h"

#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <optional>

static TypeObject Lock_Type, RLock_Type;
static std::atomic<int64_t> running_threads{0};  // threads started by start_new_thread, still running

// ───────────────────────────── waiting with a timeout ─────────────────────────────

// Python's (blocking, timeout) pair as a deadline: returns false for "don't wait at all".
// timeout < 0 means forever (only -1 is accepted, as in CPython).
static double parse_timeout(const char* fname, Object* const* args, size_t nargs, Object* kwnames, bool* blocking) {
    Object* a[2] = {nullptr, nullptr};
    parse_args(fname, args, nargs, kwnames, {"blocking", "timeout"}, 0, a);
    *blocking = a[0] ? truthy(a[0]) : true;
    double timeout = a[1] ? as_double(a[1]) : -1.0;
    if (!*blocking && timeout != -1.0) raise_msg(Exc_ValueError, "can't specify a timeout for a non-blocking call");
    if (timeout < 0 && timeout != -1.0) raise_msg(Exc_ValueError, "timeout value must be a non-negative number");
    if (std::isnan(timeout) || timeout > 9.2e9) raise_msg(Exc_OverflowError, "timeout value is too large");
    return timeout;
}

// Wait on cv until ready() or the timeout passes; the caller holds lk.  With the GIL on
// (-X gil=1) the wait happens without it, so other threads can run — and lk is never held while
// waiting for the GIL, since the GIL's holder may need lk to release this very lock.
template <class Ready>
static bool wait_until(std::unique_lock<std::mutex>& lk, std::condition_variable& cv, bool blocking, double timeout,
                       Ready ready) {
    if (ready()) return true;
    if (!blocking) return false;
    auto deadline = std::chrono::steady_clock::now() +
                    std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(timeout < 0 ? 0 : timeout));
    for (;;) {
        std::optional<AllowThreads> nogil;  // GIL released (if on), QSBR offline, while waiting
        lk.unlock(); nogil.emplace(); lk.lock();
        bool ok = true;
        if (timeout < 0) cv.wait(lk, ready);
        else ok = cv.wait_until(lk, deadline, ready);
        lk.unlock(); nogil.reset(); lk.lock();
        if (ready()) return true;  // still free now that we hold lk again
        if (!ok) return false;     // timed out
        // Another thread took it while we were getting the GIL back: wait again.
    }
}

// ───────────────────────────── Lock ─────────────────────────────

struct LockObject : Object {
    std::mutex m;
    std::condition_variable cv;
    bool locked = false;
    uintptr_t owner = 0;  // RLock only: the holding thread's tid
    int64_t count = 0;    // RLock only: how many times the owner acquired it
};

static LockObject* as_lock(Object* o) { return static_cast<LockObject*>(o); }

static Obj lock_acquire(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    bool blocking;
    double timeout = parse_timeout("acquire", args, nargs, kwnames, &blocking);
    LockObject* l = as_lock(self);
    std::unique_lock<std::mutex> lk(l->m);
    bool got = wait_until(lk, l->cv, blocking, timeout, [l] { return !l->locked; });
    if (got) l->locked = true;
    return newref(got ? Py_True : Py_False);
}

static Obj lock_release(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("release", nargs, kwnames, 0, 0);
    LockObject* l = as_lock(self);
    {
        std::lock_guard<std::mutex> lk(l->m);
        if (!l->locked) raise_msg(Exc_RuntimeError, "release unlocked lock");
        l->locked = false;
    }
    l->cv.notify_one();
    return newref(Py_None);
}

static Obj lock_locked(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("locked", nargs, kwnames, 0, 0);
    LockObject* l = as_lock(self);
    std::lock_guard<std::mutex> lk(l->m);
    return newref(l->locked ? Py_True : Py_False);
}

static Obj lock_exit(Object* self, Object* const*, size_t, Object*) {
    return lock_release(self, nullptr, 0, nullptr);
}

static Obj lock_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs(type->name.c_str(), nargs, kwnames, 0, 0);
    return alloc_object<LockObject>(type);
}

static Obj lock_repr(Object* self) {
    LockObject* l = as_lock(self);
    bool locked;
    {
        std::lock_guard<std::mutex> lk(l->m);
        locked = l->locked;
    }
    return str_new(strfmt("<%s _thread.lock object at %p>", locked ? "locked" : "unlocked", (void*)self));
}

// ───────────────────────────── RLock ─────────────────────────────

static Obj rlock_acquire(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    bool blocking;
    double timeout = parse_timeout("acquire", args, nargs, kwnames, &blocking);
    LockObject* l = as_lock(self);
    uintptr_t me = current_tid();
    std::unique_lock<std::mutex> lk(l->m);
    if (l->locked && l->owner == me) {
        l->count++;
        return newref(Py_True);
    }
    bool got = wait_until(lk, l->cv, blocking, timeout, [l] { return !l->locked; });
    if (got) {
        l->locked = true;
        l->owner = me;
        l->count = 1;
    }
    return newref(got ? Py_True : Py_False);
}

static Obj rlock_release(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("release", nargs, kwnames, 0, 0);
    LockObject* l = as_lock(self);
    bool wake = false;
    {
        std::lock_guard<std::mutex> lk(l->m);
        if (!l->locked || l->owner != current_tid()) raise_msg(Exc_RuntimeError, "cannot release un-acquired lock");
        if (--l->count == 0) {
            l->locked = false;
            l->owner = 0;
            wake = true;
        }
    }
    if (wake) l->cv.notify_one();
    return newref(Py_None);
}

static Obj rlock_exit(Object* self, Object* const*, size_t, Object*) {
    return rlock_release(self, nullptr, 0, nullptr);
}

// Condition.wait() on an RLock must release it completely, however deep the owner's nesting, and
// later restore exactly that depth: _release_save() returns the state, _acquire_restore() takes it.
static Obj rlock_release_save(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("_release_save", nargs, kwnames, 0, 0);
    LockObject* l = as_lock(self);
    int64_t count;
    uintptr_t owner;
    {
        std::lock_guard<std::mutex> lk(l->m);
        if (!l->locked || l->owner != current_tid()) raise_msg(Exc_RuntimeError, "cannot release un-acquired lock");
        count = l->count;
        owner = l->owner;
        l->locked = false;
        l->owner = 0;
        l->count = 0;
    }
    l->cv.notify_one();
    Obj c = int_from_i64(count), o = int_from_u64(owner);
    return tuple_pack({c.get(), o.get()});
}

static Obj rlock_acquire_restore(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("_acquire_restore", nargs, kwnames, 1, 1);
    Object* st = args[0];
    if (!is_tuple(st) || tuple_size(st) != 2 || !is_int(tuple_item(st, 0)) || !is_int(tuple_item(st, 1)))
        raise_msg(Exc_TypeError, "_acquire_restore() argument must be a (count, owner) tuple");
    int64_t count = int_as_i64(tuple_item(st, 0));
    int64_t owner = int_as_i64(tuple_item(st, 1));
    LockObject* l = as_lock(self);
    std::unique_lock<std::mutex> lk(l->m);
    wait_until(lk, l->cv, true, -1.0, [l] { return !l->locked; });
    l->locked = true;
    l->owner = uintptr_t(owner);
    l->count = count;
    return newref(Py_None);
}

static Obj rlock_is_owned(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("_is_owned", nargs, kwnames, 0, 0);
    LockObject* l = as_lock(self);
    std::lock_guard<std::mutex> lk(l->m);
    return newref(l->locked && l->owner == current_tid() ? Py_True : Py_False);
}

static Obj rlock_repr(Object* self) {
    LockObject* l = as_lock(self);
    std::lock_guard<std::mutex> lk(l->m);
    return str_new(strfmt("<%s _thread.RLock object owner=%lu count=%lld at %p>", l->locked ? "locked" : "unlocked",
                          (unsigned long)(l->locked ? l->owner : 0), (long long)l->count, (void*)self));
}

// ───────────────────────────── starting threads ─────────────────────────────

// What join() waits for.  Shared (std::shared_ptr) by the Python handle object and the running
// thread, because the thread signals it *after* its last reference-count operation, when it may
// no longer touch any Python object.
struct JoinState {
    std::mutex m;
    std::condition_variable cv;
    bool done = false;
    uint64_t ident = 0;  // pthread_self() of the new thread
};

struct ThreadStart {
    Object* func; Object* args; Object* kwargs;  // owned references
    std::shared_ptr<JoinState> join;             // null for start_new_thread
};

// func(*args, **kwargs) with args a tuple and kwargs a dict or null.
static Obj call_with_star_args(Object* func, Object* args, Object* kwargs) {
    std::vector<Object*> argv;
    for (size_t i = 0; i < tuple_size(args); i++) argv.push_back(tuple_item(args, i));
    size_t npositional = argv.size();
    Obj kwnames;
    if (kwargs && dict_size(kwargs) > 0) {  // kwargs is private to this call: borrowing is safe
        kwnames = tuple_new(dict_size(kwargs));
        size_t pos = 0, i = 0;
        Object *k, *v;
        while (dict_next(kwargs, &pos, &k, &v)) {
            static_cast<TupleObject*>(kwnames.get())->items[i++] = newref(k).release();
            argv.push_back(v);
        }
    }
    return call(func, argv.data(), npositional, kwnames.get());
}

// The new OS thread: attach a thread state, call func(*args, **kwargs), detach.  References
// handed over from the starting thread are owned by it, so dropping them here takes the shared
// path of biased reference counting (threads.cpp) — exactly the case the merge queue exists for.
static void* thread_main(void* p) {
    auto* start = static_cast<ThreadStart*>(p);
    ThreadState* ts = thread_state_new();
    gil_acquire(ts);  // no-op unless -X gil=1
    try {
        Obj r = call_with_star_args(start->func, start->args, start->kwargs);
    } catch (PyError&) {
        Obj exc = fetch_exception();
        if (!is_subtype(type_of(exc.get()), Exc_SystemExit)) {
            std::string head = "Exception ignored in thread started by: " + repr_string(start->func) + "\n";
            fwrite(head.data(), 1, head.size(), stderr);
            print_exception(exc.get());
        }
    }
    decref(start->func);
    decref(start->args);
    xdecref(start->kwargs);
    std::shared_ptr<JoinState> join = std::move(start->join);
    delete start;
    thread_state_delete(ts);  // must be this thread's last reference-count operation (it also releases the GIL)
    running_threads.fetch_sub(1, std::memory_order_release);
    if (join) {
        std::lock_guard<std::mutex> lk(join->m);
        join->done = true;
        join->cv.notify_all();
    }
    return nullptr;
}

// Starts thread_main(start) on a new detached OS thread; returns its pthread id.  On failure the
// references in `start` are dropped and RuntimeError is raised.
static uint64_t spawn_thread(ThreadStart* start) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, size_t(256) << 20);  // the same C stack as the main thread (main.cpp)
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t th;
    if (!multithreaded.load(std::memory_order_relaxed)) {
        immortalize_deferred_objects();  // while this is still the only thread (threads.cpp)
        multithreaded.store(true, std::memory_order_relaxed);  // from now on object locks are taken
    }
    running_threads.fetch_add(1, std::memory_order_relaxed);
    count_thread_started();
    int err = pthread_create(&th, &attr, thread_main, start);
    pthread_attr_destroy(&attr);
    if (err != 0) {
        running_threads.fetch_sub(1, std::memory_order_relaxed);
        decref(start->func);
        decref(start->args);
        xdecref(start->kwargs);
        delete start;
        raise_msg(Exc_RuntimeError, "can't start new thread");
    }
    return uint64_t(th);
}

static Obj thread_start_new_thread(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("start_new_thread", nargs, kwnames, 2, 3);
    if (!is_callable(args[0])) raise_msg(Exc_TypeError, "first arg must be callable");
    if (!is_tuple(args[1])) raise_msg(Exc_TypeError, "2nd arg must be a tuple");
    Object* kwargs = nargs == 3 ? args[2] : nullptr;
    if (kwargs && !is_dict(kwargs)) raise_msg(Exc_TypeError, "optional 3rd arg must be a dictionary");
    auto* start = new ThreadStart{newref(args[0]).release(), newref(args[1]).release(),
                                  kwargs ? newref(kwargs).release() : nullptr, nullptr};
    return int_from_u64(spawn_thread(start));
}

// ───────────────────────────── joinable threads ─────────────────────────────
//
// threading.Thread.join() must not return until the thread has really finished — including its
// thread-state teardown (merging its queued objects) — or the interpreter could exit under it.
// A Python-level lock released at the end of the thread's Python code would be too early, so
// the thread signals a C++ JoinState after its last reference-count operation, and
// _thread._ThreadHandle.join(timeout) waits on that.

static TypeObject ThreadHandle_Type;

struct ThreadHandleObject : Object {
    std::shared_ptr<JoinState> join;
};

static JoinState& join_state(Object* self) { return *static_cast<ThreadHandleObject*>(self)->join; }

// start_joinable_thread(function) -> _ThreadHandle: call function() in a new thread.
static Obj thread_start_joinable_thread(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[1] = {nullptr};
    parse_args("start_joinable_thread", args, nargs, kwnames, {"function"}, 1, a);
    if (!is_callable(a[0])) raise_msg(Exc_TypeError, "thread function must be callable");
    Obj handle = alloc_object<ThreadHandleObject>(&ThreadHandle_Type);
    auto join = std::make_shared<JoinState>();
    static_cast<ThreadHandleObject*>(handle.get())->join = join;
    auto* start = new ThreadStart{newref(a[0]).release(), tuple_new(0).release(), nullptr, join};
    std::lock_guard<std::mutex> lk(join->m);  // publish ident before the thread can signal done
    join->ident = spawn_thread(start);
    return handle;
}

// handle.join(timeout=None): wait until the thread has finished; returns None either way (the
// caller asks is_done() to learn whether a timeout expired, as threading.Thread.join does).
static Obj handle_join(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[1] = {nullptr};
    parse_args("join", args, nargs, kwnames, {"timeout"}, 0, a);
    double timeout = (a[0] && a[0] != Py_None) ? as_double(a[0]) : -1.0;
    JoinState& j = join_state(self);
    if (j.ident == uint64_t(pthread_self()) && !j.done) raise_msg(Exc_RuntimeError, "Cannot join current thread");
    if (std::isnan(timeout) || timeout > 9.2e9) raise_msg(Exc_OverflowError, "timeout value is too large");
    std::unique_lock<std::mutex> lk(j.m);
    wait_until(lk, j.cv, true, timeout, [&j] { return j.done; });
    return newref(Py_None);
}

static Obj handle_is_done(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("is_done", nargs, kwnames, 0, 0);
    JoinState& j = join_state(self);
    std::lock_guard<std::mutex> lk(j.m);
    return newref(j.done ? Py_True : Py_False);
}

static Obj handle_ident(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("_ident", nargs, kwnames, 0, 0);
    JoinState& j = join_state(self);
    std::lock_guard<std::mutex> lk(j.m);
    return int_from_u64(j.ident);
}

static Obj handle_repr(Object* self) {
    JoinState& j = join_state(self);
    std::lock_guard<std::mutex> lk(j.m);
    return str_new(strfmt("<_thread._ThreadHandle object: ident=%llu>", (unsigned long long)j.ident));
}

static Obj thread_get_ident(Object*, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("get_ident", nargs, kwnames, 0, 0);
    return int_from_u64(uint64_t(pthread_self()));
}

static Obj thread_get_native_id(Object*, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("get_native_id", nargs, kwnames, 0, 0);
    return int_from_i64(int64_t(syscall(SYS_gettid)));
}

int64_t thread_running_count() { return running_threads.load(std::memory_order_acquire); }

static Obj thread_count(Object*, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("_count", nargs, kwnames, 0, 0);
    return int_from_i64(running_threads.load(std::memory_order_acquire));
}

static Obj thread_allocate_lock(Object*, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("allocate_lock", nargs, kwnames, 0, 0);
    return alloc_object<LockObject>(&Lock_Type);
}

// threading.excepthook's printing: the exception and its traceback, as the main thread would.
static Obj thread_print_exception(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("_print_exception", nargs, kwnames, 1, 1);
    fflush(stdout);
    print_exception(args[0]);
    return newref(Py_None);
}

Obj make_thread_module() {
    static bool types_ready = false;  // import_mutex serialises the first import
    if (!types_ready) {
        types_ready = true;
        Lock_Type.dealloc = dealloc_as<LockObject>;
        Lock_Type.new_ = lock_new;
        Lock_Type.repr = lock_repr;
        type_ready(&Lock_Type, "_thread.lock", &Object_Type, sizeof(LockObject));
        add_methods(&Lock_Type, {{"acquire", lock_acquire}, {"release", lock_release}, {"locked", lock_locked},
                                 {"__enter__", lock_acquire}, {"__exit__", lock_exit},
                                 {"acquire_lock", lock_acquire}, {"release_lock", lock_release}});
        RLock_Type.dealloc = dealloc_as<LockObject>;
        RLock_Type.new_ = lock_new;
        RLock_Type.repr = rlock_repr;
        type_ready(&RLock_Type, "_thread.RLock", &Object_Type, sizeof(LockObject));
        add_methods(&RLock_Type, {{"acquire", rlock_acquire}, {"release", rlock_release},
                                  {"__enter__", rlock_acquire}, {"__exit__", rlock_exit},
                                  {"_is_owned", rlock_is_owned}, {"_release_save", rlock_release_save},
                                  {"_acquire_restore", rlock_acquire_restore}});
        ThreadHandle_Type.dealloc = dealloc_as<ThreadHandleObject>;
        ThreadHandle_Type.repr = handle_repr;
        type_ready(&ThreadHandle_Type, "_thread._ThreadHandle", &Object_Type, sizeof(ThreadHandleObject));
        add_methods(&ThreadHandle_Type, {{"join", handle_join}, {"is_done", handle_is_done}, {"_ident", handle_ident}});
    }
    Obj m = new_module("_thread");
    struct { const char* name; NativeFn fn; } fns[] = {
        {"start_new_thread", thread_start_new_thread}, {"get_ident", thread_get_ident},
        {"get_native_id", thread_get_native_id}, {"_count", thread_count},
        {"allocate_lock", thread_allocate_lock}, {"_print_exception", thread_print_exception},
        {"start_joinable_thread", thread_start_joinable_thread},
    };
    for (auto& f : fns) add_module_function(m.get(), f.name, f.fn);
    Object* d = module_dict(m.get());
    dict_set(d, intern_cstr("LockType"), (Object*)&Lock_Type);
    dict_set(d, intern_cstr("RLock"), (Object*)&RLock_Type);
    dict_set(d, intern_cstr("error"), (Object*)Exc_RuntimeError);
    return m;
}
