// sequence.h — helpers shared by the sequence types (list.cpp, tuple.cpp, range.cpp).
//
// What is here: converting an index or a repeat count, printing and comparing a sequence item
// by item (with "[...]" for a list that contains itself), collecting an iterable's items, and
// the small iterator object that walks a list or tuple by position.
//
// Comes in: minipy.h.  Goes out: inline helpers, nothing with state except the per-thread list
// of containers whose repr is being built.  Read next: list.cpp.
#pragma once
#include "minipy.h"
#include "builtins.h"

#include <algorithm>
#include <climits>
#include <vector>

// Everything here lives in its own namespace, so that these inline helpers can never clash
// with a same-named helper of another file at link time.
namespace sequence_detail {

// A sequence index: an int, or anything with __index__.  `what` names the sequence in the
// TypeError ("list indices must be integers or slices, not str").
inline int64_t sequence_index(Object* key, const char* what) {
    Obj i;
    if (is_int(key)) i = newref(key);
    else if (type_of(key)->nb_index) i = number_index(key);
    else raise_fmt(Exc_TypeError, "%s indices must be integers or slices, not %s", what, type_name(key));
    if (!int_is_small(i.get())) raise_msg(Exc_IndexError, "cannot fit 'int' into an index-sized integer");
    return static_cast<IntObject*>(i.get())->value;
}

// A repeat count for seq * n (OverflowError for huge ints, as CPython).
inline int64_t repeat_count(Object* n) {
    Obj i = number_index(n);
    if (!int_is_small(i.get())) raise_msg(Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    int64_t v = static_cast<IntObject*>(i.get())->value;
    return v < 0 ? 0 : v;
}

// seq * n would need more memory than any machine has: MemoryError() up front (CPython finds
// out when the allocation fails; a std::vector would throw std::bad_alloc or abort instead).
inline void check_repeat_size(int64_t n, size_t size) {
    if (size && n > int64_t((uint64_t(1) << 32) / size)) {
        Obj e = call0((Object*)Exc_MemoryError);
        raise(e.get());
    }
}

// repr() of containers that may contain themselves: the objects whose repr is being built on
// this thread.  A second visit prints "[...]" instead of recursing forever.
inline thread_local std::vector<Object*> repr_in_progress;
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
Obj sequence_repr(Object* self, const char* open, const char* close, GetItem item_at, bool one_comma) {
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
// item(seq, i) returns a new reference, or null when i is past the end *now*: a list can shrink
// under us (an __eq__, or another thread), so each item is fetched and held in one step.
template <class Size, class Item>
Obj sequence_richcompare(Object* a, Object* b, int op, Size size, Item item) {
    if ((op == CMP_EQ || op == CMP_NE) && size(a) != size(b)) return bool_ref(op == CMP_NE);
    size_t i = 0;
    for (;; i++) {
        Obj x = item(a, i), y = item(b, i);
        if (!x || !y || !richcompare_bool(x.get(), y.get(), CMP_EQ)) break;
    }
    Obj x = item(a, i), y = item(b, i);  // re-read, as CPython: __eq__ may have replaced them
    if (!x || !y) {
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
    return richcompare(x.get(), y.get(), op);
}

// start/stop arguments of index(): slice-style integers, negative counts from the end.
inline int64_t search_bound(Object* v, int64_t len, int64_t dflt) {
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
inline std::vector<Obj> collect_items(Object* iterable) {
    std::vector<Obj> out;
    if (type_of(iterable) == &Tuple_Type) {
        out.reserve(tuple_size(iterable));
        for (size_t i = 0; i < tuple_size(iterable); i++) out.push_back(newref(tuple_item(iterable, i)));
        return out;
    }
    if (type_of(iterable) == &List_Type) {
        CriticalSection cs(iterable);  // a consistent snapshot, each item held before unlocking
        auto& src = list_items(iterable);
        out.reserve(src.size());
        for (Object* v : src) out.push_back(newref(v));
        return out;
    }
    Obj it = get_iter(iterable);
    while (Obj v = iter_next(it.get())) out.push_back(std::move(v));
    return out;
}

inline void add_getter(TypeObject* t, const char* name, NativeFn fn) {
    Obj fget = builtin_new(name, fn);
    Obj prop = property_new(fget.get(), nullptr, nullptr, nullptr);
    add_attr(t, name, prop.get());
}

// Sequence + and * for tuple and list.  The other operand's own number slot is tried first
// (CPython tries nb_add/nb_multiply before sq_concat/sq_repeat), so `[1] + Vec()` can reach
// Vec.__radd__; when that declines too, the sequence's own error is raised.
inline Obj other_number_slot(Object* a, Object* b, int op, Obj (*mine)(Object*, Object*, int)) {
    // Only a class statement's type can have such a method: the built-in numbers decline
    // sequences anyway, and another built-in sequence would report its own error instead.
    auto other = type_of(b)->binary;
    if (other && other != mine && (type_of(b)->flags & TPF_HEAPTYPE)) return other(a, b, op);
    return newref(Py_NotImplemented);
}

// An iterator over a list or tuple by position (list_iterator, list_reverseiterator,
// tuple_iterator).
struct SeqIterObject : Object { Object* seq = nullptr; int64_t index = 0; };  // seq owned; null when exhausted

inline Obj seq_iter_alloc(TypeObject* type, Object* seq, int64_t start) {
    auto it = alloc_object<SeqIterObject>(type);
    incref(seq);
    it->seq = seq;
    it->index = start;
    return it;
}

inline void seq_iter_dealloc(Object* o) {
    xdecref(static_cast<SeqIterObject*>(o)->seq);
    dealloc_as<SeqIterObject>(o);
}

inline Obj iter_self(Object* o) { return newref(o); }

// Exhausted: let go of the sequence (CPython does too; the iterator stays exhausted).
inline Obj seq_iter_finish(SeqIterObject* it) {
    Object* s = it->seq;
    it->seq = nullptr;
    xdecref(s);
    return nullptr;
}

inline void ready_iterator(TypeObject* t, const char* name, Obj (*next)(Object*)) {
    t->dealloc = seq_iter_dealloc;
    t->iter = iter_self;
    t->iternext = next;
    type_ready(t, name, &Object_Type, sizeof(SeqIterObject));
}

}  // namespace sequence_detail
using namespace sequence_detail;
