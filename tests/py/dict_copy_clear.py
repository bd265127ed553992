# dict.copy is shallow; clear empties in place; equality ignores order.
a = {"list": [1], "n": 1}
b = a.copy()
b["n"] = 2
b["list"].append(2)
print(a, b)
c = a
a.clear()
print(a, c, b)
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 2} != {1: 3}, {} == dict())
