# divmod with ints, floats and big numbers; invariants q*b + r == a.
pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (10 ** 20, 7), (-(10 ** 20), 7)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(divmod(1, 0.3))
print(divmod(2 ** 100, 2 ** 50 + 1))
