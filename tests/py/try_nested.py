# Nested try blocks: inner handlers, propagation outward, exceptions in handlers.
def level(n):
    try:
        if n == 0:
            raise ValueError("deep")
        return level(n - 1)
    finally:
        print("unwind", n)
try:
    level(3)
except ValueError as e:
    print("caught", e)
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise IndexError("second")
except IndexError as e:
    print("outer caught", e, "context", repr(e.__context__))
e = "still here"
try:
    raise OSError("x")
except OSError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
