# list.index with start/stop, list.count, equality-based lookup across int/float.
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.index(5), a.index(5, 5), a.index(1, 2, 5), a.count(5), a.count(7))
print([1, 1.0, True].count(1), [[1], [1]].count([1]), ["a", "b"].index("b"))
try:
    a.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(4, 3)
except ValueError as e:
    print("ValueError:", e)
