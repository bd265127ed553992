// genericalias.cpp — what type hints evaluate to at run time: `list[int]` and `int | None`.
//
// What this step does: annotations are usually never evaluated (they are lazy in Python 3.14),
// but programs do evaluate hints as ordinary expressions — `Vector = list[float]`,
// `isinstance(x, int | float)`, `cast(dict[str, int], d)`.  Two small immutable types answer:
//
//   list[int]          → types.GenericAlias(origin=list, args=(int,))      repr "list[int]"
//   dict[str, list[int]]                                                    repr "dict[str, list[int]]"
//   int | None         → typing.Union(args=(int, NoneType))                repr "int | None"
//
// A GenericAlias calls its origin (list[int]() is []), and hands other attribute lookups to it
// (list[int].__name__ is 'list').  A union flattens and drops duplicates (int | str | int is
// int | str) and works in isinstance/issubclass, as CPython 3.10+ allows.
//
// Comes in: objects.cpp's getitem (a built-in generic class subscripted), the `|` operator on
// classes and None.  Goes out: the two types.  Read next: objects.cpp (getitem, isinstance).
#include "minipy.h"
#include "builtins.h"
#include "type_internal.h"

TypeObject GenericAlias_Type, Union_Type;

namespace {

struct GenericAliasObject : Object {
    Object* origin = nullptr;  // the class subscripted (owned)
    Object* args = nullptr;    // tuple of the subscripts (owned)
};
struct UnionObject : Object {
    Object* args = nullptr;    // tuple of members, no two equal (owned); None is stored as NoneType
};

GenericAliasObject* as_alias(Object* o) { return static_cast<GenericAliasObject*>(o); }
UnionObject* as_union(Object* o) { return static_cast<UnionObject*>(o); }

bool is_alias(Object* o) { return type_of(o) == &GenericAlias_Type; }
bool is_union(Object* o) { return type_of(o) == &Union_Type; }

// One argument of a hint as CPython prints it: classes by (module-qualified) name, not as
// "<class 'int'>"; None for NoneType; ... for Ellipsis; anything else by its repr.
std::string hint_repr(Object* o) {
    if (o == Py_Ellipsis) return "...";
    if (o == Py_None || o == (Object*)&NoneType_Type) return "None";
    if (is_type(o)) return type_display_name(static_cast<TypeObject*>(o));
    return repr_string(o);
}

// ── GenericAlias ──

void alias_dealloc(Object* o) {
    xdecref(as_alias(o)->origin);
    xdecref(as_alias(o)->args);
    dealloc_as<GenericAliasObject>(o);
}

Obj alias_repr(Object* o) {
    std::string s = hint_repr(as_alias(o)->origin) + "[";
    Object* args = as_alias(o)->args;
    if (tuple_size(args) == 0) s += "()";  // tuple[()]
    for (size_t i = 0; i < tuple_size(args); i++) s += (i ? ", " : "") + hint_repr(tuple_item(args, i));
    return str_new(s + "]");
}

Obj alias_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return call(as_alias(self)->origin, args, nargs, kwnames);
}

Obj alias_getattr(Object* o, Object* name) {
    if (Obj v = generic_getattr(o, name)) return v;
    return getattr_opt(as_alias(o)->origin, name);  // list[int].__name__, .append ...
}

Obj alias_richcompare(Object* a, Object* b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_alias(a) || !is_alias(b)) return newref(Py_NotImplemented);
    bool eq = richcompare_bool(as_alias(a)->origin, as_alias(b)->origin, CMP_EQ) &&
              richcompare_bool(as_alias(a)->args, as_alias(b)->args, CMP_EQ);
    return bool_ref(eq == (op == CMP_EQ));
}

int64_t alias_hash(Object* o) {
    int64_t h = hash(as_alias(o)->origin) ^ hash(as_alias(o)->args);
    return h == -1 ? -2 : h;
}

Obj alias_origin(Object* o) { return newref(as_alias(o)->origin); }
Obj alias_args(Object* o) { return newref(as_alias(o)->args); }
Obj no_parameters(Object*) { return tuple_new(0); }

// ── UnionType ──

void union_dealloc(Object* o) {
    xdecref(as_union(o)->args);
    dealloc_as<UnionObject>(o);
}

Obj union_repr(Object* o) {
    std::string s;
    Object* args = as_union(o)->args;
    for (size_t i = 0; i < tuple_size(args); i++) s += (i ? " | " : "") + hint_repr(tuple_item(args, i));
    return str_new(s);
}

bool union_has(Object* args, Object* x) {
    for (size_t i = 0; i < tuple_size(args); i++)
        if (richcompare_bool(tuple_item(args, i), x, CMP_EQ)) return true;
    return false;
}

// Equal when they have the same members, in any order (int | str == str | int).
Obj union_richcompare(Object* a, Object* b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_union(a) || !is_union(b)) return newref(Py_NotImplemented);
    Object *x = as_union(a)->args, *y = as_union(b)->args;
    bool eq = tuple_size(x) == tuple_size(y);
    for (size_t i = 0; eq && i < tuple_size(x); i++) eq = union_has(y, tuple_item(x, i));
    return bool_ref(eq == (op == CMP_EQ));
}

int64_t union_hash(Object* o) {
    int64_t h = 0x5a17;  // order-independent: members combined with xor
    Object* args = as_union(o)->args;
    for (size_t i = 0; i < tuple_size(args); i++) h ^= hash(tuple_item(args, i));
    return h == -1 ? -2 : h;
}

Obj union_args(Object* o) { return newref(as_union(o)->args); }

// What may stand on either side of `|` in a hint.
bool unionable(Object* o) { return o == Py_None || is_type(o) || is_alias(o) || is_union(o); }

// a | b for classes, None, aliases and unions: members of both, flattened, first occurrence kept.
Obj union_or(Object* a, Object* b, int op) {
    if (op != NB_OR || !unionable(a) || !unionable(b) || (a == Py_None && b == Py_None))
        return newref(Py_NotImplemented);  // (None | None stays an error, as in CPython)
    std::vector<Obj> members;
    auto add = [&](Object* x) {
        if (x == Py_None) x = (Object*)&NoneType_Type;
        for (Obj& m : members)
            if (richcompare_bool(m.get(), x, CMP_EQ)) return;
        members.push_back(newref(x));
    };
    for (Object* side : {a, b}) {
        if (is_union(side))
            for (size_t i = 0; i < tuple_size(as_union(side)->args); i++) add(tuple_item(as_union(side)->args, i));
        else
            add(side);
    }
    if (members.size() == 1) return std::move(members[0]);  // int | int is int
    Obj t = tuple_new(members.size());
    for (size_t i = 0; i < members.size(); i++) static_cast<TupleObject*>(t.get())->items[i] = members[i].release();
    auto u = alloc_object<UnionObject>(&Union_Type);
    u->args = t.release();
    return Obj(std::move(u));
}

}  // namespace

// origin[args], any origin: what types.GenericAlias(origin, args) makes.
static Obj make_alias(Object* cls, Object* key) {
    auto a = alloc_object<GenericAliasObject>(&GenericAlias_Type);
    incref(cls);
    a->origin = cls;
    if (is_tuple(key) && type_of(key) == &Tuple_Type) {
        incref(key);
        a->args = key;
    } else {
        Obj t = tuple_new(1);
        incref(key);
        static_cast<TupleObject*>(t.get())->items[0] = key;
        a->args = t.release();
    }
    return Obj(std::move(a));
}

// list[int]: the built-in classes that CPython gives a __class_getitem__.
Obj generic_alias_for(Object* cls, Object* key) {
    static TypeObject* const generic[] = {&List_Type, &Dict_Type, &Tuple_Type, &Set_Type, &FrozenSet_Type, &Type_Type};
    bool ok = false;
    for (TypeObject* t : generic) ok = ok || cls == (Object*)t;
    // BaseExceptionGroup[ValueError] (and ExceptionGroup[...]): PEP 654's __class_getitem__.
    ok = ok || ((type_of(cls)->flags & TPF_TYPE_SUBCLASS) && !(static_cast<TypeObject*>(cls)->flags & TPF_HEAPTYPE) &&
                is_exception_group_type(static_cast<TypeObject*>(cls)));
    if (!ok) return nullptr;
    return make_alias(cls, key);
}

// types.GenericAlias(origin, args): classes written in Python use it in __class_getitem__.
static Obj alias_new_slot(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames)) raise_msg(Exc_TypeError, "GenericAlias() takes no keyword arguments");
    if (nargs != 2) raise_fmt(Exc_TypeError, "GenericAlias expected 2 arguments, got %zu", nargs);
    return make_alias(args[0], args[1]);
}

// isinstance(x, int | str): the members of a union, or null if `cls` is not one.
Object* union_members(Object* cls) { return is_union(cls) ? as_union(cls)->args : nullptr; }
bool is_generic_alias(Object* o) { return is_alias(o); }

void init_generic_alias() {
    GenericAlias_Type.dealloc = alias_dealloc;
    GenericAlias_Type.repr = alias_repr;
    GenericAlias_Type.call = alias_call;
    GenericAlias_Type.getattro = alias_getattr;
    GenericAlias_Type.richcompare = alias_richcompare;
    GenericAlias_Type.hash = alias_hash;
    GenericAlias_Type.binary = union_or;
    GenericAlias_Type.new_ = alias_new_slot;
    type_ready(&GenericAlias_Type, "types.GenericAlias", &Object_Type, sizeof(GenericAliasObject));
    add_getsets(&GenericAlias_Type, {{"__origin__", alias_origin}, {"__args__", alias_args},
                                     {"__parameters__", no_parameters}});
    Union_Type.dealloc = union_dealloc;
    Union_Type.repr = union_repr;
    Union_Type.richcompare = union_richcompare;
    Union_Type.hash = union_hash;
    Union_Type.binary = union_or;
    type_ready(&Union_Type, "typing.Union", &Object_Type, sizeof(UnionObject));
    add_getsets(&Union_Type, {{"__args__", union_args}, {"__parameters__", no_parameters}});
    // `int | None`: the | of classes (type) and of None.
    Type_Type.binary = union_or;
    NoneType_Type.binary = union_or;
}
