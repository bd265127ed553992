# struct: formats, byte orders, every code with standard sizes, half/single/double floats
# (rounding, overflow, NaN payloads), strings, the buffer functions, Struct, and the errors.
# (struct_native.py: the codes whose native size differs between 64-bit Linux and the oracle)
import struct
import array


def t(f, *args, **kwargs):
    try:
        print('ok', repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


# byte orders and the integer codes
print(struct.pack('<hHiIlLqQ', -2, 2, -3, 3, -4, 4, -5, 5).hex())
print(struct.pack('>hHiIlLqQ', -2, 2, -3, 3, -4, 4, -5, 5).hex())
print(struct.pack('!i', 1) == struct.pack('>i', 1), struct.pack('=h', 1), struct.pack('<bB?', -1, 255, 7))
print(struct.unpack('>hHiIlLqQ', struct.pack('>hHiIlLqQ', -2, 2, -3, 3, -4, 4, -5, 5)))
print(struct.unpack('<q', b'\xff' * 8), struct.unpack('<Q', b'\xff' * 8), struct.unpack('>b', b'\x80'))
for fmt, v in [('<q', -2**63), ('<Q', 2**64 - 1), ('<i', True), ('<h', 0x7fff), ('>H', 0)]:
    print(fmt, v, struct.pack(fmt, v))
for code in 'bBhHiIqQ':
    for v in (2**64, -1, 2**70, -2**70):
        t(struct.pack, '<' + code, v)
for code in 'bhiq':                        # the same limits natively
    t(struct.pack, code, 2**64)


class Index:
    def __index__(self):
        return 7


class Half:
    def __float__(self):
        return 0.5


class BadIndex:
    def __index__(self):
        raise ValueError('no index')


for v in ['x', 1.5, None, Index(), Half(), BadIndex()]:
    t(struct.pack, '<i', v)
# bool, char, pad bytes, strings
print(struct.pack('????', 0, 2, [], 'x'), struct.unpack('3?', b'\x00\x01\xfe'))
print(struct.pack('3c', b'a', b'b', b'c'), struct.unpack('2c', b'xy'))
for v in [b'', b'ab', 'a', bytearray(b'a'), 1]:
    t(struct.pack, 'c', v)
print(struct.pack('<h2xh3x', 1, 2), struct.unpack('<hxxh', b'\x01\x00\xff\xff\x02\x00'), struct.pack('0x'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('0s', b'ab'), struct.pack('s', b'xy'))
print(struct.pack('5s', bytearray(b'abc')), struct.unpack('3s2s', b'abcde'), struct.unpack('0s', b''))
print(struct.pack('5p', b'abc'), struct.pack('3p', b'abcdef'), struct.pack('1p', b'a'), struct.pack('0p', b'a'))
print(struct.unpack('5p', b'\x02abcd'), struct.unpack('3p', b'\x09ab'), struct.unpack('1p', b'\x05'))
p = struct.pack('300p', b'z' * 400)
print(len(p), p[0], len(struct.unpack('300p', p)[0]))
for code in 'sp':
    t(struct.pack, code, 'text')
    t(struct.pack, code, 5)
# floats: e (binary16), f (binary32), d (binary64), exact and rounded
nan, inf = float('nan'), float('inf')
for v in [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 65504.0, 65519.99, 6e-08, 2.98e-08, 2.99e-08,
          1e-45, 3.4028234e38, 3.402823567e38, 5e-324, inf, -inf, nan, -nan, 3, True]:
    row = []
    for code in ('<e', '>f', '<d'):
        try:
            b = struct.pack(code, v)
            row.append(b.hex() + '=' + repr(struct.unpack(code, b)[0]))
        except OverflowError as e:
            row.append('OverflowError: %s' % e)
    print(repr(v), ' '.join(row))
for v in [65520.0, 1e39, 3.4028235677973366e38, 1e300, -1e300]:
    t(struct.pack, '<e', v)
    t(struct.pack, '<f', v)
t(struct.pack, 'f', 1e39)                 # native f is a C cast: inf, no error
t(struct.pack, '=f', 1e39)
for v in ['x', Half(), Index(), 2**1024, None]:
    t(struct.pack, '<d', v)
print(struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\xff\x7b'), struct.unpack('>e', b'\x7c\x00'))
print(struct.unpack('<f', b'\x01\x00\x00\x00'), struct.unpack('<d', b'\x01' + b'\x00' * 7))
# NaN payloads and signs survive e/f/d (a signaling NaN stays signaling in the standard modes)
for raw in [b'\x00\x00\xc0\x7f', b'\x01\x00\x80\x7f', b'\x00\x00\xc0\xff', b'\x01\x00\xc0\x7f']:
    x, = struct.unpack('<f', raw)
    print(raw.hex(), x, struct.pack('<f', x).hex(), struct.pack('<d', x).hex(), struct.pack('f', x).hex())
for raw in [b'\x01\x7c', b'\x00\xfe', b'\x01\x7e']:
    x, = struct.unpack('<e', raw)
    print(raw.hex(), x, struct.pack('<e', x).hex(), struct.pack('<d', x).hex())
for raw in ['010000000000f07f', '000000000001f87f', '000000000000f8ff', '000000200000f07f']:
    x, = struct.unpack('<d', bytes.fromhex(raw))
    print(raw, struct.pack('<d', x).hex(), struct.pack('<f', x).hex(), struct.pack('<e', x).hex())
# complex: F (two floats), D (two doubles)
print(struct.pack('<F', 1 + 2j).hex(), struct.pack('>D', -0.5j).hex(), struct.pack('<F', 3).hex())
print(struct.unpack('<F', struct.pack('<F', 1.5 - 2j)), struct.unpack('<2D', bytes(32)))
print(struct.pack('<F', 1e300 + 0j).hex(), struct.unpack('<F', b'\x00\x00\xc0\x7f\x00\x00\x80\xff'))
t(struct.pack, '<F', 'ab')
t(struct.pack, '<D', 2**2000)
# calcsize, native alignment (only codes whose size is the same everywhere), format syntax
for fmt in ['', '<', 'bq', 'qb', 'bd', 'bF', 'bD', 'be', 'bf', 'bh', 'bi', 'hc', 'b0q', 'x0d',
            'b3sq', '=bq', '<bq', '>2b2q', ' i i ', 'i\ti', '< i', '03i', '3s3p', b'<i']:
    print(repr(fmt), struct.calcsize(fmt))
for fmt in ['3', '<3', 'i3', '3 i', '\n<i', 'ii<', 'y', '2y', '#', 'i\x00', 'ié',
            '99999999999999999999i', '<n', '<N', '>P', 5, None, bytearray(b'i')]:
    t(struct.calcsize, fmt)
print(struct.pack('@hi', 1, 2).hex(), struct.pack('=hi', 1, 2).hex(), struct.pack('>5sxh', b'ab', -2))
# argument counts
t(struct.pack, 'i')
t(struct.pack, '2i', 1, 2, 3)
t(struct.pack, 'x', 1)
t(struct.pack)
t(struct.unpack, 'i')
t(struct.calcsize)
t(struct.iter_unpack, 'i')
t(struct.unpack_from)
t(struct.unpack_from, 'i')
t(struct.unpack_from, 'i', b'1234', 0, 1)
# unpack, unpack_from, pack_into with offsets
t(struct.unpack, '<i', b'abc')
t(struct.unpack, '<i', b'abcde')
t(struct.unpack, '<h', 'ab')
t(struct.unpack, '<h', [1, 2])
print(struct.unpack('<h', bytearray(b'\x01\x02')), struct.unpack('<2h', array.array('h', [5, -6])))
data = b'\x01\x02\x03'
for off in [0, 1, 2, 3, 100, -1, -2, -3, -4]:
    t(struct.unpack_from, '<h', data, off)
t(struct.unpack_from, '<h', buffer=data, offset=1)
t(struct.unpack_from, '<h', data, 1.0)
t(struct.unpack_from, '<h', data, 2**70)
t(struct.unpack_from, '', b'', 1)
buf = bytearray(6)
for off, v in [(0, 258), (4, 259), (-2, 260), (5, 1), (6, 1), (-1, 1), (-7, 1), (-6, 0x4142)]:
    t(struct.pack_into, '<h', buf, off, v)
print(buf)
t(struct.pack_into, '<2h', buf, 1, 1, 'x')          # zeroes the field, then fails midway
print(buf)
t(struct.pack_into, '<h', buf)
t(struct.pack_into, '<h')
t(struct.pack_into, '<h', buf, 0)
t(struct.pack_into, '<h', b'ab', 0, 1)
t(struct.pack_into, '<h', buf, 0.5, 1)
t(struct.pack_into, '<h', buf, 2**70, 1)
arr = array.array('b', [0] * 4)
struct.pack_into('<h', arr, 1, 0x0102)
print(arr)
# iter_unpack
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(iter(it) is it, list(struct.iter_unpack('<hb', bytes(6))), list(struct.iter_unpack('b', b'')))
t(struct.iter_unpack, '', b'')
t(struct.iter_unpack, '<h', b'abc')
t(struct.iter_unpack, '<h', 5)
# Struct objects
s = struct.Struct('<hI')
print(s, repr(s), s.format, s.size, struct.Struct(b'>q').format, struct.Struct(format='=b'))
print(s.pack(-1, 7), s.unpack(b'\x01\x00\x02\x00\x00\x00'), s.unpack_from(b'xx' + s.pack(3, 4), 2))
print(list(s.iter_unpack(s.pack(1, 2) * 2)), s == struct.Struct('<hI'))
b = bytearray(8)
s.pack_into(b, 1, 5, 6)
print(b)
t(s.pack, 1)
t(s.pack, 1, 2, x=3)
t(s.unpack)
t(s.unpack, b'123456', b'')
t(s.unpack_from)
t(s.unpack_from, b'123456', 0, 1)
t(s.unpack_from, b'123456', offset=None)
t(struct.Struct)
t(struct.Struct, 5)
t(struct.Struct, 'i', 'j')
t(struct.Struct, b'\xff')
s.__init__('>b')                                   # a Struct can be re-initialised
print(s.format, s.size, s.pack(-1))
print(struct.error.__name__, struct.error.__mro__[1].__name__, repr(struct.error('x')), struct.__all__)
print(isinstance(struct.error('x'), Exception), struct.calcsize('100s'))
struct._clearcache()
