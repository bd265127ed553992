# enumerate with start, zip of several iterables (shortest wins), unzip with zip(*).
for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], 1)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
print(dict(zip("abc", range(3))), [a * b for a, b in zip([1, 2], [3, 4])])
