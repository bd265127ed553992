# IndexError messages for list, tuple, str, range read/write/pop.
tests = [lambda: [1, 2][5], lambda: [][0], lambda: (1,)[3], lambda: "abc"[10], lambda: ""[0],
         lambda: range(3)[5], lambda: [].pop(), lambda: [1].pop(4), lambda: (1, 2)[-3]]
for t in tests:
    try:
        t()
    except IndexError as e:
        print(type(e).__name__, e)
a = [1]
try:
    a[2] = 5
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[7]
except IndexError as e:
    print(type(e).__name__, e)
