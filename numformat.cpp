// numformat.cpp — the format-spec mini-language, and format(x, spec) for ints and floats.
//
// What this step does: format(1234.5, "_>+12,.2f") is two jobs.  First parse_format_spec reads
// the spec text  [[fill]align][sign][z][#][0][width][grouping][.precision[grouping]][type]
// into a FormatSpec.  Then a formatter turns the number into text and lays it out in the field:
//
//     | left padding | sign | prefix | sign padding | grouped digits | . fraction exponent % | right padding |
//
// (CPython's calc_number_widths/fill_number in Python/formatter_unicode.c.)  Only one of the
// three paddings is non-empty: '<' pads right, '>' left, '^' both, '=' between sign and digits.
// A leading '0' in the spec means "fill with zeros after the sign"; then the zeros are grouped
// like digits ("0,001,234").
//
// In: the spec text, a number.  Out: std::string (UTF-8).  Errors: ValueError with CPython
// 3.14's messages ("Unknown format code 'x' for object of type 'float'" ...).
//
// Read next: format.cpp (format() dispatch, str.format, %-formatting), float.cpp
// (float_short_text, which produces the digits).
#include "minipy.h"
#include "str_internal.h"  // utf8_append
#include "float_internal.h"
#include "int_internal.h"

#include <climits>
#include <cmath>

// The code point at s[i] (s is a str's valid UTF-8); *len gets its byte count.
static uint32_t code_point_at(std::string_view s, size_t i, size_t* len) {
    int n = 0;
    uint32_t cp = utf8_decode(s.data() + i, &n);
    *len = size_t(n);
    return cp;
}

// ───────────────────────────── small text helpers ─────────────────────────────



static void append_fill(std::string& out, uint32_t fill, int64_t n) {
    if (n <= 0) return;
    if (fill < 0x80) {
        out.append(static_cast<size_t>(n), char(fill));
        return;
    }
    std::string one;
    utf8_append(one, fill);
    for (int64_t k = 0; k < n; k++) out += one;
}

// ───────────────────────────── parsing the spec ─────────────────────────────

static bool is_align_char(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// A run of decimal digits at spec[*pos]: returns how many were read; *out gets the value.
// CPython refuses values that do not fit a Py_ssize_t.
static int read_integer(std::string_view spec, size_t* pos, int64_t* out) {
    int64_t v = 0;
    int count = 0;
    while (*pos < spec.size() && spec[*pos] >= '0' && spec[*pos] <= '9') {
        int d = spec[*pos] - '0';
        if (v > (INT64_MAX - d) / 10) raise_msg(Exc_ValueError, "Too many decimal digits in format string");
        v = v * 10 + d;
        ++*pos;
        count++;
    }
    *out = v;
    return count;
}

// "Cannot specify ',' with 'x'." — the grouping character does not suit the presentation type.
[[noreturn]] static void bad_grouping_type(char grouping, uint32_t type) {
    if (type > 32 && type < 128) raise_fmt(Exc_ValueError, "Cannot specify '%c' with '%c'.", grouping, char(type));
    raise_fmt(Exc_ValueError, "Cannot specify '%c' with '\\x%x'.", grouping, type);
}

[[noreturn]] static void unknown_code(uint32_t type, const char* type_name) {
    if (type > 32 && type < 128)
        raise_fmt(Exc_ValueError, "Unknown format code '%c' for object of type '%.200s'", char(type), type_name);
    raise_fmt(Exc_ValueError, "Unknown format code '\\x%x' for object of type '%.200s'", type, type_name);
}

[[noreturn]] static void comma_and_underscore() {
    raise_msg(Exc_ValueError, "Cannot specify both ',' and '_'.");
}

// Reads an optional ',' or '_' (at most one of them) at spec[*pos].
static char read_grouping(std::string_view spec, size_t* pos) {
    char g = 0;
    if (*pos < spec.size() && spec[*pos] == ',') {
        g = ',';
        ++*pos;
    }
    if (*pos < spec.size() && spec[*pos] == '_') {
        if (g) comma_and_underscore();
        g = '_';
        ++*pos;
    }
    if (*pos < spec.size() && spec[*pos] == ',' && g == '_') comma_and_underscore();
    return g;
}

FormatSpec parse_format_spec(std::string_view spec, const char* type_name) {
    FormatSpec f;
    size_t pos = 0, n = spec.size();
    // [[fill]align]: the fill may be any one code point (several UTF-8 bytes).
    bool fill_given = false;
    if (n > 0) {
        size_t len;
        uint32_t first = code_point_at(spec, 0, &len);
        if (len < n && is_align_char(static_cast<unsigned char>(spec[len]))) {
            f.fill = first;
            f.align = spec[len];
            fill_given = true;
            pos = len + 1;
        } else if (is_align_char(first)) {
            f.align = char(first);
            pos = 1;
        }
    }
    if (pos < n && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) f.sign = spec[pos++];
    if (pos < n && spec[pos] == 'z') {
        f.no_neg_zero = true;
        pos++;
    }
    if (pos < n && spec[pos] == '#') {
        f.alternate = true;
        pos++;
    }
    // A '0' before the width: zero padding (the formatter turns it into '=' alignment for
    // numbers, '<' for strings, unless an alignment was given).
    if (!fill_given && pos < n && spec[pos] == '0') {
        f.fill = '0';
        f.zero_pad = true;
        pos++;
    }
    int64_t v;
    if (read_integer(spec, &pos, &v)) f.width = v;
    f.grouping = read_grouping(spec, &pos);
    if (pos < n && spec[pos] == '.') {
        pos++;
        if (!read_integer(spec, &pos, &v)) raise_msg(Exc_ValueError, "Format specifier missing precision");
        f.precision = v;
        f.frac_grouping = read_grouping(spec, &pos);
    }
    // What is left must be one code point: the presentation type.
    uint32_t type = 0;
    if (pos < n) {
        size_t len;
        type = code_point_at(spec, pos, &len);
        if (pos + len < n)
            raise_fmt(Exc_ValueError, "Invalid format specifier '%.*s' for object of type '%.200s'",
                      static_cast<int>(n), spec.data(), type_name);
    }
    if (f.grouping) {
        switch (type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f.grouping == '_') break;  // every 4 digits (PEP 515)
            bad_grouping_type(f.grouping, type);
        default:
            bad_grouping_type(f.grouping, type);
        }
    }
    if (f.frac_grouping) {
        switch (type) {
        case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        default:
            bad_grouping_type(f.frac_grouping, type);
        }
    }
    if (type >= 0x80) unknown_code(type, type_name);  // no formatter knows a non-ASCII type
    f.type = char(type);
    return f;
}

FormatSpec parse_format_spec(std::string_view spec) { return parse_format_spec(spec, "object"); }

// ───────────────────────────── padding ─────────────────────────────

std::string apply_padding(std::string body, const FormatSpec& spec, char default_align) {
    if (spec.width < 0) return body;
    int64_t len = static_cast<int64_t>(utf8_length(body.data(), body.size()));
    if (len >= spec.width) return body;
    int64_t pad = spec.width - len, left = 0, right = 0;
    char align = spec.align ? spec.align : default_align;
    if (align == '<') right = pad;
    else if (align == '^') { left = pad / 2; right = pad - left; }
    else left = pad;  // '>' and '='
    std::string out;
    out.reserve(body.size() + static_cast<size_t>(pad));
    append_fill(out, spec.fill, left);
    out += body;
    append_fill(out, spec.fill, right);
    return out;
}

// ───────────────────────────── laying out a number ─────────────────────────────

// The pieces of a formatted number, before padding.
struct NumberParts {
    char sign = 0;             // '-' if negative, else 0
    std::string prefix;        // "0x" with '#'
    std::string digits;        // the integer digits (may be empty: "inf", 'c')
    std::string rest;          // ".fraction", exponent, '%', or the character of 'c'
};

// Digits with a separator every `group` digits from the right, and at least min_width
// characters, padding with '0' (the zeros are grouped too, as CPython's
// _PyUnicode_InsertThousandsGrouping does).
static std::string group_digits(std::string_view digits, int group, char sep, int64_t min_width) {
    if (!sep) {
        std::string out;
        if (min_width > static_cast<int64_t>(digits.size())) out.append(min_width - digits.size(), '0');
        out += digits;
        return out;
    }
    std::string rev;  // built backwards
    int64_t remaining = static_cast<int64_t>(digits.size());
    bool use_sep = false;
    while (true) {
        int64_t l = std::min<int64_t>(group, std::max<int64_t>(std::max(remaining, min_width), 1));
        int64_t chars = std::max<int64_t>(0, std::min(remaining, l));
        int64_t zeros = std::max<int64_t>(0, l - remaining);
        if (use_sep) rev += sep;
        for (int64_t k = 0; k < chars; k++) rev += digits[remaining - 1 - k];
        rev.append(static_cast<size_t>(zeros), '0');
        use_sep = true;
        remaining -= chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1;  // the separator's width
    }
    return std::string(rev.rbegin(), rev.rend());
}

// 3.14's fraction grouping: "1234.567_9" groups the digits after the point from the left.
static std::string group_fraction(const std::string& rest, char sep) {
    if (!sep || rest.empty() || rest[0] != '.') return rest;
    size_t end = 1;
    while (end < rest.size() && rest[end] >= '0' && rest[end] <= '9') end++;
    std::string out = ".";
    for (size_t k = 1; k < end; k++) {
        if (k > 1 && (k - 1) % 3 == 0) out += sep;
        out += rest[k];
    }
    return out + rest.substr(end);
}

// Sign, padding and grouping around the pieces (CPython's calc_number_widths + fill_number).
static std::string layout_number(const NumberParts& p, const FormatSpec& spec, int group, bool upper) {
    std::string sign;
    if (p.sign == '-') sign = "-";
    else if (spec.sign == '+') sign = "+";
    else if (spec.sign == ' ') sign = " ";
    std::string rest = group_fraction(p.rest, spec.frac_grouping);
    char align = spec.align ? spec.align : (spec.zero_pad ? '=' : '>');
    int64_t fixed = static_cast<int64_t>(sign.size() + p.prefix.size() + utf8_length(rest.data(), rest.size()));
    // Zero padding with '=' widens the digits themselves, so that the zeros are grouped.
    int64_t min_width = (spec.fill == '0' && align == '=') ? spec.width - fixed : 0;
    std::string digits = p.digits.empty() ? std::string()
                                          : group_digits(p.digits, group, spec.grouping, min_width);
    int64_t pad = spec.width - (fixed + static_cast<int64_t>(digits.size()));
    int64_t left = 0, middle = 0, right = 0;
    if (pad > 0) {
        if (align == '<') right = pad;
        else if (align == '^') { left = pad / 2; right = pad - left; }
        else if (align == '=') middle = pad;
        else left = pad;
    }
    std::string prefix = p.prefix, body = digits + rest;
    if (upper) {  // 'X': digits and prefix; 'E' 'F' 'G': exponent, "INF", "NAN" (never the fill)
        for (char& c : prefix) if (c >= 'a' && c <= 'z') c = char(c - 32);
        for (char& c : body) if (c >= 'a' && c <= 'z') c = char(c - 32);
    }
    std::string out;
    append_fill(out, spec.fill, left);
    out += sign;
    out += prefix;
    append_fill(out, spec.fill, middle);
    out += body;
    append_fill(out, spec.fill, right);
    return out;
}

// ───────────────────────────── floats ─────────────────────────────

// Splits float text "-1234.5e+06" into sign, integer digits and the rest.
static NumberParts split_float_text(const std::string& text) {
    NumberParts p;
    size_t i = 0;
    if (!text.empty() && text[0] == '-') {
        p.sign = '-';
        i = 1;
    }
    size_t d = i;
    while (d < text.size() && text[d] >= '0' && text[d] <= '9') d++;
    p.digits = text.substr(i, d - i);
    p.rest = text.substr(d);
    return p;
}

// 'z': a result that rounds to zero loses its minus sign ("-0.00" → "0.00").
static void drop_negative_zero(std::string& text) {
    if (text.empty() || text[0] != '-') return;
    for (size_t k = 1; k < text.size() && text[k] != 'e'; k++)
        if (text[k] >= '1' && text[k] <= '9') return;
    if (text.compare(1, 3, "inf") == 0) return;
    text.erase(0, 1);
}

// The float formatter shared by format(float) and format(int, 'e'...), type_name for errors.
static std::string format_double(double v, const FormatSpec& spec, const char* type_name) {
    char type = spec.type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        unknown_code(static_cast<unsigned char>(type), type_name);
    }
    if (spec.precision > INT_MAX) raise_msg(Exc_ValueError, "precision too big");
    int precision = static_cast<int>(spec.precision);
    bool add_dot_0 = false, percent = false, upper = type == 'E' || type == 'F' || type == 'G';
    char code = type;
    if (type == 0) {
        // No type: repr()'s digits, or with a precision 'g' that keeps one digit after the point.
        add_dot_0 = true;
        code = precision < 0 ? 'r' : 'g';
    } else if (type == 'n') {
        code = 'g';  // the C locale: no separators
    } else if (type == '%') {
        code = 'f';
        v *= 100;
        percent = true;
    } else if (upper) {
        code = char(type + 32);
    }
    if (precision < 0) precision = code == 'r' ? 0 : 6;
    std::string text = float_short_text(v, code, precision, add_dot_0, spec.alternate);
    if (spec.no_neg_zero) drop_negative_zero(text);
    if (percent) text += '%';
    if (!upper && spec.width < 0 && spec.sign != '+' && spec.sign != ' ' && !spec.grouping && !spec.frac_grouping)
        return text;  // the common case: nothing to lay out
    return layout_number(split_float_text(text), spec, 3, upper);
}

std::string format_float(double v, const FormatSpec& spec) { return format_double(v, spec, "float"); }

// ───────────────────────────── ints ─────────────────────────────

// 'c': the code point with that number, laid out like a digit-less number.
static std::string format_int_as_char(Object* o, const FormatSpec& spec) {
    if (spec.sign) raise_msg(Exc_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) raise_msg(Exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (!int_is_small(o)) raise_msg(Exc_OverflowError, "Python int too large to convert to C long");
    int64_t v = int_as_i64(o);
    if (v < 0 || v > 0x10FFFF) raise_msg(Exc_OverflowError, "%c arg not in range(0x110000)");
    NumberParts p;
    utf8_append(p.rest, static_cast<uint32_t>(v));
    FormatSpec plain = spec;
    plain.grouping = 0;
    return layout_number(p, plain, 3, false);
}

std::string format_int(Object* o, const FormatSpec& spec) {
    const char* tname = type_name(o);
    int base = 10;
    switch (spec.type) {
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 0: case 'd': case 'n': case 'c': break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return format_double(int_as_double(o), spec, tname);
    default:
        unknown_code(static_cast<unsigned char>(spec.type), tname);
    }
    if (spec.precision >= 0) raise_msg(Exc_ValueError, "Precision not allowed in integer format specifier");
    if (spec.no_neg_zero)
        raise_msg(Exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (spec.type == 'c') return format_int_as_char(o, spec);
    std::string text = int_to_string(o, base);  // "-0x1f"
    NumberParts p;
    size_t i = 0;
    if (text[0] == '-') {
        p.sign = '-';
        i = 1;
    }
    if (base != 10) {
        if (spec.alternate) p.prefix = text.substr(i, 2);
        i += 2;
    }
    if (spec.width < 0 && !spec.sign && !spec.grouping && spec.type != 'X') {
        // The common case: no layout; keep the text as int_to_string made it.
        if (base == 10 || spec.alternate) return text;
        return (p.sign ? "-" : "") + text.substr(i);
    }
    p.digits = text.substr(i);
    return layout_number(p, spec, base == 10 ? 3 : 4, spec.type == 'X');
}
