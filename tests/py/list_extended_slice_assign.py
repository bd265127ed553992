# Assignment to extended slices requires equal length.
a = list(range(10))
a[::2] = ["e"] * 5
print(a)
a[1::2] = range(100, 105)
print(a)
a[::-3] = "wxyz"
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
