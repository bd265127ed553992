# abs, divmod and pow for ints, floats, negatives and big numbers.
print(abs(-3), abs(3.5), abs(-0.0), abs(-(10 ** 30)), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-(10 ** 20), 3))
print(pow(2, 10), pow(2.0, 3), pow(2, -2), pow(-8, 2), pow(4, 0.5), pow(7, 3, 5))
print(pow(3, 4), pow(2, 100) == 2 ** 100)
