# float() from strings and repr round-trip.
for s in ("1.5", "-2.25", "  3  ", "1e5", "1E-3", ".5", "5.", "-0", "+7.25", "inf", "-inf", "1_000.5"):
    print(repr(s), float(s))
print(float("0.1") == 0.1, float(repr(1 / 3)) == 1 / 3)
print(float(10), float(-3), float("123456789.123456789"))
print(float("1e400"), float("-1e400"), float("1e-400"))
