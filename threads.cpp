// threads.cpp — reference counting slow paths, object allocation, and thread states.
//
// What this step does: the inline fast paths of incref/decref live in minipy.h; this file holds
// what happens when they are not enough, and the per-thread machinery they rely on.
//
// Biased reference counting (PEP 703) in brief.  Most objects are only ever touched by the thread
// that created them, so each object is "owned" by one thread (ob_tid) and that thread counts its
// references in ob_ref_local with ordinary loads and stores — no atomic read-modify-write, no
// cache-line ping-pong.  Any other thread counts in ob_ref_shared with atomic instructions.  The
// true count is local + shared.  When the owner's local count drops to zero:
//   * shared == 0       → nobody else holds a reference: free the object now;
//   * otherwise         → "merge": the owner gives up ownership (ob_tid = 0) and folds its count
//                          into the shared one, marked MERGED; from then on every thread uses the
//                          atomic counter, and whoever brings it to zero frees the object.
//   * a non-owner whose decref would take the shared count below zero marks the object QUEUED
//     and hands it to the owner's merge queue; the owner merges at its next periodic check
//     (JUMP_BACKWARD, EVAL_BRC_PENDING) and when it exits.  Thread ids come from a counter and
//     are never reused; an object whose owner has already exited is merged by the queuing thread.
//
// The sections, top to bottom (every lock the runtime takes is named here):
//   reference counting slow paths and merge queues   registry_mutex (live threads, queues)
//   QSBR: delayed decref of module-dict values        registry_mutex (orphans; polls only)
//   deferred objects → immortal at the first thread   deferred_mutex
//   allocation (per-thread free lists of small blocks) and thread states   (per thread: nothing shared)
//   the 1-byte ob_mutex and its parking lot          ob_mutex per object, one std::mutex per bucket
//   critical sections (one object, two in address order) — used by every operation of list, dict,
//   set, bytearray, _random.Random, generator names and __slots__ members
//   -X stats counters                                stats_mutex (only at thread exit)
//   the optional GIL (-X gil=1)                      gil_mutex
// Elsewhere: io_mutex (textio.cpp), import_mutex (modules.cpp: sys.modules "look up, else load"), each Python Lock's
// std::mutex (threadmodule.cpp), the seqlocks of the lock-free attribute caches (attrcache.cpp).
// Per thread, never shared: the frame stack, the current and handled exception, the block, float
// and int free lists, the -X stats counters.  A generator runs on one thread at a time: its state
// byte is a CAS from SUSPENDED to RUNNING (genobject.cpp).  print() is one fwrite under io_mutex (textio.cpp): lines never mix.
//
// Comes in: objects whose counts hit zero.  Goes out: freed memory.
// Read next: parser.cpp (the pipeline starts there) or objects.cpp (the types).
#include "minipy.h"

#include <sys/mman.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <thread>
#include <new>
#include <unordered_map>
#include <unordered_set>

// The two state bits in the low end of ob_ref_shared (CPython's _Py_REF_* names).
constexpr intptr_t SHARED_DEFAULT = 0x0;      // owner counts locally, others in the shared count
constexpr intptr_t SHARED_MAYBE_WEAKREF = 0x1;  // reserved (weak references are not supported)
constexpr intptr_t SHARED_QUEUED = 0x2;       // handed to the owner's merge queue
constexpr intptr_t SHARED_MERGED = 0x3;       // no owner: the shared count is the whole count
static void brc_queue_object(Object* o);

static void forget_deferred(Object* o);
void dealloc_object(Object* o) {
    if (o->ob_gc_bits & GC_BITS_DEFERRED) forget_deferred(o);
    if ((o->ob_type->flags & TPF_HAS_FINALIZER) && !(o->ob_gc_bits & GC_BITS_FINALIZED) && call_finalizer(o))
        return;  // __del__ ran; the decref at its end freed o, or o was resurrected
    o->ob_type->dealloc(o);
}

void decref_local_zero(Object* o) {
    intptr_t shared = o->ob_ref_shared.load(std::memory_order_acquire);
    if (shared == 0) {  // the common case: no other thread ever referenced it
        dealloc_object(o);
        return;
    }
    // Other threads hold references: give up ownership and merge the counts.
    store_tid(o, 0);
    intptr_t merged;
    do {
        merged = (shared & ~intptr_t(3)) | SHARED_MERGED;
    } while (!o->ob_ref_shared.compare_exchange_weak(shared, merged, std::memory_order_acq_rel));
    if ((merged >> SHARED_SHIFT) <= 0) dealloc_object(o);
}

void decref_shared(Object* o) {
    // A non-owner's decref.  When the shared count is zero, the reference being dropped was
    // counted by the owner in ob_ref_local, and only the owner can tell whether the object is
    // now dead: mark it QUEUED and hand it to the owner, which merges it at its next safe point.
    // The -1 is not applied here; the merge applies it.
    intptr_t old = o->ob_ref_shared.load(std::memory_order_relaxed);
    intptr_t now;
    bool queue;
    do {
        queue = old == SHARED_DEFAULT || old == SHARED_MAYBE_WEAKREF;  // count 0, not queued/merged
        now = queue ? (old | SHARED_QUEUED) : old - (1 << SHARED_SHIFT);
        // acq_rel: the thread that frees the object must see every write made by the threads
        // that dropped their references before it.
    } while (!o->ob_ref_shared.compare_exchange_weak(old, now, std::memory_order_acq_rel));
    if (queue) brc_queue_object(o);
    else if (now == SHARED_MERGED) dealloc_object(o);  // merged and the count reached zero
    // Otherwise the owner still counts locally; when its local count reaches zero,
    // decref_local_zero sees the shared count and decides.
}

// Fold ob_ref_local into ob_ref_shared and give up ownership, applying `extra` (the -1 of a
// queued decref).  Called by the owner, or by any thread once the owner has exited (then
// nobody else can write ob_ref_local).
static void merge_refcount(Object* o, intptr_t extra) {
    uint32_t local = load_local(o);
    store_local(o, 0);
    store_tid(o, 0);
    intptr_t old = o->ob_ref_shared.load(std::memory_order_relaxed), now;
    do {
        intptr_t count = (old >> SHARED_SHIFT) + intptr_t(local) + extra;
        now = (count << SHARED_SHIFT) | SHARED_MERGED;
    } while (!o->ob_ref_shared.compare_exchange_weak(old, now, std::memory_order_acq_rel));
    if (now == SHARED_MERGED) dealloc_object(o);
}

// ───────────── thread registry and merge queues ─────────────
//
// Thread ids come from a counter and are never reused, so an object owned by a thread that has
// exited can never be mistaken for an object owned by a new thread (an address-based id could
// be).  The registry maps the ids of live threads to their states; a thread that queues an
// object for its owner holds registry_mutex while it looks the owner up and pushes, and an
// exiting thread removes itself under the same mutex before it drains its queue: so every queued
// object is merged exactly once, either by its owner or — owner gone — by the queuing thread.
static std::atomic<uintptr_t> next_tid{1};
static std::mutex registry_mutex;
static std::unordered_map<uintptr_t, ThreadState*> live_threads;  // guarded by registry_mutex

static void brc_queue_object(Object* o) {
    uintptr_t owner = load_tid(o);
    {
        std::lock_guard<std::mutex> lock(registry_mutex);
        auto it = live_threads.find(owner);
        if (it != live_threads.end()) {
            ThreadState* ts = it->second;
            ts->brc_queue.push_back(o);
            ts->eval_breaker.fetch_or(EVAL_BRC_PENDING, std::memory_order_release);
            tls_stats.queued++;
            return;
        }
    }
    merge_refcount(o, -1);  // the owner has exited: nobody else touches ob_ref_local any more
}

// The owner's side: merge every object other threads queued for it (at a safe point).
void brc_merge_queue(ThreadState* ts) {
    std::vector<Object*> queued;
    {
        std::lock_guard<std::mutex> lock(registry_mutex);
        queued.swap(ts->brc_queue);
        ts->eval_breaker.fetch_and(~EVAL_BRC_PENDING, std::memory_order_relaxed);
    }
    for (Object* o : queued) merge_refcount(o, -1);
}

// ───────────── QSBR: freeing what a lock-free reader may still be looking at ─────────────
//
// LOAD_GLOBAL reads a module's dict without its lock (attrcache.cpp): the cache hands it a
// borrowed pointer, and only then does the reader incref it.  If another thread rebinds that
// global in between and the dict's reference was the last, the reader would incref freed memory.
// Quiescent-state-based reclamation (QSBR, as in CPython's Python/qsbr.c) closes the window: the
// dict's reference is not dropped at once but parked, and dropped once every thread has passed
// a *safe point* (the eval loop's periodic check) — a reader never keeps a borrowed pointer
// across one, so by then nobody can still be looking at it.
//
//   qsbr_wr_seq      a global counter; parking an object advances it and records the new
//                    value as that object's goal
//   ts->qsbr_seq     the counter's value when this thread was last at a safe point, or
//                    QSBR_OFFLINE while it blocks (sleep, lock waits: it holds nothing borrowed)
//   an object parked with goal G may be dropped once every other live thread has qsbr_seq ≥ G
//
// Threads report a safe point only when asked (EVAL_QSBR in their eval_breaker), so loops pay
// nothing while nobody is waiting.  The parking thread asks the stragglers and polls at its own
// safe points, every QSBR_POLL_EVERY of them, so a thread that never reaches one (a long sort)
// only delays freeing, never makes it unsafe.  A thread that exits with parked objects leaves
// them in `qsbr_orphans` for the others; the last thread drops whatever is left.
constexpr uint64_t QSBR_OFFLINE = UINT64_MAX;
constexpr uint32_t QSBR_POLL_EVERY = 64;
static std::atomic<uint64_t> qsbr_wr_seq{1};
static std::vector<std::pair<uint64_t, Object*>> qsbr_orphans;  // guarded by registry_mutex

void decref_after_grace(Object* o) {
    ThreadState* ts = tls_tstate;
    if (is_immortal(o) || !ts || !multithreaded.load(std::memory_order_relaxed)) {
        decref(o);  // one thread: nobody else can be reading
        return;
    }
    uint64_t goal = qsbr_wr_seq.fetch_add(1, std::memory_order_acq_rel) + 1;
    ts->qsbr_pending.emplace_back(goal, o);
    ts->qsbr_countdown = 0;  // poll at the next safe point
    ts->eval_breaker.fetch_or(EVAL_QSBR, std::memory_order_relaxed);
}

// The smallest qsbr_seq of the other live threads (QSBR_OFFLINE if none is running Python);
// asks every thread that has not yet reached `want` to report its next safe point.  Also takes
// the orphans that are ready.  Under registry_mutex.
static uint64_t qsbr_min_seen(ThreadState* self, uint64_t want, std::vector<Object*>& ready) {
    std::lock_guard<std::mutex> lock(registry_mutex);
    uint64_t min = QSBR_OFFLINE;
    for (auto& [tid, t] : live_threads) {
        if (t == self) continue;
        uint64_t seen = t->qsbr_seq.load(std::memory_order_acquire);
        if (seen < want) t->eval_breaker.fetch_or(EVAL_QSBR, std::memory_order_release);
        min = std::min(min, seen);
    }
    size_t kept = 0;
    for (auto& entry : qsbr_orphans) {
        if (entry.first <= min) ready.push_back(entry.second);
        else qsbr_orphans[kept++] = entry;
    }
    qsbr_orphans.resize(kept);
    return min;
}

void qsbr_quiescent(ThreadState* ts) {
    ts->eval_breaker.fetch_and(~EVAL_QSBR, std::memory_order_relaxed);
    // release: everything this thread did with borrowed pointers happens before a parker's
    // acquire load of qsbr_seq sees the new value.
    ts->qsbr_seq.store(qsbr_wr_seq.load(std::memory_order_acquire), std::memory_order_release);
    if (ts->qsbr_pending.empty()) return;
    if (ts->qsbr_countdown > 0) {
        ts->qsbr_countdown--;
        ts->eval_breaker.fetch_or(EVAL_QSBR, std::memory_order_relaxed);
        return;
    }
    ts->qsbr_countdown = QSBR_POLL_EVERY;
    std::vector<Object*> ready;
    uint64_t min = qsbr_min_seen(ts, ts->qsbr_pending.back().first, ready);
    size_t kept = 0;
    for (auto& entry : ts->qsbr_pending) {
        if (entry.first <= min) ready.push_back(entry.second);
        else ts->qsbr_pending[kept++] = entry;
    }
    ts->qsbr_pending.resize(kept);
    if (kept) ts->eval_breaker.fetch_or(EVAL_QSBR, std::memory_order_relaxed);
    for (Object* o : ready) decref(o);  // may run more code that parks more: it is a safe point
}

// Around a blocking wait: offline (nothing borrowed), then back at the current sequence.
static void qsbr_set_offline(ThreadState* ts) { ts->qsbr_seq.store(QSBR_OFFLINE, std::memory_order_release); }
static void qsbr_set_online(ThreadState* ts) {
    ts->qsbr_seq.store(qsbr_wr_seq.load(std::memory_order_acquire), std::memory_order_release);
}

// At thread exit: the parked objects go to the orphans, or, if no other thread is left, are
// dropped now.  Called before the thread leaves the registry (it may still count references).
static void qsbr_thread_exit(ThreadState* ts) {
    std::vector<Object*> now;
    {
        std::lock_guard<std::mutex> lock(registry_mutex);
        if (live_threads.size() <= 1) {
            for (auto& entry : ts->qsbr_pending) now.push_back(entry.second);
            for (auto& entry : qsbr_orphans) now.push_back(entry.second);
            qsbr_orphans.clear();
        } else {
            qsbr_orphans.insert(qsbr_orphans.end(), ts->qsbr_pending.begin(), ts->qsbr_pending.end());
        }
        ts->qsbr_pending.clear();
        ts->qsbr_seq.store(QSBR_OFFLINE, std::memory_order_release);
    }
    for (Object* o : now) decref(o);
}

void make_immortal(Object* o) {
    store_local(o, IMMORTAL_REFCNT);
    store_tid(o, 0);
}

// ───────────── objects every thread uses: deferred, then immortal ─────────────
//
// Every call of a global function increfs the function object; every instance increfs its class.
// With two threads calling the same function, that count lives on one cache line that both cores
// write with atomic instructions (the function is owned by the main thread, so the other thread
// takes the shared path): the line moves between cores on every call, and the threads run slower
// together than apart.  CPython's answer is deferred reference counting: for a few kinds of
// objects that are created rarely and used constantly, ordinary references from the eval loop
// are not counted, and the cycle collector frees them.  minipy has no cycle collector, so it
// takes the route CPython 3.13 took first: such objects are *marked deferred* when created, and
// when the program starts its first second thread every marked object becomes immortal.  From
// then on, new deferred objects are immortal from birth.
//
//   marked deferred: module-level functions and methods (code without CO_NESTED), code objects
//   and their constants, classes (with their dict and mro), modules and their dicts, built-in
//   functions and methods of built-in types.
//
// The price: after threads start, those objects are never freed.  That is a bounded cost for
// the kinds chosen — a closure created in a loop is CO_NESTED and stays reference counted — but
// a module-level `lambda` evaluated a million times in a threaded program would be a million
// immortal functions.  A single-threaded program frees everything as before: marked objects sit
// in `deferred_objects` and leave it when they are freed.
//
// Thread safety: only one thread exists until the switch (immortalize_deferred_objects runs in
// the main thread just before the first pthread_create), so the set needs its lock only for the
// objects freed afterwards that were never marked immortal — none; the mutex is there so that the
// rule "every shared table has a lock" holds without a proof.

static std::mutex deferred_mutex;
static std::unordered_set<Object*> deferred_objects;  // marked, not yet immortal
// Keeps them reachable, so LeakSanitizer does not call them leaks.  A heap vector that is never
// destroyed: LeakSanitizer checks after the static destructors have run, and a static vector's
// buffer would be gone by then.
static std::vector<Object*>& immortalized = *new std::vector<Object*>;
static bool deferred_are_immortal = false;            // set once, under deferred_mutex

static void immortalize_tree(Object* o);

void set_deferred_refcount(Object* o) {
    if (is_immortal(o)) return;
    std::lock_guard<std::mutex> lock(deferred_mutex);
    if (deferred_are_immortal) {
        immortalize_tree(o);
        immortalized.push_back(o);
        return;
    }
    o->ob_gc_bits |= GC_BITS_DEFERRED;
    deferred_objects.insert(o);
}

// Makes o immortal together with what the eval loop reads through it on every use.
static void immortalize_tree(Object* o) {
    if (is_immortal(o)) return;
    make_immortal(o);
    o->ob_gc_bits &= ~GC_BITS_DEFERRED;
    if (type_of(o) == &Code_Type) {
        for (Object* c : static_cast<CodeObject*>(o)->consts) immortalize_tree(c);
    } else if (is_tuple(o)) {  // a constant tuple, or a class's __mro__/__bases__
        for (size_t i = 0; i < tuple_size(o); i++) immortalize_tree(tuple_item(o, i));
    } else if (type_of(o) == &Function_Type) {
        auto* f = static_cast<FunctionObject*>(o);
        immortalize_tree(f->code);
        for (Object* x : {f->defaults, f->name, f->qualname, f->module, f->doc})
            if (x) immortalize_tree(x);
    } else if (type_of(o)->flags & TPF_TYPE_SUBCLASS) {
        // The class's attributes too (methods, properties, class constants): they live as long
        // as the class, and attrcache.cpp caches only immortal values.  A value stored into the
        // class later is counted normally.
        auto* t = static_cast<TypeObject*>(o);
        if (t->bases) make_immortal(t->bases);
        if (t->dict) {
            make_immortal(t->dict);
            auto* d = static_cast<DictObject*>(t->dict);
            for (const DictEntry& e : d->entries)
                if (e.key) immortalize_tree(e.value);
        }
    } else if (type_of(o) == &Module_Type) {
        make_immortal(static_cast<ModuleObject*>(o)->dict);
    }
}

void immortalize_deferred_objects() {
    std::lock_guard<std::mutex> lock(deferred_mutex);
    if (deferred_are_immortal) return;
    deferred_are_immortal = true;
    for (Object* o : deferred_objects) {
        immortalize_tree(o);
        immortalized.push_back(o);
    }
    deferred_objects.clear();
}

static void forget_deferred(Object* o) {
    std::lock_guard<std::mutex> lock(deferred_mutex);
    deferred_objects.erase(o);
}

// ───────────── the allocator: per-thread free lists of small blocks ─────────────
//
// Objects come and go in huge numbers (a Vector per arithmetic operation in a raytracer), and
// malloc/free cost more than the work they hold.  So each block carries a 16-byte header with its
// size class (16, 32 .. 256 bytes; 0 = a big block straight from malloc), and a freed small block
// goes onto the freeing thread's list for its class, to be handed out again without a call to
// malloc.  A block may be allocated by one thread and freed by another: it simply changes lists.
// The lists are per thread, so no lock is needed; each holds at most FREE_MAX blocks, and a
// thread's lists are returned to malloc when it exits.  Under the sanitizers every block goes
// back to malloc at once, so that ASan still sees every use after free.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define MINIPY_FREE_LISTS 0
#else
#define MINIPY_FREE_LISTS 1
#endif

namespace {
constexpr size_t BLOCK_HEADER = 16, SIZE_CLASSES = 16, FREE_MAX = 1024;
struct FreeBlock { FreeBlock* next; };
struct BlockLists {
    FreeBlock* head[SIZE_CLASSES + 1] = {};
    uint32_t count[SIZE_CLASSES + 1] = {};
    bool alive = true;  // false once this thread's lists are gone (other thread_locals free later)
    ~BlockLists() {
        alive = false;
        for (size_t c = 1; c <= SIZE_CLASSES; c++)
            while (FreeBlock* b = head[c]) {
                head[c] = b->next;
                free(reinterpret_cast<char*>(b) - BLOCK_HEADER);
            }
    }
};
thread_local BlockLists block_lists;
}  // namespace

void* raw_alloc(size_t size) {
#if MINIPY_FREE_LISTS
    size_t cls = (size + 15) / 16;
    if (cls <= SIZE_CLASSES) {
        if (cls == 0) cls = 1;
        BlockLists& bl = block_lists;
        if (FreeBlock* b = bl.alive ? bl.head[cls] : nullptr) {
            bl.head[cls] = b->next;
            bl.count[cls]--;
            std::memset(static_cast<void*>(b), 0, cls * 16);
            return b;
        }
    } else {
        cls = 0;
    }
    size_t bytes = cls ? cls * 16 : size;
    char* p = static_cast<char*>(calloc(1, BLOCK_HEADER + bytes));
    if (!p) raise_msg(Exc_MemoryError, "");
    *reinterpret_cast<size_t*>(p) = cls;
    return p + BLOCK_HEADER;
#else
    void* p = calloc(1, size);
    if (!p) raise_msg(Exc_MemoryError, "");
    return p;
#endif
}

void raw_free(void* p) {
#if MINIPY_FREE_LISTS
    char* block = static_cast<char*>(p) - BLOCK_HEADER;
    size_t cls = *reinterpret_cast<size_t*>(block);
    BlockLists& bl = block_lists;
    if (cls && bl.alive && bl.count[cls] < FREE_MAX) {
        bl.head[cls] = new (p) FreeBlock{bl.head[cls]};
        bl.count[cls]++;
        return;
    }
    free(block);
#else
    free(p);
#endif
}

void init_header(Object* o, TypeObject* type) {
    o->ob_tid = current_tid();
    o->ob_ref_local = 1;
    o->ob_type = type;
    // An instance keeps its class alive (built-in types are immortal, so this is a no-op).
    if (type->flags & TPF_HEAPTYPE) incref(type);
}

void object_free(Object* o) {
    TypeObject* type = o->ob_type;
    for (size_t off : type->slot_offsets) {  // __slots__ values
        Object** slot = reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + off);
        Object* v = *slot;
        *slot = nullptr;
        xdecref(v);
    }
    if (Object** dict = instance_dict_slot(o)) {
        Object* d = *dict;
        *dict = nullptr;
        xdecref(d);
    }
    raw_free(o);
    if (type->flags & TPF_HEAPTYPE) decref(type);
}

// ───────────── thread states ─────────────
//
// Frames are carved out of a per-thread region reserved with mmap: the kernel hands out pages
// only when they are touched, so reserving 1 GiB costs nothing until deep recursion uses it.
static constexpr size_t DATASTACK_SIZE = size_t(1) << 30;

ThreadState* thread_state_new() {
    auto* ts = new ThreadState();
    void* mem = mmap(nullptr, DATASTACK_SIZE, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mem == MAP_FAILED) {
        delete ts;
        throw std::bad_alloc();
    }
    ts->datastack_base = ts->datastack_top = static_cast<char*>(mem);
    ts->datastack_limit = ts->datastack_base + DATASTACK_SIZE;
    ts->tid = next_tid.fetch_add(1, std::memory_order_relaxed);
    ts->int_freelist = int_freelist_of_this_thread();
    ts->float_freelist = float_freelist_of_this_thread();
    {
        std::lock_guard<std::mutex> lock(registry_mutex);
        live_threads[ts->tid] = ts;
        ts->qsbr_seq.store(qsbr_wr_seq.load(std::memory_order_acquire), std::memory_order_relaxed);
    }
    tls_tstate = ts;
    tls_tid = ts->tid;
    return ts;
}

void thread_state_delete(ThreadState* ts) {
    xdecref(ts->curexc);
    xdecref(ts->handled_exc);
    ts->curexc = ts->handled_exc = nullptr;
    qsbr_thread_exit(ts);
    // Drain the merge queue until it stays empty, and leave the registry in the same step: from
    // then on a thread that drops a reference we counted merges the object itself, so this thread
    // must not touch a reference count afterwards (merging may free objects and so queue more
    // work for us: hence the loop).
    for (;;) {
        std::vector<Object*> queued;
        {
            std::lock_guard<std::mutex> lock(registry_mutex);
            queued.swap(ts->brc_queue);
            if (queued.empty()) {
                live_threads.erase(ts->tid);
                break;
            }
        }
        for (Object* o : queued) merge_refcount(o, -1);
    }
    add_thread_stats(ts);
    clear_number_freelists();
    munmap(ts->datastack_base, DATASTACK_SIZE);
    if (tls_tstate == ts) {
        tls_tstate = nullptr;
        tls_tid = 0;
    }
    // -X gil=1: let go of the GIL before the state is freed.  A waiting thread pokes the holder's
    // eval_breaker (gil_acquire), so the holder must never be a freed ThreadState.
    gil_release(ts);
    delete ts;
}

// C++ recursion (repr of nested lists, Python code called back from C++) is bounded separately
// from Python recursion: the interpreter thread runs on a large stack (main.cpp), and this limit
// keeps well inside it.
static constexpr int C_RECURSION_LIMIT = 12000;

RecursionGuard::RecursionGuard(const char* where) {
    ThreadState* ts = tstate();
    if (++ts->c_depth > C_RECURSION_LIMIT) {
        --ts->c_depth;
        raise_msg(Exc_RecursionError, std::string("maximum recursion depth exceeded") + where);
    }
}
RecursionGuard::~RecursionGuard() { --tstate()->c_depth; }

// ───────────── the 1-byte mutex (ob_mutex, CPython's PyMutex) ─────────────
//
// Two bits of one byte: LOCKED, and HAS_PARKED ("some thread sleeps waiting for this lock").
// Uncontended, lock and unlock are one compare-and-swap each (inline in minipy.h).  Contended:
// the locking thread spins a little (the holder usually lets go within microseconds), then
// parks.  Parked threads wait in a "parking lot": a small hash table from the mutex's address to
// a queue of waiters, so a mutex itself never needs more than its byte.
//
// Fairness: unlock normally just clears LOCKED and wakes the first waiter, which competes with
// any thread that arrives meanwhile (barging keeps throughput high).  A waiter that has waited
// longer than 1 ms is instead handed the lock directly: unlock leaves LOCKED set and transfers
// ownership to it, so no thread can starve (CPython's rule in Python/lock.c).
namespace {
struct Waiter {
    std::atomic<uint32_t> state{0};  // 0 = sleeping, 1 = woken (compete), 2 = handed the lock
    std::chrono::steady_clock::time_point since;
    Waiter* next = nullptr;
};
struct Bucket {
    std::mutex m;
    Waiter* head = nullptr;  // FIFO of waiters on any mutex that hashes here
    Waiter* tail = nullptr;
};
// Waiters of different mutexes can share a bucket: each Waiter remembers its mutex.
struct ParkedWaiter : Waiter { std::atomic<uint8_t>* mutex = nullptr; };
constexpr size_t NUM_BUCKETS = 257;
Bucket buckets[NUM_BUCKETS];
Bucket& bucket_for(const void* addr) { return buckets[(reinterpret_cast<uintptr_t>(addr) >> 3) % NUM_BUCKETS]; }
// Waiting, cheapest first.  A thread holding an object lock runs a few hundred instructions at
// most (invariant 3: no Python code under it), so a waiter first spins on the CPU's `pause`
// (x86) or `yield` (AArch64) hint: it tells the core this is a spin loop, which saves power and
// avoids a pipeline flush when the lock word changes.  Only then does it give its core away
// (sched_yield, a system call), and after SPIN_COUNT rounds it parks.
constexpr int PAUSE_ROUNDS = 40;  // rounds of 1, 2, 4 … 32 pauses: about 1200 in all
constexpr int SPIN_COUNT = 100;
inline void cpu_relax() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield" ::: "memory");
#endif
}
constexpr auto HANDOFF_AFTER = std::chrono::milliseconds(1);
}  // namespace

void mutex_lock_slow(std::atomic<uint8_t>& m) {
    tls_stats.locks_contended++;
    bool waited = false;
    std::chrono::steady_clock::time_point first_park;  // handoff counts from the first park
    for (int spin = 0;; spin++) {
        uint8_t v = m.load(std::memory_order_relaxed);
        if (!(v & MUTEX_LOCKED)) {
            if (m.compare_exchange_weak(v, uint8_t(v | MUTEX_LOCKED), std::memory_order_acquire)) return;
            continue;
        }
        if (spin < PAUSE_ROUNDS) {
            for (int i = 0; i < (1 << std::min(spin, 5)); i++) cpu_relax();
            continue;
        }
        if (spin < SPIN_COUNT) {
            std::this_thread::yield();
            continue;
        }
        // Park: announce ourselves (HAS_PARKED) while the mutex is still locked, under the bucket
        // lock, so an unlocker either sees us in the queue or we see the mutex free.
        Bucket& b = bucket_for(&m);
        ParkedWaiter w;
        w.mutex = &m;
        if (!waited) first_park = std::chrono::steady_clock::now();
        waited = true;
        w.since = first_park;
        {
            std::lock_guard<std::mutex> lock(b.m);
            v = m.load(std::memory_order_relaxed);
            if (!(v & MUTEX_LOCKED)) continue;  // let go meanwhile: try again
            if (!(v & MUTEX_PARKED) &&
                !m.compare_exchange_strong(v, uint8_t(v | MUTEX_PARKED), std::memory_order_relaxed))
                continue;
            if (b.tail) b.tail->next = &w; else b.head = &w;
            b.tail = &w;
        }
        w.state.wait(0, std::memory_order_acquire);
        if (w.state.load(std::memory_order_acquire) == 2) return;  // handed to us: we hold it
        spin = 0;
    }
}

void mutex_unlock_slow(std::atomic<uint8_t>& m) {
    Bucket& b = bucket_for(&m);
    std::unique_lock<std::mutex> lock(b.m);
    // Find the first waiter for this mutex and unlink it.
    Waiter* prev = nullptr;
    Waiter* w = b.head;
    while (w && static_cast<ParkedWaiter*>(w)->mutex != &m) { prev = w; w = w->next; }
    if (w) {
        (prev ? prev->next : b.head) = w->next;
        if (b.tail == w) b.tail = prev;
    }
    bool more = false;  // other waiters for this mutex still parked?
    for (Waiter* x = b.head; x && !more; x = x->next) more = static_cast<ParkedWaiter*>(x)->mutex == &m;
    bool handoff = w && std::chrono::steady_clock::now() - w->since > HANDOFF_AFTER;
    // Handoff keeps LOCKED set: ownership passes straight to the waiter.
    m.store(uint8_t((handoff ? MUTEX_LOCKED : 0) | (more ? MUTEX_PARKED : 0)), std::memory_order_release);
    lock.unlock();
    if (w) {
        w->state.store(handoff ? 2 : 1, std::memory_order_release);
        w->state.notify_one();
    }
}

// ───────────── critical sections ─────────────
//
// A critical section is "hold this object's ob_mutex for the duration of one operation".  Two
// objects (list.extend(other), a == b on two lists) are locked in address order, so two threads
// locking the same pair can never each hold one and wait for the other.  Invariant 3 (no Python
// code runs while an object lock is held) means critical sections never nest beyond that: code
// that must call back into Python (a user __eq__, a key= function) copies what it needs, unlocks,
// calls, and re-locks.
//
// Why locking can be off: an object lock protects against *other threads*.  Until a second thread
// exists there are none, so the lock would only cost two atomic instructions per list or dict
// operation.  `multithreaded` is set by the one thread that exists, before it creates the second
// (thread creation orders the store before everything the new thread does), so no operation can
// be running unlocked when another thread starts.
std::atomic<bool> multithreaded{false};

CriticalSection2::CriticalSection2(Object* a, Object* b) {
    if (!multithreaded.load(std::memory_order_relaxed)) return;
    if (a == b) b = nullptr;
    else if (std::less<Object*>()(b, a)) std::swap(a, b);
    a_ = a;
    b_ = b;
    mutex_lock(a_->ob_mutex);
    if (b_) mutex_lock(b_->ob_mutex);
}
CriticalSection2::~CriticalSection2() {
    if (b_) mutex_unlock(b_->ob_mutex);
    if (a_) mutex_unlock(a_->ob_mutex);
}

// ───────────── process-wide counters for -X stats ─────────────

bool stats_enabled = false;
static std::mutex stats_mutex;
static ThreadStats stats_total;  // under stats_mutex

void add_thread_stats(ThreadState*) {
    std::lock_guard<std::mutex> lock(stats_mutex);
    stats_total.ref_local += tls_stats.ref_local;
    stats_total.ref_shared += tls_stats.ref_shared;
    stats_total.locks += tls_stats.locks;
    stats_total.locks_contended += tls_stats.locks_contended;
    stats_total.queued += tls_stats.queued;
    tls_stats = ThreadStats();
}

static uint64_t stats_gil_switches();
static std::atomic<uint64_t> threads_started{0};
void count_thread_started() { threads_started.fetch_add(1, std::memory_order_relaxed); }

static double percent(uint64_t part, uint64_t whole) { return whole ? 100.0 * double(part) / double(whole) : 0.0; }

void print_stats() {
    std::lock_guard<std::mutex> lock(stats_mutex);
    const ThreadStats& t = stats_total;
    uint64_t refs = t.ref_local + t.ref_shared;
    fprintf(stderr, "minipy -X stats\n");
    fprintf(stderr, "  threads started:              %llu\n", (unsigned long long)threads_started.load());
    fprintf(stderr, "  reference-count operations:   %llu\n", (unsigned long long)refs);
    fprintf(stderr, "    local (owner, no atomics):  %llu (%.1f%%)\n", (unsigned long long)t.ref_local, percent(t.ref_local, refs));
    fprintf(stderr, "    shared (atomic):            %llu (%.1f%%)\n", (unsigned long long)t.ref_shared, percent(t.ref_shared, refs));
    fprintf(stderr, "  objects queued to their owner: %llu\n", (unsigned long long)t.queued);
    fprintf(stderr, "  object locks taken:           %llu\n", (unsigned long long)t.locks);
    fprintf(stderr, "    contended (had to wait):    %llu (%.2f%%)\n", (unsigned long long)t.locks_contended, percent(t.locks_contended, t.locks));
    if (gil_enabled)
        fprintf(stderr, "  GIL: on, switch interval %.3f s, taken %llu times\n", get_switch_interval(), (unsigned long long)stats_gil_switches());
    else
        fprintf(stderr, "  GIL: off\n");
    jit_report_stats();
}

// ───────────── the optional GIL (-X gil=1, PYTHON_GIL=1) ─────────────
//
// Off by default: minipy is a free-threaded interpreter.  Switched on, it behaves like CPython
// with its global interpreter lock, so the two can be compared on the same program.  The design
// is CPython's "new GIL" (3.2+):
//   * a thread must hold the GIL to run bytecode or touch objects;
//   * a thread that wants it waits up to the switch interval (sys.setswitchinterval, 5 ms);
//     if the holder has not let go by then, the waiter sets EVAL_GIL_DROP in the holder's
//     eval_breaker, and the holder releases the GIL at its next periodic check (JUMP_BACKWARD);
//   * the releasing thread then waits until someone else took it (`switches` changed), so it
//     cannot grab it straight back — without that, the waiter would almost never win;
//   * blocking calls (time.sleep, Lock.acquire, Thread.join) release the GIL while they wait
//     (the AllowThreads guard, CPython's Py_BEGIN_ALLOW_THREADS).
// No object lock is ever contended while the GIL is on: a thread holds ob_mutex only inside a
// critical section, and it gives up the GIL only outside them.

bool gil_enabled = false;
static std::atomic<int64_t> switch_interval_us{5000};
static std::mutex gil_mutex;
static std::condition_variable gil_cv, gil_switch_cv;
static ThreadState* gil_holder = nullptr;  // under gil_mutex
static uint64_t gil_switches = 0;          // under gil_mutex: times the GIL changed hands
static std::atomic<uint64_t> gil_switch_total{0};

void set_switch_interval(double seconds) { switch_interval_us.store(int64_t(seconds * 1e6), std::memory_order_relaxed); }
double get_switch_interval() { return double(switch_interval_us.load(std::memory_order_relaxed)) / 1e6; }

void gil_acquire(ThreadState* ts) {
    if (!gil_enabled) return;
    std::unique_lock<std::mutex> lock(gil_mutex);
    while (gil_holder) {
        uint64_t seen = gil_switches;
        auto interval = std::chrono::microseconds(switch_interval_us.load(std::memory_order_relaxed));
        bool timed_out = !gil_cv.wait_for(lock, interval, [] { return gil_holder == nullptr; });
        if (timed_out && gil_holder && gil_switches == seen)  // the holder kept it a whole interval
            gil_holder->eval_breaker.fetch_or(EVAL_GIL_DROP, std::memory_order_release);
    }
    gil_holder = ts;
    gil_switches++;
    gil_switch_total.fetch_add(1, std::memory_order_relaxed);
    ts->eval_breaker.fetch_and(~EVAL_GIL_DROP, std::memory_order_relaxed);
    gil_switch_cv.notify_all();
}

void gil_release(ThreadState* ts) {
    if (!gil_enabled) return;
    std::lock_guard<std::mutex> lock(gil_mutex);
    if (gil_holder != ts) return;
    gil_holder = nullptr;
    gil_cv.notify_one();
}

// The holder was asked to let go (EVAL_GIL_DROP): release, wait for a switch, take it back.
void gil_yield(ThreadState* ts) {
    ts->eval_breaker.fetch_and(~EVAL_GIL_DROP, std::memory_order_relaxed);
    uint64_t before;
    {
        std::unique_lock<std::mutex> lock(gil_mutex);
        if (gil_holder != ts) return;
        gil_holder = nullptr;
        before = gil_switches;
        gil_cv.notify_one();
        gil_switch_cv.wait_for(lock, std::chrono::milliseconds(50), [before] { return gil_switches != before; });
    }
    gil_acquire(ts);
}

static uint64_t stats_gil_switches() { return gil_switch_total.load(std::memory_order_relaxed); }

AllowThreads::AllowThreads() : ts_(tls_tstate) {
    if (!ts_) return;
    qsbr_set_offline(ts_);
    gil_release(ts_);  // no-op unless -X gil=1
}
AllowThreads::~AllowThreads() {
    if (!ts_) return;
    gil_acquire(ts_);
    qsbr_set_online(ts_);
}
