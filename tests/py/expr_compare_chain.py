# Chained comparisons evaluate the middle once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 <= x < 10, 0 <= x < 5, x != 4 != 5, 1 < x >= 5)
print(1 is not None is not False, 2 in [1, 2] in [[1, 2]])
