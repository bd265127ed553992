# Program: temperature conversion table and statistics with floats and rounding.
def c_to_f(c):
    return c * 9 / 5 + 32
def f_to_c(f):
    return (f - 32) * 5 / 9
print(f"{'C':>6} {'F':>7} {'back':>7}")
for c in range(-40, 101, 20):
    f = c_to_f(c)
    print(f"{c:>6} {f:>7.1f} {f_to_c(f):>7.2f}")
readings = [21.5, 23.0, 19.75, 25.25, 22.0, 18.5, 24.0]
mean = sum(readings) / len(readings)
var = sum([(r - mean) ** 2 for r in readings]) / len(readings)
print(f"mean {mean:.4f} var {var:.4f} std {var ** 0.5:.4f}")
print(round(mean, 2), min(readings), max(readings), sorted(readings)[len(readings) // 2])
