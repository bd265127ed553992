// int.cpp — Python's int and bool types.
//
// What this step does: every integer operation of a running program lands here, through the
// type slots of Int_Type (binary, richcompare, hash, repr ...) or through the int_* helpers that
// other files call (int_from_i64 for constants and loop counters, int_from_string for int("12")).
//
// Representation (struct IntObject in minipy.h): a value that fits in an int64_t lives in
// `value` with `big == nullptr`; anything larger owns a BigInt (bigint.h, base 2**32 digits).
// Results are always normalised: if a result fits in int64 it is stored small, so "big" really
// means "does not fit".  The common case (two small ints) is a few machine instructions with
// an overflow check (__builtin_add_overflow ...); only on overflow do we build BigInts.
//
// Values -5..256 are preallocated immortal objects (as in CPython) and bool's True/False are
// IntObjects of type bool with value 1/0.
//
// In: borrowed Object* operands.  Out: new references (Obj).  Errors: PyError with CPython's
// messages ("division by zero", "negative shift count" ...).
//
// Read next: bigint.cpp (the algorithms), int_text.cpp (text ↔ int), numformat.cpp
// (format(12, "08,d")), float.cpp (the float type, which int / int returns).
#include "minipy.h"

#include <algorithm>
#include "bigint.h"
#include "int_internal.h"

#include <cfloat>
#include <cmath>
#include <mutex>

TypeObject Int_Type, Bool_Type;
IntObject _Py_TrueStruct, _Py_FalseStruct;

// ───────────────────────────── objects ─────────────────────────────

static IntObject small_ints[SMALL_INT_MAX - SMALL_INT_MIN + 1];
IntObject* small_int_table() { return small_ints; }

// Give the static int objects their header at program start-up, before any init_* runs, so
// that even code running before init_int() may use small ints and True/False.
static void setup_static_int(IntObject* o, TypeObject* type, int64_t v) {
    o->ob_type = type;
    o->value = v;
    o->ob_ref_local = IMMORTAL_REFCNT;
}
static const bool static_ints_ready = [] {
    for (int64_t v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++)
        setup_static_int(&small_ints[v - SMALL_INT_MIN], &Int_Type, v);
    setup_static_int(&_Py_TrueStruct, &Bool_Type, 1);
    setup_static_int(&_Py_FalseStruct, &Bool_Type, 0);
    return true;
}();

// Freed exact-int blocks are kept per thread and reused (minipy.h's ObjectFreeList).
static thread_local ObjectFreeList int_freelist;
void int_freelist_clear() { int_freelist.clear(); }
ObjectFreeList* int_freelist_of_this_thread() { return &int_freelist; }

static IntObject* new_exact_int() {
    if (void* mem = int_freelist.pop()) {
        IntObject* o = new (mem) IntObject();
        o->ob_tid = current_tid();  // init_header, without the heap-type check: int is built in
        o->ob_ref_local = 1;
        o->ob_type = &Int_Type;
        return o;
    }
    return alloc_object<IntObject>(&Int_Type).release();
}

static void int_dealloc(Object* o) {
    IntObject* i = static_cast<IntObject*>(o);
    delete i->big;
    i->big = nullptr;
    bool exact = o->ob_type == &Int_Type;
    i->~IntObject();
    if (!exact || !int_freelist.push(o)) object_free(o);
}

Obj int_from_i64(int64_t v) {
    if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) return Obj::steal(&small_ints[v - SMALL_INT_MIN]);
    IntObject* o = new_exact_int();
    o->value = v;
    return Obj::steal(o);
}

Obj int_from_u64(uint64_t v) {
    if (v <= static_cast<uint64_t>(INT64_MAX)) return int_from_i64(static_cast<int64_t>(v));
    return int_from_big(big::from_u64(v));
}

Obj int_from_big(BigInt b) {
    big::normalize(b);
    int64_t v;
    if (big::to_i64(b, &v)) return int_from_i64(v);
    IntObject* o = new_exact_int();
    o->big = new BigInt(std::move(b));
    return Obj::steal(o);
}

const BigInt& int_big_view(Object* o, BigInt& tmp) {
    IntObject* i = static_cast<IntObject*>(o);
    if (i->big) return *i->big;
    tmp = big::from_i64(i->value);
    return tmp;
}

// int(x) for an int x: the same value as an exact int (bool and subclasses are copied).
static Obj exact_int(Object* o) {
    if (is_exact_int(o)) return newref(o);
    IntObject* i = static_cast<IntObject*>(o);
    if (i->big) return int_from_big(*i->big);
    return int_from_i64(i->value);
}

// An instance of an int subclass holding o's value (int.__new__(MyInt, ...)).
static Obj int_subtype_copy(TypeObject* type, Object* o) {
    Ref<IntObject> r = alloc_object<IntObject>(type);
    IntObject* src = static_cast<IntObject*>(o);
    r->value = src->value;
    if (src->big) r->big = new BigInt(*src->big);
    return r;
}

bool int_is_small(Object* o) { return static_cast<IntObject*>(o)->big == nullptr; }

int64_t int_as_i64(Object* o) {
    IntObject* i = static_cast<IntObject*>(o);
    if (i->big) raise_msg(Exc_OverflowError, "Python int too large to convert to C int64_t");
    return i->value;
}

int int_sign(Object* o) {
    IntObject* i = static_cast<IntObject*>(o);
    if (i->big) return i->big->negative ? -1 : 1;
    return (i->value > 0) - (i->value < 0);
}

double int_as_double(Object* o) {
    IntObject* i = static_cast<IntObject*>(o);
    if (!i->big) return static_cast<double>(i->value);  // int64 → double rounds half-to-even
    bool overflow;
    double d = big::to_double(*i->big, &overflow);
    if (overflow) raise_msg(Exc_OverflowError, "int too large to convert to float");
    return d;
}

Obj int_from_double(double d) {
    if (std::isnan(d)) raise_msg(Exc_ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) raise_msg(Exc_OverflowError, "cannot convert float infinity to integer");
    double t = std::trunc(d);
    if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) return int_from_i64(static_cast<int64_t>(t));
    return int_from_big(big::from_double(t));
}

// ───────────────────────────── comparison and hashing ─────────────────────────────

int int_compare(Object* a, Object* b) {
    IntObject *x = static_cast<IntObject*>(a), *y = static_cast<IntObject*>(b);
    if (!x->big && !y->big) return (x->value > y->value) - (x->value < y->value);
    BigInt ta, tb;
    return big::compare(int_big_view(a, ta), int_big_view(b, tb));
}

// Exact comparison of an int with a double (never via a lossy conversion): split d into its
// integral part (exact as an int) and its fraction.
int int_compare_double(Object* a, double d) {
    if (std::isinf(d)) return d > 0 ? -1 : 1;
    IntObject* x = static_cast<IntObject*>(a);
    const int64_t exact_limit = 1ll << 53;  // every int64 up to 2**53 is exactly a double
    if (!x->big && x->value <= exact_limit && x->value >= -exact_limit) {
        double v = static_cast<double>(x->value);
        return (v > d) - (v < d);
    }
    double ipart;
    double frac = std::modf(d, &ipart);
    Obj i = int_from_double(ipart);
    int c = int_compare(a, i.get());
    if (c != 0) return c;
    return frac > 0 ? -1 : (frac < 0 ? 1 : 0);
}

static bool compare_result(int c, int op) {
    switch (op) {
        case CMP_LT: return c < 0;
        case CMP_LE: return c <= 0;
        case CMP_EQ: return c == 0;
        case CMP_NE: return c != 0;
        case CMP_GT: return c > 0;
        default: return c >= 0;
    }
}

static Obj int_richcompare(Object* a, Object* b, int op) {
    if (!is_int(a)) {  // called with the int on the right: compare the other way round
        if (!is_int(b)) return newref(Py_NotImplemented);
        std::swap(a, b);
        op = cmp_swapped(op);
    }
    int c;
    if (is_int(b)) {
        c = int_compare(a, b);
    } else if (is_float(b)) {
        double d = float_value(b);
        if (std::isnan(d)) return bool_ref(op == CMP_NE);
        c = int_compare_double(a, d);
    } else {
        return newref(Py_NotImplemented);
    }
    return bool_ref(compare_result(c, op));
}

// CPython's numeric hash: the value modulo the Mersenne prime 2**61 - 1, keeping the sign, so
// that equal ints and floats hash alike; -1 is reserved for errors in C, so hash(-1) == -2.
int64_t int_hash(Object* o) {
    const uint64_t P = (1ull << 61) - 1;
    IntObject* i = static_cast<IntObject*>(o);
    bool negative;
    uint64_t h;
    if (!i->big) {
        negative = i->value < 0;
        h = (negative ? 0 - static_cast<uint64_t>(i->value) : static_cast<uint64_t>(i->value)) % P;
    } else {
        negative = i->big->negative;
        h = big::mod_mersenne61(i->big->mag);
    }
    int64_t r = negative ? -static_cast<int64_t>(h) : static_cast<int64_t>(h);
    return r == -1 ? -2 : r;
}

// ───────────────────────────── arithmetic ─────────────────────────────

[[noreturn]] static void zero_division() { raise_msg(Exc_ZeroDivisionError, "division by zero"); }

// a / b for ints, correctly rounded (CPython's long_true_divide): shift a so the quotient has
// 55 or 56 significant bits, divide exactly, remember whether anything was lost, then round
// the extra bits half-to-even by hand; the final ldexp is exact.
static double true_divide(const BigInt& a, const BigInt& b) {
    if (b.is_zero()) zero_division();
    bool negate = a.negative != b.negative;
    if (a.is_zero()) return negate ? -0.0 : 0.0;
    int64_t abits = big::bit_length(a), bbits = big::bit_length(b);
    if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG) {  // both exact as doubles: one IEEE division
        bool o;
        return big::to_double(a, &o) / big::to_double(b, &o);
    }
    int64_t diff = abits - bbits;
    if (diff > DBL_MAX_EXP) raise_msg(Exc_OverflowError, "integer division result too large for a float");
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negate ? -0.0 : 0.0;
    int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    BigInt x;
    x.mag = a.mag;
    bool inexact = false;
    if (shift <= 0) {
        x = big::shift_left(x, static_cast<uint64_t>(-shift));
    } else {
        BigInt back = big::shift_left(big::shift_right(x, shift), shift);
        inexact = big::compare(back, x) != 0;
        x = big::shift_right(x, shift);
    }
    big::Mag q, r;
    big::divmod_mag(x.mag, b.mag, &q, &r);
    if (!r.empty()) inexact = true;
    uint64_t qv = q.empty() ? 0 : q[0] | (q.size() > 1 ? static_cast<uint64_t>(q[1]) << 32 : 0);
    int x_bits = 64 - __builtin_clzll(qv);
    int extra_bits = static_cast<int>(std::max<int64_t>(x_bits, DBL_MIN_EXP - shift)) - DBL_MANT_DIG;
    uint64_t mask = 1ull << (extra_bits - 1);
    uint64_t low = qv | (inexact ? 1 : 0);
    if ((low & mask) && (low & (3 * mask - 1))) low += mask;  // round half to even
    low &= ~(2 * mask - 1);
    double dx = static_cast<double>(low);
    if (shift + x_bits >= DBL_MAX_EXP &&
        (shift + x_bits > DBL_MAX_EXP || dx == std::ldexp(1.0, x_bits)))
        raise_msg(Exc_OverflowError, "integer division result too large for a float");
    double result = std::ldexp(dx, static_cast<int>(shift));
    return negate ? -result : result;
}

// a ** e for e >= 0, by repeated squaring (left to right over the bits of e).
static Obj int_power(const BigInt& a, const BigInt& e) {
    if (e.is_zero()) return int_from_i64(1);
    if (a.is_zero()) return int_from_i64(0);
    if (a.mag.size() == 1 && a.mag[0] == 1) return int_from_i64(a.negative && big::is_odd(e) ? -1 : 1);
    int64_t n;
    if (!big::to_i64(e, &n)) raise_msg(Exc_MemoryError, "");
    uint64_t abits = big::bit_length(a);
    if (big::bit_count(a) == 1) {  // a power of two: ±2**k ** n = ±1 << k*n
        BigInt r = big::shift_left(big::from_i64(1), (abits - 1) * static_cast<uint64_t>(n));
        r.negative = a.negative && (n & 1);
        return int_from_big(std::move(r));
    }
    BigInt result = big::from_i64(1);
    for (int bit = 63 - __builtin_clzll(static_cast<uint64_t>(n)); bit >= 0; bit--) {
        result = big::mul(result, result);
        if ((n >> bit) & 1) result = big::mul(result, a);
    }
    return int_from_big(std::move(result));
}

// int ** negative int is computed in floating point, as CPython does.
static Obj float_power_of_ints(Object* a, Object* b) {
    Obj fa = float_new(int_as_double(a)), fb = float_new(int_as_double(b));
    return Float_Type.binary(fa.get(), fb.get(), NB_POWER);
}

[[noreturn]] static void negative_shift() { raise_msg(Exc_ValueError, "negative shift count"); }

// Every operator on two ints when at least one is big (or a small computation overflowed).
static Obj int_binary_big(Object* a, Object* b, int op) {
    BigInt ta, tb;
    const BigInt& x = int_big_view(a, ta);
    const BigInt& y = int_big_view(b, tb);
    BigInt q, r;
    int64_t n;
    switch (op) {
        case NB_ADD: return int_from_big(big::add(x, y));
        case NB_SUBTRACT: return int_from_big(big::sub(x, y));
        case NB_MULTIPLY: return int_from_big(big::mul(x, y));
        case NB_FLOOR_DIVIDE:
            if (y.is_zero()) zero_division();
            big::divmod_floor(x, y, &q, nullptr);
            return int_from_big(std::move(q));
        case NB_REMAINDER:
            if (y.is_zero()) zero_division();
            big::divmod_floor(x, y, nullptr, &r);
            return int_from_big(std::move(r));
        case NB_TRUE_DIVIDE: return float_new(true_divide(x, y));
        case NB_POWER:
            if (y.negative) return float_power_of_ints(a, b);
            return int_power(x, y);
        case NB_LSHIFT:
            if (y.negative) negative_shift();
            if (x.is_zero()) return int_from_i64(0);
            if (!big::to_i64(y, &n) || n > (1ll << 40)) raise_msg(Exc_OverflowError, "too many digits in integer");
            return int_from_big(big::shift_left(x, n));
        case NB_RSHIFT:
            if (y.negative) negative_shift();
            if (!big::to_i64(y, &n)) return int_from_i64(x.negative ? -1 : 0);
            return int_from_big(big::shift_right(x, n));
        case NB_AND: return int_from_big(big::bit_and(x, y));
        case NB_OR: return int_from_big(big::bit_or(x, y));
        case NB_XOR: return int_from_big(big::bit_xor(x, y));
        default: return newref(Py_NotImplemented);
    }
}

// Small ** small with an overflow check at every step; null when the result needs a BigInt.
static bool small_power(int64_t base, int64_t exp, int64_t* out) {
    int64_t result = 1;
    while (exp > 0) {
        if ((exp & 1) && __builtin_mul_overflow(result, base, &result)) return false;
        exp >>= 1;
        if (exp && __builtin_mul_overflow(base, base, &base)) return false;
    }
    *out = result;
    return true;
}

Obj int_binary(Object* a, Object* b, int op) {
    if (op >= NB_INPLACE_ADD) op -= NB_INPLACE_ADD;
    if (!is_int(a) || !is_int(b)) return newref(Py_NotImplemented);
    IntObject *ia = static_cast<IntObject*>(a), *ib = static_cast<IntObject*>(b);
    if (ia->big || ib->big) return int_binary_big(a, b, op);
    // The fast path: both operands are machine words.
    int64_t x = ia->value, y = ib->value, r;
    switch (op) {
        case NB_ADD:
            if (!__builtin_add_overflow(x, y, &r)) return int_from_i64(r);
            break;
        case NB_SUBTRACT:
            if (!__builtin_sub_overflow(x, y, &r)) return int_from_i64(r);
            break;
        case NB_MULTIPLY:
            if (!__builtin_mul_overflow(x, y, &r)) return int_from_i64(r);
            break;
        case NB_FLOOR_DIVIDE:
        case NB_REMAINDER: {
            if (y == 0) zero_division();
            if (x == INT64_MIN && y == -1) break;  // the one quotient that overflows
            int64_t q = x / y, m = x % y;
            if (m != 0 && ((m < 0) != (y < 0))) {  // C truncates; Python floors
                q -= 1;
                m += y;
            }
            return int_from_i64(op == NB_FLOOR_DIVIDE ? q : m);
        }
        case NB_TRUE_DIVIDE: {
            if (y == 0) zero_division();
            const int64_t lim = 1ll << DBL_MANT_DIG;
            if (x <= lim && x >= -lim && y <= lim && y >= -lim)
                return float_new(static_cast<double>(x) / static_cast<double>(y));
            break;
        }
        case NB_POWER:
            if (y < 0) return float_power_of_ints(a, b);
            if (small_power(x, y, &r)) return int_from_i64(r);
            break;
        case NB_LSHIFT:
            if (y < 0) negative_shift();
            if (x == 0) return int_from_i64(0);
            // Fits if the bits shifted out (and the new sign bit) all equal the sign.
            if (y < 63 && ((x >= 0 ? x : ~x) >> (63 - y)) == 0)
                return int_from_i64(static_cast<int64_t>(static_cast<uint64_t>(x) << y));
            break;
        case NB_RSHIFT:
            if (y < 0) negative_shift();
            return int_from_i64(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);  // >> on int64 is arithmetic: floors
        case NB_AND: return int_from_i64(x & y);
        case NB_OR: return int_from_i64(x | y);
        case NB_XOR: return int_from_i64(x ^ y);
        default: return newref(Py_NotImplemented);
    }
    return int_binary_big(a, b, op);
}

// bool & | ^ bool stays a bool; everything else is int arithmetic.
static Obj bool_binary(Object* a, Object* b, int op) {
    if (op >= NB_INPLACE_ADD) op -= NB_INPLACE_ADD;
    if (is_bool(a) && is_bool(b) && (op == NB_AND || op == NB_OR || op == NB_XOR)) {
        bool x = a == Py_True, y = b == Py_True;
        return bool_ref(op == NB_AND ? (x && y) : op == NB_OR ? (x || y) : (x != y));
    }
    return int_binary(a, b, op);
}

static Obj int_negative(Object* o) {
    IntObject* i = static_cast<IntObject*>(o);
    if (!i->big && i->value != INT64_MIN) return int_from_i64(-i->value);
    BigInt t;
    return int_from_big(big::neg(int_big_view(o, t)));
}

static Obj int_absolute(Object* o) { return int_sign(o) < 0 ? int_negative(o) : exact_int(o); }

static Obj int_invert(Object* o) {
    IntObject* i = static_cast<IntObject*>(o);
    if (!i->big) return int_from_i64(~i->value);
    return int_from_big(big::bit_not(*i->big));
}

// ~True is -2, which is rarely what was meant: CPython 3.12+ warns (and 3.16 will refuse).
static Obj bool_invert(Object* o) {
    warn(Exc_DeprecationWarning,
         "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the "
         "bitwise inversion of the underlying int object and is usually not what you expect from negating a "
         "bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise "
         "inversion of the underlying int.");
    return int_invert(o);
}

static int int_truth(Object* o) {
    IntObject* i = static_cast<IntObject*>(o);
    return i->big != nullptr || i->value != 0;
}

static Obj int_float(Object* o) { return float_new(int_as_double(o)); }

// ───────────────────────────── pow(a, b, m) ─────────────────────────────

static BigInt floor_mod(const BigInt& a, const BigInt& m) {
    BigInt r;
    big::divmod_floor(a, m, nullptr, &r);
    return r;
}

// The inverse of a modulo m (m > 0) by the extended Euclidean algorithm.
static BigInt mod_inverse(const BigInt& a, const BigInt& m) {
    BigInt old_r = a, r = m, old_s = big::from_i64(1), s;
    while (!r.is_zero()) {
        BigInt q, rem;
        big::divmod_floor(old_r, r, &q, &rem);
        old_r = std::move(r);
        r = std::move(rem);
        BigInt next_s = big::sub(old_s, big::mul(q, s));
        old_s = std::move(s);
        s = std::move(next_s);
    }
    if (!(old_r.mag.size() == 1 && old_r.mag[0] == 1 && !old_r.negative))
        raise_msg(Exc_ValueError, "base is not invertible for the given modulus");
    return floor_mod(old_s, m);
}

static bool exponent_bit(const BigInt& e, uint64_t i) { return (e.mag[i / 32] >> (i % 32)) & 1; }

Obj int_pow_mod(Object* base, Object* exp, Object* mod) {
    if (!is_int(base) || !is_int(exp) || !is_int(mod))
        raise_msg(Exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    BigInt tb, te, tm;
    BigInt m = int_big_view(mod, tm);
    if (m.is_zero()) raise_msg(Exc_ValueError, "pow() 3rd argument cannot be 0");
    bool negative_mod = m.negative;
    m.negative = false;
    BigInt b = floor_mod(int_big_view(base, tb), m);
    BigInt e = int_big_view(exp, te);
    if (e.negative) {  // pow(b, -e, m) == pow(inverse of b, e, m), as CPython 3.8+
        b = mod_inverse(b, m);
        e.negative = false;
    }
    BigInt result = big::from_i64(1);
    uint64_t nbits = big::bit_length(e);
    int64_t msmall;
    if (big::to_i64(m, &msmall)) {  // modulus fits a word: multiply in 128 bits
        int64_t bsmall = 0;
        big::to_i64(b, &bsmall);  // 0 <= b < m: fits
        uint64_t mm = msmall, bb = bsmall, rr = 1 % mm;
        for (uint64_t i = nbits; i-- > 0;) {
            rr = static_cast<uint64_t>((unsigned __int128)rr * rr % mm);
            if (exponent_bit(e, i)) rr = static_cast<uint64_t>((unsigned __int128)rr * bb % mm);
        }
        result = big::from_u64(rr);
    } else {
        result = floor_mod(result, m);
        for (uint64_t i = nbits; i-- > 0;) {
            result = floor_mod(big::mul(result, result), m);
            if (exponent_bit(e, i)) result = floor_mod(big::mul(result, b), m);
        }
    }
    if (negative_mod && !result.is_zero()) result = big::sub(result, m);  // the sign of the modulus
    return int_from_big(std::move(result));
}

// ───────────────────────────── round() ─────────────────────────────

Obj int_round(Object* x, Object* ndigits) {
    if (!ndigits || ndigits == Py_None) return exact_int(x);
    Obj nd = number_index(ndigits);
    if (int_sign(nd.get()) >= 0) return exact_int(x);
    // Round half to even to a multiple of 10**m, m = -ndigits.
    BigInt tx, tn;
    const BigInt& v = int_big_view(x, tx);
    const BigInt& n = int_big_view(nd.get(), tn);
    int64_t m;
    double max_digits = static_cast<double>(big::bit_length(v)) * 0.30103 + 2;
    if (!big::to_i64(big::neg(n), &m) || static_cast<double>(m) > max_digits) return int_from_i64(0);
    BigInt pow10 = big::from_i64(1), ten = big::from_i64(10);
    for (int64_t i = 0; i < m; i++) pow10 = big::mul(pow10, ten);
    BigInt q, r;
    big::divmod_floor(v, pow10, &q, &r);  // 0 <= r < pow10
    int c = big::compare(big::shift_left(r, 1), pow10);
    if (c > 0 || (c == 0 && big::is_odd(q))) q = big::add(q, big::from_i64(1));
    return int_from_big(big::mul(q, pow10));
}

// ───────────────────────────── construction: int(x), int(s, base), bool(x) ─────────────────────

// int(b"12"): the bytes as ASCII text; the error shows the bytes (b'\xff').
static Obj int_from_bytes_text(Object* x, int base) {
    std::string raw = bytes_like_contents(x);
    if (std::all_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        try {
            return int_from_string(raw, base);
        } catch (PyError&) {
            if (!exception_matches(tstate()->curexc, (Object*)Exc_ValueError)) throw;
            fetch_exception();
        }
    }
    raise_fmt(Exc_ValueError, "invalid literal for int() with base %d: %s", base, repr_string(x).c_str());
}

// int(x) with one argument.
static Obj int_from_object(Object* x) {
    if (is_int(x)) return exact_int(x);
    if (is_str(x)) return int_from_string(str_view(x), 10);
    if (is_bytes_like(x)) return int_from_bytes_text(x, 10);
    TypeObject* t = type_of(x);
    if (t->nb_int || t->nb_index) {
        const char* which = t->nb_int ? "__int__" : "__index__";
        Obj r = t->nb_int ? t->nb_int(x) : t->nb_index(x);
        if (!is_int(r.get()))
            raise_fmt(Exc_TypeError, "%s returned non-int (type %s)", which, type_name(r.get()));
        return exact_int(r.get());
    }
    raise_fmt(Exc_TypeError,
              "int() argument must be a string, a bytes-like object or a real number, not '%s'",
              type_name(x));
}

// int(x=0, /, base=10)
static Obj int_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    if (nargs + nkw > 2) raise_fmt(Exc_TypeError, "int expected at most 2 arguments, got %zu", nargs + nkw);
    Object* x = nargs > 0 ? args[0] : nullptr;
    Object* base = nargs > 1 ? args[1] : nullptr;
    for (size_t k = 0; k < nkw; k++) {
        std::string_view name = str_view(tuple_item(kwnames, k));
        if (name != "base" || base)
            raise_fmt(Exc_TypeError, "int() got an unexpected keyword argument '%.*s'",
                      static_cast<int>(name.size()), name.data());
        base = args[nargs + k];
    }
    Obj result;
    if (!x) {
        if (base) raise_msg(Exc_TypeError, "int() missing string argument");
        result = int_from_i64(0);
    } else if (!base) {
        result = int_from_object(x);
    } else {
        Obj b = number_index(base);
        int64_t bv = int_is_small(b.get()) ? int_as_i64(b.get()) : 1;
        if (bv != 0 && (bv < 2 || bv > 36))
            raise_msg(Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (is_bytes_like(x)) result = int_from_bytes_text(x, static_cast<int>(bv));
        else if (!is_str(x)) raise_msg(Exc_TypeError, "int() can't convert non-string with explicit base");
        else result = int_from_string(str_view(x), static_cast<int>(bv));
    }
    if (type == &Int_Type) return result;
    return int_subtype_copy(type, result.get());
}

static Obj bool_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) raise_msg(Exc_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1) raise_fmt(Exc_TypeError, "bool expected at most 1 argument, got %zu", nargs);
    return bool_ref(nargs == 1 && truthy(args[0]));
}

// ───────────────────────────── repr, methods, type setup ─────────────────────────────

static Obj int_repr(Object* o) { return str_new(int_to_string(o, 10)); }
static Obj bool_repr(Object* o) { return str_new(o == Py_True ? "True" : "False"); }

static Obj int_bit_length(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("bit_length", nargs, kwnames, 0, 0);
    BigInt t;
    return int_from_u64(big::bit_length(int_big_view(self, t)));
}

static Obj int_bit_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("bit_count", nargs, kwnames, 0, 0);
    BigInt t;
    return int_from_u64(big::bit_count(int_big_view(self, t)));
}

static Obj int_self_value(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("conjugate", nargs, kwnames, 0, 0);
    return exact_int(self);
}

static Obj int_as_integer_ratio(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("as_integer_ratio", nargs, kwnames, 0, 0);
    Obj v = exact_int(self);
    return tuple_pack({v.get(), int_from_i64(1).get()});
}

static Obj int_is_integer(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("is_integer", nargs, kwnames, 0, 0);
    return bool_ref(true);
}

static Obj int_round_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* nd[1];
    parse_args("__round__", args, nargs, kwnames, {"/ndigits"}, 0, nd);
    return int_round(self, nd[0]);
}

static Obj int_format_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("__format__", nargs, kwnames, 1, 1);
    if (!is_str(args[0]))
        raise_fmt(Exc_TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
    std::string_view spec = str_view(args[0]);
    if (spec.empty()) return str(self);
    return str_new(format_int(self, parse_format_spec(spec, type_name(self))));
}

// Getters for the int.real / .imag / .numerator / .denominator properties.
static Obj int_get_self(Object* self) { return exact_int(self); }
static Obj int_get_zero(Object*) { return int_from_i64(0); }
static Obj int_get_one(Object*) { return int_from_i64(1); }

void init_int() {
    for (int64_t v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++) {
        IntObject* o = &small_ints[v - SMALL_INT_MIN];
        setup_static_int(o, &Int_Type, v);
        make_immortal(o);
    }

    Int_Type.flags |= TPF_INT_SUBCLASS | TPF_BASETYPE;
    Int_Type.dealloc = int_dealloc;
    Int_Type.repr = int_repr;
    Int_Type.str = int_repr;
    Int_Type.hash = int_hash;
    Int_Type.richcompare = int_richcompare;
    Int_Type.binary = int_binary;
    Int_Type.negative = int_negative;
    Int_Type.positive = exact_int;
    Int_Type.invert = int_invert;
    Int_Type.absolute = int_absolute;
    Int_Type.truth = int_truth;
    Int_Type.nb_int = exact_int;
    Int_Type.nb_index = exact_int;
    Int_Type.nb_float = int_float;
    Int_Type.new_ = int_new;
    type_ready(&Int_Type, "int", &Object_Type, sizeof(IntObject));
    Int_Type.flags |= TPF_INT_SUBCLASS | TPF_BASETYPE;
    add_methods(&Int_Type, {
        {"bit_length", int_bit_length, "Number of bits necessary to represent self in binary."},
        {"bit_count", int_bit_count, "Number of ones in the binary representation of the absolute value of self."},
        {"conjugate", int_self_value, "Returns self, the complex conjugate of any int."},
        {"as_integer_ratio", int_as_integer_ratio, "Return a pair of integers, whose ratio is equal to the original int."},
        {"is_integer", int_is_integer, "Returns True. Exists for duck type compatibility with float.is_integer."},
        {"__round__", int_round_method, "Rounding an Integral returns itself."},
        {"__trunc__", int_self_value, "Truncating an Integral returns itself."},
        {"__floor__", int_self_value, "Flooring an Integral returns itself."},
        {"__ceil__", int_self_value, "Ceiling of an Integral returns itself."},
        {"__format__", int_format_method, "Convert to a string according to format_spec."},
    });
    add_getsets(&Int_Type, {{"real", int_get_self}, {"imag", int_get_zero},
                            {"numerator", int_get_self}, {"denominator", int_get_one}});

    Bool_Type.flags |= TPF_INT_SUBCLASS;  // no TPF_BASETYPE: bool cannot be subclassed
    Bool_Type.repr = bool_repr;
    Bool_Type.str = bool_repr;
    Bool_Type.binary = bool_binary;
    Bool_Type.invert = bool_invert;
    Bool_Type.new_ = bool_new;
    type_ready(&Bool_Type, "bool", &Int_Type, sizeof(IntObject));
    Bool_Type.flags |= TPF_INT_SUBCLASS;
    setup_static_int(&_Py_TrueStruct, &Bool_Type, 1);
    setup_static_int(&_Py_FalseStruct, &Bool_Type, 0);
    make_immortal(Py_True);
    make_immortal(Py_False);
    (void)static_ints_ready;
}
