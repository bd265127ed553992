# oracle: native
# struct: what depends on 64-bit native sizes (x86-64 Linux, LP64): 'l', 'L', 'n', 'N' and 'P'
# are 8 bytes (4 in the 32-bit WebAssembly py314 oracle), aligned to 8, and struct sizes may
# reach sys.maxsize.  Only content whose output is the same in CPython 3.13 and 3.14.
import struct


def t(f, *args):
    try:
        print('ok', repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for code in 'lLnNPqQ':
    print(code, struct.calcsize(code), struct.calcsize('b' + code), struct.calcsize(code + 'b'),
          struct.calcsize('=' + code) if code in 'lLqQ' else '-')
for code in 'lLnNP':
    for v in [0, 1, -1, 2**31, 2**32, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, 2**70]:
        t(struct.pack, code, v)
print(struct.unpack('lLnNP', b'\xff' * 40))
print(struct.unpack('l', struct.pack('l', -2**63)), struct.unpack('P', struct.pack('P', -1)))
print(struct.pack('<lL', -1, 1), struct.pack('>lL', -1, 1), struct.pack('=l', 2**31 - 1))
t(struct.pack, '=l', 2**31)
t(struct.pack, '<L', 2**32)
for v in ['x', 1.5, None]:
    t(struct.pack, 'n', v)
    t(struct.pack, 'P', v)
# native alignment: each item starts at a multiple of its size (its C alignment)
for fmt in ['bl', 'cL', 'hn', 'iN', '?P', 'blb', 'bPbP', 'llh', 'hll', '3sP', 'b0l', 'ePd',
            '5x2l', 'b2Pi', '@bl', '=bl', '<bl', 'biqlP']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('bl', 1, 2).hex(), struct.pack('hPb', 1, 2, 3).hex(), struct.pack('=bl', 1, 2).hex())
print(struct.unpack('bl', struct.pack('bl', -1, -2)), struct.unpack('bN?', bytes(17)))
s = struct.Struct('blb')
print(s.size, s.pack(1, 2, 3).hex(), s.unpack(s.pack(-1, -2, -3)))
buf = bytearray(24)
struct.pack_into('lL', buf, 8, -5, 5)
print(buf.hex(), struct.unpack_from('N', buf, 16), list(struct.iter_unpack('l', buf)))
# every pair of codes: the size of 'XY' (Y aligned after X) and of 'YX'
codes = 'cbhiqlnPefd'
for x in codes:
    print(x, ' '.join('%2d' % struct.calcsize(x + y) for y in codes))
# a C struct { char tag; long value; short flags; } and an array of three of them
rec = struct.Struct('blh')
print(rec.size, struct.calcsize('blh0l'), struct.calcsize('3blh'))
rows = b''.join(rec.pack(i, -10**i, i * 100) + bytes(struct.calcsize('blh0l') - rec.size)
                for i in range(3))
print(len(rows), [rec.unpack_from(rows, k * 24) for k in range(3)])
t(rec.unpack_from, rows, 60)
t(rec.unpack_from, rows, -20)
t(struct.pack_into, 'l', bytearray(7), 0, 1)
# struct sizes are limited by sys.maxsize (2**63 - 1 here)
for fmt in ['9223372036854775807x', '9223372036854775807s', '9223372036854775808x',
            '4611686018427387903h', '4611686018427387904h', '1152921504606846975q',
            '1152921504606846976q', '9223372036854775806xb', 'b9223372036854775807x',
            'q9223372036854775800x', '1000000000i', '2305843009213693951l']:
    t(struct.calcsize, fmt)
