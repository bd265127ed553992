// list.cpp — the sequence types list and tuple, and the slice object that indexes them.
//
// What this step does: builds, reads, mutates, compares, hashes, prints and sorts lists and
// tuples, and turns a slice object into concrete (start, stop, step, count) indices for any
// sequence (slice_indices, shared with str and range).
//
// In: borrowed objects.  Out: new references (Obj).  Errors use CPython 3.14's messages
// ("list index out of range", "can only concatenate list (not \"int\") to list" ...).
//
// Layout: a ListObject holds a std::vector of owned pointers; a TupleObject stores its items
// inline after the header (one allocation).  Every mutation of a list happens in one small
// function (the "mutators" section) that only moves pointers around and hands the removed
// references back to the caller, who drops them afterwards: dropping a reference can run
// arbitrary Python code (__del__-like destructors, nested containers), which must never happen
// while the list is half-updated or (a later issue) while its lock is held.
//
// Read next: range.cpp (range objects), iterators.cpp (enumerate, zip, reversed ...).
#include "minipy.h"
#include "builtins.h"

#include <algorithm>
#include <climits>

TypeObject List_Type, Tuple_Type, Slice_Type;
static TypeObject ListIter_Type, ListRevIter_Type, TupleIter_Type;

// ───────────────────────────── shared helpers ─────────────────────────────

// A sequence index: an int, or anything with __index__.  `what` names the sequence in the
// TypeError ("list indices must be integers or slices, not str").
static int64_t sequence_index(Object* key, const char* what) {
    Obj i;
    if (is_int(key)) i = newref(key);
    else if (type_of(key)->nb_index) i = number_index(key);
    else raise_fmt(Exc_TypeError, "%s indices must be integers or slices, not %s", what, type_name(key));
    if (!int_is_small(i.get())) raise_msg(Exc_IndexError, "cannot fit 'int' into an index-sized integer");
    return static_cast<IntObject*>(i.get())->value;
}

// A repeat count for seq * n (OverflowError for huge ints, as CPython).
static int64_t repeat_count(Object* n) {
    Obj i = number_index(n);
    if (!int_is_small(i.get())) raise_msg(Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    int64_t v = static_cast<IntObject*>(i.get())->value;
    return v < 0 ? 0 : v;
}

static void check_repeat_size(int64_t n, size_t size) {
    if (size && n > int64_t((uint64_t(1) << 40) / size)) raise_msg(Exc_MemoryError, "");
}

// repr() of containers that may contain themselves: the objects whose repr is being built on
// this thread.  A second visit prints "[...]" instead of recursing forever.
static thread_local std::vector<Object*> repr_in_progress;
struct ReprEnter {
    bool recursive = false;
    explicit ReprEnter(Object* o) {
        recursive = std::find(repr_in_progress.begin(), repr_in_progress.end(), o) != repr_in_progress.end();
        if (!recursive) repr_in_progress.push_back(o);
    }
    ~ReprEnter() { if (!recursive) repr_in_progress.pop_back(); }
};

// "[a, b]" / "(a, b)" from the items read one by one (repr of an item may change the list, so
// the size is re-read on each step and the item is held while it is printed).
template <class GetItem>
static Obj sequence_repr(Object* self, const char* open, const char* close, GetItem item_at, bool one_comma) {
    ReprEnter enter(self);
    if (enter.recursive) return str_new(std::string(open) + "..." + close);
    RecursionGuard guard(" while getting the repr of an object");
    std::string out = open;
    size_t n = 0;
    for (size_t i = 0;; i++) {
        Obj item = item_at(i);
        if (!item) break;
        if (i) out += ", ";
        out += repr_string(item.get());
        n++;
    }
    if (one_comma && n == 1) out += ",";
    out += close;
    return str_new(out);
}

// Lexicographic comparison shared by list and tuple (CPython's list_richcompare): find the
// first position where the items differ, then compare those items (or the lengths).
template <class Size, class Item>
static Obj sequence_richcompare(Object* a, Object* b, int op, Size size, Item item) {
    if ((op == CMP_EQ || op == CMP_NE) && size(a) != size(b)) return bool_ref(op == CMP_NE);
    size_t i = 0;
    for (; i < size(a) && i < size(b); i++) {
        Obj x = newref(item(a, i)), y = newref(item(b, i));
        if (!richcompare_bool(x.get(), y.get(), CMP_EQ)) break;
    }
    if (i >= size(a) || i >= size(b)) {
        size_t na = size(a), nb = size(b);
        bool r = false;
        switch (op) {
            case CMP_LT: r = na < nb; break;
            case CMP_LE: r = na <= nb; break;
            case CMP_EQ: r = na == nb; break;
            case CMP_NE: r = na != nb; break;
            case CMP_GT: r = na > nb; break;
            case CMP_GE: r = na >= nb; break;
        }
        return bool_ref(r);
    }
    if (op == CMP_EQ) return bool_ref(false);
    if (op == CMP_NE) return bool_ref(true);
    Obj x = newref(item(a, i)), y = newref(item(b, i));
    return richcompare(x.get(), y.get(), op);
}

// start/stop arguments of index(): slice-style integers, negative counts from the end.
static int64_t search_bound(Object* v, int64_t len, int64_t dflt) {
    if (!v) return dflt;
    Obj i;
    if (is_int(v)) i = newref(v);
    else if (type_of(v)->nb_index) i = number_index(v);
    else raise_msg(Exc_TypeError, "slice indices must be integers or have an __index__ method");
    int64_t x = int_is_small(i.get()) ? static_cast<IntObject*>(i.get())->value : (int_sign(i.get()) < 0 ? -INT64_MAX : INT64_MAX);
    if (x < 0) { x += len; if (x < 0) x = 0; }
    return x;
}

// All the items of an iterable as owned references (list/tuple fast paths).
static std::vector<Obj> collect_items(Object* iterable) {
    std::vector<Obj> out;
    if (type_of(iterable) == &List_Type || type_of(iterable) == &Tuple_Type) {
        size_t n = is_tuple(iterable) ? tuple_size(iterable) : list_items(iterable).size();
        out.reserve(n);
        for (size_t i = 0; i < n; i++)
            out.push_back(newref(is_tuple(iterable) ? tuple_item(iterable, i) : list_items(iterable)[i]));
        return out;
    }
    Obj it = get_iter(iterable);
    while (Obj v = iter_next(it.get())) out.push_back(std::move(v));
    return out;
}

// ───────────────────────────── slices ─────────────────────────────

// A slice bound clipped to int64 (CPython clips to Py_ssize_t the same way).
static int64_t slice_bound(Object* v) {
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

static void add_getter(TypeObject* t, const char* name, NativeFn fn) {
    Obj fget = builtin_new(name, fn);
    Obj prop = property_new(fget.get(), nullptr, nullptr, nullptr);
    add_attr(t, name, prop.get());
}

// ───────────────────────────── tuple ─────────────────────────────

static Obj tuple_alloc(TypeObject* type, size_t n) {
    auto t = alloc_object<TupleObject>(type, n * sizeof(Object*));
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
    for (size_t i = 0; i < t->size; i++) xdecref(t->items[i]);
    dealloc_as<TupleObject>(o);
}

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
                                [](Object* t, size_t i) { return tuple_item(t, i); });
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
    if ((n == 1 && type_of(a) == &Tuple_Type) || size == 0) return type_of(a) == &Tuple_Type || n == 0 ? (n == 1 ? newref(a) : tuple_new(0)) : tuple_new(0);
    check_repeat_size(n, size);
    Obj t = tuple_new(size * size_t(n));
    auto* r = static_cast<TupleObject*>(t.get());
    for (size_t k = 0; k < size * size_t(n); k++) { r->items[k] = tuple_item(a, k % size); incref(r->items[k]); }
    return t;
}

// Sequence + and * for tuple and list.  The other operand's own number slot is tried first
// (CPython tries nb_add/nb_multiply before sq_concat/sq_repeat), so `[1] + Vec()` can reach
// Vec.__radd__; when that declines too, the sequence's own error is raised.
static Obj other_number_slot(Object* a, Object* b, int op, Obj (*mine)(Object*, Object*, int)) {
    auto other = type_of(b)->binary;
    if (other && other != mine) return other(a, b, op);
    return newref(Py_NotImplemented);
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

// ───────────────────────────── list: the mutators ─────────────────────────────
//
// Each function below is one complete change of a list's items.  They never run Python code;
// references they remove are returned so that the caller drops them afterwards.

using Removed = std::vector<Object*>;
static void drop_all(Removed& removed) { for (Object* o : removed) decref(o); removed.clear(); }
static ListObject* as_list(Object* l) { return static_cast<ListObject*>(l); }

void list_append(Object* list, Object* v) {
    incref(v);
    as_list(list)->items.push_back(v);
}

static void list_insert_at(Object* list, int64_t i, Object* v) {
    auto& items = as_list(list)->items;
    int64_t n = int64_t(items.size());
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    incref(v);
    items.insert(items.begin() + i, v);
}

// Store v at i (already checked to be in range).  Returns the old item.
static Object* list_store_at(Object* list, size_t i, Object* v) {
    auto& items = as_list(list)->items;
    incref(v);
    Object* old = items[i];
    items[i] = v;
    return old;
}

// Remove and return the item at i (in range), or null if i is out of range now.
static Object* list_take_at(Object* list, int64_t i) {
    auto& items = as_list(list)->items;
    if (i < 0 || i >= int64_t(items.size())) return nullptr;
    Object* v = items[size_t(i)];
    items.erase(items.begin() + i);
    return v;
}

// items[lo:hi] = fresh (owned references, moved into the list); lo/hi clipped to the size.
static Removed list_replace_range(Object* list, int64_t lo, int64_t hi, std::vector<Obj>& fresh) {
    auto& items = as_list(list)->items;
    int64_t n = int64_t(items.size());
    lo = std::clamp<int64_t>(lo, 0, n);
    hi = std::clamp<int64_t>(hi, lo, n);
    Removed removed(items.begin() + lo, items.begin() + hi);
    items.erase(items.begin() + lo, items.begin() + hi);
    std::vector<Object*> raw;
    raw.reserve(fresh.size());
    for (Obj& o : fresh) raw.push_back(o.release());
    items.insert(items.begin() + lo, raw.begin(), raw.end());
    return removed;
}

// items[start::step] (count of them) = fresh, one by one.
static Removed list_assign_extended(Object* list, int64_t start, int64_t step, std::vector<Obj>& fresh) {
    auto& items = as_list(list)->items;
    int64_t count = int64_t(fresh.size());
    int64_t last = start + (count - 1) * step;
    if (count && (start >= int64_t(items.size()) || last < 0 || last >= int64_t(items.size())))
        raise_msg(Exc_ValueError, "list modified during slice assignment");
    Removed removed;
    for (int64_t k = 0; k < count; k++) {
        Object*& slot = items[size_t(start + k * step)];
        removed.push_back(slot);
        slot = fresh[size_t(k)].release();
    }
    return removed;
}

// del items[start::step] (count of them, step != 1).
static Removed list_delete_extended(Object* list, int64_t start, int64_t step, int64_t count) {
    auto& items = as_list(list)->items;
    if (step < 0) { start += step * (count - 1); step = -step; }  // walk forwards
    Removed removed;
    std::vector<Object*> kept;
    kept.reserve(items.size());
    for (int64_t i = 0; i < int64_t(items.size()); i++) {
        bool hit = i >= start && (i - start) % step == 0 && (i - start) / step < count;
        (hit ? removed : kept).push_back(items[size_t(i)]);
    }
    items.swap(kept);
    return removed;
}

// Take every item out of the list (it is empty afterwards): clear(), sort().
static Removed list_take_all(Object* list) {
    Removed all;
    all.swap(as_list(list)->items);
    return all;
}

// Put `items` back into a list that should be empty; returns whatever was added meanwhile.
static Removed list_put_back(Object* list, std::vector<Object*>& items) {
    Removed added;
    added.swap(as_list(list)->items);
    as_list(list)->items.swap(items);
    return added;
}

static void list_reverse_items(Object* list) {
    auto& items = as_list(list)->items;
    std::reverse(items.begin(), items.end());
}

static void list_repeat_in_place(Object* list, int64_t n) {
    auto& items = as_list(list)->items;
    size_t size = items.size();
    for (int64_t k = 1; k < n; k++)
        for (size_t i = 0; i < size; i++) { incref(items[i]); items.push_back(items[i]); }
}

// ───────────────────────────── list: construction ─────────────────────────────

Obj list_new(size_t n) {
    auto l = alloc_object<ListObject>(&List_Type);
    l->items.resize(n, nullptr);
    return l;
}

void list_extend(Object* list, Object* iterable) {
    if (type_of(iterable) == &List_Type || type_of(iterable) == &Tuple_Type) {
        // A snapshot first: `a.extend(a)` must not see its own growth.
        std::vector<Obj> items = collect_items(iterable);
        auto& dst = as_list(list)->items;
        dst.reserve(dst.size() + items.size());
        for (Obj& o : items) dst.push_back(o.release());
        return;
    }
    Obj it = get_iter(iterable);
    auto next = type_of(it.get())->iternext;
    while (Obj v = next ? next(it.get()) : iter_next(it.get())) list_append(list, v.get());
}

Obj list_from_iterable(Object* it) {
    Obj l = list_new(0);
    list_extend(l.get(), it);
    return l;
}

static void list_dealloc(Object* o) {
    for (Object* v : as_list(o)->items) xdecref(v);
    dealloc_as<ListObject>(o);
}

static Obj list_new_slot(TypeObject* type, Object* const*, size_t, Object*) {
    return alloc_object<ListObject>(type);
}

// list.__init__(iterable=(), /): clears, then extends.
static void list_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwcount(kwnames)) raise_msg(Exc_TypeError, "list() takes no keyword arguments");
    if (nargs > 1) raise_fmt(Exc_TypeError, "list expected at most 1 argument, got %zu", nargs);
    Removed old = list_take_all(self);
    drop_all(old);
    if (nargs == 1) list_extend(self, args[0]);
}

// ───────────────────────────── list: sorting ─────────────────────────────
//
// A stable merge sort over positions, so that a comparison that raises (or lies) can never lose
// or duplicate an item: the items themselves are only rearranged once the order is final.
// While sorting, the list is empty (as in CPython); if Python code put items into it meanwhile,
// "list modified during sort" is raised.

template <class Less>
static void merge_sort(std::vector<size_t>& idx, std::vector<size_t>& tmp, size_t lo, size_t hi, Less& less) {
    if (hi - lo <= 8) {  // insertion sort for short runs
        for (size_t i = lo + 1; i < hi; i++) {
            size_t v = idx[i], j = i;
            for (; j > lo && less(v, idx[j - 1]); j--) idx[j] = idx[j - 1];
            idx[j] = v;
        }
        return;
    }
    size_t mid = lo + (hi - lo) / 2;
    merge_sort(idx, tmp, lo, mid, less);
    merge_sort(idx, tmp, mid, hi, less);
    if (!less(idx[mid], idx[mid - 1])) return;  // already in order
    size_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) tmp[k++] = less(idx[j], idx[i]) ? idx[j++] : idx[i++];
    while (i < mid) tmp[k++] = idx[i++];
    while (j < hi) tmp[k++] = idx[j++];
    std::copy(tmp.begin() + lo, tmp.begin() + hi, idx.begin() + lo);
}

// Sort keys[0..n): fills `order`.  Fast comparisons when all keys are small ints, floats or strs.
static void sort_order(const std::vector<Object*>& keys, std::vector<size_t>& order) {
    size_t n = keys.size();
    order.resize(n);
    for (size_t i = 0; i < n; i++) order[i] = i;
    std::vector<size_t> tmp(n);
    auto all = [&](auto pred) { return std::all_of(keys.begin(), keys.end(), pred); };
    if (all([](Object* k) { return type_of(k) == &Int_Type && int_is_small(k); })) {
        auto less = [&](size_t a, size_t b) { return static_cast<IntObject*>(keys[a])->value < static_cast<IntObject*>(keys[b])->value; };
        if (n) merge_sort(order, tmp, 0, n, less);
    } else if (all([](Object* k) { return type_of(k) == &Float_Type; })) {
        auto less = [&](size_t a, size_t b) { return float_value(keys[a]) < float_value(keys[b]); };
        if (n) merge_sort(order, tmp, 0, n, less);
    } else if (all([](Object* k) { return type_of(k) == &Str_Type; })) {
        // UTF-8 byte order is code point order, which is how str compares.
        auto less = [&](size_t a, size_t b) { return str_view(keys[a]) < str_view(keys[b]); };
        if (n) merge_sort(order, tmp, 0, n, less);
    } else {
        auto less = [&](size_t a, size_t b) { return richcompare_bool(keys[a], keys[b], CMP_LT); };
        if (n) merge_sort(order, tmp, 0, n, less);
    }
}

void list_sort(Object* list, Object* key, bool reverse) {
    if (key == Py_None) key = nullptr;
    std::vector<Object*> items = list_take_all(list);
    std::vector<Obj> keys;  // owned keys when a key function is given
    std::vector<size_t> order;
    // reverse=True keeps equal items in their original order, like CPython: reverse, sort, reverse.
    if (reverse) std::reverse(items.begin(), items.end());
    try {
        std::vector<Object*> key_ptrs = items;
        if (key) {
            keys.reserve(items.size());
            for (size_t i = 0; i < items.size(); i++) {
                keys.push_back(call1(key, items[i]));
                key_ptrs[i] = keys.back().get();
            }
        }
        sort_order(key_ptrs, order);
    } catch (PyError&) {
        if (reverse) std::reverse(items.begin(), items.end());
        Removed added = list_put_back(list, items);
        drop_all(added);
        throw;
    }
    std::vector<Object*> sorted(items.size());
    for (size_t k = 0; k < order.size(); k++) sorted[k] = items[order[k]];
    if (reverse) std::reverse(sorted.begin(), sorted.end());
    Removed added = list_put_back(list, sorted);
    if (!added.empty()) {
        drop_all(added);
        raise_msg(Exc_ValueError, "list modified during sort");
    }
}

// ───────────────────────────── list: slots ─────────────────────────────

static Obj list_repr(Object* o) {
    return sequence_repr(o, "[", "]", [o](size_t i) {
        auto& items = list_items(o);
        return i < items.size() ? newref(items[i]) : Obj();
    }, false);
}

static int64_t list_unhashable(Object* o) { raise_fmt(Exc_TypeError, "unhashable type: '%s'", type_name(o)); }

static Obj list_richcompare(Object* a, Object* b, int op) {
    if (!is_list(a) || !is_list(b)) return newref(Py_NotImplemented);
    return sequence_richcompare(a, b, op, [](Object* l) { return list_items(l).size(); },
                                [](Object* l, size_t i) { return list_items(l)[i]; });
}

static int64_t list_len(Object* o) { return int64_t(list_items(o).size()); }

static Obj list_slice(Object* o, int64_t start, int64_t step, int64_t count) {
    Obj r = list_new(0);
    auto& src = list_items(o);
    auto& dst = as_list(r.get())->items;
    dst.reserve(size_t(count));
    for (int64_t k = 0; k < count; k++) { Object* v = src[size_t(start + k * step)]; incref(v); dst.push_back(v); }
    return r;
}

static Obj list_getitem(Object* o, Object* key) {
    auto& items = list_items(o);
    int64_t n = int64_t(items.size());
    if (type_of(key) == &Int_Type && int_is_small(key)) {  // the common case first
        int64_t i = static_cast<IntObject*>(key)->value;
        if (i < 0) i += n;
        if (i < 0 || i >= n) raise_msg(Exc_IndexError, "list index out of range");
        return newref(items[size_t(i)]);
    }
    int64_t start, stop, step, count;
    if (slice_indices(key, n, &start, &stop, &step, &count)) return list_slice(o, start, step, count);
    int64_t i = sequence_index(key, "list");
    n = int64_t(items.size());  // __index__ may have changed the list
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_msg(Exc_IndexError, "list index out of range");
    return newref(items[size_t(i)]);
}

// The new items of a slice assignment (a snapshot, even of the list itself).
static std::vector<Obj> slice_assignment_items(Object* value) {
    if (type_of(value) != &List_Type && type_of(value) != &Tuple_Type) {
        Obj it;
        try {
            it = get_iter(value);
        } catch (PyError&) {
            Obj e = fetch_exception();
            if (!exception_matches(e.get(), (Object*)Exc_TypeError)) raise(e.get());
            raise_msg(Exc_TypeError, "must assign iterable to extended slice");
        }
        std::vector<Obj> out;
        while (Obj v = iter_next(it.get())) out.push_back(std::move(v));
        return out;
    }
    return collect_items(value);
}

static void list_setitem_slice(Object* o, int64_t start, int64_t stop, int64_t step, int64_t count, Object* value) {
    Removed removed;
    if (!value) {
        if (step == 1 || count <= 0) {
            std::vector<Obj> none;
            removed = list_replace_range(o, start, std::max(start, stop), none);
        } else {
            removed = list_delete_extended(o, start, step, count);
        }
    } else {
        std::vector<Obj> fresh = slice_assignment_items(value);
        if (step == 1) {
            removed = list_replace_range(o, start, std::max(start, stop), fresh);
        } else {
            if (int64_t(fresh.size()) != count)
                raise_fmt(Exc_ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld",
                          fresh.size(), (long long)count);
            removed = list_assign_extended(o, start, step, fresh);
        }
    }
    drop_all(removed);
}

static void list_setitem(Object* o, Object* key, Object* value) {
    int64_t start, stop, step, count;
    if (slice_indices(key, int64_t(list_items(o).size()), &start, &stop, &step, &count))
        return list_setitem_slice(o, start, stop, step, count, value);
    int64_t i = sequence_index(key, "list");
    int64_t n = int64_t(list_items(o).size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_msg(Exc_IndexError, "list assignment index out of range");
    Object* old = value ? list_store_at(o, size_t(i), value) : list_take_at(o, i);
    xdecref(old);
}

static int list_contains(Object* o, Object* v) {
    auto& items = list_items(o);
    for (size_t i = 0; i < items.size(); i++) {
        Obj item = newref(items[i]);  // held: the comparison may shrink the list
        if (richcompare_bool(item.get(), v, CMP_EQ)) return 1;
    }
    return 0;
}

static Obj list_binary(Object* a, Object* b, int op) {
    if (op == NB_ADD) {
        if (!is_list(a)) return newref(Py_NotImplemented);
        if (is_list(b)) {
            Obj r = list_from_iterable(a);
            list_extend(r.get(), b);
            return r;
        }
        Obj r = other_number_slot(a, b, op, list_binary);
        if (r.get() != Py_NotImplemented) return r;
        raise_fmt(Exc_TypeError, "can only concatenate list (not \"%s\") to list", type_name(b));
    }
    if (op == NB_MULTIPLY) {
        Object* seq = is_list(a) ? a : b;
        Object* n = seq == a ? b : a;
        if (is_int(n) || type_of(n)->nb_index) {
            int64_t count = repeat_count(n);
            check_repeat_size(count, list_items(seq).size());
            Obj r = count > 0 ? list_from_iterable(seq) : list_new(0);
            list_repeat_in_place(r.get(), count);
            return r;
        }
        if (seq == a) {
            Obj r = other_number_slot(a, b, op, list_binary);
            if (r.get() != Py_NotImplemented) return r;
        }
        raise_fmt(Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(n));
    }
    return newref(Py_NotImplemented);
}

// a += iterable extends in place; a *= n repeats in place.
static Obj list_inplace(Object* a, Object* b, int op) {
    if (!is_list(a)) return newref(Py_NotImplemented);
    if (op == NB_ADD) { list_extend(a, b); return newref(a); }
    if (op == NB_MULTIPLY && (is_int(b) || type_of(b)->nb_index)) {
        int64_t count = repeat_count(b);
        check_repeat_size(count, list_items(a).size());
        if (count == 0) { Removed old = list_take_all(a); drop_all(old); }
        else list_repeat_in_place(a, count);
        return newref(a);
    }
    return newref(Py_NotImplemented);
}

static int list_truth(Object* o) { return !list_items(o).empty(); }

// ───────────────────────────── list and tuple iterators ─────────────────────────────

struct SeqIterObject : Object { Object* seq = nullptr; int64_t index = 0; };  // seq owned; null when exhausted

static Obj seq_iter_alloc(TypeObject* type, Object* seq, int64_t start) {
    auto it = alloc_object<SeqIterObject>(type);
    incref(seq);
    it->seq = seq;
    it->index = start;
    return it;
}

static void seq_iter_dealloc(Object* o) {
    xdecref(static_cast<SeqIterObject*>(o)->seq);
    dealloc_as<SeqIterObject>(o);
}

static Obj iter_self(Object* o) { return newref(o); }

// Exhausted: let go of the sequence (CPython does too; the iterator stays exhausted).
static Obj seq_iter_finish(SeqIterObject* it) {
    Object* s = it->seq;
    it->seq = nullptr;
    xdecref(s);
    return nullptr;
}

static Obj list_iter_next(Object* o) {
    auto* it = static_cast<SeqIterObject*>(o);
    if (!it->seq) return nullptr;
    auto& items = list_items(it->seq);
    if (it->index < int64_t(items.size())) return newref(items[size_t(it->index++)]);
    return seq_iter_finish(it);
}

static Obj list_reviter_next(Object* o) {
    auto* it = static_cast<SeqIterObject*>(o);
    if (!it->seq) return nullptr;
    auto& items = list_items(it->seq);
    if (it->index >= 0 && it->index < int64_t(items.size())) return newref(items[size_t(it->index--)]);
    return seq_iter_finish(it);
}

static Obj tuple_iter_next(Object* o) {
    auto* it = static_cast<SeqIterObject*>(o);
    if (!it->seq) return nullptr;
    if (it->index < int64_t(tuple_size(it->seq))) return newref(tuple_item(it->seq, size_t(it->index++)));
    return seq_iter_finish(it);
}

static Obj list_iter(Object* o) { return seq_iter_alloc(&ListIter_Type, o, 0); }
static Obj tuple_iter(Object* o) { return seq_iter_alloc(&TupleIter_Type, o, 0); }

// ───────────────────────────── list methods ─────────────────────────────

static Obj list_append_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("list.append", nargs, kwnames);
    list_append(self, args[0]);
    return newref(Py_None);
}

static Obj list_extend_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("list.extend", nargs, kwnames);
    list_extend(self, args[0]);
    return newref(Py_None);
}

static Obj list_insert(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("insert", kwnames);
    check_positional("insert", nargs, 2, 2);
    Obj i = number_index(args[0]);
    int64_t at = int_is_small(i.get()) ? int_as_i64(i.get()) : (int_sign(i.get()) < 0 ? INT64_MIN / 2 : INT64_MAX / 2);
    list_insert_at(self, at, args[1]);
    return newref(Py_None);
}

static Obj list_pop(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("pop", kwnames);
    check_positional("pop", nargs, 0, 1);
    int64_t i = -1;
    if (nargs == 1) { Obj k = number_index(args[0]); i = int_as_i64(k.get()); }
    int64_t n = int64_t(list_items(self).size());
    if (n == 0) raise_msg(Exc_IndexError, "pop from empty list");
    if (i < 0) i += n;
    Object* v = list_take_at(self, i);
    if (!v) raise_msg(Exc_IndexError, "pop index out of range");
    return Obj::steal(v);
}

// The position of the first item equal to v in [lo, hi), or -1.
static int64_t list_find(Object* self, Object* v, int64_t lo, int64_t hi) {
    for (int64_t i = lo; i < hi && i < int64_t(list_items(self).size()); i++) {
        Obj item = newref(list_items(self)[size_t(i)]);
        if (richcompare_bool(item.get(), v, CMP_EQ)) return i;
    }
    return -1;
}

static Obj list_remove(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("list.remove", nargs, kwnames);
    int64_t i = list_find(self, args[0], 0, INT64_MAX);
    if (i < 0) raise_msg(Exc_ValueError, "list.remove(x): x not in list");
    xdecref(list_take_at(self, i));
    return newref(Py_None);
}

static Obj list_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("index", kwnames);
    check_positional("index", nargs, 1, 3);
    int64_t n = int64_t(list_items(self).size());
    int64_t lo = search_bound(nargs > 1 ? args[1] : nullptr, n, 0);
    int64_t hi = search_bound(nargs > 2 ? args[2] : nullptr, n, n);
    int64_t i = list_find(self, args[0], lo, hi);
    if (i < 0) raise_msg(Exc_ValueError, "list.index(x): x not in list");
    return int_from_i64(i);
}

static Obj list_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("list.count", nargs, kwnames);
    int64_t c = 0;
    for (size_t i = 0; i < list_items(self).size(); i++) {
        Obj item = newref(list_items(self)[i]);
        c += richcompare_bool(item.get(), args[0], CMP_EQ);
    }
    return int_from_i64(c);
}

static Obj list_reverse(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("list.reverse", nargs, kwnames);
    list_reverse_items(self);
    return newref(Py_None);
}

// sort(*, key=None, reverse=False)
static Obj list_sort_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs) raise_msg(Exc_TypeError, "sort() takes no positional arguments");
    Object* a[2] = {nullptr, nullptr};
    parse_args("sort", args, nargs, kwnames, {"$key", "$reverse"}, 0, a);
    list_sort(self, a[0], a[1] ? truthy(a[1]) : false);
    return newref(Py_None);
}

static Obj list_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("list.copy", nargs, kwnames);
    return list_from_iterable(self);
}

static Obj list_clear(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("list.clear", nargs, kwnames);
    Removed old = list_take_all(self);
    drop_all(old);
    return newref(Py_None);
}

static Obj list_reversed(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("list.__reversed__", nargs, kwnames);
    return seq_iter_alloc(&ListRevIter_Type, self, int64_t(list_items(self).size()) - 1);
}

// ───────────────────────────── init ─────────────────────────────

static void ready_iterator(TypeObject* t, const char* name, Obj (*next)(Object*)) {
    t->dealloc = seq_iter_dealloc;
    t->iter = iter_self;
    t->iternext = next;
    type_ready(t, name, &Object_Type, sizeof(SeqIterObject));
}

void init_range();  // range.cpp: readied here because runtime_init has no separate step for it

void init_list() {
    List_Type.flags |= TPF_LIST_SUBCLASS | TPF_BASETYPE;
    List_Type.dealloc = list_dealloc;
    List_Type.repr = list_repr;
    List_Type.hash = list_unhashable;
    List_Type.richcompare = list_richcompare;
    List_Type.len = list_len;
    List_Type.getitem = list_getitem;
    List_Type.setitem = list_setitem;
    List_Type.contains = list_contains;
    List_Type.iter = list_iter;
    List_Type.binary = list_binary;
    List_Type.inplace = list_inplace;
    List_Type.truth = list_truth;
    List_Type.new_ = list_new_slot;
    List_Type.init = list_init;
    type_ready(&List_Type, "list", &Object_Type, sizeof(ListObject));
    List_Type.flags |= TPF_LIST_SUBCLASS | TPF_BASETYPE;
    add_methods(&List_Type, {
        {"append", list_append_method, "Append object to the end of the list."},
        {"extend", list_extend_method, "Extend list by appending elements from the iterable."},
        {"insert", list_insert, "Insert object before index."},
        {"pop", list_pop, "Remove and return item at index (default last)."},
        {"remove", list_remove, "Remove first occurrence of value."},
        {"index", list_index, "Return first index of value."},
        {"count", list_count, "Return number of occurrences of value."},
        {"reverse", list_reverse, "Reverse *IN PLACE*."},
        {"sort", list_sort_method, "Sort the list in ascending order and return None."},
        {"copy", list_copy, "Return a shallow copy of the list."},
        {"clear", list_clear, "Remove all items from list."},
        {"__reversed__", list_reversed, "Return a reverse iterator over the list."},
    });
    add_attr(&List_Type, "__hash__", Py_None);

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

    ready_iterator(&ListIter_Type, "list_iterator", list_iter_next);
    ready_iterator(&ListRevIter_Type, "list_reverseiterator", list_reviter_next);
    ready_iterator(&TupleIter_Type, "tuple_iterator", tuple_iter_next);
    init_range();
}
