# find/rfind/index/rindex with start and end arguments, and missing substrings.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("xyz"))
print(s.rfind("hello"), s.rfind("hello", 0, 12), s.rfind("o"), s.rfind("zz"))
print(s.index("world"), s.rindex("l"), s.find(""), s.rfind(""), s.find("", 100))
print(s.find("o", -5), s.find("o", 5, -5), s.index("h", 1))
print("日本語日本".find("本"), "日本語日本".rfind("本"), "a😀b😀".rfind("😀"))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError", e)
