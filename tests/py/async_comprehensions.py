# Asynchronous comprehensions (PEP 530): async for clauses and await in list/set/dict comprehensions.
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
async def double(x):
    return 2 * x
async def main():
    print([x async for x in agen(3)])
    print({x % 2 async for x in agen(4)})
    print({x: x * x async for x in agen(3) if x})
    print([await double(x) for x in range(3)])
    print([(x, y) async for x in agen(2) for y in "ab"])
    print([y async for x in agen(2) async for y in agen(x + 1)])
    x = "outer"
    r = [x async for x in agen(1)]
    print(r, x)
    try:
        [1 / (x - 1) async for x in agen(3)]
    except ZeroDivisionError as e:
        print("raised", e, x)
    return "done"
print(drive(main()))
