# Uncaught RecursionError: the traceback elides repeated frames.
def forever(n):
    return forever(n + 1)
forever(0)
