# __eq__ with __hash__ makes instances usable as dict keys; defining __eq__ alone unhashes.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
d = {Point(1, 2): "a"}
d[Point(1, 2)] = "b"
d[Point(2, 1)] = "c"
print(d, Point(1, 2) in d, Point(0, 0) in d, len(d))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print({p: 1}[p], p == Plain(), p == p)
