# TypeError messages for missing positional and keyword-only arguments.
def f(a, b):
    return a
def g(a, b, c):
    return a
def k(*, key):
    return key
class C:
    def m(self, x):
        return x
tests = [lambda: f(1), lambda: f(), lambda: g(1), lambda: k(), lambda: C().m(), lambda: C.m(),
         lambda: f(b=2)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
