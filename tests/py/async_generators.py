# async generators (PEP 525): async for over them, asend/athrow/aclose, awaits inside, errors.
import types
def t(f):
    try:
        print("ok", repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
def drive(c):
    try:
        while True:
            v = c.send(None)
            print("loop got", v)
    except StopIteration as e:
        return e.value
@types.coroutine
def tick(x):
    return (yield ("tick", x))
async def ticker(n):
    try:
        for i in range(n):
            await tick(i)
            got = yield i * 10
            if got is not None:
                print("sent in", got)
    finally:
        print("ticker finally")
async def main():
    async for v in ticker(3):
        print("v", v)
    g = ticker(5)
    print(await g.__anext__(), await g.asend("hello"))
    print(await g.asend(None))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow raised", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g2 = ticker(5)
    await g2.__anext__()
    print(await g2.aclose())
    return "main done"
print(drive(main()))
g = ticker(1)
print(type(g).__name__, g.__name__, g.ag_running, repr(g)[:30])
t(lambda: iter(g))
async def bad():
    yield 1
    raise StopAsyncIteration
async def usebad():
    async for x in bad():
        print("bad", x)
t(lambda: drive(usebad()))
async def stubborn():
    try:
        yield 1
    finally:
        yield 2
async def closeit():
    s = stubborn()
    await s.__anext__()
    await s.aclose()
t(lambda: drive(closeit()))
async def empty():
    return
    yield
async def useempty():
    async for x in empty():
        print("never")
    else:
        print("empty else")
drive(useempty())
