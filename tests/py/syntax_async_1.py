# SyntaxError: async constructs (async for / async with / await) outside an async function.
def f():
    async for x in y:
        pass
