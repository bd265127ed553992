# ValueError messages from list.remove, list.index, tuple.index, str.index, unpacking.
tests = [lambda: [1, 2].remove(3), lambda: [1, 2].index(3), lambda: (1,).index(9),
         lambda: "abc".index("z"), lambda: "abc".rindex("z"), lambda: "a,b".split(""),
         lambda: [].index("x")]
for t in tests:
    try:
        t()
    except ValueError as e:
        print("ValueError", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = "ab"
except ValueError as e:
    print("ValueError", e)
