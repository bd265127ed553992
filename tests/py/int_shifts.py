# Left and right shifts of small, big and negative integers.
print(1 << 10, 1 << 64, 1 << 100, 3 << 70)
print(2 ** 100 >> 3, 2 ** 100 >> 100, 2 ** 100 >> 101)
print(-1 >> 1, -1 >> 100, -5 >> 1, -(2 ** 100) >> 98)
print(-3 << 4, -(2 ** 70) << 2)
print(255 >> 4, 12345 >> 0, 0 << 100)
x = 1
for i in range(10):
    x = (x << 7) | i
print(x)
print(x >> 35, x & ((1 << 14) - 1))
