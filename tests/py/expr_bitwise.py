# Bitwise operators on small ints: & | ^ ~ << >> and precedence relative to arithmetic.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1)
print(-8 >> 1, -8 & 0xFF, ~0 & 0xF, 1 << 0)
print(bin(a), bin(b), bin(a ^ b), bin(-5))
