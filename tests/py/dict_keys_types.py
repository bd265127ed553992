# Keys of type int, str, tuple, bool, float, None; equal numbers are the same key.
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "true"
d["1"] = "str one"
d[(1, 2)] = "tuple"
d[None] = "none"
d[-5] = "neg"
d[2 ** 100] = "big"
print(d, len(d))
print(d[1], d[(1, 2)], d[2 ** 100], d[-5.0])
counts = {}
for n in [1, 2, 2, 3, 3, 3, 2.0]:
    counts[n] = counts.get(n, 0) + 1
print(counts)
