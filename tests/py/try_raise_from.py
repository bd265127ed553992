# raise ... from ... sets __cause__; implicit chaining sets __context__; from None suppresses.
class AppError(Exception):
    pass
try:
    try:
        int("nope")
    except ValueError as e:
        raise AppError("wrapped") from e
except AppError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during")
except KeyError as e:
    print(repr(e), "| context:", repr(e.__context__), "| cause:", e.__cause__)
try:
    try:
        [][0]
    except IndexError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
