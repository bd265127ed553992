# Membership tests with in, del of keys, KeyError on missing keys.
d = {"a": 1, 2: "two", (3, 4): [5]}
print("a" in d, 2 in d, (3, 4) in d, "b" in d, 1 not in d)
del d["a"]
print(d)
try:
    del d["a"]
except KeyError as e:
    print("KeyError", e)
try:
    print(d[(9, 9)])
except KeyError as e:
    print("KeyError", e)
