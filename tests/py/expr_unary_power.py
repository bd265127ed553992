# Unary operators and power: precedence and associativity, negative exponents.
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2, 2 ** 3 ** 2, (-1) ** 3)
print(- - 5, + - 5, ~ - 5, -~5, not -1)
print(-(3 - 5), -3 - -5, 10 - -2 ** 2)
print(2 ** 10 % 1000, 4 ** 0.5, -2 ** 0.5)
