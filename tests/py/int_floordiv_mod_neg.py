# Floor division and modulo round toward negative infinity for every sign combination.
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 3, -3, 5):
        print(a, b, a // b, a % b, divmod(a, b))
print(-7 // 2, -7 % 3, 7 % -3, -7 % -3)
print(-1 // 10, -1 % 10)
print(-(2 ** 100) // 3, -(2 ** 100) % 3)
print((2 ** 100) // -7, (2 ** 100) % -7)
