// descrobject.cpp — super, property, staticmethod, classmethod and __slots__ members.
//
// What this step does: these four built-in types are all about *where* an attribute is found
// and *how* it is bound:
//   * super() looks a name up in the MRO after a given class (cooperative inheritance);
//   * property turns attribute access into calls of getter/setter/deleter functions (a data
//     descriptor: it has __get__ and __set__, so it wins over the instance __dict__);
//   * staticmethod unwraps to the plain function; classmethod binds to the class;
//   * a member descriptor reads and writes one fixed pointer slot of an instance: what a name
//     in __slots__ becomes (classobject.cpp lays the slots out).
// All of them rely on the descriptor slots (descr_get / descr_set) that generic_getattr
// (typeobject.cpp) calls.
//
// Comes in: the frame of the calling method (zero-argument super), functions.  Goes out:
// bound methods and attribute values.
// Read next: vm.cpp (how LOAD_ATTR and CALL use the results).
#include "type_internal.h"
#include "builtins.h"

TypeObject Super_Type, Property_Type, StaticMethod_Type, ClassMethod_Type, MemberDescr_Type;

// ───────────────────────────── super ─────────────────────────────

static TypeObject* as_type(Object* o) { return static_cast<TypeObject*>(o); }

static Obj super_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    return alloc_object<SuperObject>(type);
}

static void super_dealloc(Object* o) {
    auto* s = static_cast<SuperObject*>(o);
    xdecref(s->type);
    xdecref(s->obj);
    xdecref(s->obj_type);
    dealloc_as<SuperObject>(o);
}

// Which class's MRO to search: obj's own class, or obj itself when it is a class (classmethods).
static TypeObject* super_check(TypeObject* type, Object* obj) {
    if (is_type(obj) && is_subtype(as_type(obj), type)) return as_type(obj);
    if (is_subtype(type_of(obj), type)) return type_of(obj);
    std::string what = is_type(obj) ? std::string("type ") + as_type(obj)->name
                                    : std::string("instance of ") + type_name(obj);
    raise_fmt(Exc_TypeError, "super(type, obj): obj (%s) is not an instance or subtype of type (%s).",
              what.c_str(), type->name.c_str());
}

// super() inside a method: the class comes from the method's __class__ cell (the compiler
// creates it when a method mentions super), the object from the method's first argument.
static void super_from_frame(Object** type_out, Object** obj_out) {
    Frame* f = tstate()->frame;
    if (!f) raise_msg(Exc_RuntimeError, "super(): no current frame");
    CodeObject* co = f->code;
    if (co->argcount == 0 || co->nlocalsplus == 0) raise_msg(Exc_RuntimeError, "super(): no arguments");
    Object* first = f->localsplus[0];
    if ((co->localspluskinds[0] & LK_CELL) && first && type_of(first) == &Cell_Type)
        first = static_cast<CellObject*>(first)->ref;
    if (!first) raise_msg(Exc_RuntimeError, "super(): arg[0] deleted");
    Object* cell = nullptr;
    bool found = false;
    for (int i = 0; i < co->nlocalsplus; i++)
        if ((co->localspluskinds[i] & LK_FREE) && co->localsplusnames[i] == "__class__") {
            cell = f->localsplus[i];
            found = true;
            break;
        }
    if (!found) raise_msg(Exc_RuntimeError, "super(): __class__ cell not found");
    Object* cls = cell && type_of(cell) == &Cell_Type ? static_cast<CellObject*>(cell)->ref : nullptr;
    if (!cls) raise_msg(Exc_RuntimeError, "super(): empty __class__ cell");
    if (!is_type(cls)) raise_fmt(Exc_RuntimeError, "super(): __class__ is not a type (%s)", type_name(cls));
    *type_out = cls;
    *obj_out = first;
}

static void super_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("super", kwnames);
    if (nargs > 2) raise_fmt(Exc_TypeError, "super() takes at most 2 arguments (%zu given)", nargs);
    Object* type = nullptr;
    Object* obj = nullptr;
    if (nargs == 0) {
        super_from_frame(&type, &obj);
    } else {
        type = args[0];
        obj = nargs > 1 && args[1] != Py_None ? args[1] : nullptr;
    }
    if (!is_type(type)) raise_fmt(Exc_TypeError, "super() argument 1 must be a type, not %s", type_name(type));
    TypeObject* obj_type = obj ? super_check(as_type(type), obj) : nullptr;
    auto* s = static_cast<SuperObject*>(self);
    set_ref(s->type, type);
    set_ref(s->obj, obj);
    set_ref(s->obj_type, (Object*)obj_type);
}

// Search the MRO of obj's class *after* s->type, and bind what is found to obj.
static Obj super_getattro(Object* self, Object* name) {
    auto* s = static_cast<SuperObject*>(self);
    TypeObject* start = s->obj_type;
    if (start && str_view(name) != "__class__") {
        const auto& mro = start->mro;
        size_t i = 0;
        while (i < mro.size() && mro[i] != s->type) i++;
        for (i++; i < mro.size(); i++) {
            if (!mro[i]->dict) continue;
            Obj res = dict_get_str(mro[i]->dict, name);
            if (!res) continue;
            if (auto get = type_of(res.get())->descr_get)
                return get(res.get(), s->obj == (Object*)start ? nullptr : s->obj, (Object*)start);
            return res;
        }
    }
    return generic_getattr(self, name);
}

static Obj super_repr(Object* o) {
    auto* s = static_cast<SuperObject*>(o);
    std::string t = s->type ? "<class '" + s->type->name + "'>" : "NULL";
    if (s->obj_type)
        return str_new(strfmt("<super: %s, <%s object>>", t.c_str(), s->obj_type->name.c_str()));
    return str_new(strfmt("<super: %s, NULL>", t.c_str()));
}

static Obj or_none(Object* o) { return newref(o ? o : Py_None); }
static Obj super_thisclass(Object* o) { return or_none(static_cast<SuperObject*>(o)->type); }
static Obj super_self(Object* o) { return or_none(static_cast<SuperObject*>(o)->obj); }
static Obj super_self_class(Object* o) { return or_none(static_cast<SuperObject*>(o)->obj_type); }

// ───────────────────────────── property ─────────────────────────────

// The contract's PropertyObject plus the attribute name (from fget.__name__ or __set_name__),
// which CPython 3.14 puts in its error messages.
struct PropertyFull : PropertyObject {
    Object* name = nullptr;
    bool getter_doc = false;  // doc was taken from fget.__doc__ (a new getter replaces it)
};
static PropertyFull* as_prop(Object* o) { return static_cast<PropertyFull*>(o); }

static void property_dealloc(Object* o) {
    PropertyFull* p = as_prop(o);
    Object* fields[] = {p->fget, p->fset, p->fdel, p->doc, p->name};
    p->fget = p->fset = p->fdel = p->doc = p->name = nullptr;
    for (Object* f : fields) xdecref(f);
    dealloc_as<PropertyFull>(o);
}

static Obj property_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    return alloc_object<PropertyFull>(type);
}

static void property_fill(PropertyFull* p, Object* fget, Object* fset, Object* fdel, Object* doc) {
    auto arg = [](Object* v) { return v == Py_None ? nullptr : v; };
    set_ref(p->fget, arg(fget));
    set_ref(p->fset, arg(fset));
    set_ref(p->fdel, arg(fdel));
    p->getter_doc = false;
    Obj d = newref(arg(doc));
    if (p->fget && type_of(p->fget) == &Builtin_Type) {
        // Built-in types make properties while str may not be ready yet: use the immortal
        // interned name and no docstring.
        set_ref(p->doc, d.get());
        set_ref(p->name, intern_cstr(static_cast<BuiltinObject*>(p->fget)->name));
        return;
    }
    if (!d && p->fget) {
        d = getattr_opt(p->fget, intern_cstr("__doc__"));
        if (d && d.get() == Py_None) d = nullptr;
        p->getter_doc = bool(d);
    }
    set_ref(p->doc, d.get());
    if (p->fget)
        if (Obj n = getattr_opt(p->fget, intern_cstr("__name__")))
            if (is_str(n.get())) set_ref(p->name, n.get());
}

static void property_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* out[4];
    parse_args("property", args, nargs, kwnames, {"fget", "fset", "fdel", "doc"}, 0, out);
    property_fill(as_prop(self), out[0], out[1], out[2], out[3]);
}

Obj property_new(Object* fget, Object* fset, Object* fdel, Object* doc) {
    Ref<PropertyFull> p = alloc_object<PropertyFull>(&Property_Type);
    property_fill(p.get(), fget, fset, fdel, doc);
    return Obj(std::move(p));
}

[[noreturn]] static void property_error(PropertyFull* p, Object* obj, const char* what) {
    if (p->name) {
        std::string_view n = str_view(p->name);
        raise_fmt(Exc_AttributeError, "property '%.*s' of '%s' object has no %s", int(n.size()), n.data(),
                  type_name(obj), what);
    }
    raise_fmt(Exc_AttributeError, "property of '%s' object has no %s", type_name(obj), what);
}

static Obj property_get(Object* self, Object* obj, Object* type) {
    if (!obj) return newref(self);
    PropertyFull* p = as_prop(self);
    if (!p->fget) property_error(p, obj, "getter");
    return call1(p->fget, obj);
}

static void property_set(Object* self, Object* obj, Object* value) {
    PropertyFull* p = as_prop(self);
    if (value) {
        if (!p->fset) property_error(p, obj, "setter");
        call2(p->fset, obj, value);
    } else {
        if (!p->fdel) property_error(p, obj, "deleter");
        call1(p->fdel, obj);
    }
}

// p.setter(f) etc.: a new property (of the same class) with one function replaced.
static Obj property_copy(Object* self, Object* fget, Object* fset, Object* fdel) {
    PropertyFull* p = as_prop(self);
    Object* doc = p->getter_doc || !p->doc ? Py_None : p->doc;
    Object* args[4] = {fget ? fget : Py_None, fset ? fset : Py_None, fdel ? fdel : Py_None, doc};
    Obj r = call((Object*)type_of(self), args, 4);
    if (is_subtype(type_of(r.get()), &Property_Type) && !as_prop(r.get())->name && p->name)
        set_ref(as_prop(r.get())->name, p->name);
    return r;
}
static Obj property_getter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("getter", nargs, kwnames, 1, 1);
    return property_copy(self, args[0], as_prop(self)->fset, as_prop(self)->fdel);
}
static Obj property_setter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("setter", nargs, kwnames, 1, 1);
    return property_copy(self, as_prop(self)->fget, args[0], as_prop(self)->fdel);
}
static Obj property_deleter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("deleter", nargs, kwnames, 1, 1);
    return property_copy(self, as_prop(self)->fget, as_prop(self)->fset, args[0]);
}
static Obj property_set_name(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("__set_name__", nargs, kwnames, 2, 2);
    set_ref(as_prop(self)->name, args[1]);
    return newref(Py_None);
}

static Obj property_fget(Object* o) { return or_none(as_prop(o)->fget); }
static Obj property_fset(Object* o) { return or_none(as_prop(o)->fset); }
static Obj property_fdel(Object* o) { return or_none(as_prop(o)->fdel); }
static Obj property_doc(Object* o) { return or_none(as_prop(o)->doc); }
static void property_set_doc(Object* o, Object* v) { set_ref(as_prop(o)->doc, v); }
static Obj property_name(Object* o) {
    if (!as_prop(o)->name) raise_fmt(Exc_AttributeError, "'property' object has no attribute '__name__'");
    return newref(as_prop(o)->name);
}

// ───────────────────────────── staticmethod, classmethod ─────────────────────────────

struct FuncWrapperObject : Object { Object* func = nullptr; };

static void wrapper_dealloc(Object* o) {
    auto* w = static_cast<FuncWrapperObject*>(o);
    Object* f = w->func;
    w->func = nullptr;
    xdecref(f);
    dealloc_as<FuncWrapperObject>(o);
}

static Obj funcwrapper_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    return alloc_object<FuncWrapperObject>(type);
}
static void staticmethod_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("staticmethod", kwnames);
    check_positional("staticmethod", nargs, 1, 1);
    set_ref(static_cast<FuncWrapperObject*>(self)->func, args[0]);
}
static void classmethod_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("classmethod", kwnames);
    check_positional("classmethod", nargs, 1, 1);
    set_ref(static_cast<FuncWrapperObject*>(self)->func, args[0]);
}

static Obj funcwrapper_make(TypeObject* type, Object* func) {
    Ref<FuncWrapperObject> w = alloc_object<FuncWrapperObject>(type);
    incref(func);
    w->func = func;
    return Obj(std::move(w));
}
Obj staticmethod_new(Object* func) { return funcwrapper_make(&StaticMethod_Type, func); }
Obj classmethod_new(Object* func) { return funcwrapper_make(&ClassMethod_Type, func); }

static Object* wrapped(Object* o) { return static_cast<FuncWrapperObject*>(o)->func; }

static Obj staticmethod_get(Object* self, Object* obj, Object* type) {
    if (!wrapped(self)) raise_msg(Exc_RuntimeError, "uninitialized staticmethod object");
    return newref(wrapped(self));
}
static Obj classmethod_get(Object* self, Object* obj, Object* type) {
    if (!wrapped(self)) raise_msg(Exc_RuntimeError, "uninitialized classmethod object");
    if (!type) type = (Object*)type_of(obj);
    return method_new(wrapped(self), type);
}
// Since Python 3.10 a staticmethod object is itself callable.
static Obj staticmethod_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return call(wrapped(self), args, nargs, kwnames);
}

static Obj funcwrapper_repr(Object* o) {
    std::string inner = wrapped(o) ? repr_string(wrapped(o)) : "NULL";
    return str_new(strfmt("<%s(%s)>", type_name(o), inner.c_str()));
}
static Obj funcwrapper_func(Object* o) { return or_none(wrapped(o)); }

// ───────────────────────────── setting them up ─────────────────────────────

// ───────────────────────────── members (__slots__) ─────────────────────────────
//
// class P: __slots__ = ('x', 'y') gives P two member descriptors; P().x reads the pointer at
// the member's offset in the instance.  An empty slot is an unset attribute.  Loads and stores
// hold the instance's critical section, so a reader never increfs a value a writer just freed.

struct MemberDescrObject : Object {
    TypeObject* owner = nullptr;  // borrowed: the class holds its members in its dict
    Object* name = nullptr;       // str (owned)
    size_t offset = 0;
};

static MemberDescrObject* as_member(Object* o) { return static_cast<MemberDescrObject*>(o); }

static std::atomic_ref<Object*> member_slot(MemberDescrObject* m, Object* obj) {
    return std::atomic_ref<Object*>(*reinterpret_cast<Object**>(reinterpret_cast<char*>(obj) + m->offset));
}

static void member_check(MemberDescrObject* m, Object* obj) {
    if (!is_subtype(type_of(obj), m->owner))
        raise_fmt(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  std::string(str_view(m->name)).c_str(), m->owner->name.c_str(), type_name(obj));
}

// Read and incref under the instance's critical section: a store on another thread swaps the
// pointer under the same lock, so the value cannot be freed between our load and our incref.
static Obj member_get(Object* descr, Object* obj, Object*) {
    auto* m = as_member(descr);
    if (!obj) return newref(descr);
    member_check(m, obj);
    Obj v;
    {
        CriticalSection cs(obj);
        v = newref(member_slot(m, obj).load(std::memory_order_relaxed));
    }
    if (!v) raise_attribute_error(obj, m->name);
    return v;
}

static void member_set(Object* descr, Object* obj, Object* value) {
    auto* m = as_member(descr);
    member_check(m, obj);
    if (value) incref(value);
    Object* old;
    {
        CriticalSection cs(obj);
        old = member_slot(m, obj).exchange(value, std::memory_order_relaxed);
    }
    if (!value && !old) raise_msg(Exc_AttributeError, std::string(str_view(m->name)));  // CPython's message: just the name
    xdecref(old);  // after unlocking: freeing it may run other code
}

static Obj member_repr(Object* o) {
    auto* m = as_member(o);
    return str_new("<member '" + std::string(str_view(m->name)) + "' of '" + m->owner->name + "' objects>");
}

static void member_dealloc(Object* o) {
    xdecref(as_member(o)->name);
    dealloc_as<MemberDescrObject>(o);
}

Obj member_descr_new(TypeObject* owner, Object* name, size_t offset) {
    auto m = alloc_object<MemberDescrObject>(&MemberDescr_Type);
    m->owner = owner;
    m->name = newref(name).release();
    m->offset = offset;
    return m;
}

void init_descr_types() {
    MemberDescr_Type.dealloc = member_dealloc;
    MemberDescr_Type.descr_get = member_get;
    MemberDescr_Type.descr_set = member_set;
    MemberDescr_Type.repr = member_repr;
    type_ready(&MemberDescr_Type, "member_descriptor", &Object_Type, sizeof(MemberDescrObject));
    Super_Type.dealloc = super_dealloc;
    Super_Type.repr = super_repr;
    Super_Type.getattro = super_getattro;
    Super_Type.new_ = super_new;
    Super_Type.init = super_init;
    Super_Type.flags = TPF_BASETYPE;
    type_ready(&Super_Type, "super", &Object_Type, sizeof(SuperObject));
    add_getsets(&Super_Type, {{"__thisclass__", super_thisclass},
                              {"__self__", super_self},
                              {"__self_class__", super_self_class}});

    Property_Type.dealloc = property_dealloc;
    Property_Type.descr_get = property_get;
    Property_Type.descr_set = property_set;
    Property_Type.new_ = property_tp_new;
    Property_Type.init = property_init;
    Property_Type.flags = TPF_BASETYPE;
    type_ready(&Property_Type, "property", &Object_Type, sizeof(PropertyFull));
    add_methods(&Property_Type, {{"getter", property_getter}, {"setter", property_setter},
                                 {"deleter", property_deleter}, {"__set_name__", property_set_name}});
    add_getsets(&Property_Type, {{"fget", property_fget},
                                 {"fset", property_fset},
                                 {"fdel", property_fdel},
                                 {"__doc__", property_doc, property_set_doc},
                                 {"__name__", property_name}});

    for (TypeObject* t : {&StaticMethod_Type, &ClassMethod_Type}) {
        t->dealloc = wrapper_dealloc;
        t->repr = funcwrapper_repr;
        t->new_ = funcwrapper_tp_new;
        t->flags = TPF_BASETYPE;
    }
    StaticMethod_Type.init = staticmethod_init;
    StaticMethod_Type.descr_get = staticmethod_get;
    StaticMethod_Type.call = staticmethod_call;
    ClassMethod_Type.init = classmethod_init;
    ClassMethod_Type.descr_get = classmethod_get;
    type_ready(&StaticMethod_Type, "staticmethod", &Object_Type, sizeof(FuncWrapperObject));
    type_ready(&ClassMethod_Type, "classmethod", &Object_Type, sizeof(FuncWrapperObject));
    for (TypeObject* t : {&StaticMethod_Type, &ClassMethod_Type})
        add_getsets(t, {{"__func__", funcwrapper_func}, {"__wrapped__", funcwrapper_func}});
}
