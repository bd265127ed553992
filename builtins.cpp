// builtins.cpp — the `builtins` module: the names every program can use without importing.
//
// What this step does: init_builtins() creates the `builtins` module (its dict is
// interp.builtins, where LOAD_GLOBAL looks after the module's globals), stores the built-in
// types and exception classes in it under their names, and adds the built-in functions defined
// here (len, repr, min, max, sum, sorted, getattr, globals ...).  The lazy iterators
// (iterators.cpp), print/input (textio.cpp) and the sys/time/math modules (modules.cpp,
// mathmodule.cpp) register themselves from here too.
//
// Comes in: a call from the eval loop — every built-in is a NativeFn: (self, args, nargs,
// kwnames), positional arguments first, then one value per keyword named in kwnames.
// Goes out: a new reference, or a Python exception with CPython 3.14's exact message.
//
// Each function checks its own arguments with the helpers at the top, which reproduce the
// messages of CPython's two calling conventions: METH_O functions ("len() takes exactly one
// argument (2 given)") and Argument-Clinic positional ones ("divmod expected 2 arguments, got 1").
// Read next: iterators.cpp, textio.cpp, modules.cpp.
#include "builtins.h"

#include <algorithm>
#include <cmath>

// ───────────────────────────── argument checks ─────────────────────────────

size_t kwcount(Object* kwnames) { return kwnames ? tuple_size(kwnames) : 0; }

std::string_view kwname_at(Object* kwnames, size_t i) { return str_view(tuple_item(kwnames, i)); }

void check_no_kwargs(const char* fname, Object* kwnames) {
    if (kwcount(kwnames) > 0) raise_fmt(Exc_TypeError, "%s() takes no keyword arguments", fname);
}

void check_one_arg(const char* fname, size_t nargs, Object* kwnames) {
    check_no_kwargs(fname, kwnames);
    if (nargs != 1)
        raise_fmt(Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
}

void check_no_args(const char* fname, size_t nargs, Object* kwnames) {
    check_no_kwargs(fname, kwnames);
    if (nargs != 0) raise_fmt(Exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
}

void check_positional(const char* fname, size_t nargs, size_t min, size_t max) {
    if (nargs < min)
        raise_fmt(Exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                  min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
    if (nargs > max)
        raise_fmt(Exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                  min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
}

void add_function(Object* dict, const char* name, NativeFn fn) {
    Obj f = builtin_new(name, fn);
    set_deferred_refcount(f.get());  // len, print, math.sqrt: called by every thread
    dict_set(dict, intern_cstr(name), f.get());
}

Obj lookup_special(Object* o, const char* name) {
    TypeObject* t = type_of(o);
    Obj f = lookup_type_attr(t, intern_cstr(name));
    if (!f) return nullptr;
    if (auto get = type_of(f.get())->descr_get) return get(f.get(), o, (Object*)t);
    return f;
}

// Is the exception being raised right now an instance of `type`?  (For "catch only X".)
static bool raising(TypeObject* type) {
    return exception_matches(tstate()->curexc, (Object*)type);
}

[[noreturn]] static void unexpected_keyword(const char* fname, std::string_view kw) {
    raise_fmt(Exc_TypeError, "%s() got an unexpected keyword argument '%.*s'", fname,
              (int)kw.size(), kw.data());
}

static Obj none() { return newref(Py_None); }

// ───────────────────────────── small one-argument functions ─────────────────────────────

static Obj builtin_len(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("len", nargs, kwnames);
    return int_from_i64(length(args[0]));
}

static Obj builtin_repr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("repr", nargs, kwnames);
    return repr(args[0]);
}

// Decode one UTF-8 sequence at p (valid UTF-8 is guaranteed by str), advancing p.
static uint32_t next_codepoint(const unsigned char*& p) {
    uint32_t c = *p++;
    if (c < 0x80) return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    c &= 0x3F >> extra;
    while (extra-- > 0) c = (c << 6) | (*p++ & 0x3F);
    return c;
}

// ascii(): repr() with every non-ASCII character written as \xhh, \uhhhh or \Uhhhhhhhh.
static Obj builtin_ascii(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("ascii", nargs, kwnames);
    Obj r = repr(args[0]);
    auto* s = static_cast<StrObject*>(r.get());
    if (s->ascii) return r;
    std::string out;
    const auto* p = reinterpret_cast<const unsigned char*>(s->data);
    const auto* end = p + s->size;
    while (p < end) {
        uint32_t c = next_codepoint(p);
        if (c < 0x80) out += char(c);
        else if (c < 0x100) out += strfmt("\\x%02x", c);
        else if (c < 0x10000) out += strfmt("\\u%04x", c);
        else out += strfmt("\\U%08x", c);
    }
    return str_new(out);
}

static Obj builtin_abs(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("abs", nargs, kwnames);
    auto fn = type_of(args[0])->absolute;
    if (!fn) raise_fmt(Exc_TypeError, "bad operand type for abs(): '%s'", type_name(args[0]));
    return fn(args[0]);
}

static Obj builtin_hash(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("hash", nargs, kwnames);
    return int_from_i64(hash(args[0]));
}

static Obj builtin_id(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("id", nargs, kwnames);
    return int_from_u64(reinterpret_cast<uintptr_t>(args[0]));
}

static Obj builtin_callable(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("callable", nargs, kwnames);
    return bool_ref(is_callable(args[0]));
}

static Obj builtin_ord(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("ord", nargs, kwnames);
    Object* o = args[0];
    if (!is_str(o))
        raise_fmt(Exc_TypeError, "ord() expected string of length 1, but %s found", type_name(o));
    auto* s = static_cast<StrObject*>(o);
    if (s->length != 1)
        raise_fmt(Exc_TypeError, "ord() expected a character, but string of length %zu found", s->length);
    const auto* p = reinterpret_cast<const unsigned char*>(s->data);
    return int_from_i64(next_codepoint(p));
}

static Obj builtin_chr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("chr", nargs, kwnames);
    Obj i = number_index(args[0]);
    if (!int_is_small(i.get())) raise_msg(Exc_ValueError, "chr() arg not in range(0x110000)");
    int64_t v = int_as_i64(i.get());
    if (v < 0 || v >= 0x110000) raise_msg(Exc_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint(uint32_t(v));
}

// hex(), oct(), bin(): any object with __index__, written with its 0x / 0o / 0b prefix.
static Obj int_in_base(const char* fname, Object* const* args, size_t nargs, Object* kwnames, int base) {
    check_one_arg(fname, nargs, kwnames);
    Obj i = number_index(args[0]);
    return str_new(int_to_string(i.get(), base));
}
static Obj builtin_hex(Object*, Object* const* a, size_t n, Object* kw) { return int_in_base("hex", a, n, kw, 16); }
static Obj builtin_oct(Object*, Object* const* a, size_t n, Object* kw) { return int_in_base("oct", a, n, kw, 8); }
static Obj builtin_bin(Object*, Object* const* a, size_t n, Object* kw) { return int_in_base("bin", a, n, kw, 2); }

// any() and all() stop at the first item that decides the answer.
static Obj any_all(const char* fname, Object* const* args, size_t nargs, Object* kwnames, bool want) {
    check_one_arg(fname, nargs, kwnames);
    Obj it = get_iter(args[0]);
    while (Obj item = iter_next(it.get()))
        if (truthy(item.get()) == want) return bool_ref(want);
    return bool_ref(!want);
}
static Obj builtin_any(Object*, Object* const* a, size_t n, Object* kw) { return any_all("any", a, n, kw, true); }
static Obj builtin_all(Object*, Object* const* a, size_t n, Object* kw) { return any_all("all", a, n, kw, false); }

// ───────────────────────────── numbers ─────────────────────────────

// The exact built-in number types, whose // and % already agree with divmod().
static bool is_plain_number(Object* o) {
    TypeObject* t = type_of(o);
    return t == &Int_Type || t == &Bool_Type || t == &Float_Type;
}

// o.name(arg) if o's type defines `name`; null if it doesn't.
static Obj call_special1(Object* o, const char* name, Object* arg) {
    Obj f = lookup_special(o, name);
    if (!f) return nullptr;
    return call1(f.get(), arg);
}

static Obj builtin_divmod(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("divmod", kwnames);
    check_positional("divmod", nargs, 2, 2);
    Object *a = args[0], *b = args[1];
    if (is_plain_number(a) && is_plain_number(b)) {
        Obj q = binary_op(a, b, NB_FLOOR_DIVIDE);
        Obj r = binary_op(a, b, NB_REMAINDER);
        return tuple_pack({q.get(), r.get()});
    }
    // User classes: a.__divmod__(b), then the reflected b.__rdivmod__(a).
    Obj r = call_special1(a, "__divmod__", b);
    if (r && r.get() != Py_NotImplemented) return r;
    if (type_of(a) != type_of(b)) {
        r = call_special1(b, "__rdivmod__", a);
        if (r && r.get() != Py_NotImplemented) return r;
    }
    raise_fmt(Exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
              type_name(a), type_name(b));
}

static Obj builtin_pow(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[3] = {nullptr, nullptr, nullptr};
    parse_args("pow", args, nargs, kwnames, {"base", "exp", "mod"}, 2, a);
    Object *base = a[0], *exp = a[1], *mod = a[2];
    if (!mod || mod == Py_None) return binary_op(base, exp, NB_POWER);
    if (is_int(base) && is_int(exp) && is_int(mod)) return int_pow_mod(base, exp, mod);
    // A user class may define a three-argument __pow__.
    if (type_of(base)->flags & TPF_HEAPTYPE) {
        if (Obj f = lookup_special(base, "__pow__")) {
            Object* fargs[2] = {exp, mod};
            Obj r = call(f.get(), fargs, 2);
            if (r.get() != Py_NotImplemented) return r;
        }
    }
    auto numeric = [](Object* o) { return is_int(o) || is_float(o); };
    if (numeric(base) && numeric(exp) && numeric(mod))
        raise_msg(Exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    raise_fmt(Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
              type_name(base), type_name(exp), type_name(mod));
}

static Obj builtin_round(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[2] = {nullptr, nullptr};
    parse_args("round", args, nargs, kwnames, {"number", "ndigits"}, 1, a);
    Object* x = a[0];
    Object* ndigits = (a[1] && a[1] != Py_None) ? a[1] : nullptr;
    TypeObject* t = type_of(x);
    if (t == &Float_Type) return float_round(float_value(x), ndigits);
    if (t == &Int_Type || t == &Bool_Type) return int_round(x, ndigits);
    Obj f = lookup_special(x, "__round__");
    if (!f) {
        if (is_float(x)) return float_round(float_value(x), ndigits);
        if (is_int(x)) return int_round(x, ndigits);
        raise_fmt(Exc_TypeError, "type %s doesn't define __round__ method", type_name(x));
    }
    return ndigits ? call1(f.get(), ndigits) : call0(f.get());
}

// ───────────────────────────── min, max, sum, sorted ─────────────────────────────

// min() and max(): one iterable or several arguments; key= and default= keywords.  The first
// of several equal extremes wins, because an item replaces the best only if strictly better.
static Obj min_max(const char* fname, Object* const* args, size_t nargs, Object* kwnames, int op) {
    if (nargs == 0) raise_fmt(Exc_TypeError, "%s expected at least 1 argument, got 0", fname);
    Object *keyfunc = nullptr, *dflt = nullptr;
    for (size_t i = 0; i < kwcount(kwnames); i++) {
        std::string_view kw = kwname_at(kwnames, i);
        if (kw == "key") keyfunc = args[nargs + i];
        else if (kw == "default") dflt = args[nargs + i];
        else unexpected_keyword(fname, kw);
    }
    if (nargs > 1 && dflt)
        raise_fmt(Exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
    if (keyfunc == Py_None) keyfunc = nullptr;
    Obj it;
    if (nargs == 1) it = get_iter(args[0]);
    Obj best_item, best_val;
    size_t next_arg = 0;
    for (;;) {
        Obj item;
        if (it) {
            item = iter_next(it.get());
            if (!item) break;
        } else {
            if (next_arg == nargs) break;
            item = newref(args[next_arg++]);
        }
        Obj val = keyfunc ? call1(keyfunc, item.get()) : item;
        if (!best_val || richcompare_bool(val.get(), best_val.get(), op)) {
            best_item = std::move(item);
            best_val = std::move(val);
        }
    }
    if (best_val) return best_item;
    if (dflt) return newref(dflt);
    raise_fmt(Exc_ValueError, "%s() iterable argument is empty", fname);
}
static Obj builtin_min(Object*, Object* const* a, size_t n, Object* kw) { return min_max("min", a, n, kw, CMP_LT); }
static Obj builtin_max(Object*, Object* const* a, size_t n, Object* kw) { return min_max("max", a, n, kw, CMP_GT); }

static bool small_int_value(Object* o, int64_t* v) {
    if (!(type_of(o) == &Int_Type || type_of(o) == &Bool_Type)) return false;
    auto* i = static_cast<IntObject*>(o);
    if (i->big) return false;
    *v = i->value;
    return true;
}

// Neumaier's compensated summation, as CPython 3.12+ uses for sum() of floats: `lo` collects
// the low-order bits that each addition to `hi` rounds away.
struct CompensatedSum { double hi = 0.0, lo = 0.0; };
static void cs_add(CompensatedSum& s, double x) {
    double t = s.hi + x;
    if (std::fabs(s.hi) >= std::fabs(x)) s.lo += (s.hi - t) + x;
    else s.lo += (x - t) + s.hi;
    s.hi = t;
}
static double cs_value(const CompensatedSum& s) {
    // Adding a zero or non-finite compensation would lose a -0.0 sign or turn inf into nan.
    if (s.lo != 0.0 && std::isfinite(s.lo)) return s.hi + s.lo;
    return s.hi;
}

// sum(iterable, /, start=0).  Like CPython: a fast loop in int64 while everything is a small
// int, then a compensated float loop while everything is a float or int, then plain `+`.
static Obj builtin_sum(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    size_t nkw = kwcount(kwnames);
    if (nargs + nkw > 2) raise_fmt(Exc_TypeError, "sum() takes at most 2 arguments (%zu given)", nargs + nkw);
    Object* start = nullptr;
    for (size_t i = 0; i < nkw; i++) {
        std::string_view kw = kwname_at(kwnames, i);
        if (kw != "start") unexpected_keyword("sum", kw);
        start = args[nargs + i];
    }
    if (nargs == 0) raise_msg(Exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (nargs == 2) start = args[1];
    Obj it = get_iter(args[0]);
    if (start && is_str(start)) raise_msg(Exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    Obj result = start ? newref(start) : int_from_i64(0);

    int64_t acc;
    if (type_of(result.get()) == &Int_Type && small_int_value(result.get(), &acc)) {
        for (;;) {
            Obj item = iter_next(it.get());
            if (!item) return int_from_i64(acc);
            int64_t b, sum;
            if (small_int_value(item.get(), &b) && !__builtin_add_overflow(acc, b, &sum)) {
                acc = sum;
                continue;
            }
            result = binary_op(int_from_i64(acc).get(), item.get(), NB_ADD);
            break;
        }
    }
    if (type_of(result.get()) == &Float_Type) {
        CompensatedSum s;
        s.hi = float_value(result.get());
        for (;;) {
            Obj item = iter_next(it.get());
            if (!item) return float_new(cs_value(s));
            if (type_of(item.get()) == &Float_Type) {
                cs_add(s, float_value(item.get()));
                continue;
            }
            if (is_int(item.get())) {
                cs_add(s, int_as_double(item.get()));
                continue;
            }
            result = binary_op(float_new(cs_value(s)).get(), item.get(), NB_ADD);
            break;
        }
    }
    while (Obj item = iter_next(it.get())) result = binary_op(result.get(), item.get(), NB_ADD);
    return result;
}

// sorted(iterable, /, *, key=None, reverse=False): a new list, sorted by list_sort.
static Obj builtin_sorted(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs != 1) raise_fmt(Exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    Object* key = nullptr;
    bool reverse = false;
    for (size_t i = 0; i < kwcount(kwnames); i++) {
        std::string_view kw = kwname_at(kwnames, i);
        Object* v = args[nargs + i];
        if (kw == "key") key = v == Py_None ? nullptr : v;
        else if (kw == "reverse") reverse = truthy(v);
        else unexpected_keyword("sort", kw);
    }
    Obj list = list_new(0);  // always a new list, even when given one
    list_extend(list.get(), args[0]);
    list_sort(list.get(), key, reverse);
    return list;
}

// ───────────────────────────── iteration ─────────────────────────────

static Obj builtin_iter(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("iter", kwnames);
    check_positional("iter", nargs, 1, 2);
    if (nargs == 1) return get_iter(args[0]);
    if (!is_callable(args[0])) raise_msg(Exc_TypeError, "iter(v, w): v must be callable");
    return callable_iterator_new(args[0], args[1]);
}

static Obj builtin_next(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("next", kwnames);
    check_positional("next", nargs, 1, 2);
    Object* it = args[0];
    auto fn = type_of(it)->iternext;
    if (!fn) raise_fmt(Exc_TypeError, "'%s' object is not an iterator", type_name(it));
    // A class's __next__ is called directly so that its StopIteration (with a value) reaches
    // the caller unchanged; the type slot would turn it into a plain "exhausted".
    // (A generator's __next__ likewise carries its return value in the StopIteration.)
    if (nargs == 1 && ((type_of(it)->flags & TPF_HEAPTYPE) || type_of(it) == &Gen_Type))
        return call_method(it, "__next__", nullptr, 0);
    try {
        if (Obj item = fn(it)) return item;
    } catch (PyError&) {
        // A __next__ written in Python ends by raising StopIteration: the default replaces it.
        if (nargs < 2 || !raising(Exc_StopIteration)) throw;
        fetch_exception();
    }
    if (nargs == 2) return newref(args[1]);
    raise_type_or_instance((Object*)Exc_StopIteration);
}

// ───────────────────────────── attributes ─────────────────────────────

static void check_attr_name(Object* name) {
    if (!is_str(name))
        raise_fmt(Exc_TypeError, "attribute name must be string, not '%s'", type_name(name));
}

static Obj builtin_getattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("getattr", kwnames);
    check_positional("getattr", nargs, 2, 3);
    check_attr_name(args[1]);
    if (nargs == 2) return getattr(args[0], args[1]);
    try {
        if (Obj v = getattr_opt(args[0], args[1])) return v;
    } catch (PyError&) {
        if (!raising(Exc_AttributeError)) throw;
        fetch_exception();
    }
    return newref(args[2]);
}

static Obj builtin_hasattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("hasattr", kwnames);
    check_positional("hasattr", nargs, 2, 2);
    check_attr_name(args[1]);
    try {
        return bool_ref(bool(getattr_opt(args[0], args[1])));
    } catch (PyError&) {
        if (!raising(Exc_AttributeError)) throw;
        fetch_exception();
        return bool_ref(false);
    }
}

static Obj builtin_setattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("setattr", kwnames);
    check_positional("setattr", nargs, 3, 3);
    check_attr_name(args[1]);
    setattr(args[0], args[1], args[2]);
    return none();
}

static Obj builtin_delattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("delattr", kwnames);
    check_positional("delattr", nargs, 2, 2);
    check_attr_name(args[1]);
    delattr(args[0], args[1]);
    return none();
}

// ───────────────────────────── types ─────────────────────────────

static Obj builtin_isinstance(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("isinstance", kwnames);
    check_positional("isinstance", nargs, 2, 2);
    return bool_ref(isinstance(args[0], args[1]));
}

static Obj builtin_issubclass(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("issubclass", kwnames);
    check_positional("issubclass", nargs, 2, 2);
    return bool_ref(issubclass(args[0], args[1]));
}

static Obj builtin_format(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("format", kwnames);
    check_positional("format", nargs, 1, 2);
    if (nargs == 1) {
        Obj empty = str_new("");
        return format(args[0], empty.get());
    }
    if (!is_str(args[1]))
        raise_fmt(Exc_TypeError, "format() argument 2 must be str, not %s", type_name(args[1]));
    return format(args[0], args[1]);
}

// ───────────────────────────── namespaces: globals, locals, vars, dir ─────────────────────────────

static Frame* current_frame() {
    ThreadState* ts = tstate();
    return ts ? ts->frame : nullptr;
}

static Obj builtin_globals(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_args("globals", nargs, kwnames);
    Frame* f = current_frame();
    return f ? newref(f->globals) : dict_new();
}

// A function frame keeps its variables in numbered slots, not in a dict: locals() copies them
// into a fresh dict (a snapshot, as in CPython 3.13+).  Cells are looked through.
static Obj fast_locals_dict(Frame* f) {
    Obj d = dict_new();
    CodeObject* co = f->code;
    for (int i = 0; i < co->nlocalsplus; i++) {
        Object* v = f->localsplus[i];
        if (!v) continue;
        if ((co->localspluskinds[i] & (LK_CELL | LK_FREE)) && type_of(v) == &Cell_Type) {
            v = static_cast<CellObject*>(v)->ref;
            if (!v) continue;
        }
        Obj name = intern(co->localsplusnames[i]);
        dict_set(d.get(), name.get(), v);
    }
    return d;
}

static Obj current_locals() {
    Frame* f = current_frame();
    if (!f) return dict_new();
    if (f->locals) return newref(f->locals);
    return fast_locals_dict(f);
}
Obj builtin_locals_dict() { return current_locals(); }

static Obj builtin_locals(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_args("locals", nargs, kwnames);
    return current_locals();
}

static Obj builtin_vars(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("vars", kwnames);
    check_positional("vars", nargs, 0, 1);
    if (nargs == 0) return current_locals();
    Object* o = args[0];
    if (is_subtype(type_of(o), &Module_Type)) return newref(static_cast<ModuleObject*>(o)->dict);
    if (is_subtype(type_of(o), &Type_Type)) return newref(static_cast<TypeObject*>(o)->dict);
    if (Object** slot = instance_dict_slot(o)) {
        if (!*slot) *slot = dict_new().release();  // created on first use, like CPython
        return newref(*slot);
    }
    try {
        return getattr_str(o, "__dict__");
    } catch (PyError&) {
        if (!raising(Exc_AttributeError)) throw;
        fetch_exception();
        raise_msg(Exc_TypeError, "vars() argument must have __dict__ attribute");
    }
}

static void add_keys(Object* names, Object* dict) {
    if (!dict) return;
    size_t pos = 0;
    Object *k, *v;
    while (dict_next(dict, &pos, &k, &v)) dict_set(names, k, Py_None);
}

static Obj sorted_list_of_keys(Object* names) {
    Obj list = list_new(0);
    list_extend(list.get(), names);
    list_sort(list.get(), nullptr, false);
    return list;
}

// dir(): without an argument the names in the current scope; with one, a user-defined
// __dir__ if there is one, else the names reachable from the object as CPython's default
// object.__dir__ / type.__dir__ / module.__dir__ collect them.  Always sorted.
static Obj builtin_dir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("dir", kwnames);
    check_positional("dir", nargs, 0, 1);
    if (nargs == 0) {
        Obj scope = current_locals();
        return sorted_list_of_keys(scope.get());
    }
    Object* o = args[0];
    if (Obj f = lookup_special(o, "__dir__")) {
        Obj result = call0(f.get());
        return sorted_list_of_keys(result.get());
    }
    Obj names = dict_new();
    if (is_subtype(type_of(o), &Module_Type)) {
        add_keys(names.get(), static_cast<ModuleObject*>(o)->dict);
    } else if (is_subtype(type_of(o), &Type_Type)) {
        for (TypeObject* t : static_cast<TypeObject*>(o)->mro) add_keys(names.get(), t->dict);
    } else {
        if (Object** slot = instance_dict_slot(o)) add_keys(names.get(), *slot);
        for (TypeObject* t : type_of(o)->mro) add_keys(names.get(), t->dict);
    }
    return sorted_list_of_keys(names.get());
}

// ───────────────────────────── leaving and importing ─────────────────────────────

// exit() / quit(): raise SystemExit(code) (in CPython these come from the site module).
static Obj builtin_exit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[1] = {nullptr};
    parse_args("exit", args, nargs, kwnames, {"code"}, 0, a);
    Obj exc = a[0] ? call1((Object*)Exc_SystemExit, a[0]) : call0((Object*)Exc_SystemExit);
    raise(exc.get());
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0): what `import` does.
static Obj builtin_import(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[5] = {};
    parse_args("__import__", args, nargs, kwnames, {"name", "globals", "locals", "fromlist", "level"}, 1, a);
    if (!is_str(a[0])) raise_fmt(Exc_TypeError, "module name must be str, not %s", type_name(a[0]));
    int64_t level = a[4] ? int_as_i64(a[4]) : 0;
    if (level < 0) raise_msg(Exc_ValueError, "level must be >= 0");
    if (level > 0 && !(a[1] && is_dict(a[1])))
        raise_msg(Exc_ImportError, "attempted relative import with no known parent package");
    Obj name = level > 0 ? resolve_relative_name(a[1], str_view(a[0]), int(level)) : newref(a[0]);
    Object* m = import_module(name.get());
    // Without a fromlist, `__import__('a.b')` returns the top-level package a, as `import a.b` binds.
    bool fromlist = a[3] && truthy(a[3]);
    std::string_view n = str_view(name.get());
    if (fromlist || level > 0 || n.find('.') == std::string_view::npos) return newref(m);
    Obj top = str_new(n.substr(0, n.find('.')));
    return newref(import_module(top.get()));
}

// ───────────────────────────── building the module ─────────────────────────────

static void add_name(Object* dict, const char* name, Object* value) {
    dict_set(dict, intern_cstr(name), value);
}

static void add_types_and_exceptions(Object* d) {
    struct { const char* name; TypeObject* type; } types[] = {
        {"int", &Int_Type}, {"float", &Float_Type}, {"complex", &Complex_Type}, {"str", &Str_Type}, {"bool", &Bool_Type}, {"staticmethod", &StaticMethod_Type}, {"classmethod", &ClassMethod_Type},
        {"list", &List_Type}, {"tuple", &Tuple_Type}, {"dict", &Dict_Type}, {"range", &Range_Type},
        {"set", &Set_Type}, {"frozenset", &FrozenSet_Type}, {"bytes", &Bytes_Type}, {"bytearray", &ByteArray_Type},
        {"slice", &Slice_Type}, {"object", &Object_Type}, {"type", &Type_Type},
        {"super", &Super_Type}, {"property", &Property_Type},
    };
    for (auto& t : types) add_name(d, t.name, (Object*)t.type);
    TypeObject* exceptions[] = {
        Exc_BaseException, Exc_Exception, Exc_ArithmeticError, Exc_ZeroDivisionError,
        Exc_OverflowError, Exc_LookupError, Exc_IndexError, Exc_KeyError, Exc_ValueError,
        Exc_TypeError, Exc_NameError, Exc_UnboundLocalError, Exc_AttributeError,
        Exc_RuntimeError, Exc_RecursionError, Exc_NotImplementedError, Exc_StopIteration,
        Exc_AssertionError, Exc_KeyboardInterrupt, Exc_SystemExit, Exc_MemoryError,
        Exc_SyntaxError, Exc_IndentationError, Exc_ImportError, Exc_ModuleNotFoundError,
        Exc_UnicodeError, Exc_UnicodeDecodeError, Exc_EOFError, Exc_OSError,
        Exc_GeneratorExit, Exc_FloatingPointError,
    };
    for (TypeObject* e : exceptions)
        if (e) add_name(d, e->name.c_str(), (Object*)e);
}

static void add_functions(Object* d) {
    struct { const char* name; NativeFn fn; } fns[] = {
        {"__import__", builtin_import}, {"abs", builtin_abs}, {"all", builtin_all},
        {"any", builtin_any}, {"ascii", builtin_ascii}, {"bin", builtin_bin},
        {"callable", builtin_callable}, {"chr", builtin_chr}, {"delattr", builtin_delattr},
        {"dir", builtin_dir}, {"divmod", builtin_divmod}, {"exit", builtin_exit},
        {"format", builtin_format}, {"getattr", builtin_getattr}, {"globals", builtin_globals},
        {"hasattr", builtin_hasattr}, {"hash", builtin_hash}, {"hex", builtin_hex},
        {"id", builtin_id}, {"isinstance", builtin_isinstance}, {"issubclass", builtin_issubclass},
        {"iter", builtin_iter}, {"len", builtin_len}, {"locals", builtin_locals}, {"open", builtin_open},
        {"max", builtin_max}, {"min", builtin_min}, {"next", builtin_next}, {"oct", builtin_oct},
        {"ord", builtin_ord}, {"pow", builtin_pow}, {"quit", builtin_exit}, {"repr", builtin_repr},
        {"round", builtin_round}, {"setattr", builtin_setattr}, {"sorted", builtin_sorted},
        {"sum", builtin_sum}, {"vars", builtin_vars},
    };
    for (auto& f : fns) add_function(d, f.name, f.fn);
    add_function(d, "__build_class__", build_class);
}

void init_builtins() {
    // sys first: it owns sys.modules, where every other module is registered.
    Object* sys = make_sys_module();
    Obj builtins = new_module("builtins");
    Object* d = module_dict(builtins.get());
    incref(d);
    interp.builtins = d;  // owned by interp for the life of the process
    add_module(builtins.get());

    add_types_and_exceptions(d);
    add_exec_builtins(d);  // compile, exec, eval (execmodule.cpp)
    register_exception_names(d);  // every class exceptions.cpp made (TabError, Warning ...)
    add_name(d, "None", Py_None);
    add_name(d, "True", Py_True);
    add_name(d, "False", Py_False);
    add_name(d, "NotImplemented", Py_NotImplemented);
    add_name(d, "Ellipsis", Py_Ellipsis);
    add_name(d, "__debug__", Py_True);
    add_functions(d);
    init_iterator_types(d);
    init_textio(d, module_dict(sys));
    add_sys_info_records(sys);  // sys.float_info, sys.int_info: Python code, so after the builtins
}
