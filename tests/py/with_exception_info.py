# __exit__ receives the exception type, value and a traceback object.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et, repr(ev), tb is not None, type(tb).__name__ if tb else None)
        return True
with Inspect():
    raise KeyError("inspected")
with Inspect():
    pass
