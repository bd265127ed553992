// vm.cpp — the eval loop: executing bytecode.
//
// What this step does: runs a CodeObject.  A frame holds the code's local slots and its value
// stack (minipy.h, struct Frame); eval_frame() fetches one 32-bit instruction at a time, decodes
// opcode and oparg, and executes it against the value stack, exactly like CPython's
// Python/ceval.c + bytecodes.c.
//
// Comes in: a Frame prepared by push_frame() (a call) or run_code() (a module).
// Goes out: the value the frame returns, or a Python exception (PyError thrown, exception in
// tstate()->curexc) that no handler in these frames caught.
//
// Three ideas to look for:
//  * Calls don't recurse in C++.  CALL of a Python function pushes a new frame on the thread's
//    data stack and simply continues the loop in it; RETURN_VALUE pops it and continues in the
//    caller.  Only C++ code calling back into Python (a __repr__ called by print, a key=
//    function called by sort) enters eval_frame() recursively — counted by RecursionGuard.
//  * Zero-cost exceptions.  Helpers throw PyError; the catch block below looks the failing
//    instruction up in the code's exception table: found → trim the stack, push the exception,
//    jump to the handler; not found → pop the frame and repeat in the caller, adding one
//    traceback entry per frame passed.
//  * The stack stays consistent at every throw: an instruction reads its operands in place
//    (sp[-1], sp[-2]), computes, and only then pops them.  So when a helper throws, every slot
//    below sp is still a valid owned reference and the unwinder can release it.
//
// The JIT's side (jit.cpp, docs/09-jit.md): the loop is compiled twice, as the interpreter
// (eval_loop<false>) and as the JIT's one-instruction helper (eval_loop<true>, jit_step); the
// interpreter enters compiled code at function starts and loop back-edges (run_jit); and a call
// between compiled functions does recurse in C++ (jit_call).
//
// Dispatch: computed goto (one indirect jump per opcode, better branch prediction) when the
// compiler supports it; define MINIPY_SWITCH_DISPATCH to read it as a plain switch.
// Read next: traceback.cpp (how an uncaught exception is printed), objects.cpp (the protocols).
#include "minipy.h"
#include "specialize.h"
#include "jit.h"

#include <cmath>
#include <cstdio>

// ───────────── frames ─────────────

// A new frame for `co` on the thread's data stack, all slots unset.  The caller fills in the
// arguments.  Python recursion is bounded here: RecursionError past sys.getrecursionlimit().
// (alloc_frame_inline is the body, for jit_call, whose every call is a Python call; the
// interpreter calls the out-of-line alloc_frame, which keeps eval_loop small.)
// first_unset: the slots below it are about to be filled by the caller (jit_call's arguments).
[[gnu::always_inline]] static inline Frame* alloc_frame_inline(ThreadState* ts, CodeObject* co, Object* globals,
                                                              Object* builtins, size_t first_unset = 0) {
    if (ts->py_depth >= interp.recursion_limit.load(std::memory_order_relaxed))
        raise_msg(Exc_RecursionError, "maximum recursion depth exceeded");
    size_t size = frame_size(co);
    if (ts->datastack_top + size > ts->datastack_limit) raise_msg(Exc_MemoryError, "");
    auto* f = reinterpret_cast<Frame*>(ts->datastack_top);
    ts->datastack_top += size;
    ts->py_depth++;
    f->code = co;
    f->func = nullptr;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = nullptr;
    f->previous = ts->frame;
    f->instr = 0;
    f->is_entry = false;
    f->owner = FRAME_OWNED_BY_THREAD;
    f->yielded = false;
    f->in_jit = false;
    f->init_self = nullptr;
    for (size_t i = first_unset; i < size_t(co->nlocalsplus); i++) f->localsplus[i] = nullptr;
    f->sp = f->stack_base();
    return f;
}

static Frame* alloc_frame(ThreadState* ts, CodeObject* co, Object* globals, Object* builtins) {
    return alloc_frame_inline(ts, co, globals, builtins);
}

// Release everything the frame owns and give its memory back to the data stack (a generator's
// frame is part of the generator object: it is only emptied).
[[gnu::always_inline]] static inline void pop_frame_inline(ThreadState* ts, Frame* f) {
    Object** end = f->sp;
    f->sp = f->localsplus;
    for (Object** p = f->localsplus; p < end; ++p) xdecref(*p);
    Object* func = f->func;
    f->func = nullptr;
    Object* init_self = f->init_self;  // __init__ raised: the half-made instance goes too
    f->init_self = nullptr;
    xdecref(init_self);
    if (f->owner == FRAME_OWNED_BY_THREAD) ts->datastack_top = reinterpret_cast<char*>(f);
    ts->py_depth--;
    xdecref(func);
}
static void pop_frame(ThreadState* ts, Frame* f) { pop_frame_inline(ts, f); }

// ───────────── argument binding ─────────────

static std::string func_qualname(FunctionObject* f) { return std::string(str_view(f->qualname)); }

static std::string quoted_list(const std::vector<std::string>& names) {
    // 'a'   'a' and 'b'   'a', 'b', and 'c'   (CPython's wording)
    std::string s;
    for (size_t i = 0; i < names.size(); i++) {
        if (i > 0) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        s += "'" + names[i] + "'";
    }
    return s;
}

[[noreturn]] static void too_many_positional(FunctionObject* f, size_t given, size_t kwonly_given) {
    CodeObject* co = f->code;
    size_t ndefaults = f->defaults ? tuple_size(f->defaults) : 0;
    size_t argc = size_t(co->argcount);
    std::string takes;
    if (ndefaults > 0 && ndefaults <= argc && ndefaults != 0)
        takes = strfmt("from %zu to %zu positional arguments", argc - ndefaults, argc);
    else
        takes = strfmt("%zu positional argument%s", argc, argc == 1 ? "" : "s");
    std::string was = given == 1 ? "was" : "were";
    std::string kw;
    if (kwonly_given)
        kw = strfmt(" positional argument%s (and %zu keyword-only argument%s)", given == 1 ? "" : "s",
                    kwonly_given, kwonly_given == 1 ? "" : "s");
    raise_fmt(Exc_TypeError, "%s() takes %s but %zu%s %s given", func_qualname(f).c_str(), takes.c_str(),
              given, kw.c_str(), was.c_str());
}

// Bind call arguments (borrowed) to the new frame's parameter slots, following CPython's rules
// and error messages (Python/ceval.c, initialize_locals).
static void bind_arguments(Frame* fr, FunctionObject* f, Object* const* args, size_t nargs, Object* kwnames) {
    CodeObject* co = f->code;
    Object** slots = fr->localsplus;
    size_t argc = size_t(co->argcount), kwonly = size_t(co->kwonlyargcount);
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;

    // Fast path: exact positional call of a plain function.
    if (nkw == 0 && nargs == argc && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) && kwonly == 0) {
        for (size_t i = 0; i < nargs; i++) { incref(args[i]); slots[i] = args[i]; }
        return;
    }
    size_t vararg_slot = argc + kwonly;
    size_t kwarg_slot = vararg_slot + ((co->flags & CO_VARARGS) ? 1 : 0);
    Object* kwdict = nullptr;
    if (co->flags & CO_VARKEYWORDS) {
        Obj d = dict_new();
        kwdict = d.get();
        slots[kwarg_slot] = d.release();
    }
    size_t npos = nargs < argc ? nargs : argc;
    for (size_t i = 0; i < npos; i++) { incref(args[i]); slots[i] = args[i]; }
    if (co->flags & CO_VARARGS) {
        size_t extra = nargs > argc ? nargs - argc : 0;
        Obj t = tuple_new(extra);
        for (size_t i = 0; i < extra; i++) {
            incref(args[argc + i]);
            static_cast<TupleObject*>(t.get())->items[i] = args[argc + i];
        }
        slots[vararg_slot] = t.release();
    }
    // Keyword arguments (before the too-many-positional check, as CPython: a wrong keyword is
    // the error reported first).
    std::vector<std::string> posonly_as_kw;
    for (size_t k = 0; k < nkw; k++) {
        Object* name = tuple_item(kwnames, k);
        Object* value = args[nargs + k];
        std::string_view kn = str_view(name);
        size_t j = size_t(co->posonlyargcount);
        for (; j < argc + kwonly; j++)
            if (co->localsplusnames[j] == kn) break;
        if (j == argc + kwonly) {
            bool is_posonly = false;
            for (size_t p = 0; p < size_t(co->posonlyargcount); p++)
                if (co->localsplusnames[p] == kn) is_posonly = true;
            if (kwdict) { dict_set(kwdict, name, value); continue; }
            if (is_posonly) { posonly_as_kw.emplace_back(kn); continue; }
            raise_fmt(Exc_TypeError, "%s() got an unexpected keyword argument '%.*s'", func_qualname(f).c_str(),
                      int(kn.size()), kn.data());
        }
        if (slots[j])
            raise_fmt(Exc_TypeError, "%s() got multiple values for argument '%.*s'", func_qualname(f).c_str(),
                      int(kn.size()), kn.data());
        incref(value);
        slots[j] = value;
    }
    if (!posonly_as_kw.empty()) {
        std::string names;
        for (size_t i = 0; i < posonly_as_kw.size(); i++) names += (i ? ", '" : "'") + posonly_as_kw[i] + "'";
        raise_fmt(Exc_TypeError, "%s() got some positional-only arguments passed as keyword arguments: %s",
                  func_qualname(f).c_str(), names.c_str());
    }
    if (nargs > argc && !(co->flags & CO_VARARGS)) {
        size_t kwonly_given = 0;
        for (size_t k = 0; k < nkw; k++) {
            std::string_view kn = str_view(tuple_item(kwnames, k));
            for (size_t j = argc; j < argc + kwonly; j++)
                if (co->localsplusnames[j] == kn) kwonly_given++;
        }
        too_many_positional(f, nargs, kwonly_given);
    }
    // Defaults for missing positional parameters.
    size_t ndefaults = f->defaults ? tuple_size(f->defaults) : 0;
    std::vector<std::string> missing;
    for (size_t i = npos; i < argc; i++) {
        if (slots[i]) continue;
        if (i + ndefaults >= argc) {
            Object* d = tuple_item(f->defaults, i + ndefaults - argc);
            incref(d);
            slots[i] = d;
        } else {
            missing.push_back(co->localsplusnames[i]);
        }
    }
    if (!missing.empty())
        raise_fmt(Exc_TypeError, "%s() missing %zu required positional argument%s: %s", func_qualname(f).c_str(),
                  missing.size(), missing.size() == 1 ? "" : "s", quoted_list(missing).c_str());
    for (size_t i = argc; i < argc + kwonly; i++) {
        if (slots[i]) continue;
        if (f->kwdefaults) {
            Obj d = dict_get(f->kwdefaults, intern(co->localsplusnames[i]).get());
            if (d) { slots[i] = d.release(); continue; }
        }
        missing.push_back(co->localsplusnames[i]);
    }
    if (!missing.empty())
        raise_fmt(Exc_TypeError, "%s() missing %zu required keyword-only argument%s: %s", func_qualname(f).c_str(),
                  missing.size(), missing.size() == 1 ? "" : "s", quoted_list(missing).c_str());
}

// f(a, b) with exactly the parameters f declares, none keyword-only, no *args or **kwargs: the
// arguments go straight into the first slots (bind_arguments' fast case, without its checks).
static inline bool kwcount_is_nonzero(Object* kwnames) { return kwnames && tuple_size(kwnames) != 0; }
static inline bool is_simple_positional_call(const CodeObject* co, size_t nargs) {
    return nargs == size_t(co->argcount) && co->kwonlyargcount == 0 && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS));
}

// C(a, b) can run C.__init__ in the eval loop itself when C is a class written in Python with
// the default __new__ and a plain __init__(self, a, b): then this is that __init__ (borrowed
// from the class dict), else null and the call goes through type_call.
static FunctionObject* inline_init_of(TypeObject* tp, size_t nargs) {
    if (!(tp->flags & TPF_HEAPTYPE) || (tp->flags & TPF_IS_ABSTRACT) || tp->new_ != object_new) return nullptr;
    static Object* const init_name = intern_cstr("__init__");
    Obj init = lookup_type_attr(tp, init_name);
    if (!init || type_of(init.get()) != &Function_Type) return nullptr;
    auto* f = static_cast<FunctionObject*>(init.get());
    if (!is_simple_positional_call(f->code, nargs + 1) || (f->code->flags & CO_GENERATOR)) return nullptr;
    return f;
}

// The frame of C.__init__ for C(a, b) (see inline_init_of): a new instance of tp in slot 0
// and in init_self, then the arguments, whose references it takes over from the caller's stack.
// Out of line, like check_init_result, so that the eval loop's hot paths stay small.
[[gnu::noinline]] static Frame* push_init_frame(ThreadState* ts, TypeObject* tp, FunctionObject* init,
                                                Object* const* args, size_t nargs) {
    Obj self = object_new_instance(tp);
    Frame* nf = alloc_frame(ts, init->code, init->globals, init->builtins);
    incref(init);
    nf->func = init;
    nf->localsplus[0] = self.get();
    incref(self.get());
    nf->init_self = self.release();
    for (size_t i = 0; i < nargs; i++) nf->localsplus[i + 1] = args[i];
    return nf;
}

// __init__ returned r (owned) to C(...), whose value is self (owned): r must be None.
[[gnu::noinline]] static void check_init_result(Object* r, Object* self) {
    Obj result = Obj::steal(r), instance = Obj::steal(self);
    if (r != Py_None) raise_fmt(Exc_TypeError, "__init__() should return None, not '%s'", type_name(r));
    (void)instance.release();
}

// float(x) or int(x) of an exact int or float, the conversions numeric code runs in its inner
// loops, without type_call's new-then-init protocol; null when it is some other call.
static Obj number_conversion_fast(Object* callable, Object* x) {
    if (callable == (Object*)&Float_Type) {
        if (type_of(x) == &Float_Type) return newref(x);  // float(f) is f itself, as in CPython
        if (type_of(x) == &Int_Type && int_is_small(x)) return float_new(double(int_as_i64(x)));  // rounds to nearest, as CPython
    } else if (callable == (Object*)&Int_Type) {
        if (type_of(x) == &Int_Type) return newref(x);
        if (type_of(x) == &Float_Type) return int_from_double(float_value(x));
    }
    return Obj();
}

// A frame for calling function f with these arguments (borrowed).  On error nothing is left
// behind: the half-built frame is popped before the exception propagates.
static Frame* push_frame(ThreadState* ts, FunctionObject* f, Object* const* args, size_t nargs, Object* kwnames) {
    Frame* fr = alloc_frame(ts, f->code, f->globals, f->builtins);
    incref(f);
    fr->func = f;
    if (!kwcount_is_nonzero(kwnames) && is_simple_positional_call(f->code, nargs)) {  // nothing can fail
        for (size_t i = 0; i < nargs; i++) fr->localsplus[i] = newref(args[i]).release();
        return fr;
    }
    try {
        bind_arguments(fr, f, args, nargs, kwnames);
    } catch (PyError&) {
        fr->sp = fr->localsplus + f->code->nlocalsplus;  // release the bound slots only
        pop_frame(ts, fr);
        throw;
    }
    return fr;
}

// Function_Type's call slot: a call from C++ into Python.  This is the one place where the C++
// stack grows with Python calls, so it counts against the C recursion guard.
Obj function_call(Object* func, Object* const* args, size_t nargs, Object* kwnames) {
    ThreadState* ts = tstate();
    RecursionGuard guard;
    Frame* fr = push_frame(ts, static_cast<FunctionObject*>(func), args, nargs, kwnames);
    fr->is_entry = true;
    return eval_frame(ts, fr);
}

Obj run_code(CodeObject* code, Object* globals, Object* locals) {
    ThreadState* ts = tstate();
    RecursionGuard guard;
    Obj builtins = dict_get_str(globals, intern_cstr("__builtins__"));
    Object* bdict = interp.builtins;
    if (builtins && type_of(builtins.get()) == &Module_Type) bdict = static_cast<ModuleObject*>(builtins.get())->dict;
    else if (builtins && is_dict(builtins.get())) bdict = builtins.get();
    Frame* fr = alloc_frame(ts, code, globals, bdict);
    fr->locals = locals;
    fr->is_entry = true;
    return eval_frame(ts, fr);
}

// __build_class__(body, name, *bases, metaclass=None, **kwds), in CPython's order:
//   1. a base that is not a class but has __mro_entries__ (a typing.Generic[T], say) is replaced
//      by what that returns; the bases as written are kept as __orig_bases__
//   2. the metaclass: metaclass=, else the most derived of the bases' metaclasses (type)
//   3. the namespace: metaclass.__prepare__(name, bases, **kwds), a fresh dict by default
//   4. the class body runs with that namespace as its locals
//   5. metaclass(name, bases, namespace, **kwds) makes the class
static Obj resolve_mro_entries(Object* orig_bases) {
    size_t n = tuple_size(orig_bases);
    bool changed = false;
    std::vector<Obj> out;
    for (size_t i = 0; i < n; i++) {
        Object* b = tuple_item(orig_bases, i);
        Obj entries;
        if (!is_type(b)) entries = getattr_opt(b, intern_cstr("__mro_entries__"));
        if (!entries) {
            out.push_back(newref(b));
            continue;
        }
        Obj r = call1(entries.get(), orig_bases);
        if (!is_tuple(r.get())) raise_msg(Exc_TypeError, "__mro_entries__ must return a tuple");
        for (size_t j = 0; j < tuple_size(r.get()); j++) out.push_back(newref(tuple_item(r.get(), j)));
        changed = true;
    }
    if (!changed) return newref(orig_bases);
    Obj t = tuple_new(out.size());
    for (size_t i = 0; i < out.size(); i++) static_cast<TupleObject*>(t.get())->items[i] = out[i].release();
    return t;
}

Obj build_class(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs < 2) raise_msg(Exc_TypeError, "__build_class__: not enough arguments");
    if (type_of(args[0]) != &Function_Type) raise_msg(Exc_TypeError, "__build_class__: func must be a function");
    if (!is_str(args[1])) raise_msg(Exc_TypeError, "__build_class__: name is not a string");
    auto* body = static_cast<FunctionObject*>(args[0]);
    Object* name = args[1];
    Obj orig_bases = tuple_new(nargs - 2);
    for (size_t i = 2; i < nargs; i++) {
        incref(args[i]);
        static_cast<TupleObject*>(orig_bases.get())->items[i - 2] = args[i];
    }
    Obj bases = resolve_mro_entries(orig_bases.get());
    // Split keywords: metaclass= is ours, the rest go to __prepare__ and the metaclass.
    Object* meta = nullptr;
    std::vector<Object*> cargs = {name, bases.get(), nullptr};
    std::vector<Object*> kwkeys;
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        if (str_view(tuple_item(kwnames, k)) == "metaclass") meta = args[nargs + k];
        else { kwkeys.push_back(tuple_item(kwnames, k)); cargs.push_back(args[nargs + k]); }
    }
    Obj names;
    if (!kwkeys.empty()) {
        names = tuple_new(kwkeys.size());
        for (size_t i = 0; i < kwkeys.size(); i++) {
            incref(kwkeys[i]);
            static_cast<TupleObject*>(names.get())->items[i] = kwkeys[i];
        }
    }
    if (!meta) meta = tuple_size(bases.get()) ? (Object*)type_of(tuple_item(bases.get(), 0)) : (Object*)&Type_Type;
    if (is_type(meta)) meta = (Object*)winner_metatype(static_cast<TypeObject*>(meta), bases.get());

    Obj ns;
    if (Obj prepare = getattr_opt(meta, intern_cstr("__prepare__"))) {
        std::vector<Object*> pargs = cargs;  // name, bases, then the keyword values
        pargs.erase(pargs.begin() + 2);
        ns = call(prepare.get(), pargs.data(), 2, names.get());
        if (!is_dict(ns.get()))  // LOAD_NAME/STORE_NAME here work on dicts (and their subclasses)
            raise_fmt(Exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                      is_type(meta) ? static_cast<TypeObject*>(meta)->name.c_str() : "<metaclass>",
                      type_name(ns.get()));
    } else {
        ns = dict_new();
    }
    if (bases.get() != orig_bases.get()) dict_set(ns.get(), intern_cstr("__orig_bases__"), orig_bases.get());
    {
        ThreadState* ts = tstate();
        RecursionGuard guard;
        Frame* fr = push_frame(ts, body, nullptr, 0, nullptr);
        fr->locals = ns.get();
        fr->is_entry = true;
        eval_frame(ts, fr);
    }
    cargs[2] = ns.get();
    return call(meta, cargs.data(), 3, names.get());
}

// ───────────── helpers used by several opcodes ─────────────

[[noreturn]] static void name_error(Object* name) {
    std::string_view n = str_view(name);
    Obj exc = make_exception(Exc_NameError, strfmt("name '%.*s' is not defined", int(n.size()), n.data()));
    setattr(exc.get(), intern_cstr("name"), name);
    raise(exc.get());
}

[[noreturn]] static void unbound_local(CodeObject* co, uint32_t slot) {
    raise_fmt(Exc_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
              co->localsplusnames[slot].c_str());
}

[[noreturn]] static void unbound_free(CodeObject* co, uint32_t slot) {
    if (co->localspluskinds[slot] & LK_FREE)
        raise_fmt(Exc_NameError,
                  "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                  co->localsplusnames[slot].c_str());
    unbound_local(co, slot);
}

// Unpack `seq` into exactly n values written to out[n-1] .. out[0] (so out[n-1]... is how the
// stack wants them: the first value ends on top).
static void unpack_iterable(Object* seq, size_t before, bool has_star, size_t after, Object** out) {
    std::vector<Obj> items;
    size_t want = before + after;
    if (is_tuple(seq)) {
        for (size_t i = 0; i < tuple_size(seq); i++) items.push_back(newref(tuple_item(seq, i)));
    } else if (is_list(seq)) {
        CriticalSection cs(seq);  // one consistent snapshot of a list other threads may change
        auto& src = list_items(seq);
        items.reserve(src.size());
        for (Object* v : src) items.push_back(newref(v));
    } else {
        Obj it;
        try {
            it = get_iter(seq);
        } catch (PyError&) {
            Obj e = fetch_exception();
            if (!exception_matches(e.get(), (Object*)Exc_TypeError)) raise(e.get());
            raise_fmt(Exc_TypeError, "cannot unpack non-iterable %s object", type_name(seq));
        }
        while (Obj v = iter_next(it.get())) {
            items.push_back(std::move(v));
            if (!has_star && items.size() > want)
                raise_fmt(Exc_ValueError, "too many values to unpack (expected %zu)", want);
        }
    }
    size_t n = items.size();
    if (!has_star) {
        if (n < want) raise_fmt(Exc_ValueError, "not enough values to unpack (expected %zu, got %zu)", want, n);
        if (n > want) raise_fmt(Exc_ValueError, "too many values to unpack (expected %zu, got %zu)", want, n);
        for (size_t i = 0; i < n; i++) out[n - 1 - i] = items[i].release();
        return;
    }
    if (n < want)
        raise_fmt(Exc_ValueError, "not enough values to unpack (expected at least %zu, got %zu)", want, n);
    size_t total = before + 1 + after;
    size_t k = 0;
    for (size_t i = 0; i < before; i++) out[total - 1 - k++] = items[i].release();
    Obj middle = list_new(0);
    for (size_t i = before; i < n - after; i++) list_append(middle.get(), items[i].get());
    out[total - 1 - k++] = middle.release();
    for (size_t i = n - after; i < n; i++) out[total - 1 - k++] = items[i].release();
}

// f(**m): merge mapping m into the call's keyword dict, rejecting duplicates like CPython.
static void dict_merge_kwargs(Object* dict, Object* m, Object* func) {
    if (!is_dict(m)) {
        Obj keys_fn = getattr_opt(m, intern_cstr("keys"));
        if (!keys_fn)
            raise_fmt(Exc_TypeError, "%s argument after ** must be a mapping, not %s",
                      func ? (type_of(func) == &Function_Type
                                  ? (func_qualname(static_cast<FunctionObject*>(func)) + "()").c_str()
                                  : "function")
                           : "function",
                      type_name(m));
    }
    Obj items = is_dict(m) ? newref(m) : Obj();
    if (!items) {
        Obj d = dict_new();
        dict_update(d.get(), m);
        items = std::move(d);
    }
    size_t pos = 0;
    Object *k, *v;
    while (dict_next(items.get(), &pos, &k, &v)) {
        if (!is_str(k)) raise_msg(Exc_TypeError, "keywords must be strings");
        if (dict_get(dict, k)) {
            std::string_view kn = str_view(k);
            std::string fname = func && type_of(func) == &Function_Type
                                    ? func_qualname(static_cast<FunctionObject*>(func)) + "()"
                                    : "function";
            raise_fmt(Exc_TypeError, "%s got multiple values for keyword argument '%.*s'", fname.c_str(),
                      int(kn.size()), kn.data());
        }
        dict_set(dict, k, v);
    }
}

static Obj build_string(Object** items, size_t n) {
    size_t total = 0;
    for (size_t i = 0; i < n; i++) total += static_cast<StrObject*>(items[i])->size;
    std::string s;
    s.reserve(total);
    for (size_t i = 0; i < n; i++) s.append(str_view(items[i]));
    return str_new(s);
}

static Obj make_function(Frame* frame, CodeObject* co, uint32_t flags, Object** sp) {
    auto f = alloc_object<FunctionObject>(&Function_Type);
    incref(co);
    f->code = co;
    incref(frame->globals);
    f->globals = frame->globals;
    incref(frame->builtins);
    f->builtins = frame->builtins;
    f->name = str_new(co->name).release();
    f->qualname = str_new(co->qualname).release();
    Object* doc = (co->flags & CO_HAS_DOCSTRING) ? co->consts[0] : Py_None;
    incref(doc);
    f->doc = doc;
    Obj modname = dict_get_str(frame->globals, intern_cstr("__name__"));
    f->module = modname ? modname.release() : (incref(Py_None), Py_None);
    // Operands below the code object, in push order: defaults, kwdefaults, annotate, closure.
    Object** p = sp - 1;  // the code object
    if (flags & 8) { --p; incref(*p); f->closure = *p; }
    if (flags & 4) { --p; incref(*p); f->annotate = *p; }
    if (flags & 2) { --p; incref(*p); f->kwdefaults = *p; }
    if (flags & 1) { --p; incref(*p); f->defaults = *p; }
    // A function defined at module or class level is called from everywhere; a nested one
    // (a closure, often made in a loop) stays ordinarily counted.  See threads.cpp.
    if (!(co->flags & CO_NESTED)) set_deferred_refcount(f.get());
    return Obj(std::move(f));
}

static Obj bound_exit(Object* mgr) {
    TypeObject* tp = type_of(mgr);
    Obj enter = lookup_type_attr(tp, intern_cstr("__enter__"));
    Obj exit = lookup_type_attr(tp, intern_cstr("__exit__"));
    if (!enter || !exit)
        raise_fmt(Exc_TypeError, "'%s' object does not support the context manager protocol (missed %s method)",
                  type_name(mgr), !enter ? "__enter__" : "__exit__");
    return getattr(mgr, intern_cstr("__exit__"));
}

static void check_except_type(Object* type);

// except* T: T as for except, but not an exception group type (that is for plain except).
static void check_except_star_type(Object* type) {
    check_except_type(type);
    auto is_group_type = [](Object* t) {
        return (type_of(t)->flags & TPF_TYPE_SUBCLASS) && is_exception_group_subtype(static_cast<TypeObject*>(t));
    };
    bool bad = is_group_type(type);
    if (is_tuple(type))
        for (size_t i = 0; i < tuple_size(type); i++) bad = bad || is_group_type(tuple_item(type, i));
    if (bad) raise_msg(Exc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
}

static void check_except_type(Object* type) {
    auto ok = [](Object* t) {
        return type_of(t)->flags & TPF_TYPE_SUBCLASS && is_subtype(static_cast<TypeObject*>(t), Exc_BaseException);
    };
    bool valid = is_tuple(type) ? true : ok(type);
    if (is_tuple(type))
        for (size_t i = 0; i < tuple_size(type); i++) valid = valid && ok(tuple_item(type, i));
    if (!valid)
        raise_msg(Exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
}

// `raise exc from cause`: the cause must be an exception (instance or class) or None.
static void set_cause(Object* exc, Object* cause) {
    auto* e = static_cast<ExceptionObject*>(exc);
    Obj c;
    if (cause == Py_None) {
        c = nullptr;
    } else if (type_of(cause)->flags & TPF_TYPE_SUBCLASS &&
               is_subtype(static_cast<TypeObject*>(cause), Exc_BaseException)) {
        c = call0(cause);
    } else if (type_of(cause)->flags & TPF_EXC_SUBCLASS) {
        c = newref(cause);
    } else {
        raise_msg(Exc_TypeError, "exception causes must derive from BaseException");
    }
    set_ref(e->cause, c.get());
    e->suppress_context = true;
}

static Obj instantiate_exception(Object* x) {
    if (type_of(x)->flags & TPF_EXC_SUBCLASS) return newref(x);
    if (type_of(x)->flags & TPF_TYPE_SUBCLASS && is_subtype(static_cast<TypeObject*>(x), Exc_BaseException)) {
        Obj e = call0(x);
        if (!(type_of(e.get())->flags & TPF_EXC_SUBCLASS))
            raise_fmt(Exc_TypeError, "calling %s should have returned an instance of BaseException, not %s",
                      repr_string(x).c_str(), type_name(e.get()));
        return e;
    }
    raise_msg(Exc_TypeError, "exceptions must derive from BaseException");
}

const ExceptEntry* find_handler(const CodeObject* co, uint32_t instr) {
    for (const ExceptEntry& e : co->exceptiontable)
        if (e.start <= instr && instr < e.end) return &e;
    return nullptr;
}

static void add_traceback(Object* exc, CodeObject* co, uint32_t instr) {
    if (!(type_of(exc)->flags & TPF_EXC_SUBCLASS)) return;
    static_cast<ExceptionObject*>(exc)->traceback.push_back({Ref<CodeObject>::borrow(co), instr});
}

// ───────────── the eval loop ─────────────

// Dispatch.  Two ways to jump to the next opcode's body, chosen by USE_COMPUTED_GOTO:
//   switch:        a `switch (opcode)`: one shared indirect jump, after a bounds check.
//   computed goto: `goto *dispatch_table[opcode]` (a GCC/Clang extension) at the end of each
//                  body, so each has its own indirect jump and the branch predictor learns
//                  which opcode tends to follow which: 5-13% faster here (bench/).
// A computed goto out of a scope does not run the destructors of the C++ locals it leaves (an
// Obj would leak its reference, a std::vector its memory).  So there are two macros, as in
// CPython up to 3.9:
//   FAST_DISPATCH()  jumps straight to the next body.  Only for bodies, or the parts of bodies,
//                    where no C++ object is alive: raw Object* only, each Obj released.
//   DISPATCH()       `goto dispatch`, a plain goto that runs the destructors, then the table
//                    jump from there.  Everything else uses this; the cold bodies all do.
// Build with -DMINIPY_SWITCH_DISPATCH for the switch, to compare or to step through in gdb.
#if defined(__GNUC__) && !defined(MINIPY_SWITCH_DISPATCH)
#define USE_COMPUTED_GOTO 1
#define TARGET(op) L_##op:
#define FAST_DISPATCH()                               \
    do {                                              \
        if constexpr (STEP) goto step_done;           \
        else {                                        \
            word = *ip++;                             \
            oparg = instr_arg(word);                  \
            goto* dispatch_table[instr_op(word)];     \
        }                                             \
    } while (0)
#else
#define USE_COMPUTED_GOTO 0
#define TARGET(op) case OP_##op:
#define FAST_DISPATCH() DISPATCH()
#endif
// STEP (the JIT's one-instruction helper, see eval_loop below): every body ends at step_done.
#define DISPATCH()                          \
    do {                                    \
        if constexpr (STEP) goto step_done; \
        else goto dispatch;                 \
    } while (0)

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define JUMPTO(target) (ip = code_start + (target))
// Save the registers into the frame (before anything that can look at the frame from outside:
// a call, a new frame, an exception).
#define SAVE_FRAME() (frame->instr = uint32_t(ip - code_start - 1), frame->sp = sp)
#define LOAD_FRAME()                                            \
    do {                                                        \
        co = frame->code;                                       \
        code_start = co->code.data();                           \
        ip = code_start + frame->instr;                         \
        sp = frame->sp;                                         \
        consts = co->consts.data();                             \
        names = co->names.data();                               \
        locals = frame->localsplus;                             \
    } while (0)

static inline AttrCache& attr_cache_at(CodeObject* co, ptrdiff_t instr) {
    return (co->attr_cache ? co->attr_cache : attr_cache_for(co))[instr];
}

static inline bool small_int_pair(Object* a, Object* b) {
    return type_of(a) == &Int_Type && type_of(b) == &Int_Type && !static_cast<IntObject*>(a)->big &&
           !static_cast<IntObject*>(b)->big;
}
static inline int64_t ival(Object* o) { return static_cast<IntObject*>(o)->value; }

// Small-int and float fast paths for BINARY_OP; null Obj = take the general path.
// Is the value stack's reference the only one to this float?  Owned by this thread, a local
// count of 1 and no shared references: then no other code can see it change.
[[gnu::always_inline]] static inline bool sole_float_reference(Object* o) {
    return load_local(o) == 1 && load_tid(o) == current_tid() &&
           (o->ob_ref_shared.load(std::memory_order_relaxed) >> SHARED_SHIFT) == 0;
}

// The result of a float operation reuses an operand that is about to be dropped (as CPython
// 3.13+ does): `x * y + z` then allocates nothing.  The caller still decrefs both operands, so
// the reused one gets an extra reference here.
[[gnu::always_inline]] static inline Obj float_result(Object* a, Object* b, double r) {
    Object* reuse = sole_float_reference(a) ? a : sole_float_reference(b) ? b : nullptr;
    if (!reuse) return float_new(r);
    static_cast<FloatObject*>(reuse)->value = r;
    incref(reuse);
    return Obj::steal(reuse);
}

[[gnu::always_inline]] static inline Obj binary_fast(Object* a, Object* b, uint32_t op) {
    if (op >= NB_INPLACE_ADD) op -= NB_INPLACE_ADD;  // ints and floats are immutable: same thing
    if (small_int_pair(a, b)) {
        int64_t x = ival(a), y = ival(b), r;
        switch (op) {
            case NB_ADD: if (!__builtin_add_overflow(x, y, &r)) return int_from_i64(r); break;
            case NB_SUBTRACT: if (!__builtin_sub_overflow(x, y, &r)) return int_from_i64(r); break;
            case NB_MULTIPLY: if (!__builtin_mul_overflow(x, y, &r)) return int_from_i64(r); break;
            case NB_AND: return int_from_i64(x & y);
            case NB_OR: return int_from_i64(x | y);
            case NB_XOR: return int_from_i64(x ^ y);
            case NB_FLOOR_DIVIDE:
                if (y > 0 || (y < 0 && x != INT64_MIN)) {
                    int64_t q = x / y;
                    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
                    return int_from_i64(q);
                }
                break;
            case NB_REMAINDER:
                if (y > 0 || (y < 0 && x != INT64_MIN)) {
                    int64_t m = x % y;
                    if (m != 0 && ((m < 0) != (y < 0))) m += y;
                    return int_from_i64(m);
                }
                break;
            default: break;
        }
        return nullptr;
    }
    if (type_of(a) == &Float_Type && type_of(b) == &Float_Type) {
        double x = float_value(a), y = float_value(b);
        switch (op) {
            case NB_ADD: return float_result(a, b, x + y);
            case NB_SUBTRACT: return float_result(a, b, x - y);
            case NB_MULTIPLY: return float_result(a, b, x * y);
            case NB_TRUE_DIVIDE: if (y != 0.0) return float_result(a, b, x / y); break;
            case NB_POWER:  // a positive finite base: no complex result, no domain error
                if (x > 0.0 && std::isfinite(x) && std::isfinite(y)) {
                    double r = std::pow(x, y);
                    if (std::isfinite(r)) return float_result(a, b, r);  // else OverflowError, general path
                }
                break;
            default: break;
        }
    }
    return nullptr;
}

static inline int compare_fast(Object* a, Object* b, uint32_t op) {  // -1 = no fast path
    double x, y;
    if (small_int_pair(a, b)) {
        int64_t i = ival(a), j = ival(b);
        switch (op) {
            case CMP_LT: return i < j; case CMP_LE: return i <= j; case CMP_EQ: return i == j;
            case CMP_NE: return i != j; case CMP_GT: return i > j; default: return i >= j;
        }
    }
    if (type_of(a) == &Float_Type && type_of(b) == &Float_Type) {
        x = float_value(a), y = float_value(b);
        switch (op) {
            case CMP_LT: return x < y; case CMP_LE: return x <= y; case CMP_EQ: return x == y;
            case CMP_NE: return x != y; case CMP_GT: return x > y; default: return x >= y;
        }
    }
    return -1;
}

// What the periodic check does when another thread asked for something (eval_breaker bits).
[[gnu::noinline]] static void handle_eval_breaker(ThreadState* ts) {
    uint32_t bits = ts->eval_breaker.load(std::memory_order_acquire);
    if (bits & EVAL_BRC_PENDING) brc_merge_queue(ts);
    if (bits & EVAL_GIL_DROP) gil_yield(ts);
    if (bits & EVAL_QSBR) qsbr_quiescent(ts);
}

// Start running frame `nf`, whose arguments are in place.  The interpreter simply continues its
// loop in the new frame (no C++ recursion), and enters the callee's machine code if the JIT has
// compiled it.  The JIT's one-instruction helper (STEP) cannot switch frames: it runs the callee
// to completion in a nested eval loop as an entry frame, and pushes the result.
#define ENTER_FRAME(nf)                                                   \
    do {                                                                  \
        if constexpr (STEP) {                                             \
            sp = frame->sp;                                               \
            (nf)->is_entry = true;                                        \
            Object* result_ = eval_loop<false>(ts, (nf), EVAL_NORMAL);    \
            ts->frame = frame;                                            \
            PUSH(result_);                                                \
            goto step_done;                                               \
        } else {                                                          \
            frame = (nf);                                                 \
            ts->frame = frame;                                            \
            LOAD_FRAME();                                                 \
            MAYBE_ENTER_JIT(JIT_HOT_CALL);                                \
            DISPATCH();                                                   \
        }                                                                 \
    } while (0)

// The interpreter's doors into compiled code (jit.cpp): at a function's start and at a loop's
// back-edge, count towards the hotness threshold and run the machine code once there is some.
#define MAYBE_ENTER_JIT(why)                                                        \
    do {                                                                            \
        if constexpr (!STEP) {                                                      \
            if (jit_enabled) [[unlikely]] {                                         \
                if ((jit = jit_code_for(co, (why)))) goto run_jit;                  \
            }                                                                       \
        }                                                                           \
    } while (0)

void jit_eval_breaker(ThreadState* ts) noexcept { handle_eval_breaker(ts); }

static inline bool fast_truth(Object* v, bool* out) {
    if (v == Py_True) { *out = true; return true; }
    if (v == Py_False || v == Py_None) { *out = false; return true; }
    if (type_of(v) == &Int_Type && !static_cast<IntObject*>(v)->big) { *out = ival(v) != 0; return true; }
    return false;
}

// The eval loop is compiled twice from this one text (DESIGN invariant 5: one meaning per
// operation):
//   eval_loop<false>  the interpreter: runs until the entry frame returns or yields.
//   eval_loop<true>   the JIT's generic helper (jit_step below): runs exactly the one
//                     instruction at frame->instr and returns, leaving frame->instr at the
//                     next instruction to run (which a jump may have changed) and frame->sp
//                     at the new top.  An exception returns null, with frame->instr at the
//                     failing instruction and the traceback entry added.
// mode: EVAL_NORMAL; EVAL_THROW raises ts->curexc at the frame's instruction (generator.throw);
// EVAL_UNWIND the same without a new traceback entry (compiled code raised it); EVAL_INTERPRET
// interprets from frame->instr without first entering compiled code (compiled code left there).
// Returns the frame's result (owned); the interpreter throws PyError when nothing catches.
template <bool STEP>
static Object* eval_loop(ThreadState* ts, Frame* entry, int mode) {
#if USE_COMPUTED_GOTO
    static void* const dispatch_table[OP__COUNT] = {
#define X(name, stack, doc) &&L_##name,
        OPCODES(X)
#undef X
    };
#endif
    Frame* frame = entry;
    ts->frame = frame;
    CodeObject* co;
    const uint32_t* code_start;
    const uint32_t* ip;
    Object** sp;
    Object* const* consts;
    Object* const* names;
    Object** locals;
    uint32_t word, oparg;
    Object* retval;  // RETURN_VALUE and RETURN_GENERATOR share the return path
    bool skip_traceback = mode == EVAL_UNWIND;  // RERAISE and bare `raise` don't add a traceback entry
    bool throwflag = mode == EVAL_THROW || mode == EVAL_UNWIND;
    bool may_enter_jit = mode != EVAL_INTERPRET;
    if (mode == EVAL_UNWIND) entry->instr++;  // the unwinder blames the instruction before ip
    JitCode* jit = nullptr;  // the compiled code being entered (run_jit)

    for (;;) {  // (re)enter the loop: at the start and after an exception was caught
        LOAD_FRAME();
        try {
            if (throwflag) {  // generator.throw(): the exception surfaces at the yield
                throwflag = false;
                throw PyError{};
            }
            if (may_enter_jit) MAYBE_ENTER_JIT(JIT_HOT_CALL);
            may_enter_jit = true;
        dispatch: __attribute__((unused));
            word = *ip++;
            oparg = instr_arg(word);
#if USE_COMPUTED_GOTO
            goto* dispatch_table[instr_op(word)];  // opcodes past OP__COUNT cannot occur: assemble wrote them
#else
            switch (instr_op(word)) {
#endif

            TARGET(NOP) { FAST_DISPATCH(); }
            TARGET(POP_TOP) { Object* v = POP(); xdecref(v); FAST_DISPATCH(); }
            TARGET(PUSH_NULL) { PUSH(nullptr); FAST_DISPATCH(); }
            TARGET(COPY) { Object* v = sp[-int(oparg)]; xincref(v); PUSH(v); FAST_DISPATCH(); }
            TARGET(SWAP) { std::swap(sp[-1], sp[-int(oparg)]); FAST_DISPATCH(); }
            TARGET(LOAD_CONST) { Object* v = consts[oparg]; incref(v); PUSH(v); FAST_DISPATCH(); }
            TARGET(LOAD_FAST) {
                Object* v = locals[oparg];
                if (!v) { SAVE_FRAME(); unbound_local(co, oparg); }
                incref(v);
                PUSH(v);
                FAST_DISPATCH();
            }
            // Superinstructions (minipy.h, assemble.cpp): the first half uses oparg, the second
            // reads the next word's oparg and steps over it.  ip moves past the second word
            // before it can fail, so an error points at the second instruction, as it would
            // without fusing.
            TARGET(LOAD_FAST__LOAD_FAST) {
                Object* v = locals[oparg];
                if (!v) { SAVE_FRAME(); unbound_local(co, oparg); }
                uint32_t arg2 = instr_arg(*ip++);
                Object* w = locals[arg2];
                if (!w) { SAVE_FRAME(); unbound_local(co, arg2); }
                incref(v);
                incref(w);
                sp[0] = v;
                sp[1] = w;
                sp += 2;
                FAST_DISPATCH();
            }
            TARGET(LOAD_FAST__LOAD_CONST) {
                Object* v = locals[oparg];
                if (!v) { SAVE_FRAME(); unbound_local(co, oparg); }
                Object* c = consts[instr_arg(*ip++)];
                incref(v);
                incref(c);
                sp[0] = v;
                sp[1] = c;
                sp += 2;
                FAST_DISPATCH();
            }
            TARGET(LOAD_CONST__LOAD_FAST) {
                Object* c = consts[oparg];
                uint32_t arg2 = instr_arg(*ip++);
                Object* v = locals[arg2];
                if (!v) { SAVE_FRAME(); unbound_local(co, arg2); }
                incref(c);
                incref(v);
                sp[0] = c;
                sp[1] = v;
                sp += 2;
                FAST_DISPATCH();
            }
            TARGET(STORE_FAST__LOAD_FAST) {
                Object* old = locals[oparg];
                locals[oparg] = POP();
                xdecref(old);
                uint32_t arg2 = instr_arg(*ip++);
                Object* v = locals[arg2];
                if (!v) { SAVE_FRAME(); unbound_local(co, arg2); }
                incref(v);
                PUSH(v);
                FAST_DISPATCH();
            }
            TARGET(STORE_FAST__STORE_FAST) {
                Object* old = locals[oparg];
                locals[oparg] = POP();
                xdecref(old);
                uint32_t arg2 = instr_arg(*ip++);
                old = locals[arg2];
                locals[arg2] = POP();
                xdecref(old);
                FAST_DISPATCH();
            }
            TARGET(LOAD_FAST_AND_CLEAR) { PUSH(locals[oparg]); locals[oparg] = nullptr; FAST_DISPATCH(); }
            TARGET(STORE_FAST) { Object* old = locals[oparg]; locals[oparg] = POP(); xdecref(old); FAST_DISPATCH(); }
            TARGET(DELETE_FAST) {
                Object* old = locals[oparg];
                if (!old) unbound_local(co, oparg);
                locals[oparg] = nullptr;
                decref(old);
                DISPATCH();
            }
            TARGET(MAKE_CELL) {
                Object* v = locals[oparg];
                Obj cell = cell_new(v);
                locals[oparg] = cell.release();
                xdecref(v);
                DISPATCH();
            }
            TARGET(COPY_FREE_VARS) {
                Object* closure = frame->func->closure;
                int base = co->nlocalsplus - int(oparg);
                for (uint32_t i = 0; i < oparg; i++) {
                    Object* c = tuple_item(closure, i);
                    incref(c);
                    locals[base + int(i)] = c;
                }
                DISPATCH();
            }
            TARGET(LOAD_DEREF) {
                Object* v = static_cast<CellObject*>(locals[oparg])->ref;
                if (!v) unbound_free(co, oparg);
                incref(v);
                PUSH(v);
                FAST_DISPATCH();
            }
            TARGET(STORE_DEREF) {
                auto* cell = static_cast<CellObject*>(locals[oparg]);
                Object* old = cell->ref;
                cell->ref = POP();
                xdecref(old);
                FAST_DISPATCH();
            }
            TARGET(DELETE_DEREF) {
                auto* cell = static_cast<CellObject*>(locals[oparg]);
                Object* old = cell->ref;
                if (!old) unbound_free(co, oparg);
                cell->ref = nullptr;
                decref(old);
                DISPATCH();
            }
            TARGET(LOAD_CLOSURE) { Object* c = locals[oparg]; incref(c); PUSH(c); FAST_DISPATCH(); }
            TARGET(LOAD_FROM_DICT_OR_DEREF) {
                Obj name = intern(co->localsplusnames[oparg]);
                Obj v = frame->locals ? dict_get(frame->locals, name.get()) : Obj();
                if (!v) {
                    Object* c = static_cast<CellObject*>(locals[oparg])->ref;
                    if (!c) unbound_free(co, oparg);
                    v = newref(c);
                }
                PUSH(v.release());
                DISPATCH();
            }
            TARGET(LOAD_GLOBAL) {
                // First the lock-free cache (attrcache.cpp): a hit is a value whose dicts have not
                // changed since it was cached.  With threads running, the borrowed pointer stays
                // valid until this thread's next safe point (QSBR, threads.cpp).
                if (Object* cached = global_cache_get(frame->code, oparg, frame->globals, frame->builtins)) {
                    incref(cached);
                    PUSH(cached);
                    FAST_DISPATCH();
                }
                Obj v = load_global_slow(frame->code, oparg, frame->globals, frame->builtins);
                if (!v) name_error(names[oparg]);
                PUSH(v.release());
                DISPATCH();
            }
            TARGET(STORE_GLOBAL) {
                dict_set(frame->globals, names[oparg], TOP());
                decref(POP());
                DISPATCH();
            }
            TARGET(DELETE_GLOBAL) {
                if (!dict_del(frame->globals, names[oparg])) name_error(names[oparg]);
                DISPATCH();
            }
            TARGET(LOAD_NAME) {
                Object* name = names[oparg];
                Obj v;
                if (frame->locals) v = dict_get_str(frame->locals, name);
                if (!v) v = dict_get_str(frame->globals, name);
                if (!v) v = dict_get_str(frame->builtins, name);
                if (!v) name_error(name);
                PUSH(v.release());
                DISPATCH();
            }
            TARGET(STORE_NAME) {
                Object* ns = frame->locals ? frame->locals : frame->globals;
                if (is_dict(ns)) dict_set(ns, names[oparg], TOP());
                else setitem(ns, names[oparg], TOP());
                decref(POP());
                DISPATCH();
            }
            TARGET(DELETE_NAME) {
                Object* ns = frame->locals ? frame->locals : frame->globals;
                if (!dict_del(ns, names[oparg])) name_error(names[oparg]);
                DISPATCH();
            }
            TARGET(LOAD_ATTR) {
                Object* name = names[oparg >> 1];
                Object* owner = TOP();
                if (!multithreaded.load(std::memory_order_relaxed)) {  // the inline cache (specialize.cpp)
                    AttrCache& c = attr_cache_at(co, ip - code_start - 1);
                    if (oparg & 1) {
                        if (Object* m = attr_cache_method(c, owner, name)) {
                            incref(m);
                            sp[-1] = m;
                            PUSH(owner);  // the owner's reference moves to the self slot
                            FAST_DISPATCH();
                        }
                    }
                    if (Object* v = attr_cache_load(c, owner, name)) {
                        incref(v);
                        sp[-1] = v;
                        decref(owner);
                        if (oparg & 1) PUSH(nullptr);
                        FAST_DISPATCH();
                    }
                    if (!(c.kind == ATTR_UNCACHEABLE && attr_cache_valid(c, owner)))
                        specialize_load_attr(c, owner, name, oparg & 1);
                }
                if (oparg & 1) {
                    // Method call: push (function, self) instead of allocating a bound method,
                    // when the attribute is a plain function or method descriptor on the type
                    // and the instance dict does not shadow it.
                    TypeObject* tp = type_of(owner);
                    if (tp->getattro == generic_getattr) {
                        Obj descr = lookup_type_attr(tp, name);
                        if (descr && (type_of(descr.get()) == &Function_Type ||
                                      type_of(descr.get()) == &MethodDescr_Type)) {
                            Object** dslot = instance_dict_slot(owner);
                            if (!dslot || !*dslot || !dict_get_str(*dslot, name)) {
                                sp[-1] = descr.release();
                                PUSH(owner);  // the owner's reference moves to the self slot
                                DISPATCH();
                            }
                        }
                    }
                    Obj v = getattr(owner, name);
                    sp[-1] = v.release();
                    decref(owner);
                    PUSH(nullptr);
                    DISPATCH();
                }
                Obj v = getattr(owner, name);
                sp[-1] = v.release();
                decref(owner);
                DISPATCH();
            }
            TARGET(STORE_ATTR) {
                if (!multithreaded.load(std::memory_order_relaxed)) {  // the inline cache (specialize.cpp)
                    AttrCache& c = attr_cache_at(co, ip - code_start - 1);
                    if (attr_cache_store(c, TOP(), names[oparg], SECOND())) {  // the dict took SECOND()'s reference
                        decref(TOP());
                        sp -= 2;
                        FAST_DISPATCH();
                    }
                    setattr(TOP(), names[oparg], SECOND());
                    if (!(c.kind == ATTR_UNCACHEABLE && attr_cache_valid(c, TOP())) &&
                        !multithreaded.load(std::memory_order_relaxed))
                        specialize_store_attr(c, TOP(), names[oparg]);
                    decref(POP());
                    decref(POP());
                    DISPATCH();
                }
                setattr(TOP(), names[oparg], SECOND());
                decref(POP());
                decref(POP());
                DISPATCH();
            }
            TARGET(DELETE_ATTR) {
                delattr(TOP(), names[oparg]);
                decref(POP());
                DISPATCH();
            }
            TARGET(BINARY_OP) {
                Object* a = SECOND();
                Object* b = TOP();
                Object* r = binary_fast(a, b, oparg).release();
                if (!r) r = binary_op(a, b, int(oparg)).release();
                sp -= 2;
                decref(a);
                decref(b);
                PUSH(r);
                FAST_DISPATCH();
            }
            TARGET(BINARY_SUBSCR) {
                Object* c = SECOND();
                Object* k = TOP();
                if (type_of(c) == &List_Type && type_of(k) == &Int_Type && !static_cast<IntObject*>(k)->big &&
                    !multithreaded.load(std::memory_order_relaxed)) {
                    // One thread: no other can resize the list between the bounds check and the
                    // read, so no lock is needed (list_item_ref takes it once threads exist).
                    auto& items = list_items(c);
                    int64_t i = ival(k);
                    if (i < 0) i += int64_t(items.size());
                    if (i >= 0 && size_t(i) < items.size()) {
                        Object* v = items[size_t(i)];
                        incref(v);
                        sp[-2] = v;
                        sp--;
                        decref(c);
                        decref(k);
                        FAST_DISPATCH();
                    }
                }
                Obj r;
                if (type_of(c) == &List_Type && type_of(k) == &Int_Type && !static_cast<IntObject*>(k)->big)
                    r = list_item_ref(c, ival(k));  // under the list's lock; null: out of range
                if (!r) r = getitem(c, k);
                sp -= 2;
                decref(c);
                decref(k);
                PUSH(r.release());
                DISPATCH();
            }
            TARGET(STORE_SUBSCR) {
                Object* v = sp[-3];
                Object* c = sp[-2];
                Object* k = sp[-1];
                if (type_of(c) == &List_Type && type_of(k) == &Int_Type && !static_cast<IntObject*>(k)->big &&
                    list_store_fast(c, ival(k), v)) {
                    sp -= 3;  // the list took over the stack's reference to v
                    decref(c);
                    decref(k);
                    FAST_DISPATCH();
                }
                setitem(c, k, v);
                sp -= 3;
                decref(v);
                decref(c);
                decref(k);
                DISPATCH();
            }
            TARGET(DELETE_SUBSCR) {
                delitem(SECOND(), TOP());
                decref(POP());
                decref(POP());
                DISPATCH();
            }
            TARGET(BUILD_SLICE) {
                Object* step = oparg == 3 ? TOP() : nullptr;
                Object* stop = sp[-1 - (oparg == 3)];
                Object* start = sp[-2 - (oparg == 3)];
                Obj s = slice_new(start, stop, step);
                for (uint32_t i = 0; i < oparg; i++) decref(POP());
                PUSH(s.release());
                DISPATCH();
            }
            TARGET(UNARY_NEGATIVE) { Obj r = unary_negative(TOP()); decref(TOP()); TOP() = r.release(); DISPATCH(); }
            TARGET(UNARY_POSITIVE) { Obj r = unary_positive(TOP()); decref(TOP()); TOP() = r.release(); DISPATCH(); }
            // SAVE_FRAME: ~ on a bool warns, and the warning reads the line from the frame.
            TARGET(UNARY_INVERT) { SAVE_FRAME(); Obj r = unary_invert(TOP()); decref(TOP()); TOP() = r.release(); DISPATCH(); }
            TARGET(UNARY_NOT) {
                bool t = truthy(TOP());
                decref(TOP());
                TOP() = bool_obj(!t);
                FAST_DISPATCH();
            }
            TARGET(COMPARE_OP) {
                Object* a = SECOND();
                Object* b = TOP();
                int f = compare_fast(a, b, oparg);
                if (!STEP && f >= 0) {
                    // `if a < b:` — a fast comparison followed by a conditional jump jumps at
                    // once, without pushing a bool for the jump to pop and test.
                    uint32_t next = *ip;
                    uint32_t nop = instr_op(next);
                    if (nop == OP_POP_JUMP_IF_FALSE || nop == OP_POP_JUMP_IF_TRUE) {
                        sp -= 2;
                        decref(a);
                        decref(b);
                        ip++;
                        if (bool(f) == (nop == OP_POP_JUMP_IF_TRUE)) JUMPTO(instr_arg(next));
                        FAST_DISPATCH();
                    }
                }
                Obj r = f >= 0 ? bool_ref(f) : richcompare(a, b, int(oparg));
                sp -= 2;
                decref(a);
                decref(b);
                PUSH(r.release());
                DISPATCH();
            }
            TARGET(IS_OP) {
                bool r = (SECOND() == TOP()) != (oparg == 1);
                decref(POP());
                decref(POP());
                PUSH(bool_obj(r));
                FAST_DISPATCH();
            }
            TARGET(CONTAINS_OP) {
                bool r = contains(TOP(), SECOND()) != (oparg == 1);
                decref(POP());
                decref(POP());
                PUSH(bool_obj(r));
                DISPATCH();
            }
            TARGET(JUMP_FORWARD) { JUMPTO(oparg); FAST_DISPATCH(); }
            TARGET(JUMP_BACKWARD) {
                // The periodic check: other threads may have queued objects for us to merge.
                if (ts->eval_breaker.load(std::memory_order_relaxed)) handle_eval_breaker(ts);
                JUMPTO(oparg);
                MAYBE_ENTER_JIT(JIT_HOT_LOOP);  // a long loop gets compiled while it runs
                FAST_DISPATCH();
            }
            TARGET(POP_JUMP_IF_FALSE) {
                bool t;
                if (!fast_truth(TOP(), &t)) t = truthy(TOP());
                decref(POP());
                if (!t) JUMPTO(oparg);
                FAST_DISPATCH();
            }
            TARGET(POP_JUMP_IF_TRUE) {
                bool t;
                if (!fast_truth(TOP(), &t)) t = truthy(TOP());
                decref(POP());
                if (t) JUMPTO(oparg);
                FAST_DISPATCH();
            }
            TARGET(POP_JUMP_IF_NONE) {
                Object* v = POP();
                bool none = v == Py_None;
                decref(v);
                if (none) JUMPTO(oparg);
                FAST_DISPATCH();
            }
            TARGET(POP_JUMP_IF_NOT_NONE) {
                Object* v = POP();
                bool none = v == Py_None;
                decref(v);
                if (!none) JUMPTO(oparg);
                FAST_DISPATCH();
            }
            TARGET(JUMP_IF_FALSE_OR_POP) {
                bool t;
                if (!fast_truth(TOP(), &t)) t = truthy(TOP());
                if (!t) JUMPTO(oparg);
                else decref(POP());
                FAST_DISPATCH();
            }
            TARGET(JUMP_IF_TRUE_OR_POP) {
                bool t;
                if (!fast_truth(TOP(), &t)) t = truthy(TOP());
                if (t) JUMPTO(oparg);
                else decref(POP());
                FAST_DISPATCH();
            }
            TARGET(GET_ITER) { Obj it = get_iter(TOP()); decref(TOP()); TOP() = it.release(); DISPATCH(); }
            TARGET(FOR_ITER) {
                Object* it = TOP();
                Object* v = (type_of(it)->iternext ? type_of(it)->iternext(it) : iter_next(it)).release();
                if (v) {
                    PUSH(v);
                } else {
                    decref(POP());
                    JUMPTO(oparg);
                }
                FAST_DISPATCH();
            }
            TARGET(BUILD_TUPLE) {
                Obj t = tuple_new(oparg);
                auto* tp = static_cast<TupleObject*>(t.get());
                for (uint32_t i = oparg; i-- > 0;) tp->items[i] = POP();
                PUSH(t.release());
                DISPATCH();
            }
            TARGET(BUILD_LIST) {
                Obj l = list_new(oparg);
                auto& items = list_items(l.get());
                for (uint32_t i = oparg; i-- > 0;) items[i] = POP();
                PUSH(l.release());
                DISPATCH();
            }
            TARGET(BUILD_SET) {
                Obj s = set_new();
                Object** base = sp - oparg;
                for (uint32_t i = 0; i < oparg; i++) set_add(s.get(), base[i]);
                for (uint32_t i = 0; i < oparg; i++) decref(POP());
                PUSH(s.release());
                DISPATCH();
            }
            TARGET(BUILD_MAP) {
                Obj d = dict_new();
                Object** base = sp - 2 * oparg;
                for (uint32_t i = 0; i < oparg; i++) dict_set(d.get(), base[2 * i], base[2 * i + 1]);
                for (uint32_t i = 0; i < 2 * oparg; i++) decref(POP());
                PUSH(d.release());
                DISPATCH();
            }
            TARGET(LIST_APPEND) {
                list_append(sp[-1 - int(oparg)], TOP());
                decref(POP());
                DISPATCH();
            }
            TARGET(SET_ADD) {
                set_add(sp[-1 - int(oparg)], TOP());
                decref(POP());
                DISPATCH();
            }
            TARGET(MAP_ADD) {
                dict_set(sp[-2 - int(oparg)], SECOND(), TOP());
                decref(POP());
                decref(POP());
                DISPATCH();
            }
            TARGET(LIST_EXTEND) {
                Object* src = TOP();
                Object* dst = sp[-1 - int(oparg)];
                try {
                    list_extend(dst, src);
                } catch (PyError&) {
                    Obj e = fetch_exception();
                    if (exception_matches(e.get(), (Object*)Exc_TypeError) && !type_of(src)->iter &&
                        !type_of(src)->getitem)
                        raise_fmt(Exc_TypeError, "Value after * must be an iterable, not %s", type_name(src));
                    raise(e.get());
                }
                decref(POP());
                DISPATCH();
            }
            TARGET(SET_UPDATE) {
                set_update(sp[-1 - int(oparg)], TOP());
                decref(POP());
                DISPATCH();
            }
            TARGET(DICT_UPDATE) {
                Object* src = TOP();
                if (!is_dict(src) && !getattr_opt(src, intern_cstr("keys")))
                    raise_fmt(Exc_TypeError, "'%s' object is not a mapping", type_name(src));
                dict_update(sp[-1 - int(oparg)], src);
                decref(POP());
                DISPATCH();
            }
            TARGET(DICT_MERGE) {
                // The callable sits below the dict being built: [f, self|NULL, args, kwdict, .., m]
                Object* dst = sp[-1 - int(oparg)];
                // (the compiler builds f(*a, **m) as [f, NULL, args_tuple, kwdict] + m)
                Object** dst_slot = sp - 1 - int(oparg);
                Object* func = dst_slot - 3 >= frame->stack_base() ? dst_slot[-3] : nullptr;
                dict_merge_kwargs(dst, TOP(), func);
                decref(POP());
                DISPATCH();
            }
            TARGET(LIST_TO_TUPLE) {
                Obj t = tuple_from_iterable(TOP());
                decref(TOP());
                TOP() = t.release();
                DISPATCH();
            }
            TARGET(UNPACK_SEQUENCE) {
                Object* seq = TOP();
                if (type_of(seq) == &Tuple_Type && tuple_size(seq) == oparg) {
                    sp--;
                    for (uint32_t i = oparg; i-- > 0;) { incref(tuple_item(seq, i)); PUSH(tuple_item(seq, i)); }
                    decref(seq);
                    DISPATCH();
                }
                std::vector<Object*> out(oparg);
                unpack_iterable(seq, oparg, false, 0, out.data());
                sp--;
                for (uint32_t i = 0; i < oparg; i++) PUSH(out[i]);
                decref(seq);
                DISPATCH();
            }
            TARGET(UNPACK_EX) {
                Object* seq = TOP();
                size_t before = oparg & 0xff, after = oparg >> 8;
                std::vector<Object*> out(before + after + 1);
                unpack_iterable(seq, before, true, after, out.data());
                sp--;
                for (Object* v : out) PUSH(v);
                decref(seq);
                DISPATCH();
            }
            TARGET(BUILD_STRING) {
                Obj s = build_string(sp - oparg, oparg);
                for (uint32_t i = 0; i < oparg; i++) decref(POP());
                PUSH(s.release());
                DISPATCH();
            }
            TARGET(CONVERT_VALUE) {
                Obj r;
                if (oparg == 1) r = str(TOP());
                else if (oparg == 2) r = repr(TOP());
                else {
                    Obj ascii_fn = dict_get_str(frame->builtins, intern_cstr("ascii"));
                    if (!ascii_fn) name_error(intern_cstr("ascii"));
                    r = call1(ascii_fn.get(), TOP());
                }
                decref(TOP());
                TOP() = r.release();
                DISPATCH();
            }
            TARGET(FORMAT_SIMPLE) {
                Object* v = TOP();
                if (type_of(v) != &Str_Type) {
                    static Object* empty = intern_cstr("");
                    Obj r = format(v, empty);
                    decref(v);
                    TOP() = r.release();
                }
                DISPATCH();
            }
            TARGET(FORMAT_WITH_SPEC) {
                Obj r = format(SECOND(), TOP());
                decref(POP());
                decref(TOP());
                TOP() = r.release();
                DISPATCH();
            }
            TARGET(CALL_KW) {
                // Fall into the common call code with the keyword-names tuple.
                goto do_call;
            }
            TARGET(CALL) {
            do_call : {
                bool kw = instr_op(word) == OP_CALL_KW;
                Object* kwnames = kw ? TOP() : nullptr;
                Object** top = kw ? sp - 1 : sp;  // one past the last argument
                size_t nargs = oparg;
                Object** args = top - nargs;
                Object* callable = args[-2];
                if (args[-1]) {  // self_or_null: a method call, self is the first argument
                    args--;
                    nargs++;
                } else if (type_of(callable) == &Method_Type) {
                    // Unpack a bound method in place: [method, NULL] → [func, self].
                    auto* m = static_cast<MethodObject*>(callable);
                    incref(m->func);
                    incref(m->self);
                    args[-2] = m->func;
                    args[-1] = m->self;
                    decref(callable);
                    callable = args[-2];
                    args--;
                    nargs++;
                }
                size_t npositional = nargs - (kwnames ? tuple_size(kwnames) : 0);
                Object** slots_end = top + (kw ? 1 : 0);
                Object** slots_begin = top - oparg - 2;
                if (type_of(callable) == &Function_Type) {
                    SAVE_FRAME();
                    auto* fn = static_cast<FunctionObject*>(callable);
                    if (!kwnames && is_simple_positional_call(fn->code, nargs)) {
                        // The common call f(a, b) of a plain function: the new frame takes over
                        // the stack's references (callable → frame->func, arguments → its first
                        // slots) instead of increfing them there and decref'ing them here.
                        Frame* nf = alloc_frame(ts, fn->code, fn->globals, fn->builtins);
                        nf->func = fn;
                        for (size_t i = 0; i < nargs; i++) nf->localsplus[i] = args[i];
                        frame->sp = slots_begin;
                        ENTER_FRAME(nf);
                    }
                    Frame* nf = push_frame(ts, fn, args, npositional, kwnames);
                    // The arguments now live in the new frame: release the caller's stack slots.
                    for (Object** p = slots_begin; p < slots_end; ++p) xdecref(*p);
                    frame->sp = slots_begin;
                    ENTER_FRAME(nf);
                }
                if (!STEP && !kwnames && type_of(callable) == &Type_Type) {
                    // C(a, b): make the instance here and run C.__init__ as a frame of this loop
                    // whose result is the instance (RETURN_VALUE swaps it in), rather than going
                    // through type_call, slot_init and a nested eval_frame (CPython 3.13's
                    // CALL_ALLOC_AND_ENTER_INIT).
                    auto* tp = static_cast<TypeObject*>(callable);
                    if (FunctionObject* init = inline_init_of(tp, nargs)) {
                        SAVE_FRAME();
                        Frame* nf = push_init_frame(ts, tp, init, args, nargs);  // takes the arguments
                        decref(callable);
                        frame->sp = slots_begin;
                        frame = nf;  // (never in STEP: its RETURN_VALUE must swap in the instance)
                        ts->frame = frame;
                        LOAD_FRAME();
                        MAYBE_ENTER_JIT(JIT_HOT_CALL);
                        FAST_DISPATCH();
                    }
                }
                SAVE_FRAME();
                Obj r;
                if (type_of(callable) == &MethodDescr_Type && nargs >= 1 &&
                    is_subtype(type_of(args[0]), static_cast<MethodDescrObject*>(callable)->owner)) {
                    r = static_cast<MethodDescrObject*>(callable)->fn(args[0], args + 1, npositional - 1, kwnames);
                } else if (type_of(callable) == &Builtin_Type) {
                    auto* b = static_cast<BuiltinObject*>(callable);
                    r = b->fn(b->self, args, npositional, kwnames);
                } else if (!kwnames && nargs == 1 && (r = number_conversion_fast(callable, args[0]))) {
                } else {
                    r = call(callable, args, npositional, kwnames);
                }
                ts->frame = frame;
                for (Object** p = slots_begin; p < slots_end; ++p) xdecref(*p);
                sp = slots_begin;
                PUSH(r.release());
                DISPATCH();
            }
            }
            TARGET(CALL_FUNCTION_EX) {
                Object* kwargs = sp[-1];
                Object* argt = sp[-2];
                Object* self = sp[-3];
                Object* callable = sp[-4];
                if (!is_tuple(argt)) {
                    Obj t = tuple_from_iterable(argt);
                    decref(argt);
                    sp[-2] = argt = t.release();
                }
                std::vector<Object*> args;
                if (self) args.push_back(self);
                for (size_t i = 0; i < tuple_size(argt); i++) args.push_back(tuple_item(argt, i));
                size_t npositional = args.size();
                Obj kwnames;
                if (kwargs && dict_size(kwargs) > 0) {
                    kwnames = tuple_new(dict_size(kwargs));
                    size_t pos = 0, i = 0;
                    Object *k, *v;
                    while (dict_next(kwargs, &pos, &k, &v)) {
                        incref(k);
                        static_cast<TupleObject*>(kwnames.get())->items[i++] = k;
                        args.push_back(v);
                    }
                }
                SAVE_FRAME();
                if (type_of(callable) == &Function_Type) {
                    Frame* nf = push_frame(ts, static_cast<FunctionObject*>(callable), args.data(), npositional,
                                           kwnames.get());
                    for (int i = 0; i < 4; i++) xdecref(POP());
                    frame->sp = sp;
                    ENTER_FRAME(nf);
                }
                Obj r = call(callable, args.data(), npositional, kwnames.get());
                ts->frame = frame;
                for (int i = 0; i < 4; i++) xdecref(POP());
                PUSH(r.release());
                DISPATCH();
            }
            TARGET(MAKE_FUNCTION) {
                auto* fco = static_cast<CodeObject*>(TOP());
                Obj fn = make_function(frame, fco, oparg, sp);
                int n = 1 + ((oparg & 1) != 0) + ((oparg & 2) != 0) + ((oparg & 4) != 0) + ((oparg & 8) != 0);
                for (int i = 0; i < n; i++) decref(POP());
                PUSH(fn.release());
                DISPATCH();
            }
            TARGET(RETURN_VALUE) {
                retval = POP();
            return_value:
                if (frame->is_entry) {
                    Frame* prev = frame->previous;
                    frame->sp = sp;
                    pop_frame(ts, frame);
                    ts->frame = prev;
                    return retval;
                }
                Frame* caller = frame->previous;
                Object* init_result = nullptr;  // an inlined __init__ (CALL): the call's value is self
                if (frame->init_self) {
                    init_result = retval;
                    retval = frame->init_self;
                    frame->init_self = nullptr;
                }
                frame->sp = sp;
                pop_frame(ts, frame);
                frame = caller;
                ts->frame = frame;
                LOAD_FRAME();
                ip++;  // frame->instr is the CALL; continue after it
                if (init_result) check_init_result(init_result, retval);  // raised at the call, in the caller
                PUSH(retval);
                FAST_DISPATCH();
            }
            TARGET(LOAD_BUILD_CLASS) {
                Obj bc = dict_get_str(frame->builtins, intern_cstr("__build_class__"));
                if (!bc) raise_msg(Exc_NameError, "__build_class__ not found");
                PUSH(bc.release());
                DISPATCH();
            }
            TARGET(IMPORT_NAME) {
                Object* name = names[oparg];
                std::string_view n = str_view(name);
                Obj absolute;
                if (!n.empty() && n[0] == '.') {  // relative: one leading dot per level up
                    size_t level = n.find_first_not_of('.');
                    if (level == std::string_view::npos) level = n.size();
                    absolute = resolve_relative_name(frame->globals, n.substr(level), int(level));
                    name = absolute.get();
                }
                Object* m = import_module(name);
                incref(m);
                PUSH(m);
                DISPATCH();
            }
            TARGET(IMPORT_FROM) {
                Obj v = getattr_opt(TOP(), names[oparg]);
                std::string_view n = str_view(names[oparg]);
                Obj mname = getattr_opt(TOP(), intern_cstr("__name__"));
                if (!v && mname && is_str(mname.get()) && getattr_opt(TOP(), intern_cstr("__path__")))
                    v = import_submodule(mname.get(), names[oparg]);  // `from package import submodule`
                if (!v) {
                    Obj file = getattr_opt(TOP(), intern_cstr("__file__"));
                    raise_fmt(Exc_ImportError, "cannot import name '%.*s' from '%s' (%s)", int(n.size()), n.data(),
                              mname ? str_string(mname.get()).c_str() : "?",
                              file && is_str(file.get()) ? str_string(file.get()).c_str() : "unknown location");
                }
                PUSH(v.release());
                DISPATCH();
            }
            TARGET(IMPORT_STAR) {
                SAVE_FRAME();
                import_star(TOP(), frame->locals);
                ts->frame = frame;
                decref(POP());
                DISPATCH();
            }
            TARGET(RAISE_VARARGS) {
                if (oparg == 0) {
                    if (!ts->handled_exc) raise_msg(Exc_RuntimeError, "No active exception to reraise");
                    Object* e = ts->handled_exc;
                    incref(e);
                    xdecref(ts->curexc);
                    ts->curexc = e;
                    skip_traceback = true;
                    throw PyError{};
                }
                Obj exc = instantiate_exception(oparg == 2 ? SECOND() : TOP());
                if (oparg == 2) set_cause(exc.get(), TOP());
                raise(exc.get());
            }
            TARGET(RERAISE) {
                Object* e = POP();
                xdecref(ts->curexc);
                ts->curexc = e;
                skip_traceback = true;
                throw PyError{};
            }
            TARGET(PUSH_EXC_INFO) {
                Object* exc = TOP();
                Object* prev = ts->handled_exc ? ts->handled_exc : (incref(Py_None), Py_None);
                incref(exc);
                ts->handled_exc = exc;
                TOP() = prev;
                PUSH(exc);
                DISPATCH();
            }
            TARGET(POP_EXCEPT) {
                Object* prev = POP();
                Object* old = ts->handled_exc;
                if (prev == Py_None) {
                    decref(prev);
                    ts->handled_exc = nullptr;
                } else {
                    ts->handled_exc = prev;
                }
                xdecref(old);
                DISPATCH();
            }
            TARGET(CHECK_EXC_MATCH) {
                check_except_type(TOP());
                bool m = exception_matches(SECOND(), TOP());
                decref(TOP());
                TOP() = bool_obj(m);
                DISPATCH();
            }
            TARGET(BEFORE_WITH) {
                Object* mgr = TOP();
                Obj exit = bound_exit(mgr);
                Obj res = call_method(mgr, "__enter__", nullptr, 0);
                TOP() = exit.release();
                decref(mgr);
                PUSH(res.release());
                DISPATCH();
            }
            TARGET(WITH_EXCEPT_START) {
                Object* exit = sp[-3];
                Object* exc = sp[-1];
                Obj tb = traceback_from_entries(static_cast<ExceptionObject*>(exc)->traceback);
                Object* args[3] = {(Object*)type_of(exc), exc, tb.get()};
                SAVE_FRAME();
                Obj r = call(exit, args, 3, nullptr);
                ts->frame = frame;
                PUSH(r.release());
                DISPATCH();
            }
            TARGET(LOAD_ASSERTION_ERROR) { PUSH((Object*)Exc_AssertionError); incref(TOP()); DISPATCH(); }
            TARGET(BUILD_INTERPOLATION) {
                Obj i = interpolation_new(sp[-4], sp[-3], sp[-2], sp[-1]);
                for (int k = 0; k < 4; k++) decref(POP());
                PUSH(i.release());
                DISPATCH();
            }
            TARGET(BUILD_TEMPLATE) {
                Obj t = template_new(SECOND(), TOP());
                decref(POP());
                decref(TOP());
                TOP() = t.release();
                DISPATCH();
            }
            TARGET(MATCH_SEQUENCE) { Object* b = bool_obj(match_is_sequence(TOP())); PUSH(b); DISPATCH(); }
            TARGET(MATCH_MAPPING) { Object* b = bool_obj(match_is_mapping(TOP())); PUSH(b); DISPATCH(); }
            TARGET(GET_LEN) {
                SAVE_FRAME();
                Object* n = int_from_i64(length(TOP())).release();
                PUSH(n);
                DISPATCH();
            }
            TARGET(MATCH_KEYS) {
                SAVE_FRAME();
                Object* vs = match_keys(SECOND(), TOP()).release();
                ts->frame = frame;
                PUSH(vs);
                DISPATCH();
            }
            TARGET(COPY_DICT_WITHOUT_KEYS) {
                SAVE_FRAME();
                Obj rest = match_copy_without_keys(SECOND(), TOP());
                decref(TOP());
                TOP() = rest.release();
                DISPATCH();
            }
            TARGET(MATCH_CLASS) {
                SAVE_FRAME();
                Obj attrs = match_class(sp[-3], sp[-2], oparg, sp[-1]);
                ts->frame = frame;
                decref(POP());
                decref(POP());
                decref(TOP());
                TOP() = attrs.release();
                DISPATCH();
            }
            TARGET(RETURN_GENERATOR) {
                // The call is complete: its frame moves into a generator, which is the result.
                SAVE_FRAME();
                retval = gen_from_frame(frame).release();
                sp = frame->sp;  // empty now
                goto return_value;
            }
            TARGET(YIELD_VALUE) {
                // A generator's frame is always an entry frame (genobject.cpp resumes it from
                // C++), so yielding is returning out of eval_frame with the frame kept intact.
                Object* v = POP();
                frame->instr = uint32_t(ip - code_start);  // resume after the yield
                frame->sp = sp;
                frame->yielded = true;
                ts->frame = frame->previous;
                ts->py_depth--;
                return v;
            }
            TARGET(GET_YIELD_FROM_ITER) {
                if (type_of(TOP()) != &Gen_Type) {
                    Obj it = get_iter(TOP());
                    decref(TOP());
                    TOP() = it.release();
                }
                DISPATCH();
            }
            TARGET(SEND) {
                SAVE_FRAME();
                Obj r;
                bool returned = delegate_send(SECOND(), TOP(), &r);
                ts->frame = frame;
                decref(TOP());
                TOP() = r.release();
                if (returned) JUMPTO(oparg);
                DISPATCH();
            }
            TARGET(END_SEND) {
                Object* v = POP();
                decref(TOP());
                TOP() = v;
                DISPATCH();
            }
            TARGET(CHECK_EG_MATCH) {
                Object* type = TOP();
                Object* exc = SECOND();
                SAVE_FRAME();
                check_except_star_type(type);
                Obj match, rest;
                exception_group_match(exc, type, &match, &rest);
                if (match) {  // the clause runs: sys.exception() is the part it handles
                    Object* old = ts->handled_exc;
                    ts->handled_exc = newref(match.get()).release();
                    xdecref(old);
                }
                decref(type);
                decref(exc);
                SECOND() = rest ? rest.release() : (incref(Py_None), Py_None);
                TOP() = match ? match.release() : (incref(Py_None), Py_None);
                DISPATCH();
            }
            TARGET(PREP_RERAISE_STAR) {
                Object* excs = POP();
                Object* orig = TOP();
                SAVE_FRAME();
                Obj r = prep_reraise_star(orig, excs);
                decref(excs);
                decref(orig);
                TOP() = r ? r.release() : (incref(Py_None), Py_None);
                DISPATCH();
            }
            TARGET(ASYNC_GEN_WRAP) {
                Obj w = async_gen_wrap(TOP());
                decref(TOP());
                TOP() = w.release();
                DISPATCH();
            }
            TARGET(GET_AWAITABLE) {
                SAVE_FRAME();
                Obj it = awaitable_iter(TOP(), oparg);
                decref(TOP());
                TOP() = it.release();
                DISPATCH();
            }
            TARGET(BEFORE_ASYNC_WITH) {
                Object* mgr = TOP();
                SAVE_FRAME();
                TypeObject* tp = type_of(mgr);
                Obj enter = lookup_type_attr(tp, intern_cstr("__aenter__"));
                Obj exit = lookup_type_attr(tp, intern_cstr("__aexit__"));
                if (!enter || !exit)
                    raise_fmt(Exc_TypeError,
                              "'%s' object does not support the asynchronous context manager protocol (missed %s method)",
                              type_name(mgr), !exit ? "__aexit__" : "__aenter__");
                Obj aexit = getattr(mgr, intern_cstr("__aexit__"));
                Obj res = call_method(mgr, "__aenter__", nullptr, 0);
                TOP() = aexit.release();
                decref(mgr);
                PUSH(res.release());
                DISPATCH();
            }
            TARGET(GET_AITER) {
                SAVE_FRAME();
                Obj ait = async_iter(TOP());
                decref(TOP());
                TOP() = ait.release();
                DISPATCH();
            }
            TARGET(GET_ANEXT) {
                SAVE_FRAME();
                Obj aw = async_next_awaitable(TOP());
                PUSH(aw.release());
                DISPATCH();
            }
            TARGET(END_ASYNC_FOR) {
                // The handler of an async for's __anext__ await: StopAsyncIteration is its end.
                Object* exc = TOP();
                if (exception_matches(exc, (Object*)Exc_StopAsyncIteration)) {
                    decref(POP());
                    decref(POP());
                    DISPATCH();
                }
                Object* e = POP();
                xdecref(ts->curexc);
                ts->curexc = e;
                skip_traceback = true;
                throw PyError{};
            }

#if !USE_COMPUTED_GOTO
                default: raise_fmt(Exc_RuntimeError, "unknown opcode %u", instr_op(word));
            }
#endif
        step_done: __attribute__((unused));
            if constexpr (STEP) {
                frame->instr = uint32_t(ip - code_start);
                frame->sp = sp;
                return Py_None;
            }
        run_jit: __attribute__((unused));
            if constexpr (!STEP) {
                // Run compiled code from the next instruction (jit.cpp).  It comes back here
                // when the frame returns, when it meets an instruction it leaves to the
                // interpreter, or with an exception; frame->instr and frame->sp say where.
                frame->instr = uint32_t(ip - code_start);
                frame->sp = sp;
                int why = jit_run(jit, ts, frame);
                LOAD_FRAME();
                if (why == JIT_EXIT_RETURN) {
                    retval = POP();
                    goto return_value;
                }
                if (why == JIT_EXIT_ERROR) {  // the helper that raised added the traceback entry
                    ip++;                     // (the unwinder blames the instruction before ip)
                    skip_traceback = true;
                    throw PyError{};
                }
                DISPATCH();  // JIT_EXIT_DEOPT: interpret the instruction at frame->instr
            }
        } catch (PyError&) {
            // fall through to the unwinder below
        }
        if constexpr (STEP) {  // the JIT's helper reports the error; compiled code unwinds
            frame->instr = uint32_t(ip - code_start - 1);
            frame->sp = sp;
            if (!skip_traceback) add_traceback(ts->curexc, frame->code, frame->instr);
            return nullptr;
        }

        // ── exception unwinding ──
        // The failing instruction is the one before ip.  Record where the frame stopped, then
        // walk outwards until a handler is found or the entry frame is left.
        frame->instr = uint32_t(ip - code_start - 1);
        frame->sp = sp;
        Object* exc = ts->curexc;
        if (!skip_traceback) add_traceback(exc, frame->code, frame->instr);
        skip_traceback = false;
        for (;;) {
            const ExceptEntry* h = find_handler(frame->code, frame->instr);
            if (h) {
                Object** base = frame->stack_base();
                while (frame->sp > base + h->depth) xdecref(*--frame->sp);
                *frame->sp++ = ts->curexc;  // the stack takes over the raised exception
                ts->curexc = nullptr;
                frame->instr = h->target;
                ts->frame = frame;
                break;
            }
            bool was_entry = frame->is_entry;
            Frame* caller = frame->previous;
            pop_frame(ts, frame);
            ts->frame = caller;
            if (was_entry) throw PyError{};  // let the C++ caller see it (curexc still set)
            frame = caller;
            add_traceback(ts->curexc, frame->code, frame->instr);
        }
    }
}

Obj eval_frame(ThreadState* ts, Frame* frame, bool throwflag) {
    return Obj::steal(eval_loop<false>(ts, frame, throwflag ? EVAL_THROW : EVAL_NORMAL));
}

Obj eval_frame_mode(ThreadState* ts, Frame* frame, int mode) {
    return Obj::steal(eval_loop<false>(ts, frame, mode));
}

// The generic stencil's helper: run instruction `index` of `frame` with `sp` as the stack top.
// Returns the new stack top (frame->instr = the next instruction), or null on an exception.
Object** jit_step(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) noexcept {
    frame->sp = sp;
    frame->instr = index;
    return eval_loop<true>(ts, frame, EVAL_NORMAL) ? frame->sp : nullptr;
}

// ── specialised helpers: the interpreter's own fast paths, called from a stencil ──
// Each takes the generic helper's arguments and, when its fast path does not apply, hands the
// instruction to jit_step: so every one of them means exactly what the instruction means.

// An exception raised by a helper at instruction `index`: report it as jit_step does.
static Object** helper_error(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) {
    frame->instr = index;
    frame->sp = sp;
    add_traceback(ts->curexc, frame->code, index);
    return nullptr;
}

// CALL of a Python function whose code is compiled, with plain positional arguments: a new
// frame, and a direct jump into the callee's machine code (no interpreter loop in between).
// The frame takes over the stack's references (callable -> frame->func, arguments -> slots),
// as the interpreter's CALL does.  Any other call: jit_step.
// Run the entry frame nf (its arguments in place) to its end: in its machine code, then, if
// that leaves, in the interpreter (from the instruction it stopped at, or unwinding the
// exception it raised).  Returns the result, or null with the exception raised (nf is gone).
static Object* run_callee(ThreadState* ts, Frame* nf, JitCode* jc) {
    nf->is_entry = true;
    ts->frame = nf;
    int mode = EVAL_NORMAL;
    if (jc) {
        int why = stats_enabled ? jit_run(jc, ts, nf) : jit_enter(jc, ts, nf);
        if (why == JIT_EXIT_RETURN) {
            Object* result = *--nf->sp;
            pop_frame_inline(ts, nf);
            return result;
        }
        mode = why == JIT_EXIT_DEOPT ? EVAL_INTERPRET : EVAL_UNWIND;
    }
    try {
        return eval_frame_mode(ts, nf, mode).release();
    } catch (PyError&) {
        return nullptr;
    }
}

// C(a, b) for a class with a plain Python __init__ (the interpreter's inline_init_of case): the
// new instance, then __init__ run as a frame of its own, whose result must be None.
static Object** jit_call_init(ThreadState* ts, Frame* frame, Object** sp, uint32_t index, TypeObject* tp,
                              FunctionObject* init, Object** args, size_t nargs) {
    Frame* nf;
    try {
        nf = push_init_frame(ts, tp, init, args, nargs);  // takes the arguments' references
    } catch (PyError&) {
        return helper_error(ts, frame, sp, index);
    }
    Object* self = nf->init_self;  // ours now: the frame runs as a plain entry frame
    nf->init_self = nullptr;
    decref((Object*)tp);           // the stack's reference to the class
    Object** slots_begin = sp - instr_arg(frame->code->code[index]) - 2;
    frame->sp = slots_begin;
    Object* r = run_callee(ts, nf, init->code->jit_code.load(std::memory_order_acquire));
    ts->frame = frame;
    if (!r) {
        decref(self);  // __init__ raised: the half-made instance goes
        return helper_error(ts, frame, slots_begin, index);
    }
    try {
        check_init_result(r, self);  // takes both; TypeError unless __init__ returned None
    } catch (PyError&) {
        return helper_error(ts, frame, slots_begin, index);
    }
    *slots_begin = self;
    frame->instr = index + 1;
    return slots_begin + 1;
}

// Any call jit_call's fast path below does not take.
[[gnu::noinline]] static Object** jit_call_general(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) {
    uint32_t oparg = instr_arg(frame->code->code[index]);
    Object** args = sp - oparg;
    Object* callable = args[-2];
    size_t nargs = oparg;
    if (args[-1]) args--, nargs++;  // a method call: self is the first argument
    if (type_of(callable) == &Type_Type) {
        if (FunctionObject* init = inline_init_of(static_cast<TypeObject*>(callable), nargs)) {
            frame->instr = index;
            frame->sp = sp;
            return jit_call_init(ts, frame, sp, index, static_cast<TypeObject*>(callable), init, args, nargs);
        }
        return jit_step(ts, frame, sp, index);
    }
    if (type_of(callable) != &Function_Type) return jit_step(ts, frame, sp, index);
    auto* fn = static_cast<FunctionObject*>(callable);
    CodeObject* co = fn->code;
    if (!is_simple_positional_call(co, nargs) || (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)))
        return jit_step(ts, frame, sp, index);
    JitCode* jc = jit_code_for(co, JIT_HOT_CALL);
    if (!jc) return jit_step(ts, frame, sp, index);
    frame->instr = index;  // where this frame is, for the callee's traceback and warnings
    frame->sp = sp;
    Frame* nf;
    try {
        nf = alloc_frame_inline(ts, co, fn->globals, fn->builtins, nargs);  // RecursionError, MemoryError
    } catch (PyError&) {
        return helper_error(ts, frame, sp, index);
    }
    nf->func = fn;
    for (size_t i = 0; i < nargs; i++) nf->localsplus[i] = args[i];
    Object** slots_begin = sp - oparg - 2;
    frame->sp = slots_begin;
    Object* result = run_callee(ts, nf, jc);
    ts->frame = frame;
    if (!result) return helper_error(ts, frame, slots_begin, index);
    *slots_begin = result;
    frame->instr = index + 1;
    return slots_begin + 1;
}

// The callee left its machine code other than by returning: the interpreter finishes it.
[[gnu::noinline]] static Object* finish_in_interpreter(ThreadState* ts, Frame* nf, int why) {
    try {
        return eval_frame_mode(ts, nf, why == JIT_EXIT_DEOPT ? EVAL_INTERPRET : EVAL_UNWIND).release();
    } catch (PyError&) {
        return nullptr;
    }
}

// f(a, b) or obj.m(a, b) where f (m) is a Python function whose code is compiled and takes
// exactly these arguments: the frame is pushed here, field by field, and the callee's machine code entered
// at its first instruction.  This is the path of every recursive call in fib, so it is kept
// short: anything unusual (a bound method, a class, a full data stack or recursion limit,
// -X stats) goes to jit_call_general, which also raises the errors.
Object** jit_call(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) noexcept {
    uint32_t oparg = instr_arg(frame->code->code[index]);
    Object** slots_begin = sp - oparg - 2;  // callable, then NULL or self (a method call), arguments...
    Object* callable = slots_begin[0];
    if (type_of(callable) != &Function_Type || stats_enabled) [[unlikely]]
        return jit_call_general(ts, frame, sp, index);
    Object** args = slots_begin + 2;
    uint32_t nargs = oparg;
    if (slots_begin[1]) args--, nargs++;  // obj.method(...): self is the first argument
    auto* fn = static_cast<FunctionObject*>(callable);
    CodeObject* co = fn->code;
    JitCode* jc = co->jit_code.load(std::memory_order_acquire);
    if (!jc || jc->fast_argc != int32_t(nargs) || ts->py_depth >= interp.recursion_limit.load(std::memory_order_relaxed) ||
        ts->datastack_top + jc->frame_bytes > ts->datastack_limit) [[unlikely]]
        return jit_call_general(ts, frame, sp, index);
    frame->instr = index;  // where this frame is, for the callee's traceback and warnings
    frame->sp = slots_begin;
    auto* nf = reinterpret_cast<Frame*>(ts->datastack_top);
    ts->datastack_top += jc->frame_bytes;
    ts->py_depth++;
    nf->code = co;
    nf->func = fn;  // the stack's reference to the function moves into the frame
    nf->globals = fn->globals;
    nf->builtins = fn->builtins;
    nf->locals = nullptr;
    nf->previous = frame;
    nf->instr = 0;
    nf->is_entry = true;
    nf->owner = FRAME_OWNED_BY_THREAD;
    nf->yielded = false;
    nf->in_jit = true;
    nf->init_self = nullptr;
    for (uint32_t i = 0; i < nargs; i++) nf->localsplus[i] = args[i];  // (their references too)
    for (int i = int(nargs); i < co->nlocalsplus; i++) nf->localsplus[i] = nullptr;
    nf->sp = nf->localsplus + co->nlocalsplus;
    ts->frame = nf;
    int why = jc->entry(nf, nf->sp, ts, jc->targets[0]);
    nf->in_jit = false;
    Object* result;
    if (why == JIT_EXIT_RETURN) [[likely]] {
        result = *--nf->sp;
        pop_frame_inline(ts, nf);
    } else {
        result = finish_in_interpreter(ts, nf, why);
    }
    ts->frame = frame;
    if (!result) return helper_error(ts, frame, slots_begin, index);
    *slots_begin = result;
    frame->instr = index + 1;
    return slots_begin + 1;
}

// LOAD_ATTR through the instruction's inline cache (specialize.cpp), single-threaded only, as
// in the interpreter.
Object** jit_load_attr(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) noexcept {
    if (!multithreaded.load(std::memory_order_relaxed)) {
        CodeObject* co = frame->code;
        uint32_t oparg = instr_arg(co->code[index]);
        Object* name = co->names[oparg >> 1];
        Object* owner = sp[-1];
        AttrCache& c = attr_cache_at(co, index);
        if (oparg & 1) {
            if (Object* m = attr_cache_method(c, owner, name)) {
                incref(m);
                sp[-1] = m;
                *sp++ = owner;
                frame->instr = index + 1;
                return sp;
            }
        }
        if (Object* v = attr_cache_load(c, owner, name)) {
            incref(v);
            sp[-1] = v;
            decref(owner);
            if (oparg & 1) *sp++ = nullptr;
            frame->instr = index + 1;
            return sp;
        }
    }
    return jit_step(ts, frame, sp, index);
}

// STORE_ATTR through the instruction's inline cache (specialize.cpp), single-threaded only, as
// in the interpreter: o.name = v when the cache says where name lives in o's dict.
Object** jit_store_attr(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) noexcept {
    if (!multithreaded.load(std::memory_order_relaxed)) {
        CodeObject* co = frame->code;
        AttrCache& c = attr_cache_at(co, index);
        if (attr_cache_store(c, sp[-1], co->names[instr_arg(co->code[index])], sp[-2])) {  // took v's reference
            decref(sp[-1]);
            frame->instr = index + 1;
            return sp - 2;
        }
    }
    return jit_step(ts, frame, sp, index);
}

// FOR_ITER over an iterator that is not a range: next(it), or the end of the loop.
Object** jit_for_iter(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) noexcept {
    Object* it = sp[-1];
    try {
        Obj v = type_of(it)->iternext ? type_of(it)->iternext(it) : iter_next(it);
        if (v) {
            *sp++ = v.release();
            frame->instr = index + 1;
        } else {
            decref(*--sp);
            frame->instr = instr_arg(frame->code->code[index]);  // the loop's exit
        }
        return sp;
    } catch (PyError&) {
        return helper_error(ts, frame, sp, index);
    }
}

// Any BINARY_OP: the interpreter's int and float fast paths (binary_fast), else jit_step.
Object** jit_binary_op(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) noexcept {
    uint32_t oparg = instr_arg(frame->code->code[index]);
    Object* a = sp[-2];
    Object* b = sp[-1];
    Object* r = binary_fast(a, b, oparg).release();
    if (!r) return jit_step(ts, frame, sp, index);
    decref(a);
    decref(b);
    sp[-2] = r;
    frame->instr = index + 1;
    return sp - 1;
}

// ───────────── running source text ─────────────

Obj run_source(std::string_view source, const std::string& filename, Object* globals, ParseMode mode) {
    // A program piped in on stdin cannot be read again: CPython's tracebacks show no source
    // lines for "<stdin>", so neither do ours (SyntaxError carries its own line).
    if (filename != "<stdin>") register_source(filename, std::string(source));
    std::unique_ptr<Module> mod = parse(source, filename, mode);
    Ref<CodeObject> code = compile(*mod, filename);
    if (interp.dis && !is_startup_code(filename)) {
        std::string text = disassemble(code.get());
        fwrite(text.data(), 1, text.size(), stdout);
    }
    return run_code(code.get(), globals, globals);
}
