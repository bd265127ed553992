# range with negative steps: lengths, iteration, indexing and reversed.
r = range(10, 0, -3)
print(r, list(r), len(r), r[0], r[-1], r[1:3])
print(list(range(0, -10, -2)), list(range(5, 0, -1)), list(range(0, 5, -1)))
print(list(reversed(range(4))), list(reversed(range(1, 10, 4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
