# oracle: native
# (py314 runs scripts from a Python function, one frame deeper: it would stop one call early.)
# Uncaught RecursionError: the traceback elides repeated frames.
def forever(n):
    return forever(n + 1)
forever(0)
