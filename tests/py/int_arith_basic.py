# Basic int arithmetic: precedence, unary minus, power associativity, true division.
print(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, - -3, +4, -(-(-5)))
print(10 - 3 - 2, 100 // 7 // 2, 2 * 3 % 4)
print(7 / 7, 1 / 4, 10 / 4, -10 / 4)
print(1 + True, True + True, False * 10, True / 2)
x = 5
x += 3
x *= 2
x -= 1
x //= 3
x **= 2
x %= 7
print(x)
y = 1
y <<= 5
y |= 3
y &= 0b110110
y ^= 0xF
y >>= 1
print(y)
