# f-string int specs: +d, space sign, #x, #o, #b, X, c, width and zero padding.
for x in (0, 7, -7, 255, 4096):
    print(f"{x:+d} {x: d} {x:#x} {x:#o} {x:#b} {x:X} {x:#X} {x:5d}| {x:05d} {x:x}")
print(f"{65:c}{66:c} {10 ** 20:x} {-(2 ** 70):#x} {0b1010:08b}")
