# Float true division, floor division and modulo with negative operands (sign of divisor).
for a in (7.5, -7.5, 7.0, -0.5):
    for b in (2.0, -2.0, 0.25):
        print(a, b, a / b, a // b, a % b)
print(5 % -3.0, -5 % 3.0, 5.5 % 1, -5.5 % 1)
print(0.1 % 0.01, 1.0 // 0.1, 1.0 % 0.1)
print(-0.0 % 5.0, 0.0 % -5.0)
print(7 // 2.0, -7 // 2.0, 7 / -2)
print(1e300 / 1e-8, 1e-300 / 1e10)
