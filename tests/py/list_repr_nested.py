# repr of nested and self-referential containers.
a = [1, [2, [3, [4, []]]], (5, (6,)), {"k": [7]}, "s", 1.5, None, True]
print(a)
print(repr(a) == str(a))
b = [1, 2]
b.append(b)
print(b)
d = {"self": None}
d["self"] = d
print(d)
print([()], [(1,)], ((),), [[], {}])
