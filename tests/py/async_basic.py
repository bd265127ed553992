# async def, await, async with, async for (PEP 492): coroutine objects, __await__, the
# never-awaited warning, types.coroutine, and CPython's error messages.
import types
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
def drive(c):
    try:
        while True:
            v = c.send(None)
            print("yielded", v)
    except StopIteration as e:
        return e.value
async def a(): return 42
async def b(x):
    return await x
class Aw:
    def __await__(self):
        v = yield "from-aw"
        return "aw-done"
class BadAw:
    def __await__(self): return 5
class CoroAw:
    def __await__(self): return a()
print(drive(b(Aw())))
t(lambda: drive(b(5)))
t(lambda: drive(b(BadAw())))
t(lambda: drive(b(CoroAw())))
c = a(); print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_suspended)
t(lambda: drive(c)); t(lambda: drive(c))
t(lambda: iter(a()))
t(lambda: next(a()))
t(lambda: a().send(1))
co = a(); w = co.__await__(); print(type(w).__name__); t(lambda: next(w))
class CM:
    async def __aenter__(self): print("enter"); return "res"
    async def __aexit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
async def usecm():
    async with CM() as r:
        print("body", r)
        raise ValueError("x")
    print("after")
    async with 5:
        pass
t(lambda: drive(usecm()))
class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def usefor():
    async for x in AIt():
        print("x", x)
    else:
        print("else")
    async for y in [1]:
        pass
t(lambda: drive(usefor()))
@types.coroutine
def gcoro():
    v = yield "g"
    return v
async def useg():
    return await gcoro()
print(drive(useg()))
async def thrower():
    try:
        await Aw()
    except KeyError as e:
        print("caught", e)
        return "handled"
c = thrower(); print(c.send(None)); t(lambda: c.throw(KeyError("k")))
async def retloop():
    for i in range(3):
        async with CM():
            if i == 1:
                return i
print(drive(retloop()))
async def stopper():
    raise StopIteration
t(lambda: drive(stopper()))
c = a(); c.close(); t(lambda: drive(c))
print(repr(a())[:25])
