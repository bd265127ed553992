# dict.get with and without default, setdefault for grouping.
d = {"a": 1, "b": None}
print(d.get("a"), d.get("b"), d.get("zz"), d.get("zz", 0), d.get("b", 5))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(d.setdefault("a", 99), d.setdefault("c", 3), d.setdefault("n"), d)
