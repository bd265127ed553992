// match.cpp — what the match statement's opcodes do at run time (PEP 634).
//
// What this step does: the tests compile_match.cpp emits for patterns that look inside the
// subject.  Which objects count as a sequence or a mapping follows CPython: list, tuple and range
// (and their subclasses) are sequences; str is not, even though it can be indexed; dict and its
// subclasses are mappings.  A class pattern Cls(a, b, k=c) asks isinstance(subject, Cls), then
// reads the attributes: the positional ones are named by Cls.__match_args__, except for the
// built-in types (int, str, list ...) where one positional pattern matches the subject itself.
//
// Comes in: the subject and the pattern's pieces from the stack.  Goes out: booleans, tuples of
// values to match further, or None for "no match".  Errors are CPython's TypeErrors.
// Read next: compile_match.cpp (the code that uses these), vm.cpp (the MATCH_* opcodes).
#include "minipy.h"

bool match_is_sequence(Object* o) {
    TypeObject* t = type_of(o);
    return (t->flags & (TPF_LIST_SUBCLASS | TPF_TUPLE_SUBCLASS)) || is_subtype(t, &Range_Type);
}

bool match_is_mapping(Object* o) { return is_dict(o); }

// (m[k] for k in keys) as a tuple, or None if a key is missing.  A dict subclass is asked
// through its get() method, so a defaultdict does not grow new keys.
Obj match_keys(Object* m, Object* keys) {
    size_t n = tuple_size(keys);
    Obj values = tuple_new(n);
    Object* const* ks = static_cast<TupleObject*>(keys)->items;
    static Object* missing = [] { Obj o = call0((Object*)&Object_Type); make_immortal(o.get()); return o.release(); }();
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < i; j++)
            if (richcompare_bool(ks[i], ks[j], CMP_EQ))
                raise_fmt(Exc_ValueError, "mapping pattern checks duplicate key (%s)", repr_string(ks[i]).c_str());
        Obj v;
        if (type_of(m) == &Dict_Type) {
            v = dict_get(m, ks[i]);
        } else {
            Object* args[2] = {ks[i], missing};
            v = call_method(m, "get", args, 2);
            if (v.get() == missing) v = Obj();
        }
        if (!v) return newref(Py_None);
        static_cast<TupleObject*>(values.get())->items[i] = v.release();
    }
    return values;
}

Obj match_copy_without_keys(Object* m, Object* keys) {
    Obj rest = dict_new();
    dict_update(rest.get(), m);
    for (size_t i = 0; i < tuple_size(keys); i++) dict_del(rest.get(), static_cast<TupleObject*>(keys)->items[i]);
    return rest;
}

// The built-in types whose instances match a single positional sub-pattern themselves.
static bool matches_self(TypeObject* cls) {
    TypeObject* self_matching[] = {&Bool_Type, &Int_Type, &Float_Type, &Str_Type, &List_Type, &Tuple_Type,
                                   &Dict_Type, &Set_Type, &FrozenSet_Type, &Bytes_Type, &ByteArray_Type};
    for (TypeObject* t : self_matching)
        if (is_subtype(cls, t)) return true;
    return false;
}

Obj match_class(Object* subject, Object* cls_obj, size_t npos, Object* names) {
    if (!(type_of(cls_obj)->flags & TPF_TYPE_SUBCLASS)) raise_msg(Exc_TypeError, "called match pattern must be a class");
    auto* cls = static_cast<TypeObject*>(cls_obj);
    if (!is_subtype(type_of(subject), cls)) return newref(Py_None);
    std::vector<Obj> attrs;
    std::vector<Object*> seen;
    auto take = [&](Object* name) -> bool {
        for (Object* s : seen)
            if (richcompare_bool(s, name, CMP_EQ))
                raise_fmt(Exc_TypeError, "%s() got multiple sub-patterns for attribute %s", cls->name.c_str(),
                          repr_string(name).c_str());
        seen.push_back(name);
        Obj v = getattr_opt(subject, name);
        if (!v) return false;
        attrs.push_back(std::move(v));
        return true;
    };
    Obj match_args;
    if (npos > 0) {
        match_args = getattr_opt(cls_obj, intern_cstr("__match_args__"));
        if (match_args) {
            if (!is_tuple(match_args.get()))
                raise_fmt(Exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", cls->name.c_str(),
                          type_name(match_args.get()));
            size_t allowed = tuple_size(match_args.get());
            if (npos > allowed)
                raise_fmt(Exc_TypeError, "%s() accepts %zu positional sub-pattern%s (%zu given)", cls->name.c_str(),
                          allowed, allowed == 1 ? "" : "s", npos);
            for (size_t i = 0; i < npos; i++) {
                Object* name = static_cast<TupleObject*>(match_args.get())->items[i];
                if (!is_str(name))
                    raise_fmt(Exc_TypeError, "__match_args__ elements must be strings (got %s)", type_name(name));
                if (!take(name)) return newref(Py_None);
            }
        } else if (matches_self(cls)) {
            if (npos > 1)
                raise_fmt(Exc_TypeError, "%s() accepts 1 positional sub-pattern (%zu given)", cls->name.c_str(), npos);
            attrs.push_back(newref(subject));
        } else {
            raise_fmt(Exc_TypeError, "%s() accepts 0 positional sub-patterns (%zu given)", cls->name.c_str(), npos);
        }
    }
    for (size_t i = 0; i < tuple_size(names); i++)
        if (!take(static_cast<TupleObject*>(names)->items[i])) return newref(Py_None);
    Obj t = tuple_new(attrs.size());
    for (size_t i = 0; i < attrs.size(); i++) static_cast<TupleObject*>(t.get())->items[i] = attrs[i].release();
    return t;
}
