# Bare raise re-raises the exception being handled, keeping its type and message.
def inner():
    raise KeyError("missing")
def middle():
    try:
        inner()
    except KeyError:
        print("middle saw it, re-raising")
        raise
try:
    middle()
except KeyError as e:
    print("outer got", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
