# str.join with lists, tuples, strings, empty iterables and unicode separators.
print(", ".join(["a", "b", "c"]), "-".join(("x", "y")), "".join(["1", "2", "3"]))
print("+".join("abc"), "|".join([]), ".".join(["only"]))
print(" → ".join(["日本", "é", "😀"]))
words = ["the", "quick", "brown", "fox"]
print(" ".join([w.upper() for w in words]))
print("\n".join([str(i) for i in range(3)]))
print(",".join(map(str, [1, 2, 3])))
