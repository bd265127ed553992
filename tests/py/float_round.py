# round(): banker's rounding to int, ndigits for floats and ints, negative ndigits.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.6, -2.6):
    print(v, round(v))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(2.5, 0))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(123, 1), round(5), round(-7))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(7, -1)).__name__)
print(round(0.1 + 0.2, 10), round(1e16 + 1.5), round(7.0))
