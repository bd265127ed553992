# SyntaxError: await outside a function (at module level).
async def f():
    pass
await f()
