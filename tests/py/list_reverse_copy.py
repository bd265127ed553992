# list.reverse, list.copy (shallow), list(), slicing copy.
a = [1, [2, 3], 4]
b = a.copy()
c = a[:]
d = list(a)
a.reverse()
print(a, b, c, d)
b[1].append(99)
print(a, b, b is a, b[1] is a[1])
e = []
e.reverse()
print(e, [1].copy())
