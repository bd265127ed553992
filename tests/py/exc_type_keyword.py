# TypeError messages for unexpected and duplicate keyword arguments.
def f(a, b=2):
    return a
class C:
    def __init__(self, x):
        self.x = x
tests = [lambda: f(1, c=3), lambda: f(1, a=2), lambda: C(y=1), lambda: f(1, **{"b": 1, "zz": 2})]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
