// bytes.cpp — bytes and bytearray: sequences of small integers (0..255).
//
// What this step does: the two binary sequence types.  `bytes` is immutable and stores its
// bytes inline after the header, like str (minipy.h, BytesObject); `bytearray` is mutable and
// keeps a std::vector<uint8_t>.  Indexing gives an int (b"A"[0] == 65); slicing, + and * give
// the same type back.  Most methods are shared: each reads the contents as one byte string,
// computes, and builds a result of the receiver's type (bytes.upper() → bytes,
// bytearray.upper() → bytearray).  Text ↔ bytes conversion (str.encode, bytes.decode) lives in
// codecs.cpp.
//
// Threads: a bytearray is shared mutable state.  Every read copies the contents out under the
// object's critical section (threads.cpp) and works on the copy; every change happens inside
// the critical section.  No Python code runs while it is held (the arguments are converted
// first), so each operation is atomic, as in CPython's free-threaded build.
//
// Comes in: literals (b"..", compiled as constants), bytes(...)/bytearray(...) calls.  Goes
// out: the two types.  Read next: codecs.cpp.
#include "minipy.h"
#include "builtins.h"
#include "sequence.h"

#include <algorithm>

using namespace sequence_detail;

TypeObject Bytes_Type, ByteArray_Type;

namespace {

BytesObject* as_bytes(Object* o) { return static_cast<BytesObject*>(o); }
ByteArrayObject* as_ba(Object* o) { return static_cast<ByteArrayObject*>(o); }
bool is_ba(Object* o) { return is_subtype(type_of(o), &ByteArray_Type); }

// The contents of a bytes or bytearray (a copy taken under the lock for a bytearray).
std::string contents(Object* o) {
    if (is_bytes(o)) return std::string(bytes_view(o));
    CriticalSection cs(o);
    auto& v = as_ba(o)->items;
    return std::string(v.begin(), v.end());
}

// A result of the receiver's kind.
Obj like(Object* self, std::string_view data) { return is_ba(self) ? bytearray_from(data) : bytes_from(data); }

bool c_isspace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool c_isdigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool c_islower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool c_isupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool c_isalpha(unsigned char c) { return c_islower(c) || c_isupper(c); }

// One byte value from an int-like (ValueError outside 0..255).
uint8_t byte_value(Object* v) {
    Obj i = number_index(v);
    if (!int_is_small(i.get()) || int_as_i64(i.get()) < 0 || int_as_i64(i.get()) > 255)
        raise_msg(Exc_ValueError, "byte must be in range(0, 256)");
    return uint8_t(int_as_i64(i.get()));
}

// bytes(x) / bytearray(x): the bytes x stands for.
std::string bytes_source(Object* x, Object* encoding, Object* errors, const char* tname) {
    bool for_bytes = std::string_view(tname) == "bytes";
    if (for_bytes && !encoding && !errors && !is_bytes(x)) {
        if (Obj m = lookup_special(x, "__bytes__")) {  // checked first, as CPython does (even for int subclasses)
            Obj b = call0(m.get());
            if (!is_bytes(b.get())) raise_fmt(Exc_TypeError, "__bytes__ returned non-bytes (type %s)", type_name(b.get()));
            return std::string(bytes_view(b.get()));
        }
    }
    if (encoding || errors) {
        if (!is_str(x)) raise_msg(Exc_TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
        Obj b = str_encode_to_bytes(x, encoding, errors);
        return std::string(bytes_view(b.get()));
    }
    if (is_str(x)) raise_msg(Exc_TypeError, "string argument without an encoding");
    if (is_bytes(x) || is_ba(x)) return contents(x);
    std::string raw;
    if (array_buffer(x, &raw)) return raw;  // bytes(array('i', [1])): its machine bytes
    if (is_int(x) || type_of(x)->nb_index) {
        Obj n = number_index(x);
        if (!int_is_small(n.get())) raise_msg(Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        int64_t k = int_as_i64(n.get());
        if (k < 0) raise_msg(Exc_ValueError, "negative count");
        if (k > (int64_t(1) << 40)) raise_msg(Exc_MemoryError, "");  // more than any machine here has
        return std::string(size_t(k), '\0');
    }
    if (!type_of(x)->iter && !type_of(x)->getitem)
        raise_fmt(Exc_TypeError, "cannot convert '%s' object to %s", type_name(x), tname);
    Obj it = get_iter(x);
    std::string out;
    while (Obj v = iter_next(it.get())) {
        if (!is_int(v.get()) && !type_of(v.get())->nb_index)
            raise_fmt(Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(v.get()));
        Obj i = number_index(v.get());
        if (!int_is_small(i.get()) || int_as_i64(i.get()) < 0 || int_as_i64(i.get()) > 255)
            raise_msg(Exc_ValueError, "bytes must be in range(0, 256)");
        out += char(int_as_i64(i.get()));
    }
    return out;
}

// ───────────── construction, repr, hash, comparison ─────────────

Obj bytes_new_slot(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[3] = {};
    parse_args("bytes", args, nargs, kwnames, {"source", "encoding", "errors"}, 0, a);
    std::string data = a[0] ? bytes_source(a[0], a[1], a[2], "bytes") : std::string();
    if (type == &Bytes_Type) return bytes_from(data);
    // A subclass instance: the bytes, then (aligned) its dict slot (instance_dict_slot).
    size_t dict_slot = type->dictoffset ? 7 + sizeof(Object*) : 0;
    auto b = alloc_object<BytesObject>(type, data.size() + 1 + dict_slot);
    std::memcpy(b->data, data.data(), data.size());
    b->size = data.size();
    return b;
}

Obj bytearray_new_slot(TypeObject* type, Object* const*, size_t, Object*) {
    return alloc_object<ByteArrayObject>(type);
}

void bytearray_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[3] = {};
    parse_args("bytearray", args, nargs, kwnames, {"source", "encoding", "errors"}, 0, a);
    std::string data = a[0] ? bytes_source(a[0], a[1], a[2], "bytearray") : std::string();
    CriticalSection cs(self);
    as_ba(self)->items.assign(data.begin(), data.end());
}

void bytes_dealloc(Object* o) { dealloc_as<BytesObject>(o); }
void bytearray_dealloc(Object* o) { dealloc_as<ByteArrayObject>(o); }

// b'...' as CPython writes it: single quotes unless the bytes hold ' but no ".
std::string bytes_repr_text(std::string_view s) {
    char quote = (s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos) ? '"' : '\'';
    std::string out = "b";
    out += quote;
    for (unsigned char c : s) {
        if (c == quote || c == '\\') { out += '\\'; out += char(c); }
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || c >= 0x7f) out += strfmt("\\x%02x", c);
        else out += char(c);
    }
    out += quote;
    return out;
}

Obj bytes_repr(Object* o) { return str_new(bytes_repr_text(bytes_view(o))); }
Obj bytearray_repr(Object* o) {
    std::string name = type_of(o)->name;
    return str_new(name + "(" + bytes_repr_text(contents(o)) + ")");
}

int64_t bytes_hash(Object* o) {
    BytesObject* b = as_bytes(o);
    std::atomic_ref<int64_t> cached(b->hash);
    int64_t h = cached.load(std::memory_order_relaxed);
    if (h != -1) return h;
    uint64_t x = 14695981039346656037ull;  // FNV-1a, like str (so hash(b'a') == hash('a'))
    for (size_t i = 0; i < b->size; i++) {
        x ^= static_cast<unsigned char>(b->data[i]);
        x *= 1099511628211ull;
    }
    h = int64_t(x);
    if (h == -1) h = -2;
    cached.store(h, std::memory_order_relaxed);
    return h;
}

int64_t bytearray_unhashable(Object* o) { raise_fmt(Exc_TypeError, "unhashable type: '%s'", type_name(o)); }

Obj bytes_richcompare(Object* a, Object* b, int op) {
    bool ab = is_bytes(a) || is_ba(a), bb = is_bytes(b) || is_ba(b);
    if (!ab || !bb) return newref(Py_NotImplemented);
    std::string x = contents(a), y = contents(b);
    int c = x.compare(y);
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_EQ ? c == 0 : op == CMP_NE ? c != 0 : op == CMP_GT ? c > 0 : c >= 0;
    return bool_ref(r);
}

int64_t bytes_len(Object* o) { return is_bytes(o) ? int64_t(as_bytes(o)->size) : int64_t(contents(o).size()); }

// f(view of o's bytes): a bytes object's own buffer, or a bytearray's under its lock (so f
// must not run Python code).  Indexing and slicing then cost what they read, not len(o).
template <class F>
auto with_view(Object* o, F&& f) {
    if (is_bytes(o)) return f(bytes_view(o));
    CriticalSection cs(o);
    auto& v = as_ba(o)->items;
    return f(std::string_view(reinterpret_cast<const char*>(v.data()), v.size()));
}

Obj int_slice(Object* key);

Obj bytes_getitem(Object* o, Object* key) {
    if (type_of(key) == &Slice_Type) {
        Obj slice = int_slice(key);  // any __index__ runs now, before a lock is taken
        std::string out = with_view(o, [&](std::string_view s) {
            int64_t start, stop, step, count;
            slice_indices(slice.get(), int64_t(s.size()), &start, &stop, &step, &count);
            if (step == 1) return std::string(s.substr(size_t(start), size_t(count)));
            std::string r;
            r.reserve(size_t(count));
            for (int64_t k = 0, i = start; k < count; k++, i += step) r += s[size_t(i)];
            return r;
        });
        return like(o, out);
    }
    int64_t i = sequence_index(key, is_ba(o) ? "bytearray" : "byte");
    int byte = with_view(o, [&](std::string_view s) {
        int64_t j = i < 0 ? i + int64_t(s.size()) : i;
        return j < 0 || j >= int64_t(s.size()) ? -1 : int(static_cast<unsigned char>(s[size_t(j)]));
    });
    if (byte < 0) raise_msg(Exc_IndexError, is_ba(o) ? "bytearray index out of range" : "index out of range");
    return int_from_i64(byte);
}

// `x in b`: an int is one byte; bytes-like is a substring.
int bytes_contains(Object* o, Object* v) {
    if (is_bytes(v) || is_ba(v)) {
        std::string needle = contents(v);
        return with_view(o, [&](std::string_view s) { return s.find(needle) != std::string_view::npos; });
    }
    if (!is_int(v) && !type_of(v)->nb_index)
        raise_fmt(Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    char c = char(byte_value(v));
    return with_view(o, [&](std::string_view s) { return s.find(c) != std::string_view::npos; });
}

Obj bytes_iter(Object* o) {
    std::string s = contents(o);
    Obj l = list_new(s.size());
    for (size_t i = 0; i < s.size(); i++) list_items(l.get())[i] = int_from_i64(static_cast<unsigned char>(s[i])).release();
    return get_iter(l.get());
}

Obj bytes_binary(Object* a, Object* b, int op) {
    bool ab = is_bytes(a) || is_ba(a), bb = is_bytes(b) || is_ba(b);
    if (op == NB_ADD) {
        if (!ab) return newref(Py_NotImplemented);
        if (!bb) {
            // The other operand's __radd__ gets its turn; without one, CPython's sequence
            // concatenation reports the mismatch itself.
            if ((type_of(b)->flags & TPF_HEAPTYPE) && lookup_special(b, "__radd__")) return newref(Py_NotImplemented);
            raise_fmt(Exc_TypeError, "can't concat %s to %s", type_name(b), type_name(a));
        }
        return like(a, contents(a) + contents(b));
    }
    if (op == NB_MULTIPLY) {
        Object* seq = ab ? a : b;
        Object* n = ab ? b : a;
        if (!is_int(n) && !type_of(n)->nb_index) return newref(Py_NotImplemented);
        int64_t k = repeat_count(n);
        std::string s = contents(seq);
        check_repeat_size(k, s.size());
        std::string out;
        out.reserve(s.size() * size_t(k));
        for (int64_t i = 0; i < k; i++) out += s;
        return like(seq, out);
    }
    if (op == NB_REMAINDER && ab) return like(a, bytes_percent_format(contents(a), b));  // b"%d" % 5
    return newref(Py_NotImplemented);
}

Obj bytearray_inplace(Object* a, Object* b, int op) {
    if (op == NB_ADD) {
        if (!is_bytes(b) && !is_ba(b)) {
            if ((type_of(b)->flags & TPF_HEAPTYPE) && lookup_special(b, "__radd__")) return newref(Py_NotImplemented);
            raise_fmt(Exc_TypeError, "can't concat %s to %s", type_name(b), type_name(a));
        }
        std::string add = contents(b);
        CriticalSection cs(a);
        as_ba(a)->items.insert(as_ba(a)->items.end(), add.begin(), add.end());
        return newref(a);
    }
    if (op == NB_MULTIPLY) {
        if (!is_int(b) && !type_of(b)->nb_index) return newref(Py_NotImplemented);
        int64_t k = repeat_count(b);
        CriticalSection cs(a);
        auto& v = as_ba(a)->items;
        check_repeat_size(k, v.size());
        std::vector<uint8_t> once = v;
        v.clear();
        for (int64_t i = 0; i < k; i++) v.insert(v.end(), once.begin(), once.end());
        return newref(a);
    }
    return newref(Py_NotImplemented);
}

// bytearray[i] = v, bytearray[a:b] = bytes-like, del bytearray[...]
// A slice whose bounds are plain ints: their __index__ (Python code) runs here, before any lock.
Obj int_slice(Object* key) {
    auto* s = static_cast<SliceObject*>(key);
    auto conv = [](Object* x) { return x == Py_None ? newref(Py_None) : number_index(x); };
    Obj a = conv(s->start), b = conv(s->stop), c = conv(s->step);
    return slice_new(a.get(), b.get(), c.get());
}

void bytearray_setitem(Object* o, Object* key, Object* value) {
    if (type_of(key) == &Slice_Type) {
        std::string repl;
        if (value) {
            if (is_int(value) || is_str(value) || (!is_bytes_like(value) && type_of(value)->nb_index))
                raise_msg(Exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            repl = bytes_source(value, nullptr, nullptr, "bytearray");
        }
        Obj slice = int_slice(key);
        CriticalSection cs(o);
        auto& v = as_ba(o)->items;
        int64_t start, stop, step, count;
        slice_indices(slice.get(), int64_t(v.size()), &start, &stop, &step, &count);
        if (step == 1) {
            if (stop < start) stop = start;
            v.erase(v.begin() + start, v.begin() + stop);
            v.insert(v.begin() + start, repl.begin(), repl.end());
            return;
        }
        if (!value) {  // del b[::k]: drop the chosen positions, from the back
            std::vector<int64_t> idx;
            for (int64_t k = 0, i = start; k < count; k++, i += step) idx.push_back(i);
            std::sort(idx.rbegin(), idx.rend());
            for (int64_t i : idx) v.erase(v.begin() + i);
            return;
        }
        if (int64_t(repl.size()) != count)
            raise_fmt(Exc_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld", repl.size(),
                      (long long)count);
        for (int64_t k = 0, i = start; k < count; k++, i += step) v[size_t(i)] = uint8_t(repl[size_t(k)]);
        return;
    }
    int64_t i = sequence_index(key, "bytearray");
    uint8_t b = value ? byte_value(value) : 0;
    CriticalSection cs(o);
    auto& v = as_ba(o)->items;
    if (i < 0) i += int64_t(v.size());
    if (i < 0 || i >= int64_t(v.size())) raise_msg(Exc_IndexError, value ? "bytearray index out of range" : "bytearray index out of range");
    if (value) v[size_t(i)] = b;
    else v.erase(v.begin() + i);
}

// ───────────── methods shared by bytes and bytearray ─────────────

// An argument that must be bytes-like ("a bytes-like object is required, not 'str'").
std::string need_bytes(Object* o) {
    if (is_bytes(o) || is_ba(o)) return contents(o);
    std::string raw;
    if (array_buffer(o, &raw)) return raw;  // an array.array is a bytes-like object too
    raise_fmt(Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(o));
}

// The needle of find/count/index: bytes-like, or one byte as an int.
std::string needle(Object* o) {
    if (is_int(o) || (!is_bytes(o) && !is_ba(o) && type_of(o)->nb_index)) return std::string(1, char(byte_value(o)));
    if (is_bytes(o) || is_ba(o)) return contents(o);
    raise_fmt(Exc_TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(o));
}

int64_t clamp_index(Object* v, int64_t n, int64_t dflt) {
    if (!v || v == Py_None) return dflt;
    Obj i = number_index(v);
    int64_t k = int_is_small(i.get()) ? int_as_i64(i.get()) : (int_sign(i.get()) < 0 ? -n - 1 : n + 1);
    if (k < 0) k = std::max<int64_t>(0, k + n);
    return std::min(k, n);
}

// find/rfind/index/rindex/count with optional start, end.
int64_t search(Object* self, Object* const* args, size_t nargs, const char* name, bool reverse, int64_t* count_out) {
    check_positional(name, nargs, 1, 3);
    std::string s = contents(self), sub = needle(args[0]);
    int64_t n = int64_t(s.size());
    int64_t start = clamp_index(nargs > 1 ? args[1] : nullptr, n, 0);
    int64_t end = clamp_index(nargs > 2 ? args[2] : nullptr, n, n);
    if (nargs > 1 && args[1] != Py_None) {  // a start past the end finds nothing, not even b""
        Obj st = number_index(args[1]);
        if (!int_is_small(st.get()) ? int_sign(st.get()) > 0 : int_as_i64(st.get()) > n) {
            if (count_out) *count_out = 0;
            return -1;
        }
    }
    if (count_out) {
        int64_t c = 0;
        if (end - start >= int64_t(sub.size())) {
            if (sub.empty()) c = end - start + 1;
            else
                for (size_t p = size_t(start); (p = s.find(sub, p)) != std::string::npos && int64_t(p + sub.size()) <= end; p += sub.size()) c++;
        }
        *count_out = c;
        return 0;
    }
    if (end - start < int64_t(sub.size())) return -1;
    std::string_view window(s.data() + start, size_t(end - start));
    size_t p = reverse ? window.rfind(sub) : window.find(sub);
    return p == std::string_view::npos ? -1 : int64_t(p) + start;
}

Obj m_find(Object* self, Object* const* args, size_t nargs, Object* kw) { check_no_kwargs("find", kw); return int_from_i64(search(self, args, nargs, "find", false, nullptr)); }
Obj m_rfind(Object* self, Object* const* args, size_t nargs, Object* kw) { check_no_kwargs("rfind", kw); return int_from_i64(search(self, args, nargs, "rfind", true, nullptr)); }
Obj m_index(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_no_kwargs("index", kw);
    int64_t r = search(self, args, nargs, "index", false, nullptr);
    if (r < 0) raise_msg(Exc_ValueError, "subsection not found");
    return int_from_i64(r);
}
Obj m_rindex(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_no_kwargs("rindex", kw);
    int64_t r = search(self, args, nargs, "rindex", true, nullptr);
    if (r < 0) raise_msg(Exc_ValueError, "subsection not found");
    return int_from_i64(r);
}
Obj m_count(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_no_kwargs("count", kw);
    int64_t c = 0;
    search(self, args, nargs, "count", false, &c);
    return int_from_i64(c);
}

Obj starts_ends(Object* self, Object* const* args, size_t nargs, Object* kw, const char* name, bool ends) {
    check_no_kwargs(name, kw);
    check_positional(name, nargs, 1, 3);
    std::string s = contents(self);
    int64_t n = int64_t(s.size());
    int64_t start = clamp_index(nargs > 1 ? args[1] : nullptr, n, 0);
    int64_t end = clamp_index(nargs > 2 ? args[2] : nullptr, n, n);
    std::vector<std::string> options;
    if (is_tuple(args[0])) {
        for (size_t i = 0; i < tuple_size(args[0]); i++) options.push_back(need_bytes(tuple_item(args[0], i)));
    } else if (is_bytes(args[0]) || is_ba(args[0])) {
        options.push_back(contents(args[0]));
    } else {
        raise_fmt(Exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, type_name(args[0]));
    }
    for (const std::string& p : options) {
        if (end - start < int64_t(p.size())) continue;
        size_t at = ends ? size_t(end) - p.size() : size_t(start);
        if (s.compare(at, p.size(), p) == 0) return bool_ref(true);
    }
    return bool_ref(false);
}
Obj m_startswith(Object* self, Object* const* args, size_t nargs, Object* kw) { return starts_ends(self, args, nargs, kw, "startswith", false); }
Obj m_endswith(Object* self, Object* const* args, size_t nargs, Object* kw) { return starts_ends(self, args, nargs, kw, "endswith", true); }

template <class F>
Obj map_bytes(Object* self, size_t nargs, Object* kw, const char* name, F f) {
    check_no_args(name, nargs, kw);
    std::string s = contents(self);
    for (char& c : s) c = char(f(static_cast<unsigned char>(c)));
    return like(self, s);
}
Obj m_upper(Object* self, Object* const*, size_t nargs, Object* kw) {
    return map_bytes(self, nargs, kw, "upper", [](unsigned char c) { return c_islower(c) ? c - 32 : c; });
}
Obj m_lower(Object* self, Object* const*, size_t nargs, Object* kw) {
    return map_bytes(self, nargs, kw, "lower", [](unsigned char c) { return c_isupper(c) ? c + 32 : c; });
}
Obj m_swapcase(Object* self, Object* const*, size_t nargs, Object* kw) {
    return map_bytes(self, nargs, kw, "swapcase", [](unsigned char c) { return c_islower(c) ? c - 32 : c_isupper(c) ? c + 32 : c; });
}

template <class P>
Obj test_all(Object* self, size_t nargs, Object* kw, const char* name, P pred) {
    check_no_args(name, nargs, kw);
    std::string s = contents(self);
    if (s.empty()) return bool_ref(false);
    for (unsigned char c : s)
        if (!pred(c)) return bool_ref(false);
    return bool_ref(true);
}
Obj m_isdigit(Object* self, Object* const*, size_t nargs, Object* kw) { return test_all(self, nargs, kw, "isdigit", c_isdigit); }
Obj m_isalpha(Object* self, Object* const*, size_t nargs, Object* kw) { return test_all(self, nargs, kw, "isalpha", c_isalpha); }
Obj m_isspace(Object* self, Object* const*, size_t nargs, Object* kw) { return test_all(self, nargs, kw, "isspace", c_isspace); }
Obj m_isalnum(Object* self, Object* const*, size_t nargs, Object* kw) {
    return test_all(self, nargs, kw, "isalnum", [](unsigned char c) { return c_isalpha(c) || c_isdigit(c); });
}
Obj m_isascii(Object* self, Object* const*, size_t nargs, Object* kw) {
    check_no_args("isascii", nargs, kw);
    for (unsigned char c : contents(self))
        if (c >= 0x80) return bool_ref(false);
    return bool_ref(true);
}
// isupper/islower: at least one cased byte, and none of the other case.
Obj cased(Object* self, size_t nargs, Object* kw, const char* name, bool upper) {
    check_no_args(name, nargs, kw);
    bool any = false;
    for (unsigned char c : contents(self)) {
        if (upper ? c_islower(c) : c_isupper(c)) return bool_ref(false);
        if (upper ? c_isupper(c) : c_islower(c)) any = true;
    }
    return bool_ref(any);
}
Obj m_isupper(Object* self, Object* const*, size_t nargs, Object* kw) { return cased(self, nargs, kw, "isupper", true); }
Obj m_islower(Object* self, Object* const*, size_t nargs, Object* kw) { return cased(self, nargs, kw, "islower", false); }

// strip family: chars=None strips ASCII whitespace.
Obj strip_impl(Object* self, Object* const* args, size_t nargs, Object* kw, const char* name, bool left, bool right) {
    check_no_kwargs(name, kw);
    check_positional(name, nargs, 0, 1);
    std::string s = contents(self);
    std::string chars;
    bool ws = nargs == 0 || args[0] == Py_None;
    if (!ws) chars = need_bytes(args[0]);
    auto strip_it = [&](unsigned char c) { return ws ? c_isspace(c) : chars.find(char(c)) != std::string::npos; };
    size_t b = 0, e = s.size();
    if (left) while (b < e && strip_it(static_cast<unsigned char>(s[b]))) b++;
    if (right) while (e > b && strip_it(static_cast<unsigned char>(s[e - 1]))) e--;
    return like(self, std::string_view(s).substr(b, e - b));
}
Obj m_strip(Object* self, Object* const* args, size_t nargs, Object* kw) { return strip_impl(self, args, nargs, kw, "strip", true, true); }
Obj m_lstrip(Object* self, Object* const* args, size_t nargs, Object* kw) { return strip_impl(self, args, nargs, kw, "lstrip", true, false); }
Obj m_rstrip(Object* self, Object* const* args, size_t nargs, Object* kw) { return strip_impl(self, args, nargs, kw, "rstrip", false, true); }

Obj list_of(Object* self, const std::vector<std::string>& parts) {
    Obj l = list_new(0);
    for (const std::string& p : parts) {
        Obj b = like(self, p);
        list_append(l.get(), b.get());
    }
    return l;
}

// split(sep=None, maxsplit=-1) and rsplit.
Obj split_impl(Object* self, Object* const* args, size_t nargs, Object* kw, const char* name, bool reverse) {
    Object* a[2] = {};
    parse_args(name, args, nargs, kw, {"sep", "maxsplit"}, 0, a);
    std::string s = contents(self);
    int64_t maxsplit = a[1] ? int_as_i64(number_index(a[1]).get()) : -1;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    std::vector<std::string> parts;
    if (!a[0] || a[0] == Py_None) {
        // Runs of whitespace separate; leading/trailing whitespace gives no empty parts.
        if (!reverse) {
            size_t i = 0, n = s.size();
            while (true) {
                while (i < n && c_isspace(static_cast<unsigned char>(s[i]))) i++;
                if (i >= n) break;
                if (int64_t(parts.size()) == maxsplit) {  // the rest, trailing whitespace and all
                    parts.push_back(s.substr(i));
                    break;
                }
                size_t j = i;
                while (j < n && !c_isspace(static_cast<unsigned char>(s[j]))) j++;
                parts.push_back(s.substr(i, j - i));
                i = j;
            }
        } else {
            int64_t i = int64_t(s.size()) - 1;
            while (true) {
                while (i >= 0 && c_isspace(static_cast<unsigned char>(s[size_t(i)]))) i--;
                if (i < 0) break;
                if (int64_t(parts.size()) == maxsplit) {
                    parts.push_back(s.substr(0, size_t(i) + 1));
                    break;
                }
                int64_t j = i;
                while (j >= 0 && !c_isspace(static_cast<unsigned char>(s[size_t(j)]))) j--;
                parts.push_back(s.substr(size_t(j + 1), size_t(i - j)));
                i = j;
            }
            std::reverse(parts.begin(), parts.end());
        }
        return list_of(self, parts);
    }
    std::string sep = need_bytes(a[0]);
    if (sep.empty()) raise_msg(Exc_ValueError, "empty separator");
    if (!reverse) {
        size_t start = 0, p;
        while (int64_t(parts.size()) < maxsplit && (p = s.find(sep, start)) != std::string::npos) {
            parts.push_back(s.substr(start, p - start));
            start = p + sep.size();
        }
        parts.push_back(s.substr(start));
    } else {
        size_t end = s.size();
        while (int64_t(parts.size()) < maxsplit && end >= sep.size()) {
            size_t p = s.rfind(sep, end - sep.size());
            if (p == std::string::npos) break;
            parts.push_back(s.substr(p + sep.size(), end - p - sep.size()));
            end = p;
        }
        parts.push_back(s.substr(0, end));
        std::reverse(parts.begin(), parts.end());
    }
    return list_of(self, parts);
}
Obj m_split(Object* self, Object* const* args, size_t nargs, Object* kw) { return split_impl(self, args, nargs, kw, "split", false); }
Obj m_rsplit(Object* self, Object* const* args, size_t nargs, Object* kw) { return split_impl(self, args, nargs, kw, "rsplit", true); }

Obj m_join(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_one_arg("join", nargs, kw);
    std::string sep = contents(self), out;
    Obj it = get_iter(args[0]);
    size_t k = 0;
    while (Obj v = iter_next(it.get())) {
        std::string raw;
        bool bytes_or_ba = is_bytes(v.get()) || is_ba(v.get());
        if (!bytes_or_ba && !array_buffer(v.get(), &raw))
            raise_fmt(Exc_TypeError, "sequence item %zu: expected a bytes-like object, %s found", k, type_name(v.get()));
        if (k++) out += sep;
        out += bytes_or_ba ? contents(v.get()) : raw;
    }
    return like(self, out);
}

Obj m_replace(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_no_kwargs("replace", kw);
    check_positional("replace", nargs, 2, 3);
    std::string s = contents(self), old = need_bytes(args[0]), repl = need_bytes(args[1]);
    int64_t count = nargs > 2 ? int_as_i64(number_index(args[2]).get()) : -1;
    std::string out;
    size_t pos = 0;
    int64_t done = 0;
    if (old.empty()) {  // between every byte, as str.replace does
        for (size_t i = 0; i <= s.size(); i++) {
            if (count < 0 || done < count) { out += repl; done++; }
            if (i < s.size()) out += s[i];
        }
        return like(self, out);
    }
    size_t p;
    while ((count < 0 || done < count) && (p = s.find(old, pos)) != std::string::npos) {
        out.append(s, pos, p - pos);
        out += repl;
        pos = p + old.size();
        done++;
    }
    out.append(s, pos, std::string::npos);
    return like(self, out);
}

Obj partition_impl(Object* self, Object* const* args, size_t nargs, Object* kw, const char* name, bool reverse) {
    check_one_arg(name, nargs, kw);
    std::string s = contents(self), sep = need_bytes(args[0]);
    if (sep.empty()) raise_msg(Exc_ValueError, "empty separator");
    size_t p = reverse ? s.rfind(sep) : s.find(sep);
    Obj t = tuple_new(3);
    auto* tp = static_cast<TupleObject*>(t.get());
    if (p == std::string::npos) {
        tp->items[reverse ? 2 : 0] = like(self, s).release();
        tp->items[1] = like(self, "").release();
        tp->items[reverse ? 0 : 2] = like(self, "").release();
    } else {
        tp->items[0] = like(self, s.substr(0, p)).release();
        tp->items[1] = like(self, sep).release();
        tp->items[2] = like(self, s.substr(p + sep.size())).release();
    }
    return t;
}
Obj m_partition(Object* self, Object* const* args, size_t nargs, Object* kw) { return partition_impl(self, args, nargs, kw, "partition", false); }
Obj m_rpartition(Object* self, Object* const* args, size_t nargs, Object* kw) { return partition_impl(self, args, nargs, kw, "rpartition", true); }

Obj m_removeprefix(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_one_arg("removeprefix", nargs, kw);
    std::string s = contents(self), p = need_bytes(args[0]);
    if (s.compare(0, p.size(), p) == 0 && s.size() >= p.size()) s.erase(0, p.size());
    return like(self, s);
}
Obj m_removesuffix(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_one_arg("removesuffix", nargs, kw);
    std::string s = contents(self), p = need_bytes(args[0]);
    if (!p.empty() && s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0) s.resize(s.size() - p.size());
    return like(self, s);
}

// hex(sep=None, bytes_per_sep=1)
Obj m_hex(Object* self, Object* const* args, size_t nargs, Object* kw) {
    Object* a[2] = {};
    parse_args("hex", args, nargs, kw, {"sep", "bytes_per_sep"}, 0, a);
    std::string s = contents(self), sep;
    if (a[0]) {
        sep = is_str(a[0]) ? std::string(str_view(a[0])) : need_bytes(a[0]);
        if (sep.size() != 1) raise_msg(Exc_ValueError, "sep must be length 1.");
    }
    int64_t per = a[1] ? int_as_i64(number_index(a[1]).get()) : 1;
    std::string out;
    static const char digits[] = "0123456789abcdef";
    size_t n = s.size(), group = size_t(per < 0 ? -per : per);
    for (size_t i = 0; i < n; i++) {
        if (!sep.empty() && i > 0 && group) {
            // Groups are counted from the right for a positive bytes_per_sep, from the left otherwise.
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) out += sep;
        }
        unsigned char c = static_cast<unsigned char>(s[i]);
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return str_new(out);
}

// bytes.fromhex(string): pairs of hex digits, spaces allowed between them.
Obj m_fromhex(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_one_arg("fromhex", nargs, kw);
    if (!is_str(args[0])) raise_fmt(Exc_TypeError, "fromhex() argument must be str, not %s", type_name(args[0]));
    std::string_view s = str_view(args[0]);
    std::string out;
    auto hexval = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1; };
    size_t i = 0;
    while (i < s.size()) {
        if (c_isspace(static_cast<unsigned char>(s[i]))) { i++; continue; }
        int hi = hexval(s[i]);
        int lo = i + 1 < s.size() ? hexval(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            size_t at = hi < 0 ? i : i + 1;
            if (hi >= 0 && i + 1 >= s.size()) raise_fmt(Exc_ValueError, "fromhex() arg must contain an even number of hexadecimal digits");
            raise_fmt(Exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", at);
        }
        out += char(hi * 16 + lo);
        i += 2;
    }
    auto* cls = static_cast<TypeObject*>(self);
    if (cls == &Bytes_Type) return bytes_from(out);
    if (cls == &ByteArray_Type) return bytearray_from(out);
    Obj b = bytes_from(out);
    return call1(self, b.get());
}

Obj m_decode(Object* self, Object* const* args, size_t nargs, Object* kw) {
    Object* a[2] = {};
    parse_args("decode", args, nargs, kw, {"encoding", "errors"}, 0, a);
    std::string s = contents(self);
    return bytes_decode_to_str(s, a[0], a[1]);
}

Obj m_getnewargs(Object* self, Object* const*, size_t, Object*) {
    Obj t = tuple_new(1);
    static_cast<TupleObject*>(t.get())->items[0] = bytes_from(contents(self)).release();
    return t;
}

// ───────────── bytearray's own methods ─────────────

Obj m_append(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_one_arg("append", nargs, kw);
    uint8_t b = byte_value(args[0]);
    CriticalSection cs(self);
    as_ba(self)->items.push_back(b);
    return newref(Py_None);
}
Obj m_extend(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_one_arg("extend", nargs, kw);
    if (is_str(args[0])) raise_msg(Exc_TypeError, "expected iterable of integers; got: 'str'");
    if (is_int(args[0]) || (!is_bytes_like(args[0]) && type_of(args[0])->nb_index && !type_of(args[0])->iter))
        raise_fmt(Exc_TypeError, "can't extend bytearray with %s", type_name(args[0]));
    std::string add = bytes_source(args[0], nullptr, nullptr, "bytearray");
    CriticalSection cs(self);
    as_ba(self)->items.insert(as_ba(self)->items.end(), add.begin(), add.end());
    return newref(Py_None);
}
Obj m_pop(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_no_kwargs("pop", kw);
    check_positional("pop", nargs, 0, 1);
    int64_t i = nargs ? int_as_i64(number_index(args[0]).get()) : -1;
    CriticalSection cs(self);
    auto& v = as_ba(self)->items;
    if (v.empty()) raise_msg(Exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += int64_t(v.size());
    if (i < 0 || i >= int64_t(v.size())) raise_msg(Exc_IndexError, "pop index out of range");
    uint8_t b = v[size_t(i)];
    v.erase(v.begin() + i);
    return int_from_i64(b);
}
Obj m_insert(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_no_kwargs("insert", kw);
    check_positional("insert", nargs, 2, 2);
    int64_t i = int_as_i64(number_index(args[0]).get());
    uint8_t b = byte_value(args[1]);
    CriticalSection cs(self);
    auto& v = as_ba(self)->items;
    int64_t n = int64_t(v.size());
    if (i < 0) i = std::max<int64_t>(0, i + n);
    i = std::min(i, n);
    v.insert(v.begin() + i, b);
    return newref(Py_None);
}
Obj m_remove(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_one_arg("remove", nargs, kw);
    uint8_t b = byte_value(args[0]);
    CriticalSection cs(self);
    auto& v = as_ba(self)->items;
    auto it = std::find(v.begin(), v.end(), b);
    if (it == v.end()) {
        cs.suspend();
        raise_msg(Exc_ValueError, "value not found in bytearray");
    }
    v.erase(it);
    return newref(Py_None);
}
Obj m_clear(Object* self, Object* const*, size_t nargs, Object* kw) {
    check_no_args("clear", nargs, kw);
    CriticalSection cs(self);
    as_ba(self)->items.clear();
    return newref(Py_None);
}
Obj m_reverse(Object* self, Object* const*, size_t nargs, Object* kw) {
    check_no_args("reverse", nargs, kw);
    CriticalSection cs(self);
    std::reverse(as_ba(self)->items.begin(), as_ba(self)->items.end());
    return newref(Py_None);
}
Obj m_copy(Object* self, Object* const*, size_t nargs, Object* kw) {
    check_no_args("copy", nargs, kw);
    return bytearray_from(contents(self));
}

void fill_common(TypeObject* t) {
    t->richcompare = bytes_richcompare;
    t->len = bytes_len;
    t->getitem = bytes_getitem;
    t->contains = bytes_contains;
    t->iter = bytes_iter;
    t->binary = bytes_binary;
}

void add_common_methods(TypeObject* t) {
    add_methods(t, {
        {"decode", m_decode, "Decode the bytes using the codec registered for encoding."},
        {"hex", m_hex, "Create a string of hexadecimal numbers from a bytes object."},
        {"count", m_count, "Return the number of non-overlapping occurrences of subsection sub."},
        {"find", m_find, "Return the lowest index where subsection sub is found, or -1."},
        {"rfind", m_rfind, "Return the highest index where subsection sub is found, or -1."},
        {"index", m_index, "Return the lowest index where subsection sub is found; ValueError if absent."},
        {"rindex", m_rindex, "Return the highest index where subsection sub is found; ValueError if absent."},
        {"startswith", m_startswith, "Return True if the bytes starts with the specified prefix, False otherwise."},
        {"endswith", m_endswith, "Return True if the bytes ends with the specified suffix, False otherwise."},
        {"join", m_join, "Concatenate any number of bytes objects, with this one between them."},
        {"split", m_split, "Return a list of the sections in the bytes, using sep as the delimiter."},
        {"rsplit", m_rsplit, "Return a list of the sections in the bytes, using sep as the delimiter, from the right."},
        {"strip", m_strip, "Strip leading and trailing bytes contained in the argument."},
        {"lstrip", m_lstrip, "Strip leading bytes contained in the argument."},
        {"rstrip", m_rstrip, "Strip trailing bytes contained in the argument."},
        {"replace", m_replace, "Return a copy with all occurrences of substring old replaced by new."},
        {"upper", m_upper, "B.upper() -> copy of B with all ASCII characters converted to uppercase."},
        {"lower", m_lower, "B.lower() -> copy of B with all ASCII characters converted to lowercase."},
        {"swapcase", m_swapcase, "B.swapcase() -> copy of B with uppercase ASCII characters converted to lowercase and vice versa."},
        {"isdigit", m_isdigit, "B.isdigit() -> bool"},
        {"isalpha", m_isalpha, "B.isalpha() -> bool"},
        {"isalnum", m_isalnum, "B.isalnum() -> bool"},
        {"isspace", m_isspace, "B.isspace() -> bool"},
        {"isascii", m_isascii, "B.isascii() -> bool"},
        {"isupper", m_isupper, "B.isupper() -> bool"},
        {"islower", m_islower, "B.islower() -> bool"},
        {"partition", m_partition, "Partition the bytes into three parts using the given separator."},
        {"rpartition", m_rpartition, "Partition the bytes into three parts using the given separator, from the right."},
        {"removeprefix", m_removeprefix, "Return a bytes object with the given prefix string removed if present."},
        {"removesuffix", m_removesuffix, "Return a bytes object with the given suffix string removed if present."},
    });
    Obj fromhex = builtin_new("fromhex", m_fromhex, (Object*)t);
    add_attr(t, "fromhex", fromhex.get());
}

}  // namespace

Obj bytes_from(std::string_view data) {
    auto b = alloc_object<BytesObject>(&Bytes_Type, data.size() + 1);  // +1: a NUL after the bytes
    std::memcpy(b->data, data.data(), data.size());
    b->size = data.size();
    return b;
}

Obj bytearray_from(std::string_view data) {
    auto b = alloc_object<ByteArrayObject>(&ByteArray_Type);
    b->items.assign(data.begin(), data.end());
    return b;
}

std::string bytes_like_contents(Object* o) { return need_bytes(o); }
bool is_bytes_like(Object* o) { return is_bytes(o) || is_ba(o); }

void init_bytes() {
    fill_common(&Bytes_Type);
    Bytes_Type.flags |= TPF_BYTES_SUBCLASS | TPF_BASETYPE;
    Bytes_Type.dealloc = bytes_dealloc;
    Bytes_Type.repr = bytes_repr;
    Bytes_Type.hash = bytes_hash;
    Bytes_Type.new_ = bytes_new_slot;
    type_ready(&Bytes_Type, "bytes", &Object_Type, sizeof(BytesObject));
    add_common_methods(&Bytes_Type);
    add_methods(&Bytes_Type, {{"__getnewargs__", m_getnewargs}});

    fill_common(&ByteArray_Type);
    ByteArray_Type.flags |= TPF_BASETYPE;
    ByteArray_Type.dealloc = bytearray_dealloc;
    ByteArray_Type.repr = bytearray_repr;
    ByteArray_Type.hash = bytearray_unhashable;
    ByteArray_Type.new_ = bytearray_new_slot;
    ByteArray_Type.init = bytearray_init;
    ByteArray_Type.setitem = bytearray_setitem;
    ByteArray_Type.inplace = bytearray_inplace;
    type_ready(&ByteArray_Type, "bytearray", &Object_Type, sizeof(ByteArrayObject));
    add_common_methods(&ByteArray_Type);
    add_methods(&ByteArray_Type, {
        {"append", m_append, "Append a single item to the end of the bytearray."},
        {"extend", m_extend, "Append all the items from the iterator or sequence to the end of the bytearray."},
        {"pop", m_pop, "Remove and return a single item from B."},
        {"insert", m_insert, "Insert a single item into the bytearray before the given index."},
        {"remove", m_remove, "Remove the first occurrence of a value in the bytearray."},
        {"clear", m_clear, "Remove all items from the bytearray."},
        {"reverse", m_reverse, "Reverse the order of the values in B in place."},
        {"copy", m_copy, "Return a copy of B."},
    });
    add_attr(&ByteArray_Type, "__hash__", Py_None);
}
