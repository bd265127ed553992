# Bitwise and, or, xor, invert on big and negative integers (two's complement semantics).
a = 2 ** 100 + 0xF0F0
b = 2 ** 90 + 0x0FF0
print(a & b, a | b, a ^ b)
print(~a, ~(-a))
print(-a & b, -a | b, -a ^ b)
print(-a & -b, -a | -b, -a ^ -b)
print(0xFFFF & -1, -1 & (2 ** 70 - 1))
print(~0, ~-1, ~5)
print(hex(a & b), hex(-a ^ b))
print((2 ** 200 - 1) & (2 ** 100), bin(2 ** 70 | 1))
