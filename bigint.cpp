// bigint.cpp — the algorithms of arbitrary-precision integer arithmetic.
//
// In: BigInt values (sign + base-2**32 magnitude, see bigint.h).  Out: new BigInt values or
// text.  Nothing here knows about Python objects or raises exceptions: int.cpp checks for
// division by zero, negative shift counts and so on before calling in.
//
// Layout of the file: helpers on magnitudes (compare, add, subtract, multiply, divide, shift),
// then signed arithmetic built on them, then bitwise operations (emulating two's complement),
// then conversions (double, decimal and power-of-two bases, digit strings).
//
// Read next: int.cpp, which stores small results in int64 and calls these for the rest.
#include "bigint.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace big {

// ───────────────────────────── magnitudes ─────────────────────────────

static void trim(Mag& m) {
    while (!m.empty() && m.back() == 0) m.pop_back();
}

void normalize(BigInt& a) {
    trim(a.mag);
    if (a.mag.empty()) a.negative = false;
}

BigInt from_u64(uint64_t v) {
    BigInt r;
    if (v) r.mag.push_back(static_cast<uint32_t>(v));
    if (v >> 32) r.mag.push_back(static_cast<uint32_t>(v >> 32));
    return r;
}

BigInt from_i64(int64_t v) {
    // 0 - (uint64_t)v is |v| even for INT64_MIN, whose negation does not fit in int64.
    BigInt r = from_u64(v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v));
    r.negative = v < 0;
    return r;
}

bool to_i64(const BigInt& a, int64_t* out) {
    if (a.mag.size() > 2) return false;
    uint64_t m = 0;
    if (a.mag.size() >= 1) m = a.mag[0];
    if (a.mag.size() == 2) m |= static_cast<uint64_t>(a.mag[1]) << 32;
    if (!a.negative) {
        if (m > static_cast<uint64_t>(INT64_MAX)) return false;
        *out = static_cast<int64_t>(m);
    } else {
        if (m > static_cast<uint64_t>(INT64_MAX) + 1) return false;
        *out = static_cast<int64_t>(0 - m);  // modular conversion (well defined in C++20)
    }
    return true;
}

int compare_mag(const Mag& a, const Mag& b) {
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    for (size_t i = a.size(); i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

int compare(const BigInt& a, const BigInt& b) {
    if (a.negative != b.negative) return a.negative ? -1 : 1;
    int c = compare_mag(a.mag, b.mag);
    return a.negative ? -c : c;
}

static Mag add_mag(const Mag& a, const Mag& b) {
    const Mag& longer = a.size() >= b.size() ? a : b;
    const Mag& shorter = a.size() >= b.size() ? b : a;
    Mag r(longer.size() + 1);
    uint64_t carry = 0;
    for (size_t i = 0; i < longer.size(); i++) {
        uint64_t t = carry + longer[i] + (i < shorter.size() ? shorter[i] : 0);
        r[i] = static_cast<uint32_t>(t);
        carry = t >> 32;
    }
    r[longer.size()] = static_cast<uint32_t>(carry);
    trim(r);
    return r;
}

// a - b for a >= b.
static Mag sub_mag(const Mag& a, const Mag& b) {
    Mag r(a.size());
    int64_t borrow = 0;
    for (size_t i = 0; i < a.size(); i++) {
        int64_t t = static_cast<int64_t>(a[i]) - borrow - (i < b.size() ? b[i] : 0);
        borrow = t < 0;
        r[i] = static_cast<uint32_t>(t + (borrow << 32));
    }
    trim(r);
    return r;
}

// acc += x * 2**(32*offset).  acc must be big enough to hold the true sum.
static void add_shifted(Mag& acc, const Mag& x, size_t offset) {
    if (acc.size() < offset + x.size()) acc.resize(offset + x.size());
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < x.size(); i++) {
        uint64_t t = carry + acc[offset + i] + x[i];
        acc[offset + i] = static_cast<uint32_t>(t);
        carry = t >> 32;
    }
    for (size_t k = offset + i; carry; k++) {
        if (k == acc.size()) acc.push_back(0);
        uint64_t t = carry + acc[k];
        acc[k] = static_cast<uint32_t>(t);
        carry = t >> 32;
    }
}

// The classic pencil-and-paper product: every digit of a times every digit of b.
static Mag mul_schoolbook(const Mag& a, const Mag& b) {
    Mag r(a.size() + b.size());
    const uint32_t* bp = b.data();  // raw pointers and sizes: the compiler then keeps them in
    uint32_t* rp = r.data();        // registers instead of reloading them at every step
    size_t na = a.size(), nb = b.size();
    for (size_t i = 0; i < na; i++) {
        uint64_t ai = a[i], carry = 0;
        if (ai == 0) continue;
        uint32_t* row = rp + i;
        for (size_t j = 0; j < nb; j++) {
            // ai*b[j] + r + carry <= (2**32-1)**2 + 2*(2**32-1) = 2**64 - 1: no overflow.
            uint64_t t = ai * bp[j] + row[j] + carry;
            row[j] = static_cast<uint32_t>(t);
            carry = t >> 32;
        }
        row[nb] = static_cast<uint32_t>(carry);
    }
    trim(r);
    return r;
}

static Mag slice(const Mag& a, size_t from, size_t to) {
    Mag r(a.begin() + std::min(from, a.size()), a.begin() + std::min(to, a.size()));
    trim(r);
    return r;
}

static Mag mul_mag(const Mag& a, const Mag& b);

// Karatsuba: with a = a1*B**m + a0 and b = b1*B**m + b0, three half-size products suffice:
// a*b = z2*B**2m + (( a0+a1)(b0+b1) - z0 - z2)*B**m + z0.  Needs a.size() >= b.size() > m.
static Mag mul_karatsuba(const Mag& a, const Mag& b) {
    size_t m = a.size() / 2;
    Mag a0 = slice(a, 0, m), a1 = slice(a, m, a.size());
    Mag b0 = slice(b, 0, m), b1 = slice(b, m, b.size());
    Mag z0 = mul_mag(a0, b0), z2 = mul_mag(a1, b1);
    Mag z1 = mul_mag(add_mag(a0, a1), add_mag(b0, b1));
    z1 = sub_mag(sub_mag(z1, z0), z2);
    Mag r(a.size() + b.size());
    add_shifted(r, z0, 0);
    add_shifted(r, z1, m);
    add_shifted(r, z2, 2 * m);
    trim(r);
    return r;
}

constexpr size_t KARATSUBA_CUTOFF = 40;  // digits; below this the schoolbook loop is faster

static Mag mul_mag(const Mag& x, const Mag& y) {
    const Mag& a = x.size() >= y.size() ? x : y;  // the longer
    const Mag& b = x.size() >= y.size() ? y : x;
    if (b.empty()) return {};
    if (b.size() < KARATSUBA_CUTOFF) return mul_schoolbook(a, b);
    if (a.size() >= 2 * b.size()) {
        // Lopsided: multiply b by b-sized pieces of a, so each product is balanced.
        Mag r(a.size() + b.size());
        for (size_t off = 0; off < a.size(); off += b.size())
            add_shifted(r, mul_mag(slice(a, off, off + b.size()), b), off);
        trim(r);
        return r;
    }
    return mul_karatsuba(a, b);
}

// Knuth's algorithm D (TAOCP vol. 2, 4.3.1), in the form of Hacker's Delight's divmnu:
// normalise so the divisor's top digit has its high bit set, then estimate each quotient
// digit from the top two digits of the running remainder (the estimate is at most 2 too big).
void divmod_mag(const Mag& a, const Mag& b, Mag* q_out, Mag* r_out) {
    Mag q, r;
    if (compare_mag(a, b) < 0) {
        r = a;
    } else if (b.size() == 1) {
        uint64_t d = b[0], rem = 0;
        q.resize(a.size());
        for (size_t i = a.size(); i-- > 0;) {
            uint64_t cur = (rem << 32) | a[i];
            q[i] = static_cast<uint32_t>(cur / d);
            rem = cur % d;
        }
        trim(q);
        if (rem) r.push_back(static_cast<uint32_t>(rem));
    } else {
        const uint64_t B = 1ull << 32;
        size_t n = b.size(), m = a.size() - n;
        int s = __builtin_clz(b.back());
        Mag vn(n), un(a.size() + 1);
        for (size_t i = n - 1; i > 0; i--)
            vn[i] = (b[i] << s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(b[i - 1]) >> (32 - s)) : 0);
        vn[0] = b[0] << s;
        un[a.size()] = s ? static_cast<uint32_t>(static_cast<uint64_t>(a.back()) >> (32 - s)) : 0;
        for (size_t i = a.size() - 1; i > 0; i--)
            un[i] = (a[i] << s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(a[i - 1]) >> (32 - s)) : 0);
        un[0] = a[0] << s;
        q.assign(m + 1, 0);
        for (size_t j = m + 1; j-- > 0;) {
            uint64_t num = (static_cast<uint64_t>(un[j + n]) << 32) | un[j + n - 1];
            uint64_t qhat = num / vn[n - 1], rhat = num % vn[n - 1];
            while (qhat >= B || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
                qhat--;
                rhat += vn[n - 1];
                if (rhat >= B) break;
            }
            // Subtract qhat * vn from the window un[j .. j+n].
            int64_t k = 0, t;
            uint32_t* win = un.data() + j;
            const uint32_t* vp = vn.data();
            for (size_t i = 0; i < n; i++) {
                uint64_t p = qhat * vp[i];
                t = static_cast<int64_t>(win[i]) - k - static_cast<int64_t>(p & 0xFFFFFFFFu);
                win[i] = static_cast<uint32_t>(t);
                k = static_cast<int64_t>(p >> 32) - (t >> 32);
            }
            t = static_cast<int64_t>(un[j + n]) - k;
            un[j + n] = static_cast<uint32_t>(t);
            q[j] = static_cast<uint32_t>(qhat);
            if (t < 0) {  // qhat was one too big (rare): add the divisor back
                q[j]--;
                uint64_t c = 0;
                for (size_t i = 0; i < n; i++) {
                    uint64_t u = static_cast<uint64_t>(un[i + j]) + vn[i] + c;
                    un[i + j] = static_cast<uint32_t>(u);
                    c = u >> 32;
                }
                un[j + n] += static_cast<uint32_t>(c);
            }
        }
        trim(q);
        r.resize(n);  // un holds the remainder, still shifted left by s
        for (size_t i = 0; i < n; i++)
            r[i] = (un[i] >> s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(un[i + 1]) << (32 - s)) : 0);
        trim(r);
    }
    if (q_out) *q_out = std::move(q);
    if (r_out) *r_out = std::move(r);
}

// ───────────────────────────── signed arithmetic ─────────────────────────────

static BigInt make(bool negative, Mag mag) {
    BigInt r;
    r.negative = negative;
    r.mag = std::move(mag);
    normalize(r);
    return r;
}

// a + (b with sign bneg): the one routine behind both add and sub.
static BigInt add_signed(const BigInt& a, const Mag& b, bool bneg) {
    if (a.negative == bneg) return make(a.negative, add_mag(a.mag, b));
    int c = compare_mag(a.mag, b);
    if (c == 0) return BigInt{};
    if (c > 0) return make(a.negative, sub_mag(a.mag, b));
    return make(bneg, sub_mag(b, a.mag));
}

BigInt add(const BigInt& a, const BigInt& b) { return add_signed(a, b.mag, b.negative); }
BigInt sub(const BigInt& a, const BigInt& b) { return add_signed(a, b.mag, !b.negative); }
BigInt mul(const BigInt& a, const BigInt& b) { return make(a.negative != b.negative, mul_mag(a.mag, b.mag)); }

BigInt neg(BigInt a) {
    if (!a.is_zero()) a.negative = !a.negative;
    return a;
}

void divmod_floor(const BigInt& a, const BigInt& b, BigInt* q_out, BigInt* r_out) {
    Mag qm, rm;
    divmod_mag(a.mag, b.mag, &qm, &rm);
    BigInt q = make(a.negative != b.negative, std::move(qm));  // truncated quotient
    BigInt r = make(a.negative, std::move(rm));                // remainder with a's sign
    // Python floors: when the remainder's sign differs from the divisor's, step down by one.
    if (!r.is_zero() && r.negative != b.negative) {
        q = sub(q, from_i64(1));
        r = add(r, b);
    }
    if (q_out) *q_out = std::move(q);
    if (r_out) *r_out = std::move(r);
}

// ───────────────────────────── shifts and bits ─────────────────────────────

static Mag shl_mag(const Mag& a, uint64_t n) {
    if (a.empty()) return {};
    size_t digits = n / 32;
    int bits = n % 32;
    Mag r(a.size() + digits + 1);
    for (size_t i = 0; i < a.size(); i++) {
        uint64_t v = static_cast<uint64_t>(a[i]) << bits;
        r[i + digits] |= static_cast<uint32_t>(v);
        r[i + digits + 1] |= static_cast<uint32_t>(v >> 32);
    }
    trim(r);
    return r;
}

// |a| >> n (truncating); *lost tells whether any 1 bits fell off the bottom.
static Mag shr_mag(const Mag& a, uint64_t n, bool* lost) {
    size_t digits = n / 32;
    int bits = n % 32;
    *lost = false;
    for (size_t i = 0; i < std::min(digits, a.size()); i++)
        if (a[i]) *lost = true;
    if (digits >= a.size()) {
        *lost = !a.empty();
        return {};
    }
    if (bits && (a[digits] & ((1u << bits) - 1))) *lost = true;
    Mag r(a.size() - digits);
    for (size_t i = 0; i < r.size(); i++) {
        uint64_t lo = a[i + digits];
        uint64_t hi = i + digits + 1 < a.size() ? a[i + digits + 1] : 0;
        r[i] = static_cast<uint32_t>(((hi << 32) | lo) >> bits);
    }
    trim(r);
    return r;
}

BigInt shift_left(const BigInt& a, uint64_t n) { return make(a.negative, shl_mag(a.mag, n)); }

BigInt shift_right(const BigInt& a, uint64_t n) {
    bool lost;
    BigInt r = make(a.negative, shr_mag(a.mag, n, &lost));
    // For negatives, floor(-m / 2**n) = -ceil(m / 2**n): round the magnitude up if bits were lost.
    if (a.negative && lost) r = sub(r, from_i64(1));
    if (a.negative && r.is_zero()) r = from_i64(-1);
    return r;
}

// Two's complement in `n` digits (n > a.mag.size(), so the top bit is the sign bit).
static Mag to_twos(const BigInt& a, size_t n) {
    Mag r(n, 0);
    std::copy(a.mag.begin(), a.mag.end(), r.begin());
    if (a.negative) {  // -m = ~m + 1
        uint64_t carry = 1;
        for (auto& d : r) {
            uint64_t t = static_cast<uint64_t>(static_cast<uint32_t>(~d)) + carry;
            d = static_cast<uint32_t>(t);
            carry = t >> 32;
        }
    }
    return r;
}

static BigInt from_twos(Mag r) {
    bool negative = !r.empty() && (r.back() >> 31);
    if (negative) {
        uint64_t carry = 1;
        for (auto& d : r) {
            uint64_t t = static_cast<uint64_t>(static_cast<uint32_t>(~d)) + carry;
            d = static_cast<uint32_t>(t);
            carry = t >> 32;
        }
    }
    return make(negative, std::move(r));
}

template <class Op>
static BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
    size_t n = std::max(a.mag.size(), b.mag.size()) + 1;
    Mag x = to_twos(a, n), y = to_twos(b, n);
    for (size_t i = 0; i < n; i++) x[i] = op(x[i], y[i]);
    return from_twos(std::move(x));
}

BigInt bit_and(const BigInt& a, const BigInt& b) { return bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; }); }
BigInt bit_or(const BigInt& a, const BigInt& b) { return bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; }); }
BigInt bit_xor(const BigInt& a, const BigInt& b) { return bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; }); }
BigInt bit_not(const BigInt& a) { return sub(neg(a), from_i64(1)); }

uint64_t bit_length(const BigInt& a) {
    if (a.mag.empty()) return 0;
    return (a.mag.size() - 1) * 32 + (32 - __builtin_clz(a.mag.back()));
}

uint64_t bit_count(const BigInt& a) {
    uint64_t n = 0;
    for (uint32_t d : a.mag) n += __builtin_popcount(d);
    return n;
}

bool is_odd(const BigInt& a) { return !a.mag.empty() && (a.mag[0] & 1); }

// The 64 bits of m starting at bit position pos (bits past the top read as 0).
static uint64_t bits_at(const Mag& m, uint64_t pos) {
    size_t d = pos / 32;
    int s = pos % 32;
    unsigned __int128 w = 0;
    for (int k = 2; k >= 0; k--) {
        w <<= 32;
        if (d + k < m.size()) w |= m[d + k];
    }
    return static_cast<uint64_t>(w >> s);
}

// ───────────────────────────── conversions ─────────────────────────────

double to_double(const BigInt& a, bool* overflow) {
    *overflow = false;
    uint64_t nbits = bit_length(a);
    double d;
    if (nbits <= 64) {
        d = static_cast<double>(bits_at(a.mag, 0));  // the hardware rounds half-to-even
    } else {
        // Keep the top 64 bits and fold every lower bit into a "sticky" lowest bit: 64 bits are
        // 11 more than a double holds, so the sticky bit can only break ties, which is exactly
        // what it must do (a value above the halfway point is not a tie).
        uint64_t shift = nbits - 64;
        uint64_t top = bits_at(a.mag, shift);
        bool sticky = false;
        for (size_t i = 0; i < shift / 32 && !sticky; i++) sticky = a.mag[i] != 0;
        if (!sticky && shift % 32) sticky = a.mag[shift / 32] & ((1u << (shift % 32)) - 1);
        if (shift > 2000) {
            *overflow = true;
            return 0.0;
        }
        d = std::ldexp(static_cast<double>(top | (sticky ? 1 : 0)), static_cast<int>(shift));
    }
    if (std::isinf(d)) *overflow = true;
    return a.negative ? -d : d;
}

BigInt from_double(double d) {
    bool negative = d < 0;
    d = std::fabs(d);
    BigInt r;
    if (d < 18446744073709551616.0) {  // 2**64
        r = from_u64(static_cast<uint64_t>(d));
    } else {
        int e;
        double m = std::frexp(d, &e);  // d = m * 2**e with 0.5 <= m < 1
        r = shift_left(from_u64(static_cast<uint64_t>(std::ldexp(m, 53))), e - 53);
    }
    r.negative = negative && !r.is_zero();
    return r;
}

uint64_t mod_mersenne61(const Mag& a) {
    const uint64_t P = (1ull << 61) - 1;
    uint64_t x = 0;
    for (size_t i = a.size(); i-- > 0;)
        x = static_cast<uint64_t>((((unsigned __int128)x << 32) | a[i]) % P);
    return x;
}

std::string to_decimal(const Mag& a) {
    if (a.empty()) return "0";
    // Peel off nine decimal digits at a time: divide in place by 10**9, keep the remainders.
    Mag m = a;
    std::vector<uint32_t> chunks;
    while (!m.empty()) {
        uint64_t rem = 0;
        for (size_t i = m.size(); i-- > 0;) {
            uint64_t cur = (rem << 32) | m[i];
            m[i] = static_cast<uint32_t>(cur / 1000000000u);
            rem = cur % 1000000000u;
        }
        trim(m);
        chunks.push_back(static_cast<uint32_t>(rem));
    }
    std::string s = std::to_string(chunks.back());
    s.reserve(s.size() + 9 * (chunks.size() - 1));
    char buf[16];
    for (size_t i = chunks.size() - 1; i-- > 0;) {
        snprintf(buf, sizeof buf, "%09u", chunks[i]);
        s += buf;
    }
    return s;
}

std::string to_base_pow2(const Mag& a, int bits) {
    if (a.empty()) return "0";
    BigInt tmp;
    tmp.mag = a;
    uint64_t nbits = bit_length(tmp);
    uint64_t ndigits = (nbits + bits - 1) / bits;
    std::string s(ndigits, '0');
    for (uint64_t k = 0; k < ndigits; k++) {
        unsigned v = bits_at(a, k * bits) & ((1u << bits) - 1);
        s[ndigits - 1 - k] = "0123456789abcdef"[v];
    }
    return s;
}

Mag from_digit_values(const std::vector<uint8_t>& digits, int base) {
    // Horner's rule with as many digits per step as fit in 32 bits: m = m * base**k + chunk.
    int per_chunk = 1;
    uint64_t chunk_scale = base;
    while (chunk_scale * base <= 0xFFFFFFFFull) {
        chunk_scale *= base;
        per_chunk++;
    }
    Mag m;
    for (size_t i = 0; i < digits.size();) {
        uint64_t scale = 1, chunk = 0;
        for (int k = 0; k < per_chunk && i < digits.size(); k++, i++) {
            chunk = chunk * base + digits[i];
            scale *= base;
        }
        uint64_t carry = chunk;
        for (auto& d : m) {
            uint64_t t = static_cast<uint64_t>(d) * scale + carry;
            d = static_cast<uint32_t>(t);
            carry = t >> 32;
        }
        if (carry) m.push_back(static_cast<uint32_t>(carry));
    }
    trim(m);
    return m;
}

}  // namespace big
