# str() and len of non-str values, str conversion of containers, str multiplication in loops.
print(str(12), str(1.5), str([1, "a"]), str((1,)), str({"a": 1}), str(None))
print(len(""), len("abc"), len("日本語"), len("😀😀"))
lines = ["first", "second", "third"]
width = max([len(x) for x in lines])
for ln in lines:
    print("|" + ln.ljust(width) + "|" + ln.rjust(width) + "|")
print("a-b-c".split("-")[::-1], "-".join("a-b-c".split("-")[::-1]))
