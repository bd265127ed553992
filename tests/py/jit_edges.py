# Edge cases the JIT's inline fast paths must get right (they run again under -X jit): an int
# near 2**63 converted to float for mixed arithmetic, the last immortal small int (256) and the
# first mortal one, overflow into bigints, floor division and modulo signs, shifts at 63/64.
def mixed(a, b):
    return a / (b + 0.5), a * 1.0, a + 0.25, a - 0.5

def small(c, a):
    b = c + (a - c)
    return a is b

def ints(x, y):
    return x * y, x + y, x - y, x // y, x % y, x << 1, x >> 1, x & y, x | y, x ^ y

for a in [2**63 - 1, -(2**63), 2**53 + 1, 3, -7]:
    print(mixed(a, -1))
print([small(0, a) for a in (255, 256)], small(1000, 1000) == True)
for x, y in [(2**62, 2), (2**63 - 1, 1), (-(2**63), -1), (-7, 2), (7, -2), (-7, -2), (2**40, 2**30)]:
    print(ints(x, y))
print([1 << k for k in (62, 63, 64)], [(-1) >> k for k in (0, 63, 64)], 5 >> 70)
t = 0
for i in range(-3, 300):
    t += i
print(t, t is 45003 - 45003 + t)
