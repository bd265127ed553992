# lib/binascii.py — the `binascii` module: bytes to ASCII text (hex, base64) and back, CRC-32.
#
# What this step does: binary data often has to travel through channels made for text (mail,
# JSON, URLs).  The fix is to spend more characters per byte, using only safe ones:
#   * hex: each byte is two characters 0-9a-f (hexlify / unhexlify).
#   * base64: each 3 bytes (24 bits) are cut into four 6-bit numbers, and each number picks one
#     of 64 characters A-Z a-z 0-9 + /.  An input whose length is not a multiple of 3 ends in
#     a short group, marked by one or two '=' pad characters so that the text stays a multiple
#     of 4 long: b'a' -> 'YQ==', b'ab' -> 'YWI='.
#   * CRC-32: a 32-bit checksum (the one of zip, gzip and PNG): the remainder of dividing the
#     data, read as a long binary polynomial, by a fixed polynomial.  Done a byte at a time
#     with a table of the 256 possible remainders.
# Decoding base64 follows CPython's C loop character by character, because what it does with
# odd input is part of the interface: by default characters outside the alphabet are skipped
# and a complete pad ends the data; with strict_mode=True each of those is an error, each
# with its own message ("Excess data after padding", "Only base64 data is allowed", ...).
#
# Comes in: `import binascii` (frozen by lib/freeze.sh); used by lib/base64.py.
# Goes out: Error (a ValueError), Incomplete, hexlify/b2a_hex, unhexlify/a2b_hex,
#   b2a_base64, a2b_base64, crc32.
# Read next: lib/base64.py (base32, base16, base85 and the friendlier names over these).
#
# Differences from CPython: CPython's module is C; this one is Python.  No uuencode (b2a_uu),
# quoted-printable (b2a_qp), crc_hqx.  "Bytes-like" means bytes or bytearray (minipy has no
# memoryview or buffer protocol).

__all__ = ['Error', 'Incomplete', 'hexlify', 'b2a_hex', 'unhexlify', 'a2b_hex',
           'b2a_base64', 'a2b_base64', 'crc32']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


# ───────────────────────────── argument checks ─────────────────────────────

def _binary(data):
    # An argument that must hold bytes (the encoders).
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii(data):
    # An argument to a decoder: bytes, or a str of ASCII characters only.
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    raise TypeError('argument should be bytes, buffer or ASCII string, not %r'
                    % type(data).__name__)


# ───────────────────────────── hex ─────────────────────────────

def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data: b'\\x01\\xff' -> b'01ff'.

    sep (one character) goes between groups of bytes_per_sep bytes, counted
    from the right, or from the left when bytes_per_sep is negative.
    """
    data = _binary(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify

_HEX_DIGITS = frozenset(b'0123456789abcdefABCDEF')


def unhexlify(hexstr):
    """Binary data from hexadecimal: b'01ff' -> b'\\x01\\xff' (an even number of digits)."""
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    if not set(data) <= _HEX_DIGITS:
        raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(data.decode('ascii'))


a2b_hex = unhexlify


# ───────────────────────────── base64 ─────────────────────────────

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
# Two output characters for every 12-bit number: a 3-byte group is two lookups.
_B64_PAIRS = [a + b for a in _B64 for b in _B64]

# For decoding: byte -> its 6-bit value; 64 for the pad '='; 65 for everything else.
_PAD = 64
_JUNK = 65
_B64_VALUE = [_JUNK] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUE[ord(_c)] = _i
_B64_VALUE[ord('=')] = _PAD
del _i, _c


def b2a_base64(data, *, newline=True):
    """Base64-encode binary data: b'abc' -> b'YWJj\\n' (no '\\n' with newline=False)."""
    data = _binary(data)
    pairs = _B64_PAIRS
    out = []
    append = out.append
    # Three at a time from one iterator; zip stops before an incomplete group.
    it = iter(data)
    for a, b, c in zip(it, it, it):
        group = (a << 16) | (b << 8) | c
        append(pairs[group >> 12])
        append(pairs[group & 0xfff])
    rest = len(data) % 3
    if rest == 1:
        a = data[-1]
        append(_B64[a >> 2] + _B64[(a & 3) << 4] + '==')
    elif rest == 2:
        group = (data[-2] << 8) | data[-1]
        append(_B64[group >> 10] + _B64[(group >> 4) & 63] + _B64[(group & 15) << 2] + '=')
    if newline:
        append('\n')
    return ''.join(out).encode('ascii')


def a2b_base64(data, *, strict_mode=False):
    """Decode base64 text to bytes.

    Default: characters outside the alphabet are skipped, and a complete
    pad ('=' after 2 or 3 data characters of a group) ends the data.  With
    strict_mode=True the input must be exactly base64 (no other characters,
    padding only at the end).
    """
    data = _ascii(data)
    if strict_mode and data and data[0] == 61:
        raise Error('Leading padding not allowed')
    value = _B64_VALUE
    out = []
    append = out.append
    acc = 0                  # the bits of the group so far
    pos = 0                  # how many data characters of the current group of 4 we have
    pads = 0                 # '=' seen since the last data character (counted from pos 2 on)
    padding_started = False
    index = -1
    for ch in data:
        index += 1
        v = value[ch]
        if v < 64:
            if padding_started and strict_mode:
                raise Error('Discontinuous padding not allowed')
            pads = 0
            if pos == 3:
                group = (acc << 6) | v
                append(group >> 16)
                append((group >> 8) & 255)
                append(group & 255)
                acc = 0
                pos = 0
            else:
                acc = (acc << 6) | v
                pos += 1
        elif v == _PAD:
            padding_started = True
            if strict_mode and pos == 0:
                raise Error('Excess padding not allowed')
            if pos >= 2:
                pads += 1
                if pos + pads >= 4:
                    # The group is complete: 2 data characters give 1 byte, 3 give 2.
                    if strict_mode and index + 1 < len(data):
                        raise Error('Excess data after padding')
                    if pos == 2:
                        append(acc >> 4)
                    else:
                        append(acc >> 10)
                        append((acc >> 2) & 255)
                    return bytes(out)
        elif strict_mode:
            raise Error('Only base64 data is allowed')
    if pos == 1:
        # One lone character: no input encodes to that.
        raise Error('Invalid base64-encoded string: number of data characters (%d) '
                    'cannot be 1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if pos:
        raise Error('Incorrect padding')
    return bytes(out)


# ───────────────────────────── CRC-32 ─────────────────────────────

def _make_crc_table():
    # The remainder of each byte value, bits reflected (least significant first), with
    # the polynomial 0x04C11DB7 written reversed: 0xEDB88320.
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _make_crc_table()


def crc32(data, crc=0):
    """CRC-32 of data; pass the previous result as crc to continue a running checksum."""
    data = _binary(data)
    table = _CRC_TABLE
    c = (crc & 0xffffffff) ^ 0xffffffff
    for byte in data:
        c = table[(c ^ byte) & 0xff] ^ (c >> 8)
    return c ^ 0xffffffff
