# lib/base64.py — the `base64` module: Base16, Base32, Base64, Base85 and Ascii85 encodings.
#
# What this step does: every encoding here is the same idea with a different number base.
# Take the bytes a fixed-size group at a time, read the group as one big-endian number, and
# write that number in base N with an N-letter alphabet of safe ASCII characters:
#   * Base16 (hex): 1 byte  -> 2 characters of '0-9A-F'           (RFC 4648 §8)
#   * Base32:       5 bytes -> 8 characters of 'A-Z2-7'            (RFC 4648 §6; §7 is base32hex)
#   * Base64:       3 bytes -> 4 characters of 'A-Za-z0-9+/'       (RFC 4648 §4; '-_' is §5)
#   * Base85:       4 bytes -> 5 characters (85**5 > 2**32 > 84**5), Ascii85 ('!'..'u', with
#     'z' for four zero bytes) as in PostScript/PDF, or Base85 with git's alphabet, or Z85.
# A last, short group is padded with zero bits; Base32 and Base64 then write '=' for the
# characters that carry no data, Base85 just leaves them out.  Decoders undo this and report
# bad input as binascii.Error (a ValueError) or ValueError with CPython's messages.
# Base64 proper lives in lib/binascii.py (it is C in CPython); the alternative alphabets are a
# character translation before or after it.  Decoders accept bytes or an ASCII str.
#
# Comes in: `import base64` (frozen by lib/freeze.sh).
# Goes out: b64encode/b64decode, standard_ and urlsafe_ variants, b32encode/b32decode,
#   b32hexencode/b32hexdecode, b16encode/b16decode, b85encode/b85decode,
#   a85encode/a85decode, z85encode/z85decode, encodebytes/decodebytes, encode/decode (files).
# Read next: lib/binascii.py (the base64 loop itself), lib/json.py (another text format).
#
# Differences from CPython: "bytes-like" means bytes or bytearray (minipy has no memoryview),
# so the TypeErrors for other objects say so without naming memoryview.  The groups are read
# with iterators and int arithmetic rather than the struct module, which minipy lacks.

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode', 'z85encode', 'z85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


# ───────────────────────────── argument checks ─────────────────────────────

def _bytes_from_decode_data(s):
    # What every decoder accepts: bytes-like, or a str of ASCII characters.
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes):
        return s
    if isinstance(s, bytearray):
        return bytes(s)
    raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                    % type(s).__name__)


def _bytes_to_encode(s):
    # What the Base32/Base85 encoders accept.
    if isinstance(s, bytes):
        return s
    if isinstance(s, bytearray):
        return bytes(s)
    raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                    % type(s).__name__)


def _translate(data, mapping):
    # bytes.translate for a few characters: mapping is {byte value: replacement str}.
    return data.decode('latin-1').translate(mapping).encode('latin-1')


# ───────────────────────────── Base64 ─────────────────────────────

def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object.

    Optional altchars should be a byte string of length 2 which specifies an
    alternative alphabet for the '+' and '/' characters.
    """
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        if not isinstance(altchars, bytes_types):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(altchars).__name__)
        return _translate(encoded, {43: chr(altchars[0]), 47: chr(altchars[1])})
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s.

    Optional altchars (length 2) are used instead of '+' and '/'.  A
    binascii.Error is raised if s is incorrectly padded.  Characters outside
    the alphabet are discarded before the padding check, unless validate is
    true: then they are an error.
    """
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, {altchars[0]: '+', altchars[1]: '/'})
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode bytes using the URL- and filesystem-safe alphabet ('-' for '+', '_' for '/')."""
    return _translate(b64encode(s), {43: '-', 47: '_'})


def urlsafe_b64decode(s):
    """Decode bytes using the URL- and filesystem-safe Base64 alphabet."""
    s = _bytes_from_decode_data(s)
    return b64decode(_translate(s, {45: '+', 95: '/'}))


# ───────────────────────────── Base32 ─────────────────────────────

_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_b32_pairs = {}         # alphabet -> the 1024 two-character strs (10 bits each)
_b32_values = {}        # alphabet -> list: byte -> 5-bit value, or -1

# A short last group of n bytes gives this many data characters; the rest of 8 are '='.
_B32_CHARS_FOR = {1: 2, 2: 4, 3: 5, 4: 7}


def _b32encode(alphabet, s):
    s = _bytes_to_encode(s)
    pairs = _b32_pairs.get(alphabet)
    if pairs is None:
        letters = alphabet.decode('ascii')
        pairs = _b32_pairs[alphabet] = [a + b for a in letters for b in letters]
    rest = len(s) % 5
    if rest:
        s = s + bytes(5 - rest)
    out = []
    append = out.append
    it = iter(s)
    for a, b, c, d, e in zip(it, it, it, it, it):
        hi = (a << 12) | (b << 4) | (c >> 4)              # bits 1-20
        lo = ((c & 15) << 16) | (d << 8) | e              # bits 21-40
        append(pairs[hi >> 10])
        append(pairs[hi & 0x3ff])
        append(pairs[lo >> 10])
        append(pairs[lo & 0x3ff])
    text = ''.join(out)
    if rest:
        keep = len(text) - 8 + _B32_CHARS_FOR[rest]
        text = text[:keep] + '=' * (len(text) - keep)
    return text.encode('ascii')


def _b32decode(alphabet, s, casefold=False, map01=None):
    values = _b32_values.get(alphabet)
    if values is None:
        values = [-1] * 256
        for i, c in enumerate(alphabet):
            values[c] = i
        _b32_values[alphabet] = values
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        # RFC 4648 §6 lets a decoder read the digit 0 as the letter O and 1 as I or L.
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, {48: 'O', 49: chr(map01[0])})
    if casefold:
        s = s.upper()
    length = len(s)
    s = s.rstrip(b'=')
    padchars = length - len(s)
    out = []
    append = out.append
    acc = 0
    count = 0
    for c in s:
        v = values[c]
        if v < 0:
            raise binascii.Error('Non-base32 digit found')
        acc = (acc << 5) | v
        count += 1
        if count == 8:
            append(acc.to_bytes(5))
            acc = 0
            count = 0
    if count:
        # A partial group: it is still decoded as 8 characters (zeros in the missing ones).
        acc <<= 5 * (8 - count)
        append(acc.to_bytes(5))
    decoded = b''.join(out)
    if padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padchars and decoded:
        # 1 pad: 4 bytes of the last group carry data; 3: 3; 4: 2; 6: 1.
        decoded = decoded[:len(decoded) - 5 + (43 - 5 * padchars) // 8]
    return decoded


def b32encode(s):
    """Encode the bytes-like object s using base32 and return a bytes object."""
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the base32 encoded bytes-like object or ASCII string s.

    casefold: accept a lowercase alphabet.  map01: the letter the digit 1
    stands for ('I' or 'L'; the digit 0 then stands for 'O').  A
    binascii.Error is raised for bad padding or a non-alphabet character.
    """
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like object s using base32hex and return a bytes object."""
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    """Decode the base32hex encoded bytes-like object or ASCII string s."""
    return _b32decode(_b32hexalphabet, s, casefold)


# ───────────────────────────── Base16 ─────────────────────────────

_B16_DIGITS = frozenset(b'0123456789ABCDEF')


def b16encode(s):
    """Encode the bytes-like object s using Base16 (uppercase hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s.

    casefold: accept lowercase digits too.  A binascii.Error is raised for an
    odd length or a non-alphabet character.
    """
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if not set(s) <= _B16_DIGITS:
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ───────────────────────────── Base85 and Ascii85 ─────────────────────────────
# A 4-byte group is a number below 2**32 written as 5 base-85 digits, most significant
# first.  For speed the first four digits come from a table of the 85*85 digit pairs:
# word // 85**3 is the top pair, word // 85 % 85**2 the middle pair, word % 85 the last.

_A85START = b'<~'
_A85END = b'~>'

_a85letters = ''.join(chr(c) for c in range(33, 118))
_b85alphabet = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_z85alphabet = (b'0123456789abcdefghijklmnopqrstuvwxyz'
                b'ABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#')
_85_pairs = {}


def _85encode(b, letters, pad=False, foldnuls=False, foldspaces=False):
    # Returns a str (cutting it into lines is cheaper on a str than on bytes).
    b = _bytes_to_encode(b)
    pairs = _85_pairs.get(letters)
    if pairs is None:
        pairs = _85_pairs[letters] = [x + y for x in letters for y in letters]
    padding = -len(b) % 4
    if padding:
        b = b + bytes(padding)
    chunks = []
    append = chunks.append
    it = iter(b)
    for p, q, r, s in zip(it, it, it, it):
        word = (p << 24) | (q << 16) | (r << 8) | s
        if foldnuls and not word:
            append('z')
        elif foldspaces and word == 0x20202020:
            append('y')
        else:
            append(pairs[word // 614125] + pairs[word // 85 % 7225] + letters[word % 85])
    if padding and not pad:
        # The zero bytes added at the end are not written out (the decoder adds them back).
        if chunks[-1] == 'z':
            chunks[-1] = letters[0] * 5
        chunks[-1] = chunks[-1][:-padding]
    return ''.join(chunks)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object.

    foldspaces: write 'y' for 4 spaces (btoa's extension).  wrapcol: lines of
    at most this many characters.  pad: pad the input to a multiple of 4.
    adobe: frame the result with <~ and ~>.
    """
    result = _85encode(b, _a85letters, pad, True, foldspaces)
    if adobe:
        result = '<~' + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append('')           # the closing ~> goes on a line of its own
        result = '\n'.join(lines)
    if adobe:
        result += '~>'
    return result.encode('ascii')


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b.

    foldspaces: accept 'y' for 4 spaces.  adobe: the input is framed with
    <~ and ~>.  ignorechars: characters to skip (ASCII whitespace by default).
    """
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError('Ascii85 encoded byte sequences must end with {!r}'
                             .format(_A85END))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = []
    append = out.append
    acc = 0
    count = 0
    # A short last group is completed with 'u' (84, the largest digit), then cut back.
    for x in b + b'uuuu':
        if 33 <= x <= 117:
            acc = 85 * acc + (x - 33)
            count += 1
            if count == 5:
                if acc > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                append(acc.to_bytes(4))
                acc = 0
                count = 0
        elif x == 122:                          # 'z'
            if count:
                raise ValueError('z inside Ascii85 5-tuple')
            append(b'\0\0\0\0')
        elif foldspaces and x == 121:           # 'y'
            if count:
                raise ValueError('y inside Ascii85 5-tuple')
            append(b'    ')
        elif x in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % x)
    result = b''.join(out)
    padding = 4 - count
    if padding:
        result = result[:-padding]
    return result


def _85decode(b, values, name):
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    # A short last group is completed with the largest digit, 84 (entry 256 of the table,
    # so that no input byte can stand for it), then the extra bytes are cut off again.
    digits = list(b)
    if padding:
        digits += [256] * padding
    out = []
    append = out.append
    acc = 0
    count = 0
    start = 0
    for c in digits:
        v = values[c]
        if v < 0:
            raise ValueError('bad %s character at position %d' % (name, start + count))
        acc = acc * 85 + v
        count += 1
        if count == 5:
            if acc > 0xffffffff:
                raise ValueError('%s overflow in hunk starting at byte %d' % (name, start))
            append(acc.to_bytes(4))
            acc = 0
            count = 0
            start += 5
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


def _digit_values(alphabet):
    # byte -> digit value (-1 for a byte outside the alphabet); entry 256 is the padding.
    values = [-1] * 257
    for i, c in enumerate(alphabet):
        values[c] = i
    values[256] = 84
    return values


_b85values = _digit_values(_b85alphabet)
_z85values = _digit_values(_z85alphabet)


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format (git's alphabet) and return bytes.

    If pad is true, the input is padded with b'\\0' to a multiple of 4 bytes.
    """
    return _85encode(b, _b85alphabet.decode('ascii'), pad).encode('ascii')


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b."""
    return _85decode(b, _b85values, 'base85')


def z85encode(s):
    """Encode bytes-like object s in z85 format (ZeroMQ's alphabet) and return bytes."""
    return _85encode(s, _z85alphabet.decode('ascii')).encode('ascii')


def z85decode(s):
    """Decode the z85-encoded bytes-like object or ASCII string s."""
    return _85decode(s, _z85values, 'z85')


# ───────────────────────────── the MIME style: lines of 76 characters ─────────────────────────────

MAXLINESIZE = 76                         # characters per line, not counting the newline
MAXBINSIZE = (MAXLINESIZE // 4) * 3      # 57 bytes fill one line


def _input_type_check(s):
    if not isinstance(s, bytes_types):
        raise TypeError('expected bytes-like object, not %s' % type(s).__name__)


def encodebytes(s):
    """Encode a bytestring into a bytes object of base64 lines, each ending in b'\\n'."""
    _input_type_check(s)
    if not s:
        return b''
    # Every full line holds exactly 57 bytes, so one encoding cut every 76 characters is
    # the same as encoding 57-byte pieces one by one.
    text = binascii.b2a_base64(s, newline=False).decode('ascii')
    lines = [text[i:i + MAXLINESIZE] for i in range(0, len(text), MAXLINESIZE)]
    return ('\n'.join(lines) + '\n').encode('ascii')


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
