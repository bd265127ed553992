// int_text.cpp — ints to text and back: repr/str/hex/oct/bin, int("..", base), literals.
//
// In: an int object and a base (2, 8, 10, 16), or a string and a base (0 or 2..36).
// Out: the text ("-0x1f"), or a new int object; ValueError with CPython's messages for bad text.
//
// CPython 3.11+ refuses to convert between int and decimal text beyond 4300 digits
// (sys.set_int_max_str_digits changes the limit) because the conversion is quadratic; we keep
// the same limit and the same messages.  Power-of-two bases are linear and have no limit.
//
// Read next: numformat.cpp (format(x, spec) builds on int_to_string), int.cpp.
#include "int_internal.h"
#include "str_internal.h"

#include <algorithm>
#include <atomic>

static std::atomic<int> max_str_digits{4300};

int int_max_str_digits() { return max_str_digits.load(std::memory_order_relaxed); }
void set_int_max_str_digits(int n) { max_str_digits.store(n, std::memory_order_relaxed); }

static int bits_per_digit(int base) { return base == 2 ? 1 : base == 8 ? 3 : 4; }

[[noreturn]] static void too_many_digits_for_str(int limit) {
    raise_fmt(Exc_ValueError,
              "Exceeds the limit (%d digits) for integer string conversion; "
              "use sys.set_int_max_str_digits() to increase the limit", limit);
}

std::string int_to_string(Object* o, int base) {
    IntObject* i = static_cast<IntObject*>(o);
    if (base != 2 && base != 8 && base != 16) base = 10;
    bool negative;
    std::string digits;
    if (!i->big) {
        negative = i->value < 0;
        uint64_t m = negative ? 0 - static_cast<uint64_t>(i->value) : static_cast<uint64_t>(i->value);
        if (base == 10) {
            digits = std::to_string(m);
        } else {
            int bits = bits_per_digit(base);
            do {
                digits += "0123456789abcdef"[m & ((1u << bits) - 1)];
                m >>= bits;
            } while (m);
            std::reverse(digits.begin(), digits.end());
        }
    } else {
        negative = i->big->negative;
        if (base == 10) {
            int limit = int_max_str_digits();
            // log10(2) = 0.30103: a value of b bits has at least (b-1)*0.30103 + 1 digits, so
            // hopeless cases are refused before the quadratic conversion starts.
            double min_digits = static_cast<double>(big::bit_length(*i->big) - 1) * 0.30102999566398120;
            if (limit > 0 && min_digits > limit + 1.0) too_many_digits_for_str(limit);
            digits = big::to_decimal(i->big->mag);
            if (limit > 0 && digits.size() > static_cast<size_t>(limit)) too_many_digits_for_str(limit);
        } else {
            digits = big::to_base_pow2(i->big->mag, bits_per_digit(base));
        }
    }
    const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
    return (negative ? "-" : "") + std::string(prefix) + digits;
}

// ValueError "invalid literal for int() with base 10: 'abc'": CPython prints the repr of the
// whole original string, cut to 200 characters (its "%.200R").
[[noreturn]] static void invalid_literal(std::string_view s, int base) {
    std::string r = str_repr_of(s);
    size_t chars = 0, cut = r.size();
    for (size_t k = 0; k < r.size(); k++) {
        if ((static_cast<unsigned char>(r[k]) & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
        if (chars++ == 200) {
            cut = k;
            break;
        }
    }
    r.resize(cut);
    raise_fmt(Exc_ValueError, "invalid literal for int() with base %d: %s", base, r.c_str());
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static size_t skip_spaces(std::string_view s, size_t i) {
    while (i < s.size()) {
        size_t n = space_at(s, i);
        if (!n) break;
        i += n;
    }
    return i;
}

// int(s, base): [spaces] [sign] [0x|0o|0b] digits with single '_' between them [spaces].
Obj int_from_string(std::string_view s, int base) {
    if (base != 0 && (base < 2 || base > 36))
        raise_msg(Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    size_t i = skip_spaces(s, 0), n = s.size();
    bool negative = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    int b = base;
    bool prefixed = false;
    if (i + 1 < n && s[i] == '0') {
        char p = s[i + 1] | 0x20;  // lower case
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            b = pb;
            i += 2;
            prefixed = true;
        }
    }
    if (b == 0) b = 10;
    std::vector<uint8_t> digits;
    bool underscore_ok = prefixed;  // "0x_1f": one underscore may follow the prefix
    bool need_digit = false;        // just saw an underscore
    for (; i < n; i++) {
        if (s[i] == '_') {
            if (!underscore_ok) invalid_literal(s, base);
            underscore_ok = false;
            need_digit = true;
            continue;
        }
        int d = digit_value(s[i]);
        if (static_cast<unsigned char>(s[i]) >= 0x80) {
            // A decimal digit of another script (int('١٢') == 12, as CPython): its value.
            int len = utf8_seq_len(static_cast<unsigned char>(s[i]));
            int cp_len = 0;
            int v = size_t(len) <= n - i ? uni_decimal_value(utf8_decode(s.data() + i, &cp_len)) : -1;
            if (v < 0 || v >= b) break;
            d = v;
            i += size_t(cp_len) - 1;
        }
        if (d >= b) break;
        digits.push_back(static_cast<uint8_t>(d));
        underscore_ok = true;
        need_digit = false;
    }
    if (need_digit || digits.empty() || skip_spaces(s, i) != n) invalid_literal(s, base);
    // Base 0 follows the rules of literals: "010" is refused (no octal by leading zero), "00" is fine.
    if (base == 0 && !prefixed && digits[0] == 0)
        for (uint8_t d : digits)
            if (d != 0) invalid_literal(s, base);
    int limit = int_max_str_digits();
    bool power_of_two = (b & (b - 1)) == 0;
    if (!power_of_two && limit > 0 && digits.size() > static_cast<size_t>(limit))
        raise_fmt(Exc_ValueError,
                  "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; "
                  "use sys.set_int_max_str_digits() to increase the limit", limit, digits.size());
    if (digits.size() <= 12) {  // 36**12 < 2**63: accumulate in a machine word
        int64_t v = 0;
        for (uint8_t d : digits) v = v * b + d;
        return int_from_i64(negative ? -v : v);
    }
    BigInt r;
    r.mag = big::from_digit_values(digits, b);
    r.negative = negative;
    return int_from_big(std::move(r));
}

// A literal in source code: 255, 0xff, 0o377, 0b1111_1111.  The tokenizer has checked the
// syntax already, so base 0 parsing (which follows the literal rules) does the work.
Obj int_from_literal(std::string_view s) { return int_from_string(s, 0); }
