// float.cpp — Python's float type: IEEE-754 doubles.
//
// What this step does: arithmetic (with Python's floor rules for // and % and CPython's
// special cases for **), exact comparison with ints, the numeric hash shared with int, text
// conversion both ways (repr's shortest round-trip digits, float("1_000.5")), round(), and
// float(x) construction.
//
// In: borrowed objects (floats, or ints mixed with floats).  Out: new references.  Errors:
// CPython's messages ("division by zero", "zero to a negative power" ...).
//
// Text: std::to_chars gives the shortest digits that read back to the same double (what
// CPython's repr uses, from David Gay's dtoa); snprintf gives correctly rounded digits for a
// fixed precision.  float_short_text() then lays the digits out exactly like CPython's
// format_float_short: when to switch to an exponent, when to add ".0".
//
// Read next: numformat.cpp (format(3.14159, ".2f") uses float_short_text), int.cpp.
#include "minipy.h"
#include "float_internal.h"
#include "int_internal.h"

#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

TypeObject Float_Type;

// ───────────────────────────── objects ─────────────────────────────

// Recycled blocks of exact floats, per thread (minipy.h's ObjectFreeList).
static thread_local ObjectFreeList float_freelist;
ObjectFreeList* float_freelist_of_this_thread() { return &float_freelist; }

Obj float_new(double v) {
    FloatObject* o;
    if (void* b = float_freelist.pop()) {
        o = new (b) FloatObject();
        o->ob_tid = current_tid();  // init_header, without the heap-type check: float is built in
        o->ob_ref_local = 1;
        o->ob_type = &Float_Type;
    } else {
        o = alloc_object<FloatObject>(&Float_Type).release();
    }
    o->value = v;
    return Obj::steal(o);
}

static void float_dealloc(Object* o) {
    bool exact = o->ob_type == &Float_Type;
    static_cast<FloatObject*>(o)->~FloatObject();
    if (!exact || !float_freelist.push(o)) object_free(o);
}

void int_freelist_clear();
void clear_number_freelists() {
    float_freelist.clear();
    int_freelist_clear();
}

static Obj exact_float(Object* o) {
    if (type_of(o) == &Float_Type) return newref(o);
    return float_new(float_value(o));
}

double as_double(Object* o) {
    if (is_float(o)) return float_value(o);
    if (is_int(o)) return int_as_double(o);
    TypeObject* t = type_of(o);
    if (t->nb_float) {
        Obj r = t->nb_float(o);
        if (!is_float(r.get()))
            raise_fmt(Exc_TypeError, "%s.__float__ returned non-float (type %s)", type_name(o), type_name(r.get()));
        return float_value(r.get());
    }
    if (t->nb_index) {
        Obj r = t->nb_index(o);
        return int_as_double(r.get());
    }
    raise_fmt(Exc_TypeError, "must be real number, not %s", type_name(o));
}

// ───────────────────────────── text ─────────────────────────────

// Significant digits of |v| (no trailing zeros, "0" for zero) and the decimal point position:
// |v| = 0.d1d2d3... * 10**decpt.  count = 0 asks for the shortest round-trip digits.
static std::string decimal_digits(double v, int count, int* decpt) {
    char buf[512];
    char* end;
    if (count == 0) {
        end = std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::scientific).ptr;
    } else {
        int n = snprintf(buf, sizeof buf, "%.*e", count - 1, std::fabs(v));
        end = buf + n;
    }
    *end = '\0';
    // buf is "d.ddde±XX" (or "de±XX").
    std::string digits;
    const char* p = buf;
    for (; *p != 'e'; p++)
        if (*p != '.') digits += *p;
    *decpt = std::atoi(p + 1) + 1;
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    return digits;
}

std::string float_short_text(double v, char code, int precision, bool add_dot_0, bool alt) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    std::string out = std::signbit(v) ? "-" : "";
    if (code == 'e' || code == 'f') {  // glibc's printf already matches CPython exactly here
        char fmt[8];
        snprintf(fmt, sizeof fmt, "%%%s.*%c", alt ? "#" : "", code);
        int n = snprintf(nullptr, 0, fmt, precision, std::fabs(v));
        std::string s(n, '\0');
        snprintf(s.data(), n + 1, fmt, precision, std::fabs(v));
        return out + s;
    }
    if (code == 'g' && precision == 0) precision = 1;
    int decpt;
    std::string digits = decimal_digits(v, code == 'r' ? 0 : precision, &decpt);
    // Choose positional or exponent notation, and how many digits to show ("virtual" digits
    // beyond the real ones are zeros): CPython's format_float_short rules.
    int vend = static_cast<int>(digits.size());
    bool use_exp;
    if (code == 'r') {
        use_exp = decpt <= -4 || decpt > 16;
    } else {
        use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
        if (alt) vend = precision;
    }
    int exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int vstart = decpt <= 0 ? decpt - 1 : 0;
    vend = std::max(vend, (!use_exp && add_dot_0) ? decpt + 1 : decpt);
    for (int k = vstart; k < vend; k++) {
        if (k == decpt) out += '.';
        out += (k >= 0 && k < static_cast<int>(digits.size())) ? digits[k] : '0';
    }
    if (decpt == vend && alt) out += '.';
    if (use_exp) {
        char e[16];
        snprintf(e, sizeof e, "e%+.02d", exp);
        out += e;
    }
    return out;
}

std::string float_repr(double v) { return float_short_text(v, 'r', 0, true, false); }

static Obj float_repr_slot(Object* o) { return str_new(float_repr(float_value(o))); }

// float(s): [spaces] [sign] (digits [. digits] | . digits) [e [sign] digits] [spaces], or
// inf / infinity / nan in any case; '_' only between two digits (PEP 515).
[[noreturn]] static void cannot_convert(std::string_view s) {
    raise_fmt(Exc_ValueError, "could not convert string to float: %s", str_repr_of(s).c_str());
}

static bool ascii_iequal(std::string_view a, const char* b) {
    size_t n = strlen(b);
    if (a.size() != n) return false;
    for (size_t i = 0; i < n; i++)
        if ((a[i] | 0x20) != b[i]) return false;
    return true;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

double float_from_string(std::string_view s) {
    size_t i = 0, j = s.size();
    while (i < j && space_at(s, i)) i += space_at(s, i);
    while (j > i) {  // strip trailing spaces (Unicode ones are 2 or 3 bytes long)
        size_t k = j - 1;
        while (k > i && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) k--;
        if (!space_at(s, k) || k + space_at(s, k) != j) break;
        j = k;
    }
    std::string_view t = s.substr(i, j - i);
    std::string clean;  // t without underscores
    for (size_t k = 0; k < t.size(); k++) {
        if (t[k] == '_') {
            if (k == 0 || k + 1 == t.size() || !is_digit(t[k - 1]) || !is_digit(t[k + 1])) cannot_convert(s);
            continue;
        }
        clean += t[k];
    }
    size_t k = 0;
    bool negative = false;
    if (k < clean.size() && (clean[k] == '+' || clean[k] == '-')) negative = clean[k++] == '-';
    std::string_view word = std::string_view(clean).substr(k);
    if (ascii_iequal(word, "inf") || ascii_iequal(word, "infinity")) return negative ? -HUGE_VAL : HUGE_VAL;
    if (ascii_iequal(word, "nan")) return negative ? -NAN : NAN;
    size_t mantissa_digits = 0;
    while (k < clean.size() && is_digit(clean[k])) k++, mantissa_digits++;
    if (k < clean.size() && clean[k] == '.') {
        k++;
        while (k < clean.size() && is_digit(clean[k])) k++, mantissa_digits++;
    }
    if (mantissa_digits == 0) cannot_convert(s);
    if (k < clean.size() && (clean[k] == 'e' || clean[k] == 'E')) {
        k++;
        if (k < clean.size() && (clean[k] == '+' || clean[k] == '-')) k++;
        size_t exp_digits = 0;
        while (k < clean.size() && is_digit(clean[k])) k++, exp_digits++;
        if (exp_digits == 0) cannot_convert(s);
    }
    if (k != clean.size()) cannot_convert(s);
    return std::strtod(clean.c_str(), nullptr);  // correctly rounded; overflow gives ±inf, as in Python
}

// ───────────────────────────── hashing and comparison ─────────────────────────────

// CPython's _Py_HashDouble: the value of v modulo 2**61 - 1, computed exactly from its binary
// digits 28 bits at a time, so that hash(2.0) == hash(2) and hash(0.5) == hash(Fraction(1, 2)).
int64_t float_hash(double v) {
    if (std::isinf(v)) return v > 0 ? 314159 : -314159;
    if (std::isnan(v)) return 0;  // the slot below uses the object's address instead
    const uint64_t P = (1ull << 61) - 1;
    const int BITS = 61;
    int e;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & P) | x >> (BITS - 28);  // multiply by 2**28 modulo P (a rotation)
        m *= 268435456.0;                        // 2**28
        e -= 28;
        uint64_t y = static_cast<uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= P) x -= P;
    }
    e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);  // 2**e mod P, with 2**61 ≡ 1
    x = ((x << e) & P) | x >> (BITS - e);
    int64_t h = static_cast<int64_t>(x) * sign;
    return h == -1 ? -2 : h;
}

// Since 3.10 a NaN hashes by identity (each NaN is a distinct dict key): CPython's pointer hash.
static int64_t float_hash_slot(Object* o) {
    double v = float_value(o);
    if (!std::isnan(v)) return float_hash(v);
    uintptr_t y = reinterpret_cast<uintptr_t>(o);
    int64_t h = static_cast<int64_t>((y >> 4) | (y << (8 * sizeof(void*) - 4)));
    return h == -1 ? -2 : h;
}

static Obj float_richcompare(Object* a, Object* b, int op) {
    if (!is_float(a)) {
        if (!is_float(b)) return newref(Py_NotImplemented);
        std::swap(a, b);
        op = cmp_swapped(op);
    }
    double x = float_value(a);
    int c;
    if (is_float(b)) {
        double y = float_value(b);
        switch (op) {  // IEEE comparisons: everything with a NaN is false except !=
            case CMP_LT: return bool_ref(x < y);
            case CMP_LE: return bool_ref(x <= y);
            case CMP_EQ: return bool_ref(x == y);
            case CMP_NE: return bool_ref(x != y);
            case CMP_GT: return bool_ref(x > y);
            default: return bool_ref(x >= y);
        }
    } else if (is_int(b)) {
        if (std::isnan(x)) return bool_ref(op == CMP_NE);
        c = -int_compare_double(b, x);  // exact, even for huge ints
    } else {
        return newref(Py_NotImplemented);
    }
    switch (op) {
        case CMP_LT: return bool_ref(c < 0);
        case CMP_LE: return bool_ref(c <= 0);
        case CMP_EQ: return bool_ref(c == 0);
        case CMP_NE: return bool_ref(c != 0);
        case CMP_GT: return bool_ref(c > 0);
        default: return bool_ref(c >= 0);
    }
}

// ───────────────────────────── arithmetic ─────────────────────────────

[[noreturn]] static void zero_division() { raise_msg(Exc_ZeroDivisionError, "division by zero"); }

static bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

// x % y with the sign of y (Python), from C's fmod which has the sign of x.
static double float_mod(double x, double y) {
    double mod = std::fmod(x, y);
    if (mod != 0) {
        if ((y < 0) != (mod < 0)) mod += y;
    } else {
        mod = std::copysign(0.0, y);
    }
    return mod;
}

// x // y: CPython's recipe, which stays correct where floor(x / y) would round badly.
static double float_floordiv(double x, double y) {
    double mod = std::fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0 && ((y < 0) != (mod < 0))) div -= 1.0;
    if (div == 0) return std::copysign(0.0, x / y);
    double floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
    return floordiv;
}

// x ** y with CPython's special cases (C's pow handles the finite cases).
static double float_pow(double x, double y) {
    if (y == 0) return 1.0;
    if (std::isnan(x)) return x;
    if (std::isnan(y)) return x == 1.0 ? 1.0 : y;
    if (std::isinf(y)) {
        x = std::fabs(x);
        if (x == 1.0) return 1.0;
        return (y > 0) == (x > 1.0) ? std::fabs(y) : 0.0;
    }
    if (std::isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0) return odd ? x : std::fabs(x);
        return odd ? std::copysign(0.0, x) : 0.0;
    }
    if (x == 0) {
        if (y < 0) raise_msg(Exc_ZeroDivisionError, "zero to a negative power");
        return is_odd_integer(y) ? x : 0.0;
    }
    bool negate = false;
    if (x < 0) {
        // (a fractional y was sent to complex power by the caller; this is for safety)
        if (y != std::floor(y)) raise_msg(Exc_ValueError, "negative number cannot be raised to a fractional power");
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) return negate ? -1.0 : 1.0;
    double r = std::pow(x, y);
    // CPython reports C's ERANGE on overflow as OSError-style (errno, strerror) arguments;
    // these are Linux's values (a WebAssembly CPython prints "(68, 'Result not representable')").
    if (std::isinf(r)) raise_msg(Exc_OverflowError, "(34, 'Numerical result out of range')");
    return negate ? -r : r;
}

static bool operand_as_double(Object* o, double* out) {
    if (is_float(o)) {
        *out = float_value(o);
        return true;
    }
    if (is_int(o)) {
        *out = int_as_double(o);
        return true;
    }
    return false;
}

static Obj float_binary(Object* a, Object* b, int op) {
    if (op >= NB_INPLACE_ADD) op -= NB_INPLACE_ADD;
    double x = 0, y = 0;
    if (!(is_float(a) || is_float(b))) return newref(Py_NotImplemented);
    if (!(is_float(a) || is_int(a)) || !(is_float(b) || is_int(b))) return newref(Py_NotImplemented);
    switch (op) {  // only convert for operators floats implement
        case NB_ADD: case NB_SUBTRACT: case NB_MULTIPLY: case NB_TRUE_DIVIDE:
        case NB_FLOOR_DIVIDE: case NB_REMAINDER: case NB_POWER:
            operand_as_double(a, &x);
            operand_as_double(b, &y);
            break;
        default:
            return newref(Py_NotImplemented);
    }
    switch (op) {
        case NB_ADD: return float_new(x + y);
        case NB_SUBTRACT: return float_new(x - y);
        case NB_MULTIPLY: return float_new(x * y);
        case NB_TRUE_DIVIDE:
            if (y == 0) zero_division();
            return float_new(x / y);
        case NB_FLOOR_DIVIDE:
            if (y == 0) zero_division();
            return float_new(float_floordiv(x, y));
        case NB_REMAINDER:
            if (y == 0) zero_division();
            return float_new(float_mod(x, y));
        default:
            if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) {
                // A negative base to a fractional power has no real value: as CPython, the
                // answer is complex ((-8.0) ** 0.5 == 2.8284271247461903j, nearly).
                Obj cx = complex_new(x, 0.0), cy = complex_new(y, 0.0);
                return binary_op(cx.get(), cy.get(), NB_POWER);
            }
            return float_new(float_pow(x, y));
    }
}

static Obj float_negative(Object* o) { return float_new(-float_value(o)); }
static Obj float_absolute(Object* o) { return float_new(std::fabs(float_value(o))); }
static int float_truth(Object* o) { return float_value(o) != 0.0; }
static Obj float_int(Object* o) { return int_from_double(float_value(o)); }

// ───────────────────────────── round() ─────────────────────────────

[[noreturn]] static void round_overflow() { raise_msg(Exc_OverflowError, "rounded value too large to represent"); }

// round(x, -m) for m > 0: round |x| half to even to a multiple of 10**m, exactly, using the
// integer part as a BigInt and the fraction only to break ties.
static double round_to_tens(double x, int64_t m) {
    double ipart;
    double frac = std::modf(std::fabs(x), &ipart);
    BigInt y = big::from_double(ipart), pow10 = big::from_i64(1), ten = big::from_i64(10);
    for (int64_t i = 0; i < m; i++) pow10 = big::mul(pow10, ten);
    BigInt q, r;
    big::divmod_floor(y, pow10, &q, &r);
    int c = big::compare(big::shift_left(r, 1), pow10);
    if (c > 0 || (c == 0 && (frac != 0 || big::is_odd(q)))) q = big::add(q, big::from_i64(1));
    bool overflow;
    double result = big::to_double(big::mul(q, pow10), &overflow);
    if (overflow) round_overflow();
    return std::copysign(result, x);
}

Obj float_round(double x, Object* ndigits) {
    if (!ndigits || ndigits == Py_None) {  // nearest int, ties to even
        double r = std::round(x);
        if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
        return int_from_double(r);
    }
    Obj nd = number_index(ndigits);
    int64_t n;
    if (int_is_small(nd.get()))
        n = int_as_i64(nd.get());
    else
        n = int_sign(nd.get()) > 0 ? INT64_MAX : INT64_MIN;  // clamped, as CPython's Py_ssize_t
    // Beyond these the answer is x itself or a zero (CPython's NDIGITS_MAX / NDIGITS_MIN).
    const int64_t NDIGITS_MAX = static_cast<int64_t>((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const int64_t NDIGITS_MIN = -static_cast<int64_t>((DBL_MAX_EXP + 1) * 0.30103);
    if (n > NDIGITS_MAX || !std::isfinite(x) || x == 0.0) return float_new(x);
    if (n < NDIGITS_MIN) return float_new(0.0 * x);
    if (n < 0) return float_new(round_to_tens(x, -n));
    // printf's %.nf rounds the exact binary value half to even, as CPython's dtoa does.
    char buf[700];
    snprintf(buf, sizeof buf, "%.*f", static_cast<int>(n), x);
    double r = std::strtod(buf, nullptr);
    if (std::isinf(r)) round_overflow();
    return float_new(r);
}

// ───────────────────────────── float(x) and methods ─────────────────────────────

static Obj float_new_slot(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) raise_msg(Exc_TypeError, "float() takes no keyword arguments");
    if (nargs > 1) raise_fmt(Exc_TypeError, "float expected at most 1 argument, got %zu", nargs);
    double v = 0.0;
    if (nargs == 1) {
        Object* x = args[0];
        TypeObject* t = type_of(x);
        if (t == &Float_Type && type == &Float_Type) return newref(x);
        if (is_str(x)) {
            v = float_from_string(str_view(x));
        } else if (t->nb_float) {
            Obj r = t->nb_float(x);
            if (!is_float(r.get()))
                raise_fmt(Exc_TypeError, "%s.__float__ returned non-float (type %s)", type_name(x), type_name(r.get()));
            v = float_value(r.get());
        } else if (t->nb_index) {
            Obj r = t->nb_index(x);
            v = int_as_double(r.get());
        } else {
            raise_fmt(Exc_TypeError, "float() argument must be a string or a real number, not '%s'", type_name(x));
        }
    }
    if (type == &Float_Type) return float_new(v);
    Ref<FloatObject> o = alloc_object<FloatObject>(type);
    o->value = v;
    return o;
}

static Obj float_is_integer(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("is_integer", nargs, kwnames, 0, 0);
    double v = float_value(self);
    return bool_ref(std::isfinite(v) && std::floor(v) == v);
}

// float.hex(): "0x1.8000000000000p+0" — one hex digit before the point (1, or 0 for zero and
// subnormals), the 52 fraction bits as 13 hex digits, and the binary exponent.
static Obj float_hex(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("hex", nargs, kwnames, 0, 0);
    double v = float_value(self);
    if (std::isnan(v)) return str_new("nan");
    if (std::isinf(v)) return str_new(v < 0 ? "-inf" : "inf");
    const char* sign = std::signbit(v) ? "-" : "";
    if (v == 0) return str_new(std::string(sign) + "0x0.0p+0");
    int e;
    double m = std::frexp(std::fabs(v), &e);  // m in [0.5, 1)
    m *= 2;
    e -= 1;                                   // now m in [1, 2)
    if (e < -1022) {                          // subnormal: 0x0.xxx p-1022
        m = std::ldexp(m, e + 1022);
        e = -1022;
    }
    int lead = int(m);
    m -= lead;
    std::string digits;
    for (int i = 0; i < 13; i++) {
        m *= 16;
        int d = int(m);
        m -= d;
        digits += "0123456789abcdef"[d];
    }
    return str_new(strfmt("%s0x%d.%sp%+d", sign, lead, digits.c_str(), e));
}

// float.fromhex(s): [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits], or inf/nan;
// rounded to the nearest double (ties to even), as CPython does.
static Obj float_fromhex(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("fromhex", nargs, kwnames, 1, 1);
    if (!is_str(args[0])) raise_fmt(Exc_TypeError, "bad argument type for built-in operation");
    std::string_view s = str_view(args[0]);
    auto invalid = [] [[noreturn]] () { raise_msg(Exc_ValueError, "invalid hexadecimal floating-point string"); };
    size_t i = 0, n = s.size();
    while (i < n && std::isspace(static_cast<unsigned char>(s[i]))) i++;
    while (n > i && std::isspace(static_cast<unsigned char>(s[n - 1]))) n--;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    std::string rest;
    for (size_t k = i; k < n; k++) rest += char(std::tolower(static_cast<unsigned char>(s[k])));
    double result;
    if (rest == "inf" || rest == "infinity") {
        result = INFINITY;
    } else if (rest == "nan") {
        result = NAN;
    } else {
        size_t k = 0;
        if (rest.size() >= 2 && rest[0] == '0' && rest[1] == 'x') k = 2;
        auto hexv = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; };
        std::string digits;  // every mantissa digit, the point removed
        long long exp2 = 0;
        bool any = false, point = false;
        for (; k < rest.size(); k++) {
            char c = rest[k];
            if (c == '.' && !point) { point = true; continue; }
            int d = hexv(c);
            if (d < 0) break;
            any = true;
            digits += char(d);
            if (point) exp2 -= 4;
        }
        if (!any) invalid();
        if (k < rest.size()) {
            if (rest[k] != 'p') invalid();
            k++;
            bool eneg = false;
            if (k < rest.size() && (rest[k] == '+' || rest[k] == '-')) eneg = rest[k++] == '-';
            if (k >= rest.size()) invalid();
            long long ev = 0;
            for (; k < rest.size(); k++) {
                if (!std::isdigit(static_cast<unsigned char>(rest[k]))) invalid();
                if (ev < 100000000) ev = ev * 10 + (rest[k] - '0');
            }
            exp2 += eneg ? -ev : ev;
        }
        size_t first = digits.find_first_not_of('\0');
        if (first == std::string::npos) {
            result = 0.0;
        } else {
            // The first 15 significant digits (60 bits) exactly; anything after is a sticky bit.
            uint64_t mant = 0;
            size_t used = 0;
            for (size_t d = first; d < digits.size() && used < 15; d++, used++) mant = mant * 16 + uint64_t(digits[d]);
            bool sticky = false;
            for (size_t d = first + used; d < digits.size(); d++) sticky |= digits[d] != 0;
            long long e = exp2 + 4 * (long long)(digits.size() - first - used);
            // Round mant to 53 significant bits, ties to even (the sticky bit breaks ties upwards).
            int bits = 64 - __builtin_clzll(mant);
            // Subnormal results keep fewer bits: the value's exponent decides.
            long long top = e + bits - 1;  // exponent of the leading bit
            int keep = 53;
            if (top < -1022) keep = int(53 - (-1022 - top));
            if (keep < 0) keep = 0;
            if (bits > keep) {
                int drop = bits - keep;
                uint64_t half = drop > 0 ? uint64_t(1) << (drop - 1) : 0;
                uint64_t low = drop >= 64 ? mant : mant & ((uint64_t(1) << drop) - 1);
                mant = drop >= 64 ? 0 : mant >> drop;
                e += drop;
                if (low > half || (low == half && (sticky || (mant & 1)))) mant++;
            }
            if (top > 1023) raise_msg(Exc_OverflowError, "hexadecimal value too large to represent as a float");
            result = std::ldexp(double(mant), int(std::max<long long>(e, -2000)));
            if (std::isinf(result)) raise_msg(Exc_OverflowError, "hexadecimal value too large to represent as a float");
        }
    }
    if (neg) result = -result;
    Obj f = float_new(result);
    if (cls != (Object*)&Float_Type) return call1(cls, f.get());
    return f;
}

static Obj float_as_integer_ratio(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("as_integer_ratio", nargs, kwnames, 0, 0);
    double v = float_value(self);
    if (std::isinf(v)) raise_msg(Exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (std::isnan(v)) raise_msg(Exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = std::frexp(v, &e);
    for (int i = 0; i < 300 && m != std::floor(m); i++) {  // make the mantissa integral (exact)
        m *= 2.0;
        e--;
    }
    BigInt num = big::from_double(m), den = big::from_i64(1);
    if (e > 0)
        num = big::shift_left(num, e);
    else
        den = big::shift_left(den, -e);
    Obj n = int_from_big(std::move(num)), d = int_from_big(std::move(den));
    return tuple_pack({n.get(), d.get()});
}

static Obj float_conjugate(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("conjugate", nargs, kwnames, 0, 0);
    return exact_float(self);
}

static Obj float_round_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* nd[1];
    parse_args("__round__", args, nargs, kwnames, {"/ndigits"}, 0, nd);
    return float_round(float_value(self), nd[0]);
}

static Obj float_trunc(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("__trunc__", nargs, kwnames, 0, 0);
    return int_from_double(float_value(self));
}
static Obj float_floor(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("__floor__", nargs, kwnames, 0, 0);
    return int_from_double(std::floor(float_value(self)));
}
static Obj float_ceil(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    check_nargs("__ceil__", nargs, kwnames, 0, 0);
    return int_from_double(std::ceil(float_value(self)));
}

static Obj float_format_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("__format__", nargs, kwnames, 1, 1);
    if (!is_str(args[0]))
        raise_fmt(Exc_TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
    std::string_view spec = str_view(args[0]);
    if (spec.empty()) return str(self);
    return str_new(format_float(float_value(self), parse_format_spec(spec, type_name(self))));
}

static Obj float_get_real(Object* self) { return exact_float(self); }
static Obj float_get_imag(Object*) { return float_new(0.0); }

void init_float() {
    Float_Type.flags |= TPF_FLOAT_SUBCLASS | TPF_BASETYPE;
    Float_Type.dealloc = float_dealloc;
    Float_Type.repr = float_repr_slot;
    Float_Type.str = float_repr_slot;
    Float_Type.hash = float_hash_slot;
    Float_Type.richcompare = float_richcompare;
    Float_Type.binary = float_binary;
    Float_Type.negative = float_negative;
    Float_Type.positive = exact_float;
    Float_Type.absolute = float_absolute;
    Float_Type.truth = float_truth;
    Float_Type.nb_int = float_int;
    Float_Type.nb_float = exact_float;
    Float_Type.new_ = float_new_slot;
    type_ready(&Float_Type, "float", &Object_Type, sizeof(FloatObject));
    Float_Type.flags |= TPF_FLOAT_SUBCLASS | TPF_BASETYPE;
    add_methods(&Float_Type, {
        {"is_integer", float_is_integer, "Return True if the float is an integer."},
        {"hex", float_hex, "Return a hexadecimal representation of a floating-point number."},
        {"as_integer_ratio", float_as_integer_ratio, "Return a pair of integers, whose ratio is exactly equal to the original float."},
        {"conjugate", float_conjugate, "Return self, the complex conjugate of any float."},
        {"__round__", float_round_method, "Return the Integral closest to x, rounding half toward even."},
        {"__trunc__", float_trunc, "Return the Integral closest to x between 0 and x."},
        {"__floor__", float_floor, "Return the floor as an Integral."},
        {"__ceil__", float_ceil, "Return the ceiling as an Integral."},
        {"__format__", float_format_method, "Formats the float according to format_spec."},
    });
    add_getsets(&Float_Type, {{"real", float_get_real}, {"imag", float_get_imag}});
    Obj fromhex = builtin_new("fromhex", float_fromhex, (Object*)&Float_Type);
    add_attr(&Float_Type, "fromhex", fromhex.get());
}
