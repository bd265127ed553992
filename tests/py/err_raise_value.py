# An explicit raise ValueError("bad") that nobody catches.
def parse(s):
    if not s.isdigit():
        raise ValueError("bad")
    return int(s)
print(parse("12"))
print(parse("x1"))
