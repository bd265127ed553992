# any and all over lists, empty iterables, and short-circuiting on iterators.
print(any([0, 0, 1]), any([]), any([0, ""]), all([1, 2]), all([]), all([1, 0]))
print(all([x > 0 for x in [1, 2, 3]]), any([c.isdigit() for c in "ab1"]))
it = iter([0, 1, 2, 3])
print(any(it), next(it))
it = iter([1, 0, 5])
print(all(it), next(it))
