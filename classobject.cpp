// classobject.cpp — the class statement: building a type from a namespace, and the slot
// functions that make its Python dunder methods work.
//
// What this step does: `class P(B): body` runs the body into a dict (vm.cpp build_class), then
// calls type(name, bases, ns), which lands in type_new() here.  type_new lays out the instances
// (a __dict__ pointer after the base's fields), computes the MRO, copies the namespace into the
// class dict, and then, for each dunder the class defines in Python (__repr__, __add__, __eq__,
// __len__ ...), points the matching C++ slot at a small "slot function" that looks the dunder up
// on type(self) and calls it.  So repr(p) → P.repr slot → slot_repr → P.__repr__(p), and the
// protocol code in objects.cpp never needs to know whether a type is built in or a class.
//
// Comes in: name, bases tuple, namespace dict.  Goes out: a new heap TypeObject.
// Read next: descrobject.cpp (super, property), vm.cpp (build_class).
#include "type_internal.h"

#include <cctype>

// An interned name cached at its call site: DUNDER("__repr__").
#define DUNDER(s) ([]() -> Object* { static Object* const n = intern_cstr(s); return n; }())

bool is_dunder_name(Object* name) {
    std::string_view n = str_view(name);
    return n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__";
}

// type(self).name(self, *args), or null (found = false) when the type has no such attribute.
static Obj call_dunder(Object* self, Object* name, Object* const* args, size_t nargs, bool* found = nullptr,
                       Object* kwnames = nullptr) {
    TypeObject* t = type_of(self);
    Obj f = lookup_type_attr(t, name);
    if (found) *found = bool(f);
    if (!f) return nullptr;
    TypeObject* ft = type_of(f.get());
    if (ft == &Function_Type) return call_with_self(f.get(), self, args, nargs, kwnames);
    if (ft->descr_get) {
        Obj bound = ft->descr_get(f.get(), self, (Object*)t);
        return call(bound.get(), args, nargs, kwnames);
    }
    return call(f.get(), args, nargs, kwnames);
}

// A dunder that must exist (its slot was installed because the class defines it).
static Obj call_required(Object* self, Object* name, Object* const* args, size_t nargs) {
    bool found;
    Obj r = call_dunder(self, name, args, nargs, &found);
    if (!found) raise_attribute_error(self, name);
    return r;
}
static Obj call_required0(Object* self, Object* name) { return call_required(self, name, nullptr, 0); }
static Obj call_required1(Object* self, Object* name, Object* a) { return call_required(self, name, &a, 1); }

// ───────────────────────────── slot functions ─────────────────────────────

static Obj checked_str(Obj r, const char* what) {
    if (!is_str(r.get())) raise_fmt(Exc_TypeError, "%s returned non-string (type %s)", what, type_name(r.get()));
    return r;
}
static Obj slot_repr(Object* o) { return checked_str(call_required0(o, DUNDER("__repr__")), "__repr__"); }
static Obj slot_str(Object* o) { return checked_str(call_required0(o, DUNDER("__str__")), "__str__"); }

static int64_t slot_hash(Object* o) {
    Obj r = call_required0(o, DUNDER("__hash__"));
    if (!is_int(r.get())) raise_msg(Exc_TypeError, "__hash__ method should return an integer");
    // As CPython: a value that fits in 64 bits is the hash itself (so a __hash__ returning
    // hash(y) hashes like y); only a bigger int is reduced, like hash(int).
    int64_t h = int_is_small(r.get()) ? int_as_i64(r.get()) : int_hash(r.get());
    return h == -1 ? -2 : h;
}
// __hash__ = None (or __eq__ without __hash__): instances cannot be dict keys.
static int64_t slot_unhashable(Object* o) { raise_fmt(Exc_TypeError, "unhashable type: '%s'", type_name(o)); }

static const char* const rich_names[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
static Object* rich_name(int op) {
    static Object* const names[6] = {intern_cstr(rich_names[0]), intern_cstr(rich_names[1]),
                                     intern_cstr(rich_names[2]), intern_cstr(rich_names[3]),
                                     intern_cstr(rich_names[4]), intern_cstr(rich_names[5])};
    return names[op];
}
static Obj slot_richcompare(Object* a, Object* b, int op) {
    bool found;
    Obj r = call_dunder(a, rich_name(op), &b, 1, &found);
    return found ? r : newref(Py_NotImplemented);
}

// Binary operators.  The protocol calls binary(a, b, op) once for both operands when both types
// share this slot function, so it tries a.__add__(b) and then b.__radd__(a) itself — reflected
// first when b's type is a subclass of a's (CPython's rule, so a subclass can override).
static const char* const binop_names[13][3] = {
    {"__add__", "__radd__", "__iadd__"}, {"__and__", "__rand__", "__iand__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"}, {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__matmul__", "__rmatmul__", "__imatmul__"}, {"__mul__", "__rmul__", "__imul__"},
    {"__mod__", "__rmod__", "__imod__"}, {"__or__", "__ror__", "__ior__"},
    {"__pow__", "__rpow__", "__ipow__"}, {"__rshift__", "__rrshift__", "__irshift__"},
    {"__sub__", "__rsub__", "__isub__"}, {"__truediv__", "__rtruediv__", "__itruediv__"},
    {"__xor__", "__rxor__", "__ixor__"},
};
struct BinopNames { Object* n[13][3]; };
static Object* binop_name(int op, int which) {
    static const BinopNames names = [] {
        BinopNames b{};
        for (int i = 0; i < 13; i++)
            for (int j = 0; j < 3; j++) b.n[i][j] = intern_cstr(binop_names[i][j]);
        return b;
    }();
    return names.n[op][which];
}

static Obj slot_binary(Object* a, Object* b, int op) {
    TypeObject* ta = type_of(a);
    TypeObject* tb = type_of(b);
    bool do_other = ta != tb && tb->binary == slot_binary;
    if (ta->binary == slot_binary) {
        // CPython's method_is_overloaded: only a subclass that redefines the reflected method
        // goes first (B(A) inheriting A.__rtruediv__ leaves a / b to A.__truediv__).
        if (do_other && is_subtype(tb, ta) &&
            lookup_type_attr(tb, binop_name(op, 1)).get() != lookup_type_attr(ta, binop_name(op, 1)).get()) {
            bool found;
            Obj r = call_dunder(b, binop_name(op, 1), &a, 1, &found);
            if (found && r.get() != Py_NotImplemented) return r;
            do_other = false;
        }
        bool found;
        Obj r = call_dunder(a, binop_name(op, 0), &b, 1, &found);
        if (found && (r.get() != Py_NotImplemented || ta == tb)) return r;
    }
    if (do_other) {
        bool found;
        Obj r = call_dunder(b, binop_name(op, 1), &a, 1, &found);
        if (found) return r;
    }
    return newref(Py_NotImplemented);
}

static Obj slot_inplace(Object* a, Object* b, int op) {
    bool found;
    Obj r = call_dunder(a, binop_name(op, 2), &b, 1, &found);
    return found ? r : newref(Py_NotImplemented);
}

static Obj slot_negative(Object* o) { return call_required0(o, DUNDER("__neg__")); }
static Obj slot_positive(Object* o) { return call_required0(o, DUNDER("__pos__")); }
static Obj slot_invert(Object* o) { return call_required0(o, DUNDER("__invert__")); }
static Obj slot_absolute(Object* o) { return call_required0(o, DUNDER("__abs__")); }

static int slot_truth(Object* o) {
    Obj r = call_required0(o, DUNDER("__bool__"));
    if (!is_bool(r.get())) raise_fmt(Exc_TypeError, "__bool__ should return bool, returned %s", type_name(r.get()));
    return r.get() == Py_True;
}
static Obj slot_nb_int(Object* o) {
    Obj r = call_required0(o, DUNDER("__int__"));
    if (!is_int(r.get())) raise_fmt(Exc_TypeError, "__int__ returned non-int (type %s)", type_name(r.get()));
    return r;
}
static Obj slot_nb_float(Object* o) {
    Obj r = call_required0(o, DUNDER("__float__"));
    if (!is_float(r.get()))
        raise_fmt(Exc_TypeError, "%s.__float__ returned non-float (type %s)", type_name(o), type_name(r.get()));
    return r;
}
static Obj slot_nb_index(Object* o) {
    Obj r = call_required0(o, DUNDER("__index__"));
    if (!is_int(r.get())) raise_fmt(Exc_TypeError, "__index__ returned non-int (type %s)", type_name(r.get()));
    return r;
}

static int64_t slot_len(Object* o) {
    Obj r = call_required0(o, DUNDER("__len__"));
    if (!is_int(r.get()))
        raise_fmt(Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(r.get()));
    if (int_sign(r.get()) < 0) raise_msg(Exc_ValueError, "__len__() should return >= 0");
    if (!int_is_small(r.get())) raise_msg(Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return int_as_i64(r.get());
}
static Obj slot_getitem(Object* o, Object* key) { return call_required1(o, DUNDER("__getitem__"), key); }
static void slot_setitem(Object* o, Object* key, Object* v) {
    if (v) {
        Object* args[2] = {key, v};
        call_required(o, DUNDER("__setitem__"), args, 2);
    } else {
        call_required1(o, DUNDER("__delitem__"), key);
    }
}
static int slot_contains(Object* o, Object* v) { return truthy(call_required1(o, DUNDER("__contains__"), v).get()); }

static Obj slot_iter(Object* o) { return call_required0(o, DUNDER("__iter__")); }
// StopIteration from __next__ means "exhausted": the slot reports it as a null Ref.
static Obj slot_iternext(Object* o) {
    try {
        return call_required0(o, DUNDER("__next__"));
    } catch (PyError&) {
        Obj e = fetch_exception();
        if (!exception_matches(e.get(), (Object*)Exc_StopIteration)) raise(e.get());
        return nullptr;
    }
}

static Obj slot_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    bool found;
    Obj r = call_dunder(self, DUNDER("__call__"), args, nargs, &found, kwnames);
    if (!found) raise_fmt(Exc_TypeError, "'%s' object is not callable", type_name(self));
    return r;
}

static Obj slot_descr_get(Object* d, Object* obj, Object* type) {
    Object* args[2] = {obj ? obj : Py_None, type ? type : Py_None};
    return call_required(d, DUNDER("__get__"), args, 2);
}
static void slot_descr_set(Object* d, Object* obj, Object* v) {
    if (v) {
        Object* args[2] = {obj, v};
        call_required(d, DUNDER("__set__"), args, 2);
    } else {
        call_required1(d, DUNDER("__delete__"), obj);
    }
}

// Is `name` first found along t's MRO in a class written in Python (not a built-in's wrapper)?
static bool defined_in_python(TypeObject* t, Object* name, Obj* value = nullptr) {
    for (TypeObject* k : t->mro)
        if (k->dict)
            if (Obj v = dict_get_str(k->dict, name)) {
                if (value) *value = v;
                return (k->flags & TPF_HEAPTYPE) != 0;
            }
    return false;
}

// __getattribute__ / __getattr__: the first replaces the whole lookup; the second is the
// fallback when normal lookup finds nothing (or raises AttributeError).
static Obj slot_getattro(Object* o, Object* name) {
    TypeObject* t = type_of(o);
    bool has_getattr = defined_in_python(t, DUNDER("__getattr__"));
    if (defined_in_python(t, DUNDER("__getattribute__"))) {
        try {
            return call_required1(o, DUNDER("__getattribute__"), name);
        } catch (PyError&) {
            if (!has_getattr || !exception_matches(tstate()->curexc, (Object*)Exc_AttributeError)) throw;
            fetch_exception();
        }
    } else if (Obj r = generic_getattr(o, name)) {
        return r;
    }
    if (!has_getattr) return nullptr;
    return call_required1(o, DUNDER("__getattr__"), name);
}

static void slot_setattro(Object* o, Object* name, Object* v) {
    if (v) {
        Object* args[2] = {name, v};
        call_required(o, DUNDER("__setattr__"), args, 2);
    } else {
        call_required1(o, DUNDER("__delattr__"), name);
    }
}

static void slot_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    bool found;
    Obj r = call_dunder(self, DUNDER("__init__"), args, nargs, &found, kwnames);
    if (found && r.get() != Py_None)
        raise_fmt(Exc_TypeError, "__init__() should return None, not '%s'", type_name(r.get()));
}

// __new__ is a static method taking the class first: type.__new__ lookup, then call(cls, ...).
Obj slot_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    Obj f = lookup_type_attr(type, DUNDER("__new__"));
    if (!f) raise_fmt(Exc_TypeError, "cannot create '%s' instances", type->name.c_str());
    if (auto get = type_of(f.get())->descr_get) f = get(f.get(), nullptr, (Object*)type);
    return call_with_self(f.get(), (Object*)type, args, nargs, kwnames);
}

// ───────────────────────────── installing the slots ─────────────────────────────

// Each group of dunders drives one slot: when any of them is defined in Python along the MRO,
// the slot becomes the slot function; otherwise it keeps what the base type provides.
#define SLOT_GROUP(slot, fn, ...)                                                  \
    do {                                                                           \
        bool py = false;                                                           \
        for (const char* n : {__VA_ARGS__}) py = py || defined_in_python(t, intern_cstr(n)); \
        t->slot = py ? fn : (b ? b->slot : nullptr);                               \
    } while (0)

void install_slots(TypeObject* t) {
    TypeObject* b = t->base;
    SLOT_GROUP(repr, slot_repr, "__repr__");
    SLOT_GROUP(str, slot_str, "__str__");
    // int and float use their repr as str (CPython leaves their tp_str empty): a subclass that
    // overrides __repr__ must see it in str() too.
    if (b && t->str == b->repr && t->repr == slot_repr) t->str = Object_Type.str;
    SLOT_GROUP(richcompare, slot_richcompare, "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__");
    Obj h;
    if (defined_in_python(t, DUNDER("__hash__"), &h)) t->hash = h.get() == Py_None ? slot_unhashable : slot_hash;
    else t->hash = b ? b->hash : nullptr;
    SLOT_GROUP(getattro, slot_getattro, "__getattribute__", "__getattr__");
    SLOT_GROUP(setattro, slot_setattro, "__setattr__", "__delattr__");
    SLOT_GROUP(call, slot_call, "__call__");
    SLOT_GROUP(iter, slot_iter, "__iter__");
    SLOT_GROUP(iternext, slot_iternext, "__next__");
    SLOT_GROUP(descr_get, slot_descr_get, "__get__");
    SLOT_GROUP(descr_set, slot_descr_set, "__set__", "__delete__");
    bool py_binary = false, py_inplace = false;
    for (int op = 0; op < 13; op++) {
        py_binary = py_binary || defined_in_python(t, binop_name(op, 0)) || defined_in_python(t, binop_name(op, 1));
        py_inplace = py_inplace || defined_in_python(t, binop_name(op, 2));
    }
    t->binary = py_binary ? slot_binary : (b ? b->binary : nullptr);
    t->inplace = py_inplace ? slot_inplace : (b ? b->inplace : nullptr);
    SLOT_GROUP(negative, slot_negative, "__neg__");
    SLOT_GROUP(positive, slot_positive, "__pos__");
    SLOT_GROUP(invert, slot_invert, "__invert__");
    SLOT_GROUP(absolute, slot_absolute, "__abs__");
    SLOT_GROUP(truth, slot_truth, "__bool__");
    SLOT_GROUP(nb_int, slot_nb_int, "__int__");
    SLOT_GROUP(nb_float, slot_nb_float, "__float__");
    SLOT_GROUP(nb_index, slot_nb_index, "__index__");
    SLOT_GROUP(len, slot_len, "__len__");
    SLOT_GROUP(getitem, slot_getitem, "__getitem__");
    SLOT_GROUP(setitem, slot_setitem, "__setitem__", "__delitem__");
    SLOT_GROUP(contains, slot_contains, "__contains__");
    SLOT_GROUP(new_, slot_new, "__new__");
    SLOT_GROUP(init, slot_init, "__init__");
    if (defined_in_python(t, DUNDER("__del__"))) t->flags |= TPF_HAS_FINALIZER;
    else t->flags &= ~TPF_HAS_FINALIZER;
}

// __del__ (PEP 442).  dealloc_object (threads.cpp) calls this for an instance whose count just
// reached zero, before freeing it.  The object is brought back to life with one reference owned
// by this thread, so that __del__ sees a normal object; an exception it raises is reported, not
// propagated (nobody called __del__, so nobody could catch it).  Then the reference is dropped
// by an ordinary decref: if __del__ stored self somewhere the object lives on ("resurrection"),
// else the count reaches zero again and, finalized now, it is freed.
bool call_finalizer(Object* o) {
    ThreadState* ts = tstate();
    if (!ts) return false;  // the thread is gone (process exit): no Python code can run
    o->ob_gc_bits |= GC_BITS_FINALIZED;
    store_tid(o, current_tid());
    store_local(o, 1);
    o->ob_ref_shared.store(0, std::memory_order_relaxed);
    Object* pending = ts->curexc;  // we may be called while an exception unwinds
    ts->curexc = nullptr;
    Obj del = lookup_type_attr(type_of(o), DUNDER("__del__"));
    try {
        if (del) call1(del.get(), o);
    } catch (PyError&) {
        Obj exc = fetch_exception();
        std::string head = "Exception ignored while calling deallocator " + repr_string(del.get()) + ":\n";
        fflush(stdout);
        fwrite(head.data(), 1, head.size(), stderr);
        print_exception_unchained(exc.get());
    }
    ts->curexc = pending;
    decref(o);  // frees o unless __del__ kept a reference to it
    return true;
}
#undef SLOT_GROUP

// ───────────────────────────── type_new: the class statement ─────────────────────────────

// Built-in types that CPython refuses as bases.
static bool acceptable_base(TypeObject* b) {
    if (b->flags & TPF_HEAPTYPE) return true;
    TypeObject* final_types[] = {&Bool_Type, &NoneType_Type, &NotImplementedType_Type, &Ellipsis_Type,
                                 &Range_Type, &Slice_Type, &Function_Type, &Method_Type, &Builtin_Type,
                                 &MethodDescr_Type, &Cell_Type, &Code_Type, &DictKeys_Type,
                                 &DictValues_Type, &DictItems_Type, &Gen_Type, &Template_Type,
                                 &Interpolation_Type};
    for (TypeObject* f : final_types)
        if (b == f) return false;
    return true;
}

// The nearest built-in type in the base chain: it decides the C++ layout of instances.
// The nearest base whose instances are laid out differently from its own base's (CPython's
// solid_base): ValueError adds nothing to Exception, so class E(OSError, ValueError) is fine,
// while int and str really differ and cannot be combined.
static TypeObject* solid_base(TypeObject* t) {
    while (t->base && ((t->flags & TPF_HEAPTYPE) || t->basicsize == t->base->basicsize)) t = t->base;
    return t;
}

// With several bases, the one whose layout the others are compatible with (CPython's best_base).
static TypeObject* best_base(Object* bases) {
    TypeObject* best = nullptr;
    TypeObject* best_solid = nullptr;
    for (size_t i = 0; i < tuple_size(bases); i++) {
        auto* b = static_cast<TypeObject*>(tuple_item(bases, i));
        TypeObject* s = solid_base(b);
        if (!best || (is_subtype(s, best_solid) && s != best_solid)) {
            best = b;
            best_solid = s;
        } else if (!is_subtype(best_solid, s)) {
            raise_msg(Exc_TypeError, "multiple bases have instance lay-out conflict");
        }
    }
    return best;
}

// C3 linearisation: the class, then a merge of its bases' MROs and the list of bases, always
// taking the first head that appears in no other list's tail.
static std::vector<TypeObject*> c3_mro(TypeObject* t, Object* bases) {
    std::vector<std::vector<TypeObject*>> seqs;
    std::vector<TypeObject*> direct;
    for (size_t i = 0; i < tuple_size(bases); i++) {
        auto* b = static_cast<TypeObject*>(tuple_item(bases, i));
        seqs.push_back(b->mro);
        direct.push_back(b);
    }
    seqs.push_back(direct);
    std::vector<TypeObject*> out = {t};
    for (;;) {
        bool any = false;
        TypeObject* pick = nullptr;
        for (auto& s : seqs) {
            if (s.empty()) continue;
            any = true;
            TypeObject* head = s.front();
            bool in_tail = false;
            for (auto& o : seqs)
                for (size_t k = 1; k < o.size() && !in_tail; k++) in_tail = o[k] == head;
            if (!in_tail) {
                pick = head;
                break;
            }
        }
        if (!any) return out;
        if (!pick) {
            std::string names;
            for (size_t i = 0; i < direct.size(); i++) names += (i ? ", " : "") + direct[i]->name;
            raise_fmt(Exc_TypeError, "Cannot create a consistent method resolution order (MRO) for bases %s",
                      names.c_str());
        }
        out.push_back(pick);
        for (auto& s : seqs)
            if (!s.empty() && s.front() == pick) s.erase(s.begin());
    }
}

// The most derived metaclass among meta and the bases' types.
TypeObject* winner_metatype(TypeObject* meta, Object* bases) {
    for (size_t i = 0; i < tuple_size(bases); i++) {
        TypeObject* bt = type_of(tuple_item(bases, i));
        if (is_subtype(bt, meta)) meta = bt;
        else if (!is_subtype(meta, bt))
            raise_msg(Exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                     "(non-strict) subclass of the metaclasses of all its bases");
    }
    return meta;
}

static size_t instance_dict_offset() {
    static const size_t off = [] {
        InstanceObject probe;
        return size_t(reinterpret_cast<char*>(&probe.dict) - reinterpret_cast<char*>(&probe));
    }();
    return off;
}

// Where an instance keeps its __dict__: InstanceObject's field for plain classes; after the
// built-in base's fields (rounded up to 8 bytes) for subclasses of int, list, Exception ...
static void layout_instances(TypeObject* t, TypeObject* base) {
    if (solid_base(base) == &Object_Type && base->slot_offsets.empty() && (base->dictoffset || base == &Object_Type)) {
        t->basicsize = sizeof(InstanceObject);
        t->dictoffset = instance_dict_offset();
    } else if (base->dictoffset) {
        t->basicsize = base->basicsize;
        t->dictoffset = base->dictoffset;
    } else {
        t->dictoffset = (base->basicsize + 7) & ~size_t(7);
        t->basicsize = t->dictoffset + sizeof(Object*);
    }
}

// Namespace entries that need a wrapper: __new__ is implicitly a staticmethod,
// __init_subclass__ and __class_getitem__ classmethods.  A class that defines __eq__ but not
// __hash__ becomes unhashable.
static void fix_special_entries(Object* dict) {
    if (Obj f = dict_get_str(dict, DUNDER("__new__")))
        if (type_of(f.get()) == &Function_Type) dict_set(dict, DUNDER("__new__"), staticmethod_new(f.get()).get());
    for (Object* n : {DUNDER("__init_subclass__"), DUNDER("__class_getitem__")})
        if (Obj f = dict_get_str(dict, n))
            if (type_of(f.get()) == &Function_Type) dict_set(dict, n, classmethod_new(f.get()).get());
    if (dict_get_str(dict, DUNDER("__eq__")) && !dict_get_str(dict, DUNDER("__hash__")))
        dict_set(dict, DUNDER("__hash__"), Py_None);
}

static void set_module_and_doc(Object* dict) {
    if (!dict_get_str(dict, DUNDER("__module__"))) {
        Frame* f = tstate() ? tstate()->frame : nullptr;
        Obj m = f && f->globals ? dict_get_str(f->globals, DUNDER("__name__")) : nullptr;
        if (m) dict_set(dict, DUNDER("__module__"), m.get());
    }
    if (!dict_get_str(dict, DUNDER("__doc__"))) dict_set(dict, DUNDER("__doc__"), Py_None);
}

// After the class exists: descriptors learn their names (__set_name__), and the base class
// hears about its new subclass (__init_subclass__).
static void notify_new_class(TypeObject* t, Object* const* kwvals, Object* kwnames) {
    std::vector<std::pair<Obj, Obj>> items;
    size_t pos = 0;
    Object *k, *v;
    while (dict_next(t->dict, &pos, &k, &v)) items.emplace_back(newref(k), newref(v));
    for (auto& [key, value] : items) {
        if (!lookup_type_attr(type_of(value.get()), DUNDER("__set_name__"))) continue;
        Object* args[2] = {(Object*)t, key.get()};
        call_dunder(value.get(), DUNDER("__set_name__"), args, 2);
    }
    for (size_t i = 1; i < t->mro.size(); i++) {
        TypeObject* k2 = t->mro[i];
        Obj hook = k2->dict ? dict_get_str(k2->dict, DUNDER("__init_subclass__")) : nullptr;
        if (!hook) continue;
        if (auto get = type_of(hook.get())->descr_get) hook = get(hook.get(), nullptr, (Object*)t);
        call(hook.get(), kwvals, 0, kwnames);
        break;
    }
}

// __slots__ = ('a', 'b') (or one str): instances get one pointer slot per name, after what the
// base's instances already hold, and no __dict__ unless '__dict__' is among the names or a base
// already has one.  Each name becomes a member descriptor in the class dict (descrobject.cpp);
// object_free (threads.cpp) releases the slots.  Subclasses of the variable-size str, tuple and
// int may only say __slots__ = ().
static void apply_slots(TypeObject* t, TypeObject* base, Object* slots) {
    std::vector<Obj> names;
    if (is_str(slots)) {
        names.push_back(newref(slots));
    } else {
        Obj it = get_iter(slots);
        while (Obj n = iter_next(it.get())) names.push_back(std::move(n));
    }
    bool want_dict = false;
    std::vector<Obj> members;
    for (Obj& n : names) {
        if (!is_str(n.get())) raise_fmt(Exc_TypeError, "__slots__ items must be strings, not '%s'", type_name(n.get()));
        std::string s(str_view(n.get()));
        bool ident = !s.empty() && !std::isdigit(static_cast<unsigned char>(s[0]));
        for (unsigned char c : s) ident = ident && (std::isalnum(c) || c == '_' || c >= 0x80);
        if (!ident) raise_msg(Exc_TypeError, "__slots__ must be identifiers");
        if (s == "__dict__") {
            if (want_dict || base->dictoffset) raise_msg(Exc_TypeError, "__dict__ slot disallowed: we already got one");
            want_dict = true;
            continue;
        }
        if (s == "__weakref__") continue;  // minipy has no weak references
        // A private name (__x) is mangled as in the class body: _Class__x.
        std::string m = s;
        size_t lead = t->name.find_first_not_of('_');
        if (s.size() > 2 && s.compare(0, 2, "__") == 0 && s.compare(s.size() - 2, 2, "__") != 0 && lead != std::string::npos)
            m = "_" + t->name.substr(lead) + s;
        Obj key = intern(m);
        for (Obj& seen : members)
            if (seen.get() == key.get()) raise_msg(Exc_TypeError, "duplicate slot name");  // (CPython: ValueError below)
        if (dict_get_str(t->dict, key.get()))
            raise_fmt(Exc_ValueError, "'%s' in __slots__ conflicts with class variable", m.c_str());
        members.push_back(std::move(key));
    }
    bool variable_size = is_subtype(base, &Tuple_Type) || is_subtype(base, &Str_Type) || is_subtype(base, &Int_Type) ||
                         is_subtype(base, &Bytes_Type);
    if (variable_size && !members.empty())
        raise_fmt(Exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", solid_base(base)->name.c_str());
    t->slot_offsets = base->slot_offsets;
    if (variable_size) {  // __slots__ = (): simply no __dict__ (unless a base has one)
        if (!base->dictoffset) { t->dictoffset = 0; t->basicsize = base->basicsize; }
        return;
    }
    // Plain classes keep InstanceObject's layout (its dict field stays null without a __dict__).
    size_t start = base == &Object_Type ? sizeof(InstanceObject) : base->basicsize;
    start = (start + 7) & ~size_t(7);
    for (size_t i = 0; i < members.size(); i++) {
        size_t off = start + i * sizeof(Object*);
        t->slot_offsets.push_back(off);
        Obj d = member_descr_new(t, members[i].get(), off);
        dict_set(t->dict, members[i].get(), d.get());
    }
    t->basicsize = start + members.size() * sizeof(Object*);
    if (base->dictoffset) {
        t->dictoffset = base->dictoffset;
    } else if (want_dict) {
        t->dictoffset = t->basicsize;
        t->basicsize += sizeof(Object*);
    } else {
        t->dictoffset = 0;
    }
}

Obj type_new(TypeObject* metatype, Object* name, Object* bases_in, Object* ns, Object* const* kwvals,
             Object* kwnames) {
    Obj bases = tuple_size(bases_in) ? newref(bases_in) : tuple_pack({(Object*)&Object_Type});
    size_t nb = tuple_size(bases.get());
    TypeObject* meta = winner_metatype(metatype, bases.get());
    for (size_t i = 0; i < nb; i++) {
        Object* b = tuple_item(bases.get(), i);
        if (!(type_of(b)->flags & TPF_TYPE_SUBCLASS)) raise_msg(Exc_TypeError, "bases must be types");
        for (size_t j = 0; j < i; j++)
            if (tuple_item(bases.get(), j) == b)
                raise_fmt(Exc_TypeError, "duplicate base class %s", static_cast<TypeObject*>(b)->name.c_str());
        if (!acceptable_base(static_cast<TypeObject*>(b)))
            raise_fmt(Exc_TypeError, "type '%s' is not an acceptable base type", static_cast<TypeObject*>(b)->name.c_str());
    }
    TypeObject* base = best_base(bases.get());

    Obj dict = dict_new();
    dict_update(dict.get(), ns);
    Obj qualname = dict_get_str(dict.get(), DUNDER("__qualname__"));
    if (qualname && !is_str(qualname.get()))
        raise_fmt(Exc_TypeError, "type __qualname__ must be a str, not %s", type_name(qualname.get()));
    Obj cell = dict_get_str(dict.get(), DUNDER("__classcell__"));
    if (cell && type_of(cell.get()) != &Cell_Type)
        raise_fmt(Exc_TypeError, "__classcell__ must be a nonlocal cell, not %s", repr_string((Object*)type_of(cell.get())).c_str());
    dict_del(dict.get(), DUNDER("__qualname__"));
    dict_del(dict.get(), DUNDER("__classcell__"));
    // The class body's __annotate__ function (compile_class_def) is kept under another name, so
    // that C.__annotate__ is the class's own and not found on a subclass (typeobject.cpp).
    if (Obj annotate = dict_get_str(dict.get(), DUNDER("__annotate__"))) {
        dict_set(dict.get(), DUNDER("__annotate_func__"), annotate.get());
        dict_del(dict.get(), DUNDER("__annotate__"));
    }
    set_module_and_doc(dict.get());
    fix_special_entries(dict.get());

    Ref<TypeObject> t = alloc_object<TypeObject>(meta);
    t->name = std::string(str_view(name));
    t->qualname = qualname ? std::string(str_view(qualname.get())) : t->name;
    t->flags = TPF_HEAPTYPE | TPF_BASETYPE;
    t->base = base;
    t->bases = bases.release();
    t->dict = dict.release();
    t->dict->ob_flags |= OBF_TYPE_DICT;  // changes to it end cached lookups (attrcache.cpp)
    if (nb == 1) {
        t->mro.push_back(t.get());
        t->mro.insert(t->mro.end(), base->mro.begin(), base->mro.end());
    } else {
        t->mro = c3_mro(t.get(), t->bases);
    }
    layout_instances(t.get(), base);
    if (Obj slots = dict_get_str(t->dict, DUNDER("__slots__"))) apply_slots(t.get(), base, slots.get());
    else t->slot_offsets = base->slot_offsets;
    inherit_slots(t.get(), base);
    install_slots(t.get());

    if (cell) set_ref(static_cast<CellObject*>(cell.get())->ref, t.get());
    set_deferred_refcount(t.get());  // every instance increfs its class (threads.cpp)
    notify_new_class(t.get(), kwvals, kwnames);
    return Obj(std::move(t));
}
