// specialize.h — the attribute inline caches' hit paths, inlined into the eval loop.
//
// What this does: LOAD_ATTR and STORE_ATTR look into the cache entry of their own instruction
// (specialize.cpp explains what an entry remembers and why a hit is correct).  A hit returns
// the attribute without a single hash-table probe of the class; a miss returns null and the
// instruction takes its general path, which then refills the entry.
//
// Comes in: the entry, the receiver, the attribute name.  Goes out: a borrowed value, or null.
// Only consulted while one thread exists (`multithreaded` is false): the entries are plain
// memory that the filling thread writes without any synchronisation.
// Read next: specialize.cpp.
#pragma once
#include "minipy.h"

enum AttrCacheKind : uint8_t {
    ATTR_EMPTY = 0,      // never filled, or the last fill found nothing to remember
    ATTR_INSTANCE,       // obj.x: the value is entry `index` of the instance's __dict__
    ATTR_METHOD,         // obj.m(...): `value` is a function/method descriptor on the class
    ATTR_MODULE,         // mod.x: the value is entry `index` of the module's dict
    ATTR_STORE_INSTANCE, // obj.x = v: into the instance's __dict__ (in place at entry `index` if there)
    ATTR_UNCACHEABLE,    // (type, epoch) seen and judged not cacheable: don't analyse again
};

struct AttrCache {
    TypeObject* type;    // the receiver's exact type when filled
    uint64_t epoch;      // type_cache_epoch() when filled: no class dict changed since
    Object* value;       // ATTR_METHOD: the descriptor, borrowed from the class dict
    uint32_t index;      // ATTR_INSTANCE / _MODULE / _STORE_INSTANCE: the dict entry's position
    uint8_t kind;
};

AttrCache* attr_cache_for(CodeObject* co);  // allocated on first use (specialize.cpp)
void specialize_load_attr(AttrCache& c, Object* owner, Object* name, bool method);
void specialize_store_attr(AttrCache& c, Object* owner, Object* name);

// The value of entry ix of dict d if that entry still holds `name` (borrowed), else null.
inline Object* dict_value_at(Object* d, uint32_t ix, Object* name) {
    auto* dict = static_cast<DictObject*>(d);
    if (ix >= dict->entries.size() || dict->entries[ix].key != name) return nullptr;
    return dict->entries[ix].value;
}

// The receiver's __dict__ slot, at the fixed offset of the cached type (fills check it is fixed).
inline Object*& instance_dict_at(const AttrCache& c, Object* owner) {
    return *reinterpret_cast<Object**>(reinterpret_cast<char*>(owner) + c.type->dictoffset);
}

inline bool attr_cache_valid(const AttrCache& c, Object* owner) {
    return c.type == type_of(owner) && c.epoch == type_cache_epoch();
}

// obj.x, mod.x: the cached value (borrowed), or null.
inline Object* attr_cache_load(const AttrCache& c, Object* owner, Object* name) {
    if (c.kind == ATTR_INSTANCE && attr_cache_valid(c, owner)) {
        Object* dict = instance_dict_at(c, owner);
        return dict ? dict_value_at(dict, c.index, name) : nullptr;
    }
    if (c.kind == ATTR_MODULE && type_of(owner) == &Module_Type)
        return dict_value_at(static_cast<ModuleObject*>(owner)->dict, c.index, name);
    return nullptr;
}

// obj.m(...): the unbound function to call with obj as self (borrowed), or null.
inline Object* attr_cache_method(const AttrCache& c, Object* owner, Object* name) {
    if (c.kind != ATTR_METHOD || !attr_cache_valid(c, owner)) return nullptr;
    if (c.type->dictoffset) {  // the instance's own dict must not shadow the method
        Object* dict = instance_dict_at(c, owner);
        if (dict && dict_find_interned(dict, name) != -1) return nullptr;
    }
    return c.value;
}

// obj.x = v: true if v (whose reference is taken over) went into the instance's dict: in place
// at the cached position if the name is there, else (a new attribute, as in __init__) by an
// ordinary dict store — the class side needs no second look either way.
inline bool attr_cache_store(const AttrCache& c, Object* owner, Object* name, Object* v) {
    if (c.kind != ATTR_STORE_INSTANCE || !attr_cache_valid(c, owner)) return false;
    Object*& dict = instance_dict_at(c, owner);
    if (dict && dict_store_at(dict, c.index, name, v)) return true;
    if (!dict) dict = dict_new().release();
    dict_set(dict, name, v);
    decref(v);
    return true;
}

// LOAD_GLOBAL's cache (attrcache.cpp), here because the JIT's stencil reads an entry directly.
struct SeqLock {
    std::atomic<uint32_t> seq{0};
    // Writer: false if another writer is at work (then simply do not cache).
    bool begin_write(uint32_t* s) {
        *s = seq.load(std::memory_order_relaxed);
        return !(*s & 1) && seq.compare_exchange_strong(*s, *s + 1, std::memory_order_acquire);
    }
    void end_write(uint32_t s) { seq.store(s + 2, std::memory_order_release); }
    uint32_t begin_read() const { return seq.load(std::memory_order_acquire); }
    bool still_valid(uint32_t s) const {
        std::atomic_thread_fence(std::memory_order_acquire);
        return !(s & 1) && seq.load(std::memory_order_relaxed) == s;
    }
};

struct GlobalCacheEntry {
    SeqLock lock;
    std::atomic<Object*> globals{nullptr}, builtins{nullptr};
    std::atomic<uint64_t> globals_version{0}, builtins_version{0};
    std::atomic<Object*> value{nullptr};
};
GlobalCacheEntry* global_cache(CodeObject* co);  // one entry per co_names[i], made on first use
