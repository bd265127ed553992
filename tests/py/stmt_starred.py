# Starred assignment targets in various positions, and starred unpacking in literals.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
x, *empty, y = 1, 2
print(x, empty, y)
for h, *t in [(1, 2, 3), (4,)]:
    print(h, t)
print([*range(3), *"ab"], (*[1, 2], 3), {**{"a": 1}, "b": 2})
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
