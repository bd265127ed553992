# str.count of substrings (non-overlapping), with start/end, empty substring.
s = "banana bandana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("x"), s.count(""))
print(s.count("a", 3), s.count("a", 3, 8), s.count("a", -4))
print("aaaa".count("aa"), "".count(""), "日本日本日".count("日本"))
