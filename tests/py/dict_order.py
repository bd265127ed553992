# Dicts keep insertion order; reassigning keeps position; delete and re-insert moves to the end.
d = {}
for k in ["zebra", "apple", "mango", "kiwi"]:
    d[k] = len(k)
print(d)
d["apple"] = 100
print(list(d))
del d["zebra"]
d["zebra"] = 0
print(d, len(d))
e = {3: "c", 1: "a", 2: "b"}
print(e, list(e.keys()), list(e.values()))
