# with with several items enters in order and exits in reverse, even on error.
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None)
with CM(1) as a, CM(2) as b:
    print("body", a, b)
try:
    with CM(3), CM(4):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
