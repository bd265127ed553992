// randommodule.cpp — `_random`: the Mersenne Twister that lib/random.py builds on.
//
// What this step does: implements the generator CPython's random module uses, MT19937
// (Matsumoto and Nishimura, 1998): 624 words of state, one "twist" that refills them all, and
// a "tempering" step applied to each word handed out.  Seeding is CPython's: an int seed n is
// cut into 32-bit words (least significant first) and fed to the reference init_by_array(), so
// `random.seed(42)` here gives exactly the numbers CPython gives.  On top of the 32-bit words:
//
//   random()        53 random bits as a float in [0, 1): (a * 2**26 + b) / 2**53, where a and b
//                   are the top 27 and 26 bits of two words
//   getrandbits(k)  k bits: whole words, least significant first; the last one keeps its top bits
//
// Everything else (randrange, choice, shuffle, sample, gauss ...) is Python, in lib/random.py,
// written on these two methods exactly as CPython's random.py is, so the sequences agree.
//
// Threads: a Random object's state is mutable, so every method holds its critical section
// (threads.cpp), as CPython's free-threaded build does; two threads sharing the module's default
// generator never see a torn state.
//
// Comes in: seeds (int, None, or any hashable), bit counts.  Goes out: ints and floats.
// Read next: lib/random.py.
#include "minipy.h"
#include "builtins.h"

#include <chrono>
#include <random>

namespace {

constexpr int N = 624, M = 397;
constexpr uint32_t MATRIX_A = 0x9908b0dfu, UPPER_MASK = 0x80000000u, LOWER_MASK = 0x7fffffffu;

struct RandomObject : Object {
    uint32_t state[N];
    int index = N + 1;  // N + 1: not seeded yet
};

TypeObject Random_Type;

RandomObject* as_random(Object* o) { return static_cast<RandomObject*>(o); }

void init_genrand(RandomObject* r, uint32_t s) {
    r->state[0] = s;
    for (int i = 1; i < N; i++)
        r->state[i] = 1812433253u * (r->state[i - 1] ^ (r->state[i - 1] >> 30)) + uint32_t(i);
    r->index = N;
}

// The reference seeding from an array of words (any length).
void init_by_array(RandomObject* r, const std::vector<uint32_t>& key) {
    init_genrand(r, 19650218u);
    uint32_t* mt = r->state;
    int i = 1;
    size_t j = 0;
    for (size_t k = std::max<size_t>(N, key.size()); k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + uint32_t(j);
        i++, j++;
        if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        if (j >= key.size()) j = 0;
    }
    for (int k = N - 1; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - uint32_t(i);
        i++;
        if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000u;  // the most significant bit is 1: a non-zero initial state
}

// Refill all 624 words at once (the "twist"), then hand them out one by one, tempered.
uint32_t genrand_uint32(RandomObject* r) {
    uint32_t* mt = r->state;
    if (r->index >= N) {
        if (r->index == N + 1) init_genrand(r, 5489u);  // never seeded: the reference default
        auto twist = [&](int k, int next, int far) {
            uint32_t y = (mt[k] & UPPER_MASK) | (mt[next] & LOWER_MASK);
            mt[k] = mt[far] ^ (y >> 1) ^ ((y & 1u) ? MATRIX_A : 0u);
        };
        int k = 0;
        for (; k < N - M; k++) twist(k, k + 1, k + M);
        for (; k < N - 1; k++) twist(k, k + 1, k + (M - N));
        twist(N - 1, 0, M - 1);
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
}

// |n| as 32-bit words, least significant first ([0] for 0).
std::vector<uint32_t> int_words(Object* n) {
    Obj x = newref(n);
    if (int_sign(x.get()) < 0) x = int_binary(int_from_i64(0).get(), x.get(), NB_SUBTRACT);
    std::vector<uint32_t> words;
    Obj mask = int_from_u64(0xffffffffu), shift = int_from_i64(32);
    while (int_sign(x.get()) > 0) {
        Obj low = int_binary(x.get(), mask.get(), NB_AND);
        words.push_back(uint32_t(int_as_i64(low.get())));
        x = int_binary(x.get(), shift.get(), NB_RSHIFT);
    }
    if (words.empty()) words.push_back(0);
    return words;
}

void seed_from_os(RandomObject* r) {
    std::random_device dev;
    std::vector<uint32_t> key(N);
    for (uint32_t& w : key) w = dev();
    key[0] ^= uint32_t(std::chrono::steady_clock::now().time_since_epoch().count());
    init_by_array(r, key);
}

// seed(n): None → fresh entropy; an int → its words; anything else → its hash's words.
Obj m_seed(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("seed", kwnames);
    check_positional("seed", nargs, 0, 1);
    RandomObject* r = as_random(self);
    Object* a = nargs ? args[0] : Py_None;
    if (a == Py_None) {
        CriticalSection cs(self);
        seed_from_os(r);
        return newref(Py_None);
    }
    Obj n = is_int(a) ? newref(a) : int_from_i64(hash(a));
    std::vector<uint32_t> key = int_words(n.get());
    CriticalSection cs(self);
    init_by_array(r, key);
    return newref(Py_None);
}

Obj m_random(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("random", nargs, kwnames);
    RandomObject* r = as_random(self);
    uint32_t a, b;
    {
        CriticalSection cs(self);
        a = genrand_uint32(r) >> 5;
        b = genrand_uint32(r) >> 6;
    }
    return float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Obj m_getrandbits(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("getrandbits", nargs, kwnames);
    Obj kobj = number_index(args[0]);
    int64_t k = int_as_i64(kobj.get());
    if (k < 0) raise_msg(Exc_ValueError, "number of bits must be non-negative");
    RandomObject* r = as_random(self);
    if (k <= 32) {
        if (k == 0) return int_from_i64(0);
        CriticalSection cs(self);
        return int_from_u64(genrand_uint32(r) >> (32 - k));
    }
    std::vector<uint32_t> words(size_t((k + 31) / 32));
    {
        CriticalSection cs(self);
        int64_t left = k;
        for (uint32_t& w : words) {
            w = genrand_uint32(r);
            if (left < 32) w >>= (32 - left);  // the most significant word keeps its top bits
            left -= 32;
        }
    }
    Obj result = int_from_i64(0);
    Obj shift = int_from_i64(32);
    for (size_t i = words.size(); i-- > 0;) {
        result = int_binary(result.get(), shift.get(), NB_LSHIFT);
        Obj w = int_from_u64(words[i]);
        result = int_binary(result.get(), w.get(), NB_OR);
    }
    return result;
}

// getstate(): a tuple of the 624 words and the position (CPython's layout, version aside).
Obj m_getstate(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_no_args("getstate", nargs, kwnames);
    RandomObject* r = as_random(self);
    Obj t = tuple_new(N + 1);
    CriticalSection cs(self);
    auto* tp = static_cast<TupleObject*>(t.get());
    for (int i = 0; i < N; i++) tp->items[i] = int_from_u64(r->state[i]).release();
    tp->items[N] = int_from_i64(r->index).release();
    return t;
}

Obj m_setstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_one_arg("setstate", nargs, kwnames);
    Object* st = args[0];
    if (!is_tuple(st)) raise_msg(Exc_TypeError, "state vector must be a tuple");
    if (tuple_size(st) != N + 1) raise_msg(Exc_ValueError, "state vector is the wrong size");
    uint32_t words[N];
    auto* tp = static_cast<TupleObject*>(st);
    for (int i = 0; i < N; i++) words[i] = uint32_t(int_as_i64(number_index(tp->items[i]).get()));
    int64_t index = int_as_i64(number_index(tp->items[N]).get());
    if (index < 0 || index > N) raise_msg(Exc_ValueError, "invalid state");
    RandomObject* r = as_random(self);
    CriticalSection cs(self);
    std::memcpy(r->state, words, sizeof words);
    r->index = int(index);
    return newref(Py_None);
}

Obj random_new(TypeObject* type, Object* const*, size_t, Object*) {
    auto r = alloc_object<RandomObject>(type);
    seed_from_os(r.get());  // Random.__init__ (lib/random.py) seeds it again with its argument
    return r;
}

void init_random_type() {
    static bool done = false;  // import_mutex serialises the first import
    if (done) return;
    done = true;
    Random_Type.new_ = random_new;
    Random_Type.dealloc = dealloc_as<RandomObject>;
    type_ready(&Random_Type, "_random.Random", &Object_Type, sizeof(RandomObject));
    Random_Type.flags |= TPF_BASETYPE;
    add_methods(&Random_Type, {
        {"seed", m_seed, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
        {"random", m_random, "random() -> x in the interval [0, 1)."},
        {"getrandbits", m_getrandbits, "getrandbits(k) -> x.  Generates an int with k random bits."},
        {"getstate", m_getstate, "getstate() -> tuple containing the current state."},
        {"setstate", m_setstate, "setstate(state) -> None.  Restores generator state."},
    });
}

}  // namespace

Obj make_random_module() {
    init_random_type();
    Obj m = new_module("_random");
    dict_set(module_dict(m.get()), intern_cstr("Random"), (Object*)&Random_Type);
    return m;
}
