# Uncaught AssertionError with a message.
def check(n):
    assert n > 0, f"n must be positive, got {n}"
    return n
check(1)
check(-2)
