# Slicing lists with positive and negative steps and out-of-range bounds.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1])
print(a[8:2:-2], a[-1:-5:-1], a[5:5], a[100:], a[-100:2], a[2:100:4])
print(a[::-3], a[3::-1], a[:3:-1], a[-2::-4])
print((1, 2, 3, 4)[::2], (1, 2, 3, 4)[::-1])
