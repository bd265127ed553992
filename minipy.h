// minipy.h — the map of the whole system.
//
// Read this file first. It holds every data structure that more than one step of the pipeline
// touches, in the order a line of Python meets them:
//
//   source text ──tokenize()──► tokens ──parse()──► AST ──compile()──► CodeObject
//        (parser.cpp)                      (parser.cpp)     (compiler.cpp)
//   CodeObject + FunctionObject ──eval_frame()──► results, printed by builtins (vm.cpp)
//
// 1. Objects.  Every Python value is a heap block that starts with the free-threaded object header
//    of PEP 703 (struct Object).  Reference counts are "biased": the thread that created an object
//    owns it and counts with plain loads and stores; every other thread uses an atomic counter.
// 2. Types.  struct TypeObject is itself an object.  Its "slots" are C++ function pointers that
//    implement the protocols (repr, hash, call, iteration, arithmetic ...).  A class statement
//    builds a TypeObject whose slots call the class's dunder methods (objects.cpp).
// 3. Errors.  A Python exception is raised by storing it in the thread state and throwing the C++
//    exception PyError.  The eval loop catches PyError and looks up the handler in the code
//    object's exception table (CPython 3.11+ "zero-cost" exceptions).
// 4. Ownership.  Ref<T> owns one reference: its destructor decrefs.  Functions take borrowed
//    Object* arguments and return new references as Ref (alias Obj).  Containers store owned raw
//    pointers and manage them by hand.
// 5. The AST (struct Expr / struct Stmt), the opcode list (OPCODES X-macro), the code object,
//    the frame and the thread state.
//
// Where to read next: threads.cpp (reference counting), then parser.cpp → compiler.cpp → vm.cpp.
#pragma once
#include <atomic>
#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct TypeObject;
struct ThreadState;

// ───────────────────────────── 1. The object header ─────────────────────────────
//
//   offset  size  field          meaning
//   0       8     ob_tid         id of the owning thread (0 = no owner: shared/merged)
//   8       2     ob_flags       per-object flags (OBF_* below)
//   10      1     ob_mutex       1-byte lock (PyMutex), used by the free-threading issue
//   11      1     ob_gc_bits     reserved for a cycle collector
//   12      4     ob_ref_local   owner's reference count, plain; UINT32_MAX = immortal
//   16      8     ob_ref_shared  other threads' count << 2 | 2 state bits (atomic)
//   24      8     ob_type        the object's type
//
// Same layout as CPython 3.14's free-threaded PyObject: 32 bytes.
struct Object {
    uintptr_t ob_tid = 0;
    uint16_t ob_flags = 0;
    std::atomic<uint8_t> ob_mutex{0};
    uint8_t ob_gc_bits = 0;
    uint32_t ob_ref_local = 0;
    std::atomic<intptr_t> ob_ref_shared{0};
    TypeObject* ob_type = nullptr;
};
static_assert(sizeof(Object) == 32, "the PEP 703 header is 32 bytes");

constexpr uint32_t IMMORTAL_REFCNT = UINT32_MAX;
constexpr intptr_t SHARED_SHIFT = 2;  // low two bits of ob_ref_shared are state flags

// The owning-thread id of the running thread (ThreadState::tid, from a counter).  Set when a
// thread attaches (threads.cpp); 0 before that, which never matches a live owner.
inline thread_local uintptr_t tls_tid = 0;
inline thread_local ThreadState* tls_tstate = nullptr;
[[gnu::always_inline]] inline uintptr_t current_tid() { return tls_tid; }
inline ThreadState* tstate() { return tls_tstate; }

// -X stats: per-thread counters, added into process totals when a thread exits (threads.cpp).
// Counting costs a well-predicted branch on each reference-count operation when it is off.
extern bool stats_enabled;
struct ThreadStats {
    uint64_t ref_local = 0, ref_shared = 0;     // incref/decref by the owner / by other threads
    uint64_t locks = 0, locks_contended = 0;    // ob_mutex acquisitions / ones that had to wait
    uint64_t queued = 0;                        // objects this thread queued to their owner
};
inline thread_local ThreadStats tls_stats;

void decref_local_zero(Object* o);  // owner's count hit zero: merge or free (threads.cpp)
void decref_shared(Object* o);      // a non-owner's decref (threads.cpp)
void dealloc_object(Object* o);     // calls the type's dealloc slot (threads.cpp)

// Relaxed (untorn, unordered) accesses to the header's plain fields.  These are the builtins
// std::atomic_ref lowers to; written directly because g++ sometimes calls atomic_ref's member
// functions out of line in a function as large as eval_frame.  Each is one mov on x86-64.
[[gnu::always_inline]] inline uint32_t load_local(Object* o) { return __atomic_load_n(&o->ob_ref_local, __ATOMIC_RELAXED); }
[[gnu::always_inline]] inline void store_local(Object* o, uint32_t v) { __atomic_store_n(&o->ob_ref_local, v, __ATOMIC_RELAXED); }
[[gnu::always_inline]] inline uintptr_t load_tid(Object* o) { return __atomic_load_n(&o->ob_tid, __ATOMIC_RELAXED); }
[[gnu::always_inline]] inline void store_tid(Object* o, uintptr_t v) { __atomic_store_n(&o->ob_tid, v, __ATOMIC_RELAXED); }
[[gnu::always_inline]] inline bool is_immortal(Object* o) { return load_local(o) == IMMORTAL_REFCNT; }

// Biased reference counting, fast paths.  The owner thread needs no atomic instruction at all:
// only it ever writes ob_ref_local (other threads only read it, to test for immortality).
// always_inline: in a function as large as eval_frame g++ otherwise stops inlining these and
// calls them, which cost fib 20% (measured with callgrind).
[[gnu::always_inline]] inline void incref(Object* o) {
    uint32_t local = load_local(o);
    if (local == IMMORTAL_REFCNT) return;
    if (load_tid(o) == current_tid()) {
        store_local(o, local + 1);
        if (stats_enabled) [[unlikely]] tls_stats.ref_local++;
    } else {
        o->ob_ref_shared.fetch_add(1 << SHARED_SHIFT, std::memory_order_relaxed);
        if (stats_enabled) [[unlikely]] tls_stats.ref_shared++;
    }
}
[[gnu::always_inline]] inline void decref(Object* o) {
    uint32_t local = load_local(o);
    if (local == IMMORTAL_REFCNT) return;
    if (load_tid(o) == current_tid()) {
        store_local(o, local - 1);
        if (stats_enabled) [[unlikely]] tls_stats.ref_local++;
        if (local == 1) decref_local_zero(o);
    } else {
        if (stats_enabled) [[unlikely]] tls_stats.ref_shared++;
        decref_shared(o);
    }
}
// The per-object 1-byte mutex (threads.cpp explains the slow paths, fairness and parking).
constexpr uint8_t MUTEX_LOCKED = 1, MUTEX_PARKED = 2;
void mutex_lock_slow(std::atomic<uint8_t>& m);
void mutex_unlock_slow(std::atomic<uint8_t>& m);
inline void mutex_lock(std::atomic<uint8_t>& m) {
    uint8_t expected = 0;  // acquire: see everything the previous holder wrote
    if (stats_enabled) [[unlikely]] tls_stats.locks++;
    if (!m.compare_exchange_strong(expected, MUTEX_LOCKED, std::memory_order_acquire)) mutex_lock_slow(m);
}
inline void mutex_unlock(std::atomic<uint8_t>& m) {
    uint8_t expected = MUTEX_LOCKED;  // release: publish our writes to the next holder
    if (!m.compare_exchange_strong(expected, 0, std::memory_order_release)) mutex_unlock_slow(m);
}
// Critical sections: hold one object's lock, or two objects' locks (taken in address order),
// for the duration of a scope.  No Python code may run inside one (DESIGN invariant 3): code that
// must call Python (a user __eq__) calls suspend(), runs it, resume()s and re-validates.
// While only one thread has ever existed, critical sections take no lock at all (see
// `multithreaded` in threads.cpp); the first start_new_thread switches locking on for good.
extern std::atomic<bool> multithreaded;
class CriticalSection {
    Object* o_;
    bool locked_ = false;
public:
    explicit CriticalSection(Object* o) : o_(o) { resume(); }
    ~CriticalSection() { suspend(); }
    void suspend() { if (locked_) { mutex_unlock(o_->ob_mutex); locked_ = false; } }
    void resume() {
        if (multithreaded.load(std::memory_order_relaxed)) { mutex_lock(o_->ob_mutex); locked_ = true; }
    }
    CriticalSection(const CriticalSection&) = delete;
    CriticalSection& operator=(const CriticalSection&) = delete;
};
class CriticalSection2 {
    Object *a_ = nullptr, *b_ = nullptr;  // locked, lower address first (b_ null: one object)
public:
    CriticalSection2(Object* a, Object* b);
    ~CriticalSection2();
    CriticalSection2(const CriticalSection2&) = delete;
    CriticalSection2& operator=(const CriticalSection2&) = delete;
};
void print_stats();  // -X stats: the process totals, on stderr, at exit (threads.cpp)

// The optional GIL (-X gil=1): off unless asked for (threads.cpp).
extern bool gil_enabled;
void gil_acquire(ThreadState* ts);
void gil_release(ThreadState* ts);
void gil_yield(ThreadState* ts);          // EVAL_GIL_DROP: let a waiting thread run
void set_switch_interval(double seconds);
double get_switch_interval();
// Around a blocking wait (sleep, Lock.acquire, join): give up the GIL meanwhile, if it is on,
// and tell QSBR that this thread holds no borrowed pointers (so it never delays reclamation).
// No object may be touched inside: another thread may be running.
class AllowThreads {
    ThreadState* ts_;
public:
    AllowThreads();
    ~AllowThreads();
    AllowThreads(const AllowThreads&) = delete;
    AllowThreads& operator=(const AllowThreads&) = delete;
};

[[gnu::always_inline]] inline void xincref(Object* o) { if (o) incref(o); }
[[gnu::always_inline]] inline void xdecref(Object* o) { if (o) decref(o); }
// Replace an owned pointer slot: incref new, store, then decref old (old's destructor may run
// arbitrary code, so the slot must already hold the new value).
template <class T>  // T = Object, or a subtype such as TypeObject for a typed slot
inline void set_ref(T*& slot, Object* v) { Object* old = slot; xincref(v); slot = static_cast<T*>(v); xdecref(old); }

// Ref<T>: owns one reference.  Ref::steal adopts a reference; Ref::borrow increfs.
template <class T>
class Ref {
    T* p_ = nullptr;
    template <class U> friend class Ref;
public:
    Ref() = default;
    Ref(std::nullptr_t) {}
    static Ref steal(T* p) { Ref r; r.p_ = p; return r; }
    static Ref borrow(T* p) { Ref r; r.p_ = p; if (p) incref(p); return r; }
    Ref(const Ref& o) : p_(o.p_) { if (p_) incref(p_); }
    Ref(Ref&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
    template <class U, class = std::enable_if_t<std::is_convertible_v<U*, T*>>>
    Ref(Ref<U>&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
    template <class U, class = std::enable_if_t<std::is_convertible_v<U*, T*>>>
    Ref(const Ref<U>& o) : p_(o.p_) { if (p_) incref(p_); }
    Ref& operator=(Ref o) noexcept { std::swap(p_, o.p_); return *this; }
    ~Ref() { if (p_) decref(p_); }
    T* get() const { return p_; }
    T* operator->() const { return p_; }
    T& operator*() const { return *p_; }
    explicit operator bool() const { return p_ != nullptr; }
    T* release() { T* p = p_; p_ = nullptr; return p; }  // hand the reference to the caller
};
using Obj = Ref<Object>;
inline Obj newref(Object* o) { return Obj::borrow(o); }
template <class T> Ref<T> ref_cast(Obj o) { return Ref<T>::steal(static_cast<T*>(o.release())); }

// ───────────────────────────── 2. Types and their slots ─────────────────────────────
//
// Calling convention (CPython's "vectorcall"): positional arguments args[0..nargs), then one value
// per keyword in args[nargs..nargs+len(kwnames)); kwnames is a tuple of str or nullptr.
using NativeFn = Obj (*)(Object* self, Object* const* args, size_t nargs, Object* kwnames);

// Binary operator numbers: CPython's NB_* values, also BINARY_OP's oparg.
enum BinOp : int {
    NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
    NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9,
    NB_SUBTRACT = 10, NB_TRUE_DIVIDE = 11, NB_XOR = 12,
    NB_INPLACE_ADD = 13,  // NB_INPLACE_x = NB_x + 13, up to NB_INPLACE_XOR = 25
    NB_INPLACE_XOR = 25,
};
const char* binop_symbol(int op);  // "+", "+=", "**" ... (objects.cpp)
// Comparison numbers: CPython's Py_LT ... Py_GE, also COMPARE_OP's oparg.
enum CmpOp : int { CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5 };
int cmp_swapped(int op);  // a < b  ⇔  b > a

enum TypeFlags : uint32_t {
    TPF_HEAPTYPE = 1u << 0,         // created by a class statement or type(name, bases, ns)
    TPF_BASETYPE = 1u << 1,         // may be subclassed
    TPF_INT_SUBCLASS = 1u << 2,     // fast isinstance checks, as CPython's Py_TPFLAGS_*_SUBCLASS
    TPF_STR_SUBCLASS = 1u << 3,
    TPF_LIST_SUBCLASS = 1u << 4,
    TPF_TUPLE_SUBCLASS = 1u << 5,
    TPF_DICT_SUBCLASS = 1u << 6,
    TPF_EXC_SUBCLASS = 1u << 7,     // BaseException and subclasses
    TPF_TYPE_SUBCLASS = 1u << 8,
    TPF_FLOAT_SUBCLASS = 1u << 9,
    TPF_BYTES_SUBCLASS = 1u << 10,
    TPF_IS_ABSTRACT = 1u << 11,     // __abstractmethods__ was set non-empty (abc.py): object() refuses
    TPF_HAS_FINALIZER = 1u << 12,   // the class (or a base written in Python) defines __del__
};

// Every slot may be null: the protocol function in objects.cpp then reports the CPython error
// ("'int' object is not subscriptable" ...).  Slots that "find nothing" return a null Ref
// *without* raising (getattro: attribute absent; iternext: iterator exhausted) so that the common
// case never pays for a C++ throw.
struct TypeObject : Object {
    std::string name;                 // "int", "Point"
    std::string qualname;
    size_t basicsize = 0;             // bytes of an instance (the C++ struct, plus a dict slot)
    size_t dictoffset = 0;            // offset of the instance's DictObject* (0 = no __dict__)
    uint32_t flags = 0;
    TypeObject* base = nullptr;       // first base (single inheritance in the Foundation)
    Object* bases = nullptr;          // tuple of bases (owned)
    std::vector<TypeObject*> mro;     // method resolution order, self first (borrowed: bases are kept alive by `bases`)
    Object* dict = nullptr;           // DictObject: methods, class attributes (owned)
    std::vector<size_t> slot_offsets; // where instances keep their __slots__ values (owned refs), inherited ones too

    void (*dealloc)(Object*) = nullptr;
    Obj (*repr)(Object*) = nullptr;
    Obj (*str)(Object*) = nullptr;
    int64_t (*hash)(Object*) = nullptr;                       // never returns -1
    Obj (*richcompare)(Object* a, Object* b, int op) = nullptr;  // may return NotImplemented
    Obj (*getattro)(Object* o, Object* name) = nullptr;       // null Ref = not found (no raise)
    void (*setattro)(Object* o, Object* name, Object* value) = nullptr;  // value null = delete
    NativeFn call = nullptr;                                  // self = the callable
    Obj (*iter)(Object*) = nullptr;
    Obj (*iternext)(Object*) = nullptr;                       // null Ref = exhausted (no raise)
    Obj (*descr_get)(Object* descr, Object* obj, Object* type) = nullptr;  // obj null: via class
    void (*descr_set)(Object* descr, Object* obj, Object* value) = nullptr;
    // Numbers.  binary(a, b, op) is tried with the operands in source order for BOTH the left
    // operand's type and the right operand's type (CPython's convention): each implementation
    // checks which operand is "its" type; it returns NotImplemented when it can't handle them.
    Obj (*binary)(Object* a, Object* b, int op) = nullptr;    // op in NB_ADD..NB_XOR
    Obj (*inplace)(Object* a, Object* b, int op) = nullptr;   // op in NB_ADD..NB_XOR (base op)
    Obj (*negative)(Object*) = nullptr;
    Obj (*positive)(Object*) = nullptr;
    Obj (*invert)(Object*) = nullptr;
    Obj (*absolute)(Object*) = nullptr;
    int (*truth)(Object*) = nullptr;                           // 0/1
    Obj (*nb_int)(Object*) = nullptr;                          // int(x)
    Obj (*nb_float)(Object*) = nullptr;                        // float(x)
    Obj (*nb_index)(Object*) = nullptr;                        // operator.index(x)
    // Containers.
    int64_t (*len)(Object*) = nullptr;
    Obj (*getitem)(Object* o, Object* key) = nullptr;
    void (*setitem)(Object* o, Object* key, Object* value) = nullptr;  // value null = delete
    int (*contains)(Object* o, Object* v) = nullptr;
    // Construction: type(args) = new_(type, args); then init(obj, args) if obj is an instance.
    Obj (*new_)(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) = nullptr;
    void (*init)(Object* self, Object* const* args, size_t nargs, Object* kwnames) = nullptr;
};

inline TypeObject* type_of(Object* o) { return o->ob_type; }
inline const char* type_name(Object* o) { return o->ob_type->name.c_str(); }
inline bool is_type(Object* o) { return type_of(o)->flags & TPF_TYPE_SUBCLASS; }  // a class (an instance of type)
bool is_subtype(TypeObject* a, TypeObject* b);  // b in a->mro

// The built-in type objects (each defined in the file that implements it).
extern TypeObject Type_Type, Object_Type, NoneType_Type, NotImplementedType_Type,
    Ellipsis_Type, Bool_Type, Int_Type, Float_Type, Str_Type, List_Type, Tuple_Type, Dict_Type,
    DictKeys_Type, DictValues_Type, DictItems_Type, Range_Type, Slice_Type, Function_Type,
    Method_Type, Builtin_Type, MethodDescr_Type, Cell_Type, Module_Type, Code_Type,
    BaseException_Type, Super_Type, Property_Type;
extern TypeObject StaticMethod_Type, ClassMethod_Type;  // staticmethod, classmethod (typeobject.cpp)

// Immortal singletons.
extern Object _Py_NoneStruct, _Py_NotImplementedStruct, _Py_EllipsisStruct;
struct IntObject;
extern IntObject _Py_TrueStruct, _Py_FalseStruct;
#define Py_None (&_Py_NoneStruct)
#define Py_NotImplemented (&_Py_NotImplementedStruct)
#define Py_Ellipsis (&_Py_EllipsisStruct)
#define Py_True ((Object*)&_Py_TrueStruct)
#define Py_False ((Object*)&_Py_FalseStruct)
inline Object* bool_obj(bool b) { return b ? Py_True : Py_False; }
inline Obj bool_ref(bool b) { return Obj::steal(bool_obj(b)); }  // immortal: no incref needed

// Allocation.  Every object is malloc'ed (calloc'ed) with room for type->basicsize bytes (at
// least sizeof(T)), constructed with placement new, and given the header: owner = this thread,
// local count 1.  Subclass instances of built-in types use the same struct T with extra bytes.
void* raw_alloc(size_t size);  // calloc or raise MemoryError (threads.cpp)
void raw_free(void* p);
// A std::allocator that takes its memory from raw_alloc, so that the small arrays inside
// objects (a dict's entries and index table) come from the same per-thread free lists as the
// objects: making an instance and its __dict__ then calls malloc not at all.
template <class T>
struct BlockAllocator {
    using value_type = T;
    BlockAllocator() = default;
    template <class U> BlockAllocator(const BlockAllocator<U>&) {}
    T* allocate(size_t n) { return static_cast<T*>(raw_alloc(n * sizeof(T))); }
    void deallocate(T* p, size_t) { raw_free(p); }
    template <class U> bool operator==(const BlockAllocator<U>&) const { return true; }
};
// A per-thread stack of freed objects of one exact built-in type (float.cpp, int.cpp): loops make
// and drop numbers at a high rate, and popping a block here costs a few instructions.  A freed
// block holds the next pointer in its first word.  The struct is trivial on purpose: a
// thread_local with a constructor or destructor is reached through an initialization check on
// every access; this one is a plain %fs-relative load.  thread_state_delete empties the lists.
struct ObjectFreeList {
    static constexpr uint32_t MAX = 256;
    struct Block { Block* next; };
    Block* head = nullptr;
    uint32_t count = 0;
    void* pop() {
        Block* b = head;
        if (b) { head = b->next; count--; }
        return b;
    }
    bool push(void* p) {  // false: full, the caller frees p
        if (count >= MAX) return false;
        head = new (p) Block{head};
        count++;
        return true;
    }
    void clear() {
        while (void* p = pop()) raw_free(p);
    }
};
void clear_number_freelists();
ObjectFreeList* int_freelist_of_this_thread();    // int.cpp
ObjectFreeList* float_freelist_of_this_thread();  // float.cpp  // float.cpp and int.cpp's lists, at thread exit (float.cpp)
void init_header(Object* o, TypeObject* type);  // owner = current thread, refcount 1, incref type if heap
template <class T>
Ref<T> alloc_object(TypeObject* type, size_t extra = 0) {
    size_t size = sizeof(T) + extra;
    if (type->basicsize > size) size = type->basicsize;
    void* mem = raw_alloc(size);
    T* o = new (mem) T();
    init_header(o, type);
    return Ref<T>::steal(o);
}
// Default dealloc for struct T: destroy members, release the instance dict, free the memory,
// and drop the reference a heap type's instances hold on their type.
void object_free(Object* o);  // frees memory + type ref; call after ~T()
template <class T>
void dealloc_as(Object* o) { static_cast<T*>(o)->~T(); object_free(o); }
void make_immortal(Object* o);  // ob_ref_local = IMMORTAL_REFCNT (threads.cpp)
// Objects every thread uses (module-level functions, code, classes, modules, built-in functions):
// refcounted normally while one thread exists, immortal once a second one starts (threads.cpp).
constexpr uint8_t GC_BITS_DEFERRED = 1;   // in ob_gc_bits: marked, not yet immortal
constexpr uint8_t GC_BITS_FINALIZED = 2;  // in ob_gc_bits: __del__ has run (it runs once, PEP 442)
bool call_finalizer(Object* o);           // run o.__del__ on a dead o; true: it was resurrected (classobject.cpp)
void set_deferred_refcount(Object* o);
void immortalize_deferred_objects();      // the first start of a second thread calls this

// ───────────────────────────── Concrete objects ─────────────────────────────

// int: a machine word when it fits (big == nullptr), otherwise a bigint (int.cpp).  Values
// -5..256 are preallocated immortal objects.  bool is a subtype: True/False are IntObjects.
struct BigInt;  // sign-magnitude digits, defined in int.cpp
struct IntObject : Object {
    int64_t value = 0;       // valid when big == nullptr
    BigInt* big = nullptr;   // owned; normalised so that a value fitting int64 is never big
};
struct FloatObject : Object { double value = 0.0; };
// range_iterator (range.cpp): next item, step and how many are left, all in int64.  Here because
// the JIT's FOR_ITER stencil reads it directly.
struct RangeIterObject : Object { int64_t next = 0, step = 0, remaining = 0; };
extern struct TypeObject RangeIter_Type;
extern struct TypeObject ListIter_Type;  // list_iterator (list.cpp; sequence.h: SeqIterObject), for the same stencil

// str: UTF-8 bytes, NUL-terminated.  length counts code points; ascii means length == size,
// so indexing is O(1).  hash is cached (-1 = not yet computed).
struct StrObject : Object {
    int64_t hash = -1;
    size_t size = 0;         // bytes
    size_t length = 0;       // code points
    bool ascii = true;
    bool interned = false;
    char data[];             // size + 1 bytes (GNU flexible array member)
};
struct BytesObject : Object {   // bytes: immutable, its bytes inline (bytes.cpp)
    int64_t hash = -1;
    size_t size = 0;
    char data[];             // size + 1 bytes (a NUL after the content, for convenience)
};
struct ByteArrayObject : Object { std::vector<uint8_t> items; };  // bytearray: mutable (under its lock)
struct TupleObject : Object {
    size_t size = 0;
    Object* items[];         // owned references
};
struct ListObject : Object { std::vector<Object*> items; };  // owned references

// dict: insertion-ordered, like CPython's compact dict.  entries keeps insertion order (deleted
// entries have key == nullptr); indices is an open-addressing table of entry positions
// (-1 empty, -2 deleted), its size a power of two.
struct DictEntry { int64_t hash; Object* key; Object* value; };
struct DictObject : Object {
    std::vector<DictEntry, BlockAllocator<DictEntry>> entries;
    std::vector<int32_t, BlockAllocator<int32_t>> indices;
    size_t used = 0;         // live entries
    size_t fill = 0;         // index slots not empty (live + deleted): checked against 2/3 load
    // Changed (under the lock) on every mutation, to a number no other dict state ever had:
    // the lock-free caches of attrcache.cpp compare it.
    std::atomic<uint64_t> version{0};
};
// ob_flags bits.
constexpr uint16_t OBF_TYPE_DICT = 1;  // this dict is a class's __dict__ (attrcache.cpp's epoch)
constexpr uint16_t OBF_GLOBALS_DICT = 2;  // a module's dict: values leave it via decref_after_grace
inline uint64_t dict_version(Object* d) {
    return static_cast<DictObject*>(d)->version.load(std::memory_order_acquire);
}
Obj dict_get_str_versioned(Object* d, Object* key, uint64_t* version);  // dict_get_str + the version seen under the lock
// attrcache.cpp: lock-free caches for LOAD_GLOBAL and class attributes, used once threads exist.
uint64_t next_dict_version();        // a fresh, never-used version number
void type_cache_invalidate();        // a class's dict changed, or a class was freed
struct CodeObject;
Object* global_cache_get(CodeObject* co, uint32_t oparg, Object* globals, Object* builtins);  // borrowed, or null
Obj load_global_slow(CodeObject* co, uint32_t oparg, Object* globals, Object* builtins);     // null if not found
void free_global_cache(CodeObject* co);
void free_attr_cache(CodeObject* co);  // specialize.cpp
struct TypeObject;
bool type_cache_get(TypeObject* t, Object* name, Object** value);  // true: *value (borrowed, null = absent)
extern std::atomic<uint64_t> type_epoch;  // attrcache.cpp
inline uint64_t type_cache_epoch() { return type_epoch.load(std::memory_order_acquire); }
void forget_local_type_cache();  // at exit (typeobject.cpp)
void type_cache_put(TypeObject* t, Object* name, Object* value, uint64_t epoch);
struct DictViewObject : Object { DictObject* dict = nullptr; };  // keys()/values()/items() (owned dict)

struct RangeObject : Object { Object* start = nullptr; Object* stop = nullptr; Object* step = nullptr; Object* length = nullptr; };  // all ints (owned)
struct SliceObject : Object { Object* start = nullptr; Object* stop = nullptr; Object* step = nullptr; };  // owned (None when absent)
struct CellObject : Object { Object* ref = nullptr; };        // a closure cell; ref null = empty
struct ModuleObject : Object { Object* name = nullptr; Object* dict = nullptr; };  // owned

struct CodeObject;
struct FunctionObject : Object {
    CodeObject* code = nullptr;        // owned
    Object* globals = nullptr;         // DictObject, owned
    Object* builtins = nullptr;        // DictObject, owned
    Object* defaults = nullptr;        // tuple or null
    Object* kwdefaults = nullptr;      // dict or null
    Object* closure = nullptr;         // tuple of cells or null
    Object* name = nullptr;            // str
    Object* qualname = nullptr;        // str
    Object* doc = nullptr;             // str or None
    Object* module = nullptr;          // str (__name__ of the globals) or None
    Object* dict = nullptr;            // function attributes, or null
    Object* annotate = nullptr;        // __annotate__: makes the annotations dict on first use, or null
    Object* annotations = nullptr;     // __annotations__ once made or assigned, or null
};
struct MethodObject : Object { Object* func = nullptr; Object* self = nullptr; };  // bound method (owned)
// A built-in function, or a built-in method bound to its self.
struct BuiltinObject : Object {
    const char* name = nullptr;
    NativeFn fn = nullptr;
    Object* self = nullptr;            // owned or null (module functions: the module or null)
    const char* doc = nullptr;
};
// A method of a built-in type, stored in the type's dict ("method descriptor"): looking it up on
// an instance binds it (a BuiltinObject with self = the instance); the eval loop's method-call
// path calls fn(self, args) directly without creating the bound object.
struct MethodDescrObject : Object {
    const char* name = nullptr;
    NativeFn fn = nullptr;
    TypeObject* owner = nullptr;       // borrowed: the type outlives its methods
};
struct SuperObject : Object { TypeObject* type = nullptr; Object* obj = nullptr; TypeObject* obj_type = nullptr; };  // owned
struct PropertyObject : Object { Object* fget = nullptr; Object* fset = nullptr; Object* fdel = nullptr; Object* doc = nullptr; };

// A generic instance of a user class that does not inherit from a built-in container/number.
// Its __dict__ pointer lives at type->dictoffset (== offsetof(InstanceObject, dict) here).
struct InstanceObject : Object { Object* dict = nullptr; };
Obj member_descr_new(TypeObject* owner, Object* name, size_t offset);  // a __slots__ member (descrobject.cpp)
Object** instance_dict_slot(Object* o);  // address of o's dict pointer, or null if it has none

// Exceptions.  One struct for every exception class; user subclasses add a dict.
struct TracebackEntry { Ref<CodeObject> code; uint32_t instr; };
struct ExceptionObject : Object {
    Object* dict = nullptr;            // instance attributes (e.g. SyntaxError's filename)
    Object* args = nullptr;            // tuple
    Object* cause = nullptr;           // __cause__ or null
    Object* context = nullptr;         // __context__ or null
    bool suppress_context = false;     // set by "raise ... from ..."
    std::vector<TracebackEntry> traceback;  // one entry per frame unwound, innermost first (printed reversed)
};
// The built-in exception classes (created by init_exceptions, objects.cpp).
extern TypeObject *Exc_BaseException, *Exc_Exception, *Exc_ArithmeticError,
    *Exc_ZeroDivisionError, *Exc_OverflowError, *Exc_LookupError, *Exc_IndexError,
    *Exc_KeyError, *Exc_ValueError, *Exc_TypeError, *Exc_NameError, *Exc_UnboundLocalError,
    *Exc_AttributeError, *Exc_RuntimeError, *Exc_RecursionError, *Exc_NotImplementedError,
    *Exc_StopIteration, *Exc_AssertionError, *Exc_KeyboardInterrupt, *Exc_SystemExit,
    *Exc_MemoryError, *Exc_SyntaxError, *Exc_IndentationError, *Exc_TabError, *Exc_ImportError,
    *Exc_ModuleNotFoundError, *Exc_UnicodeError, *Exc_UnicodeDecodeError, *Exc_EOFError,
    *Exc_OSError, *Exc_GeneratorExit, *Exc_FloatingPointError, *Exc_Warning, *Exc_UserWarning,
    *Exc_DeprecationWarning, *Exc_SyntaxWarning, *Exc_RuntimeWarning, *Exc_StopAsyncIteration;

// Warnings (warnings.cpp): printed on sys.stderr as CPython's default filters do.  warn() takes
// the file and line from the running Python frame and prints once per place (the module's
// __warningregistry__); warn_explicit() is told them and keeps no memory, so it prints every
// time (the compiler's SyntaxWarnings, as CPython).
bool warn(TypeObject* category, const std::string& message);  // true: it was printed
void warn_explicit(TypeObject* category, const std::string& message, const std::string& filename, int lineno);

// ───────────────────────────── 3. Raising and catching ─────────────────────────────
//
// raise(exc) stores exc in the thread state (tstate()->curexc, owned), sets its __context__ to the
// exception currently being handled (if any, as CPython does), then throws PyError.  Whoever
// catches PyError owns the problem: it either handles it (fetch_exception() and drop it) or lets
// it propagate.  PyError carries nothing: the exception lives in the thread state.
struct PyError {};
[[noreturn]] void raise(Object* exc);                                // exc: instance (borrowed)
[[noreturn]] void raise_msg(TypeObject* type, const std::string& msg);  // type(msg)
[[noreturn]] void raise_fmt(TypeObject* type, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
[[noreturn]] void raise_type_or_instance(Object* type_or_exc);      // `raise X`: X() if X is a class
Obj fetch_exception();                      // take tstate()->curexc (caller now owns it)
bool exception_matches(Object* exc, Object* type_or_tuple);  // isinstance check for except clauses
Obj make_exception(TypeObject* type, const std::string& msg);
[[noreturn]] void raise_syntax_error(TypeObject* type, const std::string& msg, const std::string& filename,
                                     int line, int col, int end_line, int end_col, const std::string& text);
// Frequently used message helpers (objects.cpp).
[[noreturn]] void raise_attribute_error(Object* o, Object* name);  // 'X' object has no attribute 'n'
std::string strfmt(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

// ───────────────────────────── The object protocol (objects.cpp) ─────────────────────────────
Obj repr(Object* o);                 // repr(o) → str
Obj str(Object* o);                  // str(o)  → str
std::string repr_string(Object* o);  // convenience: repr as std::string
std::string str_string(Object* o);
int64_t hash(Object* o);             // TypeError "unhashable type: 'list'"
bool truthy(Object* o);              // bool(o)
int64_t length(Object* o);           // len(o)
Obj getattr(Object* o, Object* name);            // raises AttributeError
Obj getattr_opt(Object* o, Object* name);        // null Ref if absent
Obj getattr_str(Object* o, const char* name);
void setattr(Object* o, Object* name, Object* v);
void delattr(Object* o, Object* name);
Obj generic_getattr(Object* o, Object* name);    // the default getattro: type attrs, descriptors, instance dict
void generic_setattr(Object* o, Object* name, Object* v);
Obj lookup_type_attr(TypeObject* t, Object* name);  // find name along the MRO (null if absent), no binding
Obj getitem(Object* o, Object* key);
void setitem(Object* o, Object* key, Object* v);
void delitem(Object* o, Object* key);
bool contains(Object* container, Object* v);     // `v in container`
Obj get_iter(Object* o);                         // iter(o)
Obj iter_next(Object* it);                       // next(it) or null Ref at the end
Obj binary_op(Object* a, Object* b, int op);     // op: NB_* incl. in-place variants
Obj richcompare(Object* a, Object* b, int op);   // CMP_*
bool richcompare_bool(Object* a, Object* b, int op);  // with the identity shortcut for ==/!=
bool objects_equal(Object* a, Object* b);        // a is b or a == b
Obj unary_negative(Object* o);
Obj unary_positive(Object* o);
Obj unary_invert(Object* o);
Obj number_index(Object* o);                     // __index__: TypeError if not an integer
int64_t index_as_i64(Object* o);                 // for sequence indices
bool isinstance(Object* o, Object* type_or_tuple);
bool issubclass(Object* cls, Object* type_or_tuple);
bool is_callable(Object* o);
// Calls.  call() dispatches on the callable's type: Python functions run in the VM (vm.cpp),
// everything else through the type's call slot.
Obj call(Object* callable, Object* const* args, size_t nargs, Object* kwnames = nullptr);
Obj call0(Object* callable);
Obj call1(Object* callable, Object* a);
Obj call2(Object* callable, Object* a, Object* b);
Obj call_method(Object* self, const char* name, Object* const* args, size_t nargs);  // self.name(*args)
Obj call_type(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames);  // type's call slot
// Argument binding for native functions: fills out[i] (borrowed, null if not given) for each
// parameter name; the first `npositional` names may be given positionally (a name starting with
// '$' is keyword-only, one starting with '/' positional-only), at least `nrequired` must be given.
// Raises CPython's TypeErrors ("print() got an unexpected keyword argument 'x'").
void parse_args(const char* fname, Object* const* args, size_t nargs, Object* kwnames,
                std::initializer_list<const char*> names, size_t nrequired, Object** out);
void check_nargs(const char* fname, size_t nargs, Object* kwnames, size_t min, size_t max);  // + "takes no keyword arguments"

// Building types and methods (objects.cpp).
struct MethodDef { const char* name; NativeFn fn; const char* doc = nullptr; };
void type_ready(TypeObject* t, const char* name, TypeObject* base, size_t basicsize);  // fill mro, dict, inherit slots, make immortal
void add_methods(TypeObject* t, std::initializer_list<MethodDef> defs);   // method descriptors into t->dict
void add_attr(TypeObject* t, const char* name, Object* value);            // t.name = value (borrowed)
// A "getset descriptor" (typeobject.cpp): a computed attribute of a built-in type (int.real,
// type.__name__, object.__class__). set may be null (read-only); value null = delete.
struct GetSetDef {
    const char* name;
    Obj (*get)(Object* self);
    void (*set)(Object* self, Object* value) = nullptr;
};
void add_getsets(TypeObject* t, std::initializer_list<GetSetDef> defs);
Obj builtin_new(const char* name, NativeFn fn, Object* self = nullptr);   // a BuiltinObject
// Class creation: type(name, bases, ns); the class keywords (class C(B, tag=1)), if any, go to
// the base's __init_subclass__.
Obj type_new(TypeObject* metatype, Object* name, Object* bases, Object* ns, Object* const* kwvals = nullptr,
             Object* kwnames = nullptr);
TypeObject* winner_metatype(TypeObject* meta, Object* bases);  // the most derived metaclass, or TypeError
Obj object_new_instance(TypeObject* type);       // allocate an instance of a user class (object.__new__)
Obj object_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames);  // object.__new__'s slot

// ───────────────────────────── Constructors and accessors per type ─────────────────────────────
// int (int.cpp)
Obj int_from_i64(int64_t v);                        // small ints are immortal and shared
IntObject* small_int_table();                       // the immortal ints -5..256, in order (the JIT boxes inline)
Obj int_from_u64(uint64_t v);
Obj int_from_double(double d);                      // truncates; OverflowError/ValueError for inf/nan
Obj int_from_string(std::string_view s, int base);  // int("..", base): ValueError like CPython
Obj int_from_literal(std::string_view s);           // a Python integer literal: 0x1f, 1_000, 0o17
bool int_is_small(Object* o);                       // fits in int64
int64_t int_as_i64(Object* o);                      // OverflowError "Python int too large to convert to C int64_t"
double int_as_double(Object* o);                    // OverflowError "int too large to convert to float"
std::string int_to_string(Object* o, int base = 10);  // "-0x1f" style prefixes for 2, 8, 16
int int_sign(Object* o);
int64_t int_hash(Object* o);                        // CPython's: mod 2**61-1
Obj int_pow_mod(Object* base, Object* exp, Object* mod);  // pow(a, b, m)
Obj int_binary(Object* a, Object* b, int op);       // both ints (or bools): full semantics incl. bigints
int int_compare(Object* a, Object* b);              // -1, 0, 1
int int_compare_double(Object* a, double d);        // exact, as CPython; d not nan
std::string format_int(Object* o, const struct FormatSpec& spec);
inline bool is_int(Object* o) { return o->ob_type->flags & TPF_INT_SUBCLASS; }
inline bool is_exact_int(Object* o) { return o->ob_type == &Int_Type; }
inline bool is_bool(Object* o) { return o->ob_type == &Bool_Type; }
// float (float.cpp)
Obj float_new(double v);
std::string float_repr(double v);                   // shortest round-trip: 0.1, 1e+16, inf, nan, -0.0
double float_from_string(std::string_view s);       // float("1.5"): ValueError "could not convert string to float: 'x'"
int64_t float_hash(double v);
std::string format_float(double v, const struct FormatSpec& spec);
double as_double(Object* o);                        // int or float (or __float__) → double; TypeError otherwise
// round() (int.cpp, float.cpp) and sys.get/set_int_max_str_digits (int_text.cpp).
Obj int_round(Object* x, Object* ndigits);          // ndigits null/None → int(x); < 0 → round half even to 10**-ndigits
Obj float_round(double x, Object* ndigits);         // ndigits null/None → nearest int (half even); else a float, correctly rounded
int int_max_str_digits();                           // 4300 by default; 0 = no limit
void set_int_max_str_digits(int n);                 // caller validates (n == 0 or n >= 640, else ValueError)
// The shortest-repr machinery under float_repr: code 'r' (shortest) or 'e'/'f'/'g' with precision.
std::string float_short_text(double v, char code, int precision, bool add_dot_0, bool alt);
// complex (complexobject.cpp)
extern TypeObject Complex_Type;
Obj complex_new(double real, double imag);
bool is_complex(Object* o);
inline bool is_float(Object* o) { return o->ob_type->flags & TPF_FLOAT_SUBCLASS; }
inline double float_value(Object* o) { return static_cast<FloatObject*>(o)->value; }
// str (str.cpp)
Obj str_new(std::string_view utf8);                 // utf8 must be valid UTF-8
Obj str_from_codepoint(uint32_t cp);
Obj intern(std::string_view s);                     // the immortal interned string for s
Object* intern_cstr(const char* s);                 // same, borrowed (immortal), for static names
inline std::string_view str_view(Object* s) { auto* p = static_cast<StrObject*>(s); return {p->data, p->size}; }
inline bool is_str(Object* o) { return o->ob_type->flags & TPF_STR_SUBCLASS; }
int64_t str_hash(Object* s);                        // deterministic FNV-1a of the UTF-8 bytes (see str.cpp)
bool str_equal(Object* a, Object* b);
Obj str_concat(Object* a, Object* b);
Obj str_join(Object* sep, Object* iterable);
std::string str_repr_of(std::string_view utf8);     // 'it''s' → "it's" quoting rules of CPython
Obj str_format_method(Object* fmt, Object* const* args, size_t nargs, Object* kwnames);  // str.format
Obj format(Object* value, Object* spec);            // format(value, spec): __format__ dispatch
Obj str_percent_format(Object* fmt, Object* args);  // "%d" % x
// The format-spec mini-language ([[fill]align][sign][z][#][0][width][grouping][.precision][type]).
struct FormatSpec {
    uint32_t fill = ' ';
    char align = 0;       // '<' '>' '^' '=' or 0
    char sign = 0;        // '+' '-' ' ' or 0
    bool alternate = false, zero_pad = false, no_neg_zero = false;
    int64_t width = -1, precision = -1;
    char grouping = 0;    // ',' '_' or 0
    char type = 0;        // 'd' 'f' 'e' 'g' '%' 'x' 's' ... or 0
    char frac_grouping = 0;  // ',' '_' or 0: 3.14's grouping of fraction digits (".3_f")
};
FormatSpec parse_format_spec(std::string_view spec);  // ValueError "Invalid format specifier ..."
// Same, naming the formatted object's type in errors ("... for object of type 'int'"); the
// one-argument form says 'object'.
FormatSpec parse_format_spec(std::string_view spec, const char* type_name);
std::string apply_padding(std::string body, const FormatSpec& spec, char default_align);  // fill/align/width
// tuple, list (list.cpp)
Obj tuple_new(size_t n);                            // items zeroed: caller stores owned refs
Obj tuple_pack(std::initializer_list<Object*> items);  // increfs each
Obj tuple_from_iterable(Object* it);
inline bool is_tuple(Object* o) { return o->ob_type->flags & TPF_TUPLE_SUBCLASS; }
inline size_t tuple_size(Object* t) { return static_cast<TupleObject*>(t)->size; }
inline Object* tuple_item(Object* t, size_t i) { return static_cast<TupleObject*>(t)->items[i]; }  // borrowed
Obj list_new(size_t n = 0);                         // n null slots that the caller fills with owned refs
void list_append(Object* list, Object* v);          // increfs v
void list_extend(Object* list, Object* iterable);
Obj list_from_iterable(Object* it);
void list_sort(Object* list, Object* key, bool reverse);  // stable (key may be null)
inline bool is_list(Object* o) { return o->ob_type->flags & TPF_LIST_SUBCLASS; }
// The raw vector: only for a list no other thread can see yet (one being built), or while
// holding the list's lock (CriticalSection).  Another thread's append may reallocate it at any
// moment, so a shared list is read through list_size / list_item_ref or under its lock.
inline std::vector<Object*>& list_items(Object* l) { return static_cast<ListObject*>(l)->items; }
inline size_t list_size(Object* l) {
    CriticalSection cs(l);
    return list_items(l).size();
}
// lst[i] as a new reference (negative i counts from the end), or null when out of range.  The
// reference is taken under the lock: a borrowed pointer could be freed by another thread's del.
inline Obj list_item_ref(Object* l, int64_t i) {
    CriticalSection cs(l);
    auto& items = list_items(l);
    if (i < 0) i += int64_t(items.size());
    if (i < 0 || size_t(i) >= items.size()) return Obj();
    return newref(items[size_t(i)]);
}
// lst[i] = v for an in-range i (negative counts from the end); takes over the caller's reference
// to v.  False (nothing done) when i is out of range: the caller raises through setitem().
inline bool list_store_fast(Object* l, int64_t i, Object* v) {
    Object* old;
    {
        CriticalSection cs(l);
        auto& items = list_items(l);
        if (i < 0) i += int64_t(items.size());
        if (i < 0 || size_t(i) >= items.size()) return false;
        old = items[size_t(i)];
        items[size_t(i)] = v;
    }
    decref(old);  // outside the lock: freeing the old item can run arbitrary code
    return true;
}
// Sequence helpers shared by list, tuple, str, range.
bool slice_indices(Object* slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step, int64_t* count);  // CPython's PySlice_GetIndicesEx
Obj slice_new(Object* start, Object* stop, Object* step);  // borrowed args (null → None)
// dict (dict.cpp)
Obj dict_new();
Obj dict_get(Object* d, Object* key);               // new ref or null Ref if absent; raises if unhashable
int64_t dict_find_interned(Object* d, Object* key);   // specialize.cpp's unlocked probe (one thread only)
bool dict_store_at(Object* d, size_t ix, Object* key, Object* v);  // same: entry ix's value = v (stolen)
Obj dict_get_str(Object* d, Object* key);           // key: an interned str (pointer compare first)
void dict_set(Object* d, Object* key, Object* value);  // increfs both
bool dict_del(Object* d, Object* key);              // false if absent
bool dict_next(Object* d, size_t* pos, Object** key, Object** value);  // borrowed; iteration in insertion order
void dict_update(Object* d, Object* other);         // other: dict or mapping or iterable of pairs
size_t dict_size(Object* d);
void dict_clear(Object* d);
inline bool is_dict(Object* o) { return o->ob_type->flags & TPF_DICT_SUBCLASS; }
// Every key with its hash, in insertion order (new references), taken under the dict's lock.
std::vector<std::pair<Obj, int64_t>> dict_keys_hashed(Object* d);
// set and frozenset (set.cpp)
extern TypeObject Set_Type, FrozenSet_Type;
Obj set_new();                                      // an empty set
void set_add(Object* s, Object* key);               // increfs key; TypeError if unhashable
void set_update(Object* s, Object* iterable);       // s |= the items of iterable
void set_inplace_op(Object* s, Object* other, int op);  // s op= other (NB_OR/AND/SUBTRACT/XOR), other any iterable
size_t set_size(Object* s);
Obj frozenset_from(Object* iterable);
bool is_anyset(Object* o);                          // a set or frozenset (or a subclass)
// others (objects.cpp)
Obj range_new(Object* start, Object* stop, Object* step);
Obj cell_new(Object* v);                            // v may be null (empty cell)
Obj module_new(std::string_view name);
Obj method_new(Object* func, Object* self);         // bound method
Obj property_new(Object* fget, Object* fset, Object* fdel, Object* doc);

// ───────────────────────────── 4. Source positions, the AST ─────────────────────────────
//
// Positions are 1-based lines and 0-based UTF-8 byte columns, end exclusive — the same convention
// as CPython's ast module (lineno, col_offset, end_lineno, end_col_offset).
struct Pos { int line = 0, col = 0, end_line = 0, end_col = 0; };

// Tokens (parser.cpp).  The tokenizer turns indentation into INDENT/DEDENT tokens and joins lines
// inside brackets (implicit line joining), exactly as CPython's tokenizer does.
enum class Tok : uint8_t { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER,
                           FSTRING_START, FSTRING_MIDDLE, FSTRING_END,
                           ERRORTOKEN };  // where the tokenizer failed (only with `deferred_error`)
struct Token {
    Tok kind;
    std::string text;   // the exact source text (for STRING: including prefix and quotes)
    Pos pos;
};
// A bracket still open at end of file.  The parser gets it instead of an immediate error because
// CPython reports "'(' was never closed" only when the parser fails at the end of the file or on a
// later line than the bracket; "def f(:" is plain "invalid syntax" at the ':'.
struct UnclosedBracket { char ch = 0; int line = 0, col = 0; };
// Raises SyntaxError.  With `unclosed` given, an open bracket at EOF is reported there instead.
// With `deferred_error` given, a SyntaxError is not raised but stored there, and the tokens read
// before it end with an ERRORTOKEN: the parser raises it when it gets that far.
std::vector<Token> tokenize(std::string_view source, const std::string& filename,
                            UnclosedBracket* unclosed = nullptr, Obj* deferred_error = nullptr);

enum class ExprKind : uint8_t {
    Constant, Name, Attribute, Subscript, Slice, Starred, BinOp, UnaryOp, BoolOp, Compare, Call,
    IfExp, Lambda, NamedExpr, Tuple, List, Set, Dict, ListComp, SetComp, DictComp, GeneratorExp,
    JoinedStr, FormattedValue, TemplateStr, Interpolation, Yield, YieldFrom, Await,
};
enum class Ctx : uint8_t { Load, Store, Del };
enum class UnOp : uint8_t { Not, Neg, Pos, Invert };
enum class BoolOpKind : uint8_t { And, Or };
// Compare operators: CMP_* for <,<=,==,!=,>,>= and these for the rest.
enum CmpExtra : int { CMP_IS = 6, CMP_IS_NOT = 7, CMP_IN = 8, CMP_NOT_IN = 9 };

struct Expr;
struct Stmt;
using ExprP = std::unique_ptr<Expr>;
using StmtP = std::unique_ptr<Stmt>;
using Body = std::vector<StmtP>;

struct Keyword { std::string arg; ExprP value; Pos pos; };  // arg empty: **value
struct Arg { std::string name; ExprP annotation; Pos pos; };
struct Arguments {                    // def f(posonly, /, args, *vararg, kwonly, **kwarg)
    std::vector<Arg> posonlyargs, args, kwonlyargs;
    std::unique_ptr<Arg> vararg, kwarg;
    std::vector<ExprP> defaults;      // for the last len(defaults) of posonlyargs+args
    std::vector<ExprP> kw_defaults;   // one per kwonlyarg, null where none
};
struct Comprehension { ExprP target, iter; std::vector<ExprP> ifs; bool is_async = false; };

// One struct for every expression kind; which fields are used is listed per kind:
//   Constant       value (int/float/str/bytes/bool/None/Ellipsis object)
//   Name           id, ctx
//   Attribute      a = object, id = attribute name, ctx
//   Subscript      a = object, b = index (maybe a Slice), ctx
//   Slice          a = lower, b = upper, c = step (each may be null)
//   Starred        a = value, ctx
//   BinOp          a = left, op = NB_* (NB_ADD..NB_XOR), b = right
//   UnaryOp        unop, a = operand
//   BoolOp         boolop, elts = values (two or more)
//   Compare        a = left, cmpops = ops (CMP_* / CmpExtra), elts = comparators
//   Call           a = function, elts = positional args (may contain Starred), keywords
//   IfExp          a = test, b = body, c = orelse
//   Lambda         args, a = body
//   NamedExpr      a = target (a Name), b = value
//   Tuple/List/Set elts, ctx
//   Dict           keys (null key: **value unpacking), elts = values
//   ListComp/SetComp/GeneratorExp   a = element, generators
//   DictComp       a = key, b = value, generators
//   JoinedStr      elts = Constant str parts and FormattedValue parts (an f-string)
//   FormattedValue a = value, conversion (-1, 's', 'r', 'a'), b = format spec (JoinedStr) or null,
//                  id = the expression's source text when written as {x=} (then the Constant
//                  "x=" precedes it in the JoinedStr and conversion defaults to 'r')
//   TemplateStr / Interpolation    (t-strings, a later issue) like JoinedStr / FormattedValue
//   Yield / YieldFrom / Await      a = value (may be null for Yield)
struct Expr {
    ExprKind kind;
    Pos pos;
    Ctx ctx = Ctx::Load;
    Obj value;
    std::string id;
    ExprP a, b, c;
    int op = 0;
    UnOp unop = UnOp::Not;
    BoolOpKind boolop = BoolOpKind::And;
    int conversion = -1;
    Pos outer;  // the span with the parentheses around it, if written in them (line 0: none);
                // the enclosing node's span starts or ends there, as in CPython's AST
    std::vector<ExprP> elts;
    std::vector<ExprP> keys;
    std::vector<int> cmpops;
    std::vector<Keyword> keywords;
    std::vector<Comprehension> generators;
    std::unique_ptr<Arguments> args;
    explicit Expr(ExprKind k, Pos p = {}) : kind(k), pos(p) {}
};

// Patterns of the match statement (PEP 634), one struct for every kind:
//   Value      value = a literal (Constant, -1, 1+2j) or a dotted name (a.b): matches by ==
//   Singleton  value = Constant None/True/False: matches by `is`
//   Capture    name ("" = the wildcard _): always matches, binds the subject to name
//   Star       name ("" = *_): inside a sequence pattern, binds a list of the rest
//   Sequence   patterns ([p, q, *r] or (p, q))
//   Mapping    keys (literals / dotted names), patterns (their values), name (**rest or "")
//   Class      cls (a dotted name), patterns (positional), kwd_attrs + kwd_patterns (a=p)
//   As         pattern (the sub-pattern) `as` name
//   Or         patterns (p | q | ...)
enum class PatKind : uint8_t { Value, Singleton, Capture, Star, Sequence, Mapping, Class, As, Or };
struct Pattern;
using PatternP = std::unique_ptr<Pattern>;
struct Pattern {
    PatKind kind;
    Pos pos;
    ExprP value, cls;
    std::string name;
    std::vector<PatternP> patterns;
    std::vector<ExprP> keys;
    std::vector<std::string> kwd_attrs;
    std::vector<PatternP> kwd_patterns;
    PatternP pattern;
    explicit Pattern(PatKind k, Pos p = {}) : kind(k), pos(p) {}
};
struct MatchCase { PatternP pattern; ExprP guard; Body body; Pos pos; };

enum class StmtKind : uint8_t {
    FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, While, If, With,
    Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal, ExprStmt, Pass, Break, Continue, Match,
};
struct ExceptHandler { ExprP type; std::string name; Body body; Pos pos; bool star = false; };  // type null: bare except; star: except*
struct WithItem { ExprP context_expr, optional_vars; };
struct Alias { std::string name, asname; Pos pos; };  // asname empty: none

// One struct for every statement kind:
//   FunctionDef  name, args, body, decorators, returns (the return annotation, or null)
//   ClassDef     name, bases, keywords, body, decorators
//   Return       value (may be null)
//   Delete       targets
//   Assign       targets (a = b = value: two targets), value
//   AugAssign    target, op (NB_ADD..NB_XOR, the non-in-place number), value
//   AnnAssign    target, annotation, value (may be null), simple
//   For          target, iter, body, orelse
//   While        test, body, orelse
//   If           test, body, orelse (elif: orelse holds one If)
//   With         items, body
//   Raise        exc (may be null), cause (may be null)
//   Try          body, handlers, orelse, finalbody
//   Assert       test, msg (may be null)
//   Import       names;   ImportFrom  module, names, level
//   Global/Nonlocal  identifiers
//   ExprStmt     value
//   Pass/Break/Continue
//   Match        value = the subject, cases
struct Stmt {
    StmtKind kind;
    Pos pos;
    std::string name;
    std::unique_ptr<Arguments> args;
    Body body, orelse, finalbody;
    std::vector<ExprP> decorators, bases, targets;
    std::vector<Keyword> keywords;
    ExprP value, target, iter, test, returns, annotation, exc, cause, msg;
    int op = 0;
    bool simple = false;
    bool is_async = false;   // async def / async for / async with
    std::vector<ExceptHandler> handlers;
    std::vector<WithItem> items;
    std::vector<Alias> names;
    std::string module;
    int level = 0;
    std::vector<std::string> identifiers;
    std::vector<MatchCase> cases;
    explicit Stmt(StmtKind k, Pos p = {}) : kind(k), pos(p) {}
};

enum class ParseMode : uint8_t { File, Single /* one REPL statement */, Eval /* one expression */ };
struct Module { Body body; ParseMode mode = ParseMode::File; };
// parse: raises SyntaxError / IndentationError (via raise_syntax_error) with CPython's messages.
std::unique_ptr<Module> parse(std::string_view source, const std::string& filename, ParseMode mode);

// ───────────────────────────── 5. Bytecode ─────────────────────────────
//
// An instruction is one 32-bit word:
//
//     31                                  8 7          0
//    +-------------------------------------+------------+
//    |               oparg (24 bits)       |   opcode   |
//    +-------------------------------------+------------+
//
// Jump opargs are absolute instruction indices.  The stack effects below use Forth notation:
// (before -- after), top of stack rightmost.  "NULL" is a null pointer pushed as a placeholder.
// The call protocol (CPython 3.13+): [callable, self_or_null, arg1 .. argN] → CALL N.
//
// X(NAME, "stack effect", "meaning")
#define OPCODES(X) \
    X(NOP,              "( -- )",                 "do nothing") \
    X(POP_TOP,          "(x -- )",                "discard the top of the stack") \
    X(PUSH_NULL,        "( -- NULL)",             "push the self_or_null placeholder of a call") \
    X(COPY,             "(x .. -- x .. x)",       "push a copy of the oparg-th item (1 = top)") \
    X(SWAP,             "(x .. y -- y .. x)",     "swap the top with the oparg-th item (2 = second)") \
    X(LOAD_CONST,       "( -- v)",                "push co_consts[oparg]") \
    X(LOAD_FAST,        "( -- v)",                "push local oparg; UnboundLocalError if unset") \
    X(STORE_FAST,       "(v -- )",                "local oparg = v") \
    X(DELETE_FAST,      "( -- )",                 "unset local oparg (UnboundLocalError if unset)") \
    X(LOAD_FAST_AND_CLEAR, "( -- v|NULL)",        "push local oparg (NULL if unset) and unset it: an inlined comprehension saves an outer value") \
    X(MAKE_CELL,        "( -- )",                 "wrap local oparg's value (maybe unset) in a new cell") \
    X(COPY_FREE_VARS,   "( -- )",                 "copy the function's oparg closure cells into the last oparg slots") \
    X(LOAD_DEREF,       "( -- v)",                "push the contents of the cell in slot oparg") \
    X(STORE_DEREF,      "(v -- )",                "store v into the cell in slot oparg") \
    X(DELETE_DEREF,     "( -- )",                 "empty the cell in slot oparg") \
    X(LOAD_CLOSURE,     "( -- cell)",             "push the cell object in slot oparg (to build a closure)") \
    X(LOAD_FROM_DICT_OR_DEREF, "( -- v)",         "class body: name of slot oparg from the class namespace, else the cell") \
    X(LOAD_GLOBAL,      "( -- v)",                "push globals[co_names[oparg]], else builtins; NameError") \
    X(STORE_GLOBAL,     "(v -- )",                "globals[co_names[oparg]] = v") \
    X(DELETE_GLOBAL,    "( -- )",                 "del globals[co_names[oparg]]") \
    X(LOAD_NAME,        "( -- v)",                "module/class body: locals, globals, builtins lookup of co_names[oparg]") \
    X(STORE_NAME,       "(v -- )",                "locals[co_names[oparg]] = v") \
    X(DELETE_NAME,      "( -- )",                 "del locals[co_names[oparg]]") \
    X(LOAD_ATTR,        "(o -- v) | (o -- m self|NULL)", "name = co_names[oparg>>1]; if oparg&1, push an unbound method and self (or attr, NULL) for CALL") \
    X(STORE_ATTR,       "(v o -- )",              "o.co_names[oparg] = v") \
    X(DELETE_ATTR,      "(o -- )",                "del o.co_names[oparg]") \
    X(BINARY_OP,        "(a b -- r)",             "r = a <op> b, op = oparg (NB_*)") \
    X(BINARY_SUBSCR,    "(c k -- v)",             "v = c[k]") \
    X(STORE_SUBSCR,     "(v c k -- )",            "c[k] = v") \
    X(DELETE_SUBSCR,    "(c k -- )",              "del c[k]") \
    X(BUILD_SLICE,      "(a b [c] -- s)",         "s = slice(a, b[, c]); oparg = 2 or 3") \
    X(UNARY_NEGATIVE,   "(a -- r)",               "r = -a") \
    X(UNARY_POSITIVE,   "(a -- r)",               "r = +a") \
    X(UNARY_INVERT,     "(a -- r)",               "r = ~a") \
    X(UNARY_NOT,        "(a -- r)",               "r = not a") \
    X(COMPARE_OP,       "(a b -- r)",             "r = a <cmp> b, cmp = oparg (CMP_LT..CMP_GE)") \
    X(IS_OP,            "(a b -- r)",             "r = a is b (oparg 1: is not)") \
    X(CONTAINS_OP,      "(a b -- r)",             "r = a in b (oparg 1: not in)") \
    X(JUMP_FORWARD,     "( -- )",                 "jump to instruction oparg (a forward jump)") \
    X(JUMP_BACKWARD,    "( -- )",                 "jump to instruction oparg (a loop back-edge: periodic checks happen here)") \
    X(POP_JUMP_IF_FALSE,"(v -- )",                "if not v: jump to oparg") \
    X(POP_JUMP_IF_TRUE, "(v -- )",                "if v: jump to oparg") \
    X(POP_JUMP_IF_NONE, "(v -- )",                "if v is None: jump to oparg") \
    X(POP_JUMP_IF_NOT_NONE, "(v -- )",            "if v is not None: jump to oparg") \
    X(JUMP_IF_FALSE_OR_POP, "(v -- v|)",          "`and`: if not v jump to oparg keeping v, else pop v") \
    X(JUMP_IF_TRUE_OR_POP,  "(v -- v|)",          "`or`: if v jump to oparg keeping v, else pop v") \
    X(GET_ITER,         "(o -- it)",              "it = iter(o)") \
    X(FOR_ITER,         "(it -- it v) | (it -- )","push next(it); when exhausted pop it and jump to oparg") \
    X(BUILD_TUPLE,      "(x1..xn -- t)",          "t = (x1, .., xn), n = oparg") \
    X(BUILD_LIST,       "(x1..xn -- l)",          "l = [x1, .., xn]") \
    X(BUILD_SET,        "(x1..xn -- s)",          "s = {x1, .., xn}") \
    X(BUILD_MAP,        "(k1 v1..kn vn -- d)",    "d = {k1: v1, ..}, n = oparg") \
    X(LIST_APPEND,      "(l .. v -- l ..)",       "l.append(v), l is the oparg-th item below v") \
    X(SET_ADD,          "(s .. v -- s ..)",       "s.add(v), s is the oparg-th item below v") \
    X(MAP_ADD,          "(d .. k v -- d ..)",     "d[k] = v, d is the oparg-th item below k") \
    X(LIST_EXTEND,      "(l .. it -- l ..)",      "l.extend(it), l is the oparg-th item below it") \
    X(SET_UPDATE,       "(s .. it -- s ..)",      "s.update(it)") \
    X(DICT_UPDATE,      "(d .. m -- d ..)",       "d.update(m) for {**m}") \
    X(DICT_MERGE,       "(d .. m -- d ..)",       "d.update(m) for f(**m): TypeError on duplicate keys") \
    X(LIST_TO_TUPLE,    "(l -- t)",               "t = tuple(l)") \
    X(UNPACK_SEQUENCE,  "(s -- xn .. x1)",        "unpack exactly oparg items, x1 on top") \
    X(UNPACK_EX,        "(s -- ..)",              "a, *b, c = s: oparg = before | after << 8; pushes after + 1 + before, first item on top") \
    X(BUILD_STRING,     "(s1..sn -- s)",          "s = s1 + .. + sn (f-strings)") \
    X(CONVERT_VALUE,    "(v -- s)",               "s = str(v) (1), repr(v) (2), ascii(v) (3)") \
    X(FORMAT_SIMPLE,    "(v -- s)",               "s = format(v, '')") \
    X(FORMAT_WITH_SPEC, "(v spec -- s)",          "s = format(v, spec)") \
    X(CALL,             "(f self|NULL a1..an -- r)", "r = f(self?, a1, .., an), n = oparg") \
    X(CALL_KW,          "(f self|NULL a1..an names -- r)", "like CALL; names = tuple of the last len(names) args' keywords") \
    X(CALL_FUNCTION_EX, "(f self|NULL args kw|NULL -- r)", "r = f(*args, **kw); args a tuple, kw a dict or NULL") \
    X(MAKE_FUNCTION,    "([defs] [kwdefs] [annotate] [cells] code -- fn)", "new function; oparg bits: 1 defaults tuple, 2 kw-defaults dict, 4 __annotate__ function, 8 closure tuple") \
    X(RETURN_VALUE,     "(v -- )",                "return v to the caller") \
    X(LOAD_BUILD_CLASS, "( -- f)",                "push builtins.__build_class__") \
    X(IMPORT_NAME,      "( -- m)",                "m = import co_names[oparg]") \
    X(IMPORT_FROM,      "(m -- m v)",             "v = m.co_names[oparg] (ImportError if missing)") \
    X(IMPORT_STAR,      "(m -- )",                "from m import *: copy m.__all__ (else every public name) into the local namespace") \
    X(RAISE_VARARGS,    "([exc [cause]] -- )",    "oparg 0: re-raise the handled exception, 1: raise exc, 2: raise exc from cause") \
    X(RERAISE,          "(exc -- )",              "raise exc again without adding a traceback entry") \
    X(PUSH_EXC_INFO,    "(exc -- prev exc)",      "start handling exc: save the previously handled exception below it") \
    X(POP_EXCEPT,       "(prev -- )",             "finish handling: restore prev as the handled exception") \
    X(CHECK_EXC_MATCH,  "(exc type -- exc b)",    "b = isinstance(exc, type) for an except clause") \
    X(BEFORE_WITH,      "(mgr -- exit res)",      "exit = bound mgr.__exit__, res = mgr.__enter__()") \
    X(WITH_EXCEPT_START,"(exit prev exc -- exit prev exc r)", "r = exit(type(exc), exc, None)") \
    X(LOAD_ASSERTION_ERROR, "( -- AssertionError)", "push AssertionError (not looked up by name)") \
    X(BUILD_INTERPOLATION, "(v expr conv spec -- i)", "i = string.templatelib.Interpolation(v, expr, conv, spec) (t-strings)") \
    X(BUILD_TEMPLATE,   "(strings interps -- t)", "t = string.templatelib.Template from the tuples of text parts and Interpolations") \
    X(MATCH_SEQUENCE,   "(s -- s b)",             "b = s is a sequence a pattern may take apart (list, tuple, range; not str)") \
    X(MATCH_MAPPING,    "(s -- s b)",             "b = s is a mapping (a dict)") \
    X(GET_LEN,          "(s -- s n)",             "n = len(s)") \
    X(MATCH_KEYS,       "(m keys -- m keys vs|None)", "vs = tuple of m[k] for k in keys, or None if a key is missing") \
    X(MATCH_CLASS,      "(s cls names -- attrs|None)", "isinstance(s, cls): the oparg positional attributes (__match_args__) and names; else None") \
    X(COPY_DICT_WITHOUT_KEYS, "(m keys -- m rest)", "rest = dict(m) without keys (for **rest)") \
    X(RETURN_GENERATOR, "( -- )",                 "move this frame into a new generator object and return that to the caller") \
    X(YIELD_VALUE,      "(v -- r)",               "suspend the generator, handing v to whoever resumed it; r = the value sent in (oparg 1: inside yield from)") \
    X(GET_YIELD_FROM_ITER, "(o -- it)",           "it = o if o is a generator, else iter(o)") \
    X(SEND,             "(it v -- it r)",         "r = it.send(v) (next(it) when v is None); when it returns, r = its value and jump to oparg") \
    X(END_SEND,         "(it v -- v)",            "yield from is over: drop the exhausted iterator") \
    X(ASYNC_GEN_WRAP,   "(v -- w)",               "mark v as yielded by an async generator (not passing through from an await inside it)") \
    X(CHECK_EG_MATCH,   "(exc type -- rest match)", "except* type: match = the part of exc that is a type (None if none), rest = the other part (None)") \
    X(PREP_RERAISE_STAR,"(orig excs -- exc)",     "what leaves a try/except*: the unhandled and re-raised parts of orig plus any new exceptions (None: nothing)") \
    X(GET_AWAITABLE,    "(o -- it)",              "it = what `await o` drives: o if a coroutine, else o.__await__() (oparg 1/2: after __aenter__/__aexit__, for errors)") \
    X(BEFORE_ASYNC_WITH,"(mgr -- aexit res)",     "aexit = bound mgr.__aexit__, res = mgr.__aenter__() (an awaitable)") \
    X(GET_AITER,        "(o -- ait)",             "ait = o.__aiter__() (async for)") \
    X(GET_ANEXT,        "(ait -- ait aw)",        "aw = the awaitable of ait.__anext__()") \
    X(END_ASYNC_FOR,    "(ait exc -- )",          "exc is StopAsyncIteration: the loop is over, drop both; else re-raise exc") \
    /* Superinstructions (CPython 3.11's): never emitted by the compiler; assemble.cpp's last   */ \
    /* pass writes one over the first of a common pair.  It does both jobs and skips the second */ \
    /* word, which stays intact, so a jump to it still works and dis shows the original pair.  */ \
    X(LOAD_FAST__LOAD_FAST,   "( -- a b)",        "LOAD_FAST oparg, then the next word's LOAD_FAST in the same dispatch") \
    X(LOAD_FAST__LOAD_CONST,  "( -- a c)",        "LOAD_FAST oparg, then the next word's LOAD_CONST") \
    X(LOAD_CONST__LOAD_FAST,  "( -- c a)",        "LOAD_CONST oparg, then the next word's LOAD_FAST") \
    X(STORE_FAST__LOAD_FAST,  "(v -- a)",         "STORE_FAST oparg, then the next word's LOAD_FAST") \
    X(STORE_FAST__STORE_FAST, "(v w -- )",        "STORE_FAST oparg, then the next word's STORE_FAST")

enum Opcode : uint8_t {
#define X(name, stack, doc) OP_##name,
    OPCODES(X)
#undef X
    OP__COUNT
};
extern const char* const opcode_names[];  // "LOAD_FAST" ... (assemble.cpp)
inline uint32_t make_instr(uint8_t op, uint32_t arg) { return op | (arg << 8); }
inline uint8_t instr_op(uint32_t w) { return w & 0xff; }
inline uint32_t instr_arg(uint32_t w) { return w >> 8; }
// The instruction a superinstruction stands in for (what dis shows): the first of its pair.
inline uint8_t base_opcode(uint8_t op) {
    switch (op) {
        case OP_LOAD_FAST__LOAD_FAST: case OP_LOAD_FAST__LOAD_CONST: return OP_LOAD_FAST;
        case OP_LOAD_CONST__LOAD_FAST: return OP_LOAD_CONST;
        case OP_STORE_FAST__LOAD_FAST: case OP_STORE_FAST__STORE_FAST: return OP_STORE_FAST;
        default: return op;
    }
}

// Does the instruction jump, to the instruction its oparg names? (assemble.cpp)
bool opcode_jumps(uint8_t op);

// Where an instruction came from, for tracebacks.  Columns are 0-based UTF-8 byte offsets on
// line / end_line; -1 = unknown.  Which part of the range gets ^ rather than ~ (an operator, the
// "[..]" of a subscript, the "(..)" of a call) is not stored: like CPython, traceback.cpp finds it
// by parsing the range's source text.
struct Location { int32_t line = 0, end_line = 0; int32_t col = -1, end_col = -1; };

// The exception table: when instruction i raises, the first entry with start <= i < end wins
// (the compiler lists inner handlers before outer ones).  The VM pops the value stack down to
// `depth` items, pushes the exception, and jumps to `target`.
struct ExceptEntry { uint32_t start, end, target, depth; };

// CO_HAS_DOCSTRING: the body began with a string literal, stored as co_consts[0] (the function's __doc__).
// CPython's values, so that code.co_flags reads the same (inspect tests them).
enum CodeFlags : uint32_t { CO_OPTIMIZED = 1, CO_NEWLOCALS = 2,  // a function's code (fast locals, a fresh namespace)
                            CO_VARARGS = 4, CO_VARKEYWORDS = 8, CO_NESTED = 16, CO_GENERATOR = 32,
                            CO_HAS_DOCSTRING = 0x4000000,  // co_consts[0] is the docstring
                            CO_COROUTINE = 128,            // async def: calling it makes a coroutine (genobject.cpp)
                            CO_ITERABLE_COROUTINE = 256,   // a generator that `await` accepts (types.coroutine)
                            CO_ASYNC_GENERATOR = 512 };    // async def with yield: calling it makes an async generator

// Local slot kinds (co_localspluskinds).
enum LocalKind : uint8_t { LK_LOCAL = 1, LK_ARG = 2, LK_CELL = 4, LK_FREE = 8 };

// A compiled function body / module / class body.  "localsplus" = the frame's slots:
// arguments first, then other locals, then cell variables that are not arguments, then free
// variables (the closure), in that order.  A variable that is both an argument and a cell keeps
// its argument slot (kind LK_ARG|LK_CELL) and is turned into a cell by MAKE_CELL at entry.
struct CodeObject : Object {
    std::string name, qualname, filename;
    int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
    uint32_t flags = 0;
    int nlocalsplus = 0;     // all slots
    int nfreevars = 0;       // the last nfreevars slots are free variables
    int stacksize = 0;       // maximum value-stack depth
    int firstlineno = 1;
    std::vector<uint32_t> code;
    std::vector<Location> locations;            // one per instruction
    std::vector<Object*> consts;                // owned
    std::vector<Object*> names;                 // owned interned strs (globals, attributes)
    std::vector<std::string> localsplusnames;   // one per slot
    std::vector<uint8_t> localspluskinds;       // LocalKind bits per slot
    std::vector<ExceptEntry> exceptiontable;
    std::atomic<struct GlobalCacheEntry*> global_cache{nullptr};  // LOAD_GLOBAL's, one per name (attrcache.cpp)
    struct AttrCache* attr_cache = nullptr;     // LOAD_ATTR/STORE_ATTR's, one per instruction (specialize.cpp)
    // The JIT (jit.cpp).  jit_code is published once with a release store and read with an
    // acquire load; jit_warmth counts calls and back-edges up to the threshold and is then never
    // written again, so a hot function's counter is not a contended cache line.
    std::atomic<struct JitCode*> jit_code{nullptr};
    std::atomic<int32_t> jit_warmth{0};
    std::atomic<uint8_t> jit_state{0};          // JIT_NOT_COMPILED, _COMPILING, _COMPILED, _FAILED
    ~CodeObject();                              // decrefs consts and names (objects.cpp)
};
Ref<CodeObject> code_new();                     // an empty code object (objects.cpp)
// compile: AST → code object for the module (nested functions and classes are in co_consts).
// Raises SyntaxError for errors found at compile time ('return' outside function, ...).
Ref<CodeObject> compile(Module& module, const std::string& filename);
std::string disassemble(CodeObject* code);      // --dis: this code object and every nested one
// Code minipy runs for itself at start-up ("<sys>", "<frozen ...>"): --dis and -X jit-dump leave
// it out, so a student sees only the program's own code.  "<string>" and "<stdin>" are the user's.
inline bool is_startup_code(const std::string& filename) {
    return !filename.empty() && filename[0] == '<' && filename != "<string>" && filename != "<stdin>";
}
int location_line(CodeObject* code, uint32_t instr);

// ───────────────────────────── 6. Frames and the thread state ─────────────────────────────
//
// A frame is one activation of a code object.  Frames live on the thread's data stack (a
// contiguous LIFO region, like CPython's _PyInterpreterFrame chunks), so a Python call is a
// pointer bump.  Layout: the header below, then nlocalsplus slots, then the value stack.
// A generator's frame must outlive the call, so RETURN_GENERATOR moves it into the generator
// object (genobject.cpp), where it waits between resumptions.
struct Frame {
    CodeObject* code;        // borrowed from func (or owned by the caller for module code)
    FunctionObject* func;    // owned; null for module code run by run_code
    Object* globals;         // borrowed (kept alive by func or the caller)
    Object* builtins;        // borrowed
    Object* locals;          // module/class namespace dict, or null for function frames (borrowed)
    Frame* previous;         // the caller's frame (the traceback follows these)
    uint32_t instr;          // index of the instruction being executed (valid when the frame calls or raises)
    Object** sp;             // value-stack pointer: one past the top item
    bool is_entry;           // entered from C++: RETURN_VALUE here returns out of eval_frame
    uint8_t owner;           // FRAME_OWNED_BY_THREAD (on the data stack) or _BY_GENERATOR (inside a GenObject)
    bool yielded;            // set by YIELD_VALUE as it leaves eval_frame (genobject.cpp reads and clears it)
    bool in_jit;             // running as machine code (jit.cpp: jit_run), for sys._jit.is_active()
    Object* init_self;       // C(...)'s new instance while this frame runs C.__init__ (owned), else null
    Object* localsplus[];    // nlocalsplus slots (owned, null = unset), then stacksize stack slots
    Object** stack_base() { return localsplus + code->nlocalsplus; }
};
constexpr uint8_t FRAME_OWNED_BY_THREAD = 0, FRAME_OWNED_BY_GENERATOR = 1;
// Bytes of a frame for `co`: the header, the local slots, the value stack (16-byte aligned).
inline size_t frame_size(const CodeObject* co) {
    size_t n = sizeof(Frame) + sizeof(Object*) * size_t(co->nlocalsplus + co->stacksize);
    return (n + 15) & ~size_t(15);
}

struct ThreadState {
    Frame* frame = nullptr;            // the frame currently executing in this thread
    Object* curexc = nullptr;          // the exception being raised (owned), see raise()
    Object* handled_exc = nullptr;     // the exception being handled by an except block (owned), for bare `raise` and __context__
    int py_depth = 0;                  // Python frames on this thread (RecursionError past recursion_limit)
    int c_depth = 0;                   // C++ re-entries into the VM and deep C++ recursions (repr of nested lists)
    char* datastack_base = nullptr;    // frames are carved from here
    char* datastack_top = nullptr;
    char* datastack_limit = nullptr;
    uintptr_t tid = 0;                 // this thread's ob_tid: from a counter, never reused
    // Requests for the eval loop's periodic check (JUMP_BACKWARD, calls): EVAL_* bits.
    std::atomic<uint32_t> eval_breaker{0};
    std::vector<Object*> brc_queue;    // objects other threads queued for us to merge (registry_mutex)
    // QSBR (threads.cpp): the write sequence this thread saw at its last safe point (QSBR_OFFLINE
    // while it blocks), on a cache line of its own because other threads read it; and the
    // references this thread dropped that must wait until every other thread passes a safe point.
    alignas(64) std::atomic<uint64_t> qsbr_seq{0};
    std::vector<std::pair<uint64_t, Object*>> qsbr_pending;  // (goal, object): this thread only
    uint32_t qsbr_countdown = 0;       // safe points until this thread polls again
    // This thread's recycled int and float blocks (int.cpp, float.cpp), reachable from the
    // thread state so that compiled code can allocate and free numbers without a call.
    ObjectFreeList* int_freelist = nullptr;
    ObjectFreeList* float_freelist = nullptr;
};
constexpr uint32_t EVAL_BRC_PENDING = 1;  // brc_queue is not empty
constexpr uint32_t EVAL_GIL_DROP = 2;     // -X gil=1: another thread waited a switch interval
constexpr uint32_t EVAL_QSBR = 4;         // report a safe point (and poll our qsbr_pending)
void qsbr_quiescent(ThreadState* ts);     // EVAL_QSBR: "I hold no borrowed pointers now"
// Drop a reference that a lock-free reader may be about to take (a value leaving a module's
// dict, which LOAD_GLOBAL's cache hands out): decref once every thread has passed a safe point.
void decref_after_grace(Object* o);
void brc_merge_queue(ThreadState* ts);   // merge the objects queued for this thread (threads.cpp)
void add_thread_stats(ThreadState* ts);  // fold this thread's counters into the process totals
void count_thread_started();
ThreadState* thread_state_new();       // allocate and attach to the calling thread (threads.cpp)
void thread_state_delete(ThreadState* ts);

// Interpreter-wide state.  Mutable shared tables are guarded by their own locks (threads.cpp).
struct Interp {
    Object* builtins = nullptr;        // the builtins module's dict
    Object* modules = nullptr;         // sys.modules
    Object* sys = nullptr;             // the sys module
    std::atomic<int> recursion_limit{1000};
    std::vector<std::string> argv;
    bool dis = false;                  // --dis
};
extern Interp interp;

// RAII guard for C++ recursion (repr of nested containers, calls from C++ into Python):
// raises RecursionError when too deep.
struct RecursionGuard {
    explicit RecursionGuard(const char* where = "");
    ~RecursionGuard();
};

// ───────────────────────────── The JIT's interface (jit.cpp, stencils.cpp) ─────────────────────
// The interpreter enters compiled code at a function's start and at loop back-edges once the
// code object is hot; compiled code comes back with one of the JIT_EXIT_* reasons.
extern bool jit_enabled;                       // -X jit / PYTHON_JIT=1
enum JitHot : int { JIT_HOT_CALL = 0, JIT_HOT_LOOP = 1 };
enum JitExit : int {
    JIT_EXIT_RETURN = 0,   // the frame returned: its value is on top of the stack
    JIT_EXIT_DEOPT = 1,    // interpret the instruction at frame->instr (and go on interpreting)
    JIT_EXIT_ERROR = 2,    // ts->curexc is raised at frame->instr; its traceback entry is there
};
enum JitState : uint8_t { JIT_NOT_COMPILED, JIT_COMPILING, JIT_COMPILED, JIT_FAILED };
struct JitCode* jit_warm_up(CodeObject* co, int why);  // count; compile when hot (null: not yet)
[[gnu::always_inline]] inline struct JitCode* jit_code_for(CodeObject* co, int why) {
    struct JitCode* jc = co->jit_code.load(std::memory_order_acquire);  // pairs with the publishing store
    return jc ? jc : jit_warm_up(co, why);
}
int jit_run(struct JitCode* jc, ThreadState* ts, Frame* frame);  // from frame->instr; a JitExit
void jit_free(struct JitCode* jc);             // ~CodeObject
void jit_configure(bool enabled, int threshold, bool dump, bool perf);  // main.cpp's switches (-1: default threshold)
void jit_add_sys_module(Object* sys);          // sys._jit
void jit_report_stats();                       // -X stats
// The eval loop entered in a given way (vm.cpp: EVAL_* modes), and its one-instruction form.
enum EvalMode : int { EVAL_NORMAL, EVAL_THROW, EVAL_UNWIND, EVAL_INTERPRET };
Obj eval_frame_mode(ThreadState* ts, Frame* frame, int mode);
Object** jit_step(ThreadState* ts, Frame* frame, Object** sp, uint32_t index) noexcept;
void jit_eval_breaker(ThreadState* ts) noexcept;  // JUMP_BACKWARD's periodic check

// ───────────────────────────── 7. Running code (vm.cpp, builtins.cpp, main.cpp) ─────────────────
// Run until `frame` returns (or yields).  throwflag: resume by raising tstate()->curexc at the
// frame's current instruction (generator.throw()).
Obj eval_frame(ThreadState* ts, Frame* frame, bool throwflag = false);
const ExceptEntry* find_handler(const CodeObject* co, uint32_t instr);  // null: not inside any try
// bytes and bytearray (bytes.cpp), text ↔ bytes (codecs.cpp).
extern TypeObject Bytes_Type, ByteArray_Type;
inline bool is_bytes(Object* o) { return o->ob_type->flags & TPF_BYTES_SUBCLASS; }
inline std::string_view bytes_view(Object* o) { auto* b = static_cast<BytesObject*>(o); return {b->data, b->size}; }
Obj bytes_from(std::string_view data);
Obj bytearray_from(std::string_view data);
bool is_bytes_like(Object* o);                   // bytes or bytearray
bool array_buffer(Object* o, std::string* out);  // o is an array.array: *out = its raw bytes (arraymodule.cpp)
std::string bytes_like_contents(Object* o);      // TypeError "a bytes-like object is required, not 'str'"
Obj str_encode_to_bytes(Object* s, Object* encoding, Object* errors);   // str.encode (null args: defaults)
Obj bytes_decode_to_str(std::string_view data, Object* encoding, Object* errors);  // bytes.decode
std::string bytes_percent_format(std::string_view fmt, Object* args);  // b"fmt" % args (format.cpp)
void init_bytes();
void init_codecs();       // str.encode, int.to_bytes / int.from_bytes
// t-strings (templatelib.cpp): string.templatelib's Template and Interpolation.
extern TypeObject Template_Type, Interpolation_Type;
Obj interpolation_new(Object* value, Object* expression, Object* conversion, Object* format_spec);
Obj template_new(Object* strings, Object* interpolations);  // two tuples, len(strings) == len(interpolations) + 1
void init_templatelib();
void init_generic_alias();      // genericalias.cpp: list[int], int | None
Obj generic_alias_for(Object* cls, Object* key);  // list[int] for the built-in generic classes, else null
Object* union_members(Object* cls);  // the members tuple of an `int | str` (borrowed), else null
bool is_generic_alias(Object* o);
// The match statement's run-time tests (match.cpp).
bool match_is_sequence(Object* o);
bool match_is_mapping(Object* o);
Obj match_keys(Object* m, Object* keys);               // tuple of values, or None
Obj match_copy_without_keys(Object* m, Object* keys);  // **rest
Obj match_class(Object* subject, Object* cls, size_t npos, Object* names);  // tuple of attributes, or None
// Generators (genobject.cpp).
extern TypeObject Gen_Type, Coro_Type, AsyncGen_Type;
Obj async_gen_wrap(Object* v);  // ASYNC_GEN_WRAP (genobject.cpp)
void init_generators();
Obj gen_from_frame(Frame* f);   // RETURN_GENERATOR: a generator that owns a copy of f's slots (f is left empty)
// SEND: one step of `yield from it`.  *out = what `it` yielded (returns false) or the value it
// returned with (returns true).
bool delegate_send(Object* it, Object* v, Obj* out);
Obj awaitable_iter(Object* o, uint32_t where);  // GET_AWAITABLE: what `await o` drives (genobject.cpp)
Obj async_iter(Object* o);                      // GET_AITER: o.__aiter__()
Obj async_next_awaitable(Object* ait);          // GET_ANEXT: the awaitable of ait.__anext__()
Obj function_call(Object* func, Object* const* args, size_t nargs, Object* kwnames);  // Function_Type's call slot
Obj run_code(CodeObject* code, Object* globals, Object* locals);  // module code / class bodies
Obj run_source(std::string_view source, const std::string& filename, Object* globals, ParseMode mode);
void print_exception(Object* exc);                        // CPython's traceback format on stderr (with chaining)
Object* exception_group_items(Object* exc);               // an exception group's exceptions (borrowed tuple), else null
void exception_group_match(Object* exc, Object* type, Obj* match, Obj* rest);  // CHECK_EG_MATCH (exceptions.cpp)
Obj prep_reraise_star(Object* orig, Object* excs);        // PREP_RERAISE_STAR (exceptions.cpp)
bool is_exception_group_type(TypeObject* t);             // t is BaseExceptionGroup or ExceptionGroup (exceptions.cpp)
bool is_exception_group_subtype(TypeObject* t);          // t is BaseExceptionGroup or a subclass
void print_exception_unchained(Object* exc);              // the same for one exception ("Exception ignored ..." reports)
// `traceback` objects (traceback.cpp): the linked form of an exception's entries, outermost first.
Obj traceback_from_entries(const std::vector<TracebackEntry>& entries);  // None when empty
bool traceback_to_entries(Object* tb, std::vector<TracebackEntry>* out);  // false: not a traceback
void init_traceback_type();
void register_source(const std::string& filename, std::string source);  // for traceback source lines
std::string source_line(const std::string& filename, int line);         // "" if unknown
Obj build_class(Object* self, Object* const* args, size_t nargs, Object* kwnames);  // __build_class__ (vm.cpp)

void runtime_init(int argc, char** argv);   // types, builtins, sys (funcobject.cpp calls each file's init_*); a second call does nothing
void runtime_fini();                        // clear modules; flush stdout
Object* import_module(Object* name);        // borrowed (sys.modules keeps it); ModuleNotFoundError
Obj resolve_relative_name(Object* globals, std::string_view name, int level);  // '..x' in a.b.c -> 'a.x'
Obj import_submodule(Object* package_name, Object* name);  // package.name, or null if there is none
void import_star(Object* module, Object* locals);           // from module import *
Obj new_globals(const char* module_name);   // a fresh module dict with __name__ and __builtins__

// Per-file initialisers, called by runtime_init in this order.
void init_types();        // objects.cpp: type, object, None, bool ..., exceptions
void init_object_types(); // typeobject.cpp: type, object, super, property, staticmethod, classmethod (init_types calls it first)
void init_exceptions();   // exceptions.cpp: BaseException and the Exc_* classes (init_types calls it last)
void register_exception_names(Object* builtins_dict);  // exceptions.cpp: builtins[name] = class, for every exception class
void init_int();          // int.cpp
void init_float();        // float.cpp
void init_complex();      // complexobject.cpp
void init_str();          // str.cpp
void init_list();         // list.cpp (list, tuple)
void init_dict();         // dict.cpp
void init_set();          // set.cpp
void init_builtins();     // builtins.cpp: the builtins module, sys, math, time
