# Lambdas: defaults, closures, as key functions, immediately called, returned from functions.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: "called")(), (lambda *a: a)(1, 2))
def make_mul(n):
    return lambda x: x * n
double, triple = make_mul(2), make_mul(3)
print(double(5), triple(5), list(map(lambda s: s[::-1], ["ab", "cd"])))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
print(sorted([3, -1, 2], key=lambda v: abs(v)), (lambda **k: k)(a=1))
print(type(add).__name__, add.__name__)
