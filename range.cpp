// range.cpp — range objects: an arithmetic progression that never stores its items.
//
// What this step does: range(stop) / range(start, stop[, step]) keeps three Python ints and its
// precomputed length; indexing, slicing (which gives another range), `in`, count() and index()
// are computed arithmetically, never by walking the items.  Iteration has two iterator types,
// as in CPython: range_iterator counts in int64 (the fast path every `for i in range(n)` loop
// takes), longrange_iterator uses Python ints when the values do not fit.
//
// In: borrowed ints (anything with __index__ for range(...)).  Out: new references.
// Errors: CPython 3.14's messages ("range() arg 3 must not be zero" ...).
//
// Read next: iterators.cpp (enumerate, zip, reversed ...), list.cpp.
#include "sequence.h"

TypeObject Range_Type;
TypeObject RangeIter_Type;  // minipy.h: the JIT's FOR_ITER reads it inline
static TypeObject LongRangeIter_Type;

// ───────────────────────────── Python int arithmetic shorthands ─────────────────────────────

static Obj add(Object* a, Object* b) { return int_binary(a, b, NB_ADD); }
static Obj sub(Object* a, Object* b) { return int_binary(a, b, NB_SUBTRACT); }
static Obj mul(Object* a, Object* b) { return int_binary(a, b, NB_MULTIPLY); }
static Obj floordiv(Object* a, Object* b) { return int_binary(a, b, NB_FLOOR_DIVIDE); }
static Obj neg(Object* a) { Obj zero = int_from_i64(0); return sub(zero.get(), a); }
static int64_t small(Object* o) { return static_cast<IntObject*>(o)->value; }
static RangeObject* as_range(Object* o) { return static_cast<RangeObject*>(o); }

// The number of items: CPython's compute_range_length.
static Obj range_length(Object* start, Object* stop, Object* step) {
    if (int_is_small(start) && int_is_small(stop) && int_is_small(step)) {
        // The distance fits in 64 unsigned bits even when it overflows int64 (a 128-bit
        // division would be a slow library call).
        int64_t lo = small(start), hi = small(stop), st = small(step);
        uint64_t n = 0;
        if (st > 0 && lo < hi) n = (uint64_t(hi) - uint64_t(lo) - 1) / uint64_t(st) + 1;
        else if (st < 0 && lo > hi) n = (uint64_t(lo) - uint64_t(hi) - 1) / (0 - uint64_t(st)) + 1;
        if (n <= uint64_t(INT64_MAX)) return int_from_i64(int64_t(n));
    }
    Obj one = int_from_i64(1);
    Obj lo = newref(start), hi = newref(stop), st = newref(step);
    if (int_sign(step) < 0) { std::swap(lo, hi); st = neg(step); }
    if (int_compare(lo.get(), hi.get()) >= 0) return int_from_i64(0);
    Obj diff = sub(hi.get(), lo.get());
    Obj d1 = sub(diff.get(), one.get());
    Obj q = floordiv(d1.get(), st.get());
    return add(q.get(), one.get());
}

// start, stop, step: ints (borrowed); step != 0.
static Obj range_from_ints(Object* start, Object* stop, Object* step) {
    Obj len = range_length(start, stop, step);
    auto r = alloc_object<RangeObject>(&Range_Type);
    r->start = start; incref(start);
    r->stop = stop; incref(stop);
    r->step = step; incref(step);
    r->length = len.release();
    return r;
}

Obj range_new(Object* start, Object* stop, Object* step) {
    Obj a = number_index(start), b = number_index(stop), c = number_index(step);
    if (int_sign(c.get()) == 0) raise_msg(Exc_ValueError, "range() arg 3 must not be zero");
    return range_from_ints(a.get(), b.get(), c.get());
}

static Obj range_new_slot(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwcount(kwnames)) raise_msg(Exc_TypeError, "range() takes no keyword arguments");
    check_positional("range", nargs, 1, 3);
    Obj zero = int_from_i64(0), one = int_from_i64(1);
    if (nargs == 1) return range_new(zero.get(), args[0], one.get());
    return range_new(args[0], args[1], nargs == 3 ? args[2] : one.get());
}

static void range_dealloc(Object* o) {
    auto* r = as_range(o);
    xdecref(r->start); xdecref(r->stop); xdecref(r->step); xdecref(r->length);
    dealloc_as<RangeObject>(o);
}

// ───────────────────────────── slots ─────────────────────────────

static Obj range_repr(Object* o) {
    auto* r = as_range(o);
    std::string s = "range(" + int_to_string(r->start) + ", " + int_to_string(r->stop);
    if (!(int_is_small(r->step) && small(r->step) == 1)) s += ", " + int_to_string(r->step);
    return str_new(s + ")");
}

static int64_t range_len(Object* o) {
    Object* n = as_range(o)->length;
    if (!int_is_small(n)) raise_msg(Exc_OverflowError, "Python int too large to convert to C ssize_t");
    return small(n);
}

static int range_truth(Object* o) { return int_sign(as_range(o)->length) != 0; }

// start + i * step (the i-th item, i not checked).
static Obj range_item(RangeObject* r, Object* i) {
    if (int_is_small(i) && int_is_small(r->start) && int_is_small(r->step)) {
        __int128 v = __int128(small(r->start)) + __int128(small(i)) * small(r->step);
        if (v >= INT64_MIN && v <= INT64_MAX) return int_from_i64(int64_t(v));
    }
    Obj prod = mul(i, r->step);
    return add(r->start, prod.get());
}

// One bound of a slice of a range, as _PySlice_GetLongIndices clips it (Python ints, so that
// slicing a range longer than 2**63 works).
static Obj slice_bound_long(Object* v, Object* dflt, Object* length, Object* lower, Object* upper) {
    if (v == Py_None) return newref(dflt);
    if (!is_int(v) && !type_of(v)->nb_index)
        raise_msg(Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    Obj x = number_index(v);
    if (int_sign(x.get()) < 0) {
        x = add(x.get(), length);
        if (int_compare(x.get(), lower) < 0) x = newref(lower);
    } else if (int_compare(x.get(), upper) > 0) {
        x = newref(upper);
    }
    return x;
}

static Obj range_slice(RangeObject* r, SliceObject* s) {
    Obj step = s->step == Py_None ? int_from_i64(1) : number_index(s->step);
    if (int_sign(step.get()) == 0) raise_msg(Exc_ValueError, "slice step cannot be zero");
    bool backwards = int_sign(step.get()) < 0;
    Obj minus_one = int_from_i64(-1), zero = int_from_i64(0);
    Obj lower = backwards ? minus_one : zero;
    Obj upper = backwards ? add(r->length, minus_one.get()) : newref(r->length);
    Obj start = slice_bound_long(s->start, backwards ? upper.get() : lower.get(), r->length, lower.get(), upper.get());
    Obj stop = slice_bound_long(s->stop, backwards ? lower.get() : upper.get(), r->length, lower.get(), upper.get());
    Obj new_step = mul(step.get(), r->step);
    Obj new_start = range_item(r, start.get()), new_stop = range_item(r, stop.get());
    return range_from_ints(new_start.get(), new_stop.get(), new_step.get());
}

static Obj range_getitem(Object* o, Object* key) {
    auto* r = as_range(o);
    if (type_of(key) == &Slice_Type) return range_slice(r, static_cast<SliceObject*>(key));
    if (!is_int(key) && !type_of(key)->nb_index)
        raise_fmt(Exc_TypeError, "range indices must be integers or slices, not %s", type_name(key));
    Obj i = number_index(key);
    if (int_sign(i.get()) < 0) i = add(i.get(), r->length);
    if (int_sign(i.get()) < 0 || int_compare(i.get(), r->length) >= 0)
        raise_msg(Exc_IndexError, "range object index out of range");
    return range_item(r, i.get());
}

// Is the int v one of the items?  (CPython's range_contains_long.)
static bool range_contains_int(RangeObject* r, Object* v) {
    if (int_is_small(v) && int_is_small(r->start) && int_is_small(r->stop) && int_is_small(r->step)) {
        __int128 x = small(v), lo = small(r->start), hi = small(r->stop), st = small(r->step);
        bool inside = st > 0 ? (lo <= x && x < hi) : (hi < x && x <= lo);
        return inside && (x - lo) % st == 0;
    }
    bool inside = int_sign(r->step) > 0 ? int_compare(r->start, v) <= 0 && int_compare(v, r->stop) < 0
                                         : int_compare(r->stop, v) < 0 && int_compare(v, r->start) <= 0;
    if (!inside) return false;
    Obj diff = sub(v, r->start);
    Obj rem = int_binary(diff.get(), r->step, NB_REMAINDER);
    return int_sign(rem.get()) == 0;
}

// Exact ints and bools are answered arithmetically; anything else (1.0, user objects) is
// compared with each item, as CPython does.
static bool is_plain_int(Object* v) { return type_of(v) == &Int_Type || type_of(v) == &Bool_Type; }

static int range_contains(Object* o, Object* v) {
    if (is_plain_int(v)) return range_contains_int(as_range(o), v);
    Obj it = get_iter(o);
    while (Obj x = iter_next(it.get()))
        if (richcompare_bool(x.get(), v, CMP_EQ)) return 1;
    return 0;
}

static bool range_equals(RangeObject* a, RangeObject* b) {
    if (a == b) return true;
    if (int_compare(a->length, b->length) != 0) return false;
    if (int_sign(a->length) == 0) return true;
    if (int_compare(a->start, b->start) != 0) return false;
    if (int_is_small(a->length) && small(a->length) == 1) return true;
    return int_compare(a->step, b->step) == 0;
}

static Obj range_richcompare(Object* a, Object* b, int op) {
    if (type_of(a) != &Range_Type || type_of(b) != &Range_Type || (op != CMP_EQ && op != CMP_NE))
        return newref(Py_NotImplemented);
    bool eq = range_equals(as_range(a), as_range(b));
    return bool_ref(op == CMP_EQ ? eq : !eq);
}

// hash((len, start, step)), with None for what does not matter to equality.
static int64_t range_hash(Object* o) {
    auto* r = as_range(o);
    Object* start = Py_None;
    Object* step = Py_None;
    if (int_sign(r->length) != 0) {
        start = r->start;
        if (!(int_is_small(r->length) && small(r->length) == 1)) step = r->step;
    }
    Obj t = tuple_pack({r->length, start, step});
    return hash(t.get());
}

// ───────────────────────────── iterators ─────────────────────────────

// longrange_iterator: the same with Python ints (owned).
struct LongRangeIterObject : Object { Object* next = nullptr; Object* step = nullptr; Object* remaining = nullptr; };

// operator.length_hint(iter(range(5))) == 5: how many items are left.
static Obj range_iter_length_hint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("__length_hint__", nargs, kwnames, 0, 0);
    return int_from_i64(std::max<int64_t>(static_cast<RangeIterObject*>(self)->remaining, 0));
}

static Obj range_iter_next(Object* o) {
    auto* it = static_cast<RangeIterObject*>(o);
    if (it->remaining <= 0) return nullptr;
    int64_t v = it->next;
    if (--it->remaining > 0) it->next += it->step;  // the next item exists, so this fits
    return int_from_i64(v);
}

static Obj longrange_iter_next(Object* o) {
    auto* it = static_cast<LongRangeIterObject*>(o);
    if (int_sign(it->remaining) <= 0) return nullptr;
    Obj v = newref(it->next);
    Obj one = int_from_i64(1);
    Obj left = sub(it->remaining, one.get());
    set_ref(it->remaining, left.get());
    Obj after = add(it->next, it->step);
    set_ref(it->next, after.get());
    return v;
}

static void longrange_iter_dealloc(Object* o) {
    auto* it = static_cast<LongRangeIterObject*>(o);
    xdecref(it->next); xdecref(it->step); xdecref(it->remaining);
    dealloc_as<LongRangeIterObject>(o);
}

// An iterator over `count` items start, start + step, ...
static Obj make_range_iter(Object* start, Object* step, Object* count) {
    if (int_is_small(start) && int_is_small(step) && int_is_small(count)) {
        __int128 last = __int128(small(start)) + __int128(small(step)) * (small(count) > 0 ? small(count) - 1 : 0);
        if (last >= INT64_MIN && last <= INT64_MAX) {
            auto it = alloc_object<RangeIterObject>(&RangeIter_Type);
            it->next = small(start);
            it->step = small(step);
            it->remaining = small(count);
            return it;
        }
    }
    auto it = alloc_object<LongRangeIterObject>(&LongRangeIter_Type);
    it->next = start; incref(start);
    it->step = step; incref(step);
    it->remaining = count; incref(count);
    return it;
}

static Obj range_iter(Object* o) {
    auto* r = as_range(o);
    return make_range_iter(r->start, r->step, r->length);
}

// reversed(range): from the last item backwards.
static Obj range_reversed(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("range.__reversed__", nargs, kwnames);
    auto* r = as_range(self);
    if (int_sign(r->length) == 0) return make_range_iter(r->start, r->step, r->length);
    Obj one = int_from_i64(1);
    Obj last_index = sub(r->length, one.get());
    Obj last = range_item(r, last_index.get());
    Obj back = neg(r->step);
    return make_range_iter(last.get(), back.get(), r->length);
}

// ───────────────────────────── methods ─────────────────────────────

static Obj range_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("range.count", nargs, kwnames);
    if (is_plain_int(args[0])) return int_from_i64(range_contains_int(as_range(self), args[0]));
    int64_t n = 0;
    Obj it = get_iter(self);
    while (Obj x = iter_next(it.get())) n += richcompare_bool(x.get(), args[0], CMP_EQ);
    return int_from_i64(n);
}

static Obj range_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("range.index", nargs, kwnames);
    auto* r = as_range(self);
    Object* v = args[0];
    if (is_plain_int(v)) {
        if (!range_contains_int(r, v)) raise_msg(Exc_ValueError, "range.index(x): x not in range");
        Obj diff = sub(v, r->start);
        return floordiv(diff.get(), r->step);
    }
    int64_t i = 0;
    Obj it = get_iter(self);
    for (; Obj x = iter_next(it.get()); i++)
        if (richcompare_bool(x.get(), v, CMP_EQ)) return int_from_i64(i);
    raise_msg(Exc_ValueError, "sequence.index(x): x not in sequence");
}

static Obj range_get_start(Object*, Object* const* args, size_t, Object*) { return newref(as_range(args[0])->start); }
static Obj range_get_stop(Object*, Object* const* args, size_t, Object*) { return newref(as_range(args[0])->stop); }
static Obj range_get_step(Object*, Object* const* args, size_t, Object*) { return newref(as_range(args[0])->step); }

// ───────────────────────────── init ─────────────────────────────

static Obj range_iter_self(Object* o) { return newref(o); }

// Called by init_list (list.cpp): runtime_init has no separate step for range.
void init_range() {
    Range_Type.dealloc = range_dealloc;
    Range_Type.repr = range_repr;
    Range_Type.hash = range_hash;
    Range_Type.richcompare = range_richcompare;
    Range_Type.len = range_len;
    Range_Type.truth = range_truth;
    Range_Type.getitem = range_getitem;
    Range_Type.contains = range_contains;
    Range_Type.iter = range_iter;
    Range_Type.new_ = range_new_slot;
    type_ready(&Range_Type, "range", &Object_Type, sizeof(RangeObject));
    add_methods(&Range_Type, {
        {"count", range_count, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
        {"index", range_index, "rangeobject.index(value) -> integer -- return index of value."},
        {"__reversed__", range_reversed, "Return a reverse iterator."},
    });
    add_getter(&Range_Type, "start", range_get_start);
    add_getter(&Range_Type, "stop", range_get_stop);
    add_getter(&Range_Type, "step", range_get_step);

    RangeIter_Type.dealloc = dealloc_as<RangeIterObject>;
    RangeIter_Type.iter = range_iter_self;
    RangeIter_Type.iternext = range_iter_next;
    type_ready(&RangeIter_Type, "range_iterator", &Object_Type, sizeof(RangeIterObject));
    add_methods(&RangeIter_Type, {{"__length_hint__", range_iter_length_hint, "Private method returning an estimate of len(list(it))."}});
    LongRangeIter_Type.dealloc = longrange_iter_dealloc;
    LongRangeIter_Type.iter = range_iter_self;
    LongRangeIter_Type.iternext = longrange_iter_next;
    type_ready(&LongRangeIter_Type, "longrange_iterator", &Object_Type, sizeof(LongRangeIterObject));
}
