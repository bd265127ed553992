// funcobject.cpp — the small built-in types, and the runtime's start-up.
//
// What this step does: defines the objects every program touches without noticing them:
//   * the singletons None, NotImplemented and Ellipsis (immortal, statically initialised);
//   * function   — a Python function (code + globals + defaults + closure); calling one runs
//                  the VM (function_call, vm.cpp); looking one up on an instance binds it;
//   * method     — a bound method: (function, self); calling it prepends self;
//   * builtin_function_or_method — a C++ NativeFn, optionally bound to a self (len, [].append);
//   * method_descriptor — a NativeFn stored in a built-in type's dict (list.append); looking it
//                  up on an instance binds it into a builtin_function_or_method;
//   * cell (closure variables), module (a namespace dict), code (compiled bytecode).
// And runtime_init()/runtime_fini(): the order in which every file's types are made ready.
//
// The binding rule in one picture (CPython's descriptor protocol, see typeobject.cpp):
//     a.f    where type(a).__dict__['f'] is a function   → method(f, a)
//     s.up   where type(s).__dict__['up'] is a descr     → builtin(up.fn, self=s)
//     A.f    (looked up on the class: obj is null)        → the function / descriptor itself
// The eval loop skips the bound object for the common `a.f(x)` (LOAD_ATTR + CALL, vm.cpp).
//
// Comes in: minipy.h (the structs).  Goes out: the TypeObject globals and their slots.
// Read next: typeobject.cpp (type_ready, generic_getattr), vm.cpp (function_call, CALL).
#include "minipy.h"

#include <cstdio>

// ───────────────────────────── the type objects and singletons ─────────────────────────────

TypeObject NoneType_Type, NotImplementedType_Type, Ellipsis_Type, Function_Type, Method_Type,
    Builtin_Type, MethodDescr_Type, Cell_Type, Module_Type, Code_Type;

// The singletons are immortal from the very first instruction: constant-initialised with the
// immortal reference count, so they are valid even before runtime_init runs.
Object _Py_NoneStruct{0, 0, {0}, 0, IMMORTAL_REFCNT, {0}, &NoneType_Type};
Object _Py_NotImplementedStruct{0, 0, {0}, 0, IMMORTAL_REFCNT, {0}, &NotImplementedType_Type};
Object _Py_EllipsisStruct{0, 0, {0}, 0, IMMORTAL_REFCNT, {0}, &Ellipsis_Type};

Interp interp;

// ───────────────────────────── small helpers ─────────────────────────────

static bool name_is(Object* name, std::string_view s) { return str_view(name) == s; }
static const char* cstr(Object* s) { return static_cast<StrObject*>(s)->data; }  // NUL-terminated
static Obj or_none(Object* o) { return newref(o ? o : Py_None); }
static Obj str_or_none(const char* s) { return s ? str_new(s) : newref(Py_None); }
static const std::string& type_qualname(TypeObject* t) { return t->qualname.empty() ? t->name : t->qualname; }

// Drop an owned field, leaving the slot null before the old value's destructor runs.
static void clear_field(Object*& slot) {
    Object* old = slot;
    slot = nullptr;
    xdecref(old);
}

// CPython's _Py_HashPointer: rotate by 4 bits, since the low bits of an address are always zero.
static int64_t pointer_hash(const void* p) {
    uintptr_t y = reinterpret_cast<uintptr_t>(p);
    y = (y >> 4) | (y << (8 * sizeof(y) - 4));
    int64_t h = int64_t(y);
    return h == -1 ? -2 : h;
}

// A module dict lookup with any str key: interned names (the common case) compare by pointer.
static Obj dict_lookup(Object* dict, Object* name) {
    if (static_cast<StrObject*>(name)->interned) return dict_get_str(dict, name);
    return dict_get(dict, name);
}

// The AttributeErrors of objects whose attributes are fixed (CPython's PyObject_GenericSetAttr
// on a type without __dict__, and getset descriptors without a setter).
[[noreturn]] static void no_new_attributes(Object* o, Object* name) {
    raise_fmt(Exc_AttributeError, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes",
              type_name(o), cstr(name));
}
[[noreturn]] static void not_writable(Object* o, Object* name) {
    raise_fmt(Exc_AttributeError, "attribute '%s' of '%s' objects is not writable", cstr(name), type_name(o));
}
[[noreturn]] static void readonly_attribute() { raise_msg(Exc_AttributeError, "readonly attribute"); }

static Obj cannot_create(TypeObject* type, Object* const*, size_t, Object*) {
    raise_fmt(Exc_TypeError, "cannot create '%s' instances", type->name.c_str());
}

static bool has_args(size_t nargs, Object* kwnames) { return nargs > 0 || (kwnames && tuple_size(kwnames) > 0); }

// ───────────────────────────── None, NotImplemented, Ellipsis ─────────────────────────────

static Obj none_repr(Object*) { return newref(intern_cstr("None")); }
static Obj notimplemented_repr(Object*) { return newref(intern_cstr("NotImplemented")); }
static Obj ellipsis_repr(Object*) { return newref(intern_cstr("Ellipsis")); }

static int none_truth(Object*) { return 0; }
// Since 3.14 NotImplemented in a boolean context is an error (it was a DeprecationWarning).
static int notimplemented_truth(Object*) {
    raise_msg(Exc_TypeError, "NotImplemented should not be used in a boolean context");
}
// CPython 3.12+ gives None a fixed hash (not its address), so hash(None) is reproducible.
static int64_t none_hash(Object*) { return int64_t(0xFCA86420); }

// type(None)() returns None itself; any argument is an error.  (Note "EllipsisType": CPython's
// message uses the name from the types module, not the type's own name 'ellipsis'.)
static Obj none_new(TypeObject*, Object* const*, size_t nargs, Object* kwnames) {
    if (has_args(nargs, kwnames)) raise_msg(Exc_TypeError, "NoneType takes no arguments");
    return newref(Py_None);
}
static Obj notimplemented_new(TypeObject*, Object* const*, size_t nargs, Object* kwnames) {
    if (has_args(nargs, kwnames)) raise_msg(Exc_TypeError, "NotImplementedType takes no arguments");
    return newref(Py_NotImplemented);
}
static Obj ellipsis_new(TypeObject*, Object* const*, size_t nargs, Object* kwnames) {
    if (has_args(nargs, kwnames)) raise_msg(Exc_TypeError, "EllipsisType takes no arguments");
    return newref(Py_Ellipsis);
}

static void init_singleton_types() {
    NoneType_Type.repr = none_repr;
    NoneType_Type.truth = none_truth;
    NoneType_Type.hash = none_hash;
    NoneType_Type.new_ = none_new;
    NotImplementedType_Type.repr = notimplemented_repr;
    NotImplementedType_Type.truth = notimplemented_truth;
    NotImplementedType_Type.new_ = notimplemented_new;
    Ellipsis_Type.repr = ellipsis_repr;
    Ellipsis_Type.new_ = ellipsis_new;
    type_ready(&NoneType_Type, "NoneType", &Object_Type, sizeof(Object));
    type_ready(&NotImplementedType_Type, "NotImplementedType", &Object_Type, sizeof(Object));
    type_ready(&Ellipsis_Type, "ellipsis", &Object_Type, sizeof(Object));
    for (Object* o : {Py_None, Py_NotImplemented, Py_Ellipsis}) make_immortal(o);
}

// ───────────────────────────── function ─────────────────────────────

static FunctionObject* as_function(Object* o) { return static_cast<FunctionObject*>(o); }

static void function_dealloc(Object* o) {
    FunctionObject* f = as_function(o);
    Object* code = f->code;
    f->code = nullptr;
    xdecref(code);
    for (Object** slot : {&f->globals, &f->builtins, &f->defaults, &f->kwdefaults, &f->closure, &f->name,
                          &f->qualname, &f->doc, &f->module, &f->dict, &f->annotate, &f->annotations})
        clear_field(*slot);
    dealloc_as<FunctionObject>(o);
}

static Obj function_repr(Object* o) {
    return str_new(strfmt("<function %s at %p>", cstr(as_function(o)->qualname), static_cast<void*>(o)));
}

// Looked up on an instance → bound method; on the class (obj null or None) → the function.
static Obj function_descr_get(Object* func, Object* obj, Object*) {
    if (!obj || obj == Py_None) return newref(func);
    return method_new(func, obj);
}

// f.__dict__, created on first use (most functions never get attributes).
static Object* function_dict(FunctionObject* f) {
    if (!f->dict) f->dict = dict_new().release();
    return f->dict;
}

// f.__annotations__ (PEP 649, as in 3.14): the annotations are not evaluated when the def runs,
// but by f.__annotate__(1) on the first read, so `def f(x: Later)` may name a class defined
// later.  The dict is then kept, so later reads (and assignments) use it.
static Obj function_annotations(FunctionObject* f) {
    if (f->annotations) return newref(f->annotations);
    Obj d;
    if (f->annotate) {
        Obj format = int_from_i64(1);  // annotationlib.Format.VALUE
        d = call1(f->annotate, format.get());
        if (!is_dict(d.get()))
            raise_fmt(Exc_TypeError, "__annotate__ returned non-dict of type '%s'", type_name(d.get()));
    } else {
        d = dict_new();
    }
    set_ref(f->annotations, d.get());
    return d;
}


// The attributes CPython implements as members/getsets of the function type.  They come before
// the function's own __dict__, as data descriptors do.
static Obj function_special_attr(FunctionObject* f, std::string_view n) {
    if (n == "__name__") return newref(f->name);
    if (n == "__qualname__") return newref(f->qualname);
    if (n == "__doc__") return or_none(f->doc);
    if (n == "__module__") return or_none(f->module);
    if (n == "__defaults__") return or_none(f->defaults);
    if (n == "__kwdefaults__") return or_none(f->kwdefaults);
    if (n == "__code__") return newref(f->code);
    if (n == "__globals__") return newref(f->globals);
    if (n == "__builtins__") return newref(f->builtins);
    if (n == "__closure__") return or_none(f->closure);
    if (n == "__dict__") return newref(function_dict(f));
    if (n == "__annotate__") return or_none(f->annotate);
    if (n == "__annotations__") return function_annotations(f);
    if (n == "__type_params__") return tuple_new(0);
    return nullptr;
}

static Obj function_getattro(Object* o, Object* name) {
    FunctionObject* f = as_function(o);
    std::string_view n = str_view(name);
    if (n.size() > 4 && n[0] == '_' && n[1] == '_') {
        if (Obj v = function_special_attr(f, n)) return v;
    }
    if (f->dict) {
        if (Obj v = dict_get(f->dict, name)) return v;
    }
    return generic_getattr(o, name);
}

// Assign (value non-null) or delete (value null) one of the special attributes.  Returns false
// when `name` is not special, so the caller stores it in f.__dict__.
static bool function_set_special(FunctionObject* f, std::string_view n, Object* value) {
    if (n == "__name__" || n == "__qualname__") {
        if (!value || !is_str(value)) raise_fmt(Exc_TypeError, "%.*s must be set to a string object", int(n.size()), n.data());
        set_ref(n == "__name__" ? f->name : f->qualname, value);
    } else if (n == "__doc__") {
        set_ref(f->doc, value ? value : Py_None);
    } else if (n == "__module__") {
        set_ref(f->module, value ? value : Py_None);
    } else if (n == "__defaults__") {
        if (value == Py_None) value = nullptr;
        if (value && !is_tuple(value)) raise_msg(Exc_TypeError, "__defaults__ must be set to a tuple object");
        set_ref(f->defaults, value);
    } else if (n == "__kwdefaults__") {
        if (value == Py_None) value = nullptr;
        if (value && !is_dict(value)) raise_msg(Exc_TypeError, "__kwdefaults__ must be set to a dict object");
        set_ref(f->kwdefaults, value);
    } else if (n == "__code__") {
        if (!value || type_of(value) != &Code_Type) raise_msg(Exc_TypeError, "__code__ must be set to a code object");
        auto* co = static_cast<CodeObject*>(value);
        size_t nclosure = f->closure ? tuple_size(f->closure) : 0;
        if (size_t(co->nfreevars) != nclosure)
            raise_fmt(Exc_ValueError, "%s() requires a code object with %zu free vars, not %d", cstr(f->name),
                      nclosure, co->nfreevars);
        CodeObject* old = f->code;
        incref(co);
        f->code = co;
        decref(old);
    } else if (n == "__annotations__") {  // a dict of one's own replaces the lazy one
        if (value && !is_dict(value)) raise_msg(Exc_TypeError, "__annotations__ must be set to a dict object");
        if (value) set_ref(f->annotations, value);
        else clear_field(f->annotations);
        clear_field(f->annotate);
    } else if (n == "__annotate__") {
        if (!value) raise_msg(Exc_TypeError, "__annotate__ cannot be deleted");
        if (value != Py_None && !is_callable(value)) raise_msg(Exc_TypeError, "__annotate__ must be callable or None");
        if (value == Py_None) clear_field(f->annotate);
        else set_ref(f->annotate, value);
    } else if (n == "__globals__" || n == "__closure__" || n == "__builtins__") {
        readonly_attribute();
    } else if (n == "__dict__") {
        if (!value) raise_msg(Exc_TypeError, "cannot delete __dict__");
        if (!is_dict(value))
            raise_fmt(Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(value));
        set_ref(f->dict, value);
    } else {
        return false;
    }
    return true;
}

static void function_setattro(Object* o, Object* name, Object* value) {
    FunctionObject* f = as_function(o);
    if (function_set_special(f, str_view(name), value)) return;
    if (value) {
        dict_set(function_dict(f), name, value);
    } else if (!f->dict || !dict_del(f->dict, name)) {
        raise_attribute_error(o, name);
    }
}

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None).
static Obj function_type_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[6] = {};
    parse_args("function", args, nargs, kwnames, {"code", "globals", "name", "argdefs", "closure", "kwdefaults"}, 2, a);
    if (type_of(a[0]) != &Code_Type)
        raise_fmt(Exc_TypeError, "function() argument 'code' must be code, not %s", type_name(a[0]));
    if (!is_dict(a[1])) raise_fmt(Exc_TypeError, "function() argument 'globals' must be dict, not %s", type_name(a[1]));
    auto* co = static_cast<CodeObject*>(a[0]);
    auto f = alloc_object<FunctionObject>(&Function_Type);
    incref(co);
    f->code = co;
    set_ref(f->globals, a[1]);
    Obj b = dict_get_str(a[1], intern_cstr("__builtins__"));
    if (b && type_of(b.get()) == &Module_Type) b = newref(static_cast<ModuleObject*>(b.get())->dict);
    set_ref(f->builtins, b && is_dict(b.get()) ? b.get() : interp.builtins);
    Obj name = a[2] && a[2] != Py_None ? newref(a[2]) : str_new(co->name);
    set_ref(f->name, name.get());
    set_ref(f->qualname, a[2] && a[2] != Py_None ? name.get() : str_new(co->qualname).get());
    set_ref(f->doc, (co->flags & CO_HAS_DOCSTRING) ? co->consts[0] : Py_None);
    Obj modname = dict_get_str(a[1], intern_cstr("__name__"));
    set_ref(f->module, modname ? modname.get() : Py_None);
    if (a[3] && a[3] != Py_None) set_ref(f->defaults, a[3]);
    if (a[4] && a[4] != Py_None) set_ref(f->closure, a[4]);
    if (a[5] && a[5] != Py_None) set_ref(f->kwdefaults, a[5]);
    return Obj(std::move(f));
}

// ───────────────────────────── method (bound) ─────────────────────────────

static MethodObject* as_method(Object* o) { return static_cast<MethodObject*>(o); }

Obj method_new(Object* func, Object* self) {
    auto m = alloc_object<MethodObject>(&Method_Type);
    incref(func);
    m->func = func;
    incref(self);
    m->self = self;
    return Obj(std::move(m));
}

static void method_dealloc(Object* o) {
    clear_field(as_method(o)->func);
    clear_field(as_method(o)->self);
    dealloc_as<MethodObject>(o);
}

// m(a, b, k=c) == m.__func__(m.__self__, a, b, k=c).  Short argument lists are copied into a
// stack buffer, so calling a bound method allocates nothing.
static Obj method_call(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
    MethodObject* m = as_method(o);
    size_t total = nargs + (kwnames ? tuple_size(kwnames) : 0);
    Object* small[8];
    std::vector<Object*> big;
    Object** buf = small;
    if (total + 1 > std::size(small)) {
        big.resize(total + 1);
        buf = big.data();
    }
    buf[0] = m->self;
    for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
    return call(m->func, buf, nargs + 1, kwnames);
}

// "<bound method A.f of <__main__.A object at 0x...>>": the function's qualified name.
static Obj method_repr(Object* o) {
    MethodObject* m = as_method(o);
    Obj name = getattr_opt(m->func, intern_cstr("__qualname__"));
    if (!name || !is_str(name.get())) name = getattr_opt(m->func, intern_cstr("__name__"));
    std::string fname = name && is_str(name.get()) ? std::string(str_view(name.get())) : "?";
    return str_new(strfmt("<bound method %s of %s>", fname.c_str(), repr_string(m->self).c_str()));
}

// The method's own attributes, then the type's (__call__, __eq__ ...), then everything else is
// forwarded to the function (m.__name__ is m.__func__.__name__).
static Obj method_getattro(Object* o, Object* name) {
    MethodObject* m = as_method(o);
    if (name_is(name, "__self__")) return newref(m->self);
    if (name_is(name, "__func__")) return newref(m->func);
    if (name_is(name, "__doc__")) {
        Obj doc = getattr_opt(m->func, name);
        return doc ? doc : newref(Py_None);
    }
    // The function's own attributes win over anything the method type might define.
    for (const char* n : {"__name__", "__qualname__", "__module__", "__defaults__", "__kwdefaults__", "__code__",
                          "__globals__", "__closure__", "__dict__"})
        if (name_is(name, n)) return getattr_opt(m->func, name);
    if (Obj v = generic_getattr(o, name)) return v;
    return getattr_opt(m->func, name);
}

static void method_setattro(Object* o, Object* name, Object*) {
    if (name_is(name, "__self__") || name_is(name, "__func__")) readonly_attribute();
    if (name_is(name, "__doc__")) not_writable(o, name);
    no_new_attributes(o, name);
}

// Two bound methods are equal when they bind the same object (identity) to equal functions.
static Obj method_richcompare(Object* a, Object* b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || type_of(a) != &Method_Type || type_of(b) != &Method_Type)
        return newref(Py_NotImplemented);
    MethodObject *x = as_method(a), *y = as_method(b);
    bool eq = x->self == y->self && richcompare_bool(x->func, y->func, CMP_EQ);
    return bool_ref(op == CMP_EQ ? eq : !eq);
}

static int64_t method_hash(Object* o) {
    int64_t h = pointer_hash(as_method(o)->self) ^ hash(as_method(o)->func);
    return h == -1 ? -2 : h;
}

// method(function, instance)
static Obj method_type_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) raise_msg(Exc_TypeError, "method() takes no keyword arguments");
    if (nargs != 2) raise_fmt(Exc_TypeError, "method expected 2 arguments, got %zu", nargs);
    if (!is_callable(args[0])) raise_msg(Exc_TypeError, "first argument must be callable");
    if (args[1] == Py_None) raise_msg(Exc_TypeError, "instance must not be None");
    return method_new(args[0], args[1]);
}

// ───────────────────────────── builtin_function_or_method ─────────────────────────────

static BuiltinObject* as_builtin(Object* o) { return static_cast<BuiltinObject*>(o); }

Obj builtin_new(const char* name, NativeFn fn, Object* self) {
    auto b = alloc_object<BuiltinObject>(&Builtin_Type);
    b->name = name;
    b->fn = fn;
    xincref(self);
    b->self = self;
    return Obj(std::move(b));
}

static void builtin_dealloc(Object* o) {
    clear_field(as_builtin(o)->self);
    dealloc_as<BuiltinObject>(o);
}

static Obj builtin_call(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
    BuiltinObject* b = as_builtin(o);
    return b->fn(b->self, args, nargs, kwnames);
}

// A module-level function (no self, or the module as self) vs a method bound to an object.
static bool is_plain_function(BuiltinObject* b) { return !b->self || is_subtype(type_of(b->self), &Module_Type); }

static Obj builtin_repr(Object* o) {
    BuiltinObject* b = as_builtin(o);
    if (is_plain_function(b)) return str_new(strfmt("<built-in function %s>", b->name));
    return str_new(strfmt("<built-in method %s of %s object at %p>", b->name, type_name(b->self),
                          static_cast<void*>(b->self)));
}

// len.__self__ is the builtins module in CPython; ours are created without a self.
static Obj builtins_module() {
    if (interp.modules && is_dict(interp.modules)) {
        if (Obj m = dict_get_str(interp.modules, intern_cstr("builtins"))) return m;
    }
    return newref(Py_None);
}

static Obj builtin_getattro(Object* o, Object* name) {
    BuiltinObject* b = as_builtin(o);
    if (name_is(name, "__name__")) return str_new(b->name);
    if (name_is(name, "__qualname__")) {
        if (is_plain_function(b)) return str_new(b->name);
        // Bound to a class (dict.fromkeys) the class names it, else the instance's type does.
        bool self_is_type = type_of(b->self)->flags & TPF_TYPE_SUBCLASS;
        TypeObject* t = self_is_type ? static_cast<TypeObject*>(b->self) : type_of(b->self);
        return str_new(type_qualname(t) + "." + b->name);
    }
    if (name_is(name, "__self__")) return b->self ? newref(b->self) : builtins_module();
    if (name_is(name, "__doc__")) return str_or_none(b->doc);
    if (name_is(name, "__text_signature__")) return newref(Py_None);
    if (name_is(name, "__module__")) {
        if (!b->self) return str_new("builtins");
        if (is_subtype(type_of(b->self), &Module_Type)) return or_none(static_cast<ModuleObject*>(b->self)->name);
        return newref(Py_None);
    }
    return generic_getattr(o, name);
}

// Shared by builtin_function_or_method and method_descriptor: nothing is assignable.
static void fixed_attrs_setattro(Object* o, Object* name, Object*) {
    if (name_is(name, "__self__") || name_is(name, "__objclass__")) readonly_attribute();
    for (const char* n : {"__name__", "__qualname__", "__doc__", "__text_signature__"})
        if (name_is(name, n)) not_writable(o, name);
    no_new_attributes(o, name);
}

// Equal when they are the same C++ function bound to the same object.
static Obj builtin_richcompare(Object* a, Object* b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || type_of(a) != &Builtin_Type || type_of(b) != &Builtin_Type)
        return newref(Py_NotImplemented);
    bool eq = as_builtin(a)->self == as_builtin(b)->self && as_builtin(a)->fn == as_builtin(b)->fn;
    return bool_ref(op == CMP_EQ ? eq : !eq);
}

static int64_t builtin_hash(Object* o) {
    int64_t h = pointer_hash(as_builtin(o)->self) ^ pointer_hash(reinterpret_cast<void*>(as_builtin(o)->fn));
    return h == -1 ? -2 : h;
}

// ───────────────────────────── method_descriptor ─────────────────────────────

static MethodDescrObject* as_descr(Object* o) { return static_cast<MethodDescrObject*>(o); }

// "descriptor 'upper' for 'str' objects doesn't apply to a 'int' object"
static void check_descr_self(MethodDescrObject* d, Object* self) {
    if (!is_subtype(type_of(self), d->owner))
        raise_fmt(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->name,
                  d->owner->name.c_str(), type_name(self));
}

// On an instance: bind it (s.upper is a builtin with self = s); via the class: the descriptor.
// (None is a real instance here: None.__repr__ binds to None.)
static Obj descr_bind(Object* o, Object* obj, Object*) {
    if (!obj) return newref(o);
    MethodDescrObject* d = as_descr(o);
    check_descr_self(d, obj);
    return builtin_new(d->name, d->fn, obj);
}

// str.upper("abc"): the first argument is self.
static Obj descr_call(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
    MethodDescrObject* d = as_descr(o);
    if (nargs < 1)
        raise_fmt(Exc_TypeError, "unbound method %s.%s() needs an argument", type_qualname(d->owner).c_str(), d->name);
    check_descr_self(d, args[0]);
    return d->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Obj descr_repr(Object* o) {
    MethodDescrObject* d = as_descr(o);
    return str_new(strfmt("<method '%s' of '%s' objects>", d->name, d->owner->name.c_str()));
}

static Obj descr_getattro(Object* o, Object* name) {
    MethodDescrObject* d = as_descr(o);
    if (name_is(name, "__name__")) return str_new(d->name);
    if (name_is(name, "__qualname__")) return str_new(type_qualname(d->owner) + "." + d->name);
    if (name_is(name, "__objclass__")) return newref(d->owner);
    if (name_is(name, "__doc__") || name_is(name, "__text_signature__")) return newref(Py_None);
    return generic_getattr(o, name);
}

// ───────────────────────────── cell ─────────────────────────────

static CellObject* as_cell(Object* o) { return static_cast<CellObject*>(o); }

Obj cell_new(Object* v) {
    auto c = alloc_object<CellObject>(&Cell_Type);
    xincref(v);
    c->ref = v;
    return Obj(std::move(c));
}

static void cell_dealloc(Object* o) {
    clear_field(as_cell(o)->ref);
    dealloc_as<CellObject>(o);
}

static Obj cell_repr(Object* o) {
    Object* v = as_cell(o)->ref;
    if (!v) return str_new(strfmt("<cell at %p: empty>", static_cast<void*>(o)));
    return str_new(strfmt("<cell at %p: %s object at %p>", static_cast<void*>(o), type_name(v), static_cast<void*>(v)));
}

static Obj cell_getattro(Object* o, Object* name) {
    if (name_is(name, "cell_contents")) {
        if (!as_cell(o)->ref) raise_msg(Exc_ValueError, "Cell is empty");
        return newref(as_cell(o)->ref);
    }
    return generic_getattr(o, name);
}

static void cell_setattro(Object* o, Object* name, Object* value) {
    if (!name_is(name, "cell_contents")) no_new_attributes(o, name);
    set_ref(as_cell(o)->ref, value);  // del c.cell_contents empties the cell
}

// types.CellType([contents])
static Obj cell_type_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("cell", nargs, kwnames, 0, 1);
    return cell_new(nargs ? args[0] : nullptr);
}

// ───────────────────────────── module ─────────────────────────────

static ModuleObject* as_module(Object* o) { return static_cast<ModuleObject*>(o); }

// A module's namespace starts with the five names CPython's module_init_dict puts there.
static void module_init(ModuleObject* m, Object* name, Object* doc) {
    set_ref(m->name, name);
    Obj d = dict_new();
    d->ob_flags |= OBF_GLOBALS_DICT;  // LOAD_GLOBAL may cache its values lock-free (attrcache.cpp)
    dict_set(d.get(), intern_cstr("__name__"), name);
    dict_set(d.get(), intern_cstr("__doc__"), doc);
    for (const char* key : {"__package__", "__loader__", "__spec__"}) dict_set(d.get(), intern_cstr(key), Py_None);
    Object* old = m->dict;
    m->dict = d.release();
    xdecref(old);
}

Obj module_new(std::string_view name) {
    auto m = alloc_object<ModuleObject>(&Module_Type);
    module_init(m.get(), str_new(name).get(), Py_None);
    set_deferred_refcount(m.get());
    return Obj(std::move(m));
}

static void module_dealloc(Object* o) {
    clear_field(as_module(o)->name);
    clear_field(as_module(o)->dict);
    dealloc_as<ModuleObject>(o);
}

// math.sqrt: the module's dict first (the common case), then the module type's attributes,
// then a module-level __getattr__ (PEP 562).  Not found → null, and getattr() words the error.
static Obj module_getattro(Object* o, Object* name) {
    Object* dict = as_module(o)->dict;
    if (Obj v = dict_lookup(dict, name)) return v;
    if (name_is(name, "__dict__")) return newref(dict);
    if (Obj v = generic_getattr(o, name)) return v;
    if (Obj hook = dict_get_str(dict, intern_cstr("__getattr__"))) return call1(hook.get(), name);
    return nullptr;
}

static void module_setattro(Object* o, Object* name, Object* value) {
    if (name_is(name, "__dict__")) readonly_attribute();
    Object* dict = as_module(o)->dict;
    if (value) {
        dict_set(dict, name, value);
    } else if (!dict_del(dict, name)) {
        raise_fmt(Exc_AttributeError, "'module' object has no attribute '%s'", cstr(name));
    }
}

// "<module 'm' from '/path/m.py'>" when the module came from a file, else "(built-in)".
static Obj module_repr(Object* o) {
    Object* dict = as_module(o)->dict;
    Obj name = dict_get_str(dict, intern_cstr("__name__"));
    std::string n = name && is_str(name.get()) ? std::string(str_view(name.get())) : "?";
    Obj file = dict_get_str(dict, intern_cstr("__file__"));
    if (file && is_str(file.get())) return str_new(strfmt("<module '%s' from '%s'>", n.c_str(), cstr(file.get())));
    return str_new(strfmt("<module '%s' (built-in)>", n.c_str()));
}

// types.ModuleType(name, doc=None)
static Obj module_type_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[2] = {};
    parse_args("module", args, nargs, kwnames, {"name", "doc"}, 1, a);
    if (!is_str(a[0]))
        raise_fmt(Exc_TypeError, "module.__init__() argument 'name' must be str, not %s", type_name(a[0]));
    auto m = alloc_object<ModuleObject>(type);
    module_init(m.get(), a[0], a[1] ? a[1] : Py_None);
    return Obj(std::move(m));
}

// ───────────────────────────── code ─────────────────────────────

Ref<CodeObject> code_new() {
    Ref<CodeObject> co = alloc_object<CodeObject>(&Code_Type);
    set_deferred_refcount(co.get());  // shared by every thread that runs it (threads.cpp)
    return co;
}

CodeObject::~CodeObject() {
    for (Object* c : consts) xdecref(c);
    for (Object* n : names) xdecref(n);
    consts.clear();
    names.clear();
    free_global_cache(this);
    free_attr_cache(this);
    if (JitCode* jc = jit_code.load(std::memory_order_acquire)) jit_free(jc);
}

static CodeObject* as_code(Object* o) { return static_cast<CodeObject*>(o); }

static Obj code_repr(Object* o) {
    CodeObject* co = as_code(o);
    return str_new(strfmt("<code object %s at %p, file \"%s\", line %d>", co->name.c_str(), static_cast<void*>(o),
                          co->filename.c_str(), co->firstlineno));
}

static Obj tuple_of(const std::vector<Object*>& items) {
    Obj t = tuple_new(items.size());
    for (size_t i = 0; i < items.size(); i++) {
        incref(items[i]);
        static_cast<TupleObject*>(t.get())->items[i] = items[i];
    }
    return t;
}

// co_varnames / co_cellvars / co_freevars: the slot names whose kind has one of `mask`'s bits.
static Obj slot_names(CodeObject* co, uint8_t mask) {
    std::vector<Obj> picked;
    for (size_t i = 0; i < co->localsplusnames.size(); i++)
        if (co->localspluskinds[i] & mask) picked.push_back(str_new(co->localsplusnames[i]));
    Obj t = tuple_new(picked.size());
    for (size_t i = 0; i < picked.size(); i++) static_cast<TupleObject*>(t.get())->items[i] = picked[i].release();
    return t;
}

static Obj code_getattro(Object* o, Object* name) {
    CodeObject* co = as_code(o);
    std::string_view n = str_view(name);
    if (n.substr(0, 3) == "co_") {
        if (n == "co_name") return str_new(co->name);
        if (n == "co_qualname") return str_new(co->qualname);
        if (n == "co_filename") return str_new(co->filename);
        if (n == "co_firstlineno") return int_from_i64(co->firstlineno);
        if (n == "co_argcount") return int_from_i64(co->argcount);
        if (n == "co_posonlyargcount") return int_from_i64(co->posonlyargcount);
        if (n == "co_kwonlyargcount") return int_from_i64(co->kwonlyargcount);
        if (n == "co_flags") return int_from_i64(co->flags);
        if (n == "co_stacksize") return int_from_i64(co->stacksize);
        if (n == "co_consts") return tuple_of(co->consts);
        if (n == "co_names") return tuple_of(co->names);
        if (n == "co_varnames") return slot_names(co, LK_LOCAL | LK_ARG);
        if (n == "co_cellvars") return slot_names(co, LK_CELL);
        if (n == "co_freevars") return slot_names(co, LK_FREE);
        if (n == "co_nlocals") return int_from_i64(int64_t(tuple_size(slot_names(co, LK_LOCAL | LK_ARG).get())));
    }
    return generic_getattr(o, name);
}

static Obj code_type_new(TypeObject*, Object* const*, size_t nargs, Object*) {
    raise_fmt(Exc_TypeError, "code expected at least 16 arguments, got %zu", nargs);
}

// ───────────────────────────── making the types ready ─────────────────────────────

static void init_callable_types() {
    Function_Type.dealloc = function_dealloc;
    Function_Type.repr = function_repr;
    Function_Type.call = function_call;
    Function_Type.descr_get = function_descr_get;
    Function_Type.getattro = function_getattro;
    Function_Type.setattro = function_setattro;
    Function_Type.new_ = function_type_new;
    type_ready(&Function_Type, "function", &Object_Type, sizeof(FunctionObject));

    Method_Type.dealloc = method_dealloc;
    Method_Type.repr = method_repr;
    Method_Type.call = method_call;
    Method_Type.getattro = method_getattro;
    Method_Type.setattro = method_setattro;
    Method_Type.richcompare = method_richcompare;
    Method_Type.hash = method_hash;
    Method_Type.new_ = method_type_new;
    type_ready(&Method_Type, "method", &Object_Type, sizeof(MethodObject));

    Builtin_Type.dealloc = builtin_dealloc;
    Builtin_Type.repr = builtin_repr;
    Builtin_Type.call = builtin_call;
    Builtin_Type.getattro = builtin_getattro;
    Builtin_Type.setattro = fixed_attrs_setattro;
    Builtin_Type.richcompare = builtin_richcompare;
    Builtin_Type.hash = builtin_hash;
    Builtin_Type.new_ = cannot_create;
    type_ready(&Builtin_Type, "builtin_function_or_method", &Object_Type, sizeof(BuiltinObject));

    MethodDescr_Type.dealloc = dealloc_as<MethodDescrObject>;
    MethodDescr_Type.repr = descr_repr;
    MethodDescr_Type.call = descr_call;
    MethodDescr_Type.descr_get = descr_bind;
    MethodDescr_Type.getattro = descr_getattro;
    MethodDescr_Type.setattro = fixed_attrs_setattro;
    MethodDescr_Type.new_ = cannot_create;
    type_ready(&MethodDescr_Type, "method_descriptor", &Object_Type, sizeof(MethodDescrObject));
}

static void init_namespace_types() {
    Cell_Type.dealloc = cell_dealloc;
    Cell_Type.repr = cell_repr;
    Cell_Type.getattro = cell_getattro;
    Cell_Type.setattro = cell_setattro;
    Cell_Type.new_ = cell_type_new;
    type_ready(&Cell_Type, "cell", &Object_Type, sizeof(CellObject));

    Module_Type.dealloc = module_dealloc;
    Module_Type.repr = module_repr;
    Module_Type.getattro = module_getattro;
    Module_Type.setattro = module_setattro;
    Module_Type.new_ = module_type_new;
    type_ready(&Module_Type, "module", &Object_Type, sizeof(ModuleObject));

    Code_Type.dealloc = dealloc_as<CodeObject>;
    Code_Type.repr = code_repr;
    Code_Type.getattro = code_getattro;
    Code_Type.new_ = code_type_new;
    type_ready(&Code_Type, "code", &Object_Type, sizeof(CodeObject));
}

// Order matters: type and object first (every other type_ready needs them), the exception
// classes last (they are ordinary classes built on everything before them).  type_ready
// already uses dicts and interned strings here, before init_dict()/init_str() have filled in
// Dict_Type's and Str_Type's slots: it only needs their allocation and str_hash, which work
// without the slots.
void init_types() {
    init_object_types();
    init_singleton_types();
    init_callable_types();
    init_namespace_types();
    init_exceptions();
    init_traceback_type();
}

// ───────────────────────────── start-up and shut-down ─────────────────────────────

void runtime_init(int argc, char** argv) {
    // main.cpp attaches its interpreter thread before calling us; unit tests do not.
    if (!tstate()) thread_state_new();
    // Only the first call builds the runtime.  The unit tests call this once per test file:
    // building a second set of types and builtins would orphan the first (LeakSanitizer sees it
    // as a leak) while objects made by earlier tests still point into it.
    static bool initialized = false;
    if (initialized) return;
    initialized = true;
    interp.argv.clear();
    for (int i = 0; i < argc; i++) interp.argv.push_back(argv && argv[i] ? argv[i] : "");
    init_types();
    init_int();
    init_float();
    init_complex();
    init_str();
    init_list();
    init_dict();
    init_set();
    init_bytes();
    init_codecs();
    init_generators();
    init_templatelib();
    init_generic_alias();
    init_builtins();
}

// Whatever print() buffered in sys.stdout must reach the terminal before the process exits.
void runtime_fini() {
    if (interp.sys) {
        try {
            Obj out = getattr_opt(interp.sys, intern_cstr("stdout"));
            if (out && out.get() != Py_None) call_method(out.get(), "flush", nullptr, 0);
        } catch (PyError&) {
            fetch_exception();  // a failing flush at exit is ignored (CPython prints a warning)
        }
    }
    fflush(stdout);
    fflush(stderr);
    forget_local_type_cache();
}
