# b"..." % args (PEP 461): %s/%b take bytes, %r/%a give ascii(), %c one byte.
print(b"%s and %b" % (b"x", bytearray(b"y")))
print(b"%5s|%-5s|" % (b"ab", b"cd"))
print(b"%d %i %x %X %o %05.1f %e %%" % (42, -3, 255, 255, 8, 3.14159, 1e10))
print(b"%c%c" % (65, b"B"))
print(b"%r %a" % ("\u00e9", b"q"))
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7})
print(bytearray(b"%s!") % b"hi")
class B:
    def __bytes__(self): return b"BYTES"
print(b"<%s>" % B())
for bad in [lambda: b"%s" % "str", lambda: b"%c" % 300, lambda: b"%c" % b"ab", lambda: b"%d %d" % (1,), lambda: b"%d" % (1, 2), lambda: b"%q" % 1, lambda: b"%s" % 3]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(b"\xff%s" % b"\xfe")
