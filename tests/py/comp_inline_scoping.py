# PEP 709 inlined list/dict comprehensions: loop variables do not leak, an outer variable of the
# same name is saved and restored (also when the comprehension raises), walrus binds outside,
# lambdas capture a fresh cell per run, module-level names stay out of globals().
# scoping, shadowing, restoring
x = "outer"
print([x for x in range(3)], x)
print({x: x * 2 for x in "ab"}, x)
ys = [[x, y] for x in range(2) for y in range(x, 3)]
print(ys, x)
print([[y * x for y in range(x)] for x in range(4)])
def f(xs):
    x = 10
    r = [x * 2 for x in xs if x]
    return r, x
print(f([0, 1, 2]))
def g(xs):
    r = [x for x in xs]
    try:
        return x
    except NameError as e:
        return "NameError: " + str(e)
print(g([1]))
def h(xs):
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    return [x for x in xs]
print(h([5]))
# walrus binds in the enclosing scope
def w(xs):
    r = [(last := v * 2) for v in xs]
    return r, last
print(w([1, 2, 3]))
print([(tot := 0)] and [tot := tot + v for v in range(4)], tot)
def w2():
    return [t for x in range(3) if (t := x) > 0], t
print(w2())
# lambdas capturing the loop variable (cells)
fs = [lambda: x for x in range(3)]
print([fn() for fn in fs], x)
def cells(xs):
    x = "keep"
    g = lambda: x
    fs = [lambda: x for x in xs]
    return [fn() for fn in fs], x, g()
print(cells([1, 2]))
def cap2(xs):
    z = 1
    fs = [lambda: z + x for x in xs]
    z = 100
    return [fn() for fn in fs]
print(cap2([1, 2]))
# exceptions restore the outer value
def boom(xs):
    x = "before"
    try:
        [1 // x for x in xs]
    except ZeroDivisionError as e:
        print("caught", e, x)
    return x
print(boom([1, 0]))
x = "mod"
try:
    {x: 1 / x for x in [2, 0]}
except ZeroDivisionError as e:
    print("caught", e, x)
print(locals().get("fs") is fs, "x" in globals(), x)
