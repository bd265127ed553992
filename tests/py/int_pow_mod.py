# Three-argument pow with big exponents and moduli, including negative base and modulus 1.
print(pow(3, 200, 1000007))
print(pow(2, 10 ** 6, 10 ** 9 + 7))
print(pow(-3, 3, 7))
print(pow(5, 0, 13))
print(pow(12345678901234567890, 98765432109876543210, 10 ** 30 + 57))
print(pow(2, 100, 1))
print(pow(10, 20, 3 ** 40))
m = 97
for a in range(1, 6):
    print(a, pow(a, m - 2, m), a * pow(a, m - 2, m) % m)
