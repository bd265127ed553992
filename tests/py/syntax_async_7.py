# SyntaxError: async constructs (async for / async with / await) outside an async function.
def f(y):
    return [x async for x in y]
