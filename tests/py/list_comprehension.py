# List comprehensions with conditions, multiple for clauses and nested comprehensions.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
m = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in m])
print([[row[i] for row in m] for i in range(3)])
print([c.upper() for c in "abc" if c != "b"], [x if x > 0 else 0 for x in [-1, 2, -3, 4]])
