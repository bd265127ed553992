// objects.cpp — the object protocol: what `a + b`, `x[k]`, `repr(x)`, `f(...)` mean for any object.
//
// What this step does: every protocol function below (repr, hash, getattr, getitem, binary_op,
// richcompare, call, ...) takes plain objects, looks up the matching slot in the operand's type
// (struct TypeObject in minipy.h) and calls it.  When the slot is missing, or returns
// NotImplemented for every operand, it raises the TypeError CPython 3.14 would raise, word for
// word.  This is the C++ counterpart of CPython's Objects/abstract.c and Objects/object.c.
//
// Also here: raising Python errors (raise, raise_msg, raise_fmt, raise_syntax_error ...) and the
// argument checkers native functions use (parse_args, check_nargs).
//
// Comes in: borrowed Object* operands.  Goes out: new references (Obj), or a thrown PyError with
// the exception stored in tstate()->curexc.
// Read next: typeobject.cpp (how a class's dunder methods become slots), vm.cpp (who calls these).
#include "minipy.h"
#include "builtins.h"  // seq_iter_new

#include <cstdio>

// ───────────────────────────── operator names ─────────────────────────────

const char* binop_symbol(int op) {
    static const char* const names[] = {
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    };
    return (op >= 0 && op <= NB_INPLACE_XOR) ? names[op] : "?";
}

// a < b is b > a: the operation to try on the right operand's type.
int cmp_swapped(int op) {
    static const int swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
    return swapped[op];
}

static const char* cmp_symbol(int op) {
    static const char* const names[] = {"<", "<=", "==", "!=", ">", ">="};
    return names[op];
}

// ───────────────────────────── raising errors ─────────────────────────────

static std::string vstrfmt(const char* fmt, va_list ap) {
    va_list copy;
    va_copy(copy, ap);
    char buf[256];
    int n = vsnprintf(buf, sizeof buf, fmt, copy);
    va_end(copy);
    if (n < 0) return std::string();
    if (size_t(n) < sizeof buf) return std::string(buf, size_t(n));
    std::string out(size_t(n), '\0');
    vsnprintf(out.data(), size_t(n) + 1, fmt, ap);
    return out;
}

std::string strfmt(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::string s = vstrfmt(fmt, ap);
    va_end(ap);
    return s;
}

static bool is_exception_instance(Object* o) { return type_of(o)->flags & TPF_EXC_SUBCLASS; }

// Setting exc.__context__ = handled must not create a loop: if exc already appears in handled's
// own context chain, CPython cuts the chain just before exc.  The slow pointer (Floyd's
// tortoise) stops the walk should the chain already contain a cycle made by user code.
static void cut_context_cycle(Object* handled, Object* exc) {
    auto* o = static_cast<ExceptionObject*>(handled);
    auto* slow = o;
    bool move_slow = false;
    while (Object* ctx = o->context) {
        if (ctx == exc) {
            o->context = nullptr;
            decref(ctx);
            return;
        }
        o = static_cast<ExceptionObject*>(ctx);
        if (o == slow) return;  // a pre-existing cycle: nothing more to do
        if (move_slow) slow = static_cast<ExceptionObject*>(slow->context);
        move_slow = !move_slow;
    }
}

void raise(Object* exc) {
    if (!is_exception_instance(exc)) raise_msg(Exc_TypeError, "exceptions must derive from BaseException");
    ThreadState* ts = tstate();
    incref(exc);  // the reference curexc will own
    Object* handled = ts->handled_exc;
    // Raised while an except block runs: the handled exception becomes the implicit context
    // ("During handling of the above exception, another exception occurred").
    if (handled && handled != exc && is_exception_instance(handled)) {
        cut_context_cycle(handled, exc);
        set_ref(static_cast<ExceptionObject*>(exc)->context, handled);
    }
    Object* old = ts->curexc;
    ts->curexc = exc;
    xdecref(old);
    throw PyError{};
}

// Built through the class's own __new__ and __init__ (exceptions.cpp), so family attributes
// such as StopIteration.value are filled in exactly as for a Python-level call.
Obj make_exception(TypeObject* type, const std::string& msg) {
    // An empty message means "no arguments", as CPython's MemoryError() or StopIteration().
    if (msg.empty()) return call_type(type, nullptr, 0, nullptr);
    Object* s = str_new(msg).release();
    Obj guard = Obj::steal(s);
    return call_type(type, &s, 1, nullptr);
}

void raise_msg(TypeObject* type, const std::string& msg) {
    Obj e = make_exception(type, msg);
    raise(e.get());
}

void raise_fmt(TypeObject* type, const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::string msg = vstrfmt(fmt, ap);
    va_end(ap);
    raise_msg(type, msg);
}

// `raise X`: X may be an exception instance, or a class to instantiate with no arguments.
void raise_type_or_instance(Object* x) {
    if (is_type(x) && is_subtype(static_cast<TypeObject*>(x), Exc_BaseException)) {
        Obj e = call0(x);
        if (!is_exception_instance(e.get()))
            raise_fmt(Exc_TypeError, "calling %s should have returned an instance of BaseException, not %s",
                      repr_string(x).c_str(), type_name(e.get()));
        raise(e.get());
    }
    if (is_exception_instance(x)) raise(x);
    raise_msg(Exc_TypeError, "exceptions must derive from BaseException");
}

Obj fetch_exception() {
    ThreadState* ts = tstate();
    Obj e = Obj::steal(ts->curexc);
    ts->curexc = nullptr;
    return e;
}

bool exception_matches(Object* exc, Object* type_or_tuple) { return isinstance(exc, type_or_tuple); }

// Columns arrive as UTF-8 byte offsets; SyntaxError.offset counts characters, 1-based.
// A negative column is passed through as col + 1 (the parser uses -1 → 0 and -2 → -1 on
// purpose: CPython reports offset 0 / end_offset -1 for some indentation errors).
static int64_t char_offset_1based(const std::string& text, int col) {
    if (col < 0) return int64_t(col) + 1;
    int64_t chars = 0;
    size_t limit = size_t(col) < text.size() ? size_t(col) : text.size();
    for (size_t i = 0; i < limit; i++)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) chars++;
    if (size_t(col) > text.size()) chars += int64_t(size_t(col) - text.size());
    return chars + 1;
}

void raise_syntax_error(TypeObject* type, const std::string& msg, const std::string& filename,
                        int line, int col, int end_line, int end_col, const std::string& text) {
    Obj m = str_new(msg);
    Obj exc;
    const char* names[] = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    Obj values[7];
    values[0] = m;
    if (col < 0 && text.empty()) {
        // No position at all (e.g. null bytes in the source): args is just (msg,), and the
        // other attributes are None, so the report has no "File ..." line.
        Object* one[1] = {m.get()};
        exc = call_type(type, one, 1, nullptr);
        for (size_t i = 1; i < 7; i++) values[i] = newref(Py_None);
    } else {
        values[1] = str_new(filename);
        values[2] = int_from_i64(line);
        values[3] = int_from_i64(char_offset_1based(text, col));
        // CPython's text keeps the line's newline; no source line at all is None.
        values[4] = text.empty() ? newref(Py_None) : str_new(text + "\n");
        values[5] = int_from_i64(end_line > 0 ? end_line : line);
        values[6] = int_from_i64(end_line == line || end_line <= 0 ? char_offset_1based(text, end_col)
                                                                   : int64_t(end_col) + 1);
        Obj details = tuple_pack({values[1].get(), values[2].get(), values[3].get(), values[4].get(),
                                  values[5].get(), values[6].get()});
        Object* two[2] = {m.get(), details.get()};
        exc = call_type(type, two, 2, nullptr);
    }
    // SyntaxError's attributes, read back by traceback.cpp (print_syntax_error_body).
    for (size_t i = 0; i < 7; i++) setattr(exc.get(), intern_cstr(names[i]), values[i].get());
    raise(exc.get());
}

void raise_attribute_error(Object* o, Object* name) {
    std::string n(str_view(name));
    if (is_type(o))
        raise_fmt(Exc_AttributeError, "type object '%s' has no attribute '%s'",
                  static_cast<TypeObject*>(o)->name.c_str(), n.c_str());
    if (type_of(o) == &Module_Type) {
        Object* mname = static_cast<ModuleObject*>(o)->name;
        std::string m = mname && is_str(mname) ? std::string(str_view(mname)) : "?";
        raise_fmt(Exc_AttributeError, "module '%s' has no attribute '%s'", m.c_str(), n.c_str());
    }
    raise_fmt(Exc_AttributeError, "'%s' object has no attribute '%s'", type_name(o), n.c_str());
}

// ───────────────────────────── repr, str, hash, truth, len ─────────────────────────────

Obj repr(Object* o) {
    TypeObject* t = type_of(o);
    if (!t->repr) return str_new(strfmt("<%s object at %p>", t->name.c_str(), (void*)o));
    RecursionGuard guard(" while getting the repr of an object");
    Obj r = t->repr(o);
    if (!is_str(r.get())) raise_fmt(Exc_TypeError, "__repr__ returned non-string (type %s)", type_name(r.get()));
    return r;
}

Obj str(Object* o) {
    if (type_of(o) == &Str_Type) return newref(o);  // the common case: str of a str
    TypeObject* t = type_of(o);
    if (!t->str) return repr(o);
    RecursionGuard guard(" while getting the str of an object");
    Obj r = t->str(o);
    if (!is_str(r.get())) raise_fmt(Exc_TypeError, "__str__ returned non-string (type %s)", type_name(r.get()));
    return r;
}

std::string repr_string(Object* o) {
    Obj r = repr(o);
    return std::string(str_view(r.get()));
}

std::string str_string(Object* o) {
    Obj r = str(o);
    return std::string(str_view(r.get()));
}

int64_t hash(Object* o) {
    TypeObject* t = type_of(o);
    if (!t->hash) raise_fmt(Exc_TypeError, "unhashable type: '%s'", t->name.c_str());
    return t->hash(o);
}

bool truthy(Object* o) {
    if (o == Py_True) return true;
    if (o == Py_False || o == Py_None) return false;
    TypeObject* t = type_of(o);
    if (t->truth) return t->truth(o) != 0;
    if (t->len) return t->len(o) != 0;  // containers: empty is false
    return true;
}

int64_t length(Object* o) {
    TypeObject* t = type_of(o);
    if (!t->len) raise_fmt(Exc_TypeError, "object of type '%s' has no len()", t->name.c_str());
    return t->len(o);
}

// ───────────────────────────── attributes ─────────────────────────────

Obj getattr_opt(Object* o, Object* name) {
    TypeObject* t = type_of(o);
    try {
        return t->getattro ? t->getattro(o, name) : generic_getattr(o, name);
    } catch (PyError&) {
        // A __getattr__ written in Python reports "absent" by raising AttributeError.
        Obj e = fetch_exception();
        if (!exception_matches(e.get(), (Object*)Exc_AttributeError)) raise(e.get());
        return nullptr;
    }
}

Obj getattr(Object* o, Object* name) {
    TypeObject* t = type_of(o);
    Obj r = t->getattro ? t->getattro(o, name) : generic_getattr(o, name);
    if (!r) raise_attribute_error(o, name);
    return r;
}

Obj getattr_str(Object* o, const char* name) { return getattr(o, intern_cstr(name)); }

void setattr(Object* o, Object* name, Object* v) {
    TypeObject* t = type_of(o);
    if (t->setattro) t->setattro(o, name, v);
    else generic_setattr(o, name, v);
}

void delattr(Object* o, Object* name) { setattr(o, name, nullptr); }

// ───────────────────────────── subscripts ─────────────────────────────

Obj getitem(Object* o, Object* key) {
    TypeObject* t = type_of(o);
    if (t->getitem) return t->getitem(o, key);
    if (is_type(o)) {
        // list[int]: generic aliases come from the class's __class_getitem__.
        if (Obj f = getattr_opt(o, intern_cstr("__class_getitem__"))) return call1(f.get(), key);
        if (Obj alias = generic_alias_for(o, key)) return alias;
        raise_fmt(Exc_TypeError, "type '%s' is not subscriptable", static_cast<TypeObject*>(o)->name.c_str());
    }
    raise_fmt(Exc_TypeError, "'%s' object is not subscriptable", t->name.c_str());
}

void setitem(Object* o, Object* key, Object* v) {
    TypeObject* t = type_of(o);
    if (!t->setitem) raise_fmt(Exc_TypeError, "'%s' object does not support item assignment", t->name.c_str());
    t->setitem(o, key, v);
}

void delitem(Object* o, Object* key) {
    TypeObject* t = type_of(o);
    if (!t->setitem) {
        // CPython words this differently when it got as far as the sequence protocol (an
        // integer index on a sequence-like type): "doesn't" instead of "does not".
        bool sequence_like = (t->flags & TPF_HEAPTYPE) || t->len || t->contains;
        bool int_key = is_int(key) || type_of(key)->nb_index;
        if (sequence_like && int_key)
            raise_fmt(Exc_TypeError, "'%s' object doesn't support item deletion", t->name.c_str());
        raise_fmt(Exc_TypeError, "'%s' object does not support item deletion", t->name.c_str());
    }
    t->setitem(o, key, nullptr);
}

// ───────────────────────────── iteration and `in` ─────────────────────────────

Obj get_iter(Object* o) {
    TypeObject* t = type_of(o);
    if (!t->iter) {
        // The old sequence protocol: o[0], o[1], ... until IndexError (dicts are not sequences).
        if (t->getitem && !is_dict(o)) return seq_iter_new(o);
        raise_fmt(Exc_TypeError, "'%s' object is not iterable", t->name.c_str());
    }
    Obj it = t->iter(o);
    if (!type_of(it.get())->iternext)
        raise_fmt(Exc_TypeError, "iter() returned non-iterator of type '%s'", type_name(it.get()));
    return it;
}

Obj iter_next(Object* it) {
    TypeObject* t = type_of(it);
    if (!t->iternext) raise_fmt(Exc_TypeError, "'%s' object is not an iterator", t->name.c_str());
    return t->iternext(it);
}

bool contains(Object* container, Object* v) {
    TypeObject* t = type_of(container);
    if (t->contains) return t->contains(container, v) != 0;
    if (!t->iter && !(t->getitem && !is_dict(container)))
        raise_fmt(Exc_TypeError, "argument of type '%s' is not a container or iterable", t->name.c_str());
    // No __contains__: compare against every item, as CPython's _PySequence_IterSearch.
    Obj it = get_iter(container);
    while (Obj item = iter_next(it.get()))
        if (objects_equal(item.get(), v)) return true;
    return false;
}

// ───────────────────────────── arithmetic ─────────────────────────────

// CPython's binary_op1: the left operand's slot, then the right operand's; but a right operand
// whose type is a proper subclass of the left's goes first, so a subclass can override.
static Obj binary_op1(Object* a, Object* b, int op) {
    TypeObject *ta = type_of(a), *tb = type_of(b);
    auto slotv = ta->binary;
    auto slotw = tb != ta ? tb->binary : nullptr;
    if (slotw == slotv) slotw = nullptr;
    if (slotv) {
        if (slotw && is_subtype(tb, ta)) {
            Obj r = slotw(a, b, op);
            if (r.get() != Py_NotImplemented) return r;
            slotw = nullptr;
        }
        Obj r = slotv(a, b, op);
        if (r.get() != Py_NotImplemented) return r;
    }
    if (slotw) {
        Obj r = slotw(a, b, op);
        if (r.get() != Py_NotImplemented) return r;
    }
    return newref(Py_NotImplemented);
}

static bool is_builtin_sequence(Object* o) { return is_str(o) || is_list(o) || is_tuple(o); }

// Both operands declined.  str, list and tuple have their own words for + and * (in CPython
// these come from the sequence protocol, which is tried only after the number slots).
[[noreturn]] static void binary_op_error(Object* a, Object* b, int op) {
    int base = op >= NB_INPLACE_ADD ? op - NB_INPLACE_ADD : op;
    if (base == NB_ADD && is_builtin_sequence(a)) {
        const char* kind = is_str(a) ? "str" : is_list(a) ? "list" : "tuple";
        raise_fmt(Exc_TypeError, "can only concatenate %s (not \"%s\") to %s", kind, type_name(b), kind);
    }
    if (base == NB_MULTIPLY && (is_builtin_sequence(a) || is_builtin_sequence(b))) {
        Object* count = is_builtin_sequence(a) ? b : a;
        raise_fmt(Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(count));
    }
    const char* symbol = op == NB_POWER ? "** or pow()" : binop_symbol(op);
    raise_fmt(Exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", symbol, type_name(a), type_name(b));
}

Obj binary_op(Object* a, Object* b, int op) {
    if (op >= NB_INPLACE_ADD) {
        int base = op - NB_INPLACE_ADD;
        // a += b: the in-place slot (list.__iadd__ extends the list itself), then a = a + b.
        if (auto slot = type_of(a)->inplace) {
            Obj r = slot(a, b, base);
            if (r.get() != Py_NotImplemented) return r;
        }
        Obj r = binary_op1(a, b, base);
        if (r.get() != Py_NotImplemented) return r;
        binary_op_error(a, b, op);
    }
    Obj r = binary_op1(a, b, op);
    if (r.get() != Py_NotImplemented) return r;
    binary_op_error(a, b, op);
}

Obj unary_negative(Object* o) {
    TypeObject* t = type_of(o);
    if (!t->negative) raise_fmt(Exc_TypeError, "bad operand type for unary -: '%s'", t->name.c_str());
    return t->negative(o);
}

Obj unary_positive(Object* o) {
    TypeObject* t = type_of(o);
    if (!t->positive) raise_fmt(Exc_TypeError, "bad operand type for unary +: '%s'", t->name.c_str());
    return t->positive(o);
}

Obj unary_invert(Object* o) {
    TypeObject* t = type_of(o);
    if (!t->invert) raise_fmt(Exc_TypeError, "bad operand type for unary ~: '%s'", t->name.c_str());
    return t->invert(o);
}

Obj number_index(Object* o) {
    if (is_int(o)) return newref(o);
    TypeObject* t = type_of(o);
    if (!t->nb_index) raise_fmt(Exc_TypeError, "'%s' object cannot be interpreted as an integer", t->name.c_str());
    Obj r = t->nb_index(o);
    if (!is_int(r.get())) raise_fmt(Exc_TypeError, "__index__ returned non-int (type %s)", type_name(r.get()));
    return r;
}

int64_t index_as_i64(Object* o) {
    if (is_int(o) && int_is_small(o)) return int_as_i64(o);
    Obj i = number_index(o);
    if (!int_is_small(i.get()))
        raise_fmt(Exc_IndexError, "cannot fit '%s' into an index-sized integer", type_name(i.get()));
    return int_as_i64(i.get());
}

// ───────────────────────────── comparisons ─────────────────────────────

// CPython's do_richcompare: a reflected comparison on the right operand's type goes first when
// that type is a proper subclass of the left's; == and != fall back to identity.
Obj richcompare(Object* a, Object* b, int op) {
    TypeObject *ta = type_of(a), *tb = type_of(b);
    bool checked_reverse = false;
    if (ta != tb && tb->richcompare && is_subtype(tb, ta)) {
        checked_reverse = true;
        Obj r = tb->richcompare(b, a, cmp_swapped(op));
        if (r.get() != Py_NotImplemented) return r;
    }
    if (ta->richcompare) {
        Obj r = ta->richcompare(a, b, op);
        if (r.get() != Py_NotImplemented) return r;
    }
    if (!checked_reverse && tb->richcompare) {
        Obj r = tb->richcompare(b, a, cmp_swapped(op));
        if (r.get() != Py_NotImplemented) return r;
    }
    if (op == CMP_EQ) return bool_ref(a == b);
    if (op == CMP_NE) return bool_ref(a != b);
    raise_fmt(Exc_TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_symbol(op), ta->name.c_str(),
              tb->name.c_str());
}

bool richcompare_bool(Object* a, Object* b, int op) {
    // Identity implies equality (CPython's PyObject_RichCompareBool), even for nan.
    if (a == b) {
        if (op == CMP_EQ) return true;
        if (op == CMP_NE) return false;
    }
    Obj r = richcompare(a, b, op);
    if (r.get() == Py_True) return true;
    if (r.get() == Py_False) return false;
    return truthy(r.get());
}

bool objects_equal(Object* a, Object* b) { return a == b || richcompare_bool(a, b, CMP_EQ); }

// ───────────────────────────── isinstance, issubclass ─────────────────────────────

// A class whose metaclass (or any object whose class) is written in Python may decide
// isinstance/issubclass itself with __instancecheck__/__subclasscheck__ (abc.ABCMeta, typing's
// aliases).  Built-in types never do, so the common case costs one flag test.
static Obj user_check(Object* cls, const char* name) {
    TypeObject* meta = type_of(cls);
    if (!(meta->flags & TPF_HEAPTYPE)) return nullptr;
    Obj check = lookup_type_attr(meta, intern_cstr(name));
    if (check)
        if (auto get = type_of(check.get())->descr_get) check = get(check.get(), cls, (Object*)meta);
    return check;
}

// Checked left to right: isinstance(1, (int, 2)) is True before 2 is ever looked at.
static bool isinstance_impl(Object* o, Object* cls) {
    if ((Object*)type_of(o) == cls) return true;  // CPython's shortcut, even past __instancecheck__
    if (Obj check = user_check(cls, "__instancecheck__")) {
        RecursionGuard guard(" in __instancecheck__");
        return truthy(call1(check.get(), o).get());
    }
    if (is_type(cls)) return is_subtype(type_of(o), static_cast<TypeObject*>(cls));
    if (Object* members = union_members(cls)) return isinstance_impl(o, members);  // isinstance(x, int | str)
    if (is_generic_alias(cls)) raise_msg(Exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
    if (is_tuple(cls)) {
        RecursionGuard guard(" in __instancecheck__");
        for (size_t i = 0; i < tuple_size(cls); i++)
            if (isinstance_impl(o, tuple_item(cls, i))) return true;
        return false;
    }
    raise_msg(Exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

bool isinstance(Object* o, Object* type_or_tuple) { return isinstance_impl(o, type_or_tuple); }

static bool issubclass_impl(TypeObject* cls, Object* target) {
    if (Obj check = user_check(target, "__subclasscheck__")) {
        RecursionGuard guard(" in __subclasscheck__");
        return truthy(call1(check.get(), (Object*)cls).get());
    }
    if (is_type(target)) return is_subtype(cls, static_cast<TypeObject*>(target));
    if (Object* members = union_members(target)) return issubclass_impl(cls, members);
    if (is_generic_alias(target)) raise_msg(Exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
    if (is_tuple(target)) {
        RecursionGuard guard(" in __subclasscheck__");
        for (size_t i = 0; i < tuple_size(target); i++)
            if (issubclass_impl(cls, tuple_item(target, i))) return true;
        return false;
    }
    raise_msg(Exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

bool issubclass(Object* cls, Object* type_or_tuple) {
    if (!is_type(cls)) raise_msg(Exc_TypeError, "issubclass() arg 1 must be a class");
    return issubclass_impl(static_cast<TypeObject*>(cls), type_or_tuple);
}

// ───────────────────────────── calls ─────────────────────────────

bool is_callable(Object* o) { return type_of(o)->call != nullptr; }

Obj call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    TypeObject* t = type_of(callable);
    if (t == &Function_Type) return function_call(callable, args, nargs, kwnames);  // the hot path
    if (!t->call) raise_fmt(Exc_TypeError, "'%s' object is not callable", t->name.c_str());
    return t->call(callable, args, nargs, kwnames);
}

Obj call0(Object* callable) { return call(callable, nullptr, 0); }

Obj call1(Object* callable, Object* a) {
    Object* args[1] = {a};
    return call(callable, args, 1);
}

Obj call2(Object* callable, Object* a, Object* b) {
    Object* args[2] = {a, b};
    return call(callable, args, 2);
}

Obj call_method(Object* self, const char* name, Object* const* args, size_t nargs) {
    Obj m = getattr(self, intern_cstr(name));
    return call(m.get(), args, nargs);
}

// Calling a class: obj = T.__new__(T, args); then, if obj really is a T, obj.__init__(args).
// This is what Type_Type's call slot does (CPython's type_call).
Obj call_type(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    bool has_kw = kwnames && tuple_size(kwnames) > 0;
    if (type == &Type_Type) {
        if (nargs == 1 && !has_kw) return newref((Object*)type_of(args[0]));  // type(x)
        if (nargs != 3) raise_msg(Exc_TypeError, "type() takes 1 or 3 arguments");
    }
    if (!type->new_) raise_fmt(Exc_TypeError, "cannot create '%s' instances", type->name.c_str());
    Obj obj = type->new_(type, args, nargs, kwnames);
    TypeObject* made = type_of(obj.get());
    if (!is_subtype(made, type)) return obj;  // __new__ returned something else: no __init__
    if (made->init) made->init(obj.get(), args, nargs, kwnames);
    return obj;
}

// ───────────────────────────── argument checking ─────────────────────────────

static const char* plural(size_t n) { return n == 1 ? "" : "s"; }

// Argument Clinic's _PyArg_CheckPositional wording: "divmod expected 2 arguments, got 1".
static void check_positional_count(const char* fname, size_t nargs, size_t min, size_t max) {
    if (nargs < min) {
        raise_fmt(Exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname, min == max ? "" : "at least ", min,
                  plural(min), nargs);
    }
    if (nargs > max) {
        raise_fmt(Exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname, min == max ? "" : "at most ", max,
                  plural(max), nargs);
    }
}

void check_nargs(const char* fname, size_t nargs, Object* kwnames, size_t min, size_t max) {
    if (kwnames && tuple_size(kwnames) > 0) raise_fmt(Exc_TypeError, "%s() takes no keyword arguments", fname);
    if (nargs >= min && nargs <= max) return;
    if (min == 0 && max == 0) raise_fmt(Exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    if (min == 1 && max == 1) raise_fmt(Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    check_positional_count(fname, nargs, min, max);
}

namespace {
enum class ParamKind { PositionalOnly, Normal, KeywordOnly };
struct Param { std::string_view name; ParamKind kind; };
}  // namespace

static Param decode_param(const char* spec) {
    if (spec[0] == '/') return {spec + 1, ParamKind::PositionalOnly};
    if (spec[0] == '$') return {spec + 1, ParamKind::KeywordOnly};
    return {spec, ParamKind::Normal};
}

// Argument Clinic's _PyArg_UnpackKeywords, with its messages.
void parse_args(const char* fname, Object* const* args, size_t nargs, Object* kwnames,
                std::initializer_list<const char*> names, size_t nrequired, Object** out) {
    std::vector<Param> params;
    params.reserve(names.size());
    size_t posonly = 0, maxpos = 0;
    for (const char* spec : names) {
        params.push_back(decode_param(spec));
        if (params.back().kind == ParamKind::PositionalOnly) posonly++;
        if (params.back().kind != ParamKind::KeywordOnly) maxpos++;
    }
    size_t n = params.size();
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (size_t i = 0; i < n; i++) out[i] = nullptr;
    size_t minpos = nrequired < maxpos ? nrequired : maxpos;

    if (posonly == n) {  // nothing may be passed by keyword: the simpler clinic wording
        if (nkw) raise_fmt(Exc_TypeError, "%s() takes no keyword arguments", fname);
        check_positional_count(fname, nargs, nrequired, n);
        for (size_t i = 0; i < nargs; i++) out[i] = args[i];
        return;
    }
    if (nargs + nkw > n) {
        raise_fmt(Exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname, n,
                  nargs == 0 ? "keyword " : "", plural(n), nargs + nkw);
    }
    if (nargs > maxpos) {
        if (maxpos == 0) raise_fmt(Exc_TypeError, "%s() takes no positional arguments", fname);
        raise_fmt(Exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
                  minpos < maxpos ? "at most" : "exactly", maxpos, plural(maxpos), nargs);
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        std::string_view key = str_view(tuple_item(kwnames, k));
        size_t j = 0;
        while (j < n && (params[j].kind == ParamKind::PositionalOnly || params[j].name != key)) j++;
        if (j == n) {
            raise_fmt(Exc_TypeError, "%s() got an unexpected keyword argument '%.*s'", fname, int(key.size()),
                      key.data());
        }
        if (j < nargs) {
            raise_fmt(Exc_TypeError, "argument for %s() given by name ('%.*s') and position (%zu)", fname,
                      int(key.size()), key.data(), j + 1);
        }
        out[j] = args[nargs + k];
    }
    for (size_t i = 0; i < nrequired && i < n; i++) {
        if (out[i]) continue;
        const Param& p = params[i];
        if (p.kind == ParamKind::PositionalOnly) {
            raise_fmt(Exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
                      minpos < maxpos ? "at least" : "exactly", minpos, plural(minpos), nargs);
        }
        if (p.kind == ParamKind::KeywordOnly) {
            raise_fmt(Exc_TypeError, "%s() missing required keyword-only argument '%.*s'", fname, int(p.name.size()),
                      p.name.data());
        }
        raise_fmt(Exc_TypeError, "%s() missing required argument '%.*s' (pos %zu)", fname, int(p.name.size()),
                  p.name.data(), i + 1);
    }
}
