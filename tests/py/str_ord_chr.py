# ord and chr round trip over ASCII, Latin-1, BMP and astral code points.
for c in ("A", "z", "0", " ", "\n", "é", "ÿ", "€", "日", "😀"):
    print(repr(c), ord(c), chr(ord(c)) == c)
print(chr(97), chr(0x1F40D), "".join([chr(i) for i in range(65, 75)]))
print([ord(c) - ord("a") for c in "hello"])
