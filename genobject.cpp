// genobject.cpp — generators: frames that outlive their call.
//
// What this step does: a function whose body contains `yield` is compiled with CO_GENERATOR and
// starts with RETURN_GENERATOR.  Calling it pushes an ordinary frame and binds the arguments as
// usual; RETURN_GENERATOR then moves that frame (its slots, its function) into a new generator
// object, which it returns to the caller.  From then on the frame lives inside the generator:
//
//   GenObject   [ 32-byte header | state | name, qualname, code | exc_state ][ Frame | slots.. ]
//                                                                               ^ gen_frame(g)
//
// Each next()/send() links that frame onto the running thread (frame->previous = the caller),
// runs eval_frame() on it until YIELD_VALUE hands a value out (the frame stays, suspended at
// the instruction after the yield) or RETURN_VALUE ends it (StopIteration(value) for the
// caller).  CPython 3.11+ does the same: _PyGenObject embeds its _PyInterpreterFrame.
//
// States: CREATED → RUNNING ⇄ SUSPENDED → COMPLETED.  Free threading: the state is an atomic;
// resuming is a compare-and-swap from CREATED/SUSPENDED to RUNNING, so a generator runs on at
// most one thread at a time (the loser gets "ValueError: generator already executing", as in
// CPython).  The release store that ends a run publishes the frame to the next resumer.
//
// yield from:  GET_YIELD_FROM_ITER; LOAD_CONST None; loop: SEND end; YIELD_VALUE 1; JUMP loop;
// end: END_SEND.  While suspended in that loop the sub-iterator sits on top of the frame's stack,
// so throw() and close() pass the exception down to it first (gen_yf).
//
// Comes in: a frame from RETURN_GENERATOR (vm.cpp).  Goes out: the generator type: iteration,
// send/throw/close, gi_* attributes.  Read next: vm.cpp (YIELD_VALUE, SEND), docs/ (generators).
#include "minipy.h"
#include "builtins.h"

TypeObject Gen_Type, Coro_Type, AsyncGen_Type;
static TypeObject CoroWrapper_Type, AsyncGenWrapped_Type, AsyncGenASend_Type, AsyncGenAThrow_Type;

enum GenState : uint8_t { GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_COMPLETED };

struct GenObject : Object {
    std::atomic<uint8_t> state{GEN_CREATED};
    Object* name = nullptr;       // str, owned (__name__)
    Object* qualname = nullptr;   // str, owned (__qualname__)
    CodeObject* code = nullptr;   // owned: gi_code outlives the frame's function
    Object* exc_state = nullptr;  // the exception the suspended frame is handling (owned), or null
};

// The frame sits right after the object, 16-byte aligned like frames on the data stack.
constexpr size_t GEN_FRAME_OFFSET = (sizeof(GenObject) + 15) & ~size_t(15);
static Frame* gen_frame(GenObject* g) { return reinterpret_cast<Frame*>(reinterpret_cast<char*>(g) + GEN_FRAME_OFFSET); }
static GenObject* as_gen(Object* o) { return static_cast<GenObject*>(o); }
static bool is_gen(Object* o) { return type_of(o) == &Gen_Type || type_of(o) == &Coro_Type || type_of(o) == &AsyncGen_Type; }
static bool is_coro(Object* o) { return type_of(o) == &Coro_Type; }
// "generator" or "coroutine", for the messages the two share.
static const char* kind_of(Object* o) {
    return is_coro(o) ? "coroutine" : type_of(o) == &AsyncGen_Type ? "async generator" : "generator";
}

// ───────────── creation and destruction ─────────────

Obj gen_from_frame(Frame* f) {
    CodeObject* co = f->code;
    TypeObject* type = (co->flags & CO_COROUTINE) ? &Coro_Type : (co->flags & CO_ASYNC_GENERATOR) ? &AsyncGen_Type : &Gen_Type;
    auto g = alloc_object<GenObject>(type, GEN_FRAME_OFFSET - sizeof(GenObject) + frame_size(co));
    Frame* gf = gen_frame(g.get());
    // Move, don't copy: the slots' references now belong to the generator's frame.
    std::memcpy(static_cast<void*>(gf), static_cast<const void*>(f), sizeof(Frame));
    size_t nslots = size_t(f->sp - f->localsplus);
    std::memcpy(gf->localsplus, f->localsplus, sizeof(Object*) * nslots);
    gf->sp = gf->localsplus + nslots;
    gf->instr = f->instr + 1;  // resume after RETURN_GENERATOR
    gf->previous = nullptr;
    gf->is_entry = true;       // a generator is always resumed from C++ (gen_send)
    gf->owner = FRAME_OWNED_BY_GENERATOR;
    gf->yielded = false;
    f->sp = f->localsplus;     // the caller's copy is now empty ...
    f->func = nullptr;         // ... and no longer owns the function
    g->name = newref(gf->func->name).release();
    g->qualname = newref(gf->func->qualname).release();
    incref(co);
    g->code = co;
    return g;
}

// Drop what a not-yet-finished frame still owns (a finished one was emptied by pop_frame).
static void gen_clear_frame(GenObject* g) {
    Frame* f = gen_frame(g);
    Object** end = f->sp;
    f->sp = f->localsplus;
    for (Object** p = f->localsplus; p < end; ++p) xdecref(*p);
    Object* func = f->func;
    f->func = nullptr;
    xdecref(func);
}

static Obj gen_close(GenObject* g);
static Object* gen_yf(GenObject* g);

// A coroutine that was made but never started is almost always a missing `await`: CPython
// warns when it is dropped (RuntimeWarning, at the line that dropped it).
static void warn_never_awaited(GenObject* g) {
    ThreadState* ts = tstate();
    Object* pending = ts->curexc;  // we may be called while an exception unwinds
    ts->curexc = nullptr;
    try {
        Obj q = newref(g->qualname);
        if (warn(Exc_RuntimeWarning, "coroutine '" + std::string(str_view(q.get())) + "' was never awaited")) {
            Obj file = interp.sys ? dict_get_str(module_dict(interp.sys), intern_cstr("stderr")) : Obj();
            Obj line = str_new("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
            Object* arg = line.get();
            if (file && file.get() != Py_None) call_method(file.get(), "write", &arg, 1);
        }
    } catch (PyError&) {
        fetch_exception();  // a broken sys.stderr: nothing more can be reported
    }
    ts->curexc = pending;
}

static void gen_dealloc(Object* o) {
    GenObject* g = as_gen(o);
    Frame* f = gen_frame(g);
    if (is_coro(o) && g->state.load(std::memory_order_acquire) == GEN_CREATED) warn_never_awaited(g);
    // A generator dropped while suspended inside try/with is closed first, so that its finally
    // blocks run (PEP 342).  One suspended outside any try has nothing to run: just free it.
    // One suspended in a `yield from` closes its delegate too, as CPython's close() would.
    if (g->state.load(std::memory_order_acquire) == GEN_SUSPENDED && (find_handler(f->code, f->instr - 1) || gen_yf(g))) {
        ThreadState* ts = tstate();
        Object* pending = ts->curexc;  // we may be called while an exception unwinds
        ts->curexc = nullptr;
        try {
            gen_close(g);
        } catch (PyError&) {
            Obj exc = fetch_exception();
            std::string head = std::string("Exception ignored while closing ") + kind_of(o) + " " + repr_string(o) + ":\n";
            fflush(stdout);
            fwrite(head.data(), 1, head.size(), stderr);
            print_exception_unchained(exc.get());
        }
        ts->curexc = pending;
    }
    if (g->state.load(std::memory_order_relaxed) != GEN_COMPLETED) gen_clear_frame(g);
    xdecref(g->name);
    xdecref(g->qualname);
    xdecref(g->code);
    xdecref(g->exc_state);
    dealloc_as<GenObject>(o);
}

// ───────────── resuming ─────────────

// The exception being handled belongs to the frame that handles it: a generator suspended in
// an except block takes its exception with it, and its caller's comes back (CPython keeps a
// per-generator gi_exc_state for the same reason).
static Object* swap_in_exc_state(ThreadState* ts, GenObject* g) {
    Object* callers = ts->handled_exc;
    if (g->exc_state) {
        ts->handled_exc = g->exc_state;
        g->exc_state = nullptr;
    } else if (callers) {
        incref(callers);  // the generator sees the caller's exception until it handles its own
    }
    return callers;
}

static void swap_out_exc_state(ThreadState* ts, GenObject* g, Object* callers, bool keep) {
    Object* mine = ts->handled_exc;
    ts->handled_exc = callers;
    if (keep && mine != callers) g->exc_state = mine;
    else xdecref(mine);
}

// PEP 479: a StopIteration escaping the generator's body would look like its normal end to
// the caller, so it becomes RuntimeError, chained to it.
static void replace_stop_iteration(GenObject* g) {
    ThreadState* ts = tstate();
    bool async_stop = type_of(g) == &AsyncGen_Type && exception_matches(ts->curexc, (Object*)Exc_StopAsyncIteration);
    if (!async_stop && !exception_matches(ts->curexc, (Object*)Exc_StopIteration)) return;
    Obj stop = fetch_exception();
    Obj err = make_exception(Exc_RuntimeError, std::string(kind_of(g)) + (async_stop ? " raised StopAsyncIteration" : " raised StopIteration"));
    auto* e = static_cast<ExceptionObject*>(err.get());
    e->cause = newref(stop.get()).release();
    e->context = stop.release();
    e->suppress_context = true;
    ts->curexc = err.release();
}

enum class Sent { Yielded, Returned };

// Run g until it yields or returns; *out = the value.  `exc` non-null: raise exc (borrowed) at
// the point where g is suspended instead of sending v.
static Sent gen_send_ex(GenObject* g, Object* v, Object* exc, Obj* out) {
    RecursionGuard guard;  // each resumption is a C++ re-entry into eval_frame
    uint8_t st = g->state.load(std::memory_order_acquire);
    for (;;) {
        if (st == GEN_RUNNING) raise_fmt(Exc_ValueError, "%s already executing", kind_of(g));
        if (st == GEN_COMPLETED) {
            if (is_coro(g) && !(exc && exception_matches(exc, (Object*)Exc_GeneratorExit)))
                raise_msg(Exc_RuntimeError, "cannot reuse already awaited coroutine");
            if (exc) raise(exc);
            *out = newref(Py_None);
            return Sent::Returned;
        }
        if (st == GEN_CREATED && !exc && v != Py_None)
            raise_fmt(Exc_TypeError, "can't send non-None value to a just-started %s", kind_of(g));
        if (g->state.compare_exchange_weak(st, GEN_RUNNING, std::memory_order_acquire)) break;
    }
    ThreadState* ts = tstate();
    Frame* f = gen_frame(g);
    if (ts->py_depth >= interp.recursion_limit.load(std::memory_order_relaxed)) {
        g->state.store(st, std::memory_order_release);
        raise_msg(Exc_RecursionError, "maximum recursion depth exceeded");
    }
    if (st == GEN_SUSPENDED && !exc) {
        incref(v);
        *f->sp++ = v;  // the value of the yield expression
    }
    f->previous = ts->frame;
    ts->py_depth++;
    Object* callers = swap_in_exc_state(ts, g);
    if (exc) {
        incref(exc);
        xdecref(ts->curexc);
        ts->curexc = exc;
    }
    Obj r;
    try {
        r = eval_frame(ts, f, exc != nullptr);
    } catch (PyError&) {
        // The unwinder has already popped (emptied) the frame.
        swap_out_exc_state(ts, g, callers, false);
        g->state.store(GEN_COMPLETED, std::memory_order_release);
        replace_stop_iteration(g);
        throw;
    }
    bool yielded = f->yielded;
    f->yielded = false;
    swap_out_exc_state(ts, g, callers, yielded);
    g->state.store(yielded ? GEN_SUSPENDED : GEN_COMPLETED, std::memory_order_release);
    *out = std::move(r);
    return yielded ? Sent::Yielded : Sent::Returned;
}

// The sub-iterator of a `yield from` the generator is suspended in, or null.  (Call only while
// this thread has the generator: its frame must not be running elsewhere.)
static Object* gen_yf(GenObject* g) {
    Frame* f = gen_frame(g);
    uint32_t w = f->code->code[f->instr - 1];
    if (instr_op(w) != OP_YIELD_VALUE || instr_arg(w) != 1) return nullptr;
    return f->sp[-1];
}

// Where the `yield from` loop the generator is suspended in ends (its END_SEND): the jump after
// the YIELD_VALUE goes back to the SEND, whose oparg is the end.
static uint32_t yield_from_end(GenObject* g) {
    Frame* f = gen_frame(g);
    uint32_t send_at = instr_arg(f->code->code[f->instr]);
    return instr_arg(f->code->code[send_at]);
}

[[noreturn]] static void raise_stop_iteration(Object* value) {
    if (value == Py_None) raise_type_or_instance((Object*)Exc_StopIteration);
    Obj e = call((Object*)Exc_StopIteration, &value, 1);
    raise(e.get());
}

// If the current exception is StopIteration, take its value (true); otherwise leave it.
static bool take_stop_value(Obj* value) {
    ThreadState* ts = tstate();
    if (!exception_matches(ts->curexc, (Object*)Exc_StopIteration)) return false;
    Obj stop = fetch_exception();
    Obj v = getattr_opt(stop.get(), intern_cstr("value"));
    *value = v ? std::move(v) : newref(Py_None);
    return true;
}

struct CoroWrapperObject : Object { Object* coro = nullptr; };  // coro.__await__() (owned coro)

bool delegate_send(Object* it, Object* v, Obj* out) {
    if (type_of(it) == &CoroWrapper_Type) it = static_cast<CoroWrapperObject*>(it)->coro;
    if (is_gen(it)) return gen_send_ex(as_gen(it), v, nullptr, out) == Sent::Returned;
    try {
        if (v == Py_None && !(type_of(it)->flags & TPF_HEAPTYPE) && type_of(it)->iternext) {
            *out = type_of(it)->iternext(it);
            if (*out) return false;
            *out = newref(Py_None);
            return true;
        }
        *out = v == Py_None ? call_method(it, "__next__", nullptr, 0) : call_method(it, "send", &v, 1);
        return false;
    } catch (PyError&) {
        if (take_stop_value(out)) return true;
        throw;
    }
}

static Sent gen_throw_ex(GenObject* g, Object* exc, Obj* out);

// close() for whatever a `yield from` delegates to.
static void close_delegate(Object* yf) {
    if (is_gen(yf)) {
        gen_close(as_gen(yf));
        return;
    }
    if (Obj m = getattr_opt(yf, intern_cstr("close"))) call0(m.get());
}

// throw(): if g is suspended in a `yield from`, the exception goes to the sub-iterator first;
// only when that doesn't deal with it does it surface in g at the yield.
static Sent gen_throw_ex(GenObject* g, Object* exc, Obj* out) {
    uint8_t st = GEN_SUSPENDED;
    if (!g->state.compare_exchange_strong(st, GEN_RUNNING, std::memory_order_acquire))
        return gen_send_ex(g, nullptr, exc, out);  // not suspended: no delegate
    Object* yf = gen_yf(g);
    Obj thrown = newref(exc);
    if (yf) {
        Obj sub = newref(yf);
        try {
            if (exception_matches(exc, (Object*)Exc_GeneratorExit)) {
                close_delegate(sub.get());
            } else {
                Sent s = Sent::Yielded;
                if (is_gen(sub.get())) {
                    s = gen_throw_ex(as_gen(sub.get()), exc, out);
                } else if (Obj m = getattr_opt(sub.get(), intern_cstr("throw"))) {
                    *out = call(m.get(), &exc, 1);
                } else {
                    goto throw_here;
                }
                if (s == Sent::Yielded) {
                    g->state.store(GEN_SUSPENDED, std::memory_order_release);
                    return Sent::Yielded;
                }
                // The sub-generator returned: g goes on after its yield from, with that value.
                gen_frame(g)->instr = yield_from_end(g);
                g->state.store(GEN_SUSPENDED, std::memory_order_release);
                return gen_send_ex(g, out->get(), nullptr, out);
            }
        } catch (PyError&) {
            Obj value;
            if (take_stop_value(&value)) {  // a non-generator sub-iterator finished
                gen_frame(g)->instr = yield_from_end(g);
                g->state.store(GEN_SUSPENDED, std::memory_order_release);
                return gen_send_ex(g, value.get(), nullptr, out);
            }
            thrown = fetch_exception();  // the sub-iterator raised: that is what g sees
        }
    }
throw_here:
    g->state.store(GEN_SUSPENDED, std::memory_order_release);
    return gen_send_ex(g, nullptr, thrown.get(), out);
}

static Obj gen_close(GenObject* g) {
    uint8_t st = GEN_CREATED;
    if (g->state.compare_exchange_strong(st, GEN_COMPLETED, std::memory_order_acq_rel)) {
        gen_clear_frame(g);  // never started: nothing to run
        return newref(Py_None);
    }
    if (st == GEN_COMPLETED) return newref(Py_None);
    Obj exc = make_exception(Exc_GeneratorExit, "");
    Obj out;
    try {
        if (gen_throw_ex(g, exc.get(), &out) == Sent::Yielded)
            raise_fmt(Exc_RuntimeError, "%s ignored GeneratorExit", kind_of(g));
        return out;  // 3.13+: close() returns the generator's return value
    } catch (PyError&) {
        ThreadState* ts = tstate();
        if (exception_matches(ts->curexc, (Object*)Exc_GeneratorExit) ||
            exception_matches(ts->curexc, (Object*)Exc_StopIteration)) {
            fetch_exception();
            return newref(Py_None);
        }
        throw;
    }
}

// ───────────── the Python-level interface ─────────────

static Obj gen_iternext(Object* o) {
    Obj out;
    if (gen_send_ex(as_gen(o), Py_None, nullptr, &out) == Sent::Yielded) return out;
    return Obj();
}

static Obj m_next(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("__next__", nargs, kwnames);
    Obj out;
    if (gen_send_ex(as_gen(self), Py_None, nullptr, &out) == Sent::Yielded) return out;
    raise_stop_iteration(out.get());
}

static Obj m_send(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("send", nargs, kwnames);
    Obj out;
    if (gen_send_ex(as_gen(self), args[0], nullptr, &out) == Sent::Yielded) return out;
    raise_stop_iteration(out.get());
}

// throw(exc), or the older throw(type[, value]) form.
static Obj m_throw(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("throw", kwnames);
    check_positional("throw", nargs, 1, 3);
    Object* typ = args[0];
    if (nargs > 1)
        warn(Exc_DeprecationWarning, "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.");
    Obj exc;
    if (type_of(typ)->flags & TPF_EXC_SUBCLASS) {
        if (nargs > 1 && args[1] != Py_None)
            raise_msg(Exc_TypeError, "instance exception may not have a separate value");
        exc = newref(typ);
    } else if ((type_of(typ)->flags & TPF_TYPE_SUBCLASS) && is_subtype(static_cast<TypeObject*>(typ), Exc_BaseException)) {
        Object* val = nargs > 1 ? args[1] : Py_None;
        if (val != Py_None && exception_matches(val, typ)) exc = newref(val);
        else if (val == Py_None) exc = call0(typ);
        else if (type_of(val) == &Tuple_Type) exc = call(typ, static_cast<TupleObject*>(val)->items, tuple_size(val));
        else exc = call(typ, &val, 1);
    } else {
        raise_fmt(Exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                  type_name(typ));
    }
    Obj out;
    if (gen_throw_ex(as_gen(self), exc.get(), &out) == Sent::Yielded) return out;
    raise_stop_iteration(out.get());
}

static Obj m_close(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("close", nargs, kwnames);
    return gen_close(as_gen(self));
}

static Obj read_str_attr(Object* o, Object** slot);

static Obj gen_repr(Object* o) {
    Obj qualname = read_str_attr(o, &as_gen(o)->qualname);
    std::string_view q = str_view(qualname.get());
    return str_new(strfmt("<%s object %.*s at %p>", type_name(o), int(q.size()), q.data(), static_cast<void*>(o)));
}

// __name__ / __qualname__ can be replaced while other threads read them: both sides hold the
// generator's critical section, and the old string is dropped after it.
static Obj read_str_attr(Object* o, Object** slot) {
    CriticalSection cs(o);
    return newref(*slot);
}
static Obj get_name(Object* o) { return read_str_attr(o, &as_gen(o)->name); }
static Obj get_qualname(Object* o) { return read_str_attr(o, &as_gen(o)->qualname); }
static void set_str_attr(Object* o, Object** slot, Object* v, const char* what) {
    if (!v || !is_str(v)) raise_fmt(Exc_TypeError, "%s must be set to a string object", what);
    incref(v);
    Object* old;
    {
        CriticalSection cs(o);
        old = *slot;
        *slot = v;
    }
    decref(old);
}
static void set_name(Object* o, Object* v) { set_str_attr(o, &as_gen(o)->name, v, "__name__"); }
static void set_qualname(Object* o, Object* v) { set_str_attr(o, &as_gen(o)->qualname, v, "__qualname__"); }
static Obj get_running(Object* o) { return bool_ref(as_gen(o)->state.load(std::memory_order_relaxed) == GEN_RUNNING); }
static Obj get_suspended(Object* o) { return bool_ref(as_gen(o)->state.load(std::memory_order_relaxed) == GEN_SUSPENDED); }
static Obj get_code(Object* o) { return newref(as_gen(o)->code); }
// Reading the suspended frame needs the generator held: a CAS to RUNNING and back, so that no
// other thread resumes it (and frees the delegate) meanwhile.
static Obj get_yieldfrom(Object* o) {
    GenObject* g = as_gen(o);
    uint8_t st = GEN_SUSPENDED;
    if (!g->state.compare_exchange_strong(st, GEN_RUNNING, std::memory_order_acquire)) return newref(Py_None);
    Object* yf = gen_yf(g);
    Obj r = newref(yf ? yf : Py_None);
    g->state.store(GEN_SUSPENDED, std::memory_order_release);
    return r;
}

static Obj gen_iter(Object* o) { return newref(o); }

// ───────────── coroutines (PEP 492) ─────────────
//
// An `async def` compiles to a code object with CO_COROUTINE; calling it makes the same
// GenObject a generator would be, typed `coroutine`.  It is not iterable (`for x in coro` is a
// TypeError) but `await` drives it with the very loop `yield from` uses (SEND/YIELD_VALUE):
// whatever the innermost awaitable yields (an asyncio Future, say) travels up through every
// awaiting coroutine to whoever called send() on the outermost one, the event loop.

// coro.__await__(): a small iterator over the coroutine, for code that wants to drive it with
// next()/send() the way `await` does.
static Obj coro_await(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("__await__", nargs, kwnames);
    auto w = alloc_object<CoroWrapperObject>(&CoroWrapper_Type);
    w->coro = newref(self).release();
    return w;
}
static Object* wrapped(Object* o) { return static_cast<CoroWrapperObject*>(o)->coro; }
static void wrapper_dealloc(Object* o) {
    xdecref(wrapped(o));
    dealloc_as<CoroWrapperObject>(o);
}
// next(w): the coroutine's next yielded value, or StopIteration carrying its return value.
static Obj wrapper_iternext(Object* o) {
    Obj out;
    if (gen_send_ex(as_gen(wrapped(o)), Py_None, nullptr, &out) == Sent::Yielded) return out;
    if (out.get() != Py_None) raise_stop_iteration(out.get());
    return Obj();
}
static Obj wrapper_next(Object* self, Object* const*, size_t nargs, Object* kw) { return m_next(wrapped(self), nullptr, nargs, kw); }
static Obj wrapper_send(Object* self, Object* const* a, size_t nargs, Object* kw) { return m_send(wrapped(self), a, nargs, kw); }
static Obj wrapper_throw(Object* self, Object* const* a, size_t nargs, Object* kw) { return m_throw(wrapped(self), a, nargs, kw); }
static Obj wrapper_close(Object* self, Object* const* a, size_t nargs, Object* kw) { return m_close(wrapped(self), a, nargs, kw); }

// True if o can be passed to next(): a type with the slot, or a class with __next__.
static bool is_iterator(Object* o) {
    return type_of(o)->iternext || lookup_type_attr(type_of(o), intern_cstr("__next__"));
}

// What `await o` drives (GET_AWAITABLE): a coroutine itself, a generator marked by
// types.coroutine, or the iterator o.__await__() returns.  `where` picks CPython's message
// for an object that cannot be awaited: 0 await, 1 after __aenter__, 2 after __aexit__,
// 3 after __anext__.
Obj awaitable_iter(Object* o, uint32_t where) {
    if (is_coro(o)) {
        if (as_gen(o)->state.load(std::memory_order_acquire) == GEN_SUSPENDED && gen_yf(as_gen(o)))
            raise_msg(Exc_RuntimeError, "coroutine is being awaited already");
        return newref(o);
    }
    if (type_of(o) == &Gen_Type && (as_gen(o)->code->flags & CO_ITERABLE_COROUTINE)) return newref(o);
    Obj await = lookup_type_attr(type_of(o), intern_cstr("__await__"));
    if (!await) {
        switch (where) {
        case 1: raise_fmt(Exc_TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s", type_name(o));
        case 2: raise_fmt(Exc_TypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s", type_name(o));
        case 3: raise_fmt(Exc_TypeError, "'async for' received an invalid object from __anext__: %s", type_name(o));
        default: raise_fmt(Exc_TypeError, "'%s' object can't be awaited", type_name(o));
        }
    }
    Obj it = call_method(o, "__await__", nullptr, 0);
    if (is_coro(it.get())) raise_msg(Exc_TypeError, "__await__() returned a coroutine");
    if (!is_iterator(it.get())) raise_fmt(Exc_TypeError, "__await__() returned non-iterator of type '%s'", type_name(it.get()));
    return it;
}

// async for: o.__aiter__() (GET_AITER), which must have __anext__.
Obj async_iter(Object* o) {
    if (!lookup_type_attr(type_of(o), intern_cstr("__aiter__")))
        raise_fmt(Exc_TypeError, "'async for' requires an object with __aiter__ method, got %s", type_name(o));
    Obj ait = call_method(o, "__aiter__", nullptr, 0);
    if (!lookup_type_attr(type_of(ait.get()), intern_cstr("__anext__")))
        raise_fmt(Exc_TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                  type_name(ait.get()));
    return ait;
}

// The awaitable of one async-for step (GET_ANEXT): what ait.__anext__() returns, made awaitable.
Obj async_next_awaitable(Object* ait) {
    Obj aw = call_method(ait, "__anext__", nullptr, 0);
    return awaitable_iter(aw.get(), 3);
}

// ───────────── asynchronous generators (PEP 525) ─────────────
//
// An async def with `yield` in it makes an async_generator.  Its frame yields two kinds of
// value: what an `await` inside it passes up to the event loop, and what `yield v` produces for
// the consumer.  The compiler marks the second kind (ASYNC_GEN_WRAP before YIELD_VALUE), so
// the generator's consumers can tell them apart:
//
//   agen.__anext__() / agen.asend(v)  an awaitable (async_generator_asend).  Each step resumes
//                     the frame: a marked value ends the awaitable with StopIteration(value),
//                     i.e. `await agen.__anext__()` gives the value; the frame returning
//                     raises StopAsyncIteration (the end of `async for`); anything else is
//                     passed up to whoever drives the await.
//   agen.athrow(e) / agen.aclose()  the same, throwing e (or GeneratorExit) in at the yield.

struct AsyncGenWrappedObject : Object { Object* value = nullptr; };  // owned
enum AwaitState : uint8_t { AWAIT_INIT, AWAIT_ITER, AWAIT_CLOSED };
struct AsyncGenAwaitObject : Object {  // async_generator_asend and _athrow
    Object* gen = nullptr;             // owned
    Object* arg = nullptr;             // asend: the value to send first; athrow: the exception (null: aclose)
    AwaitState state = AWAIT_INIT;
};

Obj async_gen_wrap(Object* v) {
    auto w = alloc_object<AsyncGenWrappedObject>(&AsyncGenWrapped_Type);
    w->value = newref(v).release();
    return w;
}
static void wrapped_dealloc(Object* o) {
    xdecref(static_cast<AsyncGenWrappedObject*>(o)->value);
    dealloc_as<AsyncGenWrappedObject>(o);
}
static void await_dealloc(Object* o) {
    auto* a = static_cast<AsyncGenAwaitObject*>(o);
    xdecref(a->gen);
    xdecref(a->arg);
    dealloc_as<AsyncGenAwaitObject>(o);
}
static Obj new_await(TypeObject* t, Object* gen, Object* arg) {
    auto a = alloc_object<AsyncGenAwaitObject>(t);
    a->gen = newref(gen).release();
    a->arg = arg ? newref(arg).release() : nullptr;
    return a;
}

// One step of the generator for an asend/athrow awaitable: resume it (send v, or throw exc)
// and sort out what came back, as described above.  `closing`: this is aclose().
static Obj async_gen_step(AsyncGenAwaitObject* a, Object* v, Object* exc, bool closing) {
    GenObject* g = as_gen(a->gen);
    Obj out;
    Sent s;
    try {
        s = exc ? gen_throw_ex(g, exc, &out) : gen_send_ex(g, v, nullptr, &out);
    } catch (PyError&) {
        a->state = AWAIT_CLOSED;
        ThreadState* ts = tstate();
        if (closing && (exception_matches(ts->curexc, (Object*)Exc_StopAsyncIteration) ||
                        exception_matches(ts->curexc, (Object*)Exc_GeneratorExit))) {
            fetch_exception();  // closed as asked: the aclose() awaitable is done
            raise_stop_iteration(Py_None);
        }
        throw;
    }
    if (s == Sent::Returned) {
        a->state = AWAIT_CLOSED;
        if (closing) raise_stop_iteration(Py_None);
        raise_type_or_instance((Object*)Exc_StopAsyncIteration);
    }
    if (type_of(out.get()) == &AsyncGenWrapped_Type) {
        a->state = AWAIT_CLOSED;
        if (closing) raise_msg(Exc_RuntimeError, "async generator ignored GeneratorExit");
        raise_stop_iteration(static_cast<AsyncGenWrappedObject*>(out.get())->value);
    }
    return out;  // an await inside the generator is waiting: pass its value up
}

static AsyncGenAwaitObject* as_await(Object* o) { return static_cast<AsyncGenAwaitObject*>(o); }

// asend awaitable: send(v); the first step sends asend's own value instead of None.
static Obj asend_send_value(Object* o, Object* v) {
    AsyncGenAwaitObject* a = as_await(o);
    if (a->state == AWAIT_CLOSED) raise_msg(Exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (a->state == AWAIT_INIT) {
        if (v == Py_None && a->arg) v = a->arg;
        a->state = AWAIT_ITER;
    }
    return async_gen_step(a, v, nullptr, false);
}
// athrow/aclose awaitable: the first step throws; later ones send (an await in a finally).
static Obj athrow_send_value(Object* o, Object* v) {
    AsyncGenAwaitObject* a = as_await(o);
    bool closing = !a->arg;
    if (a->state == AWAIT_CLOSED) raise_msg(Exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    if (a->state == AWAIT_ITER) return async_gen_step(a, v, nullptr, closing);
    if (v != Py_None) raise_msg(Exc_RuntimeError, "can't send non-None value to a just-started coroutine");
    a->state = AWAIT_ITER;
    if (as_gen(a->gen)->state.load(std::memory_order_acquire) == GEN_COMPLETED) {
        a->state = AWAIT_CLOSED;
        if (closing) raise_stop_iteration(Py_None);
        raise(a->arg);
    }
    Obj exc = closing ? make_exception(Exc_GeneratorExit, "") : newref(a->arg);
    return async_gen_step(a, nullptr, exc.get(), closing);
}
static Obj await_send_value(Object* o, Object* v) {
    return type_of(o) == &AsyncGenASend_Type ? asend_send_value(o, v) : athrow_send_value(o, v);
}
static Obj await_iternext(Object* o) { return await_send_value(o, Py_None); }
static Obj await_m_next(Object* o, Object* const*, size_t nargs, Object* kw) {
    check_no_args("__next__", nargs, kw);
    return await_send_value(o, Py_None);
}
static Obj await_m_send(Object* o, Object* const* args, size_t nargs, Object* kw) {
    check_one_arg("send", nargs, kw);
    return await_send_value(o, args[0]);
}
static Obj await_m_throw(Object* o, Object* const* args, size_t nargs, Object* kw) {
    check_no_kwargs("throw", kw);
    check_positional("throw", nargs, 1, 3);
    AsyncGenAwaitObject* a = as_await(o);
    if (a->state == AWAIT_CLOSED)
        raise_msg(Exc_RuntimeError, type_of(o) == &AsyncGenASend_Type ? "cannot reuse already awaited __anext__()/asend()"
                                                                       : "cannot reuse already awaited aclose()/athrow()");
    a->state = AWAIT_ITER;
    Obj exc = (type_of(args[0])->flags & TPF_EXC_SUBCLASS) ? newref(args[0]) : call0(args[0]);
    return async_gen_step(a, nullptr, exc.get(), type_of(o) == &AsyncGenAThrow_Type && !a->arg);
}
static Obj await_m_close(Object* o, Object* const*, size_t nargs, Object* kw) {
    check_no_args("close", nargs, kw);
    as_await(o)->state = AWAIT_CLOSED;
    return newref(Py_None);
}
static Obj await_self(Object* o, Object* const*, size_t, Object*) { return newref(o); }

static Obj agen_anext(Object* self, Object* const*, size_t nargs, Object* kw) {
    check_no_args("__anext__", nargs, kw);
    return new_await(&AsyncGenASend_Type, self, nullptr);
}
static Obj agen_asend(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_one_arg("asend", nargs, kw);
    return new_await(&AsyncGenASend_Type, self, args[0]);
}
static Obj agen_athrow(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_no_kwargs("athrow", kw);
    check_positional("athrow", nargs, 1, 3);
    Obj exc = (type_of(args[0])->flags & TPF_EXC_SUBCLASS) ? newref(args[0]) : call0(args[0]);
    return new_await(&AsyncGenAThrow_Type, self, exc.get());
}
static Obj agen_aclose(Object* self, Object* const*, size_t nargs, Object* kw) {
    check_no_args("aclose", nargs, kw);
    return new_await(&AsyncGenAThrow_Type, self, nullptr);
}

static void init_async_generators() {
    AsyncGen_Type.dealloc = gen_dealloc;
    AsyncGen_Type.repr = gen_repr;
    type_ready(&AsyncGen_Type, "async_generator", &Object_Type, sizeof(GenObject));
    add_methods(&AsyncGen_Type, {
        {"__aiter__", await_self, "Return an awaitable, that resolves in asynchronous iterator."},
        {"__anext__", agen_anext, "Return a value or raise StopAsyncIteration."},
        {"asend", agen_asend, "asend(v) -> send 'v' in generator."},
        {"athrow", agen_athrow, "athrow(value)\nathrow(type[,value[,tb]])\n\nraise exception in generator."},
        {"aclose", agen_aclose, "aclose() -> raise GeneratorExit inside generator."},
    });
    add_getsets(&AsyncGen_Type, {
        {"__name__", get_name, set_name},
        {"__qualname__", get_qualname, set_qualname},
        {"ag_running", get_running},
        {"ag_suspended", get_suspended},
        {"ag_code", get_code},
        {"ag_await", get_yieldfrom},
    });
    AsyncGenWrapped_Type.dealloc = wrapped_dealloc;
    type_ready(&AsyncGenWrapped_Type, "async_generator_wrapped_value", &Object_Type, sizeof(AsyncGenWrappedObject));
    TypeObject* awaits[2] = {&AsyncGenASend_Type, &AsyncGenAThrow_Type};
    const char* names[2] = {"async_generator_asend", "async_generator_athrow"};
    for (int i = 0; i < 2; i++) {
        awaits[i]->dealloc = await_dealloc;
        awaits[i]->iter = gen_iter;
        awaits[i]->iternext = await_iternext;
        type_ready(awaits[i], names[i], &Object_Type, sizeof(AsyncGenAwaitObject));
        add_methods(awaits[i], {
            {"__await__", await_self, "Return an iterator to be used in await expression."},
            {"__next__", await_m_next, "Implement next(self)."},
            {"send", await_m_send, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
            {"throw", await_m_throw, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
            {"close", await_m_close, "close() -> raise GeneratorExit inside generator."},
        });
    }
}

void init_generators() {
    init_async_generators();
    Gen_Type.dealloc = gen_dealloc;
    Gen_Type.repr = gen_repr;
    Gen_Type.iter = gen_iter;
    Gen_Type.iternext = gen_iternext;
    type_ready(&Gen_Type, "generator", &Object_Type, sizeof(GenObject));
    add_methods(&Gen_Type, {
        {"__next__", m_next, "Implement next(self)."},
        {"send", m_send, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
        {"throw", m_throw, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
        {"close", m_close, "close() -> raise GeneratorExit inside generator."},
    });
    add_getsets(&Gen_Type, {
        {"__name__", get_name, set_name},
        {"__qualname__", get_qualname, set_qualname},
        {"gi_running", get_running},
        {"gi_suspended", get_suspended},
        {"gi_code", get_code},
        {"gi_yieldfrom", get_yieldfrom},
    });

    Coro_Type.dealloc = gen_dealloc;
    Coro_Type.repr = gen_repr;
    type_ready(&Coro_Type, "coroutine", &Object_Type, sizeof(GenObject));
    add_methods(&Coro_Type, {
        {"send", m_send, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
        {"throw", m_throw, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."},
        {"close", m_close, "close() -> raise GeneratorExit inside coroutine."},
        {"__await__", coro_await, "Return an iterator to be used in await expression."},
    });
    add_getsets(&Coro_Type, {
        {"__name__", get_name, set_name},
        {"__qualname__", get_qualname, set_qualname},
        {"cr_running", get_running},
        {"cr_suspended", get_suspended},
        {"cr_code", get_code},
        {"cr_await", get_yieldfrom},
    });

    CoroWrapper_Type.dealloc = wrapper_dealloc;
    CoroWrapper_Type.iter = gen_iter;
    CoroWrapper_Type.iternext = wrapper_iternext;
    type_ready(&CoroWrapper_Type, "coroutine_wrapper", &Object_Type, sizeof(CoroWrapperObject));
    add_methods(&CoroWrapper_Type, {
        {"__next__", wrapper_next, "Implement next(self)."},
        {"send", wrapper_send, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
        {"throw", wrapper_throw, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."},
        {"close", wrapper_close, "close() -> raise GeneratorExit inside coroutine."},
    });
}
