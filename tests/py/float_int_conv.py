# Converting between float and int, is_integer, and mixed arithmetic results.
print(int(1e10), int(-1e10), int(1.9999), int(-1.9999))
print(float(1 << 60), int(float(1 << 60)) == 1 << 60)
print(2.0.is_integer(), 2.5.is_integer(), (-3.0).is_integer())
print(3 + 0.0, 3 * 1.0, 3 - 3.0, 2 ** -2, 4 ** 0.5)
print(10 // 3.0, 10 % 3.0, divmod(10, 3.0))
print(int(3.0) == 3, type(3 // 1.0).__name__, type(3 // 1).__name__)
