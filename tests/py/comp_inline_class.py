# PEP 709 in class bodies and nested comprehensions: only the first iterable sees class names,
# class names are skipped (enclosing function, then globals), nested comprehensions shadow and
# restore, a name read before its loop binds it is an UnboundLocalError.
z = "global z"
def outer():
    y = "outer y"
    class C:
        y = "class y"
        xs = [1, 2]
        firsts = [x for x in xs]          # the first iterable sees class names
        seen = [y for _ in xs]             # class y is invisible: the function's y
        zs = [z for _ in xs]               # globals
        fs = [lambda: x for x in xs]
        x = "class x"
        after = [x for x in "ab"]
        try:
            bad = [x for x in xs for _ in xs if xs]
        except NameError as e:
            err = str(e)
    return C
C = outer()
print(C.firsts, C.seen, C.zs, [f() for f in C.fs], C.x, C.after, C.err)
print(sorted([k for k in C.__dict__ if not k.startswith("__")]))
class D:
    n = 3
    sq = {i: i * i for i in range(n)}
    try:
        nested = [[i * n for i in range(2)] for _ in range(2)]
    except NameError as e:
        print("D:", e)
print(D.sq, hasattr(D, "i"))
# unbound inner variable read before assignment
try:
    print([y for x in range(2) for y in [y]])
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def k():
    try:
        return [q for x in range(2) for q in [q]]
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(k())
# nested comprehension shadowing the same name
print([[x for x in range(x)] for x in range(4)])
def nest(x):
    return [[x + 1 for x in range(x)] for x in range(x)], x
print(nest(3))
# comprehension in a try inside a function, exception propagates
def inner(vals):
    total = 0
    res = [total + 10 // v for v in vals]
    return res
try:
    inner([1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
# module-level comprehension variable does not leak into globals
[leak for leak in range(2)]
print("leak" in globals())
