// dict.cpp — Python's dict, its views (keys/values/items) and their iterators.
//
// What this step does: every name lookup of a running program (globals, builtins, attributes in
// instance and class dicts) and every {k: v} the program builds ends up here.  So the lookup is
// the hottest function of the interpreter after the eval loop itself.
//
// Layout: CPython's "compact dict" (3.6+).  Two arrays instead of one:
//
//   d = {'b': 1, 'a': 2}; del d['b']; d['c'] = 3
//
//   indices (open addressing, power-of-two size, holds positions in entries)
//     slot:  0    1    2    3    4    5    6    7
//          [ -1 ][ 1  ][ -2 ][ -1 ][ 2  ][ -1 ][ -1 ][ -1 ]     -1 empty, -2 deleted ("dummy")
//   entries (insertion order; a deleted entry keeps its place with key == nullptr)
//     0: (hash('b'), nullptr, nullptr)     ← deleted
//     1: (hash('a'), 'a', 2)
//     2: (hash('c'), 'c', 3)
//
// A lookup hashes the key, walks the indices table with CPython's perturbation probe
// (i = 5*i + perturb + 1, perturb >>= 5, so every bit of the hash is used eventually) until it
// meets an empty slot, and compares the keys found on the way.  Iteration simply walks entries,
// which is why dicts remember insertion order.  `fill` counts live + dummy slots; when it would
// pass 2/3 of the table we build a bigger table and compact entries (dropping deleted ones).
//
// Locking (threads.cpp): every operation holds the dict's critical section while it reads or
// changes the table, so each one is atomic with respect to other threads.  Hashing a key may run
// Python code (__hash__), so it happens before locking.  Comparing keys may run Python code
// (__eq__), which may change the dict: lookup() drops the lock around the comparison and
// re-validates afterwards.  Mutation helpers never run Python code (insert_new, replace_value,
// remove_at); values that drop out are decref'd after the lock is released.
//
// In: borrowed Object*.  Out: new references (Obj).  Errors: CPython 3.14's messages.
// Read next: objects.cpp (hash, richcompare), typeobject.cpp (type dicts), vm.cpp (LOAD_GLOBAL).
#include "minipy.h"
#include "type_internal.h"  // classmethod_new

#include <algorithm>

TypeObject Dict_Type, DictKeys_Type, DictValues_Type, DictItems_Type;
static TypeObject DictKeyIter_Type, DictValueIter_Type, DictItemIter_Type,
    DictRevKeyIter_Type, DictRevValueIter_Type, DictRevItemIter_Type;

static constexpr int32_t IX_EMPTY = -1;
static constexpr int32_t IX_DUMMY = -2;
static constexpr size_t MIN_SIZE = 8;

static inline DictObject* as_dict(Object* d) { return static_cast<DictObject*>(d); }
static void dict_dealloc(Object* o);

// Dicts exist before init_dict() runs (type_ready builds type dicts): give Dict_Type the
// pieces those early dicts rely on at program start-up.
static const bool dict_type_early = [] {
    Dict_Type.flags |= TPF_DICT_SUBCLASS | TPF_BASETYPE;
    Dict_Type.dealloc = dict_dealloc;
    return true;
}();

// ───────────────────────────── hashing and key comparison ─────────────────────────────

static bool is_exact_str(Object* o) { return type_of(o) == &Str_Type; }  // valid before init_str

static bool str_bytes_equal(Object* a, Object* b) {
    auto* x = static_cast<StrObject*>(a);
    auto* y = static_cast<StrObject*>(b);
    return x->size == y->size && std::memcmp(x->data, y->data, x->size) == 0;
}

// hash(key) for a dict.  Exact strs call str_hash() directly (type_ready runs before init_str()
// has filled Str_Type's hash slot).  A TypeError from hashing is reworded as CPython 3.14 does:
// "cannot use 'list' as a dict key (unhashable type: 'list')".
static int64_t key_hash(Object* key) {
    if (is_exact_str(key)) {
        int64_t h = __atomic_load_n(&static_cast<StrObject*>(key)->hash, __ATOMIC_RELAXED);  // str_hash may be filling it in another thread
        return h != -1 ? h : str_hash(key);
    }
    if (is_exact_int(key)) return int_hash(key);
    try {
        return hash(key);
    } catch (PyError&) {
        Obj e = fetch_exception();
        if (type_of(e.get()) != Exc_TypeError) raise(e.get());
        std::string why = str_string(e.get());
        raise_fmt(Exc_TypeError, "cannot use '%s' as a dict key (%s)", type_name(key), why.c_str());
    }
}

[[noreturn]] static void raise_key_error(Object* key) {
    Obj exc = call1((Object*)Exc_KeyError, key);  // KeyError(key): args[0] is the key itself
    raise(exc.get());
}

// ───────────────────────────── the table ─────────────────────────────

// The probe sequence: start at hash & mask, then i = 5*i + perturb + 1 with perturb >>= 5.
struct Probe {
    size_t mask, i;
    uint64_t perturb;
    Probe(int64_t hash, size_t size) : mask(size - 1), i(uint64_t(hash) & (size - 1)), perturb(uint64_t(hash)) {}
    void next() { perturb >>= 5; i = (i * 5 + perturb + 1) & mask; }
};

// Find key: returns its position in entries (and its indices slot in *slot), or -1.  The caller
// holds `cs`, d's critical section; it is dropped while a user __eq__ runs (invariant 3).
static int64_t lookup(DictObject* d, Object* key, int64_t hash, CriticalSection& cs, size_t* slot = nullptr) {
restart:
    if (d->indices.empty()) return -1;
    for (Probe p(hash, d->indices.size());; p.next()) {
        int32_t ix = d->indices[p.i];
        if (ix == IX_EMPTY) return -1;
        if (ix == IX_DUMMY) continue;
        const DictEntry& e = d->entries[ix];
        if (e.key == key) { if (slot) *slot = p.i; return ix; }
        if (e.hash != hash) continue;
        if (is_exact_str(e.key) && is_exact_str(key)) {
            if (str_bytes_equal(e.key, key)) { if (slot) *slot = p.i; return ix; }
            continue;
        }
        // ── The one place where Python code runs during a lookup. ──
        // __eq__ may mutate the dict: keep the compared key alive, and afterwards check that it
        // is still in the table at the same place (same table size, same slot, same entry).
        // If not, the probe sequence we were following is stale: start the lookup again.
        Obj startkey = newref(e.key);
        size_t table_size = d->indices.size();
        cs.suspend();
        bool eq;
        try {
            eq = richcompare_bool(startkey.get(), key, CMP_EQ);
        } catch (PyError&) {
            cs.resume();  // the caller's scope unlocks as the exception passes
            throw;
        }
        cs.resume();
        bool still_there = d->indices.size() == table_size && d->indices[p.i] == ix &&
                           size_t(ix) < d->entries.size() && d->entries[ix].key == startkey.get();
        if (!still_there) goto restart;
        if (eq) { if (slot) *slot = p.i; return ix; }
    }
}

// The first empty indices slot for hash (dummies are not reused, as in CPython: this keeps
// probe chains intact).  No Python code.
static size_t find_empty_slot(DictObject* d, int64_t hash) {
    Probe p(hash, d->indices.size());
    while (d->indices[p.i] != IX_EMPTY) p.next();
    return p.i;
}

// Build an indices table of new_size slots and compact entries (drop deleted ones).
static void resize(DictObject* d, size_t new_size) {
    decltype(d->entries) live;
    live.reserve(d->used + 1);
    for (const DictEntry& e : d->entries)
        if (e.key) live.push_back(e);
    d->entries.swap(live);
    d->indices.assign(new_size, IX_EMPTY);
    for (size_t ix = 0; ix < d->entries.size(); ix++)
        d->indices[find_empty_slot(d, d->entries[ix].hash)] = int32_t(ix);
    d->fill = d->used;
}

// Every mutation ends here, still under the dict's lock: a new version (attrcache.cpp), and for
// a class's dict the end of every cached class-attribute lookup.
static void dict_changed(DictObject* d) {
    d->version.store(next_dict_version(), std::memory_order_release);
    if (d->ob_flags & OBF_TYPE_DICT) type_cache_invalidate();
}

// Add a key known to be absent (takes new references to key and value).  No Python code.
static void insert_new(DictObject* d, Object* key, int64_t hash, Object* value) {
    if (d->indices.empty()) d->indices.assign(MIN_SIZE, IX_EMPTY);
    if ((d->fill + 1) * 3 > d->indices.size() * 2) {
        size_t want = (d->used + 1) * 3, size = MIN_SIZE;
        while (size < want) size <<= 1;
        resize(d, size);
    }
    size_t slot = find_empty_slot(d, hash);
    if (d->entries.capacity() == 0) d->entries.reserve(MIN_SIZE * 2 / 3);  // an instance's few attributes: one allocation
    incref(key);
    incref(value);
    d->entries.push_back(DictEntry{hash, key, value});
    d->indices[slot] = int32_t(d->entries.size() - 1);
    d->used++;
    d->fill++;
    dict_changed(d);
}

// Store a new value for entry ix; returns the old value for the caller to decref afterwards.
static Object* replace_value(DictObject* d, int64_t ix, Object* value) {
    incref(value);
    Object* old = d->entries[ix].value;
    d->entries[ix].value = value;
    dict_changed(d);
    return old;
}

// Take entry ix (found at indices slot `slot`) out of the table; the caller owns *key_out and
// *value_out.  Trailing deleted entries are trimmed (no indices slot points at a deleted entry),
// which keeps popitem() O(1).  No Python code.
static void remove_at(DictObject* d, size_t slot, int64_t ix, Object** key_out, Object** value_out) {
    DictEntry& e = d->entries[ix];
    *key_out = e.key;
    *value_out = e.value;
    e.key = e.value = nullptr;
    d->indices[slot] = IX_DUMMY;
    d->used--;
    dict_changed(d);
    while (!d->entries.empty() && !d->entries.back().key) d->entries.pop_back();
}

// The indices slot that holds entry ix (for popitem, which finds entries by position).
static size_t slot_of(DictObject* d, int64_t ix) {
    Probe p(d->entries[ix].hash, d->indices.size());
    while (d->indices[p.i] != ix) p.next();
    return p.i;
}

// A value leaving the dict, after the lock is let go.  A module's dict hands out borrowed values
// through LOAD_GLOBAL's lock-free cache (attrcache.cpp); a reader may hold such a pointer without
// a reference yet, so the dict's reference is dropped once every thread passed a safe point.
static void drop_value(DictObject* d, Object* v) {
    if (d->ob_flags & OBF_GLOBALS_DICT) decref_after_grace(v);
    else decref(v);
}

static void set_with_hash(DictObject* d, Object* key, int64_t hash, Object* value) {
    Object* old = nullptr;
    {
        CriticalSection cs(d);
        int64_t ix = lookup(d, key, hash, cs);
        if (ix >= 0)
            old = replace_value(d, ix, value);
        else
            insert_new(d, key, hash, value);
    }
    if (old) drop_value(d, old);  // unlocked: freeing the old value may touch other objects
}

// ───────────────────────────── the C++ API (minipy.h) ─────────────────────────────

Obj dict_new() { return alloc_object<DictObject>(&Dict_Type); }

Obj dict_get(Object* d, Object* key) {
    DictObject* dict = as_dict(d);
    int64_t hash = key_hash(key);
    CriticalSection cs(d);
    int64_t ix = lookup(dict, key, hash, cs);
    return ix >= 0 ? newref(dict->entries[ix].value) : Obj();  // incref'd before unlocking
}

// The global/builtin/attribute lookup: key is (nearly always) an interned str, so most hits are
// a pointer comparison.  Exact-str entries with the same hash are compared by bytes; any other
// kind of key with an equal hash sends us to the general lookup.
Obj dict_get_str(Object* d, Object* key) {
    uint64_t version;
    return dict_get_str_versioned(d, key, &version);
}

Obj dict_get_str_versioned(Object* d, Object* key, uint64_t* version) {
    DictObject* dict = as_dict(d);
    if (!is_exact_str(key)) {
        *version = 0;  // never a real version: nothing will be cached from this lookup
        return dict_get(d, key);
    }
    int64_t hash = __atomic_load_n(&static_cast<StrObject*>(key)->hash, __ATOMIC_RELAXED);  // (str_hash fills it lazily, maybe in another thread)
    if (hash == -1) hash = str_hash(key);
    CriticalSection cs(d);
    *version = dict->version.load(std::memory_order_relaxed);
    if (dict->indices.empty()) return Obj();
    for (Probe p(hash, dict->indices.size());; p.next()) {
        int32_t ix = dict->indices[p.i];
        if (ix == IX_EMPTY) return Obj();
        if (ix == IX_DUMMY) continue;
        const DictEntry& e = dict->entries[ix];
        if (e.key == key) return newref(e.value);
        if (e.hash == hash) {
            if (!is_exact_str(e.key)) {
                cs.suspend();  // the general lookup takes the lock itself
                *version = 0;
                return dict_get(d, key);
            }
            if (str_bytes_equal(e.key, key)) return newref(e.value);
        }
    }
}

// ── for the attribute caches (specialize.cpp), which run only while one thread exists: ──

// Where the interned str `key` is, by pointer comparison: its entry index, -1 if absent, or -2
// when an equal-hashed key that is not the same object is met (the caller takes the slow path).
int64_t dict_find_interned(Object* d, Object* key) {
    DictObject* dict = as_dict(d);
    if (dict->indices.empty()) return -1;
    int64_t hash = __atomic_load_n(&static_cast<StrObject*>(key)->hash, __ATOMIC_RELAXED);  // (str_hash fills it lazily, maybe in another thread)
    if (hash == -1) hash = str_hash(key);
    for (Probe p(hash, dict->indices.size());; p.next()) {
        int32_t ix = dict->indices[p.i];
        if (ix == IX_EMPTY) return -1;
        if (ix == IX_DUMMY) continue;
        const DictEntry& e = dict->entries[size_t(ix)];
        if (e.key == key) return ix;
        if (e.hash == hash) return -2;
    }
}

// Replace the value of entry ix (which holds `key`) with v, taking over the caller's reference.
// false (nothing done) when the entry no longer holds key.
bool dict_store_at(Object* d, size_t ix, Object* key, Object* v) {
    DictObject* dict = as_dict(d);
    if (ix >= dict->entries.size() || dict->entries[ix].key != key) return false;
    Object* old = dict->entries[ix].value;
    dict->entries[ix].value = v;
    dict_changed(dict);
    drop_value(dict, old);
    return true;
}

void dict_set(Object* d, Object* key, Object* value) { set_with_hash(as_dict(d), key, key_hash(key), value); }

bool dict_del(Object* d, Object* key) {
    DictObject* dict = as_dict(d);
    int64_t hash = key_hash(key);
    Object *k, *v;
    {
        CriticalSection cs(d);
        size_t slot;
        int64_t ix = lookup(dict, key, hash, cs, &slot);
        if (ix < 0) return false;
        remove_at(dict, slot, ix, &k, &v);
    }
    decref(k);
    drop_value(dict, v);
    return true;
}

// Borrowed results: only for dicts no other thread changes meanwhile (kwargs, a fresh dict).
bool dict_next(Object* d, size_t* pos, Object** key, Object** value) {
    DictObject* dict = as_dict(d);
    CriticalSection cs(d);
    while (*pos < dict->entries.size()) {
        const DictEntry& e = dict->entries[(*pos)++];
        if (e.key) {
            *key = e.key;
            if (value) *value = e.value;
            return true;
        }
    }
    return false;
}

std::vector<std::pair<Obj, int64_t>> dict_keys_hashed(Object* d) {
    std::vector<std::pair<Obj, int64_t>> keys;
    CriticalSection cs(d);
    DictObject* dict = as_dict(d);
    keys.reserve(dict->used);
    for (const DictEntry& e : dict->entries)
        if (e.key) keys.emplace_back(newref(e.key), e.hash);
    return keys;
}

size_t dict_size(Object* d) {
    CriticalSection cs(d);
    return as_dict(d)->used;
}

void dict_clear(Object* d) {
    DictObject* dict = as_dict(d);
    decltype(dict->entries) old;
    {
        CriticalSection cs(d);
        old.swap(dict->entries);
        dict->indices.clear();
        dict->used = dict->fill = 0;
        dict_changed(dict);
    }
    for (const DictEntry& e : old)  // after the dict is consistent: a __del__ may look at it
        if (e.key) { decref(e.key); drop_value(dict, e.value); }
}

// A snapshot of a dict's items, so that copying from it survives __eq__/__del__ side effects
// (and d.update(d)).
struct Item { Obj key; int64_t hash; Obj value; };
static std::vector<Item> snapshot(DictObject* d) {
    CriticalSection cs(d);
    std::vector<Item> items;
    items.reserve(d->used);
    for (const DictEntry& e : d->entries)
        if (e.key) items.push_back(Item{newref(e.key), e.hash, newref(e.value)});
    return items;
}

// d.update(iterable of pairs): each element must be a 2-item sequence.
static void merge_from_pairs(Object* d, Object* seq) {
    Obj it = get_iter(seq);
    for (size_t n = 0;; n++) {
        Obj item = iter_next(it.get());
        if (!item) break;
        Obj pair;
        if (is_tuple(item.get()) || is_list(item.get())) {
            pair = item;
        } else {
            Obj item_it;
            try {
                item_it = get_iter(item.get());
            } catch (PyError&) {
                Obj e = fetch_exception();
                if (!exception_matches(e.get(), (Object*)Exc_TypeError)) raise(e.get());
                raise_msg(Exc_TypeError, "object is not iterable");
            }
            pair = list_from_iterable(item_it.get());
        }
        bool tuple = is_tuple(pair.get());
        size_t len = tuple ? tuple_size(pair.get()) : list_items(pair.get()).size();
        if (len != 2)
            raise_fmt(Exc_ValueError, "dictionary update sequence element #%zu has length %zu; 2 is required", n, len);
        Obj k = newref(tuple ? tuple_item(pair.get(), 0) : list_items(pair.get())[0]);
        Obj v = newref(tuple ? tuple_item(pair.get(), 1) : list_items(pair.get())[1]);
        dict_set(d, k.get(), v.get());
    }
}

static Obj dict_iter(Object* d);

// d.update(other): a dict (fast path), anything with keys() (keys, then other[key]), or an
// iterable of pairs.  `d` may be a dict subclass; items go in with dict_set, as CPython does.
void dict_update(Object* d, Object* other) {
    if (is_dict(other) && type_of(other)->iter == dict_iter) {
        for (Item& item : snapshot(as_dict(other)))
            set_with_hash(as_dict(d), item.key.get(), item.hash, item.value.get());
        return;
    }
    if (Obj keys_fn = getattr_opt(other, intern_cstr("keys"))) {
        Obj keys = call0(keys_fn.get());
        Obj it = get_iter(keys.get());
        while (Obj k = iter_next(it.get())) {
            Obj v = getitem(other, k.get());
            dict_set(d, k.get(), v.get());
        }
        return;
    }
    merge_from_pairs(d, other);
}

static Obj dict_copy_of(DictObject* src) {
    Obj out = dict_new();
    DictObject* d = as_dict(out.get());  // new: no other thread can see it yet
    CriticalSection cs(src);
    d->entries.reserve(src->used);
    for (const DictEntry& e : src->entries)  // keys are distinct: no lookup, no Python code
        if (e.key) insert_new(d, e.key, e.hash, e.value);
    return out;
}

// ───────────────────────────── argument checks with CPython's wording ─────────────────────────────

// "get expected at least 1 argument, got 0" / "dict.get() takes no keyword arguments"
static void check_args(const char* name, size_t nargs, Object* kwnames, size_t min, size_t max, bool kw_ok = false) {
    if (!kw_ok && kwnames && tuple_size(kwnames) > 0)
        raise_fmt(Exc_TypeError, "dict.%s() takes no keyword arguments", name);
    if (nargs < min)
        raise_fmt(Exc_TypeError, "%s expected at least %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs);
    if (nargs > max)
        raise_fmt(Exc_TypeError, "%s expected at most %zu argument%s, got %zu", name, max, max == 1 ? "" : "s", nargs);
}
// "dict.keys() takes no arguments (1 given)"
static void check_no_args(const char* qualname, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames) > 0)
        raise_fmt(Exc_TypeError, "%s() takes no keyword arguments", qualname);
    if (nargs > 0) raise_fmt(Exc_TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
}

// ───────────────────────────── repr (with recursion detection) ─────────────────────────────

// Containers being repr'd on this thread (CPython's Py_ReprEnter): {1: d} shows as {1: {...}}.
static thread_local std::vector<Object*> dict_repr_in_progress;
struct DictReprEnter {
    Object* o;
    bool recursive;
    explicit DictReprEnter(Object* obj) : o(obj) {
        recursive = std::find(dict_repr_in_progress.begin(), dict_repr_in_progress.end(), o) != dict_repr_in_progress.end();
        if (!recursive) dict_repr_in_progress.push_back(o);
    }
    ~DictReprEnter() {
        if (!recursive) dict_repr_in_progress.erase(std::find(dict_repr_in_progress.begin(), dict_repr_in_progress.end(), o));
    }
};

static Obj dict_repr(Object* self) {
    DictObject* d = as_dict(self);
    if (dict_size(self) == 0) return str_new("{}");
    DictReprEnter enter(self);
    if (enter.recursive) return str_new("{...}");
    RecursionGuard guard(" while getting the repr of an object");
    std::string out = "{";
    bool first = true;
    for (size_t i = 0;; i++) {  // re-read size: repr() of an item may mutate d
        Obj k, v;
        {
            CriticalSection cs(self);
            if (i >= d->entries.size()) break;
            if (!d->entries[i].key) continue;
            k = newref(d->entries[i].key);
            v = newref(d->entries[i].value);
        }
        if (!first) out += ", ";
        first = false;
        out += repr_string(k.get());
        out += ": ";
        out += repr_string(v.get());
    }
    out += "}";
    return str_new(out);
}

// ───────────────────────────── dict slots ─────────────────────────────

static void dict_dealloc(Object* o) {
    DictObject* d = as_dict(o);
    for (const DictEntry& e : d->entries)
        if (e.key) { decref(e.key); decref(e.value); }
    d->entries.clear();
    d->~DictObject();
    object_free(o);
}

// a == b: same size, and every key of a is in b with an equal value.
static bool dict_equal(DictObject* a, DictObject* b) {
    if (dict_size(a) != dict_size(b)) return false;
    for (size_t i = 0;; i++) {
        Obj k, v, bv;
        int64_t hash;
        {
            CriticalSection cs(a);
            if (i >= a->entries.size()) break;
            if (!a->entries[i].key) continue;
            k = newref(a->entries[i].key);
            v = newref(a->entries[i].value);
            hash = a->entries[i].hash;
        }
        {
            CriticalSection cs(b);
            int64_t ix = lookup(b, k.get(), hash, cs);
            if (ix < 0) return false;
            bv = newref(b->entries[ix].value);
        }
        if (!richcompare_bool(v.get(), bv.get(), CMP_EQ)) return false;
    }
    return true;
}

static Obj dict_richcompare(Object* a, Object* b, int op) {
    if (!is_dict(a) || !is_dict(b) || (op != CMP_EQ && op != CMP_NE)) return newref(Py_NotImplemented);
    bool eq = dict_equal(as_dict(a), as_dict(b));
    return bool_ref(op == CMP_EQ ? eq : !eq);
}

static int64_t dict_len(Object* self) { return int64_t(dict_size(self)); }
static int dict_truth(Object* self) { return dict_size(self) != 0; }

static Obj dict_getitem(Object* self, Object* key) {
    DictObject* d = as_dict(self);
    int64_t hash = key_hash(key);
    {
        CriticalSection cs(self);
        int64_t ix = lookup(d, key, hash, cs);
        if (ix >= 0) return newref(d->entries[ix].value);
    }
    if (type_of(self) != &Dict_Type) {  // subclasses may define __missing__
        if (Obj missing = lookup_type_attr(type_of(self), intern_cstr("__missing__")))
            return call2(missing.get(), self, key);
    }
    raise_key_error(key);
}

static void dict_setitem(Object* self, Object* key, Object* value) {
    if (value)
        dict_set(self, key, value);
    else if (!dict_del(self, key))
        raise_key_error(key);
}

static int dict_contains(Object* self, Object* key) {
    int64_t hash = key_hash(key);
    CriticalSection cs(self);
    return lookup(as_dict(self), key, hash, cs) >= 0;
}

static Obj dict_new_slot(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    return alloc_object<DictObject>(type);
}

// dict(mapping_or_iterable, **kwargs)
static void dict_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs > 1) raise_fmt(Exc_TypeError, "dict expected at most 1 argument, got %zu", nargs);
    if (nargs == 1) dict_update(self, args[0]);
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) dict_set(self, tuple_item(kwnames, i), args[nargs + i]);
}

// a | b (3.9+): a new (exact) dict with a's items updated by b's.
static Obj dict_or(Object* a, Object* b, int op) {
    if (op != NB_OR || !is_dict(a) || !is_dict(b)) return newref(Py_NotImplemented);
    Obj out = dict_copy_of(as_dict(a));
    dict_update(out.get(), b);
    return out;
}
// a |= b: like a.update(b), so b may be any mapping or iterable of pairs.
static Obj dict_ior(Object* a, Object* b, int op) {
    if (op != NB_OR || !is_dict(a)) return newref(Py_NotImplemented);
    dict_update(a, b);
    return newref(a);
}

// ───────────────────────────── iterators ─────────────────────────────

enum class IterKind : uint8_t { Keys, Values, Items };

struct DictIterObject : Object {
    DictObject* dict = nullptr;  // owned; null once exhausted
    size_t pos = 0;              // next entry to look at (reverse: one past it)
    size_t used = 0;             // the dict's size when iteration began (SIZE_MAX: already failed)
    size_t remaining = 0;        // items still expected
    IterKind kind = IterKind::Keys;
    bool reverse = false;
};

static TypeObject* iter_type(IterKind kind, bool reverse) {
    switch (kind) {
    case IterKind::Keys: return reverse ? &DictRevKeyIter_Type : &DictKeyIter_Type;
    case IterKind::Values: return reverse ? &DictRevValueIter_Type : &DictValueIter_Type;
    default: return reverse ? &DictRevItemIter_Type : &DictItemIter_Type;
    }
}

static Obj dictiter_new(DictObject* d, IterKind kind, bool reverse) {
    Ref<DictIterObject> it = alloc_object<DictIterObject>(iter_type(kind, reverse));
    incref(d);
    CriticalSection cs(d);
    it->dict = d;
    it->pos = reverse ? d->entries.size() : 0;
    it->used = it->remaining = d->used;
    it->kind = kind;
    it->reverse = reverse;
    return it;
}

static void dictiter_dealloc(Object* o) {
    auto* it = static_cast<DictIterObject*>(o);
    xdecref(it->dict);
    it->~DictIterObject();
    object_free(o);
}

static void dictiter_stop(DictIterObject* it) {
    DictObject* d = it->dict;
    it->dict = nullptr;
    decref(d);
}

// Position of the next live entry, -1 at the end, -2 if the keys changed (the caller raises after
// unlocking).  Raises when the dict changed size under us.
// The caller holds the dict's critical section (raising needs no Python code).
static int64_t dictiter_advance(DictIterObject* it) {
    DictObject* d = it->dict;
    if (it->used != d->used) {
        it->used = SIZE_MAX;  // keep failing on later calls, as CPython does
        raise_msg(Exc_RuntimeError, "dictionary changed size during iteration");
    }
    size_t n = d->entries.size();
    int64_t found = -1;
    if (it->reverse) {
        size_t i = std::min(it->pos, n);
        while (i > 0 && !d->entries[i - 1].key) i--;
        if (i > 0) { found = int64_t(i - 1); it->pos = i - 1; }
    } else {
        size_t i = it->pos;
        while (i < n && !d->entries[i].key) i++;
        if (i < n) { found = int64_t(i); it->pos = i + 1; }
    }
    if (found < 0) return -1;
    if (it->remaining == 0) return -2;  // same size, but more keys than there were: keys changed
    it->remaining--;
    return found;
}

static Obj dictiter_next(Object* self) {
    auto* it = static_cast<DictIterObject*>(self);
    if (!it->dict) return Obj();
    Obj key, value;
    int64_t ix;
    {
        CriticalSection cs(it->dict);
        ix = dictiter_advance(it);
        if (ix >= 0) {
            const DictEntry& e = it->dict->entries[ix];
            key = newref(e.key);
            value = newref(e.value);
        }
    }
    if (!key) {  // unlocked now: dropping our reference may free the dict
        dictiter_stop(it);
        if (ix == -2) raise_msg(Exc_RuntimeError, "dictionary keys changed during iteration");
        return Obj();
    }
    switch (it->kind) {
    case IterKind::Keys: return key;
    case IterKind::Values: return value;
    default: return tuple_pack({key.get(), value.get()});
    }
}

static Obj iter_self(Object* self) { return newref(self); }

static Obj dict_iter(Object* d) { return dictiter_new(as_dict(d), IterKind::Keys, false); }

static Obj dict_reversed(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("dict.__reversed__", nargs, kwnames);
    return dictiter_new(as_dict(self), IterKind::Keys, true);
}

// ───────────────────────────── views ─────────────────────────────

static Obj view_new(TypeObject* type, Object* d) {
    Ref<DictViewObject> v = alloc_object<DictViewObject>(type);
    incref(d);
    v->dict = as_dict(d);
    return v;
}

static void view_dealloc(Object* o) {
    auto* v = static_cast<DictViewObject*>(o);
    xdecref(v->dict);
    v->~DictViewObject();
    object_free(o);
}

static DictObject* view_dict(Object* v) { return static_cast<DictViewObject*>(v)->dict; }
static IterKind view_kind(Object* v) {
    TypeObject* t = type_of(v);
    return t == &DictKeys_Type ? IterKind::Keys : t == &DictValues_Type ? IterKind::Values : IterKind::Items;
}

static int64_t view_len(Object* self) { return int64_t(dict_size(view_dict(self))); }
static Obj view_iter(Object* self) { return dictiter_new(view_dict(self), view_kind(self), false); }

static Obj view_reversed(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args(type_of(self) == &DictKeys_Type ? "dict_keys.__reversed__"
                  : type_of(self) == &DictValues_Type ? "dict_values.__reversed__" : "dict_items.__reversed__",
                  nargs, kwnames);
    return dictiter_new(view_dict(self), view_kind(self), true);
}

static int keys_contains(Object* self, Object* key) { return dict_contains((Object*)view_dict(self), key); }

// (k, v) in d.items(): k is a key and d[k] == v.
static int items_contains(Object* self, Object* item) {
    if (!is_tuple(item) || tuple_size(item) != 2) return 0;
    DictObject* d = view_dict(self);
    Object* key = tuple_item(item, 0);
    int64_t hash = key_hash(key);
    Obj found;
    {
        CriticalSection cs(d);
        int64_t ix = lookup(d, key, hash, cs);
        if (ix < 0) return 0;
        found = newref(d->entries[ix].value);
    }
    return richcompare_bool(found.get(), tuple_item(item, 1), CMP_EQ);
}

// dict_keys(['a', 'b']), dict_values([1]), dict_items([('a', 1)])
static Obj view_repr(Object* self) {
    DictReprEnter enter(self);
    if (enter.recursive) return str_new("...");
    RecursionGuard guard(" while getting the repr of an object");
    IterKind kind = view_kind(self);
    std::string out = kind == IterKind::Keys ? "dict_keys([" : kind == IterKind::Values ? "dict_values([" : "dict_items([";
    Obj it = view_iter(self);
    bool first = true;
    while (Obj x = iter_next(it.get())) {
        if (!first) out += ", ";
        first = false;
        out += repr_string(x.get());
    }
    out += "])";
    return str_new(out);
}

// Keys and items views are set-like: they compare with each other and with sets as sets do, and
// & | - ^ give a new set.
static bool is_setlike_view(Object* o) { return type_of(o) == &DictKeys_Type || type_of(o) == &DictItems_Type; }

static bool view_contains(Object* view, Object* x) {
    return type_of(view) == &DictKeys_Type ? keys_contains(view, x) : items_contains(view, x);
}

// Every item of a is in b.
static bool all_contained_in(Object* a, Object* b) {
    Obj it = get_iter(a);
    while (Obj x = iter_next(it.get()))
        if (!contains(b, x.get())) return false;
    return true;
}

static Obj view_richcompare(Object* a, Object* b, int op) {
    if (!is_setlike_view(b) && !is_anyset(b)) return newref(Py_NotImplemented);
    int64_t na = view_len(a), nb = int64_t(is_anyset(b) ? set_size(b) : size_t(view_len(b)));
    bool r = false;
    switch (op) {
    case CMP_EQ: case CMP_NE: r = na == nb && all_contained_in(a, b); if (op == CMP_NE) r = !r; break;
    case CMP_LT: r = na < nb && all_contained_in(a, b); break;
    case CMP_LE: r = na <= nb && all_contained_in(a, b); break;
    case CMP_GT: r = na > nb && all_contained_in(b, a); break;
    case CMP_GE: r = na >= nb && all_contained_in(b, a); break;
    }
    return bool_ref(r);
}

// view & other, |, -, ^ (CPython's dictviews_*): the left operand's items become a new set, which
// then takes the right operand in place.  & and | are symmetric, so the view goes first.
static Obj view_binary(Object* a, Object* b, int op) {
    if (op != NB_OR && op != NB_AND && op != NB_SUBTRACT && op != NB_XOR) return newref(Py_NotImplemented);
    if ((op == NB_AND || op == NB_OR) && !is_setlike_view(a)) std::swap(a, b);
    Obj r = set_new();
    set_update(r.get(), type_of(a) == &DictKeys_Type ? (Object*)view_dict(a) : a);
    set_inplace_op(r.get(), b, op);
    return r;
}

static Obj view_isdisjoint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) raise_msg(Exc_TypeError, "isdisjoint() takes no keyword arguments");
    if (nargs != 1) raise_fmt(Exc_TypeError, "isdisjoint() takes exactly one argument (%zu given)", nargs);
    Obj it = get_iter(args[0]);
    while (Obj x = iter_next(it.get()))
        if (view_contains(self, x.get())) return bool_ref(false);
    return bool_ref(true);
}

// ───────────────────────────── dict methods ─────────────────────────────

static Obj dict_get_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_args("get", nargs, kwnames, 1, 2);
    Obj v = dict_get(self, args[0]);
    if (v) return v;
    return newref(nargs > 1 ? args[1] : Py_None);
}

static Obj dict_setdefault(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_args("setdefault", nargs, kwnames, 1, 2);
    DictObject* d = as_dict(self);
    Object* key = args[0];
    Object* deflt = nargs > 1 ? args[1] : Py_None;
    int64_t hash = key_hash(key);
    CriticalSection cs(d);  // lookup and insert as one step: two setdefaults never both insert
    int64_t ix = lookup(d, key, hash, cs);
    if (ix >= 0) return newref(d->entries[ix].value);
    insert_new(d, key, hash, deflt);
    return newref(deflt);
}

static Obj dict_pop(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_args("pop", nargs, kwnames, 1, 2);
    DictObject* d = as_dict(self);
    Object* key = args[0];
    int64_t hash = dict_size(d) == 0 ? 0 : key_hash(key);  // CPython skips hashing when empty
    Object *k = nullptr, *v = nullptr;
    {
        CriticalSection cs(d);
        size_t slot;
        int64_t ix = d->used == 0 ? -1 : lookup(d, key, hash, cs, &slot);
        if (ix >= 0) remove_at(d, slot, ix, &k, &v);
    }
    if (!k) {
        if (nargs > 1) return newref(args[1]);
        raise_key_error(key);
    }
    decref(k);
    Obj result = newref(v);  // the caller's reference; the dict's goes through drop_value
    drop_value(d, v);
    return result;
}

static Obj dict_popitem(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("dict.popitem", nargs, kwnames);
    DictObject* d = as_dict(self);
    Object *k, *v;
    {
        CriticalSection cs(d);
        if (d->used == 0) raise_msg(Exc_KeyError, "popitem(): dictionary is empty");
        int64_t ix = int64_t(d->entries.size()) - 1;  // the last entry is live (remove_at trims)
        remove_at(d, slot_of(d, ix), ix, &k, &v);
    }
    Obj key = Obj::steal(k), value = newref(v);
    drop_value(d, v);
    return tuple_pack({key.get(), value.get()});
}

static Obj dict_update_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_args("update", nargs, kwnames, 0, 1, /*kw_ok=*/true);
    dict_init(self, args, nargs, kwnames);
    return newref(Py_None);
}

static Obj dict_keys(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("dict.keys", nargs, kwnames);
    return view_new(&DictKeys_Type, self);
}
static Obj dict_values(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("dict.values", nargs, kwnames);
    return view_new(&DictValues_Type, self);
}
static Obj dict_items(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("dict.items", nargs, kwnames);
    return view_new(&DictItems_Type, self);
}
static Obj dict_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("dict.copy", nargs, kwnames);
    return dict_copy_of(as_dict(self));
}
static Obj dict_clear_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("dict.clear", nargs, kwnames);
    dict_clear(self);
    return newref(Py_None);
}

// dict.fromkeys(iterable, value=None), a classmethod: args[0] is the class it was looked up on
// (dict, or a subclass, which then gets an instance of itself).
static Obj dict_fromkeys(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs < 1) raise_msg(Exc_TypeError, "descriptor 'fromkeys' needs a class");
    Object* cls = args[0];
    args++, nargs--;
    check_args("fromkeys", nargs, kwnames, 1, 2);
    Object* value = nargs > 1 ? args[1] : Py_None;
    Obj d = call0(cls);
    bool exact = type_of(d.get()) == &Dict_Type;
    Obj it = get_iter(args[0]);
    while (Obj k = iter_next(it.get())) {
        if (exact)
            dict_set(d.get(), k.get(), value);
        else
            setitem(d.get(), k.get(), value);
    }
    return d;
}

// ───────────────────────────── init ─────────────────────────────

static void ready_iter_type(TypeObject* t, const char* name) {
    t->dealloc = dictiter_dealloc;
    t->iter = iter_self;
    t->iternext = dictiter_next;
    type_ready(t, name, &Object_Type, sizeof(DictIterObject));
}

static void ready_view_type(TypeObject* t, const char* name, int (*contains_fn)(Object*, Object*)) {
    t->dealloc = view_dealloc;
    t->repr = view_repr;
    t->len = view_len;
    t->iter = view_iter;
    t->contains = contains_fn;  // values views: null, so `in` falls back to iteration
    if (contains_fn) {
        t->richcompare = view_richcompare;
        t->binary = view_binary;
    }
    type_ready(t, name, &Object_Type, sizeof(DictViewObject));
    t->flags &= ~TPF_BASETYPE;
    add_methods(t, {{"__reversed__", view_reversed, "Return a reverse iterator over the dict keys."}});
    if (contains_fn)
        add_methods(t, {{"isdisjoint", view_isdisjoint, "Return True if the view and the given iterable have a null intersection."}});
}

void init_dict() {
    Dict_Type.flags |= TPF_DICT_SUBCLASS | TPF_BASETYPE;
    Dict_Type.dealloc = dict_dealloc;
    Dict_Type.repr = dict_repr;
    Dict_Type.richcompare = dict_richcompare;
    Dict_Type.len = dict_len;
    Dict_Type.truth = dict_truth;
    Dict_Type.getitem = dict_getitem;
    Dict_Type.setitem = dict_setitem;
    Dict_Type.contains = dict_contains;
    Dict_Type.iter = dict_iter;
    Dict_Type.binary = dict_or;
    Dict_Type.inplace = dict_ior;
    Dict_Type.new_ = dict_new_slot;
    Dict_Type.init = dict_init;
    type_ready(&Dict_Type, "dict", &Object_Type, sizeof(DictObject));
    Dict_Type.flags |= TPF_DICT_SUBCLASS | TPF_BASETYPE;
    Dict_Type.hash = nullptr;  // unhashable even if type_ready inherited object's hash
    add_attr(&Dict_Type, "__hash__", Py_None);  // as CPython: dict.__hash__ is None
    add_methods(&Dict_Type, {
        {"get", dict_get_method, "Return the value for key if key is in the dictionary, else default."},
        {"setdefault", dict_setdefault, "Insert key with a value of default if key is not in the dictionary."},
        {"pop", dict_pop, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
        {"popitem", dict_popitem, "Remove and return a (key, value) pair as a 2-tuple."},
        {"update", dict_update_method, "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."},
        {"keys", dict_keys, "Return a set-like object providing a view on the dict's keys."},
        {"values", dict_values, "Return an object providing a view on the dict's values."},
        {"items", dict_items, "Return a set-like object providing a view on the dict's items."},
        {"copy", dict_copy, "Return a shallow copy of the dict."},
        {"clear", dict_clear_method, "Remove all items from the dict."},
        {"__reversed__", dict_reversed, "Return a reverse iterator over the dict keys."},
    });
    Obj fromkeys = builtin_new("fromkeys", dict_fromkeys);
    add_attr(&Dict_Type, "fromkeys", classmethod_new(fromkeys.get()).get());

    ready_view_type(&DictKeys_Type, "dict_keys", keys_contains);
    ready_view_type(&DictValues_Type, "dict_values", nullptr);
    ready_view_type(&DictItems_Type, "dict_items", items_contains);
    ready_iter_type(&DictKeyIter_Type, "dict_keyiterator");
    ready_iter_type(&DictValueIter_Type, "dict_valueiterator");
    ready_iter_type(&DictItemIter_Type, "dict_itemiterator");
    ready_iter_type(&DictRevKeyIter_Type, "dict_reversekeyiterator");
    ready_iter_type(&DictRevValueIter_Type, "dict_reversevalueiterator");
    ready_iter_type(&DictRevItemIter_Type, "dict_reverseitemiterator");
}
