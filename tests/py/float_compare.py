# Float comparisons, chained comparisons, min/max, sorting floats.
a, b = 0.1 + 0.2, 0.3
print(a == b, a > b, abs(a - b) < 1e-9)
print(1.0 < 2.0 < 3.0, 1.0 < 3.0 < 2.0, -1.5 <= -1.5 < 0)
print(min(2.5, 1.5, 3.5), max(-1.0, -2.0), max([1.0, 3.0, 2.0]))
print(sorted([3.3, -1.1, 2.2, 0.0, -0.0, 1e-9]))
print(0.1 * 3 == 0.3, 0.5 * 2 == 1.0, 1e16 + 1 == 1e16)
