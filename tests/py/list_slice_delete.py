# del with indexes, slices and extended slices.
a = list(range(10))
del a[0]
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
b = list(range(10))
del b[::-3]
print(b)
del b[:]
print(b)
c = [1, 2, 3]
del c[5:]
print(c)
