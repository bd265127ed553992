# Generator close(): GeneratorExit raised at the paused yield, finally blocks, and its errors.
def g():
    try:
        yield 1
    finally:
        raise ValueError("boom")
x = g()
next(x)
del x
print("after")
def h():
    yield 1
y = h()
print(type(y).__name__, y.__name__, y.__qualname__, y.gi_running, y.gi_suspended)
try:
    y.send(3)
except TypeError as e:
    print(e)
def k():
    try:
        yield 1
    except GeneratorExit:
        yield 2
z = k(); next(z)
try:
    z.close()
except RuntimeError as e:
    print(e)
def m():
    next(iter([]))
    yield 1
try:
    list(m())
except RuntimeError as e:
    print(e, repr(e.__cause__))
x = g()
next(x)
try:
    x.close()
except ValueError as e:
    print(repr(e.__context__))
def ret():
    try:
        yield 1
    except GeneratorExit:
        return "closing value"
r = ret(); next(r)
print(r.close())
def running():
    yield rg.gi_running
rg = running()
print(next(rg))
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print(e)
def throw_new():
    yield 1
t = throw_new()
try:
    t.throw(KeyError("fresh"))
except KeyError as e:
    print("thrown into new:", e, t.gi_suspended)
print(list(t))
print(repr((i for i in [])).startswith("<generator object <genexpr> at 0x"))
def with_cm():
    class CM:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return False
    with CM():
        yield "in with"
w = with_cm(); print(next(w)); del w
print("end")
