# Keyword-only arguments after * or *args, with and without defaults.
def f(a, *, b, c=3):
    return (a, b, c)
print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=0))
def g(*args, sep=", ", end="."):
    return sep.join([str(x) for x in args]) + end
print(g(1, 2, 3), g(1, 2, sep="+"), g(end="!"))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
