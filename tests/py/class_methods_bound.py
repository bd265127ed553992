# Methods, bound methods stored in variables, calling through the class with explicit self.
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self
    def get(self):
        return self.n
c = Counter()
f = c.inc
f()
f(10)
print(c.get(), Counter.get(c), c.inc().inc().get())
m = c.get
print(m(), type(m).__name__, m.__self__ is c, m.__func__ is Counter.get)
ops = [c.inc, c.inc, c.get]
print([op() if op is c.get else op(2).n for op in ops])
