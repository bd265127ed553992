# bench-repeat: 20   (a copy of tests/programs/bigdigits.py; bench/run.sh runs it 20 times over)
# Big-integer workouts: digits of pi by Gibbons' unbounded spigot and by Machin's formula,
# e digits, factorials, big Fibonacci numbers by fast doubling, int <-> str round trips in
# several bases, modular exponentiation (Fermat and Miller-Rabin primality, RSA round trip),
# integer square roots, gcd, divmod of negatives and bit operations on huge values.
import math


def pi_spigot(ndigits):
    """Gibbons' unbounded spigot algorithm, as a generator of decimal digits."""
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < ndigits:
        if 4 * q + r - t < n * t:
            yield n
            produced += 1
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2


def arctan_inv(x, unity):
    """arctan(1/x) * unity, by the Taylor series in integer arithmetic."""
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def pi_machin(ndigits):
    unity = 10 ** (ndigits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return pi // 10 ** 10


def e_digits(ndigits):
    unity = 10 ** (ndigits + 10)
    total, term, k = 0, unity, 0
    while term:
        total += term
        k += 1
        term //= k
    return total // 10 ** 10


def fib_pair(n):
    """(F(n), F(n+1)) by fast doubling."""
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def isqrt_newton(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, d = divmod(n, base)
        out.append(digits[d])
    return sign + "".join(reversed(out))


def miller_rabin(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def grouped(s, width=10, per_line=5):
    chunks = [s[i:i + width] for i in range(0, len(s), width)]
    return ["  " + " ".join(chunks[i:i + per_line]) for i in range(0, len(chunks), per_line)]


# --- pi ----------------------------------------------------------------------------------------
N = 300
spigot = "".join(str(d) for d in pi_spigot(N))
machin = str(pi_machin(N - 1))
print(f"pi, {N} digits (spigot):")
for line in grouped(spigot):
    print(line)
print("spigot == machin:", spigot == machin, "| digit sum:", sum(map(int, spigot)))
counts = [spigot.count(str(d)) for d in range(10)]
print("digit counts:", counts, "| first '999':", spigot.find("999"))

pi1000 = str(pi_machin(1000))
print("pi to 1000 digits ends", pi1000[-20:], "| Feynman point at", pi1000.find("999999"))

e = str(e_digits(120))
print("e:", e[0] + "." + e[1:61])
print("    " + e[61:])

# --- factorials ----------------------------------------------------------------------------
f = 1
for k in range(1, 201):
    f *= k
    if k in (20, 21, 50, 100):
        print(f"{k}! = {f}")
s200 = str(f)
print("200! has", len(s200), "digits, digit sum", sum(int(c) for c in s200),
      "trailing zeros", len(s200) - len(s200.rstrip("0")))
print("math.factorial agrees:", math.factorial(200) == f, "| 200!/198! =", f // math.factorial(198))
print("comb(100, 50) =", math.comb(100, 50), "perm(30, 10) =", math.perm(30, 10))

# --- Fibonacci -----------------------------------------------------------------------------
for n in (90, 91, 92, 93, 100, 300):
    print(f"F({n}) = {fib_pair(n)[0]}")
big = fib_pair(10000)[0]
print("F(10000):", len(str(big)), "digits,", str(big)[:20] + "..." + str(big)[-20:])
print("fast doubling == iteration:", fib_pair(2000)[0] == fib_iter(2000))
print("gcd(F(300), F(200)) == F(100):", math.gcd(fib_pair(300)[0], fib_pair(200)[0]) == fib_pair(100)[0])

# --- int <-> str round trips ----------------------------------------------------------------
x = 3 ** 200 - 7 ** 90
for base in (2, 7, 16, 36):
    text = to_base(x, base)
    back = int(text, base)
    print(f"base {base:2d}: {len(text):3d} chars, {text[:24]}..., round trip {back == x}")
print(hex(x)[:30], oct(-x)[:30], bin(x)[:30])
print(f"{x:,}"[:47], f"{x:_x}"[:30], f"{-x:>+12.3e}")
print(int("-" + "9" * 60) + 1, int("0x" + "f" * 40, 16) == 16 ** 40 - 1, int("1_000_000_000_000_000_000_001"))

# --- pow with modulus and primality ---------------------------------------------------------
M = 2 ** 127 - 1
print("2^127-1 prime (Miller-Rabin):", miller_rabin(M), "| Fermat 3^(M-1) mod M =", pow(3, M - 1, M))
print("2^128+1 prime:", miller_rabin(2 ** 128 + 1), "| 2^89-1 prime:", miller_rabin(2 ** 89 - 1))
primes = [n for n in range(10 ** 20, 10 ** 20 + 400) if miller_rabin(n)]
print("primes in [1e20, 1e20+400):", [p - 10 ** 20 for p in primes])
p, q = 2 ** 89 - 1, 2 ** 107 - 1
n, phi = p * q, (p - 1) * (q - 1)
e_pub = 65537
d = pow(e_pub, -1, phi)
message = 0
for ch in "minipy bigints":
    message = message * 256 + ord(ch)
cipher = pow(message, e_pub, n)
plain = pow(cipher, d, n)
decoded = []
while plain:
    plain, c = divmod(plain, 256)
    decoded.append(chr(c))
print("RSA:", cipher % 10 ** 12, "->", "".join(reversed(decoded)), "| d*e mod phi =", d * e_pub % phi)

# --- roots, division, bits --------------------------------------------------------------------
two = 2 * 10 ** 100
r = isqrt_newton(two)
print("sqrt(2) =", str(r)[0] + "." + str(r)[1:51], "| math.isqrt agrees:", r == math.isqrt(two))
big_neg = -(10 ** 40) - 7
for dv in (3, -3, 10 ** 20 + 1, -(10 ** 20 + 1)):
    qq, rr = divmod(big_neg, dv)
    print(f"divmod(-1e40-7, {dv}) = ({qq}, {rr})", qq * dv + rr == big_neg)
y = (1 << 200) | (1 << 100) | 12345
print(y.bit_length(), bin(y).count("1"), y >> 190, (y & ((1 << 64) - 1)), (~y) & 0xFFFF, -y >> 195)
print(y ^ (y >> 1) == y ^ (y // 2), (-y) % 1000, -y // 10 ** 30, abs(-y) == y, (y * y) % 997)
acc = 1
for k in range(1, 60):
    acc = acc * 1000003 ^ k
print("mixed checksum:", acc % (10 ** 18), len(str(acc)))
