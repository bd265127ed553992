# lib/struct.py — the `struct` module: Python values <-> the bytes of C structs.
#
# What this step does: a format string describes a row of C values; pack() turns Python values
# into exactly those bytes, unpack() turns the bytes back:
#     pack('<hI', -2, 7)  ->  b'\xfe\xff\x07\x00\x00\x00'      unpack('<hI', that) -> (-2, 7)
# A format is an optional byte-order character, then codes, each with an optional repeat count:
#     @ native order, native sizes, C alignment (the default; x86-64 Linux here)
#     = native order, standard sizes, no alignment      < little-endian      > and ! big-endian
#     x pad byte   c bytes of length 1   b B signed/unsigned char   ? bool   h H short   i I int
#     l L long   q Q long long   n N ssize_t/size_t and P void * (native only)
#     e f d IEEE 754 binary16/32/64   F D complex of two f / two d   s p a bytes string
# Pieces, in the order they appear below:
#   * compiling a format (Struct): the format is read once into a list of runs, each an
#     (offset, code, size, count) tuple, so pack/unpack are a loop over that list.  With '@' each item
#     is first aligned: its offset is rounded up to a multiple of its alignment, as a C compiler
#     lays out a struct ('@bi' is 8 bytes: b, 3 pad bytes, then i at offset 4).  For 's' and
#     'p' the count is the length of one bytes item ('5s'), for 'x' a number of zero bytes, for
#     every other code that many items ('3h' is three shorts);
#   * integers: range-checked, then int.to_bytes/int.from_bytes in the chosen byte order;
#   * floats, done by hand: a binary float is sign, biased exponent, fraction.  math.frexp
#     splits x into a 53-bit integer mantissa and a power of two; the mantissa is rounded
#     (to nearest, ties to even) to the precision the target format has at that exponent, and
#     the three fields are assembled into an int.  Unpacking is math.ldexp(fraction, exponent).
#     So 0.1 packed as 'e' is the half-float nearest to 0.1 (0x2e66), and a value too big for
#     the format is an OverflowError ('e', and 'f' in the standard modes; native 'f' behaves
#     like a C cast and gives inf);
#   * the buffer functions: pack_into writes into a bytearray (or array.array) at an offset,
#     unpack_from reads at an offset, iter_unpack reads one struct after another.
# Module-level pack(fmt, ...) compiles fmt once and keeps the Struct in a small cache.
#
# Comes in: `import struct` (frozen by lib/freeze.sh).
# Goes out: pack, unpack, calcsize, pack_into, unpack_from, iter_unpack, Struct, error.
# Read next: bigint.cpp (int.to_bytes/from_bytes underneath), float.cpp (frexp/ldexp, the
# IEEE 754 doubles themselves), arraymodule.cpp (typed arrays of the same C values).
#
# Differences from CPython: CPython's _struct is C and reads any object with the buffer
# protocol; minipy has no memoryview, so the buffers taken here are bytes, bytearray and
# array.array (writable: bytearray and array.array).  iter_unpack copies its buffer when it
# starts (CPython keeps a view, so it would see later changes).  A NaN's payload bits are
# invisible to frexp, so for NaNs (only) the raw bits of the double go through array('d').
# The messages for wrong argument counts say "_struct.calcsize()" as CPython's do.

import math as _math
import operator as _operator
import sys as _sys

try:
    import array as _array
except ImportError:             # an interpreter without array: NaN payloads are not kept
    _array = None

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']


class error(Exception):
    """The exception struct raises for a bad format or a value that does not fit it."""


_MAXSIZE = _sys.maxsize         # sizes and repeat counts are C ssize_t in CPython
_NATIVE_ORDER = _sys.byteorder  # 'little' on x86-64
_MISSING = object()


# ───────────────────────────── the format tables ─────────────────────────────
#
# code -> (size, alignment).  Native sizes and alignments are those of x86-64 Linux (LP64: long
# and pointers are 8 bytes; a float complex is aligned like a float).  Standard sizes are fixed
# by the struct documentation and never aligned; n, N and P exist only natively.

_NATIVE = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
    'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4), 'l': (8, 8), 'L': (8, 8),
    'q': (8, 8), 'Q': (8, 8), 'n': (8, 8), 'N': (8, 8), 'P': (8, 8),
    'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 'F': (8, 4), 'D': (16, 8),
    's': (1, 1), 'p': (1, 1),
}

_STANDARD = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
    'h': (2, 1), 'H': (2, 1), 'i': (4, 1), 'I': (4, 1), 'l': (4, 1), 'L': (4, 1),
    'q': (8, 1), 'Q': (8, 1), 'e': (2, 1), 'f': (4, 1), 'd': (8, 1), 'F': (8, 1), 'D': (16, 1),
    's': (1, 1), 'p': (1, 1),
}

_SIGNED = 'bhilqn'
_UNSIGNED = 'BHILQN'
_SPACES = ' \t\n\r\x0b\x0c'     # what C's isspace() skips between codes


def _compile(fmt):
    # fmt (a str) -> (codes, number of values, size, byte order, native?).  codes lists
    # (offset, code, size, count) runs: count values of size bytes each, from offset on.
    i = 0
    n = len(fmt)
    native = True
    order = _NATIVE_ORDER
    if n and fmt[0] in '@=<>!':
        c = fmt[0]
        native = c == '@'
        order = {'@': _NATIVE_ORDER, '=': _NATIVE_ORDER, '<': 'little'}.get(c, 'big')
        i = 1
    table = _NATIVE if native else _STANDARD
    codes = []
    nvalues = 0
    size = 0
    while i < n:
        c = fmt[i]
        i += 1
        if c in _SPACES:
            continue
        if '0' <= c <= '9':
            num = ord(c) - 48
            while i < n and '0' <= fmt[i] <= '9':
                num = num * 10 + ord(fmt[i]) - 48
                if num > _MAXSIZE:
                    raise error('total struct size too long')
                i += 1
            if i == n:
                raise error('repeat count given without format specifier')
            c = fmt[i]
            i += 1
        else:
            num = 1
        entry = table.get(c)
        if entry is None:
            raise error('bad char in struct format')
        itemsize, alignment = entry
        size = (size + alignment - 1) // alignment * alignment       # align (1: no change)
        if size > _MAXSIZE or num > (_MAXSIZE - size) // itemsize:
            raise error('total struct size too long')
        if c in 'sp':
            codes.append((size, c, num, 1))              # one bytes value of num bytes
            nvalues += 1
        elif c != 'x' and num:
            codes.append((size, c, itemsize, num))
            nvalues += num
        size += num * itemsize
    return codes, nvalues, size, order, native


# ───────────────────────────── integers ─────────────────────────────

def _as_int(v):
    # The int a value stands for: an int, or what __index__ gives (its errors pass through).
    if isinstance(v, int):
        return v
    if hasattr(type(v), '__index__'):
        return _operator.index(v)
    raise error('required argument is not an integer')


def _pack_int(v, code, size, order):
    v = _as_int(v)
    bits = 8 * size
    if code in _SIGNED:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        lo, hi = 0, (1 << bits) - 1
    if not lo <= v <= hi:
        raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
    return v.to_bytes(size, order, signed=lo < 0)


def _pack_pointer(v, code, size, order):
    # A void * takes any int a C long long or unsigned long long can hold; negative ones are
    # stored in two's complement.
    v = _as_int(v)
    bits = 8 * size
    if not -(1 << (bits - 1)) <= v < (1 << bits):
        raise error('int too large to convert')
    return (v & ((1 << bits) - 1)).to_bytes(size, order)


# ───────────────────────────── IEEE 754 floats ─────────────────────────────
#
# A binary float with E exponent bits and F fraction bits is the int
#     sign << (E + F)  |  biased exponent << F  |  fraction
# with bias = 2**(E-1) - 1.  A biased exponent b in 1 .. 2**E - 2 means (1 + fraction/2**F) *
# 2**(b - bias); b == 0 means a subnormal fraction/2**F * 2**(1 - bias) (and zero); b == 2**E - 1
# means infinity (fraction 0) or NaN.  binary16 ('e') has E, F = 5, 10; binary32 ('f') 8, 23;
# binary64 ('d') 11, 52.
#
# NaNs: the top fraction bit says "quiet"; a NaN without it is "signaling".  As in CPython 3.14,
# 'e' and the standard 'f' keep a signaling NaN signaling when its shortened payload is not
# zero, while the native 'f' and 'F' behave like the C cast (x86-64's cvtsd2ss), which makes
# every NaN quiet.

_INF = float('inf')


def _double_bits(x):
    # The 64 bits of a NaN (frexp cannot see them).
    if _array is not None:
        return int.from_bytes(_array.array('d', [x]).tobytes(), _NATIVE_ORDER)
    return (0xfff8 if _math.copysign(1.0, x) < 0 else 0x7ff8) << 48


def _double_from_bits(bits):
    # The NaN with these 64 bits.
    if _array is not None:
        a = _array.array('d')
        a.frombytes(bits.to_bytes(8, _NATIVE_ORDER))
        return a[0]
    return _math.copysign(float('nan'), -1.0 if bits >> 63 else 1.0)


def _encode_float(x, ebits, fbits, code, cast):
    # The bits of the float x in the format with ebits exponent and fbits fraction bits.
    # cast: out-of-range values become inf and NaNs become quiet, as C's (float)x does;
    # otherwise too big a value is an OverflowError.
    top = (1 << (ebits + fbits)) if _math.copysign(1.0, x) < 0.0 else 0
    all_ones = (1 << ebits) - 1
    if x != x:
        bits = _double_bits(x)
        fraction = (bits & ((1 << 52) - 1)) >> (52 - fbits)
        quiet = 1 << (fbits - 1)
        if cast or not fraction or bits & (1 << 51):
            fraction |= quiet
        return top | (all_ones << fbits) | fraction
    if x == _INF or x == -_INF:
        return top | (all_ones << fbits)
    if x == 0.0:
        return top
    bias = (1 << (ebits - 1)) - 1
    m, e = _math.frexp(abs(x))             # |x| = m * 2**e with 0.5 <= m < 1
    mant = int(_math.ldexp(m, 53))         # |x| = mant * 2**(e - 53) exactly
    # The weight of the last fraction bit at this size: 2**(e - 1 - fbits) for a normal
    # number, never less than the subnormals' 2**(1 - bias - fbits).
    quantum = max(e - 1, 1 - bias) - fbits
    shift = quantum - (e - 53)             # low bits of mant that do not fit
    if shift > 0:
        rest = mant & ((1 << shift) - 1)
        mant >>= shift
        half = 1 << (shift - 1)
        if rest > half or (rest == half and mant & 1):     # to nearest, ties to even
            mant += 1
        if mant >> (fbits + 1):            # rounding carried: 1.11...1 became 10.00...0
            mant >>= 1
            quantum += 1
    else:
        mant <<= -shift
    if not mant >> fbits:                  # no hidden bit: a subnormal (or 0 after rounding)
        return top | mant
    biased = quantum + fbits + bias
    if biased >= all_ones:
        if cast:
            return top | (all_ones << fbits)
        raise OverflowError('float too large to pack with %s format' % code)
    return top | (biased << fbits) | (mant - (1 << fbits))


def _decode_float(bits, ebits, fbits, cast):
    # The float whose binary form (ebits exponent bits, fbits fraction bits) is the int bits.
    fraction = bits & ((1 << fbits) - 1)
    biased = (bits >> fbits) & ((1 << ebits) - 1)
    negative = bits >> (ebits + fbits)
    bias = (1 << (ebits - 1)) - 1
    if biased == (1 << ebits) - 1:
        if fraction == 0:
            return -_INF if negative else _INF
        fraction <<= 52 - fbits            # a NaN: the same payload, widened to a double
        if cast:
            fraction |= 1 << 51
        return _double_from_bits((negative << 63) | (0x7ff << 52) | fraction)
    if biased == 0:
        v = _math.ldexp(float(fraction), 1 - bias - fbits)
    else:
        v = _math.ldexp(float(fraction | (1 << fbits)), biased - bias - fbits)
    return -v if negative else v


_FLOAT_FORMATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


def _as_float(v):
    # The float a value stands for (float(), __float__, or __index__), or None.
    if isinstance(v, float):
        return v
    t = type(v)
    try:
        if hasattr(t, '__float__'):
            r = t.__float__(v)
            return r if isinstance(r, float) else None
        if hasattr(t, '__index__'):
            return float(_operator.index(v))
    except Exception:
        pass
    return None


def _pack_float(v, code, size, order, native):
    x = _as_float(v)
    if x is None:
        raise error('required argument is not a float')
    ebits, fbits = _FLOAT_FORMATS[code]
    return _encode_float(x, ebits, fbits, code, native and code == 'f').to_bytes(size, order)


def _unpack_float(data, code, order, native):
    ebits, fbits = _FLOAT_FORMATS[code]
    return _decode_float(int.from_bytes(data, order), ebits, fbits, native and code == 'f')


def _pack_complex(v, code, size, order):
    # Two floats, real part first; 'F' converts each part like C's cast (never an error).
    if isinstance(v, complex):
        parts = (v.real, v.imag)
    else:
        parts = None
        t = type(v)
        if hasattr(t, '__complex__'):
            try:
                c = t.__complex__(v)
                if isinstance(c, complex):
                    parts = (c.real, c.imag)
            except Exception:
                pass
        else:
            x = _as_float(v)
            if x is not None:
                parts = (x, 0.0)
        if parts is None:
            raise error('required argument is not a complex')
    half = size // 2
    ebits, fbits = (8, 23) if code == 'F' else (11, 52)
    return b''.join(_encode_float(p, ebits, fbits, code, True).to_bytes(half, order)
                    for p in parts)


def _unpack_complex(data, code, order):
    half = len(data) // 2
    ebits, fbits = (8, 23) if code == 'F' else (11, 52)
    return complex(_decode_float(int.from_bytes(data[:half], order), ebits, fbits, True),
                   _decode_float(int.from_bytes(data[half:], order), ebits, fbits, True))


# ───────────────────────────── one item ─────────────────────────────

def _pack_item(v, code, size, order, native):
    # The size bytes that stand for the value v under code.
    if code in _SIGNED or code in _UNSIGNED:
        return _pack_int(v, code, size, order)
    if code in 'efd':
        return _pack_float(v, code, size, order, native)
    if code == '?':
        return b'\x01' if v else b'\x00'
    if code == 'c':
        if not isinstance(v, bytes) or len(v) != 1:
            raise error('char format requires a bytes object of length 1')
        return bytes(v)
    if code == 's':
        if not isinstance(v, (bytes, bytearray)):
            raise error("argument for 's' must be a bytes object")
        v = bytes(v[:size])
        return v + bytes(size - len(v))
    if code == 'p':
        # A Pascal string: a length byte, then the bytes, in size bytes in all.
        if not isinstance(v, (bytes, bytearray)):
            raise error("argument for 'p' must be a bytes object")
        if size == 0:
            return b''
        v = bytes(v[:size - 1])
        return bytes([min(len(v), 255)]) + v + bytes(size - 1 - len(v))
    if code == 'P':
        return _pack_pointer(v, code, size, order)
    return _pack_complex(v, code, size, order)              # 'F', 'D'


def _unpack_item(data, code, order, native):
    if code in _SIGNED:
        return int.from_bytes(data, order, signed=True)
    if code in _UNSIGNED or code == 'P':
        return int.from_bytes(data, order)
    if code in 'efd':
        return _unpack_float(data, code, order, native)
    if code == '?':
        return data[0] != 0
    if code in 'cs':
        return data
    if code == 'p':
        if not data:
            return b''
        n = data[0]
        if n >= len(data):
            n = len(data) - 1
        return data[1:1 + n]
    return _unpack_complex(data, code, order)


# ───────────────────────────── buffers ─────────────────────────────

def _readable(buffer):
    # The bytes of a buffer to read from.
    if isinstance(buffer, bytes):
        return buffer
    if isinstance(buffer, bytearray):
        return bytes(buffer)
    if _array is not None and isinstance(buffer, _array.array):
        return buffer.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


def _check_writable(buffer):
    if isinstance(buffer, bytearray):
        return
    if _array is not None and isinstance(buffer, _array.array):
        return
    raise TypeError('argument must be read-write bytes-like object, not %s'
                    % type(buffer).__name__)


def _as_ssize(v, overflow):
    # An offset as a C ssize_t: an int (or __index__) that fits in 64 bits.
    v = _operator.index(v)
    if not -_MAXSIZE - 1 <= v <= _MAXSIZE:
        if overflow is OverflowError:
            raise OverflowError('Python int too large to convert to C ssize_t')
        raise overflow("cannot fit 'int' into an index-sized integer")
    return v


# ───────────────────────────── Struct ─────────────────────────────

class Struct:
    """Struct(format): a compiled format, with its size and the pack/unpack methods."""

    __slots__ = ('_format', '_size', '_codes', '_nvalues', '_order', '_native')

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError('Struct() takes at most 1 argument (%d given)'
                            % (len(args) + len(kwargs)))
        if args:
            format = args[0]
        elif 'format' in kwargs:
            format = kwargs['format']
        elif kwargs:
            raise TypeError("Struct() got an unexpected keyword argument '%s'"
                            % next(iter(kwargs)))
        else:
            raise TypeError("Struct() missing required argument 'format' (pos 1)")
        if isinstance(format, str):
            format.encode('ascii')          # a UnicodeEncodeError for non-ASCII, as CPython
            text = str(format)
        elif isinstance(format, bytes):
            text = bytes(format).decode('latin-1')
        else:
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                            % type(format).__name__)
        if '\0' in text:
            raise error('embedded null character')
        self._codes, self._nvalues, self._size, self._order, self._native = _compile(text)
        self._format = text

    @property
    def format(self):
        """The format string this Struct was made from (always a str)."""
        return self._format

    @property
    def size(self):
        """The number of bytes pack() produces and unpack() needs."""
        return self._size

    def __repr__(self):
        return 'Struct(%r)' % self._format

    def _pack_fields(self, args, start, out, base):
        # Writes the values args[start:] into the bytearray out at base, field by field (a
        # bad value stops it midway, leaving the fields before it written, as CPython does).
        order, native = self._order, self._native
        k = start
        for offset, code, size, count in self._codes:
            at = base + offset
            for j in range(count):
                out[at:at + size] = _pack_item(args[k], code, size, order, native)
                at += size
                k += 1

    def pack(self, *args, **kwargs):
        """pack(v1, v2, ...) -> bytes: the values packed by the format."""
        if kwargs:
            raise TypeError('Struct.pack() takes no keyword arguments')
        if len(args) != self._nvalues:
            raise error('pack expected %d items for packing (got %d)'
                        % (self._nvalues, len(args)))
        out = bytearray(self._size)
        self._pack_fields(args, 0, out, 0)
        return bytes(out)

    def pack_into(self, *args):
        """pack_into(buffer, offset, v1, v2, ...): pack the values into a writable buffer at
        offset (a negative offset counts from the end)."""
        if len(args) != self._nvalues + 2:
            if not args:
                raise error('pack_into expected buffer argument')
            if len(args) == 1:
                raise error('pack_into expected offset argument')
            raise error('pack_into expected %d items for packing (got %d)'
                        % (self._nvalues, len(args) - 2))
        buffer = args[0]
        _check_writable(buffer)
        offset = _as_ssize(args[1], IndexError)
        n = len(buffer) if isinstance(buffer, bytearray) else len(buffer.tobytes())
        size = self._size
        if offset < 0:
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            if -offset < size:
                raise error('no space to pack %d bytes at offset %d' % (size, offset))
            offset += n
        if n - offset < size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (size + offset, size, offset, n))
        if isinstance(buffer, bytearray):
            buffer[offset:offset + size] = bytes(size)
            self._pack_fields(args, 2, buffer, offset)
            return None
        # An array.array: pack into a copy of its bytes, then put them back (also when a
        # value fails midway, so the array ends as a bytearray would).
        raw = bytearray(buffer.tobytes())
        raw[offset:offset + size] = bytes(size)
        try:
            self._pack_fields(args, 2, raw, offset)
        finally:
            del buffer[:]
            buffer.frombytes(bytes(raw))
        return None

    def _unpack_at(self, data, base):
        order, native = self._order, self._native
        values = []
        for offset, code, size, count in self._codes:
            at = base + offset
            for j in range(count):
                values.append(_unpack_item(data[at:at + size], code, order, native))
                at += size
        return tuple(values)

    def unpack(self, *args):
        """unpack(buffer) -> tuple: the values in a buffer of exactly self.size bytes."""
        if len(args) != 1:
            raise TypeError('Struct.unpack() takes exactly one argument (%d given)' % len(args))
        data = _readable(args[0])
        if len(data) != self._size:
            raise error('unpack requires a buffer of %d bytes' % self._size)
        return self._unpack_at(data, 0)

    def unpack_from(self, *args, **kwargs):
        """unpack_from(buffer, offset=0) -> tuple: the values at offset in the buffer (which
        may be longer; a negative offset counts from the end)."""
        buffer, offset = _parse_from_args(args, kwargs, 'unpack_from()', 0)
        return self._unpack_from(buffer, offset)

    def _unpack_from(self, buffer, offset):
        data = _readable(buffer)
        offset = _as_ssize(offset, OverflowError)
        n = len(data)
        size = self._size
        if offset < 0:
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            if -offset < size:
                raise error('not enough data to unpack %d bytes at offset %d' % (size, offset))
            offset += n
        if n - offset < size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (size + offset, size, offset, n))
        return self._unpack_at(data, offset)

    def iter_unpack(self, *args):
        """iter_unpack(buffer) -> iterator of tuples: the buffer read as consecutive structs."""
        if len(args) != 1:
            raise TypeError('Struct.iter_unpack() takes exactly one argument (%d given)'
                            % len(args))
        return self._iter_unpack(args[0])

    def _iter_unpack(self, buffer):
        data = _readable(buffer)
        if self._size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self._size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % self._size)
        return unpack_iterator(self, data)


def _parse_from_args(args, kwargs, name, before):
    # The (buffer, offset=0) of unpack_from, given as args and kwargs after `before` leading
    # positional arguments (the module function's format), with CPython's messages.
    given = before + len(args) + len(kwargs)
    if given > before + 2:
        raise TypeError('%s takes at most %d arguments (%d given)' % (name, before + 2, given))
    names = ('buffer', 'offset')
    values = list(args) + [_MISSING] * (2 - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError("%s got an unexpected keyword argument '%s'" % (name, key))
        k = names.index(key)
        if values[k] is not _MISSING:
            raise TypeError("argument for %s given by name ('%s') and position (%d)"
                            % (name, key, before + k + 1))
        values[k] = value
    if values[0] is _MISSING:
        raise TypeError("%s missing required argument 'buffer' (pos %d)" % (name, before + 1))
    if values[1] is _MISSING:
        values[1] = 0
    return values[0], values[1]


class unpack_iterator:
    """The iterator iter_unpack() returns: one tuple per struct-sized piece of the buffer."""

    __slots__ = ('_struct', '_data', '_pos')

    def __init__(self, struct, data):
        self._struct = struct
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._data):
            raise StopIteration
        values = self._struct._unpack_at(self._data, self._pos)
        self._pos += self._struct._size
        return values

    def __length_hint__(self):
        return (len(self._data) - self._pos) // self._struct._size


# ───────────────────────────── the module functions ─────────────────────────────
#
# Each compiles its format through a cache of Structs (CPython keeps up to 100 and empties the
# cache when it is full; so does this one).

_cache = {}
_MAXCACHE = 100


def _clearcache():
    """Empty the cache of compiled formats."""
    _cache.clear()


def _struct_for(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = Struct(fmt)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(*args):
    """calcsize(fmt) -> int: the size in bytes of the struct fmt describes."""
    if len(args) != 1:
        raise TypeError('_struct.calcsize() takes exactly one argument (%d given)' % len(args))
    return _struct_for(args[0]).size


def pack(*args, **kwargs):
    """pack(fmt, v1, v2, ...) -> bytes: the values packed according to fmt."""
    if kwargs:
        raise TypeError('pack() takes no keyword arguments')
    if not args:
        raise TypeError('missing format argument')
    return _struct_for(args[0]).pack(*args[1:])


def pack_into(*args, **kwargs):
    """pack_into(fmt, buffer, offset, v1, v2, ...): pack the values into buffer at offset."""
    if kwargs:
        raise TypeError('pack_into() takes no keyword arguments')
    if not args:
        raise TypeError('missing format argument')
    return _struct_for(args[0]).pack_into(*args[1:])


def unpack(*args):
    """unpack(fmt, buffer) -> tuple: the values in a buffer of exactly calcsize(fmt) bytes."""
    if len(args) != 2:
        raise TypeError('unpack expected 2 arguments, got %d' % len(args))
    return _struct_for(args[0]).unpack(args[1])


def unpack_from(*args, **kwargs):
    """unpack_from(fmt, /, buffer, offset=0) -> tuple: the values at offset in buffer."""
    if not args:
        raise TypeError('unpack_from() takes at least 1 positional argument (0 given)')
    buffer, offset = _parse_from_args(args[1:], kwargs, 'unpack_from()', 1)
    return _struct_for(args[0])._unpack_from(buffer, offset)


def iter_unpack(*args):
    """iter_unpack(fmt, buffer) -> iterator of tuples, one per calcsize(fmt) bytes."""
    if len(args) != 2:
        raise TypeError('iter_unpack expected 2 arguments, got %d' % len(args))
    return _struct_for(args[0])._iter_unpack(args[1])
