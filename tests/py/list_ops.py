# list operators: + * in not in == < comparisons, multiplying nested lists shares rows.
print([1, 2] + [3], [0] * 4, [1, 2] * 0, 2 * [7])
print(3 in [1, 2, 3], 4 not in [1, 2, 3], [1] in [[1], [2]])
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
grid = [[0] * 3] * 2
grid[0][0] = 5
print(grid)
ok = [[0] * 3 for _ in range(2)]
ok[0][0] = 5
print(ok)
print(len([1, [2, 3]]), list(), bool([]))
