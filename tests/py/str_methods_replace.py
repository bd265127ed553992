# str.replace with and without count, empty old string, unicode.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("three", "3"), s.replace(" ", ""), "aaaa".replace("aa", "b"))
print("abc".replace("", "-"), "abc".replace("", "-", 2))
print("héllo".replace("é", "e"), "日本語".replace("本", "ほん"))
print("a.b.c".replace(".", "..", -1))
