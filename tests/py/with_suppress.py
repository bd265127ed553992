# __exit__ returning True suppresses the exception; False lets it propagate.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__, exc)
            return True
        return False
with Suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
print("after first with")
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("propagated", type(e).__name__, e)
with Suppress(Exception) as s:
    raise ValueError("any")
print(type(s).__name__)
