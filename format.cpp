// format.cpp — turning values into text on request: format(), str.format, and "%" formatting.
//
// What this step does:
//   * format(value, spec): the __format__ protocol.  ints, floats and strs are formatted here
//     directly (numformat.cpp does the numbers); a class with its own __format__ is called;
//     anything else accepts only the empty spec (then it is str(value)).  f-strings call this
//     for every {x:spec}, so the empty-spec path is kept short.
//   * str.format / str.format_map: replacement fields {name!conv:spec}, where name is an index
//     or a keyword followed by .attr and [key] parts, and the spec may itself hold fields
//     ("{:{width}.{prec}f}").  Literal braces are written {{ and }}.
//   * "fmt" % args: C's printf conversions (%s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %%)
//     with flags "-+ 0#", widths and precisions (or '*'), and "%(key)s" taking values from a
//     mapping.
//
// In: borrowed objects.  Out: new str objects.  Errors: CPython 3.14's ValueError / TypeError /
// KeyError / IndexError messages (Objects/stringlib/unicode_format.h, Objects/unicodeobject.c).
//
// Read next: numformat.cpp (the spec mini-language), str.cpp (the str type).
#include "minipy.h"
#include "float_internal.h"
#include "str_internal.h"

#include <climits>
#include <cmath>

// ───────────────────────────── format(value, spec) ─────────────────────────────

static size_t count_code_points(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// Byte length of the first `count` code points of s.
static size_t prefix_bytes(std::string_view s, size_t count) {
    size_t i = 0;
    while (i < s.size() && count > 0) {
        i += utf8_seq_len(static_cast<unsigned char>(s[i]));
        count--;
    }
    return std::min(i, s.size());
}

// str.__format__: precision cuts, then padding (left-aligned by default).
static Obj format_str(Object* value, std::string_view spec_text) {
    FormatSpec spec = parse_format_spec(spec_text, type_name(value));
    if (spec.type != 0 && spec.type != 's') {
        unsigned char t = static_cast<unsigned char>(spec.type);
        if (t > 32 && t < 128)
            raise_fmt(Exc_ValueError, "Unknown format code '%c' for object of type '%.200s'", t, type_name(value));
        raise_fmt(Exc_ValueError, "Unknown format code '\\x%x' for object of type '%.200s'", t, type_name(value));
    }
    if (spec.grouping) raise_fmt(Exc_ValueError, "Cannot specify '%c' with 's'.", spec.grouping);
    if (spec.frac_grouping) raise_fmt(Exc_ValueError, "Cannot specify '%c' with 's'.", spec.frac_grouping);
    if (spec.sign == ' ') raise_msg(Exc_ValueError, "Space not allowed in string format specifier");
    if (spec.sign) raise_msg(Exc_ValueError, "Sign not allowed in string format specifier");
    if (spec.no_neg_zero)
        raise_msg(Exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (spec.alternate) raise_msg(Exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (spec.align == '=') raise_msg(Exc_ValueError, "'=' alignment not allowed in string format specifier");
    std::string_view s = str_view(value);
    size_t length = as_str(value)->length;
    if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < length) {
        s = s.substr(0, prefix_bytes(s, static_cast<size_t>(spec.precision)));
        length = static_cast<size_t>(spec.precision);
    }
    if (spec.width <= static_cast<int64_t>(length) && s.size() == str_view(value).size() && is_exact_str(value))
        return newref(value);
    return str_new(apply_padding(std::string(s), spec, '<'));
}

// What kind of __format__ a type has: one of ours (done here without a call), the default
// object.__format__, or a Python-level method to call.
enum class FormatKind { Int, Float, Str, Default, Custom };

static FormatKind format_kind(Object* method) {
    if (!method) return FormatKind::Default;
    if (type_of(method) == &MethodDescr_Type) {
        TypeObject* owner = static_cast<MethodDescrObject*>(method)->owner;
        if (owner == &Int_Type) return FormatKind::Int;
        if (owner == &Float_Type) return FormatKind::Float;
        if (owner == &Str_Type) return FormatKind::Str;
        if (owner == &Object_Type) return FormatKind::Default;
    }
    return FormatKind::Custom;
}

static Obj call_format_method(Object* method, Object* value, Object* spec) {
    Obj r;
    if (type_of(method) == &Function_Type) {
        Object* args[2] = {value, spec};
        r = call(method, args, 2);
    } else if (type_of(method)->descr_get) {
        Obj bound = type_of(method)->descr_get(method, value, reinterpret_cast<Object*>(type_of(value)));
        r = call1(bound.get(), spec);
    } else {
        r = call1(method, spec);
    }
    if (!is_str(r.get()))
        raise_fmt(Exc_TypeError, "__format__ must return a str, not %.200s", type_name(r.get()));
    return r;
}

Obj format(Object* value, Object* spec) {
    TypeObject* t = type_of(value);
    std::string_view sv = str_view(spec);
    if (sv.empty()) {  // the f-string "{x}" path
        if (t == &Str_Type) return newref(value);
        if (t == &Int_Type || t == &Float_Type || t == &Bool_Type) return str(value);
    } else {
        if (t == &Int_Type || t == &Bool_Type) return str_new(format_int(value, parse_format_spec(sv, type_name(value))));
        if (t == &Float_Type)
            return str_new(format_float(float_value(value), parse_format_spec(sv, "float")));
        if (t == &Str_Type) return format_str(value, sv);
    }
    static Object* format_name = intern_cstr("__format__");
    Obj method = lookup_type_attr(t, format_name);
    switch (format_kind(method.get())) {
    case FormatKind::Int:
        if (sv.empty()) return str(value);
        return str_new(format_int(value, parse_format_spec(sv, type_name(value))));
    case FormatKind::Float:
        if (sv.empty()) return str(value);
        return str_new(format_float(float_value(value), parse_format_spec(sv, type_name(value))));
    case FormatKind::Str:
        if (sv.empty()) return str(value);
        return format_str(value, sv);
    case FormatKind::Default:
        if (!sv.empty())
            raise_fmt(Exc_TypeError, "unsupported format string passed to %.200s.__format__", type_name(value));
        return str(value);
    case FormatKind::Custom:
        break;
    }
    return call_format_method(method.get(), value, spec);
}

// ───────────────────────────── str.format ─────────────────────────────

// Where replacement fields find their values: positional args, keyword args (kwnames +
// values after the positionals) or, for format_map, one mapping.  The automatic numbering
// state ("{}" vs "{0}") is shared by the fields nested in format specs.
struct FieldSource {
    Object* const* args = nullptr;
    size_t nargs = 0;
    Object* kwnames = nullptr;
    Object* mapping = nullptr;   // format_map: keys come from here, positional fields are an error
    enum { UNSET, AUTO, MANUAL } numbering = UNSET;
    int64_t next_index = 0;
};

// A whole-text integer, as CPython's get_integer: -1 if it is not all ASCII digits.
static int64_t field_integer(std::string_view s) {
    if (s.empty()) return -1;
    int64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return -1;
        if (v > (INT64_MAX - (c - '0')) / 10) raise_msg(Exc_ValueError, "Too many decimal digits in format string");
        v = v * 10 + (c - '0');
    }
    return v;
}

[[noreturn]] static void raise_key_error(std::string_view key) {
    Obj k = str_new(key);
    Object* kp = k.get();
    Obj exc = call(reinterpret_cast<Object*>(Exc_KeyError), &kp, 1);  // KeyError('name')
    raise(exc.get());
}

static Obj keyword_value(FieldSource& src, std::string_view name) {
    if (src.mapping) {
        Obj key = str_new(name);
        return getitem(src.mapping, key.get());
    }
    if (src.kwnames) {
        size_t nk = tuple_size(src.kwnames);
        for (size_t k = 0; k < nk; k++)
            if (str_view(tuple_item(src.kwnames, k)) == name) return newref(src.args[src.nargs + k]);
    }
    raise_key_error(name);
}

// The object named by a field name: "0", "name", "", then any ".attr" and "[key]" parts.
static Obj field_object(FieldSource& src, std::string_view name) {
    size_t i = 0;
    while (i < name.size() && name[i] != '.' && name[i] != '[') i++;
    std::string_view first = name.substr(0, i);
    int64_t index = field_integer(first);
    bool empty = first.empty();
    if (empty || index >= 0) {
        if (src.numbering == FieldSource::UNSET) src.numbering = empty ? FieldSource::AUTO : FieldSource::MANUAL;
        if (src.numbering == FieldSource::MANUAL && empty)
            raise_msg(Exc_ValueError, "cannot switch from manual field specification to automatic field numbering");
        if (src.numbering == FieldSource::AUTO && !empty)
            raise_msg(Exc_ValueError, "cannot switch from automatic field numbering to manual field specification");
        if (empty) index = src.next_index++;
    }
    Obj obj;
    if (index < 0) {
        obj = keyword_value(src, first);
    } else {
        if (src.mapping) raise_msg(Exc_ValueError, "Format string contains positional fields");
        if (static_cast<size_t>(index) >= src.nargs)
            raise_fmt(Exc_IndexError, "Replacement index %lld out of range for positional args tuple",
                      static_cast<long long>(index));
        obj = newref(src.args[index]);
    }
    // The rest: .attr and [key] parts, in any order.
    while (i < name.size()) {
        char c = name[i++];
        size_t start = i;
        if (c == '.') {
            while (i < name.size() && name[i] != '.' && name[i] != '[') i++;
            if (i == start) raise_msg(Exc_ValueError, "Empty attribute in format string");
            Obj attr = str_new(name.substr(start, i - start));
            obj = getattr(obj.get(), attr.get());
        } else if (c == '[') {
            while (i < name.size() && name[i] != ']') i++;
            if (i >= name.size()) raise_msg(Exc_ValueError, "Missing ']' in format string");
            std::string_view key = name.substr(start, i - start);
            i++;  // the ']'
            if (key.empty()) raise_msg(Exc_ValueError, "Empty attribute in format string");
            int64_t k = field_integer(key);  // "[0]" is an int key, "[a]" a str key
            Obj keyobj = k >= 0 ? int_from_i64(k) : str_new(key);
            obj = getitem(obj.get(), keyobj.get());
        } else {
            raise_msg(Exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

static Obj convert_field(Object* obj, uint32_t conversion) {
    switch (conversion) {
    case 'r': return repr(obj);
    case 's': return str(obj);
    case 'a': {
        static Object* ascii_name = intern_cstr("ascii");
        Obj ascii_fn = dict_get_str(interp.builtins, ascii_name);
        if (!ascii_fn) return repr(obj);
        return call1(ascii_fn.get(), obj);
    }
    default:
        if (conversion > 32 && conversion < 127)
            raise_fmt(Exc_ValueError, "Unknown conversion specifier %c", char(conversion));
        raise_fmt(Exc_ValueError, "Unknown conversion specifier \\x%x", conversion);
    }
}

static void render_format(std::string_view fmt, FieldSource& src, int depth, std::string& out);

// One replacement field, from just after its '{': name [!conv] [:spec] '}'.  *pos moves past
// the closing brace.  (CPython's parse_field.)
static void render_field(std::string_view fmt, size_t* pos, FieldSource& src, int depth, std::string& out) {
    size_t i = *pos, n = fmt.size();
    char c = 0;
    size_t name_start = i;
    while (i < n) {
        c = fmt[i++];
        if (c == '{') raise_msg(Exc_ValueError, "unexpected '{' in field name");
        if (c == '[') {
            while (i < n && fmt[i] != ']') i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    bool closed = i > name_start && (c == '}' || c == ':' || c == '!');
    if (!closed) raise_msg(Exc_ValueError, "expected '}' before end of string");
    std::string_view name = fmt.substr(name_start, i - 1 - name_start);
    uint32_t conversion = 0;
    std::string_view spec;
    bool spec_has_fields = false;
    if (c == '!' || c == ':') {
        bool done = false;
        if (c == '!') {
            if (i >= n) raise_msg(Exc_ValueError, "end of string while looking for conversion specifier");
            int len;
            conversion = utf8_decode(fmt.data() + i, &len);
            i += len;
            if (i < n) {
                char next = fmt[i++];
                if (next == '}') done = true;
                else if (next != ':') raise_msg(Exc_ValueError, "expected ':' after conversion specifier");
            }
        }
        if (!done) {
            size_t spec_start = i;
            int count = 1;
            while (i < n) {
                char s = fmt[i++];
                if (s == '{') {
                    spec_has_fields = true;
                    count++;
                } else if (s == '}' && --count == 0) {
                    break;
                }
            }
            if (count != 0) raise_msg(Exc_ValueError, "unmatched '{' in format spec");
            spec = fmt.substr(spec_start, i - 1 - spec_start);
        }
    }
    *pos = i;
    Obj obj = field_object(src, name);
    if (conversion) obj = convert_field(obj.get(), conversion);
    Obj spec_obj;
    if (spec_has_fields) {
        if (depth <= 1) raise_msg(Exc_ValueError, "Max string recursion exceeded");
        std::string expanded;
        render_format(spec, src, depth - 1, expanded);
        spec_obj = str_new(expanded);
    } else {
        spec_obj = spec.empty() ? newref(intern_cstr("")) : str_new(spec);
    }
    Obj text = format(obj.get(), spec_obj.get());
    out += str_view(text.get());
}

// Literal text with {{ }} escapes, and replacement fields (CPython's MarkupIterator).
static void render_format(std::string_view fmt, FieldSource& src, int depth, std::string& out) {
    size_t i = 0, n = fmt.size();
    while (i < n) {
        size_t start = i;
        char c = 0;
        bool markup = false;
        while (i < n) {
            c = fmt[i++];
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        if (!markup) {
            out.append(fmt.substr(start));
            return;
        }
        bool at_end = i >= n;
        if (c == '}' && (at_end || fmt[i] != '}'))
            raise_msg(Exc_ValueError, "Single '}' encountered in format string");
        if (c == '{' && at_end) raise_msg(Exc_ValueError, "Single '{' encountered in format string");
        out.append(fmt.substr(start, i - 1 - start));
        if (fmt[i] == c) {  // "{{" or "}}": one literal brace
            out += c;
            i++;
            continue;
        }
        render_field(fmt, &i, src, depth, out);
    }
}

Obj str_format_method(Object* fmt, Object* const* args, size_t nargs, Object* kwnames) {
    FieldSource src;
    src.args = args;
    src.nargs = nargs;
    src.kwnames = kwnames;
    std::string out;
    render_format(str_view(fmt), src, 2, out);
    return str_new(out);
}

static Obj str_format_map(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("format_map", nargs, kwnames, 1, 1);
    FieldSource src;
    src.mapping = args[0];
    std::string out;
    render_format(str_view(self), src, 2, out);
    return str_new(out);
}

static Obj str_format_dunder(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    check_nargs("__format__", nargs, kwnames, 1, 1);
    if (!is_str(args[0]))
        raise_fmt(Exc_TypeError, "__format__() argument must be str, not %.200s", type_name(args[0]));
    if (str_view(args[0]).empty()) return str(self);
    return format_str(self, str_view(args[0]));
}

void str_add_format_methods() {
    add_methods(&Str_Type, {
        {"format", str_format_method, "Return a formatted version of the string, using substitutions from args and kwargs."},
        {"format_map", str_format_map, "Return a formatted version of the string, using substitutions from mapping."},
        {"__format__", str_format_dunder, "Return a formatted version of the string as described by format_spec."},
    });
}

// ───────────────────────────── "fmt" % args ─────────────────────────────

enum PercentFlags { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

// The values a %-format consumes: the items of a tuple, or the right operand itself.  With a
// mapping on the right, "%(key)s" looks keys up in it.  (CPython's unicode_formatter_t.)
struct PercentArgs {
    Object* args;
    int64_t arglen, argidx;      // arglen -1: a single value (argidx -2 unused, -1 used)
    Object* dict = nullptr;
    Obj keyed;                   // the value of the last %(key)
    bool bytes = false;          // b"fmt" % args: text is bytes, %s takes bytes (PEP 461)
    Object* next() {
        if (argidx < arglen) {
            int64_t k = argidx++;
            return arglen < 0 ? args : tuple_item(args, static_cast<size_t>(k));
        }
        raise_msg(Exc_TypeError, "not enough arguments for format string");
    }
};

// One parsed conversion: flags, width, precision and the conversion character.
struct PercentSpec {
    int flags = 0;
    int64_t width = -1, prec = -1;
    uint32_t ch = 0;
};

// The int for %d %i %u (int() of any real number) or %o %x %X (__index__ only).
static Obj percent_int_arg(Object* v, uint32_t ch) {
    if (is_int(v)) return newref(v);
    TypeObject* t = type_of(v);
    bool integer_only = ch == 'o' || ch == 'x' || ch == 'X';
    if (integer_only) {
        if (t->nb_index) return number_index(v);
        raise_fmt(Exc_TypeError, "%%%c format: an integer is required, not %.200s", char(ch), type_name(v));
    }
    if (is_float(v)) return int_from_double(std::trunc(float_value(v)));
    if (t->nb_int) return t->nb_int(v);
    if (t->nb_index) return number_index(v);
    raise_fmt(Exc_TypeError, "%%%c format: a real number is required, not %.200s", char(ch), type_name(v));
}

// Digits of an int for %d/%o/%x/%X with the precision as a minimum digit count; the sign
// stays in front ("-005"), the '#' prefix is separate.
static std::string percent_int_text(Object* v, const PercentSpec& ps, std::string* prefix) {
    Obj i = percent_int_arg(v, ps.ch);
    int base = ps.ch == 'o' ? 8 : (ps.ch == 'x' || ps.ch == 'X') ? 16 : 10;
    std::string text = int_to_string(i.get(), base);
    bool negative = text[0] == '-';
    std::string digits = text.substr(negative ? 1 : 0);
    if (base != 10) {
        if (ps.flags & F_ALT) *prefix = digits.substr(0, 2);
        digits.erase(0, 2);
    }
    if (ps.prec > static_cast<int64_t>(digits.size())) digits.insert(0, ps.prec - digits.size(), '0');
    if (ps.ch == 'X') {
        for (char& c : digits) c = char(std::toupper(static_cast<unsigned char>(c)));
        for (char& c : *prefix) c = char(std::toupper(static_cast<unsigned char>(c)));
    }
    return (negative ? "-" : "") + digits;
}

static std::string percent_float_text(Object* v, const PercentSpec& ps) {
    double x = as_double(v);
    bool upper = ps.ch == 'E' || ps.ch == 'F' || ps.ch == 'G';
    char code = static_cast<char>(upper ? ps.ch + 32 : ps.ch);
    int prec = ps.prec < 0 ? 6 : static_cast<int>(std::min<int64_t>(ps.prec, INT_MAX));
    std::string text = float_short_text(x, code, prec, false, ps.flags & F_ALT);
    if (upper)
        for (char& c : text) c = char(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

// A number with its sign, '#' prefix and width: zeros go between prefix and digits with '0'.
static void percent_output_number(std::string text, const std::string& prefix, const PercentSpec& ps,
                                  std::string& out) {
    std::string sign;
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        sign = text.substr(0, 1);
        text.erase(0, 1);
    } else if (ps.flags & F_SIGN) {
        sign = "+";
    } else if (ps.flags & F_BLANK) {
        sign = " ";
    }
    int64_t len = static_cast<int64_t>(sign.size() + prefix.size() + text.size());
    int64_t pad = ps.width > len ? ps.width - len : 0;
    if (ps.flags & F_LJUST) {
        out += sign + prefix + text;
        out.append(static_cast<size_t>(pad), ' ');
    } else if (ps.flags & F_ZERO) {
        out += sign + prefix;
        out.append(static_cast<size_t>(pad), '0');
        out += text;
    } else {
        out.append(static_cast<size_t>(pad), ' ');
        out += sign + prefix + text;
    }
}

// Text (%s %r %a %c): the precision cuts, the width pads with spaces.
static void percent_output_text(std::string_view text, const PercentSpec& ps, bool cut, std::string& out,
                                bool bytes = false) {
    size_t length = bytes ? text.size() : count_code_points(text);  // widths count bytes in bytes
    if (cut && ps.prec >= 0 && static_cast<size_t>(ps.prec) < length) {
        text = text.substr(0, bytes ? static_cast<size_t>(ps.prec) : prefix_bytes(text, static_cast<size_t>(ps.prec)));
        length = static_cast<size_t>(ps.prec);
    }
    size_t pad = ps.width > static_cast<int64_t>(length) ? static_cast<size_t>(ps.width) - length : 0;
    if (!(ps.flags & F_LJUST)) out.append(pad, ' ');
    out += text;
    if (ps.flags & F_LJUST) out.append(pad, ' ');
}

static std::string percent_char(Object* v) {
    if (is_str(v)) {
        size_t len = as_str(v)->length;
        if (len != 1)
            raise_fmt(Exc_TypeError, "%%c requires an int or a unicode character, not a string of length %zu", len);
        return std::string(str_view(v));
    }
    if (!is_int(v))
        raise_fmt(Exc_TypeError, "%%c requires an int or a unicode character, not %.200s", type_name(v));
    int64_t x = int_is_small(v) ? int_as_i64(v) : -1;
    if (x < 0 || x > 0x10FFFF) raise_msg(Exc_OverflowError, "%c arg not in range(0x110000)");
    std::string s;
    utf8_append(s, static_cast<uint32_t>(x));
    return s;
}

// The bytes for %s / %b in a bytes format: a bytes-like object, or what __bytes__ returns.
static std::string percent_bytes_arg(Object* v) {
    if (is_bytes_like(v)) return bytes_like_contents(v);
    if (!is_str(v))
        if (Obj f = lookup_type_attr(type_of(v), intern_cstr("__bytes__"))) {
            Obj b = call1(f.get(), v);
            if (is_bytes(b.get())) return std::string(bytes_view(b.get()));
            raise_fmt(Exc_TypeError, "__bytes__ returned non-bytes (type %.200s)", type_name(b.get()));
        }
    raise_fmt(Exc_TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%.200s'",
              type_name(v));
}

// %c in a bytes format: an int in range(256) or one byte.
static std::string percent_byte_char(Object* v) {
    if (is_bytes_like(v)) {
        std::string b = bytes_like_contents(v);
        if (b.size() != 1)
            raise_fmt(Exc_TypeError, "%%c requires an integer in range(256) or a single byte, not a %s object of length %zu",
                      type_name(v), b.size());
        return b;
    }
    if (!is_int(v))
        raise_fmt(Exc_TypeError, "%%c requires an integer in range(256) or a single byte, not %.200s", type_name(v));
    int64_t x = int_is_small(v) ? int_as_i64(v) : -1;
    if (x < 0 || x > 255) raise_msg(Exc_OverflowError, "%c arg not in range(256)");
    return std::string(1, char(x));
}

// Formats one conversion (the value is taken from pa) onto out.
static void percent_convert(const PercentSpec& ps, PercentArgs& pa, std::string_view fmt, size_t ch_pos,
                            std::string& out) {
    Object* v = pa.next();
    if (pa.bytes) {  // the conversions whose meaning differs for bytes (PEP 461)
        switch (ps.ch) {
        case 's': case 'b':
            percent_output_text(percent_bytes_arg(v), ps, true, out, true);
            return;
        case 'r': case 'a': {
            Obj t = convert_field(v, 'a');  // ascii(): the result must be ASCII to be bytes
            percent_output_text(str_view(t.get()), ps, true, out, true);
            return;
        }
        case 'c':
            percent_output_text(percent_byte_char(v), ps, false, out, true);
            return;
        default:
            break;
        }
    }
    switch (ps.ch) {
    case 's': case 'r': case 'a': {
        if (ps.ch == 's' && is_exact_str(v) && ps.width < 0 && ps.prec < 0) {
            out += str_view(v);
            return;
        }
        Obj t = ps.ch == 's' ? str(v) : ps.ch == 'r' ? repr(v) : convert_field(v, 'a');
        percent_output_text(str_view(t.get()), ps, true, out);
        return;
    }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        std::string prefix;
        std::string text = percent_int_text(v, ps, &prefix);
        percent_output_number(std::move(text), prefix, ps, out);
        return;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        percent_output_number(percent_float_text(v, ps), "", ps, out);
        return;
    case 'c':
        percent_output_text(percent_char(v), ps, false, out);
        return;
    default: {
        uint32_t c = ps.ch;
        raise_fmt(Exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                  (c >= 31 && c <= 126) ? char(c) : '?', c, count_code_points(fmt.substr(0, ch_pos)));
    }
    }
}

// An int argument for a '*' width or precision.
static int64_t star_value(PercentArgs& pa) {
    Object* v = pa.next();
    if (!is_int(v)) raise_msg(Exc_TypeError, "* wants int");
    return int_as_i64(v);
}

// Reads a run of digits for a width or precision.
static int64_t percent_number(std::string_view fmt, size_t* i, const char* too_big) {
    int64_t v = 0;
    while (*i < fmt.size() && fmt[*i] >= '0' && fmt[*i] <= '9') {
        int d = fmt[*i] - '0';
        if (v > (INT_MAX - d) / 10) raise_msg(Exc_ValueError, too_big);
        v = v * 10 + d;
        ++*i;
    }
    return v;
}

// Parses and formats the conversion starting just after a '%' at fmt[*pos].
static void percent_one(std::string_view fmt, size_t* pos, PercentArgs& pa, std::string& out) {
    size_t i = *pos, n = fmt.size();
    auto incomplete = [] { raise_msg(Exc_ValueError, "incomplete format"); };
    if (i >= n) incomplete();
    if (fmt[i] == '%') {
        out += '%';
        *pos = i + 1;
        return;
    }
    if (fmt[i] == '(') {  // %(key)s: the value comes from the mapping
        if (!pa.dict) raise_msg(Exc_TypeError, "format requires a mapping");
        size_t start = ++i;
        int depth = 1;
        while (i < n && depth > 0) {
            if (fmt[i] == '(') depth++;
            else if (fmt[i] == ')') depth--;
            i++;
        }
        if (depth > 0) raise_msg(Exc_ValueError, "incomplete format key");
        Obj key = pa.bytes ? bytes_from(fmt.substr(start, i - 1 - start)) : str_new(fmt.substr(start, i - 1 - start));
        pa.keyed = getitem(pa.dict, key.get());
        pa.args = pa.keyed.get();
        pa.arglen = -1;
        pa.argidx = -2;
    }
    PercentSpec ps;
    for (; i < n; i++) {
        char c = fmt[i];
        if (c == '-') ps.flags |= F_LJUST;
        else if (c == '+') ps.flags |= F_SIGN;
        else if (c == ' ') ps.flags |= F_BLANK;
        else if (c == '#') ps.flags |= F_ALT;
        else if (c == '0') ps.flags |= F_ZERO;
        else break;
    }
    if (i < n && fmt[i] == '*') {
        ps.width = star_value(pa);
        if (ps.width < 0) {
            ps.flags |= F_LJUST;
            ps.width = -ps.width;
        }
        i++;
    } else if (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
        ps.width = percent_number(fmt, &i, "width too big");
    }
    if (i < n && fmt[i] == '.') {
        i++;
        ps.prec = 0;
        if (i < n && fmt[i] == '*') {
            ps.prec = std::max<int64_t>(star_value(pa), 0);
            i++;
        } else {
            ps.prec = percent_number(fmt, &i, "precision too big");
        }
    }
    if (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;  // C length modifiers: ignored
    if (i >= n) incomplete();
    int len = 1;
    if (pa.bytes) ps.ch = static_cast<unsigned char>(fmt[i]);
    else ps.ch = utf8_decode(fmt.data() + i, &len);
    size_t ch_pos = i;
    *pos = i + len;
    percent_convert(ps, pa, fmt, ch_pos, out);
}

// "fmt" % args and b"fmt" % args (PEP 461): one driver; the text is UTF-8 or raw bytes.
static std::string percent_format(std::string_view f, Object* args, bool bytes) {
    PercentArgs pa;
    pa.bytes = bytes;
    pa.args = args;
    if (is_tuple(args)) {
        pa.arglen = static_cast<int64_t>(tuple_size(args));
        pa.argidx = 0;
    } else {
        pa.arglen = -1;
        pa.argidx = -2;
    }
    // CPython's PyMapping_Check: anything subscriptable except tuples and strs (and, for a
    // bytes format, bytes and bytearrays).
    if (!is_tuple(args) && !is_str(args) && !(bytes && is_bytes_like(args)) && type_of(args)->getitem) pa.dict = args;
    std::string out;
    out.reserve(f.size() + 16);
    size_t i = 0;
    while (i < f.size()) {
        size_t pct = f.find('%', i);
        if (pct == std::string_view::npos) {
            out.append(f.substr(i));
            break;
        }
        out.append(f.substr(i, pct - i));
        i = pct + 1;
        percent_one(f, &i, pa, out);
    }
    if (pa.argidx < pa.arglen && !pa.dict)
        raise_fmt(Exc_TypeError, "not all arguments converted during %s formatting", bytes ? "bytes" : "string");
    return out;
}

Obj str_percent_format(Object* fmt, Object* args) { return str_new(percent_format(str_view(fmt), args, false)); }

std::string bytes_percent_format(std::string_view fmt, Object* args) { return percent_format(fmt, args, true); }
