# Identity and membership operators: is, is not, in, not in across containers.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(2 in a, 3 not in a, "k" in {"k": 1}, 1 in {"k": 1}, "ab" in "cabd", 1 in (1, 2))
print(1 in range(3), [1, 2] in [[1, 2]], (1,) in [(1,)], 2.0 in [1, 2])
