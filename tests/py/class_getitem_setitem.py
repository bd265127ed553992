# __getitem__/__setitem__/__delitem__ with ints, slices and keys; __getitem__ gives iteration.
class Grid:
    def __init__(self, w, h):
        self.w, self.cells = w, [0] * (w * h)
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y * self.w + x] = v
g = Grid(3, 2)
g[1, 1] = 5
g[2, 0] = 7
print(g[1, 1], g[2, 0], g.cells)
class Seq:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return f"slice {i.start} {i.stop} {i.step}"
        if i >= 4:
            raise IndexError(i)
        return i * 10
    def __delitem__(self, i):
        print("del", i)
s = Seq()
print(s[2], s[1:3], s[::2], list(s), 20 in s)
del s[0]
