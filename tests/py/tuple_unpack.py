# Tuple and list unpacking in assignments and for loops, swapping, nested targets.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = "hi"
print(p, q)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
try:
    m, n = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    m, n, o = 1, 2
except ValueError as e:
    print("ValueError:", e)
