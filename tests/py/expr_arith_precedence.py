# Operator precedence across arithmetic, comparison, boolean and bitwise operators.
print(2 + 3 * 4 ** 2 // 5 % 7 - 1)
print(1 + 2 == 3 and 2 * 2 == 4 or False)
print(not 1 == 2, (not 1) == 2, 3 & 1 == 1, (3 & 1) == 1)
print(10 - 2 - 3, 2 ** 2 ** 3, 100 / 10 / 5, 7 // 2 * 2 + 7 % 2)
print(-3 ** 2 * 2, 1 < 2 == True, 5 | 2 ^ 3 & 1)
