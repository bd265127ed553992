# oracle: native
# hash() of ints and floats follows CPython's 64-bit numeric hash (mod 2**61 - 1).
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345))
print(hash(2 ** 61), hash(2 ** 61 - 1), hash(2 ** 64), hash(-(2 ** 64)), hash(10 ** 30))
print(hash(1.5), hash(0.5), hash(-0.0), hash(1.0), hash(2.0), hash(1e100), hash(-2.5))
print(hash(True), hash(False), hash(None) == hash(None), hash(float("inf")), hash(float("-inf")))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 100) == hash(float(2 ** 100)))
