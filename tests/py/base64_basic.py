# base64 and binascii: Base64 (standard, URL-safe, altchars, validate), Base32, Base32hex,
# Base16, Base85, Ascii85, Z85, the MIME line style, hex, CRC-32, and the errors of each.
import base64
import binascii
import io

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)

print(issubclass(binascii.Error, ValueError), binascii.Error.__mro__[:2], binascii.Incomplete.__mro__[:2])

samples = [b'', b'a', b'ab', b'abc', b'abcd', b'abcde', b'\x00\x00\x00\x00', b'    ',
           b'\xfb\xff\xfe', bytes(range(0, 256, 7))]
for s in samples:
    print(repr(s)[:30], base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s),
          base64.b32hexencode(s), base64.b16encode(s))
    print('   ', base64.b85encode(s), base64.b85encode(s, pad=True), base64.a85encode(s),
          base64.z85encode(s))
    for enc, dec in [(base64.b64encode, base64.b64decode), (base64.b32encode, base64.b32decode),
                     (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode),
                     (base64.a85encode, base64.a85decode), (base64.z85encode, base64.z85decode),
                     (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                     (base64.b32hexencode, base64.b32hexdecode)]:
        assert dec(enc(s)) == s, (enc, s)
print(base64.b64encode(bytearray(b'xyz')), base64.standard_b64encode(b'hi'), base64.standard_b64decode('aGk='))
print(base64.b64encode(b'\xfb\xff\xfe', altchars=b'-_'), base64.b64decode(b'-__-', altchars=b'-_'))
print(base64.b64decode('YWJj'), base64.b64decode(bytearray(b'YWJj')), base64.urlsafe_b64decode('-__-'))

print('-- b64decode, lenient and strict --')
for s in [b'YWJjZA==', b'YWJjZA=', b'YWJjZA', b'YW Jj\nZA ==', b'YWJjZA==YWJj', b'YW*Jj', b'A', b'ABCDE',
          b'ABCDEFGHI==', b'=YWJj', b'YWJj=', b'AB=C', b'AB==CD', b'YQ===', b'A=BC', b'AB=\n=', b'\xffYWJj', b'']:
    show('%-16r' % s, base64.b64decode, s)
    show('%-16r' % s, base64.b64decode, s, validate=True)
show('str', base64.b64decode, 'YWJj\u00e9')
show('int', base64.b64decode, 42)
show('list', base64.b64decode, [1, 2])
show('alt1', base64.b64decode, b'YWJj', altchars=b'-')
show('alt-str', base64.b64decode, b'-__-', altchars='-_')
show('enc-str', base64.b64encode, 'abc')
show('enc-alt', base64.b64encode, b'abc', altchars='-_')

print('-- binascii --')
for s in [b'', b'a', b'ab', b'abc', bytes(range(60))]:
    print(binascii.b2a_base64(s), binascii.b2a_base64(s, newline=False))
print(binascii.a2b_base64(b'YWJj\n'), binascii.a2b_base64('YWI='))
show('a2b strict', binascii.a2b_base64, b'YWJj\n', strict_mode=True)
show('a2b int', binascii.a2b_base64, 5)
show('b2a str', binascii.b2a_base64, 'abc')
print(binascii.hexlify(b'\x00\xffab'), binascii.b2a_hex(b'\x01\x02\x03\x04\x05', '-'),
      binascii.hexlify(b'\x00\xffabc', b':', 2), binascii.hexlify(b'\x00\xffabc', ':', -2))
print(binascii.unhexlify(b'00ff'), binascii.a2b_hex('00FFab'))
for s in [b'0', b'0g', b'0 12', '\u00e90', 12]:
    show('unhexlify %r' % (s,), binascii.unhexlify, s)
show('hexlify str', binascii.hexlify, 'ab')
print(binascii.crc32(b''), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')))
print(binascii.crc32(b'abc', -1), binascii.crc32(b'abc', 2**40), binascii.crc32(bytes(range(256)) * 4))
show('crc32 str', binascii.crc32, 'abc')

print('-- base32 --')
for s in [b'MFRGG===', b'MFRGG', b'mfrgg===', b'MFRGGZA=', b'MFRGGZ==', b'MF======', b'M=======',
          b'MFRG====', b'MFRGG1==', b'========', b'MFRGGZDFMFRGG===', 'MFRGG===']:
    show('%-20r' % (s,), base64.b32decode, s)
    show('  casefold', base64.b32decode, s, casefold=True)
    show('  map01=L', base64.b32decode, s, map01=b'L')
    show('  hex', base64.b32hexdecode, s)
show('map01 I', base64.b32decode, b'0I======', map01='I')
show('map01 IL', base64.b32decode, b'0I======', map01=b'IL')
show('b32encode str', base64.b32encode, 'abc')

print('-- base16 --')
for s in [b'ABCD', b'abcd', b'ABC', b'AB C', b'', 'ff00']:
    show('%-8r' % (s,), base64.b16decode, s)
    show('  casefold', base64.b16decode, s, casefold=True)
show('b16encode str', base64.b16encode, 'ab')

print('-- base85, z85 --')
for s in [b'VPa', b'VPa!s', b'|NsC0', b'|NsC1', b'~~~~~', b'{{{{{', b'0', b'00', b'ab cd', b'ab"cd', b'VPa!sVPa!~']:
    show('%-14r' % s, base64.b85decode, s)
    show('  z85', base64.z85decode, s)

print('-- ascii85 --')
print(base64.a85encode(b'    \x00\x00\x00\x00abc', foldspaces=True, adobe=True))
print(base64.a85encode(bytes(range(60)), wrapcol=20, adobe=True))
for kw in [dict(wrapcol=1, adobe=True), dict(wrapcol=5, adobe=True), dict(wrapcol=4), dict(pad=True),
           dict(pad=True, wrapcol=3)]:
    print(kw, base64.a85encode(b'abcdefg', **kw))
for s in [b'9jqo^BlbD-BleB1DJ+*+F(f,q', b'<~9jqo^~>', b'9jqo^~>', b'z', b'9jqo^z', b'!!', b's8W-"',
          b'9j z', b'9jyq', b'y', b'ab\x00', b'9j\tq o', b'v', b'']:
    show('%-28r' % s, base64.a85decode, s)
    show('  adobe', base64.a85decode, s, adobe=True)
    show('  foldspaces', base64.a85decode, s, foldspaces=True)
    show('  no ignorechars', base64.a85decode, s, ignorechars=b'')

print('-- encodebytes / decodebytes / encode / decode --')
text = base64.encodebytes(b'x' * 100 + bytes(range(20)))
print(text)
print(base64.decodebytes(text) == b'x' * 100 + bytes(range(20)), base64.encodebytes(b''))
show('encodebytes str', base64.encodebytes, 'x')
show('decodebytes str', base64.decodebytes, 'eHh4')
out = io.BytesIO()
base64.encode(io.BytesIO(bytes(range(150))), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == bytes(range(150)))
print(sorted(base64.__all__))
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)
