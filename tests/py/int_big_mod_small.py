# Big integers modulo small numbers, and digits extracted by repeated // and %.
n = 2 ** 300 + 12345
for m in (2, 3, 7, 10, 97, 1000, 65537, 2 ** 31 - 1):
    print(m, n % m, (-n) % m)
digits = []
x = 3 ** 50
while x > 0:
    digits.append(x % 10)
    x //= 10
print(digits)
print(str(3 ** 50))
print(sum(digits))
