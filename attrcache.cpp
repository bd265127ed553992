// attrcache.cpp — lock-free caches for the two lookups every thread makes all the time:
// global names (LOAD_GLOBAL) and attributes found on a class (method calls, __init__).
//
// Why they exist.  A dict lookup takes the dict's ob_mutex (dict.cpp, threads.cpp), and taking
// even an uncontended lock is an atomic compare-and-swap, which *writes* the lock's cache line.
// When four threads all call the global function `f`, they all lock the same globals dict, so
// that one line moves from core to core on every lookup: measured on examples/threads_speedup.py
// style code, four threads ran slower together than one after another.  A cache read only
// *reads* shared lines, and a line that is only read is copied into every core's cache at once.
//
// How a cache entry stays correct without a lock.
//   * Every dict carries a version (DictObject::version), a number that is unique across all
//     dicts and changes, under the dict's lock, on every mutation.  An entry remembers the
//     versions it was filled at; if the dicts still have those versions, nothing changed.
//   * Class attributes depend on every dict along the MRO, so instead of many versions they use
//     one global epoch, bumped by any change to any class's dict (dicts flagged OBF_TYPE_DICT)
//     and whenever a class is freed.  Classes rarely change after creation, so this is cheap.
//   * A cached pointer is borrowed: the reader increfs it only after the checks, so the object
//     must not be freed in between by a thread that changes the dict at that moment.  Class
//     attributes: only immortal values are cached (functions, classes and class attributes
//     become immortal when the first thread starts, threads.cpp).  Globals: immortal values,
//     and any value of a module's dict (OBF_GLOBALS_DICT), because such a dict drops a value's
//     reference only after every thread has passed a safe point (QSBR, threads.cpp), and no
//     reader keeps a borrowed pointer across one.
//   * An entry is several words; a reader must not see half of an update.  Each entry has a
//     sequence number (a seqlock): a writer makes it odd, writes, makes it even again; a reader
//     reads it before and after copying the entry and retries the slow path if it changed or
//     was odd.  Writers never wait: if another thread is writing the entry, they skip caching.
//
// The caches are used only once a second thread exists (`multithreaded`): a single thread pays
// nothing for them and keeps the exact behaviour of the plain lookups.
//
// Comes in: LOAD_GLOBAL (vm.cpp) and lookup_type_attr (typeobject.cpp).  Goes out: borrowed
// pointers (immortal objects or module-dict values), or a miss (the caller does the locked lookup).
// Read next: dict.cpp (where versions change), threads.cpp (immortalisation).
#include "minipy.h"
#include "jit.h"
#include "specialize.h"

// ───────────── dict versions ─────────────
//
// Unique across all dicts, so (dict, version) can never be mistaken for another state, even if
// a dict is freed and a new one is allocated at the same address.  One global counter would be
// one more contended cache line; each thread takes blocks of 4096 numbers from it instead.
static std::atomic<uint64_t> version_counter{1};
static thread_local uint64_t version_next = 0, version_end = 0;

uint64_t next_dict_version() {
    if (version_next == version_end) {
        version_next = version_counter.fetch_add(4096, std::memory_order_relaxed);
        version_end = version_next + 4096;
    }
    return version_next++;
}

// Bumped by every change to a class's dict and every class freed (see dict_changed).
std::atomic<uint64_t> type_epoch{1};  // (minipy.h reads it inline: type_cache_epoch)
void type_cache_invalidate() { type_epoch.fetch_add(1, std::memory_order_acq_rel); }

// ───────────── the seqlock ─────────────


// ───────────── LOAD_GLOBAL ─────────────
//
// One entry per name of a code object (co_names[oparg]), allocated on first use.


GlobalCacheEntry* global_cache(CodeObject* co) {
    GlobalCacheEntry* c = co->global_cache.load(std::memory_order_acquire);
    if (c) return c;
    auto* fresh = new GlobalCacheEntry[co->names.size() ? co->names.size() : 1];
    if (co->global_cache.compare_exchange_strong(c, fresh, std::memory_order_acq_rel)) return fresh;
    delete[] fresh;  // another thread installed one first
    return c;
}

void free_global_cache(CodeObject* co) { delete[] co->global_cache.load(std::memory_order_relaxed); }

Object* global_cache_get(CodeObject* co, uint32_t oparg, Object* globals, Object* builtins) {
    GlobalCacheEntry& e = global_cache(co)[oparg];
    uint32_t s = e.lock.begin_read();
    Object* g = e.globals.load(std::memory_order_relaxed);
    Object* b = e.builtins.load(std::memory_order_relaxed);
    uint64_t gv = e.globals_version.load(std::memory_order_relaxed);
    uint64_t bv = e.builtins_version.load(std::memory_order_relaxed);
    Object* v = e.value.load(std::memory_order_relaxed);
    if (!e.lock.still_valid(s) || g != globals || b != builtins || !v) return nullptr;
    if (dict_version(globals) != gv || dict_version(builtins) != bv) return nullptr;
    return v;
}

// The slow path: the two locked lookups, remembering the versions seen under each lock.
Obj load_global_slow(CodeObject* co, uint32_t oparg, Object* globals, Object* builtins) {
    Object* name = co->names[oparg];
    uint64_t gv, bv;
    Obj v = dict_get_str_versioned(globals, name, &gv);
    // Found in globals, a change to builtins cannot change the answer; recording builtins'
    // version anyway keeps the check uniform (builtins almost never change).
    Object* home = globals;
    if (v) bv = dict_version(builtins);
    else v = dict_get_str_versioned(builtins, name, &bv), home = builtins;
    if (!v) return v;
    // Cacheable: immortal objects, and any value of a module's dict, which drops its references
    // only after a QSBR grace period (dict.cpp drop_value, threads.cpp).  Other dicts used as
    // globals (exec with a plain dict) free a replaced value at once: not cacheable.
    if (!is_immortal(v.get()) && !(home->ob_flags & OBF_GLOBALS_DICT)) return v;
    GlobalCacheEntry& e = global_cache(co)[oparg];
    uint32_t s;
    if (e.lock.begin_write(&s)) {
        e.globals.store(globals, std::memory_order_relaxed);
        e.builtins.store(builtins, std::memory_order_relaxed);
        e.globals_version.store(gv, std::memory_order_relaxed);
        e.builtins_version.store(bv, std::memory_order_relaxed);
        e.value.store(v.get(), std::memory_order_relaxed);
        e.lock.end_write(s);
    }
    return v;
}

// ───────────── attributes found on classes ─────────────
//
// A direct-mapped table shared by all threads, indexed by (class, name).  Names are interned
// strings (immortal), so a name pointer can never be reused for a different name.

struct TypeCacheEntry {
    SeqLock lock;
    std::atomic<TypeObject*> type{nullptr};
    std::atomic<Object*> name{nullptr};
    std::atomic<Object*> value{nullptr};  // null: the name is on no class of the MRO
    std::atomic<uint64_t> epoch{0};
};
constexpr size_t TYPE_CACHE_SIZE = 4096;  // a power of two
static TypeCacheEntry type_cache[TYPE_CACHE_SIZE];

static TypeCacheEntry& type_cache_slot(TypeObject* t, Object* name) {
    uintptr_t h = (reinterpret_cast<uintptr_t>(t) >> 4) * 31 + (reinterpret_cast<uintptr_t>(name) >> 4);
    return type_cache[(h ^ (h >> 12)) & (TYPE_CACHE_SIZE - 1)];
}

bool type_cache_get(TypeObject* t, Object* name, Object** value) {
    TypeCacheEntry& e = type_cache_slot(t, name);
    uint32_t s = e.lock.begin_read();
    TypeObject* et = e.type.load(std::memory_order_relaxed);
    Object* en = e.name.load(std::memory_order_relaxed);
    Object* ev = e.value.load(std::memory_order_relaxed);
    uint64_t ep = e.epoch.load(std::memory_order_relaxed);
    if (!e.lock.still_valid(s) || et != t || en != name) return false;
    if (ep != type_epoch.load(std::memory_order_acquire)) return false;
    *value = ev;
    return true;
}

// (type_cache_epoch, minipy.h: `epoch` must be read before the lookup whose result is stored:
// a change during the lookup then makes the entry stale at once instead of hiding the change.)

void type_cache_put(TypeObject* t, Object* name, Object* value, uint64_t epoch) {
    if (!is_immortal(name) || (value && !is_immortal(value))) return;
    TypeCacheEntry& e = type_cache_slot(t, name);
    uint32_t s;
    if (!e.lock.begin_write(&s)) return;
    e.type.store(t, std::memory_order_relaxed);
    e.name.store(name, std::memory_order_relaxed);
    e.value.store(value, std::memory_order_relaxed);
    e.epoch.store(epoch, std::memory_order_relaxed);
    e.lock.end_write(s);
}

// The JIT's LOAD_GLOBAL helper (jit.h): the cache above, else the interpreter's instruction.
Object** jit_load_global(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) noexcept {
    uint32_t oparg = instr_arg(frame->code->code[index]);
    if (Object* v = global_cache_get(frame->code, oparg, frame->globals, frame->builtins)) {
        incref(v);
        *sp++ = v;
        frame->instr = index + 1;
        return sp;
    }
    return jit_step(ts, frame, sp, index);
}
