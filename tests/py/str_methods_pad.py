# center/ljust/rjust with default and explicit fill characters, odd padding.
print("[" + "ab".center(7) + "]", "[" + "ab".center(6) + "]", "[" + "abc".center(6) + "]")
print("[" + "x".ljust(5) + "]", "[" + "x".rjust(5) + "]", "[" + "long".ljust(2) + "]")
print("hi".center(9, "*"), "hi".ljust(6, "-"), "hi".rjust(6, "."), "日本".center(6, "·"))
for w in range(1, 6):
    print(repr("a".center(w)), repr("ab".center(w)))
