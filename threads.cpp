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
// The remaining piece of PEP 703 — a non-owner whose decref would take the shared count below
// zero hands the object to the owner's merge queue — arrives with the free-threading issue; until
// then a negative shared count simply waits for the owner's merge (see decref_shared).
//
// Comes in: objects whose counts hit zero.  Goes out: freed memory.
// Also here: raw allocation (MemoryError instead of a crash), immortalisation, thread states
// (each thread's frame data stack, current exception, recursion depth), RecursionGuard.
// Read next: parser.cpp (the pipeline starts there) or objects.cpp (the types).
#include "minipy.h"

#include <sys/mman.h>

#include <cstdlib>
#include <new>

// The two state bits in the low end of ob_ref_shared.
constexpr intptr_t SHARED_MERGED = 0x3;

void dealloc_object(Object* o) { o->ob_type->dealloc(o); }

void decref_local_zero(Object* o) {
    intptr_t shared = o->ob_ref_shared.load(std::memory_order_acquire);
    if (shared == 0) {  // the common case: no other thread ever referenced it
        dealloc_object(o);
        return;
    }
    // Other threads hold references: give up ownership and merge the counts.
    std::atomic_ref<uintptr_t>(o->ob_tid).store(0, std::memory_order_relaxed);
    intptr_t merged;
    do {
        merged = (shared & ~intptr_t(3)) | SHARED_MERGED;
    } while (!o->ob_ref_shared.compare_exchange_weak(shared, merged, std::memory_order_acq_rel));
    if ((merged >> SHARED_SHIFT) <= 0) dealloc_object(o);
}

void decref_shared(Object* o) {
    // acq_rel: the thread that frees the object must see every write made by the threads that
    // dropped their references before it.
    intptr_t old = o->ob_ref_shared.fetch_sub(1 << SHARED_SHIFT, std::memory_order_acq_rel);
    intptr_t now = old - (1 << SHARED_SHIFT);
    bool merged = (old & 3) == SHARED_MERGED;
    if (merged && (now >> SHARED_SHIFT) == 0) dealloc_object(o);
    // Not merged: the owner still counts locally; when its local count reaches zero,
    // decref_local_zero sees the (possibly negative) shared count and decides.
}

void make_immortal(Object* o) {
    std::atomic_ref<uint32_t>(o->ob_ref_local).store(IMMORTAL_REFCNT, std::memory_order_relaxed);
    o->ob_tid = 0;
}

void* raw_alloc(size_t size) {
    void* p = calloc(1, size);
    if (!p) raise_msg(Exc_MemoryError, "");
    return p;
}
void raw_free(void* p) { free(p); }

void init_header(Object* o, TypeObject* type) {
    o->ob_tid = current_tid();
    o->ob_ref_local = 1;
    o->ob_type = type;
    // An instance keeps its class alive (built-in types are immortal, so this is a no-op).
    if (type->flags & TPF_HEAPTYPE) incref(type);
}

void object_free(Object* o) {
    TypeObject* type = o->ob_type;
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
    ts->tid = reinterpret_cast<uintptr_t>(ts);
    tls_tstate = ts;
    tls_tid = ts->tid;
    return ts;
}

void thread_state_delete(ThreadState* ts) {
    xdecref(ts->curexc);
    xdecref(ts->handled_exc);
    ts->curexc = ts->handled_exc = nullptr;
    munmap(ts->datastack_base, DATASTACK_SIZE);
    if (tls_tstate == ts) {
        tls_tstate = nullptr;
        tls_tid = 0;
    }
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
