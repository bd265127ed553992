# TypeError messages for too many positional arguments, for functions and methods.
def f(a, b):
    return a + b
def g():
    return 0
def h(a, b=1):
    return a
class C:
    def m(self, x):
        return x
tests = [lambda: f(1, 2, 3), lambda: g(1), lambda: h(1, 2, 3), lambda: C().m(1, 2),
         lambda: C(1), lambda: len(1, 2), lambda: (lambda x: x)(1, 2)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
