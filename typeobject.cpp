// typeobject.cpp — the types `type` and `object`, and how attributes are found.
//
// What this step does:
//   * type_ready() turns a TypeObject whose slots a file has filled in (Int_Type.repr = ...)
//     into a finished type: name, base, MRO, a dict, slots inherited from the base, and one
//     "slot wrapper" per slot in the dict (so that int.__add__ and (1).__repr__ exist, and
//     super().__init__() finds object.__init__).
//   * generic_getattr / generic_setattr: the attribute rules every ordinary object follows —
//     data descriptors on the type, then the instance __dict__, then other class attributes.
//   * the `type` type: calling a type creates an instance (new_ then init), type(x), repr
//     "<class 'int'>", class attribute lookup, __name__/__mro__/... attributes.
//   * the `object` type: object(), the default repr/hash/==, __class__ and __dict__.
//
// Comes in: TypeObjects with their slots set.  Goes out: ready types, attribute values.
// Class statements (type_new) are in classobject.cpp; super/property in descrobject.cpp.
// Read next: classobject.cpp.
#include "type_internal.h"
#include "builtins.h"

#include <cinttypes>

TypeObject Type_Type, Object_Type;
static TypeObject SlotWrapper_Type, GetSet_Type;

bool is_subtype(TypeObject* a, TypeObject* b) {
    if (a == b) return true;
    for (TypeObject* t : a->mro)
        if (t == b) return true;
    return false;
}

static Obj lookup_mro(TypeObject* t, Object* name) {
    for (TypeObject* k : t->mro)
        if (k->dict)
            if (Obj v = dict_get_str(k->dict, name)) return v;
    return nullptr;
}

// While one thread runs, a plain direct-mapped cache of (class, name) → the value, borrowed from
// the class dict that holds it.  It is valid while the type epoch is unchanged: any change to
// any class dict, and any class's death, bumps the epoch (attrcache.cpp).  Once a second thread
// starts it is never consulted again: the shared, lock-free cache takes over (immortal values).
struct LocalTypeCacheEntry { TypeObject* type; Object* name; Object* value; uint64_t epoch; };
static LocalTypeCacheEntry local_type_cache[4096];

static Obj lookup_type_attr_one_thread(TypeObject* t, Object* name) {
    if (!is_immortal(name)) return lookup_mro(t, name);  // only interned names are cached
    uintptr_t h = (reinterpret_cast<uintptr_t>(t) >> 4) * 31 + (reinterpret_cast<uintptr_t>(name) >> 4);
    LocalTypeCacheEntry& e = local_type_cache[(h ^ (h >> 12)) & 4095];
    uint64_t epoch = type_cache_epoch();
    if (e.type == t && e.name == name && e.epoch == epoch) return e.value ? newref(e.value) : Obj();
    Obj v = lookup_mro(t, name);
    e = LocalTypeCacheEntry{t, name, v.get(), epoch};
    return v;
}

// At exit: forget the cached pointers, so that LeakSanitizer still sees a class that only a
// reference cycle keeps alive as leaked (this array would otherwise make it look reachable).
void forget_local_type_cache() { std::memset(static_cast<void*>(local_type_cache), 0, sizeof local_type_cache); }

// With threads running, the lock-free class-attribute cache comes first (attrcache.cpp).
Obj lookup_type_attr(TypeObject* t, Object* name) {
    if (!multithreaded.load(std::memory_order_relaxed)) return lookup_type_attr_one_thread(t, name);
    Object* cached;
    if (type_cache_get(t, name, &cached)) return Obj::steal(cached);  // immortal: no incref owed
    uint64_t epoch = type_cache_epoch();
    Obj v = lookup_mro(t, name);
    type_cache_put(t, name, v.get(), epoch);
    return v;
}

// A subclass of a variable-size built-in (str, bytes, tuple) keeps its dict pointer after the
// variable part: its position depends on the instance's size, not only on its type.
Object** instance_dict_slot(Object* o) {
    TypeObject* t = o->ob_type;
    size_t off = t->dictoffset;
    if (!off) return nullptr;
    if ((t->flags & TPF_HEAPTYPE) && (t->flags & TPF_TUPLE_SUBCLASS))
        off = sizeof(TupleObject) + sizeof(Object*) * static_cast<TupleObject*>(o)->size;
    else if ((t->flags & TPF_HEAPTYPE) && (t->flags & TPF_STR_SUBCLASS))
        off = (sizeof(StrObject) + static_cast<StrObject*>(o)->size + 1 + 7) & ~size_t(7);
    else if ((t->flags & TPF_HEAPTYPE) && (t->flags & TPF_BYTES_SUBCLASS))
        off = (sizeof(BytesObject) + static_cast<BytesObject*>(o)->size + 1 + 7) & ~size_t(7);
    return reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + off);
}

Obj call_with_self(Object* callable, Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    size_t total = nargs + (kwnames ? tuple_size(kwnames) : 0);
    Object* small[8];
    std::vector<Object*> big;
    Object** v = small;
    if (total + 1 > 8) {
        big.resize(total + 1);
        v = big.data();
    }
    v[0] = self;
    for (size_t i = 0; i < total; i++) v[i + 1] = args[i];
    return call(callable, v, nargs + 1, kwnames);
}

// A built-in type named "module.Name" (like CPython's tp_name "_thread.lock") lives in that
// module; other built-in types are in builtins.
Obj type_module(TypeObject* t) {
    if ((t->flags & TPF_HEAPTYPE) && t->dict)
        if (Obj m = dict_get_str(t->dict, intern_cstr("__module__"))) return m;
    if (!(t->flags & TPF_HEAPTYPE)) {
        size_t dot = t->name.rfind('.');
        if (dot != std::string::npos) return str_new(std::string_view(t->name).substr(0, dot));
    }
    return newref(intern_cstr("builtins"));
}

std::string type_display_name(TypeObject* t) {
    if (!(t->flags & TPF_HEAPTYPE)) return t->name;
    Obj m = type_module(t);
    if (is_str(m.get()) && str_view(m.get()) != "builtins")
        return std::string(str_view(m.get())) + "." + t->qualname;
    return t->qualname;
}

// ───────────────────────────── slot wrappers ─────────────────────────────
//
// A slot wrapper is the Python face of a C++ slot: int.__add__ is a wrapper whose call runs
// Int_Type.binary(self, other, NB_ADD).  It remembers its owner type so that int.__repr__(b)
// runs int's repr even when type(b) overrides __repr__.

enum SlotKind : uint8_t {
    SK_REPR, SK_STR, SK_HASH, SK_RICH, SK_GETATTR, SK_SETATTR, SK_DELATTR, SK_CALL, SK_ITER,
    SK_NEXT, SK_GET, SK_SET, SK_DELETE, SK_BINARY, SK_RBINARY, SK_INPLACE, SK_NEG, SK_POS,
    SK_INV, SK_ABS, SK_BOOL, SK_INT, SK_FLOAT, SK_INDEX, SK_LEN, SK_GETITEM, SK_SETITEM,
    SK_DELITEM, SK_CONTAINS, SK_INIT,
};
struct SlotWrapperObject : Object {
    const char* name = nullptr;
    SlotKind kind = SK_REPR;
    int op = 0;
    TypeObject* owner = nullptr;  // borrowed: built-in types are immortal
};

static void wrapper_expect(SlotWrapperObject* w, size_t n, size_t want) {
    if (n != want)
        raise_fmt(Exc_TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s", n);
}

static Obj wrapper_call(Object* descr, Object* const* args, size_t nargs, Object* kwnames) {
    auto* w = static_cast<SlotWrapperObject*>(descr);
    TypeObject* t = w->owner;
    if (nargs < 1)
        raise_fmt(Exc_TypeError, "descriptor '%s' of '%s' object needs an argument", w->name, t->name.c_str());
    Object* self = args[0];
    if (!is_subtype(type_of(self), t))
        raise_fmt(Exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                  w->name, t->name.c_str(), type_name(self));
    Object* const* a = args + 1;
    size_t n = nargs - 1;
    if (w->kind == SK_INIT) {
        t->init(self, a, n, kwnames);
        return newref(Py_None);
    }
    if (w->kind == SK_CALL) return t->call(self, a, n, kwnames);
    if (kwnames && tuple_size(kwnames))
        raise_fmt(Exc_TypeError, "wrapper %s() takes no keyword arguments", w->name);
    auto unary = [&](Obj (*f)(Object*)) { wrapper_expect(w, n, 0); return f(self); };
    switch (w->kind) {
    case SK_REPR: return unary(t->repr);
    case SK_STR: return unary(t->str);
    case SK_ITER: return unary(t->iter);
    case SK_NEG: return unary(t->negative);
    case SK_POS: return unary(t->positive);
    case SK_INV: return unary(t->invert);
    case SK_ABS: return unary(t->absolute);
    case SK_INT: return unary(t->nb_int);
    case SK_FLOAT: return unary(t->nb_float);
    case SK_INDEX: return unary(t->nb_index);
    case SK_HASH: wrapper_expect(w, n, 0); return int_from_i64(t->hash(self));
    case SK_BOOL: wrapper_expect(w, n, 0); return bool_ref(t->truth(self));
    case SK_LEN: wrapper_expect(w, n, 0); return int_from_i64(t->len(self));
    case SK_NEXT: {
        wrapper_expect(w, n, 0);
        Obj r = t->iternext(self);
        if (!r) raise_msg(Exc_StopIteration, "");
        return r;
    }
    case SK_RICH: wrapper_expect(w, n, 1); return t->richcompare(self, a[0], w->op);
    case SK_BINARY: wrapper_expect(w, n, 1); return t->binary(self, a[0], w->op);
    case SK_RBINARY: wrapper_expect(w, n, 1); return t->binary(a[0], self, w->op);
    case SK_INPLACE: wrapper_expect(w, n, 1); return t->inplace(self, a[0], w->op);
    case SK_GETITEM: wrapper_expect(w, n, 1); return t->getitem(self, a[0]);
    case SK_CONTAINS: wrapper_expect(w, n, 1); return bool_ref(t->contains(self, a[0]));
    case SK_SETITEM: wrapper_expect(w, n, 2); t->setitem(self, a[0], a[1]); return newref(Py_None);
    case SK_DELITEM: wrapper_expect(w, n, 1); t->setitem(self, a[0], nullptr); return newref(Py_None);
    case SK_SETATTR: wrapper_expect(w, n, 2); t->setattro(self, a[0], a[1]); return newref(Py_None);
    case SK_DELATTR: wrapper_expect(w, n, 1); t->setattro(self, a[0], nullptr); return newref(Py_None);
    case SK_SET: wrapper_expect(w, n, 2); t->descr_set(self, a[0], a[1]); return newref(Py_None);
    case SK_DELETE: wrapper_expect(w, n, 1); t->descr_set(self, a[0], nullptr); return newref(Py_None);
    case SK_GETATTR: {
        wrapper_expect(w, n, 1);
        Obj r = t->getattro(self, a[0]);
        if (!r) raise_attribute_error(self, a[0]);
        return r;
    }
    case SK_GET: {
        if (n < 1 || n > 2) raise_fmt(Exc_TypeError, "expected 1 or 2 arguments, got %zu", n);
        Object* obj = a[0] == Py_None ? nullptr : a[0];
        Object* type = n > 1 && a[1] != Py_None ? a[1] : nullptr;
        if (!obj && !type) raise_msg(Exc_TypeError, "__get__(None, None) is invalid");
        return t->descr_get(self, obj, type);
    }
    default: break;
    }
    raise_msg(Exc_TypeError, "bad slot wrapper");
}

static Obj wrapper_get(Object* descr, Object* obj, Object* type) {
    if (!obj) return newref(descr);
    return method_new(descr, obj);
}

static Obj wrapper_repr(Object* o) {
    auto* w = static_cast<SlotWrapperObject*>(o);
    return str_new(strfmt("<slot wrapper '%s' of '%s' objects>", w->name, w->owner->name.c_str()));
}

static void add_wrapper(TypeObject* t, const char* name, SlotKind kind, int op = 0) {
    Ref<SlotWrapperObject> w = alloc_object<SlotWrapperObject>(&SlotWrapper_Type);
    w->name = name;
    w->kind = kind;
    w->op = op;
    w->owner = t;
    dict_set(t->dict, intern_cstr(name), w.get());
}

// type.__new__(X, ...) / object.__new__(X): the built-in __new__ of `owner`, called with the
// type to instantiate first.  CPython refuses object.__new__(int): int's instances need int's
// own allocator.
static Obj tp_new_wrapper(Object* owner_obj, Object* const* args, size_t nargs, Object* kwnames) {
    auto* owner = static_cast<TypeObject*>(owner_obj);
    const char* oname = owner->name.c_str();
    if (nargs < 1) raise_fmt(Exc_TypeError, "%s.__new__(): not enough arguments", oname);
    Object* sub = args[0];
    if (!(type_of(sub)->flags & TPF_TYPE_SUBCLASS))
        raise_fmt(Exc_TypeError, "%s.__new__(X): X is not a type object (%s)", oname, type_name(sub));
    auto* subtype = static_cast<TypeObject*>(sub);
    if (!is_subtype(subtype, owner))
        raise_fmt(Exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", oname,
                  subtype->name.c_str(), subtype->name.c_str(), oname);
    TypeObject* staticbase = subtype;
    while (staticbase && staticbase->new_ == slot_new) staticbase = staticbase->base;
    if (staticbase && staticbase->new_ != owner->new_)
        raise_fmt(Exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", oname,
                  subtype->name.c_str(), staticbase->name.c_str());
    return owner->new_(subtype, args + 1, nargs - 1, kwnames);
}

static const char* const binary_dunders[13][3] = {
    {"__add__", "__radd__", "__iadd__"}, {"__and__", "__rand__", "__iand__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"}, {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__matmul__", "__rmatmul__", "__imatmul__"}, {"__mul__", "__rmul__", "__imul__"},
    {"__mod__", "__rmod__", "__imod__"}, {"__or__", "__ror__", "__ior__"},
    {"__pow__", "__rpow__", "__ipow__"}, {"__rshift__", "__rrshift__", "__irshift__"},
    {"__sub__", "__rsub__", "__isub__"}, {"__truediv__", "__rtruediv__", "__itruediv__"},
    {"__xor__", "__rxor__", "__ixor__"},
};
static const char* const rich_dunders[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

// One wrapper per slot that t defines itself (not inherited unchanged from the base), so that a
// lookup along the MRO finds the type that really implements it.
static void add_slot_wrappers(TypeObject* t) {
    TypeObject* b = t->base;
#define OWN(slot) (t->slot && (!b || b->slot != t->slot))
    if (OWN(repr)) add_wrapper(t, "__repr__", SK_REPR);
    if (OWN(str) && t->str != t->repr) add_wrapper(t, "__str__", SK_STR);  // str == repr: object.__str__ does it
    if (OWN(hash)) add_wrapper(t, "__hash__", SK_HASH);
    else if (!t->hash && b) add_attr(t, "__hash__", Py_None);  // unhashable, like list.__hash__
    if (OWN(richcompare))
        for (int op = 0; op < 6; op++) add_wrapper(t, rich_dunders[op], SK_RICH, op);
    if (OWN(getattro)) add_wrapper(t, "__getattribute__", SK_GETATTR);
    if (OWN(setattro)) {
        add_wrapper(t, "__setattr__", SK_SETATTR);
        add_wrapper(t, "__delattr__", SK_DELATTR);
    }
    if (OWN(call)) add_wrapper(t, "__call__", SK_CALL);
    if (OWN(iter)) add_wrapper(t, "__iter__", SK_ITER);
    if (OWN(iternext)) add_wrapper(t, "__next__", SK_NEXT);
    if (OWN(descr_get)) add_wrapper(t, "__get__", SK_GET);
    if (OWN(descr_set)) {
        add_wrapper(t, "__set__", SK_SET);
        add_wrapper(t, "__delete__", SK_DELETE);
    }
    if (OWN(binary))
        for (int op = 0; op < 13; op++) {
            add_wrapper(t, binary_dunders[op][0], SK_BINARY, op);
            add_wrapper(t, binary_dunders[op][1], SK_RBINARY, op);
        }
    if (OWN(inplace))
        for (int op = 0; op < 13; op++) add_wrapper(t, binary_dunders[op][2], SK_INPLACE, op);
    if (OWN(negative)) add_wrapper(t, "__neg__", SK_NEG);
    if (OWN(positive)) add_wrapper(t, "__pos__", SK_POS);
    if (OWN(invert)) add_wrapper(t, "__invert__", SK_INV);
    if (OWN(absolute)) add_wrapper(t, "__abs__", SK_ABS);
    if (OWN(truth)) add_wrapper(t, "__bool__", SK_BOOL);
    if (OWN(nb_int)) add_wrapper(t, "__int__", SK_INT);
    if (OWN(nb_float)) add_wrapper(t, "__float__", SK_FLOAT);
    if (OWN(nb_index)) add_wrapper(t, "__index__", SK_INDEX);
    if (OWN(len)) add_wrapper(t, "__len__", SK_LEN);
    if (OWN(getitem)) add_wrapper(t, "__getitem__", SK_GETITEM);
    if (OWN(setitem)) {
        add_wrapper(t, "__setitem__", SK_SETITEM);
        add_wrapper(t, "__delitem__", SK_DELITEM);
    }
    if (OWN(contains)) add_wrapper(t, "__contains__", SK_CONTAINS);
    if (OWN(init)) add_wrapper(t, "__init__", SK_INIT);
    if (OWN(new_)) {
        Obj f = builtin_new("__new__", tp_new_wrapper, t);
        add_attr(t, "__new__", f.get());
    }
#undef OWN
}

// ───────────────────────────── readying a type ─────────────────────────────

constexpr uint32_t SUBCLASS_FLAGS = TPF_INT_SUBCLASS | TPF_STR_SUBCLASS | TPF_LIST_SUBCLASS |
    TPF_TUPLE_SUBCLASS | TPF_DICT_SUBCLASS | TPF_EXC_SUBCLASS | TPF_TYPE_SUBCLASS | TPF_FLOAT_SUBCLASS |
    TPF_BYTES_SUBCLASS;

void inherit_slots(TypeObject* t, TypeObject* b) {
    if (!b) return;
    t->flags |= b->flags & SUBCLASS_FLAGS;
    if (!t->dictoffset) t->dictoffset = b->dictoffset;
#define INHERIT(slot) if (!t->slot) t->slot = b->slot
    INHERIT(dealloc); INHERIT(repr); INHERIT(str);
    // == and hash go together: a type that defines == but not hash is unhashable (list).
    if (!t->richcompare && !t->hash) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    }
    INHERIT(getattro); INHERIT(setattro); INHERIT(call); INHERIT(iter); INHERIT(iternext);
    INHERIT(descr_get); INHERIT(descr_set); INHERIT(binary); INHERIT(inplace);
    INHERIT(negative); INHERIT(positive); INHERIT(invert); INHERIT(absolute); INHERIT(truth);
    INHERIT(nb_int); INHERIT(nb_float); INHERIT(nb_index); INHERIT(len); INHERIT(getitem);
    INHERIT(setitem); INHERIT(contains); INHERIT(new_); INHERIT(init);
#undef INHERIT
}

void type_ready(TypeObject* t, const char* name, TypeObject* base, size_t basicsize) {
    if (!t->ob_type) t->ob_type = &Type_Type;
    t->name = name;
    if (t->qualname.empty()) t->qualname = t->name.substr(t->name.rfind('.') + 1);
    t->base = base;
    t->basicsize = basicsize;
    if (base && base->basicsize > t->basicsize) t->basicsize = base->basicsize;
    // object's __bases__ is computed on demand (the empty tuple may not exist yet).
    if (base && !t->bases) t->bases = tuple_pack({(Object*)base}).release();
    t->mro.clear();
    t->mro.push_back(t);
    if (base) t->mro.insert(t->mro.end(), base->mro.begin(), base->mro.end());
    if (!t->dict) t->dict = dict_new().release();
    t->dict->ob_flags |= OBF_TYPE_DICT;
    inherit_slots(t, base);
    add_slot_wrappers(t);
    make_immortal(t);
}

void add_methods(TypeObject* t, std::initializer_list<MethodDef> defs) {
    for (const MethodDef& d : defs) {
        Ref<MethodDescrObject> m = alloc_object<MethodDescrObject>(&MethodDescr_Type);
        m->name = d.name;
        m->fn = d.fn;
        m->owner = t;
        set_deferred_refcount(m.get());  // list.append & co: looked up by every thread
        dict_set(t->dict, intern_cstr(d.name), m.get());
    }
}

void add_attr(TypeObject* t, const char* name, Object* value) {
    if (!t->dict) t->dict = dict_new().release();
    dict_set(t->dict, intern_cstr(name), value);
}

// ───────────────────────────── getset descriptors ─────────────────────────────

struct GetSetObject : Object {
    const char* name = nullptr;
    Obj (*get)(Object*) = nullptr;
    void (*set)(Object*, Object*) = nullptr;
    TypeObject* owner = nullptr;  // borrowed
};

static Obj getset_get(Object* descr, Object* obj, Object* type) {
    if (!obj) return newref(descr);
    auto* g = static_cast<GetSetObject*>(descr);
    if (!is_subtype(type_of(obj), g->owner))
        raise_fmt(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  g->name, g->owner->name.c_str(), type_name(obj));
    return g->get(obj);
}

static void getset_set(Object* descr, Object* obj, Object* value) {
    auto* g = static_cast<GetSetObject*>(descr);
    if (!g->set)
        raise_fmt(Exc_AttributeError, "attribute '%s' of '%s' objects is not writable", g->name,
                  g->owner->name.c_str());
    g->set(obj, value);
}

static Obj getset_repr(Object* o) {
    auto* g = static_cast<GetSetObject*>(o);
    return str_new(strfmt("<attribute '%s' of '%s' objects>", g->name, g->owner->name.c_str()));
}

void add_getsets(TypeObject* t, std::initializer_list<GetSetDef> defs) {
    for (const GetSetDef& d : defs) {
        Ref<GetSetObject> g = alloc_object<GetSetObject>(&GetSet_Type);
        g->name = d.name;
        g->get = d.get;
        g->set = d.set;
        g->owner = t;
        dict_set(t->dict, intern_cstr(d.name), g.get());
    }
}

// ───────────────────────────── generic attribute access ─────────────────────────────

// Lookup order (CPython's PyObject_GenericGetAttr): a data descriptor on the type (property,
// __class__) wins; then the instance __dict__; then methods and other class attributes.
Obj generic_getattr(Object* o, Object* name) {
    TypeObject* tp = type_of(o);
    Obj descr = lookup_type_attr(tp, name);
    TypeObject* dt = descr ? type_of(descr.get()) : nullptr;
    if (dt && dt->descr_get && dt->descr_set) return dt->descr_get(descr.get(), o, tp);
    if (Object** slot = instance_dict_slot(o))
        if (*slot)
            if (Obj v = dict_get_str(*slot, name)) return v;
    if (dt && dt->descr_get) return dt->descr_get(descr.get(), o, tp);
    return descr;
}

void generic_setattr(Object* o, Object* name, Object* v) {
    TypeObject* tp = type_of(o);
    Obj descr = lookup_type_attr(tp, name);
    if (descr && type_of(descr.get())->descr_set) {
        type_of(descr.get())->descr_set(descr.get(), o, v);
        return;
    }
    Object** slot = instance_dict_slot(o);
    if (!slot) {
        std::string_view n = str_view(name);
        if (!v || !descr)
            raise_fmt(Exc_AttributeError, "'%s' object has no attribute '%.*s'%s", tp->name.c_str(),
                      int(n.size()), n.data(), v ? " and no __dict__ for setting new attributes" : "");
        raise_fmt(Exc_AttributeError, "'%s' object attribute '%.*s' is read-only", tp->name.c_str(),
                  int(n.size()), n.data());
    }
    if (v) {
        if (!*slot) *slot = dict_new().release();
        dict_set(*slot, name, v);
    } else if (!*slot || !dict_del(*slot, name)) {
        raise_attribute_error(o, name);
    }
}

// ───────────────────────────── the type `type` ─────────────────────────────

// Calling a type: type(x) is special; otherwise obj = T.__new__(T, ...) and, when obj is an
// instance of T, type(obj).__init__(obj, ...).
static Obj type_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    auto* type = static_cast<TypeObject*>(self);
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    if (type == &Type_Type) {
        if (nargs == 1 && nkw == 0) return newref((Object*)type_of(args[0]));
        if (nargs != 3) raise_msg(Exc_TypeError, "type() takes 1 or 3 arguments");
    }
    if (!type->new_) raise_fmt(Exc_TypeError, "cannot create '%s' instances", type->name.c_str());
    Obj obj = type->new_(type, args, nargs, kwnames);
    if (!is_subtype(type_of(obj.get()), type)) return obj;
    if (auto init = type_of(obj.get())->init) init(obj.get(), args, nargs, kwnames);
    return obj;
}

// type.__new__(metatype, name, bases, namespace): the class statement's final step.
static Obj type_new_slot(TypeObject* meta, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs != 3) raise_fmt(Exc_TypeError, "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
    static const char* const want[3] = {"str", "tuple", "dict"};
    bool ok[3] = {is_str(args[0]), is_tuple(args[1]), is_dict(args[2])};
    for (int i = 0; i < 3; i++)
        if (!ok[i])
            raise_fmt(Exc_TypeError, "type.__new__() argument %d must be %s, not %s", i + 1, want[i],
                      type_name(args[i]));
    // Class keywords (class C(B, flag=1)) go on to __init_subclass__.
    return type_new(meta, args[0], args[1], args[2], args + 3, kwnames);
}

static void type_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs != 1 && nargs != 3) raise_msg(Exc_TypeError, "type.__init__() takes 1 or 3 arguments");
}

static Obj type_repr(Object* o) {
    return str_new("<class '" + type_display_name(static_cast<TypeObject*>(o)) + "'>");
}

// Attribute lookup on a class: data descriptors of the metatype (type.__name__), then the
// class's own MRO (descriptors are asked with obj = null: functions stay plain functions,
// classmethods bind to the class), then the metatype's other attributes (type.mro).
// C.__annotations__ and C.__annotate__ (PEP 649): always the class's own, never a base's.  The
// class body leaves its __annotate__ function in the class dict, which type_new renames
// __annotate_func__; the first read of __annotations__ calls it and keeps the result as
// __annotations_cache__.  A dict assigned to C.__annotations__ is used as it is.
static Obj class_annotation_attr(TypeObject* type, Object* name) {
    static Object* const annotate = intern_cstr("__annotate__");
    static Object* const func = intern_cstr("__annotate_func__");
    static Object* const own = intern_cstr("__annotations__");
    static Object* const cache = intern_cstr("__annotations_cache__");
    Object* d = type->dict;
    Obj f = dict_get_str(d, func);
    if (name == annotate) return f ? f : newref(Py_None);
    if (Obj v = dict_get_str(d, own)) return v;
    if (Obj v = dict_get_str(d, cache)) return v;
    Obj ann;
    if (f && f.get() != Py_None) {
        Obj format = int_from_i64(1);  // annotationlib.Format.VALUE
        ann = call1(f.get(), format.get());
        if (!is_dict(ann.get()))
            raise_fmt(Exc_TypeError, "__annotate__ returned non-dict of type '%s'", type_name(ann.get()));
    } else {
        ann = dict_new();
    }
    dict_set(d, cache, ann.get());
    return ann;
}

static Obj type_getattro(Object* o, Object* name) {
    auto* type = static_cast<TypeObject*>(o);
    static Object* const annotations_name = intern_cstr("__annotations__");
    static Object* const annotate_name = intern_cstr("__annotate__");
    if (type->flags & TPF_HEAPTYPE) {
        // By pointer for the usual interned name; by value for a string built at run time
        // (getattr(C, '__' + 'annotations__')).
        std::string_view n = str_view(name);
        if (name == annotations_name || n == "__annotations__") return class_annotation_attr(type, annotations_name);
        if (name == annotate_name || n == "__annotate__") return class_annotation_attr(type, annotate_name);
    }
    TypeObject* meta = type_of(o);
    Obj meta_attr = lookup_type_attr(meta, name);
    TypeObject* mt = meta_attr ? type_of(meta_attr.get()) : nullptr;
    if (mt && mt->descr_get && mt->descr_set) return mt->descr_get(meta_attr.get(), o, meta);
    if (Obj attr = lookup_type_attr(type, name)) {
        if (auto get = type_of(attr.get())->descr_get) return get(attr.get(), nullptr, o);
        return attr;
    }
    if (mt && mt->descr_get) return mt->descr_get(meta_attr.get(), o, meta);
    return meta_attr;
}

static void type_setattro(Object* o, Object* name, Object* v) {
    auto* type = static_cast<TypeObject*>(o);
    std::string_view n = str_view(name);
    if (!(type->flags & TPF_HEAPTYPE))
        raise_fmt(Exc_TypeError, "cannot set '%.*s' attribute of immutable type '%s'", int(n.size()),
                  n.data(), type->name.c_str());
    Obj meta_attr = lookup_type_attr(type_of(o), name);
    if (meta_attr && type_of(meta_attr.get())->descr_set) {
        type_of(meta_attr.get())->descr_set(meta_attr.get(), o, v);
        return;
    }
    if (v) {
        dict_set(type->dict, name, v);
    } else if (!dict_del(type->dict, name)) {
        raise_fmt(Exc_AttributeError, "type object '%s' has no attribute '%.*s'", type->name.c_str(),
                  int(n.size()), n.data());
    }
    // Assigning A.__repr__ = f later must change how repr(A()) behaves.
    if (is_dunder_name(name)) install_slots(type);
    if (n == "__abstractmethods__") {  // a flag, so that object() need not look the name up
        if (v && truthy(v)) type->flags |= TPF_IS_ABSTRACT;
        else type->flags &= ~TPF_IS_ABSTRACT;
    }
}

static void type_dealloc(Object* o) {
    auto* t = static_cast<TypeObject*>(o);
    type_cache_invalidate();  // a new class may get this address: forget what this one cached
    xdecref(t->bases);
    xdecref(t->dict);
    t->bases = t->dict = nullptr;
    t->~TypeObject();
    object_free(o);
}

// Attributes of classes: __name__, __qualname__, __module__, __doc__, __bases__, __base__,
// __mro__, __dict__.
static TypeObject* as_type(Object* o) { return static_cast<TypeObject*>(o); }

static void check_heap_set(Object* o, const char* attr, Object* v) {
    TypeObject* t = as_type(o);
    if (!(t->flags & TPF_HEAPTYPE))
        raise_fmt(Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, t->name.c_str());
    if (!v) raise_fmt(Exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr, t->name.c_str());
}
static Obj type_get_name(Object* o) {
    TypeObject* t = as_type(o);
    if (t->flags & TPF_HEAPTYPE) return str_new(t->name);
    return str_new(std::string_view(t->name).substr(t->name.rfind('.') + 1));  // "_thread.lock" -> "lock"
}
static void type_set_name(Object* o, Object* v) {
    check_heap_set(o, "__name__", v);
    if (!is_str(v))
        raise_fmt(Exc_TypeError, "can only assign string to %s.__name__, not '%s'", as_type(o)->name.c_str(), type_name(v));
    as_type(o)->name = std::string(str_view(v));
}
static Obj type_get_qualname(Object* o) { return str_new(as_type(o)->qualname); }
static void type_set_qualname(Object* o, Object* v) {
    check_heap_set(o, "__qualname__", v);
    if (!is_str(v))
        raise_fmt(Exc_TypeError, "can only assign string to %s.__qualname__, not '%s'", as_type(o)->name.c_str(), type_name(v));
    as_type(o)->qualname = std::string(str_view(v));
}
static Obj type_get_module(Object* o) { return type_module(as_type(o)); }
static void type_set_module(Object* o, Object* v) {
    check_heap_set(o, "__module__", v);
    dict_set(as_type(o)->dict, intern_cstr("__module__"), v);
}
static Obj type_get_doc(Object* o) {
    TypeObject* t = as_type(o);
    Obj d = t->dict ? dict_get_str(t->dict, intern_cstr("__doc__")) : nullptr;
    if (!d) return newref(Py_None);
    if (auto get = type_of(d.get())->descr_get) return get(d.get(), nullptr, o);
    return d;
}
static void type_set_doc(Object* o, Object* v) {
    check_heap_set(o, "__doc__", v);
    dict_set(as_type(o)->dict, intern_cstr("__doc__"), v);
}
static Obj type_get_bases(Object* o) {
    TypeObject* t = as_type(o);
    return t->bases ? newref(t->bases) : tuple_new(0);
}
static Obj type_get_base(Object* o) {
    TypeObject* t = as_type(o);
    return newref(t->base ? (Object*)t->base : Py_None);
}
static Obj type_get_mro(Object* o) {
    TypeObject* t = as_type(o);
    Obj tup = tuple_new(t->mro.size());
    for (size_t i = 0; i < t->mro.size(); i++) {
        incref(t->mro[i]);
        static_cast<TupleObject*>(tup.get())->items[i] = t->mro[i];
    }
    return tup;
}
// CPython returns a read-only mappingproxy; a copy keeps the class safe from edits the same way.
static Obj type_get_dict(Object* o) {
    Obj d = dict_new();
    if (as_type(o)->dict) dict_update(d.get(), as_type(o)->dict);
    return d;
}

static Obj type_mro_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("mro", nargs, kwnames, 0, 0);
    Obj tup = type_get_mro(self);
    return list_from_iterable(tup.get());
}

// ───────────────────────────── the type `object` ─────────────────────────────

static bool excess_args(size_t nargs, Object* kwnames) { return nargs > 0 || (kwnames && tuple_size(kwnames)); }

// "Can't instantiate abstract class S without an implementation for abstract methods 'a', 'b'"
[[noreturn]] static void abstract_instantiation_error(TypeObject* type) {
    Obj names = lookup_type_attr(type, intern_cstr("__abstractmethods__"));
    Obj sorted = names ? list_from_iterable(names.get()) : list_new();
    list_sort(sorted.get(), nullptr, false);
    size_t n = list_size(sorted.get());
    std::string joined;
    for (size_t i = 0; i < n; i++) {
        if (i) joined += ", ";
        joined += "'" + std::string(str_view(str(list_items(sorted.get())[i]).get())) + "'";
    }
    raise_fmt(Exc_TypeError, "Can't instantiate abstract class %s without an implementation for abstract method%s %s",
              type->name.c_str(), n == 1 ? "" : "s", joined.c_str());
}

Obj object_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (type->flags & TPF_IS_ABSTRACT) [[unlikely]] abstract_instantiation_error(type);
    if (excess_args(nargs, kwnames)) {
        if (type->new_ != object_new)
            raise_msg(Exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->init == object_init) raise_fmt(Exc_TypeError, "%s() takes no arguments", type->name.c_str());
    }
    return object_new_instance(type);
}

void object_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!excess_args(nargs, kwnames)) return;
    TypeObject* type = type_of(self);
    if (type->init != object_init)
        raise_msg(Exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (type->new_ == object_new)
        raise_fmt(Exc_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                  type->name.c_str());
}

// Instances of classes whose bases are all plain Python classes are InstanceObjects: a header
// and a __dict__ pointer (more bytes if basicsize asks for them).
Obj object_new_instance(TypeObject* type) { return alloc_object<InstanceObject>(type); }

static void object_dealloc(Object* o) { object_free(o); }

static Obj object_repr(Object* o) {
    return str_new(strfmt("<%s object at %p>", type_display_name(type_of(o)).c_str(), (void*)o));
}
static Obj object_str(Object* o) { return repr(o); }

// CPython's _Py_HashPointer: the address rotated right by 4 bits (allocations are 16-aligned,
// so the low bits carry no information).
static int64_t object_hash(Object* o) {
    uintptr_t y = reinterpret_cast<uintptr_t>(o);
    y = (y >> 4) | (y << (8 * sizeof(void*) - 4));
    int64_t h = int64_t(y);
    return h == -1 ? -2 : h;
}

// == is identity; != is the negation of the type's ==; ordering is not supported.
static Obj object_richcompare(Object* a, Object* b, int op) {
    if (op == CMP_EQ) return newref(a == b ? Py_True : Py_NotImplemented);
    if (op == CMP_NE && type_of(a)->richcompare) {
        Obj r = type_of(a)->richcompare(a, b, CMP_EQ);
        if (r.get() == Py_NotImplemented) return r;
        return bool_ref(!truthy(r.get()));
    }
    return newref(Py_NotImplemented);
}

static Obj object_get_class(Object* o) { return newref((Object*)type_of(o)); }
static void object_set_class(Object* o, Object* v) {
    if (!v) raise_msg(Exc_TypeError, "can't delete __class__ attribute");
    if (!(type_of(v)->flags & TPF_TYPE_SUBCLASS))
        raise_fmt(Exc_TypeError, "__class__ must be set to a class, not '%s' object", type_name(v));
    TypeObject* now = type_of(o);
    auto* to = static_cast<TypeObject*>(v);
    if (!(now->flags & TPF_HEAPTYPE) || !(to->flags & TPF_HEAPTYPE) || now->basicsize != to->basicsize ||
        now->dictoffset != to->dictoffset || now->dealloc != to->dealloc)
        raise_fmt(Exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                  to->name.c_str(), now->name.c_str());
    incref(to);
    o->ob_type = to;
    decref(now);
}

static Obj object_get_dict(Object* o) {
    Object** slot = instance_dict_slot(o);
    if (!slot) raise_attribute_error(o, intern_cstr("__dict__"));
    if (!*slot) *slot = dict_new().release();
    return newref(*slot);
}
static void object_set_dict(Object* o, Object* v) {
    Object** slot = instance_dict_slot(o);
    if (!slot) raise_attribute_error(o, intern_cstr("__dict__"));
    if (!v) raise_msg(Exc_TypeError, "cannot delete __dict__");
    if (!is_dict(v)) raise_fmt(Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(v));
    set_ref(*slot, v);
}

static Obj object_format(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("__format__", nargs, kwnames, 1, 1);
    if (!is_str(args[0]))
        raise_fmt(Exc_TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
    if (str_view(args[0]).size() > 0)
        raise_fmt(Exc_TypeError, "unsupported format string passed to %s.__format__", type_name(self));
    return str(self);
}

// object.__init_subclass__: the default hook a class statement calls on the new class's base.
static Obj object_init_subclass(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs > 1 || (kwnames && tuple_size(kwnames)))
        raise_fmt(Exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                  nargs ? as_type(args[0])->name.c_str() : "object");
    return newref(Py_None);
}

// ───────────────────────────── setting it all up ─────────────────────────────

void init_object_types() {
    Object_Type.dealloc = object_dealloc;
    Object_Type.repr = object_repr;
    Object_Type.str = object_str;
    Object_Type.hash = object_hash;
    Object_Type.richcompare = object_richcompare;
    Object_Type.getattro = generic_getattr;
    Object_Type.setattro = generic_setattr;
    Object_Type.new_ = object_new;
    Object_Type.init = object_init;
    Object_Type.flags = TPF_BASETYPE;

    Type_Type.dealloc = type_dealloc;
    Type_Type.repr = type_repr;
    Type_Type.getattro = type_getattro;
    Type_Type.setattro = type_setattro;
    Type_Type.call = type_call;
    Type_Type.new_ = type_new_slot;
    Type_Type.init = type_init;
    Type_Type.flags = TPF_BASETYPE | TPF_TYPE_SUBCLASS;

    SlotWrapper_Type.dealloc = dealloc_as<SlotWrapperObject>;
    SlotWrapper_Type.repr = wrapper_repr;
    SlotWrapper_Type.call = wrapper_call;
    SlotWrapper_Type.descr_get = wrapper_get;
    GetSet_Type.dealloc = dealloc_as<GetSetObject>;
    GetSet_Type.repr = getset_repr;
    GetSet_Type.descr_get = getset_get;
    GetSet_Type.descr_set = getset_set;

    type_ready(&Object_Type, "object", nullptr, sizeof(Object));
    type_ready(&Type_Type, "type", &Object_Type, sizeof(TypeObject));
    type_ready(&SlotWrapper_Type, "wrapper_descriptor", &Object_Type, sizeof(SlotWrapperObject));
    type_ready(&GetSet_Type, "getset_descriptor", &Object_Type, sizeof(GetSetObject));

    add_getsets(&Object_Type, {{"__class__", object_get_class, object_set_class},
                               {"__dict__", object_get_dict, object_set_dict}});
    add_methods(&Object_Type, {{"__format__", object_format}});

    add_getsets(&Type_Type, {{"__name__", type_get_name, type_set_name},
                             {"__qualname__", type_get_qualname, type_set_qualname},
                             {"__module__", type_get_module, type_set_module},
                             {"__doc__", type_get_doc, type_set_doc},
                             {"__bases__", type_get_bases},
                             {"__base__", type_get_base},
                             {"__mro__", type_get_mro},
                             {"__dict__", type_get_dict}});
    add_methods(&Type_Type, {{"mro", type_mro_method}});
    init_descr_types();  // staticmethod/classmethod must be ready before the hook below
    Obj hook = builtin_new("__init_subclass__", object_init_subclass);
    Obj cm = classmethod_new(hook.get());
    add_attr(&Object_Type, "__init_subclass__", cm.get());
}
