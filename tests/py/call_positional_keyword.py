# Calls with positional and keyword arguments in various orders.
def f(a, b, c):
    return f"a={a} b={b} c={c}"
print(f(1, 2, 3))
print(f(1, c=3, b=2))
print(f(c=1, a=2, b=3))
print(f(*[1, 2], c=3), f(**{"a": 1, "b": 2, "c": 3}), f(1, *(2,), **{"c": 3}))
def g(x, y=2, *rest, z=0, **kw):
    return (x, y, rest, z, kw)
print(g(1), g(1, 3, 4, 5, z=6, w=7), g(x=0, q=1))
