# Negative indexing for reading and writing lists, tuples and strings.
a = [10, 20, 30, 40]
print(a[-1], a[-4], (1, 2, 3)[-2], "xyz"[-3])
a[-1] = 99
a[-4] += 1
print(a)
try:
    a[-5]
except IndexError as e:
    print("IndexError:", e)
try:
    a[4] = 0
except IndexError as e:
    print("IndexError:", e)
