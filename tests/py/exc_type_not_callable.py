# TypeError messages when calling non-callables and indexing non-subscriptables.
tests = [lambda: 5(), lambda: "s"(), lambda: None(), lambda: [1]()(), lambda: (1, 2)(3),
         lambda: 5[0], lambda: None[0], lambda: len[0]]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
x = 3
try:
    x[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    for i in 5:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
