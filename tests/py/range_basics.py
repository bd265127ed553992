# range: repr, len, iteration, membership, list() with steps.
print(range(5), range(1, 5), range(1, 10, 2), range(0), range(-3, 3, 1))
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(5, 5)))
print(len(range(10)), len(range(1, 10, 3)), len(range(10, 0)), 3 in range(5), 5 in range(5))
print(range(0, 10, 2) == range(0, 10, 2), range(10)[2:5], range(10)[::3])
print(sum(range(101)), max(range(7)), min(range(3, 9)))
