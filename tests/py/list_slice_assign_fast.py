# Slice assignment and list copies on the one-thread fast paths (list.cpp), against CPython.
a = list(range(8))
a[:3] = [10, 11, 12]
print(a)
a[2:5] = (7, 8, 9)
print(a)
a[6:20] = ["x", "y"]
print(a)
a[3:3] = []
print(a)
a[3:3] = ["ins"]
print(a)
a[:] = a
print(a)
a[1:4] = a[4:7]
print(a)
b = [[1], [2], [3]]
inner = b[0]
b[:1] = [b[2]]
print(b, inner)
c = list((1, 2, 3)) + list([4, 5])
c += c
print(c)
d = [0] * 3
d.extend(d)
print(d)
t = tuple(range(5))
e = list(t)
e[-3:] = t[:3]
print(e)
f = [1, 2, 3]
f[::-1] = f
print(f)
try:
    f[::2] = [1, 2, 3, 4]
except ValueError as err:
    print("ValueError:", err)

# Dropping a replaced item can run Python code (a suspended generator's finally), which must
# see the list already whole.
def watcher(lst):
    try:
        yield 1
    finally:
        lst.append("finalized: %d items" % len(lst))
a = [None, None, None]
gen = watcher(a)
next(gen)
a[0] = gen
del gen
a[:2] = [1, 2]
print(a)
