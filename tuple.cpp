// tuple.cpp — the immutable sequence tuple, and the slice object that indexes sequences.
//
// What this step does: builds, reads, compares, hashes (CPython's xxHash-based tuplehash) and
// prints tuples; creates slice objects (the value of a[1:2:3]) and turns them into concrete
// (start, stop, step, count) indices for a sequence of a given length (slice_indices, used by
// list, tuple, str and range).
//
// In: borrowed objects.  Out: new references.  A TupleObject stores its items inline after the
// header (one allocation); the empty tuple is one shared immortal object.
//
// Read next: list.cpp (the mutable sequence), range.cpp.
#include "sequence.h"

TypeObject Tuple_Type, Slice_Type;
static TypeObject TupleIter_Type;

// ───────────────────────────── slices ─────────────────────────────

// A slice bound clipped to int64 (CPython clips to Py_ssize_t the same way).
static int64_t slice_bound(Object* v) {
    if (type_of(v) == &Int_Type && int_is_small(v)) return static_cast<IntObject*>(v)->value;  // the usual case
    Obj i;
    if (is_int(v)) i = newref(v);
    else if (type_of(v)->nb_index) i = number_index(v);
    else raise_msg(Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    if (int_is_small(i.get())) return static_cast<IntObject*>(i.get())->value;
    return int_sign(i.get()) < 0 ? INT64_MIN : INT64_MAX;
}

// PySlice_Unpack + PySlice_AdjustIndices: clip start/stop into the sequence, count the items.
// Returns false (raising nothing) when `slice` is not a slice object.
bool slice_indices(Object* slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step, int64_t* count) {
    if (type_of(slice) != &Slice_Type) return false;
    auto* s = static_cast<SliceObject*>(slice);
    int64_t st = 1;
    if (s->step != Py_None) {
        st = slice_bound(s->step);
        if (st == 0) raise_msg(Exc_ValueError, "slice step cannot be zero");
        if (st < -INT64_MAX) st = -INT64_MAX;  // so that -step cannot overflow
    }
    int64_t lo = s->start == Py_None ? (st < 0 ? INT64_MAX : 0) : slice_bound(s->start);
    int64_t hi = s->stop == Py_None ? (st < 0 ? INT64_MIN : INT64_MAX) : slice_bound(s->stop);
    auto adjust = [&](int64_t& x) {
        if (x < 0) {
            x = x < -length ? (st < 0 ? -1 : 0) : x + length;
        } else if (x >= length) {
            x = st < 0 ? length - 1 : length;
        }
    };
    adjust(lo);
    adjust(hi);
    int64_t n = 0;
    if (st < 0) { if (hi < lo) n = (lo - hi - 1) / (-st) + 1; }
    else if (lo < hi) n = (hi - lo - 1) / st + 1;
    *start = lo; *stop = hi; *step = st; *count = n;
    return true;
}

Obj slice_new(Object* start, Object* stop, Object* step) {
    auto s = alloc_object<SliceObject>(&Slice_Type);
    s->start = start ? start : Py_None; incref(s->start);
    s->stop = stop ? stop : Py_None; incref(s->stop);
    s->step = step ? step : Py_None; incref(s->step);
    return s;
}

static void slice_dealloc(Object* o) {
    auto* s = static_cast<SliceObject*>(o);
    xdecref(s->start); xdecref(s->stop); xdecref(s->step);
    dealloc_as<SliceObject>(o);
}

static Obj slice_new_slot(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwcount(kwnames)) raise_msg(Exc_TypeError, "slice() takes no keyword arguments");
    check_positional("slice", nargs, 1, 3);
    if (nargs == 1) return slice_new(nullptr, args[0], nullptr);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : nullptr);
}

static Obj slice_repr(Object* o) {
    auto* s = static_cast<SliceObject*>(o);
    return str_new("slice(" + repr_string(s->start) + ", " + repr_string(s->stop) + ", " + repr_string(s->step) + ")");
}

static Obj slice_as_tuple(Object* o) {
    auto* s = static_cast<SliceObject*>(o);
    return tuple_pack({s->start, s->stop, s->step});
}

static Obj slice_richcompare(Object* a, Object* b, int op) {
    if (type_of(a) != &Slice_Type || type_of(b) != &Slice_Type) return newref(Py_NotImplemented);
    Obj ta = slice_as_tuple(a), tb = slice_as_tuple(b);
    return richcompare(ta.get(), tb.get(), op);
}

// CPython's xxHash-based combination (Objects/tupleobject.c), shared by tuple and slice.
static constexpr uint64_t XXPRIME_1 = 11400714785074694791ULL;
static constexpr uint64_t XXPRIME_2 = 14029467366897019727ULL;
static constexpr uint64_t XXPRIME_5 = 2870177450012600261ULL;
static uint64_t xxhash_lane(uint64_t acc, int64_t lane) {
    acc += uint64_t(lane) * XXPRIME_2;
    acc = (acc << 31) | (acc >> 33);
    return acc * XXPRIME_1;
}

static int64_t slice_hash(Object* o) {
    auto* s = static_cast<SliceObject*>(o);
    uint64_t acc = XXPRIME_5;
    for (Object* v : {s->start, s->stop, s->step}) acc = xxhash_lane(acc, hash(v));
    if (acc == uint64_t(-1)) return 1546275796;
    return int64_t(acc);
}

// slice.indices(length) → (start, stop, step) as range() would take them.
static Obj slice_indices_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("slice.indices", nargs, kwnames);
    Obj len = number_index(args[0]);
    if (int_sign(len.get()) < 0) raise_msg(Exc_ValueError, "length should not be negative");
    int64_t start, stop, step, count;
    slice_indices(self, int_as_i64(len.get()), &start, &stop, &step, &count);
    Object* st = static_cast<SliceObject*>(self)->step;
    Obj step_obj = st == Py_None ? int_from_i64(1) : number_index(st);  // unclipped, as CPython
    Obj a = int_from_i64(start), b = int_from_i64(stop);
    return tuple_pack({a.get(), b.get(), step_obj.get()});
}

static Obj slice_get_start(Object*, Object* const* args, size_t, Object*) { return newref(static_cast<SliceObject*>(args[0])->start); }
static Obj slice_get_stop(Object*, Object* const* args, size_t, Object*) { return newref(static_cast<SliceObject*>(args[0])->stop); }
static Obj slice_get_step(Object*, Object* const* args, size_t, Object*) { return newref(static_cast<SliceObject*>(args[0])->step); }


// ───────────────────────────── tuple ─────────────────────────────

// A subclass instance with a __dict__ gets one more pointer after its items: the items start at
// a fixed offset, so the dict slot of a tuple subclass can only live after them.
static Obj tuple_alloc(TypeObject* type, size_t n) {
    size_t dict_slot = type != &Tuple_Type && type->dictoffset ? sizeof(Object*) : 0;
    auto t = alloc_object<TupleObject>(type, n * sizeof(Object*) + dict_slot);
    t->size = n;
    return t;
}

Obj tuple_new(size_t n) {
    if (n == 0) {
        // One shared, immortal empty tuple (C++ makes this initialisation thread-safe).
        static Object* empty = [] { Object* e = tuple_alloc(&Tuple_Type, 0).release(); make_immortal(e); return e; }();
        return newref(empty);
    }
    return tuple_alloc(&Tuple_Type, n);
}

Obj tuple_pack(std::initializer_list<Object*> items) {
    Obj t = tuple_new(items.size());
    size_t i = 0;
    for (Object* o : items) { incref(o); static_cast<TupleObject*>(t.get())->items[i++] = o; }
    return t;
}

static Obj tuple_from_items(TypeObject* type, std::vector<Obj>& items) {
    Obj t = type == &Tuple_Type ? tuple_new(items.size()) : tuple_alloc(type, items.size());
    for (size_t i = 0; i < items.size(); i++) static_cast<TupleObject*>(t.get())->items[i] = items[i].release();
    return t;
}

Obj tuple_from_iterable(Object* it) {
    if (type_of(it) == &Tuple_Type) return newref(it);
    std::vector<Obj> items = collect_items(it);
    return tuple_from_items(&Tuple_Type, items);
}

static void tuple_dealloc(Object* o) {
    auto* t = static_cast<TupleObject*>(o);
    for (size_t i = t->size; i-- > 0;) xdecref(t->items[i]);  // last to first, as CPython
    dealloc_as<TupleObject>(o);
}

// Tuples are made (and may be freed) by type_ready long before init_tuple runs, so the
// dealloc slot is set during static initialisation (after Tuple_Type itself, same file).
[[maybe_unused]] static const bool tuple_dealloc_ready = (Tuple_Type.dealloc = tuple_dealloc, true);

static Obj tuple_new_slot(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwcount(kwnames)) raise_msg(Exc_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1) raise_fmt(Exc_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) { std::vector<Obj> none; return tuple_from_items(type, none); }
    if (type == &Tuple_Type) return tuple_from_iterable(args[0]);
    std::vector<Obj> items = collect_items(args[0]);
    return tuple_from_items(type, items);
}

static Obj tuple_repr(Object* o) {
    return sequence_repr(o, "(", ")", [o](size_t i) { return i < tuple_size(o) ? newref(tuple_item(o, i)) : Obj(); }, true);
}

static int64_t tuple_hash(Object* o) {
    size_t n = tuple_size(o);
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < n; i++) acc = xxhash_lane(acc, hash(tuple_item(o, i)));
    acc += n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == uint64_t(-1)) return 1546275796;
    return int64_t(acc);
}

static Obj tuple_richcompare(Object* a, Object* b, int op) {
    if (!is_tuple(a) || !is_tuple(b)) return newref(Py_NotImplemented);
    return sequence_richcompare(a, b, op, [](Object* t) { return tuple_size(t); },
                                [](Object* t, size_t i) { return i < tuple_size(t) ? newref(tuple_item(t, i)) : Obj(); });
}

static int64_t tuple_len(Object* o) { return int64_t(tuple_size(o)); }

static Obj tuple_getitem(Object* o, Object* key) {
    int64_t n = int64_t(tuple_size(o));
    int64_t start, stop, step, count;
    if (slice_indices(key, n, &start, &stop, &step, &count)) {
        if (start == 0 && step == 1 && count == n && type_of(o) == &Tuple_Type) return newref(o);
        Obj t = tuple_new(size_t(count));
        for (int64_t k = 0; k < count; k++) {
            Object* v = tuple_item(o, size_t(start + k * step));
            incref(v);
            static_cast<TupleObject*>(t.get())->items[k] = v;
        }
        return t;
    }
    int64_t i = sequence_index(key, "tuple");
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_msg(Exc_IndexError, "tuple index out of range");
    return newref(tuple_item(o, size_t(i)));
}

static int tuple_contains(Object* o, Object* v) {
    for (size_t i = 0; i < tuple_size(o); i++)
        if (richcompare_bool(tuple_item(o, i), v, CMP_EQ)) return 1;
    return 0;
}

static Obj tuple_concat(Object* a, Object* b) {
    size_t na = tuple_size(a), nb = tuple_size(b);
    if (nb == 0 && type_of(a) == &Tuple_Type) return newref(a);
    if (na == 0 && type_of(b) == &Tuple_Type) return newref(b);
    Obj t = tuple_new(na + nb);
    auto* r = static_cast<TupleObject*>(t.get());
    for (size_t i = 0; i < na; i++) { r->items[i] = tuple_item(a, i); incref(r->items[i]); }
    for (size_t i = 0; i < nb; i++) { r->items[na + i] = tuple_item(b, i); incref(r->items[na + i]); }
    return t;
}

static Obj tuple_repeat(Object* a, int64_t n) {
    size_t size = tuple_size(a);
    if (n == 1 && type_of(a) == &Tuple_Type) return newref(a);
    if (size == 0 || n == 0) return tuple_new(0);
    check_repeat_size(n, size);
    Obj t = tuple_new(size * size_t(n));
    auto* r = static_cast<TupleObject*>(t.get());
    for (size_t k = 0; k < size * size_t(n); k++) { r->items[k] = tuple_item(a, k % size); incref(r->items[k]); }
    return t;
}


static Obj tuple_binary(Object* a, Object* b, int op) {
    if (op == NB_ADD) {
        if (!is_tuple(a)) return newref(Py_NotImplemented);
        if (is_tuple(b)) return tuple_concat(a, b);
        Obj r = other_number_slot(a, b, op, tuple_binary);
        if (r.get() != Py_NotImplemented) return r;
        raise_fmt(Exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name(b));
    }
    if (op == NB_MULTIPLY) {
        Object* seq = is_tuple(a) ? a : b;
        Object* n = seq == a ? b : a;
        if (is_int(n) || type_of(n)->nb_index) return tuple_repeat(seq, repeat_count(n));
        if (seq == a) {
            Obj r = other_number_slot(a, b, op, tuple_binary);
            if (r.get() != Py_NotImplemented) return r;
        }
        raise_fmt(Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(n));
    }
    return newref(Py_NotImplemented);
}

static Obj tuple_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("tuple.count", nargs, kwnames);
    int64_t c = 0;
    for (size_t i = 0; i < tuple_size(self); i++) c += richcompare_bool(tuple_item(self, i), args[0], CMP_EQ);
    return int_from_i64(c);
}

static Obj tuple_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("index", kwnames);
    check_positional("index", nargs, 1, 3);
    int64_t n = int64_t(tuple_size(self));
    int64_t lo = search_bound(nargs > 1 ? args[1] : nullptr, n, 0);
    int64_t hi = std::min(search_bound(nargs > 2 ? args[2] : nullptr, n, n), n);
    for (int64_t i = lo; i < hi; i++)
        if (richcompare_bool(tuple_item(self, size_t(i)), args[0], CMP_EQ)) return int_from_i64(i);
    raise_msg(Exc_ValueError, "tuple.index(x): x not in tuple");
}

static Obj tuple_iter_next(Object* o) {
    auto* it = static_cast<SeqIterObject*>(o);
    if (!it->seq) return nullptr;
    if (it->index < int64_t(tuple_size(it->seq))) return newref(tuple_item(it->seq, size_t(it->index++)));
    return seq_iter_finish(it);
}

static Obj tuple_iter(Object* o) { return seq_iter_alloc(&TupleIter_Type, o, 0); }

void init_tuple() {
    Tuple_Type.flags |= TPF_TUPLE_SUBCLASS | TPF_BASETYPE;
    Tuple_Type.dealloc = tuple_dealloc;
    Tuple_Type.repr = tuple_repr;
    Tuple_Type.hash = tuple_hash;
    Tuple_Type.richcompare = tuple_richcompare;
    Tuple_Type.len = tuple_len;
    Tuple_Type.getitem = tuple_getitem;
    Tuple_Type.contains = tuple_contains;
    Tuple_Type.iter = tuple_iter;
    Tuple_Type.binary = tuple_binary;
    Tuple_Type.new_ = tuple_new_slot;
    type_ready(&Tuple_Type, "tuple", &Object_Type, sizeof(TupleObject));
    Tuple_Type.flags |= TPF_TUPLE_SUBCLASS | TPF_BASETYPE;
    add_methods(&Tuple_Type, {
        {"count", tuple_count, "Return number of occurrences of value."},
        {"index", tuple_index, "Return first index of value."},
    });

    Slice_Type.dealloc = slice_dealloc;
    Slice_Type.repr = slice_repr;
    Slice_Type.hash = slice_hash;
    Slice_Type.richcompare = slice_richcompare;
    Slice_Type.new_ = slice_new_slot;
    type_ready(&Slice_Type, "slice", &Object_Type, sizeof(SliceObject));
    add_methods(&Slice_Type, {{"indices", slice_indices_method, "Calculate (start, stop, stride) for a sequence of the given length."}});
    add_getter(&Slice_Type, "start", slice_get_start);
    add_getter(&Slice_Type, "stop", slice_get_stop);
    add_getter(&Slice_Type, "step", slice_get_step);

    ready_iterator(&TupleIter_Type, "tuple_iterator", tuple_iter_next);
}
