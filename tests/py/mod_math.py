# The math module: constants, exactly rounded functions, integer functions.
import math
print(math.pi, math.e, math.inf, math.nan, math.tau)
print(math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.floor(7), math.trunc(-3.9))
print(math.gcd(12, 18), math.gcd(2 ** 100, 6 ** 50), math.factorial(25), math.isqrt(10 ** 20 + 1))
print(math.fabs(-3), math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308))
print(math.floor(1e20), math.ceil(2 ** 0.5), math.copysign(3, -0.0), math.fmod(-7, 3))
print(type(math.floor(2.5)).__name__, math.pow(2, 10), math.hypot(3, 4))
