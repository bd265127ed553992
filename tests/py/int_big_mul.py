# Multiplication of big integers, squares, and signs of products.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(a * a)
print(-a * b, a * -b, -a * -b)
print(a * 0, 0 * b, a * 1)
x = 3 ** 200
y = 7 ** 150
print(x * y)
print((x * y) // y == x)
print(2 ** 64 * 2 ** 64 == 2 ** 128)
print((10 ** 40 + 1) * (10 ** 40 - 1))
r = 1
for i in range(1, 30):
    r *= 1000003
print(r)
