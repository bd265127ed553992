# traceback: format_exc, print_exc, format_exception(_only), print_exception, with chaining.
import sys, traceback
def inner(x):
    return 1 / x
def outer():
    try:
        inner(0)
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
print(repr(traceback.format_exc()))
try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(text, end="")
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exc(chain=False), end="")
try:
    inner(0)
except ZeroDivisionError as e:
    err = e
    parts = traceback.format_exception(e)
    print(len(parts), parts[0], parts[-1], end="")
    print(traceback.format_exception_only(e))
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
    print("".join(traceback.format_exception(err)) == "".join(parts))
try:
    try:
        {}["k"]
    except KeyError:
        print(undefined_name)
except NameError as e:
    print("".join(traceback.format_exception(e)), end="")
e = RuntimeError("no traceback")
print(traceback.format_exception(e), traceback.format_exception_only(e))
print(traceback.format_exception_only(KeyError("a")), traceback.format_exception_only(StopIteration()))
