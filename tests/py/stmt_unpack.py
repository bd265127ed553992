# Multiple assignment targets, chained assignment and unpacking from various iterables.
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y, z = "xyz"
k1, k2 = {"one": 1, "two": 2}
(m, n), o = range(2), 3
print(x, y, z, k1, k2, m, n, o)
i = j = 0
i += 1
print(i, j)
lst = [0, 0]
idx = 0
idx, lst[idx] = 1, 5
print(idx, lst)
