// bigint.h — arbitrary-precision integers as plain C++ values (no Python objects here).
//
// What this is: the arithmetic behind Python's int once a value no longer fits in an int64_t.
// int.cpp keeps small values in IntObject::value and only reaches for a BigInt when a result
// overflows; every function here is pure (no exceptions, no globals), so it can be read and
// tested on its own.
//
// Representation: sign + magnitude.  The magnitude is a little-endian vector of 32-bit "digits"
// (base 2**32), with no zero digits at the top; zero is the empty vector and is never negative.
// CPython uses 30-bit digits so that C code without a 64-bit type can multiply two digits; we
// have uint64_t and unsigned __int128, so full 32-bit digits are simpler (a digit product fits
// in 64 bits) and every shift/bit operation lines up with the machine word.
//
// Algorithms: schoolbook and Karatsuba multiplication, Knuth's algorithm D for division,
// two's-complement emulation for & | ^ on negative numbers, correctly rounded conversion to
// double, and base conversion by repeated division / multiplication with 10**9 chunks.
//
// Read next: bigint.cpp (the algorithms), then int.cpp (how the int type uses them).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

struct BigInt {
    bool negative = false;
    std::vector<uint32_t> mag;  // little-endian base 2**32, no high zero digits
    bool is_zero() const { return mag.empty(); }
};

namespace big {

using Mag = std::vector<uint32_t>;

BigInt from_i64(int64_t v);
BigInt from_u64(uint64_t v);
bool to_i64(const BigInt& a, int64_t* out);          // false if a does not fit
void normalize(BigInt& a);                           // drop high zero digits; zero is positive

int compare(const BigInt& a, const BigInt& b);       // -1, 0, 1
int compare_mag(const Mag& a, const Mag& b);

BigInt add(const BigInt& a, const BigInt& b);
BigInt sub(const BigInt& a, const BigInt& b);
BigInt mul(const BigInt& a, const BigInt& b);
BigInt neg(BigInt a);
// Floor division and modulo (Python semantics: the remainder has the divisor's sign).
// b must not be zero.  q or r may be null when not wanted.
void divmod_floor(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
// Truncating division of magnitudes: q = a / b, r = a % b (b non-empty).
void divmod_mag(const Mag& a, const Mag& b, Mag* q, Mag* r);

BigInt shift_left(const BigInt& a, uint64_t n);
BigInt shift_right(const BigInt& a, uint64_t n);     // floors for negatives, like Python's >>
BigInt bit_and(const BigInt& a, const BigInt& b);    // two's-complement semantics
BigInt bit_or(const BigInt& a, const BigInt& b);
BigInt bit_xor(const BigInt& a, const BigInt& b);
BigInt bit_not(const BigInt& a);                     // -a - 1

uint64_t bit_length(const BigInt& a);                // of |a|
uint64_t bit_count(const BigInt& a);                 // popcount of |a|
bool is_odd(const BigInt& a);

// Correctly rounded (round-half-even) conversion; *overflow set when |a| rounds past DBL_MAX.
double to_double(const BigInt& a, bool* overflow);
// d must be finite and integral (callers truncate first).
BigInt from_double(double d);
uint64_t mod_mersenne61(const Mag& a);               // |a| mod (2**61 - 1), for hash()

// Decimal text of |a| (no sign).  Quadratic but with 10**9 chunks: 10**5000 takes microseconds.
std::string to_decimal(const Mag& a);
// Digits of |a| in base 2**bits (bits = 1, 3 or 4: binary, octal, hex), lower-case.
std::string to_base_pow2(const Mag& a, int bits);
// Magnitude from validated digit values (0..base-1, most significant first).
Mag from_digit_values(const std::vector<uint8_t>& digits, int base);

}  // namespace big
