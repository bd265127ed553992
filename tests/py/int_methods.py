# int.bit_length on small, big and negative values, and abs().
for v in (0, 1, 2, 255, 256, -255, 2 ** 100, -(2 ** 100)):
    print(v, v.bit_length(), abs(v))
print((2 ** 70).bit_length(), (2 ** 70 - 1).bit_length())
print(int.bit_length(1000), abs(-5), abs(-(10 ** 30)))
