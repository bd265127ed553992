# Division of big by big: floor division, modulo, divmod, true division to float.
a = 3 ** 300
b = 7 ** 100 + 12345
print(a // b)
print(a % b)
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print((10 ** 60) // (10 ** 30), (10 ** 60 + 5) % (10 ** 30))
print(2 ** 200 // 2 ** 100 == 2 ** 100)
print(10 ** 40 / 10 ** 20)
print(12345678901234567890123 // 1234567890123)
print(divmod(-(10 ** 25), 10 ** 12 + 39))
