# Float powers: fractional, negative exponents, ** with ints, math.sqrt.
import math
print(2.0 ** 10, 2 ** 0.5, 10.0 ** -2, 9 ** 0.5, 0.5 ** 3)
print((-8.0) ** 2, (-2.0) ** 3, 1.0 ** 1e10, 0.0 ** 0)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(1e100))
print(2.0 ** 1023, 2.0 ** -1074)
print(1.5 ** 2, 1.1 ** 2, 3 ** -1)
