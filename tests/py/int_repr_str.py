# str/repr of ints, str() of big ints, and int format specs in f-strings.
for v in (0, -0, 7, -7, 10 ** 18, -(10 ** 25), 2 ** 64):
    print(v, repr(v), str(v), len(str(v)))
v = 255
print(f"{v:x} {v:X} {v:o} {v:b}")
n = 1234567
print(f"{n:,} {n:_} {-42:+d} {42:+d}")
print(f"{42:08d} {-42:08d} {42:>6} {42:<6}|")
print(str(1) + str(2), repr(10 ** 21))
