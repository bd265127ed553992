# range indexing, negative indices, index(), count() and IndexError.
r = range(3, 30, 4)
print(r[0], r[1], r[-1], r[-2], len(r), r.index(11), r.count(11), r.count(12))
print(range(10 ** 20)[-1], len(range(0, 10 ** 20, 3)))
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
