# Slice assignment: replace, grow, shrink, insert with empty slice, assign from any iterable.
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[0:0] = [-2, -1]
print(a)
a[-2:] = []
print(a)
a[:] = "abc"
print(a)
a[1:2] = range(3)
print(a)
a[10:] = [7]
print(a)
b = [1, 2, 3]
b[1:1] = b
print(b)
