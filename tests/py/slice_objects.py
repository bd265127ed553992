# slice objects: repr, attributes, using them for indexing and assignment, indices().
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
a = list(range(10))
print(a[s], "abcdefghij"[s], a[slice(None, 3)], a[slice(-3, None)])
a[slice(0, 2)] = ["a", "b"]
print(a)
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
