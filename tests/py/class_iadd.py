# In-place operators: __iadd__ mutates and returns self; fallback to __add__ when absent.
class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __repr__(self):
        return f"Bag({self.items})"
b = Bag()
alias = b
b += 1
b += "two"
print(b, alias is b)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
n = Num(1)
old = n
n += 5
print(n.v, old.v, n is old)
lst = [1]
other = lst
lst += [2]
print(other)
