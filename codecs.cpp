// codecs.cpp — between text and bytes: str.encode, bytes.decode, int.to_bytes, int.from_bytes.
//
// What this step does: converts str (code points, stored as UTF-8 inside minipy) to bytes and
// back, in the three encodings every course meets: UTF-8 (the default), ASCII and Latin-1.  The
// error handlers are CPython's common ones: 'strict' raises UnicodeEncodeError /
// UnicodeDecodeError with CPython's exact message, 'ignore' drops what cannot be converted,
// 'replace' puts '?' (encoding) or U+FFFD (decoding) in its place, and 'backslashreplace' writes
// the escape (\xe9, \u20ac).  Also here: int ↔ bytes (to_bytes / from_bytes, big or little
// endian, two's complement when signed), which programs use with bytes.
//
// Comes in: str and bytes objects, encoding and error-handler names.  Goes out: new bytes or
// str objects.  Read next: bytes.cpp (the bytes type), str_unicode.cpp (str's UTF-8 storage).
#include "minipy.h"
#include "builtins.h"
#include "str_internal.h"
#include "int_internal.h"

#include <algorithm>
#include <cctype>

namespace {

enum class Codec { Utf8, Ascii, Latin1 };

Codec codec_named(Object* encoding, const char* fname) {
    if (!encoding) return Codec::Utf8;
    if (!is_str(encoding)) raise_fmt(Exc_TypeError, "%s() argument 'encoding' must be str, not %s", fname, type_name(encoding));
    std::string n;
    for (char c : str_view(encoding)) n += c == '_' ? '-' : char(std::tolower(static_cast<unsigned char>(c)));
    if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf") return Codec::Utf8;
    if (n == "ascii" || n == "us-ascii" || n == "646") return Codec::Ascii;
    if (n == "utf 8") return Codec::Utf8;
    if (n == "latin-1" || n == "latin1" || n == "latin" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1" || n == "8859")
        return Codec::Latin1;
    raise_fmt(Exc_LookupError, "unknown encoding: %.*s", int(str_view(encoding).size()), str_view(encoding).data());
}

const char* codec_name(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1"; }

std::string handler_name(Object* errors, const char* fname) {
    if (!errors) return "strict";
    if (!is_str(errors)) raise_fmt(Exc_TypeError, "%s() argument 'errors' must be str, not %s", fname, type_name(errors));
    return std::string(str_view(errors));
}

[[noreturn]] void raise_named(const char* type, const std::string& msg) {
    Obj t = dict_get_str(interp.builtins, intern_cstr(type));
    Obj e = call1(t.get(), str_new(msg).get());
    raise(e.get());
}

std::string char_escape(uint32_t cp) {
    if (cp < 0x100) return strfmt("\\x%02x", cp);
    if (cp < 0x10000) return strfmt("\\u%04x", cp);
    return strfmt("\\U%08x", cp);
}

}  // namespace

Obj str_encode_to_bytes(Object* s, Object* encoding, Object* errors) {
    Codec codec = codec_named(encoding, "encode");
    std::string handler = handler_name(errors, "encode");
    std::string_view text = str_view(s);
    if (codec == Codec::Utf8) {  // minipy's str is UTF-8 already; only lone surrogates cannot be encoded
        size_t pos = 0;
        for (size_t i = 0; i < text.size(); pos++) {
            int len = 1;
            uint32_t cp = utf8_decode(text.data() + i, &len);
            if (cp >= 0xD800 && cp <= 0xDFFF && handler == "strict")
                raise_named("UnicodeEncodeError", strfmt("'utf-8' codec can't encode character '%s' in position %zu: surrogates not allowed",
                                                         char_escape(cp).c_str(), pos));
            i += size_t(len);
        }
        return bytes_from(text);
    }
    uint32_t limit = codec == Codec::Ascii ? 0x80 : 0x100;
    std::string out;
    std::vector<uint32_t> cps;
    for (size_t i = 0; i < text.size();) {
        int len = 1;
        cps.push_back(utf8_decode(text.data() + i, &len));
        i += size_t(len);
    }
    for (size_t i = 0; i < cps.size(); i++) {
        uint32_t cp = cps[i];
        if (cp < limit) {
            out += char(cp);
            continue;
        }
        if (handler == "ignore") continue;
        if (handler == "replace") { out += '?'; continue; }
        if (handler == "backslashreplace") { out += char_escape(cp); continue; }
        if (handler == "xmlcharrefreplace") { out += strfmt("&#%u;", cp); continue; }
        if (handler != "strict") raise_fmt(Exc_LookupError, "unknown error handler name '%s'", handler.c_str());
        size_t end = i + 1;  // CPython reports the whole run of characters it cannot encode
        while (end < cps.size() && cps[end] >= limit) end++;
        std::string range = end - i == 1 ? strfmt("character '%s' in position %zu", char_escape(cp).c_str(), i)
                                         : strfmt("characters in position %zu-%zu", i, end - 1);
        raise_named("UnicodeEncodeError", strfmt("'%s' codec can't encode %s: ordinal not in range(%u)",
                                                 codec_name(codec), range.c_str(), limit));
    }
    return bytes_from(out);
}

Obj bytes_decode_to_str(std::string_view data, Object* encoding, Object* errors) {
    Codec codec = codec_named(encoding, "decode");
    std::string handler = handler_name(errors, "decode");
    std::string out;
    auto fail = [&](size_t start, size_t end, const char* reason, size_t* resume) {
        if (handler == "ignore") { *resume = end; return; }
        if (handler == "replace") { utf8_append(out, 0xFFFD); *resume = end; return; }
        if (handler == "backslashreplace") {
            for (size_t k = start; k < end; k++) out += strfmt("\\x%02x", static_cast<unsigned char>(data[k]));
            *resume = end;
            return;
        }
        if (handler != "strict") raise_fmt(Exc_LookupError, "unknown error handler name '%s'", handler.c_str());
        std::string where = end - start == 1
            ? strfmt("byte 0x%02x in position %zu", static_cast<unsigned char>(data[start]), start)
            : strfmt("bytes in position %zu-%zu", start, end - 1);
        raise_named("UnicodeDecodeError", strfmt("'%s' codec can't decode %s: %s", codec_name(codec), where.c_str(), reason));
    };
    if (codec == Codec::Latin1) {
        for (unsigned char c : data) utf8_append(out, c);
        return str_new(out);
    }
    if (codec == Codec::Ascii) {
        for (size_t i = 0; i < data.size();) {
            unsigned char c = static_cast<unsigned char>(data[i]);
            if (c < 0x80) { out += char(c); i++; continue; }
            size_t next = i + 1;
            fail(i, i + 1, "ordinal not in range(128)", &next);
            i = next;
        }
        return str_new(out);
    }
    // UTF-8, checked as strictly as CPython: no overlong forms, no surrogates, nothing past U+10FFFF.
    for (size_t i = 0; i < data.size();) {
        unsigned char c = static_cast<unsigned char>(data[i]);
        if (c < 0x80) { out += char(c); i++; continue; }
        size_t need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
        size_t next = i + 1;
        if (need == 0) { fail(i, i + 1, "invalid start byte", &next); i = next; continue; }
        size_t k = 1;
        bool bad = false;
        for (; k <= need; k++) {
            if (i + k >= data.size()) break;
            unsigned char b = static_cast<unsigned char>(data[i + k]);
            unsigned char lo = 0x80, hi = 0xBF;
            if (k == 1) {
                if (c == 0xE0) lo = 0xA0;
                else if (c == 0xED) hi = 0x9F;
                else if (c == 0xF0) lo = 0x90;
                else if (c == 0xF4) hi = 0x8F;
            }
            if (b < lo || b > hi) { bad = true; break; }
        }
        if (bad) { fail(i, i + k, "invalid continuation byte", &next); i = next; continue; }
        if (k <= need) { fail(i, data.size(), "unexpected end of data", &next); i = next; continue; }
        out.append(data.data() + i, need + 1);
        i += need + 1;
    }
    return str_new(out);
}

// ───────────── int.to_bytes / int.from_bytes ─────────────

namespace {

bool little_endian(Object* byteorder) {
    if (!byteorder) return false;
    if (!is_str(byteorder)) raise_fmt(Exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", type_name(byteorder));
    std::string_view b = str_view(byteorder);
    if (b == "little") return true;
    if (b == "big") return false;
    raise_msg(Exc_ValueError, "byteorder must be either 'little' or 'big'");
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
Obj int_to_bytes(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[3] = {};
    parse_args("to_bytes", args, nargs, kwnames, {"length", "byteorder", "$signed"}, 0, a);
    int64_t length = a[0] ? int_as_i64(number_index(a[0]).get()) : 1;
    if (length < 0) raise_msg(Exc_ValueError, "length argument must be non-negative");
    bool little = little_endian(a[1]);
    bool is_signed = a[2] && truthy(a[2]);
    Obj n = newref(self);
    if (int_sign(n.get()) < 0) {
        if (!is_signed) raise_msg(Exc_OverflowError, "can't convert negative int to unsigned");
        // Two's complement: n + 256**length.
        Obj shift = int_from_i64(8 * length);
        Obj modulus = int_binary(int_from_i64(1).get(), shift.get(), NB_LSHIFT);
        n = int_binary(n.get(), modulus.get(), NB_ADD);
        if (int_sign(n.get()) < 0) raise_msg(Exc_OverflowError, "int too big to convert");
    }
    // The magnitude's base-2**32 digits, least significant first, are the little-endian bytes.
    BigInt tmp;
    const BigInt& v = int_big_view(n.get(), tmp);
    size_t nbytes = v.mag.size() * 4;
    while (nbytes > 0 && ((v.mag[(nbytes - 1) / 4] >> (8 * ((nbytes - 1) % 4))) & 0xff) == 0) nbytes--;
    if (nbytes > size_t(length)) raise_msg(Exc_OverflowError, "int too big to convert");
    std::string out(size_t(length), '\0');
    for (size_t i = 0; i < nbytes; i++) out[i] = char((v.mag[i / 4] >> (8 * (i % 4))) & 0xff);
    // A signed positive value must leave the top bit clear; a negative one must set it.
    if (is_signed && length > 0) {
        bool top = static_cast<unsigned char>(out[size_t(length - 1)]) & 0x80;
        if (top != (int_sign(self) < 0)) raise_msg(Exc_OverflowError, "int too big to convert");
    } else if (is_signed && length == 0 && int_sign(self) != 0) {
        raise_msg(Exc_OverflowError, "int too big to convert");
    }
    if (!little) std::reverse(out.begin(), out.end());
    return bytes_from(out);
}

// int.from_bytes(bytes, byteorder='big', *, signed=False): self is the class.
Obj int_from_bytes(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[3] = {};
    parse_args("from_bytes", args, nargs, kwnames, {"bytes", "byteorder", "$signed"}, 1, a);
    std::string data;
    if (is_bytes_like(a[0])) {
        data = bytes_like_contents(a[0]);
    } else if (is_str(a[0])) {
        raise_msg(Exc_TypeError, "cannot convert 'str' object to bytes");
    } else {
        Obj b = call1((Object*)&Bytes_Type, a[0]);
        data = std::string(bytes_view(b.get()));
    }
    bool little = little_endian(a[1]);
    bool is_signed = a[2] && truthy(a[2]);
    if (!little) std::reverse(data.begin(), data.end());  // least significant byte first now
    BigInt b;
    b.mag.assign((data.size() + 3) / 4, 0);
    for (size_t i = 0; i < data.size(); i++) b.mag[i / 4] |= uint32_t(static_cast<unsigned char>(data[i])) << (8 * (i % 4));
    while (!b.mag.empty() && b.mag.back() == 0) b.mag.pop_back();
    Obj n = int_from_big(std::move(b));
    if (is_signed && !data.empty() && (static_cast<unsigned char>(data.back()) & 0x80)) {
        Obj shift = int_from_i64(int64_t(8 * data.size()));
        Obj modulus = int_binary(int_from_i64(1).get(), shift.get(), NB_LSHIFT);
        n = int_binary(n.get(), modulus.get(), NB_SUBTRACT);
    }
    if (self != (Object*)&Int_Type) return call1(self, n.get());
    return n;
}

}  // namespace

void init_codecs() {
    add_methods(&Int_Type, {{"to_bytes", int_to_bytes, "Return an array of bytes representing an integer."}});
    Obj from_bytes = builtin_new("from_bytes", int_from_bytes, (Object*)&Int_Type);
    add_attr(&Int_Type, "from_bytes", from_bytes.get());
}
