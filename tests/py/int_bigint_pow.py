# Big integer powers: 2**200, 3**100, 10**50, negative bases, pow() with big exponents.
print(2 ** 200)
print(3 ** 100)
print(10 ** 50)
print((-2) ** 127)
print((-3) ** 64)
print(pow(7, 77))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63))
print(2 ** 0, 0 ** 0, 1 ** 1000)
print(2 ** -1, 10 ** -3)
x = 1
for i in range(100):
    x = x * 2
print(x == 2 ** 100, x)
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
