// specialize.cpp — inline caches for attribute access: `self.x`, `self.m()`, `mod.f`, `self.x = v`.
//
// Why.  The general attribute lookup (generic_getattr, typeobject.cpp) does real work on every
// `self.x`: find the class attribute named x along the MRO (is it a data descriptor such as a
// property, which would win over the instance?), then probe the instance's __dict__ hash table.
// Yet one LOAD_ATTR instruction in a loop sees the same kind of object almost every time, and
// instances of one class get their attributes in the same order (the same __init__ ran), so
// `x` sits at the same position of every instance's dict.  CPython 3.11's "specializing
// adaptive interpreter" (Python/specialize.c) exploits exactly that; this file is its smallest
// form: each LOAD_ATTR/STORE_ATTR instruction owns one AttrCache entry (specialize.h) that
// remembers what the last general lookup found, and checks cheaply that it still holds.
//
// What an entry remembers, and why a hit is the same answer the general path would give:
//   ATTR_INSTANCE  (type, epoch, index).  Same exact type and the class-attribute epoch
//                  unchanged (attrcache.cpp: any change to any class dict bumps it) ⇒ the class
//                  side of the lookup is unchanged: still no data descriptor named x, still
//                  generic_getattr.  Then the instance dict decides; entry `index` holding the
//                  very same interned name object proves x is there, with that value.
//   ATTR_METHOD    (type, epoch, descriptor).  Same reasoning for the class side; the descriptor
//                  is borrowed from the class dict, which cannot have changed.  The instance
//                  dict must still not shadow the name: one probe of it, no class lookup.
//   ATTR_MODULE    (index).  A module looks in its own dict first (module_getattro), so entry
//                  `index` holding the name is the answer.
//   ATTR_STORE_INSTANCE (type, epoch, index).  No data descriptor (the epoch), generic_setattr
//                  (the type): the value goes into the instance dict; in place when entry
//                  `index` holds the name, else by an ordinary insert (every __init__).
// Anything else (properties, __getattr__, classes, slots...) is left to the general path.
//
// Threads.  The entries are written and read with no synchronisation at all, so they are used
// only while one thread exists (`multithreaded` false, threads.cpp), like the one-thread class
// cache in typeobject.cpp.  A cache hit runs no Python code, so no thread can start during one.
// (CPython 3.14 makes its specializations thread-safe; that is a later step here.)
//
// Comes in: LOAD_ATTR / STORE_ATTR (vm.cpp) after a miss.  Goes out: a filled entry.
// Read next: specialize.h (the hit paths), attrcache.cpp (the epoch), dict.cpp.
#include "specialize.h"

AttrCache* attr_cache_for(CodeObject* co) {
    if (!co->attr_cache) co->attr_cache = new AttrCache[co->code.size() ? co->code.size() : 1]();
    return co->attr_cache;
}

void free_attr_cache(CodeObject* co) {
    delete[] co->attr_cache;
    co->attr_cache = nullptr;
}

// The instance's dict, if its type keeps it at a fixed offset (not after a str/tuple/bytes
// subclass's variable-size data); *has_slot is false when there is no such fixed slot.
static Object* fixed_instance_dict(Object* o, bool* has_slot) {
    TypeObject* t = type_of(o);
    constexpr uint32_t variable = TPF_TUPLE_SUBCLASS | TPF_STR_SUBCLASS | TPF_BYTES_SUBCLASS;
    *has_slot = t->dictoffset && !((t->flags & TPF_HEAPTYPE) && (t->flags & variable));
    return *has_slot ? *reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + t->dictoffset) : nullptr;
}

void specialize_load_attr(AttrCache& c, Object* owner, Object* name, bool method) {
    TypeObject* tp = type_of(owner);
    AttrCache fresh{tp, type_cache_epoch(), nullptr, 0, ATTR_UNCACHEABLE};
    if (tp == &Module_Type) {
        int64_t ix = dict_find_interned(static_cast<ModuleObject*>(owner)->dict, name);
        if (ix >= 0) fresh.kind = ATTR_MODULE, fresh.index = uint32_t(ix);
    } else if (tp->getattro == generic_getattr) {
        Obj descr = lookup_type_attr(tp, name);
        TypeObject* dt = descr ? type_of(descr.get()) : nullptr;
        bool has_slot;
        Object* dict = fixed_instance_dict(owner, &has_slot);
        bool plain_method = dt == &Function_Type || dt == &MethodDescr_Type;
        if (method && plain_method && (has_slot || !tp->dictoffset)) {
            if (!dict || dict_find_interned(dict, name) == -1) fresh.kind = ATTR_METHOD, fresh.value = descr.get();
        } else if (!method && !(dt && dt->descr_get && dt->descr_set) && dict) {
            int64_t ix = dict_find_interned(dict, name);
            if (ix >= 0) fresh.kind = ATTR_INSTANCE, fresh.index = uint32_t(ix);
        }
    }
    if (!multithreaded.load(std::memory_order_relaxed)) c = fresh;  // (a lookup never starts a thread; be sure)
}

void specialize_store_attr(AttrCache& c, Object* owner, Object* name) {
    TypeObject* tp = type_of(owner);
    AttrCache fresh{tp, type_cache_epoch(), nullptr, 0, ATTR_UNCACHEABLE};
    if (tp->setattro == generic_setattr) {
        Obj descr = lookup_type_attr(tp, name);
        bool has_slot;
        Object* dict = fixed_instance_dict(owner, &has_slot);
        if (!(descr && type_of(descr.get())->descr_set) && dict) {
            int64_t ix = dict_find_interned(dict, name);
            if (ix >= 0) fresh.kind = ATTR_STORE_INSTANCE, fresh.index = uint32_t(ix);
        }
    }
    if (!multithreaded.load(std::memory_order_relaxed)) c = fresh;
}
