# Tuples: literals, singleton, packing, indexing, slicing, concatenation, repr, hashing as keys.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], (1,), (), tuple("ab"), tuple([1, 2]))
u = 1, 2, 3
print(u, type(u).__name__, u + (4,), u * 2, 2 in u)
print(tuple(), tuple(range(3)), ((1, 2), (3,)))
d = {(1, 2): "a", (3,): "b"}
print(d[(1, 2)], d[3,])
print(t.index("two"), (1, 1, 2).count(1), len(()))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
