# Lexicographic comparison of strings by code point, sorting, min/max.
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "" < "a", "abc" == "abc")
print("Z" < "a", "é" > "z", "日" > "é", "😀" > "日")
print(sorted(["pear", "Apple", "apple", "banana", "éclair", "Zebra"]))
print(min("hello"), max("hello"), min(["b", "a", "c"]), max("日本語"))
print("abc" != "abd", "abc" <= "abc", "b" >= "abc")
