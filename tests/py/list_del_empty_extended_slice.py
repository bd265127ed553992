# del of an extended slice that selects nothing removes nothing (a negative step whose start is
# before its stop), and slice assignment / deletion still resolve against the current length.
a = list(range(10))
del a[2:5:-1]
print(a)
del a[8:2:-2]
print(a)
del a[::3]
print(a)
a[1:3] = "xy"
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(e)
b = [1, 2, 3]
b.remove(2)
print(b, b.index(3), b.count(1), 3 in b, [1, 3] == b, [1, 3] < b, b < [1, 4])
