# Program: Euclid's gcd (iterative and recursive), lcm, extended gcd, fraction reduction.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def gcd_rec(a, b):
    return a if b == 0 else gcd_rec(b, a % b)
def lcm(a, b):
    return a // gcd(a, b) * b
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
for a, b in ((12, 18), (17, 5), (0, 9), (-24, 36), (2 ** 64, 6 ** 30)):
    print(a, b, gcd(a, b), gcd_rec(abs(a), abs(b)), lcm(a, b) if a and b else 0)
print(egcd(240, 46), egcd(99, 78))
l = 1
for i in range(1, 21):
    l = lcm(l, i)
print("lcm 1..20", l)
def reduce(n, d):
    g = gcd(n, d)
    return f"{n // g}/{d // g}"
print(reduce(150, 360), reduce(17, 51), reduce(2 ** 70, 10 ** 20))
