# String repetition, concatenation, membership, and bool of strings.
print("ab" * 3, 3 * "xy", "a" * 0, "a" * -2 == "", "-" * 20)
print("ell" in "hello", "z" in "hello", "" in "abc", "日" in "日本")
print("abc" + "def", "é" + "😀", "a" not in "bcd")
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
