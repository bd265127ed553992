# Augmented assignment to names, attributes, subscripts, slices and nested targets.
class Box:
    pass
b = Box()
b.n = 1
b.n += 5
b.n *= 2
d = {"k": 1, "l": [1]}
d["k"] += 10
d["l"] += [2]
d["l"][0] -= 100
a = [1, 2, 3]
a[1] **= 3
a[-1] //= 2
grid = [[1, 2], [3, 4]]
grid[1][0] <<= 2
s = "ab"
s *= 3
t = (1,)
t += (2,)
print(b.n, d, a, grid, s, t)
calls = []
def key():
    calls.append("key")
    return "k"
d[key()] += 1
print(d["k"], calls)
