# strip/lstrip/rstrip with default whitespace and with explicit character sets.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcHELLOcba".strip("abc"), "www.example.com".strip("cmowz."))
print(repr("".strip()), repr("   ".strip()), repr("abc".strip("")))
print("¡¡hola!!".strip("¡!"), "😀😀hi😀".strip("😀"))
print("0012300".lstrip("0"), "0012300".rstrip("0"))
