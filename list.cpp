// list.cpp — the mutable sequence type list, and its iterators.
//
// What this step does: builds, reads, mutates, compares, prints and sorts lists (a stable merge
// sort, safe against comparisons that raise); list(iterable), a[i], a[i:j:k] = ..., del a[..],
// +, *, +=, *= and the methods append ... sort.
//
// In: borrowed objects.  Out: new references (Obj).  Errors use CPython 3.14's messages
// ("list index out of range", "can only concatenate list (not \"int\") to list" ...).
//
// Layout: a ListObject holds a std::vector of owned pointers.  Every mutation of a list happens
// in one small function (the "mutators" section) that only moves pointers around and hands the
// removed references back to the caller, who drops them afterwards: dropping a reference can
// run arbitrary code, which must never happen while the list is half-updated or (a later
// issue) while its lock is held.
//
// Read next: tuple.cpp (tuple and slice), range.cpp, iterators.cpp (enumerate, zip ...).
#include "sequence.h"

TypeObject List_Type;
static TypeObject ListIter_Type, ListRevIter_Type;

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

// Lists may be made and freed before init_list runs (by earlier init steps), so the dealloc slot
// is set during static initialisation (after List_Type itself, same file).
[[maybe_unused]] static const bool list_dealloc_ready = (List_Type.dealloc = list_dealloc, true);

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

// ───────────────────────────── list iterators ─────────────────────────────

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

static Obj list_iter(Object* o) { return seq_iter_alloc(&ListIter_Type, o, 0); }
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


void init_tuple();  // tuple.cpp (tuple and slice) and range.cpp: readied here because runtime_init
void init_range();  // has no separate step for them

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

    init_tuple();
    ready_iterator(&ListIter_Type, "list_iterator", list_iter_next);
    ready_iterator(&ListRevIter_Type, "list_reverseiterator", list_reviter_next);
    init_range();
}
