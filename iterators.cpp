// iterators.cpp — the lazy iterator types of the builtins: enumerate, zip, map, filter,
// reversed, callable_iterator (iter(f, sentinel)) and iterator (iter() of a class that only
// has __getitem__).
//
// What this step does: each is a class, as in CPython (type(enumerate) is type): calling it
// runs its new_ slot, which checks the arguments and takes iterators over its inputs; the
// iternext slot then produces one item per call and returns a null Obj when exhausted (the
// FOR_ITER fast path calls iternext directly).  iter() of each returns the object itself.
//
// In: the builtins dict (init_iterator_types stores the classes there under their names).
// Out: new references.  Errors: CPython 3.14's messages ("zip() argument 2 is shorter than
// argument 1", "'int' object is not reversible" ...).
//
// Read next: builtins.cpp (iter(), next(), sorted() ...), range.cpp (range's own iterators).
#include "minipy.h"
#include "builtins.h"

static TypeObject Enumerate_Type, Zip_Type, Map_Type, Filter_Type, Reversed_Type,
    CallableIter_Type, SeqIter_Type;

// ───────────────────────────── helpers ─────────────────────────────

// next(it) with the iternext slot's fast path; null at the end.
static Obj next_of(Object* it) {
    auto fn = type_of(it)->iternext;
    return fn ? fn(it) : iter_next(it);
}

static Obj iter_self(Object* o) { return newref(o); }

// Construction goes through new_; __init__ has nothing left to do (and must not complain
// about the arguments new_ already accepted).
static void init_nothing(Object*, Object* const*, size_t, Object*) {}

using NewFn = Obj (*)(TypeObject*, Object* const*, size_t, Object*);
static void ready(TypeObject* t, const char* name, size_t size, void (*dealloc)(Object*), Obj (*next)(Object*),
                  NewFn new_fn) {
    if (new_fn) t->flags |= TPF_BASETYPE;  // the classes can be subclassed; the helpers cannot
    t->dealloc = dealloc;
    t->iter = iter_self;
    t->iternext = next;
    t->init = init_nothing;
    t->new_ = new_fn;
    type_ready(t, name, &Object_Type, size);
}

// Iterators over each of args[0..n) (TypeError "'int' object is not iterable" as get_iter says).
static std::vector<Object*> iterators_of(Object* const* args, size_t n) {
    std::vector<Obj> its;
    for (size_t i = 0; i < n; i++) its.push_back(get_iter(args[i]));
    std::vector<Object*> raw;
    for (Obj& it : its) raw.push_back(it.release());
    return raw;
}

static void decref_all(std::vector<Object*>& v) { for (Object* o : v) xdecref(o); v.clear(); }

// "zip() argument 2 is shorter than argument 1" / "... than arguments 1-2" (i = 0-based index
// of the offending input).
[[noreturn]] static void length_mismatch(const char* fname, size_t i, const char* how) {
    if (i == 1) raise_fmt(Exc_ValueError, "%s() argument 2 is %s than argument 1", fname, how);
    raise_fmt(Exc_ValueError, "%s() argument %zu is %s than arguments 1-%zu", fname, i + 1, how, i);
}

// The first input ended at position i while others may go on: with strict=True that is an
// error unless every input ended at the same time (the rest are probed once each).
static void strict_check(const char* fname, std::vector<Object*>& its, size_t i) {
    if (i > 0) length_mismatch(fname, i, "shorter");
    for (size_t j = 1; j < its.size(); j++)
        if (Obj extra = next_of(its[j])) length_mismatch(fname, j, "longer");
}

// Parse a lone `strict=` keyword (zip, map); anything else is unexpected.
static bool strict_keyword(const char* fname, size_t nargs, Object* const* args, Object* kwnames) {
    bool strict = false;
    for (size_t k = 0; k < kwcount(kwnames); k++) {
        std::string_view name = kwname_at(kwnames, k);
        if (name != "strict")
            raise_fmt(Exc_TypeError, "%s() got an unexpected keyword argument '%.*s'", fname, int(name.size()), name.data());
        strict = truthy(args[nargs + k]);
    }
    return strict;
}

// ───────────────────────────── enumerate(iterable, start=0) ─────────────────────────────

// The count stays in int64 while it fits (big is null), then moves to a Python int.
struct EnumerateObject : Object { Object* it = nullptr; int64_t count = 0; Object* big = nullptr; };

static void enumerate_dealloc(Object* o) {
    auto* e = static_cast<EnumerateObject*>(o);
    xdecref(e->it); xdecref(e->big);
    dealloc_as<EnumerateObject>(o);
}

static Obj enumerate_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    size_t nkw = kwcount(kwnames);
    if (nargs + nkw > 2) raise_fmt(Exc_TypeError, "enumerate() takes at most 2 arguments (%zu given)", nargs + nkw);
    Object* iterable = nargs > 0 ? args[0] : nullptr;
    Object* start = nargs > 1 ? args[1] : nullptr;
    for (size_t k = 0; k < nkw; k++) {
        std::string_view name = kwname_at(kwnames, k);
        if (name == "iterable" && nargs == 0) iterable = args[nargs + k];
        else if (name == "start" && nargs < 2 && iterable) start = args[nargs + k];
        else raise_fmt(Exc_TypeError, "'%.*s' is an invalid keyword argument for enumerate()", int(name.size()), name.data());
    }
    if (!iterable) raise_msg(Exc_TypeError, "enumerate() missing required argument 'iterable'");
    Obj it = get_iter(iterable);
    Obj first = start ? number_index(start) : int_from_i64(0);
    auto e = alloc_object<EnumerateObject>(type);
    e->it = it.release();
    if (int_is_small(first.get())) e->count = int_as_i64(first.get());
    else e->big = first.release();
    return e;
}

static Obj enumerate_next(Object* o) {
    auto* e = static_cast<EnumerateObject*>(o);
    Obj item = next_of(e->it);
    if (!item) return nullptr;
    Obj index;
    if (!e->big) {
        index = int_from_i64(e->count);
        if (e->count == INT64_MAX) e->big = int_binary(index.get(), Obj(int_from_i64(1)).get(), NB_ADD).release();
        else e->count++;
    } else {
        index = newref(e->big);
        Obj one = int_from_i64(1);
        Obj after = int_binary(e->big, one.get(), NB_ADD);
        set_ref(e->big, after.get());
    }
    return tuple_pack({index.get(), item.get()});
}

// ───────────────────────────── zip(*iterables, strict=False) ─────────────────────────────

struct ZipObject : Object { std::vector<Object*> its; bool strict = false; };  // owned iterators

static void zip_dealloc(Object* o) {
    decref_all(static_cast<ZipObject*>(o)->its);
    dealloc_as<ZipObject>(o);
}

static Obj zip_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    bool strict = strict_keyword("zip", nargs, args, kwnames);
    std::vector<Object*> its = iterators_of(args, nargs);
    auto z = alloc_object<ZipObject>(type);
    z->its = std::move(its);
    z->strict = strict;
    return z;
}

static Obj zip_next(Object* o) {
    auto* z = static_cast<ZipObject*>(o);
    size_t n = z->its.size();
    if (n == 0) return nullptr;
    Obj result = tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        Obj item = next_of(z->its[i]);
        if (!item) {
            if (z->strict) strict_check("zip", z->its, i);
            return nullptr;
        }
        static_cast<TupleObject*>(result.get())->items[i] = item.release();
    }
    return result;
}

// ───────────────────────────── map(func, *iterables, strict=False) ─────────────────────────────

struct MapObject : Object { Object* func = nullptr; std::vector<Object*> its; bool strict = false; };

static void map_dealloc(Object* o) {
    auto* m = static_cast<MapObject*>(o);
    xdecref(m->func);
    decref_all(m->its);
    dealloc_as<MapObject>(o);
}

static Obj map_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    bool strict = strict_keyword("map", nargs, args, kwnames);
    if (nargs < 2) raise_msg(Exc_TypeError, "map() must have at least two arguments.");
    std::vector<Object*> its = iterators_of(args + 1, nargs - 1);
    auto m = alloc_object<MapObject>(type);
    m->func = args[0]; incref(args[0]);
    m->its = std::move(its);
    m->strict = strict;
    return m;
}

static Obj map_next(Object* o) {
    auto* m = static_cast<MapObject*>(o);
    std::vector<Obj> items;
    items.reserve(m->its.size());
    for (size_t i = 0; i < m->its.size(); i++) {
        Obj item = next_of(m->its[i]);
        if (!item) {
            if (m->strict) strict_check("map", m->its, i);
            return nullptr;
        }
        items.push_back(std::move(item));
    }
    if (items.size() == 1) return call1(m->func, items[0].get());
    std::vector<Object*> raw;
    for (Obj& i : items) raw.push_back(i.get());
    return call(m->func, raw.data(), raw.size());
}

// ───────────────────────────── filter(function or None, iterable) ─────────────────────────────

struct FilterObject : Object { Object* func = nullptr; Object* it = nullptr; };  // func null = None

static void filter_dealloc(Object* o) {
    auto* f = static_cast<FilterObject*>(o);
    xdecref(f->func); xdecref(f->it);
    dealloc_as<FilterObject>(o);
}

static Obj filter_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("filter", kwnames);
    check_positional("filter", nargs, 2, 2);
    Obj it = get_iter(args[1]);
    auto f = alloc_object<FilterObject>(type);
    f->func = args[0] == Py_None || args[0] == (Object*)&Bool_Type ? nullptr : args[0];
    xincref(f->func);
    f->it = it.release();
    return f;
}

static Obj filter_next(Object* o) {
    auto* f = static_cast<FilterObject*>(o);
    while (Obj item = next_of(f->it)) {
        bool keep = f->func ? truthy(call1(f->func, item.get()).get()) : truthy(item.get());
        if (keep) return item;
    }
    return nullptr;
}

// ───────────────────────────── reversed(sequence) ─────────────────────────────

// For a sequence without __reversed__: seq[len-1], seq[len-2], ... seq[0].
struct ReversedObject : Object { Object* seq = nullptr; int64_t index = -1; };  // seq null when done

static void reversed_dealloc(Object* o) {
    xdecref(static_cast<ReversedObject*>(o)->seq);
    dealloc_as<ReversedObject>(o);
}

static Obj reversed_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("reversed", kwnames);
    check_positional("reversed", nargs, 1, 1);
    Object* seq = args[0];
    if (type == &Reversed_Type) {
        Obj method = lookup_special(seq, "__reversed__");
        if (method && method.get() != Py_None) return call0(method.get());
        bool sequence = !method && type_of(seq)->getitem && !is_dict(seq);
        if (!sequence) raise_fmt(Exc_TypeError, "'%s' object is not reversible", type_name(seq));
    }
    int64_t n = length(seq);
    auto r = alloc_object<ReversedObject>(type);
    r->seq = seq; incref(seq);
    r->index = n - 1;
    return r;
}

static Obj reversed_next(Object* o) {
    auto* r = static_cast<ReversedObject*>(o);
    if (!r->seq || r->index < 0) return nullptr;
    Obj key = int_from_i64(r->index--);
    try {
        return getitem(r->seq, key.get());
    } catch (PyError&) {
        Obj e = fetch_exception();
        if (!exception_matches(e.get(), (Object*)Exc_IndexError) && !exception_matches(e.get(), (Object*)Exc_StopIteration))
            raise(e.get());
        Object* s = r->seq;
        r->seq = nullptr;
        decref(s);
        return nullptr;
    }
}

// ───────────────────────────── iter(callable, sentinel) ─────────────────────────────

struct CallableIterObject : Object { Object* callable = nullptr; Object* sentinel = nullptr; };  // both null when done

static void callable_iter_dealloc(Object* o) {
    auto* c = static_cast<CallableIterObject*>(o);
    xdecref(c->callable); xdecref(c->sentinel);
    dealloc_as<CallableIterObject>(o);
}

Obj callable_iterator_new(Object* callable, Object* sentinel) {
    auto c = alloc_object<CallableIterObject>(&CallableIter_Type);
    c->callable = callable; incref(callable);
    c->sentinel = sentinel; incref(sentinel);
    return c;
}

static void callable_iter_finish(CallableIterObject* c) {
    Object* f = c->callable;
    Object* s = c->sentinel;
    c->callable = c->sentinel = nullptr;
    xdecref(f); xdecref(s);
}

static Obj callable_iter_next(Object* o) {
    auto* c = static_cast<CallableIterObject*>(o);
    if (!c->callable) return nullptr;
    Obj v;
    try {
        v = call0(c->callable);
    } catch (PyError&) {
        Obj e = fetch_exception();
        if (!exception_matches(e.get(), (Object*)Exc_StopIteration)) raise(e.get());
        callable_iter_finish(c);
        return nullptr;
    }
    if (richcompare_bool(c->sentinel, v.get(), CMP_EQ)) {
        callable_iter_finish(c);
        return nullptr;
    }
    return v;
}

// ───────────────────────────── iter() of a __getitem__-only object ─────────────────────────────

struct GetItemIterObject : Object { Object* seq = nullptr; int64_t index = 0; };  // seq null when done

static void seq_iter_dealloc(Object* o) {
    xdecref(static_cast<GetItemIterObject*>(o)->seq);
    dealloc_as<GetItemIterObject>(o);
}

Obj seq_iter_new(Object* seq) {
    auto it = alloc_object<GetItemIterObject>(&SeqIter_Type);
    it->seq = seq; incref(seq);
    return it;
}

// seq[0], seq[1], ... until IndexError or StopIteration.
static Obj seq_iter_next(Object* o) {
    auto* it = static_cast<GetItemIterObject*>(o);
    if (!it->seq) return nullptr;
    Obj key = int_from_i64(it->index);
    try {
        Obj v = getitem(it->seq, key.get());
        it->index++;
        return v;
    } catch (PyError&) {
        Obj e = fetch_exception();
        if (!exception_matches(e.get(), (Object*)Exc_IndexError) && !exception_matches(e.get(), (Object*)Exc_StopIteration))
            raise(e.get());
        Object* s = it->seq;
        it->seq = nullptr;
        decref(s);
        return nullptr;
    }
}

// ───────────────────────────── init ─────────────────────────────

void init_iterator_types(Object* builtins_dict) {
    ready(&Enumerate_Type, "enumerate", sizeof(EnumerateObject), enumerate_dealloc, enumerate_next, enumerate_new);
    ready(&Zip_Type, "zip", sizeof(ZipObject), zip_dealloc, zip_next, zip_new);
    ready(&Map_Type, "map", sizeof(MapObject), map_dealloc, map_next, map_new);
    ready(&Filter_Type, "filter", sizeof(FilterObject), filter_dealloc, filter_next, filter_new);
    ready(&Reversed_Type, "reversed", sizeof(ReversedObject), reversed_dealloc, reversed_next, reversed_new);
    ready(&CallableIter_Type, "callable_iterator", sizeof(CallableIterObject), callable_iter_dealloc,
          callable_iter_next, nullptr);
    ready(&SeqIter_Type, "iterator", sizeof(GetItemIterObject), seq_iter_dealloc, seq_iter_next, nullptr);
    for (TypeObject* t : {&Enumerate_Type, &Zip_Type, &Map_Type, &Filter_Type, &Reversed_Type})
        dict_set(builtins_dict, intern_cstr(t->name.c_str()), (Object*)t);
}
