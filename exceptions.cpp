// exceptions.cpp — BaseException and the built-in exception hierarchy.
//
// What this step does: init_exceptions() builds the classes every `raise` and `except` uses,
// in CPython's tree:
//
//   BaseException ─┬─ Exception ─┬─ ArithmeticError ── ZeroDivisionError, OverflowError, ...
//                  │             ├─ LookupError ── IndexError, KeyError
//                  │             ├─ ValueError ── UnicodeError ── UnicodeDecodeError
//                  │             └─ TypeError, NameError, ImportError, SyntaxError, OSError ...
//                  └─ SystemExit, KeyboardInterrupt, GeneratorExit
//
// Comes in: the calls `ValueError("bad")` (new_ then init store the arguments in .args),
// attribute reads such as e.args / e.__cause__ / e.value, and str(e) / repr(e).
// Goes out: ExceptionObjects (minipy.h).  Every exception is one struct; the few families that
// carry extra attributes (StopIteration.value, SyntaxError.lineno, ...) use ExceptionFields,
// the same struct with a small array of extra slots behind it.
//
// Attributes such as `args` are "getset descriptors" (CPython's name): objects stored in the
// class dict whose descr_get/descr_set slots read and write a field of the instance, so that
// generic attribute lookup finds them before the instance __dict__.
// Read next: traceback.cpp (how an uncaught exception is printed), vm.cpp (raise / except).
#include "builtins.h"

#include <algorithm>
#include <cerrno>
#include <cstddef>

// ───────────────────────────── the class objects ─────────────────────────────

TypeObject BaseException_Type;
TypeObject *Exc_BaseException = &BaseException_Type, *Exc_Exception, *Exc_ArithmeticError,
    *Exc_ZeroDivisionError, *Exc_OverflowError, *Exc_LookupError, *Exc_IndexError,
    *Exc_KeyError, *Exc_ValueError, *Exc_TypeError, *Exc_NameError, *Exc_UnboundLocalError,
    *Exc_AttributeError, *Exc_RuntimeError, *Exc_RecursionError, *Exc_NotImplementedError,
    *Exc_StopIteration, *Exc_AssertionError, *Exc_KeyboardInterrupt, *Exc_SystemExit,
    *Exc_MemoryError, *Exc_SyntaxError, *Exc_IndentationError, *Exc_TabError, *Exc_ImportError,
    *Exc_ModuleNotFoundError, *Exc_UnicodeError, *Exc_UnicodeDecodeError, *Exc_EOFError,
    *Exc_OSError, *Exc_GeneratorExit, *Exc_FloatingPointError, *Exc_Warning, *Exc_UserWarning,
    *Exc_DeprecationWarning, *Exc_SyntaxWarning, *Exc_RuntimeWarning, *Exc_StopAsyncIteration;

// Every class created here, in creation order, for register_exception_names().
static std::vector<TypeObject*> all_exception_types;

// ───────────────────────────── extra attribute slots ─────────────────────────────

// The families with attributes of their own keep them in field[] (null reads as None).
struct ExceptionFields : ExceptionObject {
    static constexpr int N = 8;
    Object* field[N] = {};
};
// Slot numbers per family (each family uses its own numbering from 0).
enum { F_STOP_VALUE = 0 };
enum { F_EXIT_CODE = 0 };
enum { F_IMPORT_MSG = 0, F_IMPORT_NAME, F_IMPORT_PATH, F_IMPORT_NAME_FROM };
enum { F_NAME_NAME = 0 };
enum { F_ATTR_NAME = 0, F_ATTR_OBJ };
enum { F_SYN_MSG = 0, F_SYN_FILENAME, F_SYN_LINENO, F_SYN_OFFSET, F_SYN_TEXT, F_SYN_END_LINENO,
       F_SYN_END_OFFSET, F_SYN_PRINT_FILE_AND_LINE };
enum { F_OS_ERRNO = 0, F_OS_STRERROR, F_OS_FILENAME, F_OS_FILENAME2 };

// A user class's instances have the layout of its nearest built-in ancestor.
static bool has_fields(TypeObject* t) {
    for (TypeObject* m : t->mro)
        if (!(m->flags & TPF_HEAPTYPE)) return m->basicsize >= sizeof(ExceptionFields);
    return false;
}

static ExceptionObject* as_exc(Object* o) { return static_cast<ExceptionObject*>(o); }
static Object*& field_of(Object* o, int i) { return static_cast<ExceptionFields*>(o)->field[i]; }
static Obj field_or_none(Object* o, int i) { Object* v = field_of(o, i); return newref(v ? v : Py_None); }

// The args tuple (an empty tuple when never set).
static Obj exc_args(Object* o) {
    Object* a = as_exc(o)->args;
    return a ? newref(a) : tuple_new(0);
}
static size_t nargs_of(Object* o) { Object* a = as_exc(o)->args; return a ? tuple_size(a) : 0; }

// CPython's _PyType_Name: the part of the class name after the last dot.
static std::string short_type_name(Object* o) {
    const std::string& n = type_of(o)->name;
    size_t dot = n.rfind('.');
    return dot == std::string::npos ? n : n.substr(dot + 1);
}

// ───────────────────────────── allocation ─────────────────────────────

// OSError(errno, msg) builds the subclass for that errno: OSError(2, 'x') is a FileNotFoundError.
static std::vector<std::pair<int, TypeObject*>> oserror_by_errno;  // filled once by init_exceptions

static TypeObject* oserror_subclass(TypeObject* type, Object* const* args, size_t nargs) {
    if (type != Exc_OSError || nargs < 2 || !is_int(args[0]) || !int_is_small(args[0])) return type;
    int64_t err = int_as_i64(args[0]);
    for (auto& [code, sub] : oserror_by_errno)
        if (code == err) return sub;
    return type;
}

static Obj exc_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    type = oserror_subclass(type, args, nargs);
    Obj self = has_fields(type) ? Obj(alloc_object<ExceptionFields>(type)) : Obj(alloc_object<ExceptionObject>(type));
    // Keyword arguments are not part of args: init decides whether they are allowed.
    Obj t = tuple_new(nargs);
    for (size_t i = 0; i < nargs; i++) { incref(args[i]); static_cast<TupleObject*>(t.get())->items[i] = args[i]; }
    as_exc(self.get())->args = t.release();
    return self;
}

static void exc_dealloc(Object* o) {
    ExceptionObject* e = as_exc(o);
    if (has_fields(type_of(o))) {
        for (Object*& f : static_cast<ExceptionFields*>(o)->field) { xdecref(f); f = nullptr; }
    }
    Object* fields[] = {e->dict, e->args, e->cause, e->context};
    e->dict = e->args = e->cause = e->context = nullptr;  // object_free must not see them again
    for (Object* f : fields) xdecref(f);
    e->~ExceptionObject();
    object_free(o);
}

// ───────────────────────────── __init__ of each family ─────────────────────────────

static void set_args(Object* self, Object* const* args, size_t nargs) {
    Obj t = tuple_new(nargs);
    for (size_t i = 0; i < nargs; i++) { incref(args[i]); static_cast<TupleObject*>(t.get())->items[i] = args[i]; }
    set_ref(as_exc(self)->args, t.get());
}

static void exc_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwcount(kwnames) > 0) raise_fmt(Exc_TypeError, "%s() takes no keyword arguments", short_type_name(self).c_str());
    set_args(self, args, nargs);
}

// The keyword arguments a family accepts, stored into field slots ("name=..." of ImportError).
struct KwField { const char* name; int slot; };
static void init_with_keywords(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                               std::initializer_list<KwField> allowed) {
    size_t nkw = kwcount(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        std::string_view kw = kwname_at(kwnames, k);
        const KwField* hit = nullptr;
        for (const KwField& f : allowed) if (kw == f.name) hit = &f;
        if (!hit)
            raise_fmt(Exc_TypeError, "%s() got an unexpected keyword argument '%.*s'",
                      short_type_name(self).c_str(), int(kw.size()), kw.data());
        set_ref(field_of(self, hit->slot), args[nargs + k]);
    }
    set_args(self, args, nargs);
}

static void stopiteration_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    exc_init(self, args, nargs, kwnames);
    set_ref(field_of(self, F_STOP_VALUE), nargs > 0 ? args[0] : Py_None);
}

// SystemExit.code: None, the single argument, or the whole args tuple.
static void systemexit_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    exc_init(self, args, nargs, kwnames);
    Object* code = nargs == 0 ? Py_None : nargs == 1 ? args[0] : as_exc(self)->args;
    set_ref(field_of(self, F_EXIT_CODE), code);
}

static void importerror_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    init_with_keywords(self, args, nargs, kwnames, {{"name", F_IMPORT_NAME}, {"path", F_IMPORT_PATH}, {"name_from", F_IMPORT_NAME_FROM}});
    set_ref(field_of(self, F_IMPORT_MSG), nargs == 1 ? args[0] : nullptr);
}

static void nameerror_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    init_with_keywords(self, args, nargs, kwnames, {{"name", F_NAME_NAME}});
}

static void attributeerror_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    init_with_keywords(self, args, nargs, kwnames, {{"name", F_ATTR_NAME}, {"obj", F_ATTR_OBJ}});
}

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset[, metadata]])).
static void syntaxerror_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    exc_init(self, args, nargs, kwnames);
    if (nargs >= 1) set_ref(field_of(self, F_SYN_MSG), args[0]);
    if (nargs != 2) return;
    Obj info = tuple_from_iterable(args[1]);
    size_t n = tuple_size(info.get());
    if (n < 4) raise_fmt(Exc_TypeError, "function takes at least 4 arguments (%zu given)", n);
    if (n > 7) raise_fmt(Exc_TypeError, "function takes at most 7 arguments (%zu given)", n);
    const int slots[] = {F_SYN_FILENAME, F_SYN_LINENO, F_SYN_OFFSET, F_SYN_TEXT, F_SYN_END_LINENO, F_SYN_END_OFFSET};
    for (size_t i = 0; i < 6; i++) set_ref(field_of(self, slots[i]), i < n ? tuple_item(info.get(), i) : nullptr);
    if (n == 5) raise_msg(Exc_TypeError, "end_offset must be provided when end_lineno is provided");
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): with a filename, args keeps
// only (errno, strerror), as in CPython.
static void oserror_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    exc_init(self, args, nargs, kwnames);
    if (nargs < 2 || nargs > 5) return;
    set_ref(field_of(self, F_OS_ERRNO), args[0]);
    set_ref(field_of(self, F_OS_STRERROR), args[1]);
    if (nargs >= 3) {
        set_ref(field_of(self, F_OS_FILENAME), args[2]);
        if (nargs == 5) set_ref(field_of(self, F_OS_FILENAME2), args[4]);
        set_args(self, args, 2);
    }
}

// ───────────────────────────── str() and repr() ─────────────────────────────

// '' for no arguments, str(arg) for one, str(args) for several.
static Obj exc_str(Object* self) {
    size_t n = nargs_of(self);
    if (n == 0) return str_new("");
    if (n == 1) return str(tuple_item(as_exc(self)->args, 0));
    return str(as_exc(self)->args);
}

// ValueError('x'), ValueError(), KeyError(1, 2)
static Obj exc_repr(Object* self) {
    std::string name = short_type_name(self);
    if (nargs_of(self) == 1) return str_new(name + "(" + repr_string(tuple_item(as_exc(self)->args, 0)) + ")");
    Obj a = exc_args(self);
    return str_new(name + repr_string(a.get()));
}

// KeyError('k') prints as 'k' so that an empty-string key is still visible.
static Obj keyerror_str(Object* self) {
    if (nargs_of(self) == 1) return repr(tuple_item(as_exc(self)->args, 0));
    return exc_str(self);
}

static Obj importerror_str(Object* self) {
    Object* msg = field_of(self, F_IMPORT_MSG);
    if (msg && is_str(msg)) return newref(msg);
    return exc_str(self);
}

// "msg (file.py, line 3)": only the last path component of the file name is shown.
static Obj syntaxerror_str(Object* self) {
    Object* msg = field_of(self, F_SYN_MSG);
    Object* filename = field_of(self, F_SYN_FILENAME);
    Object* lineno = field_of(self, F_SYN_LINENO);
    std::string text = str_string(msg ? msg : Py_None);
    bool have_file = filename && is_str(filename);
    bool have_line = lineno && is_exact_int(lineno);
    std::string base;
    if (have_file) {
        std::string_view f = str_view(filename);
        size_t slash = f.rfind('/');
        base = std::string(slash == std::string_view::npos ? f : f.substr(slash + 1));
    }
    std::string line = have_line ? int_to_string(lineno) : "";
    if (have_file && have_line) return str_new(text + " (" + base + ", line " + line + ")");
    if (have_file) return str_new(text + " (" + base + ")");
    if (have_line) return str_new(text + " (line " + line + ")");
    return str_new(text);
}

// "[Errno 2] No such file or directory: 'f.txt'"
static Obj oserror_str(Object* self) {
    Object* err = field_of(self, F_OS_ERRNO);
    Object* msg = field_of(self, F_OS_STRERROR);
    Object* f1 = field_of(self, F_OS_FILENAME);
    Object* f2 = field_of(self, F_OS_FILENAME2);
    auto s = [](Object* o) { return str_string(o ? o : Py_None); };
    if (f1 && f1 != Py_None) {
        std::string out = "[Errno " + s(err) + "] " + s(msg) + ": " + repr_string(f1);
        if (f2 && f2 != Py_None) out += " -> " + repr_string(f2);
        return str_new(out);
    }
    if (err && msg) return str_new("[Errno " + s(err) + "] " + s(msg));
    return exc_str(self);
}

// ───────────────────────────── attribute descriptors ─────────────────────────────

// A getset descriptor: `get` reads the attribute of an exception, `set` writes it (value null =
// delete).  `slot` is the field number for the families' extra attributes.
using AttrGet = Obj (*)(Object* exc, int slot);
using AttrSet = void (*)(Object* exc, Object* value, int slot);
struct ExcAttrObject : Object {
    const char* name = nullptr;
    AttrGet get = nullptr;
    AttrSet set = nullptr;
    int slot = 0;
    TypeObject* owner = nullptr;  // borrowed: classes are immortal
};
static TypeObject ExcAttr_Type;

static void check_applies(ExcAttrObject* d, Object* obj) {
    if (!is_subtype(type_of(obj), d->owner))
        raise_fmt(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  d->name, d->owner->name.c_str(), type_name(obj));
}

static Obj excattr_descr_get(Object* descr, Object* obj, Object* type) {
    auto* d = static_cast<ExcAttrObject*>(descr);
    if (!obj) return newref(descr);  // looked up on the class: the descriptor itself
    check_applies(d, obj);
    return d->get(obj, d->slot);
}

static void excattr_descr_set(Object* descr, Object* obj, Object* value) {
    auto* d = static_cast<ExcAttrObject*>(descr);
    check_applies(d, obj);
    if (!d->set)
        raise_fmt(Exc_AttributeError, "attribute '%s' of '%s' objects is not writable", d->name, d->owner->name.c_str());
    d->set(obj, value, d->slot);
}

static Obj excattr_repr(Object* descr) {
    auto* d = static_cast<ExcAttrObject*>(descr);
    return str_new(strfmt("<attribute '%s' of '%s' objects>", d->name, d->owner->name.c_str()));
}

static void add_getset(TypeObject* t, const char* name, AttrGet get, AttrSet set, int slot = 0) {
    Ref<ExcAttrObject> d = alloc_object<ExcAttrObject>(&ExcAttr_Type);
    d->name = name;
    d->get = get;
    d->set = set;
    d->slot = slot;
    d->owner = t;
    add_attr(t, name, d.get());
}

// Extra field slots: any value may be stored; deleting makes the attribute read as None.
static Obj get_field(Object* exc, int slot) { return field_or_none(exc, slot); }
static void set_field(Object* exc, Object* v, int slot) { set_ref(field_of(exc, slot), v); }

// BaseException's own attributes.
static Obj get_args(Object* exc, int) { return exc_args(exc); }
static void set_args_attr(Object* exc, Object* v, int) {
    if (!v) raise_msg(Exc_TypeError, "args may not be deleted");
    Obj t = tuple_from_iterable(v);
    set_ref(as_exc(exc)->args, t.get());
}

static void check_chain_value(Object* v, const char* what) {
    if (!v) raise_fmt(Exc_TypeError, "%s may not be deleted", what);
    if (v != Py_None && !(type_of(v)->flags & TPF_EXC_SUBCLASS))
        raise_fmt(Exc_TypeError, "exception %s must be None or derive from BaseException",
                  what[2] == 'c' && what[3] == 'a' ? "cause" : "context");
}
static Obj get_cause(Object* exc, int) { Object* c = as_exc(exc)->cause; return newref(c ? c : Py_None); }
static void set_cause(Object* exc, Object* v, int) {
    check_chain_value(v, "__cause__");
    set_ref(as_exc(exc)->cause, v == Py_None ? nullptr : v);
    as_exc(exc)->suppress_context = true;  // as `raise ... from ...` does
}
static Obj get_context(Object* exc, int) { Object* c = as_exc(exc)->context; return newref(c ? c : Py_None); }
static void set_context(Object* exc, Object* v, int) {
    check_chain_value(v, "__context__");
    set_ref(as_exc(exc)->context, v == Py_None ? nullptr : v);
}

static Obj get_suppress(Object* exc, int) { return bool_ref(as_exc(exc)->suppress_context); }
static void set_suppress(Object* exc, Object* v, int) {
    if (!v) raise_msg(Exc_TypeError, "__suppress_context__ may not be deleted");
    if (!is_bool(v)) raise_msg(Exc_TypeError, "attribute value type must be bool");
    as_exc(exc)->suppress_context = v == Py_True;
}

// The exception keeps its traceback as a vector; __traceback__ converts to and from CPython's
// linked traceback objects (traceback.cpp).
static void replace_traceback(Object* exc, Object* v) {
    if (v == Py_None) as_exc(exc)->traceback.clear();
    else if (!traceback_to_entries(v, &as_exc(exc)->traceback))
        raise_msg(Exc_TypeError, "__traceback__ must be a traceback or None");
}
static Obj get_traceback(Object* exc, int) { return traceback_from_entries(as_exc(exc)->traceback); }
static void set_traceback(Object* exc, Object* v, int) {
    if (!v) raise_msg(Exc_TypeError, "__traceback__ may not be deleted");
    replace_traceback(exc, v);
}

// __dict__: created on first use.
static Obj get_dict(Object* exc, int) {
    Object*& d = as_exc(exc)->dict;
    if (!d) d = dict_new().release();
    return newref(d);
}
static void set_dict(Object* exc, Object* v, int) {
    if (!v) raise_msg(Exc_TypeError, "__dict__ may not be deleted");
    if (!is_dict(v)) raise_fmt(Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(v));
    set_ref(as_exc(exc)->dict, v);
}

// ───────────────────────────── methods ─────────────────────────────

static void check_one(const char* fname, size_t nargs, Object* kwnames) {
    check_no_kwargs(fname, kwnames);
    if (nargs != 1) raise_fmt(Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
}

// e.add_note(s): append s to e.__notes__ (a list in the instance dict, created on demand).
static Obj exc_add_note(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one("BaseException.add_note", nargs, kwnames);
    if (!is_str(args[0])) raise_fmt(Exc_TypeError, "add_note() argument must be str, not %s", type_name(args[0]));
    Obj d = get_dict(self, 0);
    Obj notes = dict_get_str(d.get(), intern_cstr("__notes__"));
    if (!notes) {
        notes = list_new();
        dict_set(d.get(), intern_cstr("__notes__"), notes.get());
    } else if (!is_list(notes.get())) {
        raise_msg(Exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    list_append(notes.get(), args[0]);
    return newref(Py_None);
}

static Obj exc_with_traceback(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one("BaseException.with_traceback", nargs, kwnames);
    replace_traceback(self, args[0]);
    return newref(self);
}

// ───────────────────────────── building the hierarchy ─────────────────────────────

// The per-class differences from BaseException.
struct ExcSpec {
    Obj (*str)(Object*) = nullptr;
    void (*init)(Object*, Object* const*, size_t, Object*) = nullptr;
    bool fields = false;  // instances are ExceptionFields
};

static TypeObject* make_exception_type(const char* name, TypeObject* base, ExcSpec spec = {}) {
    auto* t = new TypeObject();  // lives for the whole process, like a static type
    t->flags = TPF_EXC_SUBCLASS | TPF_BASETYPE;
    t->dictoffset = base->dictoffset;
    t->dealloc = exc_dealloc;
    t->new_ = exc_new;
    if (spec.str) t->str = spec.str;
    if (spec.init) t->init = spec.init;
    size_t size = spec.fields ? sizeof(ExceptionFields) : base->basicsize;
    type_ready(t, name, base, size);
    all_exception_types.push_back(t);
    return t;
}

static void ready_base_exception() {
    TypeObject* t = &BaseException_Type;
    t->flags = TPF_EXC_SUBCLASS | TPF_BASETYPE;
    // Object's atomics make the struct "non-standard-layout", but its layout is fixed (minipy.h).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
    t->dictoffset = offsetof(ExceptionObject, dict);
#pragma GCC diagnostic pop
    t->dealloc = exc_dealloc;
    t->new_ = exc_new;
    t->init = exc_init;
    t->str = exc_str;
    t->repr = exc_repr;
    type_ready(t, "BaseException", &Object_Type, sizeof(ExceptionObject));
    add_methods(t, {{"add_note", exc_add_note}, {"with_traceback", exc_with_traceback}});
    add_getset(t, "args", get_args, set_args_attr);
    add_getset(t, "__cause__", get_cause, set_cause);
    add_getset(t, "__context__", get_context, set_context);
    add_getset(t, "__suppress_context__", get_suppress, set_suppress);
    add_getset(t, "__traceback__", get_traceback, set_traceback);
    add_getset(t, "__dict__", get_dict, set_dict);
    all_exception_types.push_back(t);
}

static void add_fields(TypeObject* t, std::initializer_list<std::pair<const char*, int>> names) {
    for (auto& [name, slot] : names) add_getset(t, name, get_field, set_field, slot);
}

static void init_exception_groups();

void init_exceptions() {
    ExcAttr_Type.repr = excattr_repr;
    ExcAttr_Type.descr_get = excattr_descr_get;
    ExcAttr_Type.descr_set = excattr_descr_set;
    type_ready(&ExcAttr_Type, "getset_descriptor", &Object_Type, sizeof(ExcAttrObject));
    ExcAttr_Type.dealloc = dealloc_as<ExcAttrObject>;

    ready_base_exception();
    TypeObject* B = Exc_BaseException;
    Exc_Exception = make_exception_type("Exception", B);
    TypeObject* E = Exc_Exception;

    Exc_ArithmeticError = make_exception_type("ArithmeticError", E);
    Exc_ZeroDivisionError = make_exception_type("ZeroDivisionError", Exc_ArithmeticError);
    Exc_OverflowError = make_exception_type("OverflowError", Exc_ArithmeticError);
    Exc_FloatingPointError = make_exception_type("FloatingPointError", Exc_ArithmeticError);
    Exc_LookupError = make_exception_type("LookupError", E);
    Exc_IndexError = make_exception_type("IndexError", Exc_LookupError);
    Exc_KeyError = make_exception_type("KeyError", Exc_LookupError, {.str = keyerror_str});
    Exc_ValueError = make_exception_type("ValueError", E);
    Exc_UnicodeError = make_exception_type("UnicodeError", Exc_ValueError);
    Exc_UnicodeDecodeError = make_exception_type("UnicodeDecodeError", Exc_UnicodeError);
    make_exception_type("UnicodeEncodeError", Exc_UnicodeError);
    Exc_TypeError = make_exception_type("TypeError", E);
    Exc_AssertionError = make_exception_type("AssertionError", E);
    Exc_RuntimeError = make_exception_type("RuntimeError", E);
    Exc_RecursionError = make_exception_type("RecursionError", Exc_RuntimeError);
    Exc_NotImplementedError = make_exception_type("NotImplementedError", Exc_RuntimeError);
    make_exception_type("PythonFinalizationError", Exc_RuntimeError);
    Exc_MemoryError = make_exception_type("MemoryError", E);
    Exc_EOFError = make_exception_type("EOFError", E);
    make_exception_type("BufferError", E);

    Exc_NameError = make_exception_type("NameError", E, {.init = nameerror_init, .fields = true});
    add_fields(Exc_NameError, {{"name", F_NAME_NAME}});
    Exc_UnboundLocalError = make_exception_type("UnboundLocalError", Exc_NameError);
    Exc_AttributeError = make_exception_type("AttributeError", E, {.init = attributeerror_init, .fields = true});
    add_fields(Exc_AttributeError, {{"name", F_ATTR_NAME}, {"obj", F_ATTR_OBJ}});
    Exc_StopIteration = make_exception_type("StopIteration", E, {.init = stopiteration_init, .fields = true});
    add_fields(Exc_StopIteration, {{"value", F_STOP_VALUE}});
    Exc_StopAsyncIteration = make_exception_type("StopAsyncIteration", E);
    Exc_ImportError = make_exception_type("ImportError", E, {.str = importerror_str, .init = importerror_init, .fields = true});
    add_fields(Exc_ImportError, {{"msg", F_IMPORT_MSG}, {"name", F_IMPORT_NAME}, {"path", F_IMPORT_PATH}, {"name_from", F_IMPORT_NAME_FROM}});
    Exc_ModuleNotFoundError = make_exception_type("ModuleNotFoundError", Exc_ImportError);
    Exc_SyntaxError = make_exception_type("SyntaxError", E, {.str = syntaxerror_str, .init = syntaxerror_init, .fields = true});
    add_fields(Exc_SyntaxError, {{"msg", F_SYN_MSG}, {"filename", F_SYN_FILENAME}, {"lineno", F_SYN_LINENO},
                                 {"offset", F_SYN_OFFSET}, {"text", F_SYN_TEXT}, {"end_lineno", F_SYN_END_LINENO},
                                 {"end_offset", F_SYN_END_OFFSET}, {"print_file_and_line", F_SYN_PRINT_FILE_AND_LINE}});
    Exc_IndentationError = make_exception_type("IndentationError", Exc_SyntaxError);
    Exc_TabError = make_exception_type("TabError", Exc_IndentationError);
    Exc_OSError = make_exception_type("OSError", E, {.str = oserror_str, .init = oserror_init, .fields = true});
    add_fields(Exc_OSError, {{"errno", F_OS_ERRNO}, {"strerror", F_OS_STRERROR}, {"filename", F_OS_FILENAME}, {"filename2", F_OS_FILENAME2}});
    struct { const char* name; std::initializer_list<int> codes; } os_subclasses[] = {
        {"FileNotFoundError", {ENOENT}}, {"FileExistsError", {EEXIST}}, {"PermissionError", {EACCES, EPERM}},
        {"IsADirectoryError", {EISDIR}}, {"NotADirectoryError", {ENOTDIR}}, {"TimeoutError", {ETIMEDOUT}},
        {"InterruptedError", {EINTR}},
    };
    for (auto& os : os_subclasses) {
        TypeObject* sub = make_exception_type(os.name, Exc_OSError);
        for (int code : os.codes) oserror_by_errno.push_back({code, sub});
    }

    Exc_GeneratorExit = make_exception_type("GeneratorExit", B);
    Exc_KeyboardInterrupt = make_exception_type("KeyboardInterrupt", B);
    Exc_SystemExit = make_exception_type("SystemExit", B, {.init = systemexit_init, .fields = true});
    add_fields(Exc_SystemExit, {{"code", F_EXIT_CODE}});
    init_exception_groups();

    // The warning categories (warnings.cpp prints them); the ones C++ code warns with have names.
    TypeObject* warning = Exc_Warning = make_exception_type("Warning", E);
    Exc_UserWarning = make_exception_type("UserWarning", warning);
    Exc_DeprecationWarning = make_exception_type("DeprecationWarning", warning);
    make_exception_type("PendingDeprecationWarning", warning);
    Exc_SyntaxWarning = make_exception_type("SyntaxWarning", warning);
    Exc_RuntimeWarning = make_exception_type("RuntimeWarning", warning);
    for (const char* name : {"FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning",
                             "EncodingWarning"})
        make_exception_type(name, warning);
}

// ───────────────────────────── exception groups (PEP 654) ─────────────────────────────
//
// BaseExceptionGroup(message, exceptions) carries several exceptions at once (asyncio's
// TaskGroup raises one when more than one task failed).  It becomes an ExceptionGroup — which is
// also an Exception, so `except Exception` catches it — when every member is an Exception.
// split(cond)/subgroup(cond) take a group apart by a type, a tuple of types or a predicate,
// recursing into nested groups; the parts are made by derive() and keep the original's
// traceback, cause, context and notes.  traceback.cpp prints groups as nested boxes.

enum { F_EG_MESSAGE = 0, F_EG_EXCEPTIONS };
static TypeObject *Exc_BaseExceptionGroup, *Exc_ExceptionGroup;

static bool is_exception_group(Object* o) { return is_subtype(type_of(o), Exc_BaseExceptionGroup); }
bool is_exception_group_type(TypeObject* t) { return t && (t == Exc_BaseExceptionGroup || t == Exc_ExceptionGroup); }
Object* exception_group_items(Object* exc) {
    if (!Exc_BaseExceptionGroup || !is_exception_group(exc)) return nullptr;
    Object* t = field_of(exc, F_EG_EXCEPTIONS);
    return t && is_tuple(t) ? t : nullptr;
}

static Obj eg_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwcount(kwnames)) raise_fmt(Exc_TypeError, "%s() takes no keyword arguments", type->name.c_str());
    if (nargs != 2) raise_fmt(Exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
    if (!is_str(args[0])) raise_fmt(Exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", type_name(args[0]));
    Object* seq = args[1];
    if (!type_of(seq)->getitem || is_dict(seq) || is_str(seq))
        raise_msg(Exc_TypeError, "second argument (exceptions) must be a sequence");
    Obj excs = tuple_from_iterable(seq);
    size_t n = tuple_size(excs.get());
    if (n == 0) raise_msg(Exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool nested_base = false;
    for (size_t i = 0; i < n; i++) {
        Object* x = tuple_item(excs.get(), i);
        if (!(type_of(x)->flags & TPF_EXC_SUBCLASS))
            raise_fmt(Exc_ValueError, "Item %zu of second argument (exceptions) is not an exception", i);
        if (!is_subtype(type_of(x), Exc_Exception)) nested_base = true;
    }
    if (type == Exc_BaseExceptionGroup) {
        if (!nested_base) type = Exc_ExceptionGroup;
    } else if (type == Exc_ExceptionGroup) {
        if (nested_base) raise_msg(Exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (nested_base && is_subtype(type, Exc_Exception)) {
        raise_fmt(Exc_TypeError, "Cannot nest BaseExceptions in '%s'", type->name.c_str());
    }
    Obj self = exc_new(type, args, nargs, nullptr);
    set_ref(field_of(self.get(), F_EG_MESSAGE), args[0]);
    set_ref(field_of(self.get(), F_EG_EXCEPTIONS), excs.get());
    return self;
}

static void eg_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwcount(kwnames)) raise_fmt(Exc_TypeError, "%s() takes no keyword arguments", short_type_name(self).c_str());
    set_args(self, args, nargs);
}

// "message (2 sub-exceptions)"
static Obj eg_str(Object* self) {
    Object* msg = field_of(self, F_EG_MESSAGE);
    size_t n = exception_group_items(self) ? tuple_size(exception_group_items(self)) : 0;
    return str_new(strfmt("%s (%zu sub-exception%s)", msg ? std::string(str_view(msg)).c_str() : "", n, n == 1 ? "" : "s"));
}

static Obj eg_derive(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one("derive", nargs, kwnames);
    Object* a[2] = {field_of(self, F_EG_MESSAGE), args[0]};
    return call((Object*)Exc_BaseExceptionGroup, a, 2);
}

bool is_exception_group_subtype(TypeObject* t) { return Exc_BaseExceptionGroup && is_subtype(t, Exc_BaseExceptionGroup); }

// The condition of split()/subgroup(): 0 type/tuple (isinstance), 1 predicate, 2 one of a set of
// leaf exceptions (cond is then a LeafSet*, for PREP_RERAISE_STAR).
static int condition_kind(Object* cond) {
    auto is_exc_type = [](Object* t) {
        return (type_of(t)->flags & TPF_TYPE_SUBCLASS) && is_subtype(static_cast<TypeObject*>(t), Exc_BaseException);
    };
    if (is_exc_type(cond)) return 0;
    if (is_tuple(cond)) {
        bool all = true;
        for (size_t i = 0; i < tuple_size(cond); i++) all = all && is_exc_type(tuple_item(cond, i));
        if (all) return 0;
    }
    if (type_of(cond)->call && !is_type(cond)) return 1;
    raise_msg(Exc_TypeError, "expected an exception type, a tuple of exception types, or a callable (other than a class)");
}
struct LeafSet { std::vector<Object*> leaves; };
static bool matches(Object* exc, Object* cond, int kind) {
    if (kind == 0) return exception_matches(exc, cond);
    if (kind == 2) {
        if (exception_group_items(exc)) return false;  // a group: look at its members
        auto& v = reinterpret_cast<LeafSet*>(cond)->leaves;
        return std::find(v.begin(), v.end(), exc) != v.end();
    }
    Obj r = call1(cond, exc);
    return truthy(r.get());
}

// A part of group `eg` holding `items`: eg.derive(items) with eg's traceback, cause, context and notes.
static Obj derived_part(Object* eg, std::vector<Obj>& items) {
    Obj list = list_new();
    for (Obj& x : items) list_append(list.get(), x.get());
    Object* arg = list.get();
    Obj part = call_method(eg, "derive", &arg, 1);
    if (!(type_of(part.get())->flags & TPF_EXC_SUBCLASS)) raise_msg(Exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    auto* p = as_exc(part.get());
    auto* e = as_exc(eg);
    p->traceback = e->traceback;
    set_ref(p->cause, e->cause);
    set_ref(p->context, e->context);
    p->suppress_context = e->suppress_context;
    if (e->dict) {
        Obj notes = dict_get_str(e->dict, intern_cstr("__notes__"));
        if (notes) setattr(part.get(), intern_cstr("__notes__"), notes.get());
    }
    return part;
}

// (match, rest) of exc by the condition; either may be null.
static void split_exception(Object* exc, Object* cond, int kind, Obj* match, Obj* rest) {
    if (matches(exc, cond, kind)) { *match = newref(exc); return; }
    Object* items = exception_group_items(exc);
    if (!items) { *rest = newref(exc); return; }
    std::vector<Obj> ms, rs;
    for (size_t i = 0; i < tuple_size(items); i++) {
        Obj m, r;
        split_exception(tuple_item(items, i), cond, kind, &m, &r);
        if (m) ms.push_back(std::move(m));
        if (r) rs.push_back(std::move(r));
    }
    if (!ms.empty()) *match = derived_part(exc, ms);
    if (!rs.empty()) *rest = derived_part(exc, rs);
}

static Obj eg_split(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one("split", nargs, kwnames);
    Obj m, r;
    split_exception(self, args[0], condition_kind(args[0]), &m, &r);
    return tuple_pack({m ? m.get() : Py_None, r ? r.get() : Py_None});
}
static Obj eg_subgroup(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one("subgroup", nargs, kwnames);
    Obj m, r;
    split_exception(self, args[0], condition_kind(args[0]), &m, &r);
    return m ? m : newref(Py_None);
}

// except* T (CHECK_EG_MATCH): the part of exc that matches T, and the rest.  A bare exception
// that matches is handed to the clause wrapped in a group, as CPython does.
void exception_group_match(Object* exc, Object* type, Obj* match, Obj* rest) {
    if (exception_matches(exc, type)) {
        if (exception_group_items(exc)) {
            *match = newref(exc);
            return;
        }
        Obj items = tuple_pack({exc}), empty = str_new("");
        Object* a[2] = {empty.get(), items.get()};
        *match = call((Object*)Exc_BaseExceptionGroup, a, 2);
        as_exc(match->get())->traceback = as_exc(exc)->traceback;
        return;
    }
    if (!exception_group_items(exc)) {
        *rest = newref(exc);
        return;
    }
    split_exception(exc, type, 0, match, rest);
}

static void collect_leaves(Object* exc, std::vector<Object*>& out) {
    if (Object* items = exception_group_items(exc)) {
        for (size_t i = 0; i < tuple_size(items); i++) collect_leaves(tuple_item(items, i), out);
    } else {
        out.push_back(exc);
    }
}

// Made by split() from orig (so part of it) rather than raised anew: the same metadata.
static bool same_metadata(Object* e, Object* orig) {
    auto *a = as_exc(e), *b = as_exc(orig);
    if (a->cause != b->cause || a->context != b->context || a->traceback.size() != b->traceback.size()) return false;
    for (size_t i = 0; i < a->traceback.size(); i++)
        if (a->traceback[i].code.get() != b->traceback[i].code.get() || a->traceback[i].instr != b->traceback[i].instr) return false;
    Obj na = a->dict ? dict_get_str(a->dict, intern_cstr("__notes__")) : Obj();
    Obj nb = b->dict ? dict_get_str(b->dict, intern_cstr("__notes__")) : Obj();
    return na.get() == nb.get();
}

// What leaves a try/except* (PREP_RERAISE_STAR): excs holds what each clause raised plus the
// unhandled rest (None where there was nothing).  Parts of orig that were re-raised or never
// handled go back together in orig's own shape; newly raised exceptions join them in a new
// ExceptionGroup.  None: everything was handled.
Obj prep_reraise_star(Object* orig, Object* excs) {
    std::vector<Obj> items;
    for (Object* e : list_items(excs))
        if (e != Py_None) items.push_back(newref(e));
    if (items.empty()) return Obj();
    if (!exception_group_items(orig)) {  // a bare exception: only one clause can have run
        Object* first = list_items(excs)[0];
        return first == Py_None ? Obj() : newref(first);
    }
    std::vector<Obj> raised;
    LeafSet keep;
    for (Obj& e : items) {
        if (exception_group_items(e.get()) && same_metadata(e.get(), orig)) collect_leaves(e.get(), keep.leaves);
        else if (e.get() == orig) collect_leaves(e.get(), keep.leaves);
        else raised.push_back(newref(e.get()));
    }
    Obj kept, unused;
    if (!keep.leaves.empty()) split_exception(orig, reinterpret_cast<Object*>(&keep), 2, &kept, &unused);
    if (raised.empty()) return kept;
    if (kept) raised.push_back(std::move(kept));
    if (raised.size() == 1) return std::move(raised[0]);
    Obj list = list_new(), empty = str_new("");
    for (Obj& e : raised) list_append(list.get(), e.get());
    Object* a[2] = {empty.get(), list.get()};
    return call((Object*)Exc_BaseExceptionGroup, a, 2);
}

static void init_exception_groups() {
    Exc_BaseExceptionGroup = make_exception_type("BaseExceptionGroup", Exc_BaseException,
                                                 {.str = eg_str, .init = eg_init, .fields = true});
    Exc_BaseExceptionGroup->new_ = eg_new;
    add_fields(Exc_BaseExceptionGroup, {{"message", F_EG_MESSAGE}, {"exceptions", F_EG_EXCEPTIONS}});
    add_methods(Exc_BaseExceptionGroup, {{"derive", eg_derive}, {"split", eg_split}, {"subgroup", eg_subgroup}});
    // ExceptionGroup(BaseExceptionGroup, Exception): two bases, so its MRO is set by hand
    // (type_ready follows one base): ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object.
    Exc_ExceptionGroup = make_exception_type("ExceptionGroup", Exc_BaseExceptionGroup);
    Exc_ExceptionGroup->new_ = eg_new;
    decref(Exc_ExceptionGroup->bases);
    Exc_ExceptionGroup->bases = tuple_pack({(Object*)Exc_BaseExceptionGroup, (Object*)Exc_Exception}).release();
    Exc_ExceptionGroup->mro = {Exc_ExceptionGroup, Exc_BaseExceptionGroup, Exc_Exception, Exc_BaseException, &Object_Type};
}

void register_exception_names(Object* builtins_dict) {
    for (TypeObject* t : all_exception_types) dict_set(builtins_dict, intern(t->name).get(), (Object*)t);
}
