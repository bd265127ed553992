# Asynchronous generator expressions: (x async for x in ag), and genexps with await inside.
import types
def drive(c):
    try:
        while True:
            print("loop got", c.send(None))
    except StopIteration as e:
        return e.value
@types.coroutine
def tick(x):
    return (yield ("tick", x))
async def agen(n):
    for i in range(n):
        await tick(i)
        yield i
async def sq(x):
    return x * x
def make(n):
    return (x * 10 async for x in agen(n) if x != 1)
async def main():
    g = make(3)
    print(type(g).__name__)
    print([x async for x in g])
    h = (await sq(x) for x in range(3))
    print(type(h).__name__, [v async for v in h])
    print([v async for v in (y async for y in agen(2))])
    return "done"
print(drive(main()))
