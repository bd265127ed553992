# oracle: native (errno values of OverflowError differ in the 32-bit WebAssembly build)
# OverflowError: float results too large, int too large to convert to float.
tests = [lambda: 10.0 ** 400, lambda: float(10 ** 400), lambda: 2.0 ** 5000,
         lambda: 10 ** 400 / 1, lambda: int(float("inf")), lambda: (10 ** 500) * 1.0,
         lambda: round(float("inf"))]
for t in tests:
    try:
        print(t())
    except OverflowError as e:
        print(type(e).__name__, e)
    except ValueError as e:
        print(type(e).__name__, e)
print(1e308 * 10)
