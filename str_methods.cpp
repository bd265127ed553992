// str_methods.cpp — the methods of str: split, join, strip, replace, find, upper, isdigit ...
//
// What this step does: implements the str methods a Python program calls by name, with the
// same results and the same error messages as CPython 3.14.
// In: self (a str) and the call's arguments.  Out: new strs, lists, tuples, ints, bools.
//
// How: every method works on the UTF-8 bytes directly.  Searching (find, split, replace) is a
// byte search: a UTF-8 encoded needle can only match at code point boundaries, so byte offsets
// found are always valid, and only the *results* that are positions (find, index) need turning
// back into code point numbers.  Methods that look at characters one by one have an ASCII fast
// path (one byte = one character) and a general path that decodes code points and asks the
// Unicode tables in str_unicode.cpp.  Results are built in one std::string and copied once into
// the new str: no allocation per character.
//
// Argument checking mirrors CPython's three styles of built-in methods, because each produces
// its own message: no arguments ("str.upper() takes no arguments (1 given)"), exactly one
// ("str.zfill() takes exactly one argument (0 given)"), positional only ("find expected at least
// 1 argument, got 0"); methods with keyword arguments use parse_args (objects.cpp).
//
// Read next: format.cpp (str.format, format specs, % formatting).
#include <algorithm>

#include "str_internal.h"
#include "builtins.h"

namespace {

// ───────────────────────────── Argument helpers ─────────────────────────────

size_t nkw(Object* kwnames) { return kwnames ? tuple_size(kwnames) : 0; }

void no_args(const char* name, size_t nargs, Object* kwnames) {
    if (nkw(kwnames)) raise_fmt(Exc_TypeError, "str.%s() takes no keyword arguments", name);
    if (nargs) raise_fmt(Exc_TypeError, "str.%s() takes no arguments (%zu given)", name, nargs);
}

void one_arg(const char* name, size_t nargs, Object* kwnames) {
    if (nkw(kwnames)) raise_fmt(Exc_TypeError, "str.%s() takes no keyword arguments", name);
    if (nargs != 1) raise_fmt(Exc_TypeError, "str.%s() takes exactly one argument (%zu given)", name, nargs);
}

void positional(const char* name, size_t nargs, Object* kwnames, size_t min, size_t max) {
    if (nkw(kwnames)) raise_fmt(Exc_TypeError, "str.%s() takes no keyword arguments", name);
    if (nargs < min)
        raise_fmt(Exc_TypeError, "%s expected at least %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", nargs);
    if (nargs > max)
        raise_fmt(Exc_TypeError, "%s expected at most %zu argument%s, got %zu", name, max, max == 1 ? "" : "s", nargs);
}

// A size argument (width, count, maxsplit): anything with __index__ that fits in 64 bits.
int64_t ssize_arg(Object* o, const char* ctype = "ssize_t") {
    Obj i = number_index(o);
    if (!int_is_small(i.get())) raise_fmt(Exc_OverflowError, "Python int too large to convert to C %s", ctype);
    return int_as_i64(i.get());
}

// start/end of find(), count() ...: None means "default"; huge ints are clamped, not errors.
int64_t slice_index(Object* o, int64_t dflt) {
    if (!o || o == Py_None) return dflt;
    if (!is_int(o) && !type_of(o)->nb_index)
        raise_msg(Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    Obj i = number_index(o);
    if (!int_is_small(i.get())) return int_sign(i.get()) < 0 ? INT64_MIN : INT64_MAX;
    return int_as_i64(i.get());
}

Object* str_arg(Object* o, const char* name, int pos) {
    if (!is_str(o)) raise_fmt(Exc_TypeError, "%s() argument %d must be str, not %s", name, pos, type_name(o));
    return o;
}

Obj self_or_copy(Object* self) {
    if (is_exact_str(self)) return newref(self);
    return str_new(str_view(self));
}

// Code point positions [start, end) of a method's optional range, made valid for `length` the
// way CPython's ADJUST_INDICES does (negative counts from the end; out of range is clamped).
struct Range { int64_t start, end; };
Range adjust_range(Object* start, Object* end, int64_t length) {
    Range r{slice_index(start, 0), slice_index(end, INT64_MAX)};
    if (r.end > length) r.end = length;
    else if (r.end < 0) { r.end += length; if (r.end < 0) r.end = 0; }
    if (r.start < 0) { r.start += length; if (r.start < 0) r.start = 0; }
    return r;
}

// ───────────────────────────── Code point walking ─────────────────────────────

uint32_t cp_at(std::string_view s, size_t i, int* len) { return utf8_decode(s.data() + i, len); }

// The code point that ends at byte i (exclusive); i moves back to its first byte.
uint32_t cp_before(std::string_view s, size_t* i) {
    size_t j = *i - 1;
    while (j > 0 && utf8_is_continuation(static_cast<unsigned char>(s[j]))) j--;
    int len;
    *i = j;
    return utf8_decode(s.data() + j, &len);
}

std::vector<uint32_t> decode_all(std::string_view s) {
    std::vector<uint32_t> cps;
    cps.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        int len;
        cps.push_back(cp_at(s, i, &len));
        i += size_t(len);
    }
    return cps;
}

bool ascii_space(unsigned char c) { return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F); }

// ───────────────────────────── split / rsplit ─────────────────────────────

// Appends s[begin:end] (bytes) to a list that this function built and nobody else sees yet,
// so the new reference can be moved straight into it.
void append_piece(Object* list, Object* s, size_t begin, size_t end) {
    list_items(list).push_back(str_slice_bytes(s, begin, end).release());
}

// Is the character at byte i whitespace?  *len receives its byte count.
bool space_at(std::string_view s, size_t i, int* len) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { *len = 1; return ascii_space(c); }
    return uni_is_space(cp_at(s, i, len));
}

// The common case, "a b c".split() on ASCII text, byte by byte.
Obj split_ascii_whitespace(Object* self, int64_t maxsplit) {
    const char* d = as_str(self)->data;
    size_t i = 0, n = as_str(self)->size;
    Obj list = list_new(0);
    auto space = [](char c) { return ascii_space(static_cast<unsigned char>(c)); };
    while (i < n && space(d[i])) i++;
    while (i < n) {
        if (maxsplit-- == 0) { append_piece(list.get(), self, i, n); break; }
        size_t j = i;
        while (j < n && !space(d[j])) j++;
        append_piece(list.get(), self, i, j);
        i = j;
        while (i < n && space(d[i])) i++;
    }
    return list;
}

Obj split_whitespace(Object* self, int64_t maxsplit) {
    if (as_str(self)->ascii) return split_ascii_whitespace(self, maxsplit);
    std::string_view s = str_view(self);
    Obj list = list_new(0);
    size_t i = 0, n = s.size();
    int len;
    while (i < n && space_at(s, i, &len)) i += size_t(len);
    while (i < n) {
        if (maxsplit-- == 0) {  // no more splits: the rest (trailing space included) is one piece
            append_piece(list.get(), self, i, n);
            break;
        }
        size_t j = i;
        while (j < n && !space_at(s, j, &len)) j += size_t(len);
        append_piece(list.get(), self, i, j);
        i = j;
        while (i < n && space_at(s, i, &len)) i += size_t(len);
    }
    return list;
}

bool space_before(std::string_view s, size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i - 1]);
    if (c < 0x80) return ascii_space(c);
    return uni_is_space(cp_before(s, &i));
}
size_t step_back(std::string_view s, size_t i) { cp_before(s, &i); return i; }

Obj rsplit_whitespace(Object* self, int64_t maxsplit) {
    std::string_view s = str_view(self);
    std::vector<std::pair<size_t, size_t>> pieces;  // collected right to left
    size_t i = s.size();
    while (i > 0 && space_before(s, i)) i = step_back(s, i);
    while (i > 0) {
        if (maxsplit-- == 0) { pieces.push_back({0, i}); break; }
        size_t j = i;
        while (j > 0 && !space_before(s, j)) j = step_back(s, j);
        pieces.push_back({j, i});
        i = j;
        while (i > 0 && space_before(s, i)) i = step_back(s, i);
    }
    Obj list = list_new(0);
    for (size_t k = pieces.size(); k-- > 0;) append_piece(list.get(), self, pieces[k].first, pieces[k].second);
    return list;
}

Obj split_on(Object* self, std::string_view sep, int64_t maxsplit) {
    std::string_view s = str_view(self);
    Obj list = list_new(0);
    size_t i = 0;
    while (maxsplit-- != 0) {
        size_t j = s.find(sep, i);
        if (j == std::string_view::npos) break;
        append_piece(list.get(), self, i, j);
        i = j + sep.size();
    }
    append_piece(list.get(), self, i, s.size());
    return list;
}

Obj rsplit_on(Object* self, std::string_view sep, int64_t maxsplit) {
    std::string_view s = str_view(self);
    std::vector<std::pair<size_t, size_t>> pieces;
    size_t end = s.size();
    while (maxsplit-- != 0 && end >= sep.size()) {
        size_t j = s.rfind(sep, end - sep.size());
        if (j == std::string_view::npos) break;
        pieces.push_back({j + sep.size(), end});
        end = j;
    }
    pieces.push_back({0, end});
    Obj list = list_new(0);
    for (size_t k = pieces.size(); k-- > 0;) append_piece(list.get(), self, pieces[k].first, pieces[k].second);
    return list;
}

Obj split_common(const char* name, Object* self, Object* const* args, size_t nargs, Object* kwnames, bool right) {
    Object* a[2];
    parse_args(name, args, nargs, kwnames, {"sep", "maxsplit"}, 0, a);
    int64_t maxsplit = a[1] ? ssize_arg(a[1]) : -1;
    if (maxsplit < 0) maxsplit = -1;  // unlimited (the loops count down and stop at 0)
    if (!a[0] || a[0] == Py_None) return right ? rsplit_whitespace(self, maxsplit) : split_whitespace(self, maxsplit);
    if (!is_str(a[0])) raise_fmt(Exc_TypeError, "must be str or None, not %s", type_name(a[0]));
    std::string_view sep = str_view(a[0]);
    if (sep.empty()) raise_msg(Exc_ValueError, "empty separator");
    return right ? rsplit_on(self, sep, maxsplit) : split_on(self, sep, maxsplit);
}

Obj str_split(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return split_common("split", self, args, nargs, kwnames, false);
}
Obj str_rsplit(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return split_common("rsplit", self, args, nargs, kwnames, true);
}

Obj str_join_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    one_arg("join", nargs, kwnames);
    return str_join(self, args[0]);
}

// ───────────────────────────── strip ─────────────────────────────

// Which characters to strip: whitespace (chars null), or the characters of a str.
struct StripSet {
    bool whitespace = true;
    bool ascii_table[128] = {};
    std::vector<uint32_t> others;  // non-ASCII characters of chars
    bool has(uint32_t cp) const {
        if (whitespace) return cp < 0x80 ? ascii_space(static_cast<unsigned char>(cp)) : uni_is_space(cp);
        if (cp < 0x80) return ascii_table[cp];
        return std::find(others.begin(), others.end(), cp) != others.end();
    }
};

Obj strip_common(const char* name, Object* self, Object* const* args, size_t nargs, Object* kwnames, bool left, bool right) {
    positional(name, nargs, kwnames, 0, 1);
    StripSet set;
    if (nargs == 1 && args[0] != Py_None) {
        if (!is_str(args[0])) raise_fmt(Exc_TypeError, "%s arg must be None or str", name);
        set.whitespace = false;
        if (static_cast<StrObject*>(args[0])->ascii) {  // the usual ",.!": no decoding, no allocation
            for (char c : str_view(args[0])) set.ascii_table[static_cast<unsigned char>(c)] = true;
        } else {
            for (uint32_t cp : decode_all(str_view(args[0]))) {
                if (cp < 0x80) set.ascii_table[cp] = true;
                else set.others.push_back(cp);
            }
        }
    }
    std::string_view s = str_view(self);
    size_t begin = 0, end = s.size();
    if (static_cast<StrObject*>(self)->ascii) {  // one byte per character
        if (left) while (begin < end && set.has(static_cast<unsigned char>(s[begin]))) begin++;
        if (right) while (end > begin && set.has(static_cast<unsigned char>(s[end - 1]))) end--;
        return str_slice_bytes(self, begin, end);
    }
    int len;
    if (left) {
        while (begin < end && set.has(cp_at(s, begin, &len))) begin += size_t(len);
    }
    if (right) {
        while (end > begin) {
            size_t j = end;
            if (!set.has(cp_before(s, &j))) break;
            end = j;
        }
    }
    return str_slice_bytes(self, begin, end);
}

Obj str_strip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return strip_common("strip", self, args, nargs, kwnames, true, true);
}
Obj str_lstrip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return strip_common("lstrip", self, args, nargs, kwnames, true, false);
}
Obj str_rstrip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return strip_common("rstrip", self, args, nargs, kwnames, false, true);
}

// ───────────────────────────── replace ─────────────────────────────

Obj str_replace(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[3];
    parse_args("replace", args, nargs, kwnames, {"/old", "/new", "count"}, 2, a);
    std::string_view old = str_view(str_arg(a[0], "replace", 1));
    std::string_view rep = str_view(str_arg(a[1], "replace", 2));
    int64_t count = a[2] ? ssize_arg(a[2]) : -1;
    std::string_view s = str_view(self);
    std::string out;
    if (old.empty()) {
        // Insert `rep` before every character and at the end, up to count times.
        out.reserve(s.size() + rep.size() * (s.size() + 1));
        size_t i = 0;
        while (count != 0 && i <= s.size()) {
            out += rep;
            count--;
            if (i == s.size()) { i++; break; }
            int len;
            cp_at(s, i, &len);
            out.append(s.data() + i, size_t(len));
            i += size_t(len);
        }
        if (i <= s.size()) out.append(s.data() + i, s.size() - i);
        return str_new(out);
    }
    size_t i = 0, j = s.find(old);
    if (j == std::string_view::npos || count == 0) return self_or_copy(self);
    out.reserve(s.size());
    while (j != std::string_view::npos && count != 0) {
        out.append(s.data() + i, j - i);
        out += rep;
        i = j + old.size();
        count--;
        j = s.find(old, i);
    }
    out.append(s.data() + i, s.size() - i);
    return str_new(out);
}

// ───────────────────────────── find / index / count ─────────────────────────────

// Searches sub in self[start:end] (code points); returns the code point index or -1.
int64_t find_common(const char* name, Object* self, Object* const* args, size_t nargs, Object* kwnames, bool reverse) {
    positional(name, nargs, kwnames, 1, 3);
    std::string_view sub = str_view(str_arg(args[0], name, 1));
    StrObject* p = as_str(self);
    Range r = adjust_range(nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr, int64_t(p->length));
    if (r.start > r.end) return -1;
    size_t bstart = str_offset(self, size_t(r.start)), bend = str_offset(self, size_t(r.end));
    std::string_view window(p->data + bstart, bend - bstart);
    size_t hit = reverse ? window.rfind(sub) : window.find(sub);
    if (hit == std::string_view::npos) return -1;
    return r.start + (p->ascii ? int64_t(hit) : int64_t(utf8_length(window.data(), hit)));
}

Obj str_find(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return int_from_i64(find_common("find", self, args, nargs, kwnames, false));
}
Obj str_rfind(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return int_from_i64(find_common("rfind", self, args, nargs, kwnames, true));
}
Obj str_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    int64_t i = find_common("index", self, args, nargs, kwnames, false);
    if (i < 0) raise_msg(Exc_ValueError, "substring not found");
    return int_from_i64(i);
}
Obj str_rindex(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    int64_t i = find_common("rindex", self, args, nargs, kwnames, true);
    if (i < 0) raise_msg(Exc_ValueError, "substring not found");
    return int_from_i64(i);
}

Obj str_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    positional("count", nargs, kwnames, 1, 3);
    std::string_view sub = str_view(str_arg(args[0], "count", 1));
    StrObject* p = as_str(self);
    Range r = adjust_range(nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr, int64_t(p->length));
    if (r.start > r.end) return int_from_i64(0);
    if (sub.empty()) return int_from_i64(r.end - r.start + 1);  // one match between every pair of characters
    size_t bstart = str_offset(self, size_t(r.start)), bend = str_offset(self, size_t(r.end));
    std::string_view window(p->data + bstart, bend - bstart);
    int64_t n = 0;
    for (size_t i = window.find(sub); i != std::string_view::npos; i = window.find(sub, i + sub.size())) n++;
    return int_from_i64(n);
}

// ───────────────────────────── startswith / endswith ─────────────────────────────

// CPython's tailmatch: does self[start:end] start (or end) with sub?
bool tail_match(Object* self, Object* sub, Range r, bool at_end) {
    StrObject* p = as_str(self);
    StrObject* q = as_str(sub);
    int64_t slen = int64_t(q->length);
    if (r.end - slen < r.start) return false;
    if (slen == 0) return true;
    int64_t from = at_end ? r.end - slen : r.start;
    size_t off = str_offset(self, size_t(from));
    return off + q->size <= p->size && std::memcmp(p->data + off, q->data, q->size) == 0;
}

Obj affix_common(const char* name, Object* self, Object* const* args, size_t nargs, Object* kwnames, bool at_end) {
    positional(name, nargs, kwnames, 1, 3);
    Range r = adjust_range(nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr, int64_t(as_str(self)->length));
    Object* what = args[0];
    if (is_tuple(what)) {
        for (size_t i = 0; i < tuple_size(what); i++) {
            Object* item = tuple_item(what, i);
            if (!is_str(item))
                raise_fmt(Exc_TypeError, "tuple for %s must only contain str, not %s", name, type_name(item));
            if (tail_match(self, item, r, at_end)) return bool_ref(true);
        }
        return bool_ref(false);
    }
    if (!is_str(what))
        raise_fmt(Exc_TypeError, "%s first arg must be str or a tuple of str, not %s", name, type_name(what));
    return bool_ref(tail_match(self, what, r, at_end));
}

Obj str_startswith(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return affix_common("startswith", self, args, nargs, kwnames, false);
}
Obj str_endswith(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return affix_common("endswith", self, args, nargs, kwnames, true);
}

// ───────────────────────────── Case conversion ─────────────────────────────

// An ASCII-only string maps byte to byte: build the result in place.
template <class F>
Obj map_ascii(Object* self, F f) {
    StrObject* p = as_str(self);
    Ref<StrObject> r = str_alloc(p->size, p->length, true);
    for (size_t i = 0; i < p->size; i++) r->data[i] = f(p->data[i]);
    if (p->size <= 1) return str_new(std::string_view(r->data, p->size));  // shared small strs
    return r;
}
char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? char(c - 32) : c; }
char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

// Greek capital sigma lowers to final sigma 'ς' at the end of a word: when a cased letter comes
// before it and none comes after it (case-ignorable characters such as '.' are skipped).
void append_lower_at(std::string& out, const std::vector<uint32_t>& cps, size_t i) {
    if (cps[i] != 0x3A3) { uni_append_lower(out, cps[i]); return; }
    size_t j = i;
    while (j > 0 && uni_is_case_ignorable(cps[j - 1])) j--;
    bool cased_before = j > 0 && uni_is_cased(cps[j - 1]);
    size_t k = i + 1;
    while (k < cps.size() && uni_is_case_ignorable(cps[k])) k++;
    bool cased_after = k < cps.size() && uni_is_cased(cps[k]);
    utf8_append(out, (cased_before && !cased_after) ? 0x3C2 : 0x3C3);
}

enum class CaseOp { Upper, Lower, Swap, Title, Capitalize, Fold };

Obj convert_case(Object* self, CaseOp op) {
    std::vector<uint32_t> cps = decode_all(str_view(self));
    std::string out;
    out.reserve(as_str(self)->size + 8);
    bool previous_cased = false;
    for (size_t i = 0; i < cps.size(); i++) {
        uint32_t c = cps[i];
        switch (op) {
            case CaseOp::Upper: uni_append_upper(out, c); break;
            case CaseOp::Lower: append_lower_at(out, cps, i); break;
            case CaseOp::Fold: uni_append_casefold(out, c); break;
            case CaseOp::Swap:
                if (uni_is_upper(c)) append_lower_at(out, cps, i);
                else if (uni_is_lower(c)) uni_append_upper(out, c);
                else utf8_append(out, c);
                break;
            case CaseOp::Title:
                if (previous_cased) append_lower_at(out, cps, i);
                else uni_append_title(out, c);
                previous_cased = uni_is_cased(c);
                break;
            case CaseOp::Capitalize:
                if (i == 0) uni_append_title(out, c);
                else append_lower_at(out, cps, i);
                break;
        }
    }
    return str_new(out);
}

Obj str_upper(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    no_args("upper", nargs, kwnames);
    if (as_str(self)->ascii) return map_ascii(self, ascii_upper);
    return convert_case(self, CaseOp::Upper);
}
Obj str_lower(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    no_args("lower", nargs, kwnames);
    if (as_str(self)->ascii) return map_ascii(self, ascii_lower);
    return convert_case(self, CaseOp::Lower);
}
Obj str_casefold(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    no_args("casefold", nargs, kwnames);
    if (as_str(self)->ascii) return map_ascii(self, ascii_lower);
    return convert_case(self, CaseOp::Fold);
}
Obj str_swapcase(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    no_args("swapcase", nargs, kwnames);
    if (as_str(self)->ascii)
        return map_ascii(self, [](char c) { return (c >= 'a' && c <= 'z') ? ascii_upper(c) : ascii_lower(c); });
    return convert_case(self, CaseOp::Swap);
}
Obj str_title(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    no_args("title", nargs, kwnames);
    if (as_str(self)->ascii) {
        bool previous_cased = false;
        return map_ascii(self, [&](char c) {
            char r = previous_cased ? ascii_lower(c) : ascii_upper(c);
            previous_cased = ((c | 32) >= 'a' && (c | 32) <= 'z');
            return r;
        });
    }
    return convert_case(self, CaseOp::Title);
}
Obj str_capitalize(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    no_args("capitalize", nargs, kwnames);
    if (as_str(self)->ascii) {
        bool first = true;
        return map_ascii(self, [&](char c) { char r = first ? ascii_upper(c) : ascii_lower(c); first = false; return r; });
    }
    return convert_case(self, CaseOp::Capitalize);
}

// ───────────────────────────── Predicates ─────────────────────────────

// True when the string is not empty and every character satisfies pred.
template <class P>
Obj all_chars(Object* self, P pred) {
    std::string_view s = str_view(self);
    if (s.empty()) return bool_ref(false);
    for (size_t i = 0; i < s.size();) {
        int len;
        if (!pred(cp_at(s, i, &len))) return bool_ref(false);
        i += size_t(len);
    }
    return bool_ref(true);
}

#define STR_PREDICATE(fname, pyname, pred)                                                \
    Obj fname(Object* self, Object* const* args, size_t nargs, Object* kwnames) {         \
        no_args(pyname, nargs, kwnames);                                                  \
        return all_chars(self, [](uint32_t c) { return pred; });                          \
    }
STR_PREDICATE(str_isdigit, "isdigit", uni_is_digit(c))
STR_PREDICATE(str_isalpha, "isalpha", uni_is_alpha(c))
STR_PREDICATE(str_isspace, "isspace", uni_is_space(c))
STR_PREDICATE(str_isdecimal, "isdecimal", uni_is_decimal(c))
STR_PREDICATE(str_isnumeric, "isnumeric", uni_is_numeric(c))
STR_PREDICATE(str_isalnum, "isalnum", uni_is_alpha(c) || uni_is_numeric(c))
#undef STR_PREDICATE

Obj str_isascii(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    no_args("isascii", nargs, kwnames);
    return bool_ref(as_str(self)->ascii);
}
Obj str_isprintable(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    no_args("isprintable", nargs, kwnames);
    if (as_str(self)->size == 0) return bool_ref(true);
    return all_chars(self, [](uint32_t c) { return uni_is_printable(c); });
}
Obj str_isidentifier(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    no_args("isidentifier", nargs, kwnames);
    std::vector<uint32_t> cps = decode_all(str_view(self));
    if (cps.empty() || !uni_is_id_start(cps[0])) return bool_ref(false);
    for (size_t i = 1; i < cps.size(); i++)
        if (!uni_is_id_continue(cps[i])) return bool_ref(false);
    return bool_ref(true);
}
// isupper: at least one cased character and no lower-case (or title-case) one; islower mirrors it.
Obj case_predicate(Object* self, bool want_upper) {
    bool cased = false;
    for (uint32_t c : decode_all(str_view(self))) {
        bool up = uni_is_upper(c), low = uni_is_lower(c);
        if (uni_is_titlecase(c) || (want_upper ? low : up)) return bool_ref(false);
        if (want_upper ? up : low) cased = true;
    }
    return bool_ref(cased);
}
Obj str_isupper(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    no_args("isupper", nargs, kwnames);
    return case_predicate(self, true);
}
Obj str_islower(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    no_args("islower", nargs, kwnames);
    return case_predicate(self, false);
}
// istitle: upper/title-case letters only start words, lower-case letters only continue them.
Obj str_istitle(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    no_args("istitle", nargs, kwnames);
    bool cased = false, previous_cased = false;
    for (uint32_t c : decode_all(str_view(self))) {
        if (uni_is_upper(c) || uni_is_titlecase(c)) {
            if (previous_cased) return bool_ref(false);
            previous_cased = cased = true;
        } else if (uni_is_lower(c)) {
            if (!previous_cased) return bool_ref(false);
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return bool_ref(cased);
}

// ───────────────────────────── Padding ─────────────────────────────

Obj pad(Object* self, int64_t left, int64_t right, uint32_t fill) {
    if (left <= 0 && right <= 0) return self_or_copy(self);
    char f[4];
    int flen = utf8_encode(fill, f);
    std::string out;
    out.reserve(size_t(left + right) * size_t(flen) + as_str(self)->size);
    for (int64_t i = 0; i < left; i++) out.append(f, size_t(flen));
    out += str_view(self);
    for (int64_t i = 0; i < right; i++) out.append(f, size_t(flen));
    return str_new(out);
}

uint32_t fill_char(Object* o) {
    if (!is_str(o)) raise_fmt(Exc_TypeError, "The fill character must be a unicode character, not %s", type_name(o));
    if (as_str(o)->length != 1) raise_msg(Exc_TypeError, "The fill character must be exactly one character long");
    int len;
    return utf8_decode(as_str(o)->data, &len);
}

enum class Justify { Left, Right, Center };
Obj justify(const char* name, Object* self, Object* const* args, size_t nargs, Object* kwnames, Justify how) {
    positional(name, nargs, kwnames, 1, 2);
    int64_t width = ssize_arg(args[0]);
    uint32_t fill = nargs > 1 ? fill_char(args[1]) : ' ';
    int64_t marg = width - int64_t(as_str(self)->length);
    if (marg <= 0) return self_or_copy(self);
    switch (how) {
        case Justify::Left: return pad(self, 0, marg, fill);
        case Justify::Right: return pad(self, marg, 0, fill);
        default: {
            int64_t left = marg / 2 + (marg & width & 1);  // CPython's rounding for odd margins
            return pad(self, left, marg - left, fill);
        }
    }
}
Obj str_ljust(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return justify("ljust", self, args, nargs, kwnames, Justify::Left);
}
Obj str_rjust(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return justify("rjust", self, args, nargs, kwnames, Justify::Right);
}
Obj str_center(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return justify("center", self, args, nargs, kwnames, Justify::Center);
}

Obj str_zfill(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    one_arg("zfill", nargs, kwnames);
    int64_t width = ssize_arg(args[0]);
    std::string_view s = str_view(self);
    int64_t fill = width - int64_t(as_str(self)->length);
    if (fill <= 0) return self_or_copy(self);
    std::string out;
    out.reserve(size_t(width) + s.size());
    size_t sign = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;  // the sign stays in front
    out.append(s.data(), sign);
    out.append(size_t(fill), '0');
    out.append(s.data() + sign, s.size() - sign);
    return str_new(out);
}

// ───────────────────────────── partition, splitlines, expandtabs, affixes ─────────────────────────────

Obj partition_common(const char* name, Object* self, Object* const* args, size_t nargs, Object* kwnames, bool right) {
    one_arg(name, nargs, kwnames);
    Object* sep = args[0];
    if (!is_str(sep)) raise_fmt(Exc_TypeError, "must be str, not %s", type_name(sep));
    std::string_view s = str_view(self), p = str_view(sep);
    if (p.empty()) raise_msg(Exc_ValueError, "empty separator");
    size_t at = right ? s.rfind(p) : s.find(p);
    Obj empty = str_empty();
    if (at == std::string_view::npos) {
        Obj whole = self_or_copy(self);
        return right ? tuple_pack({empty.get(), empty.get(), whole.get()})
                     : tuple_pack({whole.get(), empty.get(), empty.get()});
    }
    Obj before = str_slice_bytes(self, 0, at), after = str_slice_bytes(self, at + p.size(), s.size());
    Obj middle = is_exact_str(sep) ? newref(sep) : str_new(p);
    return tuple_pack({before.get(), middle.get(), after.get()});
}
Obj str_partition(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return partition_common("partition", self, args, nargs, kwnames, false);
}
Obj str_rpartition(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return partition_common("rpartition", self, args, nargs, kwnames, true);
}

Obj str_splitlines(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[1];
    parse_args("splitlines", args, nargs, kwnames, {"keepends"}, 0, a);
    bool keepends = a[0] && truthy(a[0]);
    std::string_view s = str_view(self);
    Obj list = list_new(0);
    size_t i = 0, n = s.size();
    while (i < n) {
        size_t start = i, eol = n;
        int len = 1;
        // Find the next line boundary; "\r\n" counts as one.
        while (i < n) {
            uint32_t c = cp_at(s, i, &len);
            if (uni_is_linebreak(c)) { eol = i; break; }
            i += size_t(len);
        }
        if (i < n) {
            i += size_t(len);
            if (s[eol] == '\r' && i < n && s[i] == '\n') i++;
        }
        append_piece(list.get(), self, start, keepends ? i : std::min(eol, i));
    }
    return list;
}

Obj str_expandtabs(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[1];
    parse_args("expandtabs", args, nargs, kwnames, {"tabsize"}, 0, a);
    int64_t tabsize = a[0] ? ssize_arg(a[0], "int") : 8;
    if (tabsize > INT32_MAX || tabsize < INT32_MIN) raise_msg(Exc_OverflowError, "Python int too large to convert to C int");
    std::string_view s = str_view(self);
    if (s.find('\t') == std::string_view::npos) return self_or_copy(self);
    std::string out;
    int64_t column = 0;
    for (size_t i = 0; i < s.size();) {
        int len;
        uint32_t c = cp_at(s, i, &len);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t spaces = tabsize - column % tabsize;
                out.append(size_t(spaces), ' ');
                column += spaces;
            }
        } else {
            out.append(s.data() + i, size_t(len));
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
        i += size_t(len);
    }
    return str_new(out);
}

Obj str_removeprefix(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    one_arg("removeprefix", nargs, kwnames);
    if (!is_str(args[0])) raise_fmt(Exc_TypeError, "removeprefix() argument must be str, not %s", type_name(args[0]));
    std::string_view s = str_view(self), p = str_view(args[0]);
    if (!p.empty() && s.substr(0, p.size()) == p) return str_slice_bytes(self, p.size(), s.size());
    return self_or_copy(self);
}
Obj str_removesuffix(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    one_arg("removesuffix", nargs, kwnames);
    if (!is_str(args[0])) raise_fmt(Exc_TypeError, "removesuffix() argument must be str, not %s", type_name(args[0]));
    std::string_view s = str_view(self), p = str_view(args[0]);
    if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p)
        return str_slice_bytes(self, 0, s.size() - p.size());
    return self_or_copy(self);
}

Obj str_encode(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[2];
    parse_args("encode", args, nargs, kwnames, {"encoding", "errors"}, 0, a);
    return str_encode_to_bytes(self, a[0], a[1]);
}

// str.maketrans(x[, y[, z]]): the table for translate(), a dict from code points to code
// points, strings or None.
static Obj str_maketrans(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("maketrans", kwnames);
    check_positional("maketrans", nargs, 1, 3);
    Obj table = dict_new();
    if (nargs == 1) {
        if (!is_dict(args[0])) raise_msg(Exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        Obj items = call_method(args[0], "items", nullptr, 0);
        Obj it = get_iter(items.get());
        while (Obj kv = iter_next(it.get())) {
            Object* k = tuple_item(kv.get(), 0);
            Object* v = tuple_item(kv.get(), 1);
            if (is_str(k)) {
                if (as_str(k)->length != 1) raise_msg(Exc_ValueError, "string keys in translate table must be of length 1");
                int len = 1;
                Obj cp = int_from_i64(utf8_decode(as_str(k)->data, &len));
                dict_set(table.get(), cp.get(), v);
            } else if (is_int(k)) {
                dict_set(table.get(), k, v);
            } else {
                raise_msg(Exc_TypeError, "keys in translate table must be strings or integers");
            }
        }
        return table;
    }
    if (!is_str(args[0])) raise_fmt(Exc_TypeError, "maketrans() argument 1 must be str, not %s", type_name(args[0]));
    if (!is_str(args[1])) raise_fmt(Exc_TypeError, "maketrans() argument 2 must be str, not %s", type_name(args[1]));
    if (as_str(args[0])->length != as_str(args[1])->length)
        raise_msg(Exc_ValueError, "the first two maketrans arguments must have equal length");
    auto code_points = [](Object* s) {
        std::vector<uint32_t> cps;
        std::string_view v = str_view(s);
        for (size_t i = 0; i < v.size();) {
            int len = 1;
            cps.push_back(utf8_decode(v.data() + i, &len));
            i += size_t(len);
        }
        return cps;
    };
    std::vector<uint32_t> from = code_points(args[0]), to = code_points(args[1]);
    for (size_t i = 0; i < from.size(); i++) dict_set(table.get(), int_from_i64(from[i]).get(), int_from_i64(to[i]).get());
    if (nargs == 3) {
        if (!is_str(args[2])) raise_fmt(Exc_TypeError, "maketrans() argument 3 must be str, not %s", type_name(args[2]));
        for (uint32_t c : code_points(args[2])) dict_set(table.get(), int_from_i64(c).get(), Py_None);
    }
    return table;
}

// str.translate(table): each character c becomes table[ord(c)] — a str, a code point, or None
// (deleted); a LookupError keeps c.
static Obj str_translate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_no_kwargs("translate", kwnames);
    check_positional("translate", nargs, 1, 1);
    Object* table = args[0];
    std::string_view v = str_view(self);
    std::string out;
    for (size_t i = 0; i < v.size();) {
        int len = 1;
        uint32_t c = utf8_decode(v.data() + i, &len);
        Obj key = int_from_i64(c);
        Obj r;
        try {
            r = getitem(table, key.get());
        } catch (PyError&) {
            if (!exception_matches(tstate()->curexc, (Object*)Exc_LookupError)) throw;
            fetch_exception();
            out.append(v.data() + i, size_t(len));
            i += size_t(len);
            continue;
        }
        if (r.get() == Py_None) {
        } else if (is_str(r.get())) {
            out += str_view(r.get());
        } else if (is_int(r.get())) {
            int64_t cp = int_is_small(r.get()) ? int_as_i64(r.get()) : -1;
            if (cp < 0 || cp > 0x10FFFF) raise_msg(Exc_ValueError, "character mapping must be in range(0x110000)");
            utf8_append(out, uint32_t(cp));
        } else {
            raise_msg(Exc_TypeError, "character mapping must return integer, None or str");
        }
        i += size_t(len);
    }
    return str_new(out);
}

// ───────────────────────────── __format__ ─────────────────────────────

// format(s, spec): only fill, alignment, width and precision (which truncates) apply to str.
Obj str_format_dunder(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    one_arg("__format__", nargs, kwnames);
    if (!is_str(args[0])) raise_fmt(Exc_TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
    std::string_view text = str_view(args[0]);
    if (text.empty()) return self_or_copy(self);
    FormatSpec spec = parse_format_spec(text);
    if (spec.type != 0 && spec.type != 's')
        raise_fmt(Exc_ValueError, "Unknown format code '%c' for object of type 'str'", spec.type);
    if (spec.sign) raise_msg(Exc_ValueError, "Sign not allowed in string format specifier");
    if (spec.alternate) raise_msg(Exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (spec.grouping) raise_fmt(Exc_ValueError, "Cannot specify '%c' with 's'.", spec.grouping);
    if (spec.zero_pad && spec.fill == ' ') {
        spec.fill = '0';  // "05" pads a str with zeros on the right (the default alignment)
        if (spec.align == '=') spec.align = 0;
    }
    if (spec.align == '=') raise_msg(Exc_ValueError, "'=' alignment not allowed in string format specifier");
    std::string body(str_view(self));
    if (spec.precision >= 0 && size_t(spec.precision) < as_str(self)->length)
        body.resize(str_offset(self, size_t(spec.precision)));
    return str_new(apply_padding(std::move(body), spec, '<'));
}

}  // namespace

void str_add_methods() {
    add_methods(&Str_Type, {
        {"split", str_split, "Return a list of the substrings in the string, using sep as the separator string."},
        {"rsplit", str_rsplit, "Return a list of the substrings in the string, splitting from the right."},
        {"join", str_join_method, "Concatenate any number of strings."},
        {"strip", str_strip, "Return a copy of the string with leading and trailing whitespace removed."},
        {"lstrip", str_lstrip, "Return a copy of the string with leading whitespace removed."},
        {"rstrip", str_rstrip, "Return a copy of the string with trailing whitespace removed."},
        {"replace", str_replace, "Return a copy with all occurrences of substring old replaced by new."},
        {"find", str_find, "Return the lowest index in S where substring sub is found."},
        {"rfind", str_rfind, "Return the highest index in S where substring sub is found."},
        {"index", str_index, "Like find, but raise ValueError when the substring is not found."},
        {"rindex", str_rindex, "Like rfind, but raise ValueError when the substring is not found."},
        {"count", str_count, "Return the number of non-overlapping occurrences of substring sub."},
        {"startswith", str_startswith, "Return True if the string starts with the specified prefix, False otherwise."},
        {"endswith", str_endswith, "Return True if the string ends with the specified suffix, False otherwise."},
        {"upper", str_upper, "Return a copy of the string converted to uppercase."},
        {"lower", str_lower, "Return a copy of the string converted to lowercase."},
        {"swapcase", str_swapcase, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
        {"title", str_title, "Return a version of the string where each word is titlecased."},
        {"capitalize", str_capitalize, "Return a capitalized version of the string."},
        {"casefold", str_casefold, "Return a version of the string suitable for caseless comparisons."},
        {"isdigit", str_isdigit, "Return True if the string is a digit string, False otherwise."},
        {"isalpha", str_isalpha, "Return True if the string is an alphabetic string, False otherwise."},
        {"isspace", str_isspace, "Return True if the string is a whitespace string, False otherwise."},
        {"isalnum", str_isalnum, "Return True if the string is an alpha-numeric string, False otherwise."},
        {"isdecimal", str_isdecimal, "Return True if the string is a decimal string, False otherwise."},
        {"isnumeric", str_isnumeric, "Return True if the string is a numeric string, False otherwise."},
        {"isupper", str_isupper, "Return True if the string is an uppercase string, False otherwise."},
        {"islower", str_islower, "Return True if the string is a lowercase string, False otherwise."},
        {"istitle", str_istitle, "Return True if the string is a title-cased string, False otherwise."},
        {"isidentifier", str_isidentifier, "Return True if the string is a valid Python identifier, False otherwise."},
        {"isascii", str_isascii, "Return True if all characters in the string are ASCII, False otherwise."},
        {"isprintable", str_isprintable, "Return True if all characters in the string are printable, False otherwise."},
        {"zfill", str_zfill, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
        {"center", str_center, "Return a centered string of length width."},
        {"ljust", str_ljust, "Return a left-justified string of length width."},
        {"rjust", str_rjust, "Return a right-justified string of length width."},
        {"partition", str_partition, "Partition the string into three parts using the given separator."},
        {"rpartition", str_rpartition, "Partition the string into three parts, searching from the end."},
        {"splitlines", str_splitlines, "Return a list of the lines in the string, breaking at line boundaries."},
        {"expandtabs", str_expandtabs, "Return a copy where all tab characters are expanded using spaces."},
        {"removeprefix", str_removeprefix, "Return a str with the given prefix string removed if present."},
        {"removesuffix", str_removesuffix, "Return a str with the given suffix string removed if present."},
        {"encode", str_encode, "Encode the string using the codec registered for encoding."},
        {"translate", str_translate, "Replace each character in the string using the given translation table."},
        // format.cpp's str_add_format_methods() runs after this and may replace these two.
        {"format", str_format_method, "Return a formatted version of the string."},
        {"__format__", str_format_dunder, "Return a formatted version of the string as described by format_spec."},
    });
    Obj maketrans = builtin_new("maketrans", str_maketrans, (Object*)&Str_Type);  // a static method
    add_attr(&Str_Type, "maketrans", maketrans.get());
}
