// set.cpp — Python's set and frozenset, and their iterator.
//
// What this step does: {1, 2}, {x for x in xs}, set(iterable), frozenset(...), `in`, the
// operators | & - ^ (and |= &= -= ^=), the comparisons <= < >= > == !=, and the methods add ...
// update.  Everything a program does with a set ends up in the hash table below.
//
// Layout: CPython's set table, which differs from the dict's.  There is no separate entries
// array (a set remembers no insertion order), just one open-addressing array of (key, hash):
//
//   s = {8, 1, 16}                       table (8 slots, mask 7)
//     hash(8) & 7 = 0                      slot: 0     1     2     3    ...  7
//     hash(1) & 7 = 1                          [ 8 ] [ 1 ] [ 16] [   ] ... [   ]
//     hash(16) & 7 = 0: taken, and so is 1 → linear probing puts 16 in slot 2
//
// A probe looks at up to LINEAR_PROBES + 1 neighbouring slots (they share cache lines) before it
// jumps with the dict's perturbation step (i = 5*i + 1 + perturb, perturb >>= 5).  A removed key
// leaves a "dummy" (hash -1) that keeps probe chains intact; `fill` counts live + dummy slots and
// the table grows (to 4 × used) when it passes 3/5 of the slots.  Iteration walks the slots in
// order, which is why {8, 1, 16} prints as {8, 1, 16} and set order of small ints matches
// CPython's: this file follows CPython's algorithm step for step (setobject.c), resizes included.
//
// Locking (threads.cpp): every read or change of a set's table happens under the set's critical
// section, so each operation on one set is atomic with respect to other threads.  Hashing a key
// may run Python code (__hash__), so it happens before locking; comparing keys may run Python
// code (__eq__), so find_slot/add_key drop the lock around the comparison and re-validate after it
// (invariant 3).  An operation with a second set or dict (a |= b, a <= b) first copies the other
// operand's table under *its* lock (a Snapshot), then works on its own set under its own lock:
// only one lock is ever held, so two threads doing a |= b and b |= a cannot deadlock.  Keys that
// leave a set are decref'd after the lock is let go (freeing them may run arbitrary code).
//
// In: borrowed Object*.  Out: new references (Obj).  Errors: CPython 3.14's messages.
// Read next: dict.cpp (the dict's table, which this one resembles), vm.cpp (BUILD_SET, SET_ADD).
#include "sequence.h"

TypeObject Set_Type, FrozenSet_Type;
static TypeObject SetIter_Type;

static constexpr size_t MIN_SIZE = 8;       // CPython's PySet_MINSIZE
static constexpr size_t LINEAR_PROBES = 9;  // neighbours checked before the perturbation jump
static constexpr int PERTURB_SHIFT = 5;

// A slot: empty (key null, hash 0), live, or a dummy (key == DUMMY, hash -1).
static Object dummy_struct;
static Object* const DUMMY = &dummy_struct;
struct SetEntry { Object* key = nullptr; int64_t hash = 0; };

// The table, also used on its own for private copies (Snapshot) and sets under construction.
struct SetTable {
    std::vector<SetEntry> slots = std::vector<SetEntry>(MIN_SIZE);
    size_t fill = 0;        // live + dummy slots
    size_t used = 0;        // live slots: len(s)
    size_t finger = 0;      // where pop() looks next
    uint64_t generation = 0;  // changes when `slots` is rebuilt: a comparison's re-validation
    uint64_t version = 0;     // changes on every change at all: intersection_update's commit
    size_t mask() const { return slots.size() - 1; }
};

struct SetObject : Object {
    SetTable t;
    int64_t hash = -1;  // a frozenset's hash, once computed
};

static SetObject* as_set(Object* o) { return static_cast<SetObject*>(o); }
static bool is_frozen_type(TypeObject* t) { return t == &FrozenSet_Type || is_subtype(t, &FrozenSet_Type); }
bool is_anyset(Object* o) {
    TypeObject* t = type_of(o);
    return t == &Set_Type || t == &FrozenSet_Type || is_subtype(t, &Set_Type) || is_subtype(t, &FrozenSet_Type);
}
static bool is_mutable_set(Object* o) { return type_of(o) == &Set_Type || is_subtype(type_of(o), &Set_Type); }

// ───────────────────────────── hashing and comparing keys ─────────────────────────────

// hash(key), with CPython 3.14's wording when it fails: "cannot use 'list' as a set element
// (unhashable type: 'list')".
static int64_t key_hash(Object* key) {
    if (type_of(key) == &Str_Type) {
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
        raise_fmt(Exc_TypeError, "cannot use '%s' as a set element (%s)", type_name(key), why.c_str());
    }
}

static int64_t frozenset_hash_locked(SetObject* s);

// The hash used to look up a key in a set: a set key (unhashable) is looked up as the frozenset
// with the same items, so that `{1} in {frozenset({1})}` is True (CPython does the same).
static int64_t lookup_hash(Object* key) {
    try {
        return key_hash(key);
    } catch (PyError&) {
        if (!is_mutable_set(key)) throw;
        Obj e = fetch_exception();
        if (!exception_matches(e.get(), (Object*)Exc_TypeError)) raise(e.get());
        CriticalSection cs(key);
        return frozenset_hash_locked(as_set(key));
    }
}

// Is the key in this slot equal to `key`?  Identity and exact strs are decided here; anything
// else calls __eq__, which is Python code: the lock is dropped for it (cs may be null for a
// table no other code can reach).  *stale is set when the table changed meanwhile, so that the
// probe the caller was following is no longer valid.
static bool slot_matches(const SetTable& t, size_t i, Object* key, CriticalSection* cs, bool* stale) {
    Object* startkey = t.slots[i].key;
    if (startkey == key) return true;
    if (type_of(startkey) == &Str_Type && type_of(key) == &Str_Type) {
        auto* a = static_cast<StrObject*>(startkey);
        auto* b = static_cast<StrObject*>(key);
        return a->size == b->size && std::memcmp(a->data, b->data, a->size) == 0;
    }
    Obj hold = newref(startkey);  // the comparison may remove it from the set
    uint64_t generation = t.generation;
    if (cs) cs->suspend();
    bool eq;
    try {
        eq = richcompare_bool(startkey, key, CMP_EQ);
    } catch (PyError&) {
        if (cs) cs->resume();  // the caller's scope unlocks as the exception passes
        throw;
    }
    if (cs) cs->resume();
    *stale = t.generation != generation || t.slots[i].key != startkey;
    return eq;
}

// ───────────────────────────── the table ─────────────────────────────

// The slot holding key, or the empty slot that ends its probe (CPython's set_lookkey).
static size_t find_slot(const SetTable& t, Object* key, int64_t hash, CriticalSection* cs) {
restart:
    size_t mask = t.mask(), i = size_t(hash) & mask;
    uint64_t perturb = uint64_t(hash);
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = i;; j++) {
            const SetEntry& e = t.slots[j];
            if (e.hash == 0 && !e.key) return j;
            if (e.hash == hash) {
                bool stale = false;
                bool eq = slot_matches(t, j, key, cs, &stale);
                if (stale) goto restart;
                if (eq) return j;
            }
            if (probes-- == 0) break;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static bool table_contains(const SetTable& t, Object* key, int64_t hash, CriticalSection* cs = nullptr) {
    return t.slots[find_slot(t, key, hash, cs)].key != nullptr;
}

// Put a key known to be absent into a table without dummies (resize and copies).  No Python code.
static void insert_clean(std::vector<SetEntry>& slots, Object* key, int64_t hash) {
    size_t mask = slots.size() - 1, i = size_t(hash) & mask;
    uint64_t perturb = uint64_t(hash);
    for (;;) {
        if (!slots[i].key) break;
        if (i + LINEAR_PROBES <= mask) {
            size_t j = 1;
            while (j <= LINEAR_PROBES && slots[i + j].key) j++;
            if (j <= LINEAR_PROBES) { i += j; break; }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
    slots[i] = SetEntry{key, hash};
}

// Rebuild the table with the smallest power-of-two size above minused; dummies are dropped.
static void resize(SetTable& t, size_t minused) {
    size_t size = MIN_SIZE;
    while (size <= minused) size <<= 1;
    if (size == MIN_SIZE && t.slots.size() == MIN_SIZE && t.fill == t.used) return;  // nothing to gain
    std::vector<SetEntry> old(size);
    old.swap(t.slots);
    for (const SetEntry& e : old)
        if (e.key && e.key != DUMMY) insert_clean(t.slots, e.key, e.hash);
    t.fill = t.used;
    t.generation++;
    t.version++;
}

static size_t growth_target(const SetTable& t) { return t.used > 50000 ? t.used * 2 : t.used * 4; }

// Add key (CPython's set_add_entry); it takes a new reference.  Returns false when an equal key
// was there already.
static bool add_key(SetTable& t, Object* key, int64_t hash, CriticalSection* cs) {
restart:
    size_t mask = t.mask(), i = size_t(hash) & mask;
    uint64_t perturb = uint64_t(hash);
    int64_t freeslot = -1;  // the last dummy on the way: reused for the new key
    size_t j;
    for (;;) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (j = i;; j++) {
            const SetEntry& e = t.slots[j];
            if (e.hash == 0 && !e.key) goto found_unused_or_dummy;
            if (e.hash == hash) {
                bool stale = false;
                bool eq = slot_matches(t, j, key, cs, &stale);
                if (eq) return false;
                if (stale) goto restart;
            } else if (e.hash == -1) {
                freeslot = int64_t(j);
            }
            if (probes-- == 0) break;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    t.version++;
    if (freeslot >= 0) {
        if (t.slots[size_t(freeslot)].hash != -1) goto restart;  // taken while we compared
        incref(key);
        t.slots[size_t(freeslot)] = SetEntry{key, hash};
        t.used++;
        return true;
    }
    incref(key);
    t.slots[j] = SetEntry{key, hash};
    t.fill++;
    t.used++;
    if (t.fill * 5 >= mask * 3) resize(t, growth_target(t));
    return true;
}

// Take key out: returns the set's reference to it (the caller drops it after unlocking), or null.
static Object* discard_key(SetTable& t, Object* key, int64_t hash, CriticalSection* cs) {
    size_t j = find_slot(t, key, hash, cs);
    Object* old = t.slots[j].key;
    if (!old) return nullptr;
    t.slots[j] = SetEntry{DUMMY, -1};
    t.used--;
    t.version++;
    return old;
}

// Empty the table; the keys come back for the caller to drop after unlocking.
static std::vector<Object*> take_all(SetTable& t) {
    std::vector<Object*> keys;
    keys.reserve(t.used);
    for (const SetEntry& e : t.slots)
        if (e.key && e.key != DUMMY) keys.push_back(e.key);
    t.slots.assign(MIN_SIZE, SetEntry{});
    t.fill = t.used = 0;
    t.generation++;
    t.version++;
    return keys;
}

static void drop_keys(std::vector<Object*>& keys) { for (Object* k : keys) decref(k); keys.clear(); }

// ───────────────────────────── snapshots: the other operand ─────────────────────────────
//
// A private copy of another set's table (or of a dict's keys), made under that object's lock and
// holding a reference to each key.  Operations then read it without any lock.

struct Snapshot {
    SetTable t;
    Snapshot() = default;
    Snapshot(const Snapshot&) = delete;
    Snapshot& operator=(const Snapshot&) = delete;
    ~Snapshot() {
        for (const SetEntry& e : t.slots)
            if (e.key && e.key != DUMMY) decref(e.key);
    }
};

// Returns the set's version at the moment of the copy.
static uint64_t snapshot_set(Object* s, Snapshot& out) {
    CriticalSection cs(s);
    const SetTable& t = as_set(s)->t;
    out.t.slots = t.slots;
    out.t.fill = t.fill;
    out.t.used = t.used;
    for (const SetEntry& e : out.t.slots)
        if (e.key && e.key != DUMMY) incref(e.key);
    return t.version;
}

// A table holding the keys of a set (an exact copy), a dict or any iterable.
static void snapshot_any(Object* other, Snapshot& out) {
    if (is_anyset(other)) {
        snapshot_set(other, out);
    } else if (type_of(other) == &Dict_Type) {
        for (auto& [key, hash] : dict_keys_hashed(other)) add_key(out.t, key.get(), hash, nullptr);
    } else {
        Obj it = get_iter(other);
        while (Obj key = iter_next(it.get())) add_key(out.t, key.get(), key_hash(key.get()), nullptr);
    }
}

// Reading another set's keys: a frozenset's own table (it never changes once made, so no lock
// and no copy), or a private copy of a set's table.
struct TableView {
    Snapshot copy;
    const SetTable* t;
    explicit TableView(Object* s) : t(&copy.t) {
        if (is_frozen_type(type_of(s))) t = &as_set(s)->t;
        else snapshot_set(s, copy);
    }
};

static bool contains_key(Object* s, Object* key, int64_t hash);

template <class Fn>
static void for_each_entry(const SetTable& t, Fn fn) {
    for (const SetEntry& e : t.slots)
        if (e.key && e.key != DUMMY) fn(e.key, e.hash);
}

// Add every key of a snapshot to a table: CPython's set_merge, including its two shortcuts for
// an empty target (they decide where keys land, and so the order a program sees).
static void merge_into(SetTable& t, const SetTable& other, CriticalSection* cs) {
    if (other.used == 0) return;
    if ((t.fill + other.used) * 5 >= t.mask() * 3) resize(t, (t.used + other.used) * 2);
    t.version++;
    if (t.fill == 0 && t.mask() == other.mask() && other.fill == other.used) {
        for (size_t i = 0; i < other.slots.size(); i++) {
            if (other.slots[i].key) incref(other.slots[i].key);
            t.slots[i] = other.slots[i];
        }
        t.fill = t.used = other.used;
        return;
    }
    if (t.fill == 0) {
        for_each_entry(other, [&](Object* key, int64_t hash) { incref(key); insert_clean(t.slots, key, hash); });
        t.fill = t.used = other.used;
        return;
    }
    for_each_entry(other, [&](Object* key, int64_t hash) { add_key(t, key, hash, cs); });
}

// ───────────────────────────── the C++ API (minipy.h) ─────────────────────────────

static Obj alloc_set(TypeObject* type) { return alloc_object<SetObject>(type); }
Obj set_new() { return alloc_set(&Set_Type); }

void set_add(Object* s, Object* key) {
    int64_t hash = key_hash(key);
    CriticalSection cs(s);
    add_key(as_set(s)->t, key, hash, &cs);
}

// s.update(other) for one other: a set or dict is copied first and merged under s's lock in one
// step; any other iterable is added key by key (its iteration runs Python code).
void set_update(Object* s, Object* other) {
    if (other == s) return;
    if (is_anyset(other) || type_of(other) == &Dict_Type) {
        Snapshot snap;
        if (type_of(other) == &Dict_Type) {
            auto keys = dict_keys_hashed(other);
            CriticalSection cs(s);
            SetTable& t = as_set(s)->t;
            if ((t.fill + keys.size()) * 5 >= t.mask() * 3) resize(t, (t.used + keys.size()) * 2);
            for (auto& [key, hash] : keys) add_key(t, key.get(), hash, &cs);
            return;
        }
        snapshot_set(other, snap);
        CriticalSection cs(s);
        merge_into(as_set(s)->t, snap.t, &cs);
        return;
    }
    Obj it = get_iter(other);
    while (Obj key = iter_next(it.get())) set_add(s, key.get());
}

size_t set_size(Object* s) {
    CriticalSection cs(s);
    return as_set(s)->t.used;
}

// A new set or frozenset of the base type of `like` (set for set subclasses, as CPython's
// make_new_set_basetype), holding a copy of snapshot `from`.
static Obj new_like(Object* like, const SetTable* from = nullptr) {
    Obj r = alloc_set(is_frozen_type(type_of(like)) ? &FrozenSet_Type : &Set_Type);
    if (from) merge_into(as_set(r.get())->t, *from, nullptr);
    return r;
}

static Obj copy_of(Object* s) {
    Snapshot snap;
    snapshot_set(s, snap);
    return new_like(s, &snap.t);
}

// ───────────────────────────── the operations ─────────────────────────────

// a & other (CPython's set_intersection), where `a` is a private copy of a set's table.  With
// a set: walk the smaller of the two, keeping what the larger has (one locked lookup per key, so
// the cost is that of the smaller set).  With any other iterable: keep its items that are in a,
// stopping once all of a was found.  The result has like's base type.
static Obj intersection_of(const SetTable& a, Object* like, Object* other) {
    Obj result = new_like(like);
    SetTable& r = as_set(result.get())->t;
    if (is_anyset(other)) {
        if (set_size(other) > a.used) {
            for_each_entry(a, [&](Object* key, int64_t hash) {
                if (contains_key(other, key, hash)) add_key(r, key, hash, nullptr);
            });
        } else {
            TableView b(other);
            for_each_entry(*b.t, [&](Object* key, int64_t hash) {
                if (table_contains(a, key, hash)) add_key(r, key, hash, nullptr);
            });
        }
        return result;
    }
    Obj it = get_iter(other);
    while (Obj key = iter_next(it.get())) {
        int64_t hash = key_hash(key.get());
        if (!table_contains(a, key.get(), hash)) continue;
        add_key(r, key.get(), hash, nullptr);
        if (r.used >= a.used) break;
    }
    return result;
}

static Obj intersection(Object* s, Object* other) {
    if (other == s) return copy_of(s);
    if (is_anyset(other) && set_size(other) <= set_size(s)) {  // walk other, look up in s
        Obj result = new_like(s);
        SetTable& r = as_set(result.get())->t;
        TableView b(other);
        for_each_entry(*b.t, [&](Object* key, int64_t hash) {
            if (contains_key(s, key, hash)) add_key(r, key, hash, nullptr);
        });
        return result;
    }
    TableView a(s);
    return intersection_of(*a.t, s, other);
}

// s &= o1 & o2 ...: the intersection is computed from a copy of s (its comparisons may run
// Python code), then committed under s's lock.  If nobody changed s meanwhile, s takes the new
// table (the layout CPython's set_swap_bodies gives).  Otherwise only the keys of the copy that
// did not survive are removed, so a key another thread added meanwhile is kept: its add simply
// counts as coming after this update.  Either way no update is lost.
static void intersection_update(Object* s, Object* const* others, size_t n) {
    Snapshot a;
    uint64_t seen = snapshot_set(s, a);
    Obj r = n ? intersection_of(a.t, s, others[0]) : copy_of(s);
    for (size_t i = 1; i < n; i++) r = intersection(r.get(), others[i]);
    SetTable& fresh = as_set(r.get())->t;
    std::vector<Object*> removed;
    {
        CriticalSection cs(s);
        SetTable& t = as_set(s)->t;
        if (t.version == seen) {
            removed = take_all(t);
            uint64_t generation = t.generation, version = t.version;
            std::swap(t, fresh);
            t.generation = generation + 1;
            t.version = version + 1;
        } else {
            for_each_entry(a.t, [&](Object* key, int64_t hash) {
                if (!table_contains(fresh, key, hash))
                    if (Object* old = discard_key(t, key, hash, &cs)) removed.push_back(old);
            });
        }
    }
    drop_keys(removed);
}

// s -= other, under s's lock for a set or dict operand (CPython's set_difference_update_internal).
static void difference_update(Object* s, Object* other) {
    std::vector<Object*> removed;
    if (other == s) {
        { CriticalSection cs(s); removed = take_all(as_set(s)->t); }
        drop_keys(removed);
        return;
    }
    auto tidy = [](SetTable& t) {  // more than 1/4 dummies: rebuild without them
        if (t.fill - t.used > t.mask() / 4) resize(t, growth_target(t));
    };
    if (is_anyset(other) || type_of(other) == &Dict_Type) {
        Snapshot snap;
        if (is_anyset(other) && (set_size(other) >> 3) > set_size(s)) {
            Obj common = intersection(s, other);  // much smaller: only these can be removed
            snapshot_set(common.get(), snap);
        } else {
            snapshot_any(other, snap);
        }
        {
            CriticalSection cs(s);
            SetTable& t = as_set(s)->t;
            for_each_entry(snap.t, [&](Object* key, int64_t hash) {
                if (Object* old = discard_key(t, key, hash, &cs)) removed.push_back(old);
            });
            tidy(t);
        }
        drop_keys(removed);
        return;
    }
    Obj it = get_iter(other);
    while (Obj key = iter_next(it.get())) {
        int64_t hash = key_hash(key.get());
        CriticalSection cs(s);
        if (Object* old = discard_key(as_set(s)->t, key.get(), hash, &cs)) removed.push_back(old);
    }
    {
        CriticalSection cs(s);
        tidy(as_set(s)->t);
    }
    drop_keys(removed);
}

// s - other (CPython's set_difference): copy-then-remove when s is much larger than other.
static Obj difference(Object* s, Object* other) {
    bool sized = is_anyset(other) || type_of(other) == &Dict_Type;
    size_t other_size = !sized ? 0 : is_anyset(other) ? set_size(other) : dict_size(other);
    if (!sized || (set_size(s) >> 2) > other_size) {
        Obj r = copy_of(s);
        difference_update(r.get(), other);
        return r;
    }
    TableView a(s);
    Obj result = new_like(s);
    SetTable& r = as_set(result.get())->t;
    bool dict = type_of(other) == &Dict_Type;
    for_each_entry(*a.t, [&](Object* key, int64_t hash) {
        bool in_other = dict ? bool(dict_get(other, key)) : contains_key(other, key, hash);
        if (!in_other) add_key(r, key, hash, nullptr);
    });
    return result;
}

// s ^= other: each key of other is removed if present, else added (one locked step).
static void symmetric_difference_update(Object* s, Object* other) {
    std::vector<Object*> removed;
    if (other == s) {
        { CriticalSection cs(s); removed = take_all(as_set(s)->t); }
        drop_keys(removed);
        return;
    }
    // A dict's keys are taken in the dict's order; an iterable's become a set first (CPython).
    std::vector<std::pair<Obj, int64_t>> keys;
    if (type_of(other) == &Dict_Type) {
        keys = dict_keys_hashed(other);
    } else {
        Snapshot snap;
        snapshot_any(other, snap);
        for_each_entry(snap.t, [&](Object* key, int64_t hash) { keys.emplace_back(newref(key), hash); });
    }
    {
        CriticalSection cs(s);
        SetTable& t = as_set(s)->t;
        for (auto& [key, hash] : keys) {
            if (Object* old = discard_key(t, key.get(), hash, &cs)) removed.push_back(old);
            else add_key(t, key.get(), hash, &cs);
        }
    }
    drop_keys(removed);
}

// s ^ other (CPython's set_symmetric_difference): other's keys first, then toggle s's keys.
static Obj symmetric_difference(Object* s, Object* other) {
    Obj result = new_like(s);
    set_update(result.get(), other);  // private: nobody else can see it yet
    Snapshot a;
    snapshot_set(s, a);
    SetTable& r = as_set(result.get())->t;
    std::vector<Object*> removed;
    for_each_entry(a.t, [&](Object* key, int64_t hash) {
        if (Object* old = discard_key(r, key, hash, nullptr)) removed.push_back(old);
        else add_key(r, key, hash, nullptr);
    });
    drop_keys(removed);
    return result;
}

static bool issubset(Object* s, Object* other) {
    if (!is_anyset(other)) {
        Obj common = intersection(s, other);
        return set_size(common.get()) == set_size(s);
    }
    TableView a(s);
    if (a.t->used > set_size(other)) return false;
    bool all = true;
    for_each_entry(*a.t, [&](Object* key, int64_t hash) { all = all && contains_key(other, key, hash); });
    return all;
}

// key in s, as one locked lookup (a frozenset needs no lock: it never changes once made).
static bool contains_key(Object* s, Object* key, int64_t hash) {
    if (is_frozen_type(type_of(s))) return table_contains(as_set(s)->t, key, hash);
    CriticalSection cs(s);
    return table_contains(as_set(s)->t, key, hash, &cs);
}

static bool issuperset(Object* s, Object* other) {
    if (is_anyset(other)) return issubset(other, s);
    Obj it = get_iter(other);
    while (Obj key = iter_next(it.get()))
        if (!contains_key(s, key.get(), key_hash(key.get()))) return false;
    return true;
}

static bool isdisjoint(Object* s, Object* other) {
    if (other == s) return set_size(s) == 0;
    if (type_of(other) == &Set_Type || type_of(other) == &FrozenSet_Type) {
        Object *small = s, *big = other;
        if (set_size(other) < set_size(s)) std::swap(small, big);
        TableView a(small);
        bool none = true;
        for_each_entry(*a.t, [&](Object* key, int64_t hash) { none = none && !contains_key(big, key, hash); });
        return none;
    }
    Obj it = get_iter(other);
    while (Obj key = iter_next(it.get()))
        if (contains_key(s, key.get(), key_hash(key.get()))) return false;
    return true;
}

// ───────────────────────────── slots ─────────────────────────────

static void set_dealloc(Object* o) {
    for_each_entry(as_set(o)->t, [](Object* key, int64_t) { decref(key); });
    dealloc_as<SetObject>(o);
}

// {1, 2} / set() / frozenset({1, 2}) / MySet({1, 2}); "set(...)" when the set's repr is already
// being built further up (an item whose repr shows the set).
static Obj set_repr(Object* o) {
    const char* name = type_name(o);
    ReprEnter enter(o);
    if (enter.recursive) return str_new(std::string(name) + "(...)");
    std::vector<Obj> keys;
    {
        CriticalSection cs(o);
        for_each_entry(as_set(o)->t, [&](Object* key, int64_t) { keys.push_back(newref(key)); });
    }
    bool plain = type_of(o) == &Set_Type;
    if (keys.empty()) return str_new(std::string(name) + "()");
    RecursionGuard guard(" while getting the repr of an object");
    std::string out = plain ? "{" : std::string(name) + "({";
    for (size_t i = 0; i < keys.size(); i++) {
        if (i) out += ", ";
        out += repr_string(keys[i].get());
    }
    out += plain ? "}" : "})";
    return str_new(out);
}

static int64_t set_len(Object* o) { return int64_t(set_size(o)); }
static int set_truth(Object* o) { return set_size(o) != 0; }
static int set_contains(Object* o, Object* key) { return contains_key(o, key, lookup_hash(key)); }
static int64_t set_unhashable(Object* o) { raise_fmt(Exc_TypeError, "unhashable type: '%s'", type_name(o)); }

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

// CPython's frozenset hash: an xor of every slot's shuffled hash (so the order does not matter),
// with the empty and dummy slots' share taken out again, then mixed with the size.
static int64_t frozenset_hash_locked(SetObject* s) {
    const SetTable& t = s->t;
    uint64_t h = 0;
    for (const SetEntry& e : t.slots) h ^= shuffle_bits(uint64_t(e.hash));
    if ((t.slots.size() - t.fill) & 1) h ^= shuffle_bits(0);
    if ((t.fill - t.used) & 1) h ^= shuffle_bits(uint64_t(-1));
    h ^= (uint64_t(t.used) + 1) * 1927868237ull;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923ull;
    if (h == uint64_t(-1)) h = 590923713ull;
    return int64_t(h);
}

static int64_t frozenset_hash(Object* o) {
    CriticalSection cs(o);
    SetObject* s = as_set(o);
    if (s->hash == -1) s->hash = frozenset_hash_locked(s);
    return s->hash;
}

static Obj set_richcompare(Object* a, Object* b, int op) {
    if (!is_anyset(b)) return newref(Py_NotImplemented);
    size_t na = set_size(a), nb = set_size(b);
    switch (op) {
    case CMP_EQ: case CMP_NE: {
        bool eq = na == nb && issubset(a, b);
        return bool_ref(op == CMP_EQ ? eq : !eq);
    }
    case CMP_LE: return bool_ref(issubset(a, b));
    case CMP_GE: return bool_ref(issuperset(a, b));
    case CMP_LT: return bool_ref(na < nb && issubset(a, b));
    case CMP_GT: return bool_ref(na > nb && issuperset(a, b));
    }
    return newref(Py_NotImplemented);
}

// a | b, a & b, a - b, a ^ b: both operands must be sets or frozensets.
static Obj set_binary(Object* a, Object* b, int op) {
    if (!is_anyset(a) || !is_anyset(b)) return newref(Py_NotImplemented);
    switch (op) {
    case NB_OR: { Obj r = copy_of(a); if (b != a) set_update(r.get(), b); return r; }
    case NB_AND: return intersection(a, b);
    case NB_SUBTRACT: return difference(a, b);
    case NB_XOR: return symmetric_difference(a, b);
    }
    return newref(Py_NotImplemented);
}

// a |= b ...: in place, for set only (a frozenset's `|=` rebinds the name to a | b).
static Obj set_inplace(Object* a, Object* b, int op) {
    if (!is_anyset(b)) return newref(Py_NotImplemented);
    switch (op) {
    case NB_OR: set_update(a, b); break;
    case NB_AND: intersection_update(a, &b, 1); break;
    case NB_SUBTRACT: difference_update(a, b); break;
    case NB_XOR: symmetric_difference_update(a, b); break;
    default: return newref(Py_NotImplemented);
    }
    return newref(a);
}

// s |= other (and &=, -=, ^=) for any iterable other: what the dict views' operators use.
void set_inplace_op(Object* s, Object* other, int op) {
    switch (op) {
    case NB_OR: set_update(s, other); break;
    case NB_AND: intersection_update(s, &other, 1); break;
    case NB_SUBTRACT: difference_update(s, other); break;
    case NB_XOR: symmetric_difference_update(s, other); break;
    }
}

// ───────────────────────────── construction ─────────────────────────────

static Obj set_new_slot(TypeObject* type, Object* const*, size_t, Object*) { return alloc_set(type); }

// set.__init__(iterable=(), /): clears, then updates.
static void set_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwcount(kwnames) && type_of(self) == &Set_Type) raise_msg(Exc_TypeError, "set() takes no keyword arguments");
    if (nargs > 1) raise_fmt(Exc_TypeError, "set expected at most 1 argument, got %zu", nargs);
    std::vector<Object*> old;
    {
        CriticalSection cs(self);
        if (as_set(self)->t.used) old = take_all(as_set(self)->t);
    }
    drop_keys(old);
    if (nargs == 1) set_update(self, args[0]);
}

// frozenset(iterable=(), /): filled here, since a frozenset cannot change after it is made.
static Obj frozenset_new_slot(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwcount(kwnames) && type == &FrozenSet_Type) raise_msg(Exc_TypeError, "frozenset() takes no keyword arguments");
    if (nargs > 1) raise_fmt(Exc_TypeError, "%s expected at most 1 argument, got %zu", type->name.c_str(), nargs);
    if (type == &FrozenSet_Type && nargs == 1 && type_of(args[0]) == &FrozenSet_Type) return newref(args[0]);
    Obj s = alloc_set(type);
    if (nargs == 1) set_update(s.get(), args[0]);
    return s;
}

Obj frozenset_from(Object* iterable) {
    Obj s = alloc_set(&FrozenSet_Type);
    set_update(s.get(), iterable);
    return s;
}

// ───────────────────────────── the iterator ─────────────────────────────
//
// Its position, and the size it expects, are read and moved under the set's lock, so even an
// iterator shared by two threads stays consistent.  It keeps its set until it is freed.

struct SetIterObject : Object {
    Object* set = nullptr;   // owned
    size_t pos = 0;
    size_t expected = 0;     // len(set) when iteration began; SIZE_MAX once the size changed
    bool done = false;
};

static void setiter_dealloc(Object* o) {
    decref(static_cast<SetIterObject*>(o)->set);
    dealloc_as<SetIterObject>(o);
}

static Obj set_iter(Object* o) {
    auto it = alloc_object<SetIterObject>(&SetIter_Type);
    it->set = newref(o).release();
    it->expected = set_size(o);
    return it;
}

static Obj setiter_next(Object* o) {
    auto* it = static_cast<SetIterObject*>(o);
    CriticalSection cs(it->set);
    if (it->done) return nullptr;
    SetTable& t = as_set(it->set)->t;
    if (t.used != it->expected) {
        it->expected = SIZE_MAX;  // sticky, as in CPython
        cs.suspend();
        raise_msg(Exc_RuntimeError, "Set changed size during iteration");
    }
    while (it->pos < t.slots.size()) {
        const SetEntry& e = t.slots[it->pos++];
        if (e.key && e.key != DUMMY) return newref(e.key);
    }
    it->done = true;
    return nullptr;
}

// ───────────────────────────── methods ─────────────────────────────

static Obj none() { return newref(Py_None); }

static Obj m_add(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("set.add", nargs, kwnames);
    set_add(self, args[0]);
    return none();
}

static Obj m_clear(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("set.clear", nargs, kwnames);
    std::vector<Object*> old;
    { CriticalSection cs(self); old = take_all(as_set(self)->t); }
    drop_keys(old);
    return none();
}

static Obj m_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args(is_frozen_type(type_of(self)) ? "frozenset.copy" : "set.copy", nargs, kwnames);
    if (type_of(self) == &FrozenSet_Type) return newref(self);
    return copy_of(self);
}

// remove(key) raises KeyError when absent; discard(key) does not.
static Obj remove_or_discard(Object* self, Object* key, bool must_exist) {
    int64_t hash = lookup_hash(key);
    Object* old;
    {
        CriticalSection cs(self);
        old = discard_key(as_set(self)->t, key, hash, &cs);
    }
    if (!old) {
        if (!must_exist) return none();
        Obj exc = call1((Object*)Exc_KeyError, key);
        raise(exc.get());
    }
    decref(old);
    return none();
}

static Obj m_remove(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("set.remove", nargs, kwnames);
    return remove_or_discard(self, args[0], true);
}

static Obj m_discard(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("set.discard", nargs, kwnames);
    return remove_or_discard(self, args[0], false);
}

// pop(): an arbitrary key, taken from where the last pop stopped (CPython's "finger").
static Obj m_pop(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("set.pop", nargs, kwnames);
    CriticalSection cs(self);
    SetTable& t = as_set(self)->t;
    if (t.used == 0) {
        cs.suspend();
        Obj msg = str_new("pop from an empty set");
        Obj exc = call1((Object*)Exc_KeyError, msg.get());
        raise(exc.get());
    }
    size_t i = t.finger & t.mask();
    while (!t.slots[i].key || t.slots[i].key == DUMMY) i = (i + 1) & t.mask();
    Object* key = t.slots[i].key;
    t.slots[i] = SetEntry{DUMMY, -1};
    t.used--;
    t.finger = i + 1;
    return Obj::steal(key);
}

static Obj m_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("set.update", kwnames);
    for (size_t i = 0; i < nargs; i++) set_update(self, args[i]);
    return none();
}

static Obj m_union(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs(is_frozen_type(type_of(self)) ? "frozenset.union" : "set.union", kwnames);
    Obj r = copy_of(self);
    for (size_t i = 0; i < nargs; i++)
        if (args[i] != self) set_update(r.get(), args[i]);
    return r;
}

static Obj m_intersection(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs(is_frozen_type(type_of(self)) ? "frozenset.intersection" : "set.intersection", kwnames);
    Obj r = nargs ? intersection(self, args[0]) : copy_of(self);
    for (size_t i = 1; i < nargs; i++) r = intersection(r.get(), args[i]);
    return r;
}

static Obj m_intersection_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("set.intersection_update", kwnames);
    intersection_update(self, args, nargs);
    return none();
}

static Obj m_difference(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs(is_frozen_type(type_of(self)) ? "frozenset.difference" : "set.difference", kwnames);
    if (nargs == 0) return copy_of(self);
    Obj r = difference(self, args[0]);
    for (size_t i = 1; i < nargs; i++) difference_update(r.get(), args[i]);
    return r;
}

static Obj m_difference_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("set.difference_update", kwnames);
    for (size_t i = 0; i < nargs; i++) difference_update(self, args[i]);
    return none();
}

static Obj m_symmetric_difference(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg(is_frozen_type(type_of(self)) ? "frozenset.symmetric_difference" : "set.symmetric_difference", nargs, kwnames);
    return symmetric_difference(self, args[0]);
}

static Obj m_symmetric_difference_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("set.symmetric_difference_update", nargs, kwnames);
    symmetric_difference_update(self, args[0]);
    return none();
}

static Obj m_issubset(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg(is_frozen_type(type_of(self)) ? "frozenset.issubset" : "set.issubset", nargs, kwnames);
    return bool_ref(issubset(self, args[0]));
}

static Obj m_issuperset(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg(is_frozen_type(type_of(self)) ? "frozenset.issuperset" : "set.issuperset", nargs, kwnames);
    return bool_ref(issuperset(self, args[0]));
}

static Obj m_isdisjoint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg(is_frozen_type(type_of(self)) ? "frozenset.isdisjoint" : "set.isdisjoint", nargs, kwnames);
    return bool_ref(isdisjoint(self, args[0]));
}

static Obj m_contains(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("__contains__", nargs, kwnames);
    return bool_ref(set_contains(self, args[0]));
}

// ───────────────────────────── init ─────────────────────────────

static void fill_common_slots(TypeObject* t) {
    t->dealloc = set_dealloc;
    t->repr = set_repr;
    t->richcompare = set_richcompare;
    t->len = set_len;
    t->truth = set_truth;
    t->contains = set_contains;
    t->iter = set_iter;
    t->binary = set_binary;
}

void init_set() {
    fill_common_slots(&Set_Type);
    Set_Type.hash = set_unhashable;
    Set_Type.inplace = set_inplace;
    Set_Type.new_ = set_new_slot;
    Set_Type.init = set_init;
    type_ready(&Set_Type, "set", &Object_Type, sizeof(SetObject));
    Set_Type.flags |= TPF_BASETYPE;
    add_methods(&Set_Type, {
        {"add", m_add, "Add an element to a set."},
        {"clear", m_clear, "Remove all elements from this set."},
        {"copy", m_copy, "Return a shallow copy of a set."},
        {"discard", m_discard, "Remove an element from a set if it is a member."},
        {"difference", m_difference, "Return a new set with elements in the set that are not in the others."},
        {"difference_update", m_difference_update, "Update the set, removing elements found in others."},
        {"intersection", m_intersection, "Return a new set with elements common to the set and all others."},
        {"intersection_update", m_intersection_update, "Update the set, keeping only elements found in it and all others."},
        {"isdisjoint", m_isdisjoint, "Return True if two sets have a null intersection."},
        {"issubset", m_issubset, "Report whether another set contains this set."},
        {"issuperset", m_issuperset, "Report whether this set contains another set."},
        {"pop", m_pop, "Remove and return an arbitrary set element."},
        {"remove", m_remove, "Remove an element from a set; it must be a member."},
        {"symmetric_difference", m_symmetric_difference, "Return a new set with elements in either the set or other but not both."},
        {"symmetric_difference_update", m_symmetric_difference_update, "Update the set, keeping only elements found in either set, but not in both."},
        {"union", m_union, "Return a new set with elements from the set and all others."},
        {"update", m_update, "Update the set, adding elements from all others."},
        {"__contains__", m_contains, "x.__contains__(y) <==> y in x."},
    });
    add_attr(&Set_Type, "__hash__", Py_None);

    fill_common_slots(&FrozenSet_Type);
    FrozenSet_Type.hash = frozenset_hash;
    FrozenSet_Type.new_ = frozenset_new_slot;
    type_ready(&FrozenSet_Type, "frozenset", &Object_Type, sizeof(SetObject));
    FrozenSet_Type.flags |= TPF_BASETYPE;
    add_methods(&FrozenSet_Type, {
        {"copy", m_copy, "Return a shallow copy of a set."},
        {"difference", m_difference, "Return a new set with elements in the set that are not in the others."},
        {"intersection", m_intersection, "Return a new set with elements common to the set and all others."},
        {"isdisjoint", m_isdisjoint, "Return True if two sets have a null intersection."},
        {"issubset", m_issubset, "Report whether another set contains this set."},
        {"issuperset", m_issuperset, "Report whether this set contains another set."},
        {"symmetric_difference", m_symmetric_difference, "Return a new set with elements in either the set or other but not both."},
        {"union", m_union, "Return a new set with elements from the set and all others."},
        {"__contains__", m_contains, "x.__contains__(y) <==> y in x."},
    });

    SetIter_Type.dealloc = setiter_dealloc;
    SetIter_Type.iter = iter_self;
    SetIter_Type.iternext = setiter_next;
    type_ready(&SetIter_Type, "set_iterator", &Object_Type, sizeof(SetIterObject));
}
