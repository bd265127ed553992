# keys/values/items views iterate in insertion order and reflect later changes.
d = {"one": 1, "two": 2, "three": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["four"] = 4
print(list(k), list(v), list(it), len(k))
for key, val in d.items():
    print(key, val)
print("two" in k, 2 in v, ("one", 1) in it, sorted(d.values()))
print(list(reversed(list(d))))
