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
// run arbitrary code, which must never happen while the list is half-updated or while its lock
// is held.
//
// Threads: every read or change of a list's vector happens inside a CriticalSection on the list
// (the mutators, and the readers below them), so each list operation is atomic as in CPython's
// free-threaded build: eight threads appending lose nothing, and a reader never sees a vector
// halfway through reallocation.  Invariant 3 — no Python code under the lock — shapes the rest:
// an item is incref'd before the lock is let go, then compared / printed / passed to key=
// outside it; sort() sorts a private copy (the list is empty meanwhile) and puts it back.
//
// Read next: tuple.cpp (tuple and slice), range.cpp, iterators.cpp (enumerate, zip ...).
#include "sequence.h"

TypeObject List_Type;
TypeObject ListIter_Type;
static TypeObject ListRevIter_Type;

// ───────────────────────────── list: the mutators ─────────────────────────────
//
// Each function below is one complete change of a list's items.  They never run Python code;
// references they remove are returned so that the caller drops them afterwards.

using Removed = std::vector<Object*>;
static void drop_all(Removed& removed) { for (Object* o : removed) decref(o); removed.clear(); }
static ListObject* as_list(Object* l) { return static_cast<ListObject*>(l); }

void list_append(Object* list, Object* v) {
    incref(v);
    CriticalSection cs(list);
    as_list(list)->items.push_back(v);
}

static void list_insert_at(Object* list, int64_t i, Object* v) {
    CriticalSection cs(list);
    auto& items = as_list(list)->items;
    int64_t n = int64_t(items.size());
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    incref(v);
    items.insert(items.begin() + i, v);
}

// Store v at i (negative counts from the end).  Returns the old item, or null (nothing stored)
// when i is out of range now.
static Object* list_store_at(Object* list, int64_t i, Object* v) {
    CriticalSection cs(list);
    auto& items = as_list(list)->items;
    if (i < 0) i += int64_t(items.size());
    if (i < 0 || i >= int64_t(items.size())) return nullptr;
    incref(v);
    Object* old = items[size_t(i)];
    items[size_t(i)] = v;
    return old;
}

// Remove and return the item at i (negative counts from the end), or null if i is out of
// range now.
static Object* list_take_at(Object* list, int64_t i) {
    CriticalSection cs(list);
    auto& items = as_list(list)->items;
    if (i < 0) i += int64_t(items.size());
    if (i < 0 || i >= int64_t(items.size())) return nullptr;
    Object* v = items[size_t(i)];
    items.erase(items.begin() + i);
    return v;
}

// The indices of a slice of a list, as computed before locking.  Bounds that are None or exact
// ints resolve without running Python code, so the mutator resolves them again under the lock,
// against the length at that moment: the whole operation then sees one length, as in CPython.
// Bounds with __index__ (Python code) keep their earlier values and are clipped instead.
struct SliceSpec { Object* key; int64_t start, stop, step, count; };

static void resolve_locked(SliceSpec& s, size_t n) {
    if (!multithreaded.load(std::memory_order_relaxed)) return;  // one thread: nothing changed since
    auto* sl = static_cast<SliceObject*>(s.key);
    auto plain = [](Object* b) { return b == Py_None || type_of(b) == &Int_Type; };
    if (plain(sl->start) && plain(sl->stop) && plain(sl->step))
        slice_indices(s.key, int64_t(n), &s.start, &s.stop, &s.step, &s.count);
}

// items[lo:hi] = fresh (owned references, moved into the list); lo/hi clipped to the size.
static Removed replace_range_locked(std::vector<Object*>& items, int64_t lo, int64_t hi, std::vector<Obj>& fresh) {
    int64_t n = int64_t(items.size());
    lo = std::clamp<int64_t>(lo, 0, n);
    hi = std::clamp<int64_t>(hi, lo, n);
    Removed removed(items.begin() + lo, items.begin() + hi);
    size_t width = size_t(hi - lo), k = 0;
    if (width > fresh.size()) items.erase(items.begin() + lo + fresh.size(), items.begin() + hi);
    else if (width < fresh.size()) items.insert(items.begin() + hi, fresh.size() - width, nullptr);
    for (Obj& o : fresh) items[size_t(lo) + k++] = o.release();  // p[:n] = q of the same size: no move at all
    return removed;
}

// items[slice] = fresh.  Extended slices (step != 1) must keep their size: on a mismatch nothing
// changes and the slice's size is returned in *mismatch (the caller raises once unlocked).
// false: the positions no longer exist (the list shrank since they were computed).
static bool list_assign_slice(Object* list, SliceSpec s, std::vector<Obj>& fresh, Removed& removed, int64_t* mismatch) {
    CriticalSection cs(list);
    auto& items = as_list(list)->items;
    resolve_locked(s, items.size());
    if (s.step == 1) {
        removed = replace_range_locked(items, s.start, std::max(s.start, s.stop), fresh);
        return true;
    }
    int64_t count = int64_t(fresh.size());
    if (count != s.count) { *mismatch = s.count; return true; }
    int64_t last = s.start + (count - 1) * s.step;
    if (count && (s.start >= int64_t(items.size()) || last < 0 || last >= int64_t(items.size()))) return false;
    for (int64_t k = 0; k < count; k++) {
        Object*& slot = items[size_t(s.start + k * s.step)];
        removed.push_back(slot);
        slot = fresh[size_t(k)].release();
    }
    return true;
}

// del items[slice].
static Removed list_delete_slice(Object* list, SliceSpec s) {
    CriticalSection cs(list);
    auto& items = as_list(list)->items;
    resolve_locked(s, items.size());
    if (s.step == 1) {
        std::vector<Obj> none;
        return replace_range_locked(items, s.start, std::max(s.start, s.stop), none);
    }
    Removed removed;
    if (s.count <= 0) return removed;
    int64_t start = s.start, step = s.step, count = s.count;
    if (step < 0) { start += step * (count - 1); step = -step; }  // walk forwards
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
    CriticalSection cs(list);
    Removed all;
    all.swap(as_list(list)->items);
    return all;
}

// Put `items` back into a list that should be empty; returns whatever was added meanwhile.
static Removed list_put_back(Object* list, std::vector<Object*>& items) {
    CriticalSection cs(list);
    Removed added;
    added.swap(as_list(list)->items);
    as_list(list)->items.swap(items);
    return added;
}

static void list_reverse_items(Object* list) {
    CriticalSection cs(list);
    auto& items = as_list(list)->items;
    std::reverse(items.begin(), items.end());
}

static void list_repeat_in_place(Object* list, int64_t n) {
    CriticalSection cs(list);
    auto& items = as_list(list)->items;
    size_t size = items.size();
    if (n > 1) items.reserve(size * size_t(n));
    for (int64_t k = 1; k < n; k++)
        for (size_t i = 0; i < size; i++) { incref(items[i]); items.push_back(items[i]); }
}

// The reader: one item under the lock, as a new reference (null when i is past the end now),
// so it stays valid whatever other threads do next.
static Obj item_ref(Object* list, size_t i) {
    CriticalSection cs(list);
    auto& items = as_list(list)->items;
    return i < items.size() ? newref(items[i]) : Obj();
}

// ───────────────────────────── list: construction ─────────────────────────────

Obj list_new(size_t n) {
    auto l = alloc_object<ListObject>(&List_Type);
    l->items.resize(n, nullptr);
    return l;
}

void list_extend(Object* list, Object* iterable) {
    if (type_of(iterable) == &Tuple_Type || (type_of(iterable) == &List_Type && iterable != list)) {
        if (!multithreaded.load(std::memory_order_relaxed)) {  // one thread: copy straight across
            Object* const* src = type_of(iterable) == &Tuple_Type ? static_cast<TupleObject*>(iterable)->items
                                                                  : list_items(iterable).data();
            size_t n = type_of(iterable) == &Tuple_Type ? tuple_size(iterable) : list_items(iterable).size();
            auto& dst = as_list(list)->items;
            dst.reserve(dst.size() + n);
            for (size_t i = 0; i < n; i++) { incref(src[i]); dst.push_back(src[i]); }
            return;
        }
    }
    if (type_of(iterable) == &List_Type || type_of(iterable) == &Tuple_Type) {
        // A snapshot first: `a.extend(a)` must not see its own growth.
        std::vector<Obj> items = collect_items(iterable);  // under the source's own lock
        CriticalSection cs(list);
        auto& dst = as_list(list)->items;
        dst.reserve(dst.size() + items.size());
        for (Obj& o : items) dst.push_back(o.release());
        return;
    }
    if (type_of(iterable) == &Range_Type) {  // its length is known: room for all of it at once,
        int64_t n = length(iterable);         // or MemoryError up front, as CPython's preallocation
        check_repeat_size(n, sizeof(Object*));
        CriticalSection cs(list);
        auto& dst = as_list(list)->items;
        dst.reserve(dst.size() + size_t(n));
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
    auto& items = as_list(o)->items;  // last to first, as CPython (the order __del__ methods run in)
    for (size_t i = items.size(); i-- > 0;) xdecref(items[i]);
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
    return sequence_repr(o, "[", "]", [o](size_t i) { return item_ref(o, i); }, false);
}

static int64_t list_unhashable(Object* o) { raise_fmt(Exc_TypeError, "unhashable type: '%s'", type_name(o)); }

static Obj list_richcompare(Object* a, Object* b, int op) {
    if (!is_list(a) || !is_list(b)) return newref(Py_NotImplemented);
    return sequence_richcompare(a, b, op, [](Object* l) { return list_size(l); },
                                [](Object* l, size_t i) { return item_ref(l, i); });
}

static int64_t list_len(Object* o) { return int64_t(list_size(o)); }

static Obj list_slice(Object* o, SliceSpec s) {
    Obj r = list_new(0);
    auto& dst = as_list(r.get())->items;
    CriticalSection cs(o);
    auto& src = as_list(o)->items;
    resolve_locked(s, src.size());
    dst.reserve(size_t(s.count));
    for (int64_t k = 0; k < s.count; k++) {
        int64_t i = s.start + k * s.step;
        if (i < 0 || i >= int64_t(src.size())) continue;  // __index__ bounds, and the list shrank
        incref(src[size_t(i)]);
        dst.push_back(src[size_t(i)]);
    }
    return r;
}

static Obj list_getitem(Object* o, Object* key) {
    if (type_of(key) == &Int_Type && int_is_small(key)) {  // the common case first
        Obj v = list_item_ref(o, static_cast<IntObject*>(key)->value);
        if (!v) raise_msg(Exc_IndexError, "list index out of range");
        return v;
    }
    SliceSpec s{key, 0, 0, 0, 0};
    if (slice_indices(key, int64_t(list_size(o)), &s.start, &s.stop, &s.step, &s.count)) return list_slice(o, s);
    int64_t i = sequence_index(key, "list");  // __index__ may change the list: index after it
    Obj v = list_item_ref(o, i);
    if (!v) raise_msg(Exc_IndexError, "list index out of range");
    return v;
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
    return collect_items(value);  // a list is copied under its own lock
}

// p[lo:hi] = q with q a list or tuple of the same length hi - lo, while one thread runs: the
// items are exchanged in place, with no snapshot (fannkuch's prefix reversals are all this).
// The old items are dropped only after the exchange: freeing one can run Python code (a
// suspended generator's `finally`), which must find the list whole, and may start a thread.
static bool assign_same_size_slice(Object* o, const SliceSpec& s, Object* value) {
    if (multithreaded.load(std::memory_order_relaxed) || s.step != 1 || value == o) return false;
    Object* const* src;
    size_t n;
    if (type_of(value) == &List_Type) src = list_items(value).data(), n = list_items(value).size();
    else if (type_of(value) == &Tuple_Type) src = static_cast<TupleObject*>(value)->items, n = tuple_size(value);
    else return false;
    if (s.count != int64_t(n)) return false;
    Object* small[16];
    Removed big;
    Object** olds = n <= 16 ? small : (big.resize(n), big.data());
    auto& items = as_list(o)->items;
    for (size_t k = 0; k < n; k++) {
        olds[k] = items[size_t(s.start) + k];
        incref(src[k]);
        items[size_t(s.start) + k] = src[k];
    }
    for (size_t k = 0; k < n; k++) decref(olds[k]);
    return true;
}

static void list_setitem_slice(Object* o, SliceSpec s, Object* value) {
    if (value && assign_same_size_slice(o, s, value)) return;
    Removed removed;
    if (!value) {
        removed = list_delete_slice(o, s);
    } else {
        std::vector<Obj> fresh = slice_assignment_items(value);  // before locking: may run Python code
        int64_t mismatch = -1;
        bool ok = list_assign_slice(o, s, fresh, removed, &mismatch);
        drop_all(removed);
        if (mismatch >= 0)
            raise_fmt(Exc_ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld",
                      fresh.size(), (long long)mismatch);
        if (!ok) raise_msg(Exc_ValueError, "list modified during slice assignment");
    }
    drop_all(removed);
}

static void list_setitem(Object* o, Object* key, Object* value) {
    SliceSpec s{key, 0, 0, 0, 0};
    if (slice_indices(key, int64_t(list_size(o)), &s.start, &s.stop, &s.step, &s.count))
        return list_setitem_slice(o, s, value);
    int64_t i = sequence_index(key, "list");
    Object* old = value ? list_store_at(o, i, value) : list_take_at(o, i);
    if (!old) raise_msg(Exc_IndexError, "list assignment index out of range");
    decref(old);
}

// ───────────────────────────── list: searching ─────────────────────────────
//
// `in`, index(), count() and remove() compare items with ==, which may be a user __eq__.  The
// scan holds the lock, so it is one atomic step, as long as each comparison is native: identity,
// or two exact built-in scalars (int, bool, float, str, None), whose == runs no Python code.
// For any other item the lock is let go around the comparison (invariant 3) with the item held,
// and the scan goes on from the next position, re-checking the size (the list may have changed).

static bool native_eq(Object* a, Object* b) {
    auto scalar = [](TypeObject* t) {
        return t == &Int_Type || t == &Bool_Type || t == &Float_Type || t == &Str_Type || t == &NoneType_Type;
    };
    return scalar(type_of(a)) && scalar(type_of(b));
}

enum class Scan { Find, Count, Remove };

// Find: the first position in [lo, hi) equal to v, or -1.  Count: how many items are equal.
// Remove: like Find, and that item is taken out in the same locked step (*removed gets it; it
// stays null if __eq__ emptied the list meanwhile: then nothing is removed, as in CPython).
static int64_t list_scan(Object* self, Object* v, int64_t lo, int64_t hi, Scan mode, Object** removed = nullptr) {
    int64_t count = 0;
    Obj held;  // the item being compared unlocked; declared first, so it is dropped unlocked
    CriticalSection cs(self);
    auto& items = as_list(self)->items;
    for (int64_t i = lo; i < hi && i < int64_t(items.size()); i++) {
        Object* item = items[size_t(i)];
        bool eq;
        if (item == v || native_eq(item, v)) {
            eq = item == v || richcompare_bool(item, v, CMP_EQ);
        } else {
            Obj next = newref(item);  // taken under the lock
            cs.suspend();
            held = std::move(next);  // drops the previous item, unlocked
            eq = richcompare_bool(held.get(), v, CMP_EQ);  // may raise: the lock is already let go
            cs.resume();
            if (eq && mode == Scan::Remove) {
                if (i >= int64_t(items.size())) return i;  // nothing left there: removes nothing
                // With one thread, like CPython, whatever __eq__ left at position i is removed.
                // With several, another thread may have moved the items: look again from the start.
                if (items[size_t(i)] != held.get() && multithreaded.load(std::memory_order_relaxed)) {
                    i = lo - 1;
                    continue;
                }
            }
        }
        if (!eq) continue;
        if (mode == Scan::Count) { count++; continue; }
        if (mode == Scan::Remove) {
            *removed = items[size_t(i)];
            items.erase(items.begin() + i);
        }
        return i;
    }
    return mode == Scan::Count ? count : -1;
}

static int list_contains(Object* o, Object* v) { return list_scan(o, v, 0, INT64_MAX, Scan::Find) >= 0; }

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
            check_repeat_size(count, list_size(seq));
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
        check_repeat_size(count, list_size(a));
        if (count == 0) { Removed old = list_take_all(a); drop_all(old); }
        else list_repeat_in_place(a, count);
        return newref(a);
    }
    return newref(Py_NotImplemented);
}

static int list_truth(Object* o) { return list_size(o) != 0; }

// ───────────────────────────── list iterators ─────────────────────────────

// The iterator's index is read and moved under the *list's* lock, so even an iterator shared by
// two threads never skips past the end or reads a reallocating vector.  That needs `seq` to stay
// put: once threads exist an exhausted iterator keeps its list (as CPython's free-threaded build
// does) and is marked exhausted by index -1 instead, since another thread may be inside next()
// on the same iterator, using seq, at the moment this one lets go of it.
static Obj list_iter_step(SeqIterObject* it, int64_t delta) {
    Object* seq = it->seq;
    if (!seq) return nullptr;
    {
        CriticalSection cs(seq);
        auto& items = as_list(seq)->items;
        if (it->index >= 0 && it->index < int64_t(items.size())) {
            Obj v = newref(items[size_t(it->index)]);
            it->index += delta;
            return v;
        }
        if (multithreaded.load(std::memory_order_relaxed)) {
            it->index = -1;
            return nullptr;
        }
    }
    return seq_iter_finish(it);
}

static Obj list_iter_next(Object* o) { return list_iter_step(static_cast<SeqIterObject*>(o), 1); }
static Obj list_reviter_next(Object* o) { return list_iter_step(static_cast<SeqIterObject*>(o), -1); }

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
    bool empty = false;
    Object* v;
    {
        // One locked step: another thread's pop between a size check and the take would turn
        // "pop from empty list" into "pop index out of range".
        CriticalSection cs(self);
        auto& items = as_list(self)->items;
        int64_t n = int64_t(items.size());
        empty = n == 0;
        if (i < 0) i += n;
        v = empty || i < 0 || i >= n ? nullptr : items[size_t(i)];
        if (v) items.erase(items.begin() + i);
    }
    if (empty) raise_msg(Exc_IndexError, "pop from empty list");
    if (!v) raise_msg(Exc_IndexError, "pop index out of range");
    return Obj::steal(v);
}

static Obj list_remove(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("list.remove", nargs, kwnames);
    Object* removed = nullptr;
    if (list_scan(self, args[0], 0, INT64_MAX, Scan::Remove, &removed) < 0)
        raise_msg(Exc_ValueError, "list.remove(x): x not in list");
    xdecref(removed);  // after unlocking
    return newref(Py_None);
}

static Obj list_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("index", kwnames);
    check_positional("index", nargs, 1, 3);
    int64_t n = int64_t(list_size(self));
    int64_t lo = search_bound(nargs > 1 ? args[1] : nullptr, n, 0);
    int64_t hi = search_bound(nargs > 2 ? args[2] : nullptr, n, n);
    int64_t i = list_scan(self, args[0], lo, hi, Scan::Find);
    if (i < 0) raise_msg(Exc_ValueError, "list.index(x): x not in list");
    return int_from_i64(i);
}

static Obj list_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("list.count", nargs, kwnames);
    int64_t c = list_scan(self, args[0], 0, INT64_MAX, Scan::Count);
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
    return seq_iter_alloc(&ListRevIter_Type, self, int64_t(list_size(self)) - 1);
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
