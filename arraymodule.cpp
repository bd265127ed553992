// arraymodule.cpp — the `array` module: compact arrays of one C number type.
//
// What this step does: array.array('d', [1.0, 2.0]) is a mutable sequence like a list, but its
// items are stored as raw machine numbers, packed one after another, instead of as pointers to
// Python objects.  A list of a million floats holds a million 8-byte pointers to a million
// 32-byte float objects; an array('d') holds 8 million bytes and nothing else.  Reading a[i]
// makes a new Python object from the stored bytes; storing a[i] = x converts x to the C type,
// raising OverflowError/TypeError with CPython's messages when it does not fit.
//
// The typecode picks the C type (sizes as on 64-bit Linux, as CPython there):
//
//   code  C type              bytes     code  C type              bytes
//   b     signed char         1         B     unsigned char       1
//   h     short               2         H     unsigned short      2
//   i     int                 4         I     unsigned int        4
//   l     long                8         L     unsigned long       8
//   q     long long           8         Q     unsigned long long  8
//   f     float               4         d     double              8
//   u     wchar_t (deprecated) 4        w     Py_UCS4 (a code point) 4
//
// Storage is one std::vector<uint8_t> of size len * itemsize; item i is the bytes at
// i * itemsize, read and written with memcpy (one load or store once compiled).
//
// Threads: an array is shared mutable state, so every operation holds the array's critical
// section (threads.cpp) while it touches the bytes.  Arguments are converted to C values first,
// outside the lock, since converting can run Python code (__index__, __float__).
//
// Comes in: `import array` (modules.cpp asks make_array_module).  Goes out: the module with
// array (= ArrayType), typecodes, and the arrayiterator type.  Read next: bytes.cpp, the other
// packed sequence.
#include "minipy.h"
#include "builtins.h"
#include "sequence.h"
#include "str_internal.h"

#include <algorithm>
#include <cstring>

using namespace sequence_detail;

namespace {

TypeObject Array_Type, ArrayIter_Type;

enum class Kind : uint8_t { Signed, Unsigned, Float, Char };

// One typecode: its C type's size and class, and the OverflowErrors CPython raises for a value
// above the maximum or below the minimum (each C type has its own wording in CPython).
struct TypeCode {
    char code;
    uint8_t size;
    Kind kind;
    const char* too_big;
    const char* too_small;
};
const TypeCode typecodes[] = {
    {'b', 1, Kind::Signed, "signed char is greater than maximum", "signed char is less than minimum"},
    {'B', 1, Kind::Unsigned, "unsigned byte integer is greater than maximum", "unsigned byte integer is less than minimum"},
    {'u', 4, Kind::Char, nullptr, nullptr},
    {'w', 4, Kind::Char, nullptr, nullptr},
    {'h', 2, Kind::Signed, "signed short integer is greater than maximum", "signed short integer is less than minimum"},
    {'H', 2, Kind::Unsigned, "unsigned short is greater than maximum", "unsigned short is less than minimum"},
    {'i', 4, Kind::Signed, "signed integer is greater than maximum", "signed integer is less than minimum"},
    {'I', 4, Kind::Unsigned, "unsigned int is greater than maximum", "can't convert negative value to unsigned int"},
    {'l', 8, Kind::Signed, "Python int too large to convert to C long", "Python int too large to convert to C long"},
    {'L', 8, Kind::Unsigned, "Python int too large to convert to C unsigned long", "can't convert negative value to unsigned int"},
    {'q', 8, Kind::Signed, "int too big to convert", "int too big to convert"},
    {'Q', 8, Kind::Unsigned, "int too big to convert", "can't convert negative int to unsigned"},
    {'f', 4, Kind::Float, nullptr, nullptr},
    {'d', 8, Kind::Float, nullptr, nullptr},
};

struct ArrayObject : Object {
    const TypeCode* tc = nullptr;
    std::vector<uint8_t> bytes;  // len * tc->size bytes (under the array's critical section)
    size_t len() const { return bytes.size() / tc->size; }
};
struct ArrayIterObject : Object {
    Object* array = nullptr;  // owned; null once exhausted
    size_t index = 0;
};

ArrayObject* as_array(Object* o) { return static_cast<ArrayObject*>(o); }
bool is_array(Object* o) { return is_subtype(type_of(o), &Array_Type); }

// One item as its C value, converted before any lock is taken.  A union of the three shapes
// keeps the store code free of Python: storing is then a memcpy of `size` bytes.
struct Item {
    union { int64_t i; uint64_t u; double d; float f; uint32_t c; int8_t i8; uint8_t u8; int16_t i16;
            uint16_t u16; int32_t i32; uint32_t u32; } v;
};

uint64_t unsigned_max(int size) { return size == 8 ? UINT64_MAX : (uint64_t(1) << (8 * size)) - 1; }

// x as the C integer type of tc: TypeError unless x is an int (or has __index__), OverflowError
// outside the type's range.
Item integer_item(const TypeCode* tc, Object* x) {
    Obj n = number_index(x);
    Item it{};
    int sign = int_sign(n.get());
    if (tc->kind == Kind::Signed) {
        int64_t lo = tc->size == 8 ? INT64_MIN : -(int64_t(1) << (8 * tc->size - 1));
        int64_t hi = tc->size == 8 ? INT64_MAX : (int64_t(1) << (8 * tc->size - 1)) - 1;
        if (!int_is_small(n.get())) raise_msg(Exc_OverflowError, sign < 0 ? tc->too_small : tc->too_big);
        int64_t v = int_as_i64(n.get());
        if (v > hi) raise_msg(Exc_OverflowError, tc->too_big);
        if (v < lo) raise_msg(Exc_OverflowError, tc->too_small);
        switch (tc->size) {
            case 1: it.v.i8 = int8_t(v); break;
            case 2: it.v.i16 = int16_t(v); break;
            case 4: it.v.i32 = int32_t(v); break;
            default: it.v.i = v;
        }
        return it;
    }
    if (sign < 0) raise_msg(Exc_OverflowError, tc->too_small);
    uint64_t v;
    if (int_is_small(n.get())) {
        v = uint64_t(int_as_i64(n.get()));
    } else {  // 2**63 .. : split into two 32-bit halves (anything past 64 bits is too big)
        Obj high = int_binary(n.get(), int_from_i64(32).get(), NB_RSHIFT);
        if (!int_is_small(high.get()) || int_as_i64(high.get()) > int64_t(UINT32_MAX)) raise_msg(Exc_OverflowError, tc->too_big);
        Obj low = int_binary(n.get(), int_from_i64(UINT32_MAX).get(), NB_AND);
        v = (uint64_t(int_as_i64(high.get())) << 32) | uint64_t(int_as_i64(low.get()));
    }
    if (v > unsigned_max(tc->size)) raise_msg(Exc_OverflowError, tc->too_big);
    switch (tc->size) {
        case 1: it.v.u8 = uint8_t(v); break;
        case 2: it.v.u16 = uint16_t(v); break;
        case 4: it.v.u32 = uint32_t(v); break;
        default: it.v.u = v;
    }
    return it;
}

// x converted to the array's item type (the caller holds no lock).
Item to_item(const TypeCode* tc, Object* x) {
    Item it{};
    switch (tc->kind) {
        case Kind::Float:
            if (tc->size == 4) it.v.f = float(as_double(x));
            else it.v.d = as_double(x);
            return it;
        case Kind::Char: {
            if (!is_str(x)) raise_fmt(Exc_TypeError, "array item must be a unicode character, not %s", type_name(x));
            std::string_view s = str_view(x);
            int n = 0;
            if (s.empty() || (utf8_decode(s.data(), &n), size_t(n) != s.size()))
                raise_fmt(Exc_TypeError, "array item must be a unicode character, not a string of length %zu",
                          utf8_length(s.data(), s.size()));
            it.v.c = utf8_decode(s.data(), &n);
            return it;
        }
        default:
            return integer_item(tc, x);
    }
}

// The Python object for the item stored at p.
Obj item_object(const TypeCode* tc, const uint8_t* p) {
    switch (tc->code) {
        case 'b': return int_from_i64(int8_t(*p));
        case 'B': return int_from_i64(*p);
        case 'h': { int16_t v; std::memcpy(&v, p, 2); return int_from_i64(v); }
        case 'H': { uint16_t v; std::memcpy(&v, p, 2); return int_from_i64(v); }
        case 'i': { int32_t v; std::memcpy(&v, p, 4); return int_from_i64(v); }
        case 'I': { uint32_t v; std::memcpy(&v, p, 4); return int_from_i64(v); }
        case 'l': case 'q': { int64_t v; std::memcpy(&v, p, 8); return int_from_i64(v); }
        case 'L': case 'Q': { uint64_t v; std::memcpy(&v, p, 8); return int_from_u64(v); }
        case 'f': { float v; std::memcpy(&v, p, 4); return float_new(v); }
        case 'd': { double v; std::memcpy(&v, p, 8); return float_new(v); }
        default: { uint32_t v; std::memcpy(&v, p, 4); return str_from_codepoint(v); }
    }
}

// Item i (in range: the caller checked, holding the lock).
Obj get_at(ArrayObject* a, size_t i) { return item_object(a->tc, a->bytes.data() + i * a->tc->size); }
void put_at(ArrayObject* a, size_t i, const Item& it) { std::memcpy(a->bytes.data() + i * a->tc->size, &it.v, a->tc->size); }

// The bytes of a whole sequence of items, converted before any lock is taken.
std::vector<uint8_t> items_bytes(const TypeCode* tc, const std::vector<Obj>& items) {
    std::vector<uint8_t> out(items.size() * tc->size);
    for (size_t i = 0; i < items.size(); i++) {
        Item it = to_item(tc, items[i].get());
        std::memcpy(out.data() + i * tc->size, &it.v, tc->size);
    }
    return out;
}

std::vector<uint8_t> snapshot(Object* o) {
    CriticalSection cs(o);
    return as_array(o)->bytes;
}

// The code points of a str, as 4-byte items.
std::vector<uint8_t> str_items(Object* s) {
    std::string_view v = str_view(s);
    std::vector<uint8_t> out;
    for (size_t i = 0; i < v.size();) {
        int n;
        uint32_t cp = utf8_decode(v.data() + i, &n);
        i += size_t(n);
        const uint8_t* p = reinterpret_cast<const uint8_t*>(&cp);
        out.insert(out.end(), p, p + 4);
    }
    return out;
}

Obj new_array(TypeObject* type, const TypeCode* tc, std::vector<uint8_t> bytes) {
    auto a = alloc_object<ArrayObject>(type);
    a->tc = tc;
    a->bytes = std::move(bytes);
    return a;
}
Obj like(Object* self, std::vector<uint8_t> bytes) { return new_array(&Array_Type, as_array(self)->tc, std::move(bytes)); }

// ── construction ──

const TypeCode* typecode_arg(Object* x) {
    if (!is_str(x)) raise_fmt(Exc_TypeError, "array() argument 1 must be a unicode character, not %s", type_name(x));
    std::string_view s = str_view(x);
    if (utf8_length(s.data(), s.size()) != 1)
        raise_fmt(Exc_TypeError, "array() argument 1 must be a unicode character, not a string of length %zu",
                  utf8_length(s.data(), s.size()));
    for (const TypeCode& tc : typecodes)
        if (s[0] == tc.code) return &tc;
    raise_msg(Exc_ValueError, "bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)");
}

Obj array_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwcount(kwnames) && type == &Array_Type) raise_msg(Exc_TypeError, "array.array() takes no keyword arguments");
    check_positional("array", nargs, 1, 2);
    const TypeCode* tc = typecode_arg(args[0]);
    if (tc->code == 'u') warn(Exc_DeprecationWarning, "The 'u' type code is deprecated and will be removed in Python 3.16");
    std::vector<uint8_t> bytes;
    Object* init = nargs > 1 ? args[1] : nullptr;
    if (!init) {
    } else if (is_str(init)) {
        if (tc->kind != Kind::Char)
            raise_fmt(Exc_TypeError, "cannot use a str to initialize an array with typecode '%c'", tc->code);
        bytes = str_items(init);
    } else if (is_bytes_like(init)) {
        std::string b = bytes_like_contents(init);
        if (b.size() % tc->size) raise_msg(Exc_ValueError, "bytes length not a multiple of item size");
        bytes.assign(b.begin(), b.end());
    } else if (is_array(init) && as_array(init)->tc == tc) {
        bytes = snapshot(init);
    } else if (is_array(init) && (as_array(init)->tc->kind == Kind::Char) != (tc->kind == Kind::Char)) {
        raise_fmt(Exc_TypeError, "cannot use a unicode array to initialize an array with typecode '%c'", tc->code);
    } else {
        bytes = items_bytes(tc, collect_items(init));
    }
    return new_array(type, tc, std::move(bytes));
}

// ── the sequence slots ──

int64_t array_len(Object* o) {
    CriticalSection cs(o);
    return int64_t(as_array(o)->len());
}

Obj array_getitem(Object* o, Object* key) {
    ArrayObject* a = as_array(o);
    if (type_of(key) == &Slice_Type) {
        CriticalSection cs(o);
        int64_t start, stop, step, count;
        slice_indices(key, int64_t(a->len()), &start, &stop, &step, &count);
        size_t sz = a->tc->size;
        std::vector<uint8_t> out(size_t(count) * sz);
        for (int64_t k = 0, i = start; k < count; k++, i += step)
            std::memcpy(out.data() + size_t(k) * sz, a->bytes.data() + size_t(i) * sz, sz);
        cs.suspend();
        return like(o, std::move(out));
    }
    if (!is_int(key) && !type_of(key)->nb_index) raise_msg(Exc_TypeError, "array indices must be integers");
    int64_t i = sequence_index(key, "array");
    CriticalSection cs(o);
    int64_t n = int64_t(a->len());
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        cs.suspend();
        raise_msg(Exc_IndexError, "array index out of range");
    }
    return get_at(a, size_t(i));
}

// a[i] = x, a[i:j] = other_array, del a[i], del a[i:j:k]
void array_setitem(Object* o, Object* key, Object* value) {
    ArrayObject* a = as_array(o);
    size_t sz = a->tc->size;
    if (type_of(key) == &Slice_Type) {
        std::vector<uint8_t> repl;
        if (value) {
            if (!is_array(value)) raise_fmt(Exc_TypeError, "can only assign array (not \"%s\") to array slice", type_name(value));
            if (as_array(value)->tc != a->tc) raise_msg(Exc_TypeError, "bad argument type for built-in operation");
            repl = snapshot(value);
        }
        CriticalSection cs(o);
        int64_t start, stop, step, count;
        slice_indices(key, int64_t(a->len()), &start, &stop, &step, &count);
        auto& v = a->bytes;
        if (step == 1) {
            if (stop < start) stop = start;
            v.erase(v.begin() + start * int64_t(sz), v.begin() + stop * int64_t(sz));
            v.insert(v.begin() + start * int64_t(sz), repl.begin(), repl.end());
            return;
        }
        if (!value) {  // del a[::k]: keep the positions the slice does not name
            std::vector<uint8_t> kept;
            std::vector<bool> drop(a->len());
            for (int64_t k = 0, i = start; k < count; k++, i += step) drop[size_t(i)] = true;
            for (size_t i = 0; i < drop.size(); i++)
                if (!drop[i]) kept.insert(kept.end(), v.begin() + int64_t(i * sz), v.begin() + int64_t((i + 1) * sz));
            v = std::move(kept);
            return;
        }
        if (int64_t(repl.size() / sz) != count) {
            cs.suspend();
            raise_fmt(Exc_ValueError, "attempt to assign array of size %zu to extended slice of size %lld", repl.size() / sz,
                      (long long)count);
        }
        for (int64_t k = 0, i = start; k < count; k++, i += step)
            std::memcpy(v.data() + size_t(i) * sz, repl.data() + size_t(k) * sz, sz);
        return;
    }
    if (!is_int(key) && !type_of(key)->nb_index) raise_msg(Exc_TypeError, "array indices must be integers");
    int64_t i = sequence_index(key, "array");
    Item it{};
    if (value) it = to_item(a->tc, value);
    CriticalSection cs(o);
    int64_t n = int64_t(a->len());
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        cs.suspend();
        raise_msg(Exc_IndexError, value ? "array assignment index out of range" : "array assignment index out of range");
    }
    if (value) put_at(a, size_t(i), it);
    else a->bytes.erase(a->bytes.begin() + i * int64_t(sz), a->bytes.begin() + (i + 1) * int64_t(sz));
}

// Item i as an object, or null past the end (read under the lock, so a shrinking array is safe).
Obj item_or_null(Object* o, size_t i) {
    CriticalSection cs(o);
    if (i >= as_array(o)->len()) return Obj();
    return get_at(as_array(o), i);
}

int array_contains(Object* o, Object* v) {
    for (size_t i = 0;; i++) {
        Obj x = item_or_null(o, i);
        if (!x) return 0;
        if (richcompare_bool(x.get(), v, CMP_EQ)) return 1;
    }
}

Obj array_richcompare(Object* a, Object* b, int op) {
    if (!is_array(a) || !is_array(b)) return newref(Py_NotImplemented);
    return sequence_richcompare(
        a, b, op, [](Object* o) { return size_t(array_len(o)); }, item_or_null);
}

Obj array_repr(Object* o) {
    ArrayObject* a = as_array(o);
    std::string out = type_of(o) == &Array_Type ? "array" : type_of(o)->name;
    out += "('";
    out += a->tc->code;
    out += "'";
    if (array_len(o) == 0) return str_new(out + ")");
    out += ", ";
    if (a->tc->kind == Kind::Char) {
        std::string text;
        std::vector<uint8_t> b = snapshot(o);
        for (size_t i = 0; i + 4 <= b.size(); i += 4) {
            uint32_t cp;
            std::memcpy(&cp, b.data() + i, 4);
            utf8_append(text, cp);
        }
        out += repr_string(str_new(text).get());
    } else {
        Obj list = call_method(o, "tolist", nullptr, 0);
        out += repr_string(list.get());
    }
    return str_new(out + ")");
}

int64_t array_unhashable(Object* o) { raise_fmt(Exc_TypeError, "unhashable type: '%s'", "array.array"); }

// a + b and a * n (b * a too), both giving a new array('code').
Obj array_binary(Object* a, Object* b, int op) {
    if (op == NB_ADD) {
        if (!is_array(a)) return newref(Py_NotImplemented);
        if (!is_array(b)) raise_fmt(Exc_TypeError, "can only append array (not \"%s\") to array", type_name(b));
        if (as_array(a)->tc != as_array(b)->tc) raise_msg(Exc_TypeError, "bad argument type for built-in operation");
        std::vector<uint8_t> x = snapshot(a), y = snapshot(b);
        x.insert(x.end(), y.begin(), y.end());
        return like(a, std::move(x));
    }
    if (op == NB_MULTIPLY) {
        Object* seq = is_array(a) ? a : b;
        Object* n = is_array(a) ? b : a;
        if (!is_int(n) && !type_of(n)->nb_index) return newref(Py_NotImplemented);
        int64_t k = repeat_count(n);
        std::vector<uint8_t> once = snapshot(seq);
        check_repeat_size(k, once.size());
        std::vector<uint8_t> out;
        out.reserve(once.size() * size_t(k));
        for (int64_t i = 0; i < k; i++) out.insert(out.end(), once.begin(), once.end());
        return like(seq, std::move(out));
    }
    return newref(Py_NotImplemented);
}

Obj array_inplace(Object* a, Object* b, int op) {
    if (op == NB_ADD) {
        if (!is_array(b)) raise_fmt(Exc_TypeError, "can only extend array with array (not \"%s\")", type_name(b));
        if (as_array(a)->tc != as_array(b)->tc) raise_msg(Exc_TypeError, "can only extend with array of same kind");
        std::vector<uint8_t> add = snapshot(b);
        CriticalSection cs(a);
        as_array(a)->bytes.insert(as_array(a)->bytes.end(), add.begin(), add.end());
        return newref(a);
    }
    if (op == NB_MULTIPLY) {
        if (!is_int(b) && !type_of(b)->nb_index) return newref(Py_NotImplemented);
        int64_t k = repeat_count(b);
        CriticalSection cs(a);
        auto& v = as_array(a)->bytes;
        check_repeat_size(k, v.size());
        std::vector<uint8_t> once = v;
        v.clear();
        for (int64_t i = 0; i < k; i++) v.insert(v.end(), once.begin(), once.end());
        return newref(a);
    }
    return newref(Py_NotImplemented);
}

// ── iteration ──

Obj array_iter(Object* o) {
    auto it = alloc_object<ArrayIterObject>(&ArrayIter_Type);
    it->array = newref(o).release();
    return it;
}
Obj arrayiter_next(Object* o) {
    auto* it = static_cast<ArrayIterObject*>(o);
    if (!it->array) return Obj();
    Obj x = item_or_null(it->array, it->index);
    if (!x) {
        Object* a = it->array;
        it->array = nullptr;
        decref(a);
        return Obj();
    }
    it->index++;
    return x;
}
void arrayiter_dealloc(Object* o) {
    xdecref(static_cast<ArrayIterObject*>(o)->array);
    dealloc_as<ArrayIterObject>(o);
}

// ── methods ──

Obj m_append(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_one_arg("append", nargs, kw);
    ArrayObject* a = as_array(self);
    Item it = to_item(a->tc, args[0]);
    CriticalSection cs(self);
    const uint8_t* p = reinterpret_cast<const uint8_t*>(&it.v);
    a->bytes.insert(a->bytes.end(), p, p + a->tc->size);
    return newref(Py_None);
}

Obj m_extend(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_one_arg("extend", nargs, kw);
    ArrayObject* a = as_array(self);
    std::vector<uint8_t> add;
    if (is_array(args[0])) {
        if (as_array(args[0])->tc != a->tc) raise_msg(Exc_TypeError, "can only extend with array of same kind");
        add = snapshot(args[0]);
    } else {
        add = items_bytes(a->tc, collect_items(args[0]));
    }
    CriticalSection cs(self);
    a->bytes.insert(a->bytes.end(), add.begin(), add.end());
    return newref(Py_None);
}

Obj m_insert(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_no_kwargs("insert", kw);
    check_positional("insert", nargs, 2, 2);
    ArrayObject* a = as_array(self);
    int64_t i = int_as_i64(number_index(args[0]).get());
    Item it = to_item(a->tc, args[1]);
    CriticalSection cs(self);
    int64_t n = int64_t(a->len());
    if (i < 0) i = std::max<int64_t>(0, i + n);
    i = std::min(i, n);
    const uint8_t* p = reinterpret_cast<const uint8_t*>(&it.v);
    a->bytes.insert(a->bytes.begin() + i * a->tc->size, p, p + a->tc->size);
    return newref(Py_None);
}

Obj m_pop(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_no_kwargs("pop", kw);
    check_positional("pop", nargs, 0, 1);
    ArrayObject* a = as_array(self);
    int64_t i = nargs ? int_as_i64(number_index(args[0]).get()) : -1;
    CriticalSection cs(self);
    int64_t n = int64_t(a->len());
    const char* err = n == 0 ? "pop from empty array" : nullptr;
    if (i < 0) i += n;
    if (!err && (i < 0 || i >= n)) err = "pop index out of range";
    if (err) {
        cs.suspend();
        raise_msg(Exc_IndexError, err);
    }
    Obj x = get_at(a, size_t(i));
    size_t sz = a->tc->size;
    a->bytes.erase(a->bytes.begin() + i * int64_t(sz), a->bytes.begin() + (i + 1) * int64_t(sz));
    return x;
}

// The position of the first item equal to v at or after start (below stop), or -1.  Items are
// compared as Python objects (array('d', [1.0]).index(1) is 0), outside the lock.
int64_t find_item(Object* self, Object* v, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop; i++) {
        Obj x = item_or_null(self, size_t(i));
        if (!x) break;
        if (richcompare_bool(x.get(), v, CMP_EQ)) return i;
    }
    return -1;
}

Obj m_remove(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_one_arg("remove", nargs, kw);
    int64_t i = find_item(self, args[0], 0, INT64_MAX);
    if (i < 0) raise_msg(Exc_ValueError, "array.remove(x): x not in array");
    Obj index = int_from_i64(i);
    array_setitem(self, index.get(), nullptr);
    return newref(Py_None);
}

Obj m_index(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_no_kwargs("index", kw);
    check_positional("index", nargs, 1, 3);
    int64_t n = array_len(self);
    int64_t start = search_bound(nargs > 1 ? args[1] : nullptr, n, 0);
    int64_t stop = search_bound(nargs > 2 ? args[2] : nullptr, n, n);
    int64_t i = find_item(self, args[0], start, stop);
    if (i < 0) raise_msg(Exc_ValueError, "array.index(x): x not in array");
    return int_from_i64(i);
}

Obj m_count(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_one_arg("count", nargs, kw);
    int64_t c = 0;
    for (size_t i = 0;; i++) {
        Obj x = item_or_null(self, i);
        if (!x) break;
        if (richcompare_bool(x.get(), args[0], CMP_EQ)) c++;
    }
    return int_from_i64(c);
}

Obj m_reverse(Object* self, Object* const*, size_t nargs, Object* kw) {
    check_no_args("reverse", nargs, kw);
    ArrayObject* a = as_array(self);
    CriticalSection cs(self);
    size_t n = a->len(), sz = a->tc->size;
    for (size_t i = 0, j = n ? n - 1 : 0; i < j; i++, j--)
        std::swap_ranges(a->bytes.begin() + int64_t(i * sz), a->bytes.begin() + int64_t((i + 1) * sz),
                         a->bytes.begin() + int64_t(j * sz));
    return newref(Py_None);
}

Obj m_byteswap(Object* self, Object* const*, size_t nargs, Object* kw) {
    check_no_args("byteswap", nargs, kw);
    ArrayObject* a = as_array(self);
    CriticalSection cs(self);
    size_t sz = a->tc->size;
    for (size_t i = 0; i + sz <= a->bytes.size(); i += sz) std::reverse(a->bytes.begin() + int64_t(i), a->bytes.begin() + int64_t(i + sz));
    return newref(Py_None);
}

Obj m_tolist(Object* self, Object* const*, size_t nargs, Object* kw) {
    check_no_args("tolist", nargs, kw);
    ArrayObject* a = as_array(self);
    std::vector<uint8_t> b = snapshot(self);
    size_t n = b.size() / a->tc->size;
    Obj list = list_new(n);
    for (size_t i = 0; i < n; i++) list_items(list.get())[i] = item_object(a->tc, b.data() + i * a->tc->size).release();
    return list;
}

Obj m_fromlist(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_one_arg("fromlist", nargs, kw);
    if (!is_list(args[0])) raise_msg(Exc_TypeError, "arg must be list");
    std::vector<uint8_t> add = items_bytes(as_array(self)->tc, collect_items(args[0]));
    CriticalSection cs(self);
    as_array(self)->bytes.insert(as_array(self)->bytes.end(), add.begin(), add.end());
    return newref(Py_None);
}

Obj m_tobytes(Object* self, Object* const*, size_t nargs, Object* kw) {
    check_no_args("tobytes", nargs, kw);
    std::vector<uint8_t> b = snapshot(self);
    return bytes_from(std::string_view(reinterpret_cast<const char*>(b.data()), b.size()));
}

Obj m_frombytes(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_one_arg("frombytes", nargs, kw);
    std::string b = bytes_like_contents(args[0]);
    if (b.size() % as_array(self)->tc->size) raise_msg(Exc_ValueError, "bytes length not a multiple of item size");
    CriticalSection cs(self);
    as_array(self)->bytes.insert(as_array(self)->bytes.end(), b.begin(), b.end());
    return newref(Py_None);
}

Obj m_tounicode(Object* self, Object* const*, size_t nargs, Object* kw) {
    check_no_args("tounicode", nargs, kw);
    if (as_array(self)->tc->kind != Kind::Char)
        raise_msg(Exc_ValueError, "tounicode() may only be called on unicode type arrays ('u' or 'w')");
    std::vector<uint8_t> b = snapshot(self);
    std::string text;
    for (size_t i = 0; i + 4 <= b.size(); i += 4) {
        uint32_t cp;
        std::memcpy(&cp, b.data() + i, 4);
        utf8_append(text, cp);
    }
    return str_new(text);
}

Obj m_fromunicode(Object* self, Object* const* args, size_t nargs, Object* kw) {
    check_one_arg("fromunicode", nargs, kw);
    if (!is_str(args[0])) raise_fmt(Exc_TypeError, "fromunicode() argument must be str, not %s", type_name(args[0]));
    if (as_array(self)->tc->kind != Kind::Char)
        raise_msg(Exc_ValueError, "fromunicode() may only be called on unicode type arrays ('u' or 'w')");
    std::vector<uint8_t> add = str_items(args[0]);
    CriticalSection cs(self);
    as_array(self)->bytes.insert(as_array(self)->bytes.end(), add.begin(), add.end());
    return newref(Py_None);
}

// (address, length): the buffer's address is only good until the array next grows.
Obj m_buffer_info(Object* self, Object* const*, size_t nargs, Object* kw) {
    check_no_args("buffer_info", nargs, kw);
    CriticalSection cs(self);
    Obj addr = int_from_u64(uint64_t(reinterpret_cast<uintptr_t>(as_array(self)->bytes.data())));
    Obj n = int_from_i64(int64_t(as_array(self)->len()));
    cs.suspend();
    Obj t = tuple_new(2);
    static_cast<TupleObject*>(t.get())->items[0] = addr.release();
    static_cast<TupleObject*>(t.get())->items[1] = n.release();
    return t;
}

Obj m_copy(Object* self, Object* const*, size_t nargs, Object*) {
    return like(self, snapshot(self));
}

// For copy and pickle: array(typecode, list), CPython's form for protocols 0-2.
Obj m_reduce_ex(Object* self, Object* const*, size_t, Object*) {
    Obj code = str_new(std::string(1, as_array(self)->tc->code));
    Obj items = m_tolist(self, nullptr, 0, nullptr);
    Obj args = tuple_new(2);
    static_cast<TupleObject*>(args.get())->items[0] = code.release();
    static_cast<TupleObject*>(args.get())->items[1] = items.release();
    Obj t = tuple_new(3);
    static_cast<TupleObject*>(t.get())->items[0] = newref((Object*)type_of(self)).release();
    static_cast<TupleObject*>(t.get())->items[1] = args.release();
    Object* d = nullptr;
    if (type_of(self)->dictoffset) d = *reinterpret_cast<Object**>(reinterpret_cast<char*>(self) + type_of(self)->dictoffset);
    static_cast<TupleObject*>(t.get())->items[2] = newref(d ? d : Py_None).release();
    return t;
}

Obj get_typecode(Object* self) { return str_new(std::string(1, as_array(self)->tc->code)); }
Obj get_itemsize(Object* self) { return int_from_i64(as_array(self)->tc->size); }

void init_array_types() {
    static bool done = false;  // import_mutex serialises the first import
    if (done) return;
    done = true;
    Array_Type.new_ = array_new;
    Array_Type.dealloc = dealloc_as<ArrayObject>;
    Array_Type.repr = array_repr;
    Array_Type.hash = array_unhashable;
    Array_Type.richcompare = array_richcompare;
    Array_Type.len = array_len;
    Array_Type.getitem = array_getitem;
    Array_Type.setitem = array_setitem;
    Array_Type.contains = array_contains;
    Array_Type.iter = array_iter;
    Array_Type.binary = array_binary;
    Array_Type.inplace = array_inplace;
    type_ready(&Array_Type, "array.array", &Object_Type, sizeof(ArrayObject));
    Array_Type.flags |= TPF_BASETYPE;
    add_attr(&Array_Type, "__hash__", Py_None);
    add_methods(&Array_Type, {
        {"append", m_append, "Append new value v to the end of the array."},
        {"extend", m_extend, "Append items to the end of the array."},
        {"insert", m_insert, "Insert a new item v into the array before position i."},
        {"pop", m_pop, "Return the i-th element and delete it from the array."},
        {"remove", m_remove, "Remove the first occurrence of v in the array."},
        {"index", m_index, "Return index of first occurrence of v in the array."},
        {"count", m_count, "Return number of occurrences of v in the array."},
        {"reverse", m_reverse, "Reverse the order of the items in the array."},
        {"byteswap", m_byteswap, "Byteswap all items of the array."},
        {"tolist", m_tolist, "Convert array to an ordinary list with the same items."},
        {"fromlist", m_fromlist, "Append items to array from list."},
        {"tobytes", m_tobytes, "Convert the array to an array of machine values and return the bytes representation."},
        {"frombytes", m_frombytes, "Appends items from the string, interpreting it as an array of machine values."},
        {"tounicode", m_tounicode, "Extends this array with data from the unicode string ustr."},
        {"fromunicode", m_fromunicode, "Extends this array with data from the unicode string ustr."},
        {"buffer_info", m_buffer_info, "Return a tuple (address, length) giving the current memory address and the length in items."},
        {"__copy__", m_copy, "Return a copy of the array."},
        {"__deepcopy__", m_copy, "Return a copy of the array."},
        {"__reduce_ex__", m_reduce_ex, "Return state information for pickling."},
    });
    add_getsets(&Array_Type, {{"typecode", get_typecode}, {"itemsize", get_itemsize}});

    ArrayIter_Type.dealloc = arrayiter_dealloc;
    ArrayIter_Type.iter = [](Object* o) { return newref(o); };
    ArrayIter_Type.iternext = arrayiter_next;
    type_ready(&ArrayIter_Type, "array.arrayiterator", &Object_Type, sizeof(ArrayIterObject));
}

}  // namespace

bool array_buffer(Object* o, std::string* out) {
    if (!Array_Type.ob_type || !is_array(o)) return false;  // (the module may never have been imported)
    std::vector<uint8_t> b = snapshot(o);
    out->assign(b.begin(), b.end());
    return true;
}

Obj make_array_module() {
    init_array_types();
    Obj m = new_module("array");
    Object* d = module_dict(m.get());
    dict_set(d, intern_cstr("array"), (Object*)&Array_Type);
    dict_set(d, intern_cstr("ArrayType"), (Object*)&Array_Type);
    dict_set(d, intern_cstr("typecodes"), str_new("bBuwhHiIlLqQfd").get());
    return m;
}
