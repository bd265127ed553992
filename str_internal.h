// str_internal.h — helpers shared by the four files that implement str.
//
// Not part of the contract (minipy.h): the str files (str.cpp, str_unicode.cpp, str_methods.cpp,
// format.cpp) and the few others that need its UTF-8 helpers or Unicode properties (codecs,
// number formatting, the parser's string literals, tracebacks' column widths) include it.  It holds
//   * UTF-8 encoding and decoding of single code points (inline: they sit on hot paths),
//   * building a str whose bytes the caller writes in place (str_alloc),
//   * the Unicode character properties that str methods and repr need (str_unicode.cpp),
//   * the entry points that str.cpp's init_str() uses to register the methods of the others.
//
// Read next: str.cpp (the object itself), then str_methods.cpp and format.cpp.
#pragma once
#include "minipy.h"

inline StrObject* as_str(Object* o) { return static_cast<StrObject*>(o); }
inline bool is_exact_str(Object* o) { return o->ob_type == &Str_Type; }

// ── UTF-8 ──
// A code point takes 1 to 4 bytes; the lead byte tells how many:
//   0xxxxxxx  110xxxxx 10xxxxxx  1110xxxx 10xxxxxx 10xxxxxx  11110xxx 10xxxxxx 10xxxxxx 10xxxxxx
// Continuation bytes all look like 10xxxxxx, so counting code points means counting the bytes
// that are *not* continuation bytes.  Byte order of UTF-8 equals code point order, which is why
// comparisons can use memcmp.
inline int utf8_seq_len(unsigned char lead) {
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}
inline bool utf8_is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Decodes the code point that starts at p; *len receives its byte count.
inline uint32_t utf8_decode(const char* p, int* len) {
    const unsigned char* u = reinterpret_cast<const unsigned char*>(p);
    if (u[0] < 0x80) { *len = 1; return u[0]; }
    if (u[0] < 0xE0) { *len = 2; return (uint32_t(u[0] & 0x1F) << 6) | (u[1] & 0x3F); }
    if (u[0] < 0xF0) {
        *len = 3;
        return (uint32_t(u[0] & 0x0F) << 12) | (uint32_t(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    }
    *len = 4;
    return (uint32_t(u[0] & 0x07) << 18) | (uint32_t(u[1] & 0x3F) << 12) |
           (uint32_t(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}
// Writes cp's bytes to out (room for 4) and returns their count.  Lone surrogates (U+D800 to
// U+DFFF, which Python strings may hold) get the same 3-byte pattern as their neighbours.
inline int utf8_encode(uint32_t cp, char* out) {
    if (cp < 0x80) { out[0] = char(cp); return 1; }
    if (cp < 0x800) { out[0] = char(0xC0 | (cp >> 6)); out[1] = char(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        out[0] = char(0xE0 | (cp >> 12)); out[1] = char(0x80 | ((cp >> 6) & 0x3F));
        out[2] = char(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (cp >> 18)); out[1] = char(0x80 | ((cp >> 12) & 0x3F));
    out[2] = char(0x80 | ((cp >> 6) & 0x3F)); out[3] = char(0x80 | (cp & 0x3F));
    return 4;
}
inline void utf8_append(std::string& out, uint32_t cp) {
    char buf[4];
    out.append(buf, utf8_encode(cp, buf));
}
size_t utf8_length(const char* p, size_t n);  // code points in n valid bytes
// Byte offset of code point number `index` (0 <= index <= length) of str s.
size_t str_offset(Object* s, size_t index);

// ── Building strs (str.cpp) ──
// A new exact str of `size` bytes and `length` code points whose data (zeroed, NUL-terminated)
// the caller fills in before anyone else sees it.
Ref<StrObject> str_alloc(size_t size, size_t length, bool ascii);
Obj str_empty();                                  // the immortal ""
Obj str_slice_bytes(Object* s, size_t begin, size_t end);  // s[begin:end] in bytes, exact str
Obj str_from_string(const std::string& s);        // = str_new(s), for readability

// ── Unicode character properties (str_unicode.cpp) ──
// The same answers as CPython's str.isalpha() etc. for one code point (tables generated from
// CPython 3.14's Unicode database).
bool uni_is_space(uint32_t cp);
bool uni_is_wide(uint32_t cp);      // East Asian Width W or F: two terminal columns
bool uni_is_alpha(uint32_t cp);
bool uni_is_decimal(uint32_t cp);
bool uni_is_digit(uint32_t cp);
bool uni_is_numeric(uint32_t cp);
bool uni_is_printable(uint32_t cp);               // repr() escapes what is not printable
bool uni_is_lower(uint32_t cp);
bool uni_is_upper(uint32_t cp);
bool uni_is_cased(uint32_t cp);                   // has case: lower, upper or title
bool uni_is_titlecase(uint32_t cp);               // Lt, e.g. 'ǅ'
bool uni_is_case_ignorable(uint32_t cp);          // apostrophes, combining marks (for 'Σ')
bool uni_is_id_start(uint32_t cp);
bool uni_is_id_continue(uint32_t cp);
bool uni_is_linebreak(uint32_t cp);               // splitlines() boundaries
int uni_decimal_value(uint32_t cp);               // 0..9, or -1 if not a decimal digit
// Case mappings may produce several code points ('ß'.upper() == 'SS'): they append UTF-8.
void uni_append_upper(std::string& out, uint32_t cp);
void uni_append_lower(std::string& out, uint32_t cp);
void uni_append_title(std::string& out, uint32_t cp);
void uni_append_casefold(std::string& out, uint32_t cp);

// ── Method tables of the other files, registered by init_str() ──
void str_add_methods();                           // str_methods.cpp
void str_add_format_methods();                    // format.cpp: format, format_map, __format__
