# Indexing strings by code point, with ASCII, accented letters, CJK and emoji.
for s in ("hello", "héllo", "日本語", "a😀b", "ñandú"):
    print(s, len(s), s[0], s[-1], s[len(s) // 2])
s = "héllo wörld 日本 😀!"
print([s[i] for i in range(len(s))])
print(s.index("ö"), s.find("日"), s.find("😀"), s.count("l"))
print(ord(s[1]), ord(s[-2]), chr(233), chr(0x65E5), chr(128512))
print("日本語"[1], "😀😁😂"[2], "é" == "\u00e9", "\U0001F600" == "😀")
