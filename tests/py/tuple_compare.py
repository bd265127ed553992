# Tuple comparison is lexicographic; equality with lists is False.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1, "a") < (1, "b"))
print(max([(1, "z"), (2, "a"), (2, "b")]), min((3, 1), (3, 0)))
print(sorted([(2, 1), (1, 2), (1, 1), (2, 0)]))
