// str.cpp — the str object: building strings, interning, hashing, repr, and the str type's slots.
//
// What this step does: every Python string in minipy is a StrObject (minipy.h) holding UTF-8
// bytes.  This file creates them (str_new, str_alloc, str_from_codepoint), shares the common ones
// (the interned table, the one-character cache), and implements the protocols of the str type:
// repr, hash, comparison, +, *, %, len, s[i], s[a:b:c], `x in s`, iteration and str(x).
// In: UTF-8 bytes or other objects.  Out: new StrObjects.
//
// Two representation facts drive the code:
//   * `ascii` strings (every byte < 0x80) have length == size, so s[i] is the byte at i: O(1).
//     Other strings find code point i by walking the bytes (str_offset).
//   * UTF-8 byte order equals code point order, so comparisons are a memcmp.
//
// Hashing: CPython randomises str hashes per process (PYTHONHASHSEED) to defend web servers
// against hash-flooding attacks; that makes set iteration order change between runs.  minipy
// instead uses a fixed FNV-1a hash so that teaching output is reproducible run after run.
//
// Read next: str_methods.cpp (split, join, strip ...), format.cpp (str.format and %).
#include <algorithm>
#include <mutex>
#include <unordered_map>

#include "str_internal.h"

TypeObject Str_Type;

// ───────────────────────────── UTF-8 helpers ─────────────────────────────

size_t utf8_length(const char* p, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++) count += !utf8_is_continuation(static_cast<unsigned char>(p[i]));
    return count;
}

size_t str_offset(Object* s, size_t index) {
    StrObject* p = as_str(s);
    if (p->ascii) return index;
    if (index >= p->length) return p->size;
    // Walk lead bytes; every byte that is not a continuation starts a new code point.
    size_t seen = 0;
    for (size_t i = 0; i < p->size; i++) {
        if (!utf8_is_continuation(static_cast<unsigned char>(p->data[i]))) {
            if (seen == index) return i;
            seen++;
        }
    }
    return p->size;
}

// ───────────────────────────── Allocation ─────────────────────────────

Ref<StrObject> str_alloc(size_t size, size_t length, bool ascii) {
    Ref<StrObject> s = alloc_object<StrObject>(&Str_Type, size + 1);  // +1: the NUL
    s->size = size;
    s->length = length;
    s->ascii = ascii;
    return s;
}

// A fresh (never shared) exact str holding bytes p[0..n).
static Ref<StrObject> str_copy_bytes(const char* p, size_t n, size_t length, bool ascii) {
    Ref<StrObject> s = str_alloc(n, length, ascii);
    if (n) std::memcpy(s->data, p, n);
    return s;
}

static bool bytes_are_ascii(const char* p, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (static_cast<unsigned char>(p[i]) >= 0x80) return false;
    return true;
}

// ───────────────────────────── Interning ─────────────────────────────
//
// An interned string is the one shared, immortal object for its text.  Names (attributes,
// globals, keywords) are interned so that dict lookups can compare pointers before bytes.
// The table is global, so a mutex guards it.  type_ready() interns method names before
// init_str() has run: that is fine, because making a str only needs allocation (Str_Type's
// slots are not used to build one).  Function-local statics sidestep static-init order.
namespace {
struct InternTable {
    std::mutex lock;
    std::unordered_map<std::string_view, StrObject*> map;  // keys view the strs' own bytes
};
InternTable& intern_table() {
    static InternTable* table = new InternTable;  // never destroyed: interned strs are immortal
    return *table;
}
}  // namespace

Obj intern(std::string_view s) {
    InternTable& t = intern_table();
    std::lock_guard<std::mutex> guard(t.lock);
    auto it = t.map.find(s);
    if (it != t.map.end()) return Obj::steal(it->second);  // immortal: no incref needed
    bool ascii = bytes_are_ascii(s.data(), s.size());
    StrObject* o = str_copy_bytes(s.data(), s.size(), ascii ? s.size() : utf8_length(s.data(), s.size()), ascii).release();
    o->interned = true;
    make_immortal(o);
    t.map.emplace(std::string_view(o->data, o->size), o);
    return Obj::steal(o);
}

Object* intern_cstr(const char* s) { return intern(s).release(); }

Obj str_empty() {
    static Object* empty = intern_cstr("");
    return Obj::steal(empty);
}

// The 256 one-character strings U+0000..U+00FF are interned once and reused: iterating over a
// string or indexing it then allocates nothing for the common characters.
static StrObject* const* latin1_chars() {
    struct Table {
        StrObject* chars[256];
        Table() {
            for (uint32_t c = 0; c < 256; c++) {
                char buf[4];
                int n = utf8_encode(c, buf);
                chars[c] = as_str(intern(std::string_view(buf, size_t(n))).release());
            }
        }
    };
    static Table table;  // C++ guarantees thread-safe one-time construction
    return table.chars;
}

// ───────────────────────────── Constructors ─────────────────────────────

Obj str_new(std::string_view utf8) {
    size_t n = utf8.size();
    if (n == 0) return str_empty();
    if (n == 1 && static_cast<unsigned char>(utf8[0]) < 0x80)
        return Obj::steal(latin1_chars()[static_cast<unsigned char>(utf8[0])]);
    bool ascii = bytes_are_ascii(utf8.data(), n);
    return str_copy_bytes(utf8.data(), n, ascii ? n : utf8_length(utf8.data(), n), ascii);
}

Obj str_from_string(const std::string& s) { return str_new(s); }

Obj str_from_codepoint(uint32_t cp) {
    if (cp < 256) return Obj::steal(latin1_chars()[cp]);
    char buf[4];
    int n = utf8_encode(cp, buf);
    return str_copy_bytes(buf, size_t(n), 1, false);
}

Obj str_slice_bytes(Object* s, size_t begin, size_t end) {
    StrObject* p = as_str(s);
    if (begin == 0 && end == p->size && is_exact_str(s)) return newref(s);
    size_t n = end - begin;
    if (p->ascii) {
        if (n == 0) return str_empty();
        if (n == 1) return Obj::steal(latin1_chars()[static_cast<unsigned char>(p->data[begin])]);
        return str_copy_bytes(p->data + begin, n, n, true);
    }
    return str_new(std::string_view(p->data + begin, n));
}

// ───────────────────────────── Hash and equality ─────────────────────────────

int64_t str_hash(Object* s) {
    StrObject* p = as_str(s);
    std::atomic_ref<int64_t> cached(p->hash);  // several threads may fill the cache: same value
    int64_t h = cached.load(std::memory_order_relaxed);
    if (h != -1) return h;
    // FNV-1a, 64 bits: xor in each byte, then multiply by the FNV prime.
    uint64_t x = 14695981039346656037ull;
    for (size_t i = 0; i < p->size; i++) {
        x ^= static_cast<unsigned char>(p->data[i]);
        x *= 1099511628211ull;
    }
    h = static_cast<int64_t>(x);
    if (h == -1) h = -2;  // -1 means "not computed" (and is the C API's error value)
    cached.store(h, std::memory_order_relaxed);
    return h;
}

bool str_equal(Object* a, Object* b) {
    if (a == b) return true;
    StrObject *x = as_str(a), *y = as_str(b);
    if (x->size != y->size) return false;
    if (x->interned && y->interned) return false;  // one object per interned text
    return std::memcmp(x->data, y->data, x->size) == 0;
}

// ───────────────────────────── Concatenation, join, repetition ─────────────────────────────

Obj str_concat(Object* a, Object* b) {
    StrObject *x = as_str(a), *y = as_str(b);
    if (y->size == 0 && is_exact_str(a)) return newref(a);
    if (x->size == 0 && is_exact_str(b)) return newref(b);
    Ref<StrObject> r = str_alloc(x->size + y->size, x->length + y->length, x->ascii && y->ascii);
    std::memcpy(r->data, x->data, x->size);
    std::memcpy(r->data + x->size, y->data, y->size);
    return r;
}

Obj str_join(Object* sep, Object* iterable) {
    // Get the items as an array: lists and tuples directly, anything else via a list.
    Obj holder;
    Object* const* items;
    size_t n;
    if (is_list(iterable) && multithreaded.load(std::memory_order_relaxed)) {
        // Another thread may change the list while we read it: join a snapshot, taken under the
        // list's lock (the items are read directly, as for any list, not through __iter__).
        holder = list_new(0);
        CriticalSection cs(iterable);
        for (Object* v : list_items(iterable)) { incref(v); list_items(holder.get()).push_back(v); }
    } else if (is_list(iterable) || is_tuple(iterable)) {
        holder = newref(iterable);
    } else {
        Obj it;
        try {
            it = get_iter(iterable);
        } catch (PyError&) {
            Obj e = fetch_exception();
            if (!exception_matches(e.get(), (Object*)Exc_TypeError)) raise(e.get());
            raise_msg(Exc_TypeError, "can only join an iterable");
        }
        holder = list_from_iterable(it.get());
    }
    if (is_list(holder.get())) {
        items = list_items(holder.get()).data();
        n = list_items(holder.get()).size();
    } else {
        items = static_cast<TupleObject*>(holder.get())->items;
        n = tuple_size(holder.get());
    }
    if (n == 0) return str_empty();
    if (n == 1 && is_exact_str(items[0])) return newref(items[0]);
    // Pass 1: check the items and add up the sizes.  Pass 2: copy the bytes.
    StrObject* s = as_str(sep);
    size_t size = s->size * (n - 1), len = s->length * (n - 1);
    bool ascii = s->ascii;
    for (size_t i = 0; i < n; i++) {
        if (!is_str(items[i]))
            raise_fmt(Exc_TypeError, "sequence item %zu: expected str instance, %s found", i, type_name(items[i]));
        StrObject* p = as_str(items[i]);
        size += p->size;
        len += p->length;
        ascii = ascii && p->ascii;
    }
    Ref<StrObject> r = str_alloc(size, len, ascii);
    char* out = r->data;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && s->size) { std::memcpy(out, s->data, s->size); out += s->size; }
        StrObject* p = as_str(items[i]);
        std::memcpy(out, p->data, p->size);
        out += p->size;
    }
    return r;
}

static Obj str_repeat(Object* s, int64_t n) {
    StrObject* p = as_str(s);
    if (n <= 0 || p->size == 0) return str_empty();
    if (n == 1 && is_exact_str(s)) return newref(s);
    if (p->size > size_t(INT64_MAX) / size_t(n)) raise_msg(Exc_OverflowError, "repeated string is too long");
    Ref<StrObject> r = str_alloc(p->size * size_t(n), p->length * size_t(n), p->ascii);
    if (p->size == 1) {
        std::memset(r->data, p->data[0], size_t(n));
    } else {
        // Doubling: copy what is already there, so the number of memcpy calls is O(log n).
        std::memcpy(r->data, p->data, p->size);
        size_t done = p->size, total = r->size;
        while (done < total) {
            size_t chunk = std::min(done, total - done);
            std::memcpy(r->data + done, r->data, chunk);
            done += chunk;
        }
    }
    return r;
}

// ───────────────────────────── repr ─────────────────────────────

static const char HEX[] = "0123456789abcdef";

static void append_hex_escape(std::string& out, char kind, uint32_t cp, int digits) {
    out += '\\';
    out += kind;
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += HEX[(cp >> shift) & 0xF];
}

// CPython's rules: single quotes unless the text has ' and no ", in which case double quotes;
// backslash, the chosen quote, \t \n \r are escaped; other control characters and
// non-printable code points become \xNN, \uNNNN or \UNNNNNNNN.
std::string str_repr_of(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out += quote;
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            i++;
            if (c == uint8_t(quote) || c == '\\') { out += '\\'; out += char(c); }
            else if (c == '\t') out += "\\t";
            else if (c == '\n') out += "\\n";
            else if (c == '\r') out += "\\r";
            else if (c < 0x20 || c == 0x7F) append_hex_escape(out, 'x', c, 2);
            else out += char(c);
            continue;
        }
        int len;
        uint32_t cp = utf8_decode(s.data() + i, &len);
        if (uni_is_printable(cp)) out.append(s.data() + i, size_t(len));
        else if (cp < 0x100) append_hex_escape(out, 'x', cp, 2);
        else if (cp < 0x10000) append_hex_escape(out, 'u', cp, 4);
        else append_hex_escape(out, 'U', cp, 8);
        i += size_t(len);
    }
    out += quote;
    return out;
}

// ───────────────────────────── The type's slots ─────────────────────────────

static Obj str_repr_slot(Object* s) { return str_new(str_repr_of(str_view(s))); }

// str(s) of a str subclass instance is a plain str with the same text.
static Obj str_str_slot(Object* s) {
    if (is_exact_str(s)) return newref(s);
    StrObject* p = as_str(s);
    return str_copy_bytes(p->data, p->size, p->length, p->ascii);
}

static int64_t str_hash_slot(Object* s) { return str_hash(s); }

static Obj str_richcompare(Object* a, Object* b, int op) {
    if (!is_str(a) || !is_str(b)) return newref(Py_NotImplemented);
    if (op == CMP_EQ) return bool_ref(str_equal(a, b));
    if (op == CMP_NE) return bool_ref(!str_equal(a, b));
    StrObject *x = as_str(a), *y = as_str(b);
    int c = std::memcmp(x->data, y->data, std::min(x->size, y->size));
    if (c == 0) c = x->size < y->size ? -1 : x->size > y->size ? 1 : 0;
    switch (op) {
        case CMP_LT: return bool_ref(c < 0);
        case CMP_LE: return bool_ref(c <= 0);
        case CMP_GT: return bool_ref(c > 0);
        default: return bool_ref(c >= 0);
    }
}

// The repetition count of s * n: anything with __index__; OverflowError past int64.
static int64_t repeat_count(Object* n) {
    if (!type_of(n)->nb_index)
        raise_fmt(Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(n));
    Obj i = number_index(n);
    if (!int_is_small(i.get())) raise_msg(Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return int_as_i64(i.get());
}

// CPython tries both operands' number methods before str's sequence methods, so a user class
// on the right with __radd__ / __rmul__ gets its chance first (binary_op calls the left type's
// slot first: when str is on the right, the left operand has already had its turn).  Built-in
// types never handle str, so only user classes are asked.
static Obj try_right_operand(Object* a, Object* b, int op) {
    TypeObject* t = type_of(b);
    if (is_str(a) && (t->flags & TPF_HEAPTYPE) && t->binary && !is_str(b)) return t->binary(a, b, op);
    return newref(Py_NotImplemented);
}

static Obj str_binary(Object* a, Object* b, int op) {
    switch (op) {
        case NB_ADD: {
            if (!is_str(a)) return newref(Py_NotImplemented);
            if (is_str(b)) return str_concat(a, b);
            Obj r = try_right_operand(a, b, op);
            if (r.get() != Py_NotImplemented) return r;
            raise_fmt(Exc_TypeError, "can only concatenate str (not \"%s\") to str", type_name(b));
        }
        case NB_MULTIPLY: {
            if (is_str(a) && is_str(b)) raise_msg(Exc_TypeError, "can't multiply sequence by non-int of type 'str'");
            Object* s = is_str(a) ? a : b;
            Object* n = is_str(a) ? b : a;
            Obj r = try_right_operand(a, b, op);
            if (r.get() != Py_NotImplemented) return r;
            return str_repeat(s, repeat_count(n));
        }
        case NB_REMAINDER:
            if (!is_str(a)) return newref(Py_NotImplemented);
            return str_percent_format(a, b);
        default:
            return newref(Py_NotImplemented);
    }
}

static int64_t str_len_slot(Object* s) { return int64_t(as_str(s)->length); }
static int str_truth(Object* s) { return as_str(s)->size != 0; }

// Code point `index` as a 1-character str (index already checked: 0 <= index < length).
static Obj char_at(Object* s, size_t index) {
    StrObject* p = as_str(s);
    if (p->ascii) return Obj::steal(latin1_chars()[static_cast<unsigned char>(p->data[index])]);
    size_t off = str_offset(s, index);
    int len;
    return str_from_codepoint(utf8_decode(p->data + off, &len));
}

static Obj str_slice(Object* s, Object* slice) {
    StrObject* p = as_str(s);
    int64_t start, stop, step, count;
    slice_indices(slice, int64_t(p->length), &start, &stop, &step, &count);
    if (count <= 0) return str_empty();
    if (step == 1) return str_slice_bytes(s, str_offset(s, size_t(start)), str_offset(s, size_t(stop)));
    if (p->ascii) {
        Ref<StrObject> r = str_alloc(size_t(count), size_t(count), true);
        for (int64_t k = 0, i = start; k < count; k++, i += step) r->data[k] = p->data[i];
        if (count == 1) return str_new(std::string_view(r->data, 1));  // the shared 1-char str
        return r;
    }
    // Non-ASCII with a step: find every code point's byte offset once, then gather.
    std::vector<size_t> offsets;
    offsets.reserve(p->length + 1);
    for (size_t i = 0; i < p->size; i++)
        if (!utf8_is_continuation(static_cast<unsigned char>(p->data[i]))) offsets.push_back(i);
    offsets.push_back(p->size);
    std::string out;
    for (int64_t k = 0, i = start; k < count; k++, i += step)
        out.append(p->data + offsets[size_t(i)], offsets[size_t(i) + 1] - offsets[size_t(i)]);
    return str_new(out);
}

static Obj str_getitem(Object* s, Object* key) {
    if (type_of(key) == &Slice_Type) return str_slice(s, key);
    if (!is_int(key) && !type_of(key)->nb_index)
        raise_fmt(Exc_TypeError, "string indices must be integers, not '%s'", type_name(key));
    Obj i = number_index(key);
    if (!int_is_small(i.get())) raise_msg(Exc_IndexError, "cannot fit 'int' into an index-sized integer");
    int64_t index = int_as_i64(i.get());
    int64_t n = int64_t(as_str(s)->length);
    if (index < 0) index += n;
    if (index < 0 || index >= n) raise_msg(Exc_IndexError, "string index out of range");
    return char_at(s, size_t(index));
}

static int str_contains(Object* s, Object* v) {
    if (!is_str(v))
        raise_fmt(Exc_TypeError, "'in <string>' requires string as left operand, not %s", type_name(v));
    return str_view(s).find(str_view(v)) != std::string_view::npos;
}

// ───────────────────────────── Iteration ─────────────────────────────
//
// Two iterator types, as in CPython: ASCII strings step one byte at a time.
namespace {
struct StrIterObject : Object {
    Object* str = nullptr;  // owned; null once exhausted
    size_t pos = 0;         // byte offset of the next character
};
TypeObject StrIter_Type, StrAsciiIter_Type;
}  // namespace

static void str_iter_dealloc(Object* o) {
    xdecref(static_cast<StrIterObject*>(o)->str);
    dealloc_as<StrIterObject>(o);
}

static Obj str_iter(Object* s) {
    TypeObject* t = as_str(s)->ascii ? &StrAsciiIter_Type : &StrIter_Type;
    Ref<StrIterObject> it = alloc_object<StrIterObject>(t);
    incref(s);
    it->str = s;
    return it;
}

static Obj self_iter(Object* it) { return newref(it); }

static Obj str_iter_next(Object* o) {
    StrIterObject* it = static_cast<StrIterObject*>(o);
    if (!it->str) return nullptr;
    StrObject* p = as_str(it->str);
    if (it->pos >= p->size) {
        Object* s = it->str;
        it->str = nullptr;  // drop the string as soon as we are done with it
        decref(s);
        return nullptr;
    }
    unsigned char c = static_cast<unsigned char>(p->data[it->pos]);
    if (c < 0x80) { it->pos++; return Obj::steal(latin1_chars()[c]); }
    int len;
    uint32_t cp = utf8_decode(p->data + it->pos, &len);
    it->pos += size_t(len);
    return str_from_codepoint(cp);
}

// ───────────────────────────── str(x) ─────────────────────────────

static Obj str_new_slot(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    if (nargs + nkw > 3) raise_fmt(Exc_TypeError, "str expected at most 3 arguments, got %zu", nargs + nkw);
    Object* slots[3] = {nargs > 0 ? args[0] : nullptr, nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr};
    static const char* const names[3] = {"object", "encoding", "errors"};
    for (size_t k = 0; k < nkw; k++) {
        std::string_view name = str_view(tuple_item(kwnames, k));
        int which = -1;
        for (int j = 0; j < 3; j++) if (name == names[j]) which = j;
        if (which < 0)
            raise_fmt(Exc_TypeError, "str() got an unexpected keyword argument '%.*s'", int(name.size()), name.data());
        if (slots[which])
            raise_fmt(Exc_TypeError, "argument for str() given by name ('%s') and position (%d)", names[which], which + 1);
        slots[which] = args[nargs + k];
    }
    Object* x = slots[0];
    Obj result;
    if (slots[1] || slots[2]) {
        // str(b, encoding[, errors]) is b.decode(encoding, errors) (codecs.cpp).
        if (!x) result = str_empty();
        else if (is_str(x)) raise_msg(Exc_TypeError, "decoding str is not supported");
        else if (!is_bytes_like(x)) raise_fmt(Exc_TypeError, "decoding to str: need a bytes-like object, %s found", type_name(x));
        else result = bytes_decode_to_str(bytes_like_contents(x), slots[1], slots[2]);
    } else {
        result = x ? str(x) : str_empty();
    }
    if (type == &Str_Type) return result;
    // A subclass instance: same bytes, the subclass's type.
    StrObject* p = as_str(result.get());
    // Room for the text, and after it (aligned) the dict slot (instance_dict_slot).
    size_t dict_slot = type->dictoffset ? 7 + sizeof(Object*) : 0;
    Ref<StrObject> r = alloc_object<StrObject>(type, p->size + 1 + dict_slot);
    std::memcpy(r->data, p->data, p->size);
    r->size = p->size;
    r->length = p->length;
    r->ascii = p->ascii;
    return r;
}

// ───────────────────────────── Setup ─────────────────────────────

static void init_iter_type(TypeObject* t, const char* name) {
    t->dealloc = str_iter_dealloc;
    t->iter = self_iter;
    t->iternext = str_iter_next;
    type_ready(t, name, &Object_Type, sizeof(StrIterObject));
}

void init_str() {
    Str_Type.flags |= TPF_STR_SUBCLASS | TPF_BASETYPE;
    Str_Type.dealloc = dealloc_as<StrObject>;
    Str_Type.repr = str_repr_slot;
    Str_Type.str = str_str_slot;
    Str_Type.hash = str_hash_slot;
    Str_Type.richcompare = str_richcompare;
    Str_Type.binary = str_binary;
    Str_Type.len = str_len_slot;
    Str_Type.getitem = str_getitem;
    Str_Type.contains = str_contains;
    Str_Type.iter = str_iter;
    Str_Type.truth = str_truth;
    Str_Type.new_ = str_new_slot;
    type_ready(&Str_Type, "str", &Object_Type, sizeof(StrObject));
    Str_Type.flags |= TPF_STR_SUBCLASS | TPF_BASETYPE;
    init_iter_type(&StrIter_Type, "str_iterator");
    init_iter_type(&StrAsciiIter_Type, "str_ascii_iterator");
    str_add_methods();         // str_methods.cpp
    str_add_format_methods();  // format.cpp (registered last: its __format__ wins if it has one)
}
