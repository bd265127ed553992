# f-string grouping options , and _ for ints and floats.
for n in (0, 999, 1000, 1234567, -1234567, 10 ** 12, 2 ** 64):
    print(f"{n:,} {n:_}")
print(f"{1234567.891:,.2f} {1234.5:_.1f} {12345678:>15,} {0xFFFFFF:_x}")
