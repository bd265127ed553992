// int_internal.h — what the int files share with each other (not part of the public contract).
//
// int.cpp owns the int objects; int_text.cpp converts them to and from text; numformat.cpp
// formats them with a format spec.  They meet at BigInt values: int_big_view gives any int as
// a BigInt (borrowing the object's own digits when it is big), int_from_big turns a result
// back into a normalised int object.  Read int.cpp first.
#pragma once
#include "minipy.h"
#include "bigint.h"

constexpr int64_t SMALL_INT_MIN = -5, SMALL_INT_MAX = 256;  // the preallocated immortal ints

Obj int_from_big(BigInt b);                          // stored small when it fits in int64
const BigInt& int_big_view(Object* o, BigInt& tmp);  // o's value; tmp holds it if o is small

// Length in bytes of the whitespace character (as str.isspace() sees it) starting at s[i], or 0.
// int("  12\n") and float(" 1.5 ") strip these, including Unicode spaces such as U+00A0.
inline size_t space_at(std::string_view s, size_t i) {
    unsigned char c = s[i];
    if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) return 1;
    auto byte = [&](size_t k) -> unsigned { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
    if (c == 0xC2 && (byte(1) == 0x85 || byte(1) == 0xA0)) return 2;
    if (c == 0xE1 && byte(1) == 0x9A && byte(2) == 0x80) return 3;                  // U+1680
    if (c == 0xE2 && byte(1) == 0x80 && (byte(2) <= 0x8A || byte(2) == 0xA8 ||      // U+2000..200A, 2028
                                         byte(2) == 0xA9 || byte(2) == 0xAF)) {     // U+2029, 202F
        return byte(2) >= 0x80 ? 3 : 0;
    }
    if (c == 0xE2 && byte(1) == 0x81 && byte(2) == 0x9F) return 3;                  // U+205F
    if (c == 0xE3 && byte(1) == 0x80 && byte(2) == 0x80) return 3;                  // U+3000
    return 0;
}
