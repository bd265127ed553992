# SyntaxError: async constructs (async for / async with / await) outside an async function.
def f():
    async with g():
        pass
