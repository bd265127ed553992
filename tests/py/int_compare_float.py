# Comparisons between ints and floats, including big ints beyond float precision.
print(1 == 1.0, 2 < 2.5, 3 > 2.9999, -1 <= -1.0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(1 == float("nan"), 1 < float("nan"), 1 != float("nan"))
print(0 == -0.0, True == 1.0, False == 0.0)
print(max(1, 2.0), max(2.0, 1), min(3, 3.0), min(3.0, 3))
print(sorted([3, 1.5, 2, -0.5, 10 ** 20, 1e19]))
